"""The rules every layer shares (domain/): each written once, checked here on the
cases ACLED's codebook and SPEC.md spell out."""

from __future__ import annotations

import pytest

from frontlines.domain import codes, taxonomy
from frontlines.domain.fatalities import fatality_spread
from frontlines.domain.ids import event_id
from frontlines.domain.model import Place
from frontlines.domain.places import below_country, coarseness


def test_taxonomy_is_acleds_six_types_and_25_sub_types():
    assert len(taxonomy.SUB_EVENT_TYPES) == 25
    assert set(taxonomy.EVENT_TYPES) == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots", "Strategic developments"}
    gov = taxonomy.sub_event(taxonomy.GOVERNMENT_REGAINS)
    assert (gov.event_type, gov.disorder_type, gov.case) == (
        "Battles", "Political violence", "GOV_REGAINS_TERIT")
    assert taxonomy.sub_event("Government retakes territory") is None
    violent = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
    assert violent == taxonomy.VIOLENT_EVENT_TYPES


def test_interaction_is_both_inter_codes_lower_first():
    assert codes.interaction(1, 2) == 12
    assert codes.interaction(7, 2) == 27  # the AFP car bombing: IS against civilians
    assert codes.interaction(8, 2) == 28


def test_interaction_of_one_actor_is_its_sole_action_code_in_either_role():
    assert codes.interaction(1, None) == 10
    assert codes.interaction(None, 1) == 10  # only the target known: as consolidated
    assert codes.interaction(None, None) is None


def test_state_forces_abroad_are_inter_8():
    assert codes.inter_in(codes.STATE, "RU", "SY") == codes.EXTERNAL
    assert codes.inter_in(codes.STATE, "SY", "SY") == codes.STATE
    assert codes.inter_in(codes.STATE, "RU", None) == codes.STATE  # country unknown
    assert codes.inter_in(codes.REBELS, "SY", "IQ") == codes.REBELS  # only state forces


@pytest.mark.parametrize("event_type, inter1, inter2, expected", [
    ("Battles", 1, 2, 1),  # state-based
    ("Battles", 8, 2, 1),  # foreign state forces are a state party too
    ("Battles", 2, 3, 2),  # non-state
    ("Explosions/Remote violence", 2, 7, 3),  # civilians the target: one-sided
    ("Violence against civilians", 2, None, 3),
    ("Battles", 2, None, None),  # one side unknown
    ("Protests", 6, None, None),  # not organised violence
])
def test_ucdp_type_of_violence(event_type, inter1, inter2, expected):
    assert codes.ucdp_type(event_type, inter1, inter2) == expected


def test_best_fatality_is_the_largest_floor_else_the_smallest_figure():
    # SPEC's AFP example: the Observatory's "at least 26", SANA's "20 dead"
    assert fatality_spread([(26, True), (20, False)]) == (26, 20, 26)
    assert fatality_spread([(26, False), (20, False)]) == (20, 20, 26)
    assert fatality_spread([]) == (0, None, None)


def test_event_ids_are_stable_and_acled_like():
    assert event_id("a|b", "syr") == event_id("a|b", "SYR")
    assert event_id("a|b", "SYR") != event_id("a|c", "SYR")
    assert event_id("a|b", None).startswith("XXX") and len(event_id("a|b", None)) == 13


def _place(level: str, cc: str | None = "SY") -> Place:
    return Place(name="x", latitude=0.0, longitude=0.0, country_code=cc, level=level)


def test_coarseness_ranks_regions_by_whether_they_cross_borders():
    ranks = [coarseness(_place(lvl)) for lvl in ("city", "admin2", "admin1", "country")]
    assert ranks == sorted(ranks) and len(set(ranks)) == 4
    inside, across = _place("region"), _place("region", cc=None)
    assert coarseness(_place("admin1")) == coarseness(inside) < coarseness(_place("country"))
    assert coarseness(across) > coarseness(_place("country"))
    assert coarseness(None) > coarseness(_place("continent", cc=None))
    assert below_country(inside) and not below_country(across)
    assert not below_country(_place("country"))


# Modules that still spell types out: none (the store and control name types by the
# taxonomy's constants). Keep it empty.
SPELLED_OUT_ELSEWHERE: set[str] = set()


def test_type_names_are_spelled_out_only_in_the_taxonomy():
    from pathlib import Path

    src = Path(taxonomy.__file__).resolve().parent.parent
    names = [*taxonomy.SUB_EVENT_TYPES, *taxonomy.EVENT_TYPES, *taxonomy.DISORDER_TYPES]
    found = set()
    for path in src.rglob("*.py"):
        rel = path.relative_to(src).as_posix()
        if rel == "domain/taxonomy.py":
            continue
        text = path.read_text(encoding="utf-8")
        if any(f'"{n}"' in text or f"'{n}'" in text for n in names):
            found.add(rel)
    assert found <= SPELLED_OUT_ELSEWHERE, sorted(found - SPELLED_OUT_ELSEWHERE)
    assert found == SPELLED_OUT_ELSEWHERE, f"remove from the list: {SPELLED_OUT_ELSEWHERE - found}"
