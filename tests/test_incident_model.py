"""The learned incident check: records of long reports whose sentence reads as background
are set aside; incidents and briefs are kept; the weights are what the training script
makes of the committed labels."""

from __future__ import annotations

import pytest

import frontlines
from conftest import ROOT, shared
from frontlines import settings
from frontlines.extraction import incident_model
from frontlines.interfaces.evaluate import incidents as training

# Paraphrased from an FA-KES report (the campaign sentence) around a dated strike.
REPORT = (
    "Russian warplanes struck the town of Khan Sheikhoun in Idlib province on Tuesday, "
    "killing at least 13 civilians, a monitoring group said. "
    "In response to the uprising, the regime practised rape and torture. "
    "The US-led alliance started bombing Islamic State targets in Syria in September as "
    "part of a strategy to roll back the group's gains. "
    "Tribal leaders in Syria and Iraq have had to choose between fighting Islamic State or "
    "pledging allegiance to it."
)
CAMPAIGN = "The US-led alliance started bombing"


def _sentences(text: str) -> list[str]:
    return [e.evidence[0].sentence for e in frontlines.extract(text, published="2018-03-20")]


def test_background_campaign_is_set_aside_and_the_strike_kept(monkeypatch) -> None:
    kept = _sentences(REPORT)
    assert any(s.startswith("Russian warplanes struck") for s in kept)
    assert not any(s.startswith(CAMPAIGN) for s in kept)
    # without the check the rules alone let the campaign through as an incident
    monkeypatch.setattr(settings, "INCIDENT_MIN_PROBABILITY", 0.0)
    assert any(s.startswith(CAMPAIGN) for s in _sentences(REPORT))


def test_a_brief_is_not_checked(monkeypatch) -> None:
    # a threshold no record reaches: a long report keeps nothing, a brief keeps its event
    monkeypatch.setattr(settings, "INCIDENT_MIN_PROBABILITY", 1.01)
    assert _sentences(REPORT) == []
    brief = ("Customs officers seized nine pistols and 300 rounds of ammunition hidden in a "
             "lorry at the border crossing. Two men were questioned.")
    events = frontlines.extract(brief, published="2021-06-30")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_past_tense_and_a_toll_outweigh_the_perfect() -> None:
    def cues(sentence: str, precision: int, dead: int) -> incident_model.Cues:
        return incident_model.Cues(sentence=sentence, start=0, evidence=1,
                                   time_precision=precision, geo_precision=1,
                                   sub_event_type="Armed clash", fatalities=dead,
                                   actor1=True, actor2=True)
    told = cues("Nine fighters were killed in clashes near the town on Saturday.", 1, 9)
    habit = cues("Fighters have clashed around the town for years.", 2, 0)
    assert incident_model.probability(told) > 0.9 > incident_model.probability(habit)


def test_committed_weights_are_what_the_labels_train() -> None:
    shared("fakes_syria_articles", "fakes_dev.csv")
    shared("guardian_syria_articles", "Guardian_SDF_sample.csv")
    shared("geoparsing", "GWN.xml")
    rows = training.examples(training.articles())
    lines = training.weight_lines(training.train(rows), len(rows))
    weights = ROOT / "src" / "frontlines" / "data" / "incident_model.tsv"
    assert lines == weights.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("name", ["w:were", "tp:1", "fat:1"])
def test_the_signals_of_a_told_incident_weigh_for_it(name: str) -> None:
    assert incident_model.weights()[name] > 0


def test_the_sentences_beside_are_cut_at_sentence_ends() -> None:
    text = ("Rebels shelled an army post near Idlib on Saturday. Government forces struck "
            "the town, killing nine people. We would spend our nights in the basement.")
    start = text.index("Government")
    end = text.index("people.") + len("people.")
    assert incident_model.neighbours(text, start, end) == (
        "Rebels shelled an army post near Idlib on Saturday.",
        "We would spend our nights in the basement.")


def test_what_a_neighbour_tells() -> None:
    # paraphrased from Guardian analysis pieces: a dated toll, a memory, a war-wide tally
    assert {"dated", "toll"} <= incident_model.sentence_cues(
        "Rebels shelled an army post near Idlib on Saturday, killing 12 soldiers.")
    assert {"first", "modal"} <= incident_model.sentence_cues(
        "We would spend our nights in the basement, my sister said.")
    assert "first" not in incident_model.sentence_cues("US jets struck the city.")
    assert {"period", "year", "perfect"} <= incident_model.sentence_cues(
        "More than 300 people have been killed since April 2017 in the province.")


def test_a_record_among_dated_incidents_weighs_more_than_among_memories() -> None:
    def cues(before: str, after: str) -> incident_model.Cues:
        return incident_model.Cues(sentence="Government forces shelled the town.", start=2000,
                                   evidence=1, time_precision=2, geo_precision=2,
                                   sub_event_type="Shelling/artillery/missile attack",
                                   fatalities=0, actor1=True, actor2=False,
                                   before=before, after=after)
    among_incidents = cues("Rebels attacked an army post near Idlib on Saturday, killing "
                           "12 soldiers.", "Five civilians were wounded on Sunday.")
    among_memories = cues("We would spend our nights in the basement.",
                          "I will never go back, she said of the years since 2013.")
    assert incident_model.probability(among_incidents) > incident_model.probability(
        among_memories)
