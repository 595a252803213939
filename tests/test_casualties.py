"""Casualty counts on real sentences (AFP story, Guardian articles)."""

from __future__ import annotations

import pytest

from conftest import case_snippet, one_sentence
from frontlines.extraction.casualties import count_casualties, number_value, vague_counts

CASES = [
    # AFP, 17 Nov 2017
    ("the Observatory also said a car bombing blamed on group killed at least 26 displaced "
     "people at a checkpoint in Deir Ezzor province.", 26, None),
    ("Syria's state news agency SANA also reported an IS car bombing targeting \"a gathering "
     "of displaced families from Deir Ezzor\", giving a toll of 20 dead and 30 wounded.", 20, 30),
    # subgroup: not added, and no new figure of its own
    ("It said 12 children were among the victims of the attack.", None, None),
    # Guardian articles
    ("At least 10 civilians were killed and 45 injured.", 10, 45),
    ("In the first 24 hours of the renewed campaign, snipers and IEDs killed three SDF "
     "soldiers and injured another seven.", 3, 7),
    ("At least 14 civilians including three children were killed in strikes on Sunday, said "
     "the Syrian Observatory for Human Rights monitor.", 14, None),
    ("One person was killed and 32 wounded after a missile from Syria struck the Turkish "
     "bordertown of Reyhanli.", 1, 32),
    ("International chemical weapons experts were travelling to Syria to investigate an "
     "alleged gas attack by government forces on Douma which killed dozens of people.", 12, None),
    ("The Syrian Observatory for Human Rights, a war monitoring organisation, said 83 people "
     "were killed by Isis in the town of Qaryatain in Homs province.", 83, None),
    ("Sixty-two people were reportedly killed in airstrikes on 26 July in residential areas.",
     62, None),
    # PLOVER gold-standard records: one victim, perpetrators and arrests not counted
    ("A Palestinian prisoner died as a result of torture while in Israeli police custody, "
     "according to a report by a pathologist.", 1, None),
    ("A prominent anti-Syria journalist has been killed in a car bomb explosion in a "
     "residential sector of mostly Christian eastern Beirut.", 1, None),
    ("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern "
     "Lebanon Sunday sources on both sides said.", 1, None),
    ("Two Palestinian suicide bombers killed 23 people as well as themselves late Sunday when "
     "they blew themselves up in Tel Aviv, police said.", 23, None),
    ("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday "
     "night, killing one person and arresting 12, security sources said.", 1, None),
    # a percentage and a year are not casualty counts
    ("The Islamic State group (IS) has lost 95 percent of the cross-border \"caliphate\" it "
     "declared in Iraq and Syria in 2014, the U.S.-led coalition fighting it said Wednesday.",
     None, None),
    # Guardian, 21 Jan 2018: the war's toll, not an incident's ("half a million" was once
    # read as the bare "million")
    ("Up to half a million Syrians have died, more than 5.4 million are refugees, and 6.1 "
     "million are internally displaced.", None, None),
]


@pytest.mark.parametrize(("sentence", "killed", "injured"), CASES)
def test_counts_on_real_sentences(nlp, sentence: str, killed, injured) -> None:
    got = count_casualties(nlp(sentence)[:])
    assert (got.killed, got.injured) == (killed, injured)


def test_coordinated_groups_add_up(nlp) -> None:
    # made-up variant of the Guardian sentence below: two counted groups, one verb
    got = count_casualties(nlp("Six aid workers and three drivers were killed in the "
                               "worst single attack on humanitarian staff.")[:])
    assert got.killed == 9


def test_at_least_is_recorded_as_a_floor(nlp) -> None:
    got = count_casualties(nlp("a car bombing killed at least 26 displaced people")[:])
    assert got.at_least and "at least 26" in got.killed_text


def test_vague_counts_follow_acled() -> None:
    table = vague_counts()
    assert table["dozens"] == 12 and table["hundreds"] == 100 and table["several"] == 10


# --- whole sentences of the Guardian articles (2017-2018) -----------------------------

@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # reported speech: still the figures of the sentence
    ("He said: \u201cThe source of these films said that 10 people died and 600 were injured.",
     10, 600),
    # ACLED vague counts: "dozens" = 12
    ("Last Thursday, dozens of civilians in Kabul were killed in a suicide attack that targeted "
     "a Shia cultural centre in the Afghan capital.", 12, None),
    # "as many as 200" is 200, not "many" (10) + 200
    ("Bloomberg News quoted Russian sources as saying as many as 200 Russian nationals could "
     "have been killed in a clash last Wednesday and Thursday around the oil fields of Deir "
     "Ezzor region between forces loyal to Bashar al-Assad and a Kurdish-led opposition force "
     "supported by US advisers.", 200, None),
    # victims who were fighters count like any others; the second clause's 59 civilians
    # are another incident
    ("On Thursday alone, more than 100 pro-regime fighters were killed by American forces "
     "repelling an assault on a US-controlled base in the eastern province of Deir ez-Zor "
     "\u2013 while in eastern Ghouta, which has already suffered so much at the hands of "
     "Bashar al-Assad, 59 civilians, including 15 children, died on the same day.", 100, None),
    # subgroup "including three children" and "among them over 130 children" not added, and
    # the week's total (530) is no incident's toll
    ("At least 14 civilians including three children were killed in strikes on Sunday, said "
     "the Syrian Observatory for Human Rights monitor, bringing the total number of dead in "
     "the week to 530, among them over 130 children.", 14, None),
    # a single coordinated person adds one: "Six aid workers and a driver"
    ("Six aid workers and a driver were killed in the worst single attack on humanitarian "
     "staff since civil war broke out in December 2013.", 7, None),
])
def test_counts_on_guardian_sentences(nlp, sentence, killed, injured) -> None:
    got = count_casualties(one_sentence(nlp, sentence))
    assert (got.killed, got.injured) == (killed, injured)


