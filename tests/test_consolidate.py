"""Cross-article consolidation on events built from the AFP story's facts."""

from __future__ import annotations

import random

from conftest import car_bomb_event
from frontlines.aggregate import consolidate as cons
from frontlines.domain.model import Event, Evidence

# Real coordinates (GeoNames) of the AFP story's places.
ALBU_KAMAL = (34.4526, 40.9181, 170017)
AL_QAIM = (34.3689, 41.0942, 99132)
RAWA = (34.4766, 41.9093, 388349)


def car_bomb(article: str, killed: int, low: int, high: int, source: str, sentence: str,
             date: str = "2017-11-17", injuries: int | None = None) -> Event:
    """The Deir Ezzor car bombing as one article reports it (province level)."""
    return car_bomb_event(article, sentence, killed, source, date, low=low, high=high,
                          injuries=injuries, confidence=0.6)


OBSERVATORY = ("the Observatory also said a car bombing blamed on group killed at least 26 "
               "displaced people at a checkpoint in Deir Ezzor province.")
SANA = ("Syria's state news agency SANA also reported an IS car bombing targeting \"a gathering "
        "of displaced families from Deir Ezzor\", giving a toll of 20 dead and 30 wounded.")


def battle(article: str, place: tuple[float, float, int], name: str, sub: str = "Armed clash",
           actor1: str = "Military Forces of Syria", actor2: str = "Islamic State",
           date: str = "2017-11-17", geo: int = 1, tp: int = 1) -> Event:
    lat, lon, gid = place
    return Event(
        event_id=f"{article}-b", article_id=article, event_date=date, time_precision=tp,
        disorder_type="Political violence", event_type="Battles", sub_event_type=sub,
        actor1=actor1, actor2=actor2, country="Syria" if gid != RAWA[2] else "Iraq",
        location=name, latitude=lat, longitude=lon, geo_precision=geo, geonames_id=gid,
        sources=["AFP"], evidence=[Evidence(article, f"{article}: battle at {name}", 0, 10)])


def members(*events: Event) -> list[cons.Member]:
    return [cons.Member(f"{e.article_id}/{i}", e, "2017-11-17") for i, e in enumerate(events)]


def test_two_reports_of_the_car_bombing_merge_with_the_spread():
    afp = car_bomb("afp", 26, 26, 26, "Syrian Observatory for Human Rights", OBSERVATORY)
    sana = car_bomb("sana", 20, 20, 20, "SANA", SANA, date="2017-11-18", injuries=30)
    out = cons.consolidate(members(afp, sana))
    assert len(out) == 1
    ev, ms = out[0]
    assert (ev.fatalities_low, ev.fatalities, ev.fatalities_high) == (20, 26, 26)
    assert ev.injuries == 30
    assert ev.sources == ["Syrian Observatory for Human Rights", "SANA"]
    assert {e.article_id for e in ev.evidence} == {"afp", "sana"}
    assert ev.article_id is None and ev.event_date == "2017-11-17"
    reason = ms[1].reasons[ms[0].key]
    # both reports are at province level (no GeoNames place of their own): same admin1
    assert (reason.date_delta_days, reason.place_rule) == (1, "same admin1")


def test_same_article_never_merges():
    a = car_bomb("afp", 26, 26, 26, "SOHR", OBSERVATORY)
    b = car_bomb("afp", 20, 20, 20, "SANA", SANA)
    assert cons.compatible(a, b) is None


def test_distance_depends_on_geo_precision():
    # Albu Kamal and Al-Qaim are ~18 km apart across the border.
    a = battle("a1", ALBU_KAMAL, "Albu Kamal")
    b = battle("a2", AL_QAIM, "Al-Qaim")
    b.country = "Syria"
    assert cons.compatible(a, b) is None
    a.geo_precision = 2  # "near Albu Kamal": 25 km
    r = cons.compatible(a, b)
    assert r is not None and 15 < r.distance_km < 25


def test_contradicting_actors_and_types_do_not_merge():
    retake = battle("a1", RAWA, "Rawa", sub="Government regains territory",
                    actor1="Military Forces of Iraq")
    lost = battle("a2", RAWA, "Rawa", sub="Non-state actor overtakes territory",
                  actor1="Islamic State", actor2="Military Forces of Iraq")
    assert cons.compatible(retake, lost) is None
    clash = battle("a3", RAWA, "Rawa", actor1="Islamic State", actor2="Military Forces of Iraq")
    assert cons.compatible(retake, clash) is not None  # symmetric clash, compatible sub-type
    strike = battle("a4", RAWA, "Rawa", sub="Air/drone strike")
    assert cons.compatible(retake, strike) is None


