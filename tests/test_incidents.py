"""Only incidents, one record each (sentences written for the tests in the style of the
wire and web reports of FA-KES and GeoWebNews: run-on datelines, missing commas)."""

from __future__ import annotations

import frontlines


def test_a_period_tally_is_no_incident() -> None:
    # (the air strikes make it an incident when dated in the week: the bare "have been
    # killed" of the wire report is coded as nothing, so the tally rule would be untested)
    text = ("More than 350 civilians have been killed in regime air strikes on east Aleppo "
            "since the US-Russian brokered truce fell apart on September 19 the UK-based "
            "monitor said.")
    assert frontlines.extract(text, published="2016-10-13") == []
    # the war's toll
    text = ("Over 400000 people have been killed in fighting and millions displaced since "
            "the Syrian conflict began with protests against Bashar al Assad in March 2011.")
    assert frontlines.extract(text, published="2017-04-15") == []


def test_one_clause_gives_one_record() -> None:
    # the shelling once came out twice (IS read once as the target)
    text = ("Three civilians were killed and many more injured on Wednesday in mortar "
            "shelling by ISIS militants on the regime-held parts of Deir Ezzor, activists "
            "said.")
    events = frontlines.extract(text, published="2016-09-01")
    assert len(events) == 1
    assert events[0].sub_event_type == "Shelling/artillery/missile attack"
    assert events[0].actor1 == "Islamic State" and events[0].fatalities == 3


def test_headline_and_lead_are_one_incident() -> None:
    # the dateline and headline run into the lead
    text = ("23-04-2016 Child Killed 9 Civilians Hurt by Terrorist Shells in Damascus & "
            "Aleppo. A child was left dead and a woman injured on Saturday by a mortar shell "
            "that terrorists fired on al-Wafideen Camp neighborhood in the countryside of "
            "Damascus a police source said.")
    events = frontlines.extract(text, published="2016-04-23")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_ordinary_news_gives_no_record() -> None:
    # as in GeoWebNews: sport, a murder trial, a burglary arrest
    for text in (
        "A layup with 0.8 seconds left gave the Houston Rockets a 96-94 win over the "
        "Portland Trail Blazers.",
        "Chicago police said a South Side man has been charged with murder over the fatal "
        "stabbing of a company boss in River North last month.",
        "St. Louis Police said its burglary squad arrested two people suspected of stealing "
        "meat several times.",
    ):
        assert frontlines.extract(text, published="2018-04-05") == [], text


def test_unnamed_rebels_follow_acled() -> None:
    # ("Rebel shelling on the Syrian capital" finds no trigger yet: docs/evaluation.md)
    text = "Rebels shelled the Old Damascus district on Sunday, killing four civilians."
    events = frontlines.extract(text, published="2017-10-16")
    assert [(e.actor1, e.fatalities) for e in events] == [("Opposition Rebels (Syria)", 4)]


def test_victims_and_home_country() -> None:
    # the people counted are the victims; "Kafr Awid" is read as a town abroad by the
    # gazetteer, so it keeps no place, never "Civilians (Ghana)"
    text = ("Sixteen civilians among them three children died on Monday in heavy bombardment "
            "of rebel-held Idlib province in northwest Syria a monitor said. "
            "In Khan Sheikhun in the south of the province air strikes killed seven people "
            "including two women and a child the Syrian Observatory for Human Rights said. "
            "A woman and another man died in rocket fire on the nearby town of Kafr Awid.")
    events = frontlines.extract(text, published="2016-10-24")
    strike = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [(e.actor2, e.fatalities) for e in strike] == [("Civilians (Syria)", 7)]
    assert all(e.country in (None, "Syria") for e in events)
    assert all("Ghana" not in (e.actor2 or "") for e in events)


def test_page_dateline_beats_a_wrong_publication_date() -> None:
    # a page dated Sat Nov 18 2017 given with a wrong publication date (as FA-KES rows are)
    text = ("Sat Nov 18 2017 Car bomb kills 20 civilians injures 30 in Deir Ezzor countryside. "
            "A car bomb attack by Isis on Friday evening killed 20 civilians and injured 30 "
            "others in the northern countryside of Deir Ezzor province.")
    events = frontlines.extract(text, published="2017-11-10")
    assert [e.event_date for e in events] in (["2017-11-17"], ["2017-11-18"])


def test_a_process_tally_and_modifier_agents() -> None:
    # a campaign's tally
    assert frontlines.extract("This outrageous escalation in Aleppo has killed more than "
                              "670 people.", published="2016-11-30") == []
    # the army is named only as a modifier of "fire"
    events = frontlines.extract(
        "Syrian army helicopter fire on Wednesday killed 12 people eight of them children in "
        "a camp close to the Jordanian border.", published="2014-06-18")
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Military Forces of Syria", "Civilians (Syria)", 12)]


def test_claim_of_responsibility_as_such_and_a_disaster_brief() -> None:
    # a claim alone is a statement (CASE-style paraphrase of a wire claim)
    assert frontlines.extract("The Islamic State group claimed responsibility for the "
                              "attack on the checkpoint in a statement on Telegram.",
                              published="2019-05-02") == []
    # a brief about an earthquake that killed people is a disaster, not an attack
    assert frontlines.extract("An earthquake struck the region on Tuesday, killing eight "
                              "people and destroying dozens of homes, officials said.",
                              published="2019-05-02") == []


def test_an_unattributed_strike_is_the_named_air_force() -> None:
    # "Syrian regime warplanes or aircraft of its Russian allies" -> the first named
    # state's forces, as ACLED codes an uncertain strike
    text = ("At least 10 civilians among them five children were killed in air strikes "
            "Friday on Atareb a rebel-held town in Aleppo province a monitor said. It was not "
            "clear whether Syrian regime warplanes or aircraft of its Russian allies carried "
            "out the strikes.")
    events = frontlines.extract(text, published="2016-07-29")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Air/drone strike", "Military Forces of Syria", "Civilians (Syria)")]
