"""Recall of one-sentence reports, round P (issue 13): a killing of a named person told in
passing.

- an assassination is the killing of a public figure: political violence by its word
  alone, whoever did it and wherever ("Abdelkader Alloula was assassinated in Oran");
- a brief telling one person killed by name and where, that says what public part he had
  (the press, a party, a state's forces), tells the codebook's attack by an unidentified
  armed group; a named man shot outside a bar, with no such part, stays crime news.

Sentences quoted from the judged development pool, which is drawn from the
event_location corpus (Halterman 2019, MIT licence), or written after news reports.
"""

from __future__ import annotations

import frontlines


def _records(text: str, published: str) -> list[tuple]:
    return [(e.sub_event_type, e.location, str(e.event_date), e.actor1)
            for e in frontlines.extract(text, published=published)]


def test_an_assassination_is_political_by_its_word() -> None:
    # written after news reports of the killing of the playwright in 1994
    assert _records("Playwright Abdelkader Alloula was assassinated in Oran in March 1994.",
                    "1994-04-02") == [
        ("Attack", "Oran", "1994-03-01", "Unidentified Armed Group (Algeria)")]


def test_a_named_journalist_shot_is_a_targeted_killing() -> None:
    # event_location: the victim's public part is told in a "who" clause
    assert _records(
        "In May 2004, Iyathurai G. Nadesan, who worked for the independent Virakesari "
        "Tamil newspaper, was fatally shot in the eastern town of Batticaloa as he rode "
        "on a motorbike to his office.", "2005-06-01") == [
        ("Attack", "Batticaloa", "2004-05-01", "Unidentified Armed Group (Sri Lanka)")]
    assert _records(
        "The Rev. Jean-Moles Lovinksky Bertomieux, who hosted a radio show of religious "
        "songs and prayers, was shot Monday on his way to work in the capital of "
        "Port-au-Prince.", "2005-06-01")[0][:2] == ("Attack", "Port-au-Prince")


def test_a_named_man_shot_in_crime_news_stays_out() -> None:
    # event_location: a named victim with no public part, shot in a quarrel or at a bar
    assert frontlines.extract(
        "Gilbert Rossi, 34, was shot to death outside a bar during New Year's festivities "
        "in Ajaccio, capital of this French Mediterranean island.",
        published="2005-01-03") == []
    assert frontlines.extract(
        "Lane, a former Carolina Panthers running back traded in April to Indianapolis, "
        "was fatally shot Thursday by Deidra Lane in their suburban Charlotte home, "
        "according to police.", published="2002-06-10") == []
