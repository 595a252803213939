"""Round Y (issue 13, y-date): the event date. A date that closes the reported clause
right before a trailing attribution ("... late Saturday the Observatory said") is the
incident's, not the report's; a day or a month inside a date entity that swallowed a
neighbouring word ("Friday 86 [people]", "Sogam last September") is that day or month,
and the count after a weekday is a toll; an event told "N units after (before)" a dated
clause lies that far from the date written; a page dateline with
the agency in mixed case ("Reuters Sunday 12 Jun 2016") dates the report.

Sentences are quoted from FA-KES wire articles (development seeds 500-509) and from the
event reports of the event_location corpus (MIT) read in held-out rounds 32-37 (now
development data).
"""

from __future__ import annotations

from datetime import date

import frontlines
from frontlines.extraction.furniture import head_date
from frontlines.extraction.time import parse_expression


def _dates(text: str, published: str) -> list[tuple]:
    return sorted((e.event_date, e.time_precision, e.sub_event_type)
                  for e in frontlines.extract(text, published=published))


def test_a_date_before_a_trailing_attribution_is_the_incidents():
    # was 2014-09-14 (the publication day, precision 2): "late Saturday" hung on "said"
    text = ("The air force also hit jihadist targets in neighbouring Hasakeh province late "
            "Saturday the Observatory said.")
    assert _dates(text, "2014-09-14") == [("2014-09-13", 1, "Air/drone strike")]


def test_a_date_after_the_reporting_verb_stays_the_reports():
    # must not change: "said Saturday" dates the saying, the strike keeps the report's day
    text = ("The air force also hit jihadist targets in neighbouring Hasakeh province, the "
            "Observatory said Saturday.")
    assert _dates(text, "2014-09-14") == [("2014-09-14", 2, "Air/drone strike")]


def test_a_count_after_a_weekday_is_a_toll_and_the_weekday_the_day():
    # was merged into the Saturday record of its article (the publication day): "Friday 86"
    # read as one date that resolved to nothing, and no toll
    events = list(frontlines.extract(
        "On Friday 86 people were killed by regime and Russian warplanes.",
        published="2016-09-24"))
    assert [(e.event_date, e.time_precision, e.fatalities) for e in events] == [
        ("2016-09-23", 1, 86)]


def test_a_weekday_with_a_month_stays_a_date():
    # must not change: "Friday 23 September" is one date, no count
    assert parse_expression("Friday 23 September", date(2016, 9, 24)).date == date(2016, 9, 23)
    assert parse_expression("Friday 23 September", date(2016, 9, 24)).precision == 1


def test_a_place_name_taken_into_last_september():
    # was 2026-12-05 (precision 2): the entity "Sogam last September" resolved to nothing
    text = ("Mushtaq Ahmad Lone, a former law minister in Kashmir, was shot to death while "
            "addressing an election rally in the border village of Sogam last September.")
    assert {(e.event_date, e.time_precision)
            for e in frontlines.extract(text, published="2026-12-05")} == {("2026-09-01", 3)}


def test_since_last_september_stays_no_date():
    # must not change: a period's start, not a name before a month
    assert parse_expression("Since last September", date(2026, 12, 5)) is None


def test_months_after_a_dated_clause():
    # was 1993-06-01: June 1993 dates the election, the killing came four months after
    text = ("Four months after Melchior Ndadaye became Burundi's first democratically elected "
            "president in June 1993, he was shot and killed by paratroopers from Burundi's "
            "Tutsi minority.")
    assert [d[:2] for d in _dates(text, "2026-12-05")] == [("1993-10-01", 3)]


def test_the_counted_clause_keeps_its_date():
    # must not change: "a day after suspected terrorists carried four bombs" is the
    # landmark the shooting is dated by; both mentions keep July 22
    text = ("Jean Charles de Menezes, a 27-year-old electrician, was shot in the head seven "
            "times by British police in a subway station on July 22, a day after suspected "
            "terrorists carried four bombs onto London's transit system.")
    assert {d[0] for d in _dates(text, "2026-12-05")} == {"2026-07-22"}


def test_a_date_of_the_events_own_clause_is_not_counted():
    # must not change: "captured on July 18, just two days before Independence Day"
    text = ("Gunmen shot dead a soldier on July 18 in Cali, just two days before Colombia's "
            "Independence Day.")
    assert {d[0] for d in _dates(text, "2026-12-05")} == {"2026-07-18"}


def test_a_mixed_case_agency_before_a_dated_dateline():
    # was None: the report of Sunday 12 June was dated by the collection's 14 June
    text = ("Air strikes in Syrias Idlib kill more than 20 Monitor Reuters Sunday 12 Jun 2016 "
            "Air strikes carried out by Syrian or Russian warplanes killed more than 20 people "
            "in the northwestern city of Idlib on Sunday.")
    assert head_date(text, "Air strikes in Syrias Idlib kill more than 20 Monitor") == date(
        2016, 6, 12)


def test_a_mixed_case_word_before_a_weekday_alone_is_no_dateline():
    # must not change: no whole date after the weekday, no dateline
    text = ("Air strikes in Syrias Idlib kill more than 20 Monitor Reuters Sunday Air strikes "
            "carried out by Syrian or Russian warplanes killed more than 20 people.")
    assert head_date(text, "Air strikes in Syrias Idlib kill more than 20 Monitor") is None


def test_an_hour_after_a_weekday_is_no_toll():
    # must not change: "Friday 10 am" is a time; the toll is the two people
    events = list(frontlines.extract("On Friday 10 am gunmen killed two people in Aleppo.",
                                     published="2016-06-12"))
    assert [e.fatalities for e in events] == [2]