def test_date_tolerance_grows_with_precision():
    a = battle("a1", ALBU_KAMAL, "Albu Kamal", date="2017-11-17")
    b = battle("a2", ALBU_KAMAL, "Albu Kamal", date="2017-11-14")
    assert "beyond tolerance" in cons.why_not(a, b)
    b.time_precision = 2  # "last week": within the date tolerance now ...
    assert cons.why_not(a, b).startswith("no shared actor within a day")
    a.fatalities = b.fatalities = 12  # ... and the same toll says it is one incident
    assert cons.compatible(a, b) is not None


def test_a_shared_actor_weeks_apart_is_not_one_incident():
    # Two reports: Isis pushed out of Raqqa "in October 2017" (month precision) and an
    # SDF spokesman on 17 October saying the military operations in Raqqa are over.
    # Both have Islamic State at Raqqa; nothing else ties them.
    a = battle("g135", RAWA, "Raqqa", sub="Government regains territory", actor1="",
               date="2017-10-01", tp=3)
    b = battle("g723", RAWA, "Raqqa", actor1="", date="2017-10-17", tp=2)
    assert cons.why_not(a, b).startswith("no shared actor within a day")
    b.event_date = "2017-10-02"
    assert cons.compatible(a, b) is not None


def test_unidentified_actor_is_compatible_with_a_named_one():
    a = car_bomb("afp", 26, 26, 26, "SOHR", OBSERVATORY)
    b = car_bomb("other", 20, 20, 20, "SANA", SANA)
    b.actor1 = "Unidentified Armed Group (Syria)"
    ev, _ = cons.consolidate(members(a, b))[0]
    assert ev.actor1 == "Islamic State"


def test_clustering_and_ids_do_not_depend_on_input_order():
    evs = [car_bomb("afp", 26, 26, 26, "SOHR", OBSERVATORY),
           car_bomb("sana", 20, 20, 20, "SANA", SANA, date="2017-11-18"),
           battle("afp", ALBU_KAMAL, "Albu Kamal"),
           battle("reuters", ALBU_KAMAL, "Abu Kamal", date="2017-11-18"),
           battle("x", RAWA, "Rawa", sub="Government regains territory",
                  actor1="Military Forces of Iraq")]
    ms = members(*evs)
    ref = sorted((e.event_id, sorted(m.key for m in c)) for e, c in cons.consolidate(ms))
    for seed in range(5):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        got = sorted((e.event_id, sorted(m.key for m in c))
                     for e, c in cons.consolidate(shuffled))
        assert got == ref
    assert len(ref) == 3


def test_existing_id_is_kept_when_a_new_report_arrives():
    afp = members(car_bomb("afp", 26, 26, 26, "SOHR", OBSERVATORY))
    [(first, _)] = cons.consolidate(afp)
    late = cons.Member("aaa-earlier/0", car_bomb("aaa", 20, 20, 20, "SANA", SANA), "2017-11-16")
    [(again, ms)] = cons.consolidate(afp + [late], existing={afp[0].key: first.event_id})
    assert again.event_id == first.event_id and len(ms) == 2


def test_country_level_events_do_not_merge_unless_republished():
    a = battle("a1", ALBU_KAMAL, "Syria", geo=3)
    b = battle("a2", ALBU_KAMAL, "Syria", geo=3)
    for e in (a, b):
        e.admin1 = None
        e.evidence = [Evidence(e.article_id or "", f"fighting in Syria, says {e.article_id}", 0, 9)]
    assert "country-level" in cons.why_not(a, b)
    b.evidence = list(a.evidence)  # the same sentence in two articles: one story republished
    assert cons.compatible(a, b) is not None


def test_place_and_date_alone_are_not_enough():
    # Two mentions of fighting in Afrin in analysis articles, no actor named, week-precision
    # dates.
    a = battle("g532", ALBU_KAMAL, "Afrin", actor1="", actor2="", tp=2)
    b = battle("g530", ALBU_KAMAL, "Afrin", actor1="", actor2="", tp=2, date="2017-11-18")
    b.evidence = [Evidence("g530", "the groups fighting in Afrin and in Rojava are one", 0, 5)]
    assert cons.why_not(a, b) == "no shared actor within a day, toll, or exact date and place"
    b.actor2 = a.actor2 = "YPG: People's Protection Units"
    assert cons.compatible(a, b) is not None


def test_two_other_developments_on_one_day_are_not_one_incident():
    # Two reports of one day in February 2019: a British woman found in al-Hawl camp,
    # and a Canadian woman in the same camp: the same camp and day, two stories.
    hawl = (36.39042, 41.14983, 173797)  # GeoNames
    a = battle("g76", hawl, "Al Hawl", sub="Other", actor1="", actor2="")
    b = battle("g78", hawl, "Al Hawl", sub="Other", actor1="", actor2="")
    assert cons.why_not(a, b).startswith("no shared actor within a day")
    a.sub_event_type = b.sub_event_type = "Armed clash"
    assert cons.compatible(a, b) is not None