def test_range_gives_low_and_high(nlp) -> None:
    """The bottom is the count (ACLED is conservative), the top is kept; the two are not
    added (Guardian, 12 March 2018)."""
    got = count_casualties(
        one_sentence(nlp, "Estimated death tolls in Ghouta range from 1,000 to 1,300 people."))
    assert (got.killed, got.killed_high) == (1000, 1300)


def test_several_figures_give_the_spread(nlp, afp_text) -> None:
    """AFP: the Observatory's "at least 26" and SANA's "20 dead and 30 wounded" are two
    reports of one car bombing: low 20, best 26 (a floor), high 26, injuries 30."""
    import datetime as dt

    from frontlines import extract

    events = extract(afp_text, published=dt.date(2017, 11, 17))
    bomb = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bomb
    e = bomb[0]
    assert (e.fatalities_low, e.fatalities, e.fatalities_high, e.injuries) == (20, 26, 26, 30)


@pytest.mark.parametrize(("sid", "killed", "injured"), [
    # perpetrators who die are counted: "four of the assailants were killed"
    ("727", 4, None),
    # "At least 20 Al-Shabaab militants were killed and several others injured"
    ("977", 20, 10),
    # "a huge explosion last Tuesday killed dozens of people and injured thousands"
    ("370", 12, 1000),
    # "Multiple militants were killed": ACLED's plural = 10
    ("65", 10, None),
])
def test_counts_on_case_snippets(nlp, sid, killed, injured) -> None:
    doc = nlp(case_snippet(sid)[0])
    got = [count_casualties(s) for s in doc.sents]
    assert (max((g.killed or 0 for g in got), default=0) or None,
            max((g.injured or 0 for g in got), default=0) or None) == (killed, injured)


def test_suicide_bombers_are_not_their_own_victims(nlp) -> None:
    """PLOVER GSR: the 23 are counted, the two bombers are the agents."""
    text = ("Two Palestinian suicide bombers killed 23 people as well as themselves late Sunday "
            "when they blew themselves up in Tel Aviv in the second-worst attack in the current "
            "Palestinian uprising, police said.")
    assert count_casualties(one_sentence(nlp, text)).killed == 23


def test_killed_last_year_is_not_a_casualty_of_the_day(nlp) -> None:
    """Guardian, 4 March 2018: "More than 100 Ukrainian soldiers were killed in the
    Donbass region last year": the sentence gives 100, but the killing is background,
    so no event of the publication day carries them."""
    import datetime as dt

    from frontlines import extract
    from frontlines.extraction.events import find_mentions

    sent = one_sentence(nlp, "More than 100 Ukrainian soldiers were killed in the Donbass "
                        "region last year, according to official figures.")
    assert count_casualties(sent).killed == 100
    killed = [d for d in find_mentions(sent) if d.trigger_text == "killed"]
    assert killed and killed[0].past_cue == "last year"
    day = dt.date(2018, 3, 4)
    assert not [e for e in extract(sent.text, published=day) if e.fatalities == 100]
    # the same killing dated in the week is an event of its own with the 100
    friday = sent.text.replace("last year", "on Friday")
    assert [e.event_date for e in extract(friday, published=day) if e.fatalities == 100] == [
        "2018-03-02"]


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Up to half a million Syrians have died.", "million", 500_000),
    ("More than 5.4 million are refugees.", "million", 5_400_000),
    ("About 3 million people fled the fighting.", "million", 3_000_000),
    ("A quarter of a million people fled.", "million", 250_000),
    ("Three million people fled.", "million", 3_000_000),
    ("Twenty-six people died.", "six", 26),
])
def test_numbers_with_a_scale_word(nlp, sentence: str, word: str, value: int) -> None:
    doc = nlp(sentence)
    got, span = number_value(next(t for t in doc if t.text.lower() == word))
    assert got == value and span is not None and span.text.lower().endswith(word)


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # Daily Sabah 2016-10-03 (FA-KES): no comma between the two clauses
    ("At least 14 people were killed 25 were wounded in suicide attack on a wedding in "
     "Hasakah northern Syria late Monday.", 14, 25),
    # the independent check's example: the wounded are never added to the dead
    ("Over 25 civilians were killed and at least 100 more were wounded in the attack.",
     25, 100),
    # SANA 2016-11-23 (FA-KES)
    ("In Quneitra one civilian was killed and nine others injured by rocket and mortar "
     "shells fired by terrorists on Khan Arnabeh and al-Baath cities.", 1, 9),
])
def test_wounded_are_never_added_to_the_dead(nlp, sentence: str, killed, injured) -> None:
    got = count_casualties(nlp(sentence)[:])
    assert (got.killed, got.injured) == (killed, injured)


def test_a_page_number_is_no_toll(nlp) -> None:
    # a flattened page: the page number runs into a headline
    got = count_casualties(nlp("Page 2 killed in Aleppo blast")[:])
    assert got.killed is None
    got = count_casualties(nlp("Resolution 2254 was cited after 54 people were killed.")[:])
    assert got.killed == 54


def test_coordinated_single_victims_count_each(nlp) -> None:
    # AFP via Ahram, 24 Oct 2016
    got = count_casualties(nlp("Another man and a woman were killed in rocket fire in the "
                               "nearby town of Kafr Awid.")[:])
    assert got.killed == 2
