"""Event mentions on real text: the AFP Rawa story, CASE 2021 and PLOVER snippets."""

from __future__ import annotations

import json

import pytest

from conftest import shared
from frontlines.events import MentionDraft, case_label, classify_text, find_mentions


@pytest.fixture(scope="module")
def afp(nlp, afp_text) -> list[MentionDraft]:
    doc = nlp(afp_text)
    return [m for s in doc.sents for m in find_mentions(s)]


def _one(drafts: list[MentionDraft], trigger: str, sentence_has: str) -> MentionDraft:
    found = [d for d in drafts if d.trigger_text == trigger and sentence_has in d.trigger.sent.text]
    assert found, f"no mention {trigger!r} in sentence with {sentence_has!r}"
    return found[0]


def test_retook_is_government_regains(afp):
    m = _one(afp, "retook", "Iraqi government forces on Friday")
    assert (m.event_type, m.sub_event_type) == ("Battles", "Government regains territory")
    assert m.agent.text == "Iraqi government forces"  # linear fallback: parse is broken
    assert m.patient.text.startswith("the last town")
    assert m.plover_event == "FIGHT" and not (m.negated or m.hypothetical or m.past)


def test_liberated_rawa_with_coordinated_agent(afp):
    m = _one(afp, "liberated", "liberated the whole of Rawa")
    assert m.sub_event_type == "Government regains territory"
    assert m.agent.text == "Government troops and paramilitary units"
    assert m.patient.text == "the whole of Rawa"


def test_battled_is_armed_clash(afp):
    m = _one(afp, "battled", "Syrian army on Friday battled")
    assert (m.event_type, m.sub_event_type) == ("Battles", "Armed clash")
    assert m.agent.text == "the Syrian army"
    assert m.patient.text == "IS fighters"


def test_bombers_strike_is_air_strike(afp):
    m = _one(afp, "strike", "long-range bombers")
    assert (m.event_type, m.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert m.agent.text == "six long-range bombers flying from Russia"
    assert m.agent_pattern == "light-verb"
    assert m.patient.text == "IS sites"


def test_car_bombing_blamed_on_group(afp):
    m = _one(afp, "car bombing", "blamed on group")
    assert m.sub_event_type == "Remote explosive/landmine/IED"
    assert (m.agent.text, m.agent_pattern) == ("group", "blamed-on")
    assert m.patient.text == "at least 26 displaced people"
    assert m.civilian_target
    assert m.plover_event == "ASSAULT"


def test_sana_car_bombing(afp):
    m = _one(afp, "car bombing", "SANA")
    assert m.sub_event_type == "Remote explosive/landmine/IED"
    assert m.agent.text == "IS"
    assert m.patient.text.startswith("a gathering of displaced families")
    assert m.civilian_target


def test_background_is_flagged_past(afp):
    assert _one(afp, "lost", "Raqa in Syria").past_cue == "successively"
    assert _one(afp, "counterattack", "Albu Kamal").past_cue == "had mounted"
    assert _one(afp, "retaken", "Albu Kamal").past_cue == "had retaken"
    assert _one(afp, "recapture", "Al-Qaim").past_cue == "this month"
    assert _one(afp, "operations", "Steel Curtain").past_cue == "in 2005"
    fell = _one(afp, "fell to", "swiftly fell")
    assert fell.past_cue == "in 2014"
    assert fell.sub_event_type == "Non-state actor overtakes territory"
    assert fell.agent.text == "IS"


def test_future_and_purpose_are_hypothetical(afp):
    assert _one(afp, "attacks", "returning home").hypothetical
    assert _one(afp, "operations", "search operations").hypothetical
    assert not _one(afp, "battled", "Syrian army").hypothetical


def test_backers(nlp):
    doc = nlp("U.S.-backed Kurdish-led fighters attacked IS positions near Raqa on Monday.")
    m = find_mentions(next(doc.sents))[0]
    assert m.backers and m.backers[0].text.startswith("U.S.")


@pytest.mark.parametrize(("text", "flag"), [
    ("The army denied shelling the village.", "negated"),
    ("Police did not arrest anyone.", "negated"),
    ("Rebels threatened to attack the town.", "hypothetical"),
])
def test_negation_and_modality(nlp, text, flag):
    m = find_mentions(next(nlp(text).sents))[0]
    assert getattr(m, flag)


def test_suicide_override_and_abduction(nlp):
    m = find_mentions(next(nlp("A suicide car bomb killed 12 soldiers at a checkpoint.").sents))
    assert [d.sub_event_type for d in m] == ["Suicide bomb"]
    assert m[0].patient.text == "12 soldiers"
    m = find_mentions(next(nlp("Gunmen abducted 30 schoolgirls in Zamfara state.").sents))
    assert m[0].sub_event_type == "Abduction/forced disappearance"
    assert (m[0].agent.text, m[0].patient.text) == ("Gunmen", "30 schoolgirls")


@pytest.mark.data
def test_case_snippets(nlp):
    path = shared("case2021_task2", "test_set_final_release_with_labels.tsv")
    rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")][1:6]
    got = {r[2]: case_label(nlp(r[1])) for r in rows}
    assert got["AIR_STRIKE"] == "AIR_STRIKE"  # "US warplanes pounded the village"
    assert got["NON_STATE_ACTOR_OVERTAKES_TER"] == "NON_STATE_ACTOR_OVERTAKES_TER"
    assert classify_text(nlp(rows[1][1])) is None  # Covid-19 cases: not an event


@pytest.mark.data
def test_plover_record_arrest(nlp):
    recs = json.loads(shared("plover_gsr", "PLOVER_GSR_CAMEO.json").read_text("utf-8"))
    rec = next(r for r in recs if r.get("text", "").startswith("Israeli soldiers arrested"))
    m = find_mentions(next(nlp(rec["text"]).sents))[0]
    assert m.sub_event_type == "Arrests" and m.plover_event == rec["event"] == "COERCE"
    assert m.agent.text == "Israeli soldiers"
    assert m.patient.text == "more than 100 Palestinians"


@pytest.mark.data
def test_guardian_articles_run_and_find_battles(nlp):
    import csv
    import sys

    csv.field_size_limit(sys.maxsize)
    path = shared("guardian_syria_articles", "Guardian_SDF_sample.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [row["text"] for _, row in zip(range(4), csv.DictReader(fh), strict=False)]
    drafts = [m for doc in nlp.pipe(texts) for s in doc.sents for m in find_mentions(s)]
    types = {d.event_type for d in drafts}
    assert "Battles" in types
    assert all(d.score > 0 and d.plover_event is None or d.plover_event.isupper()
               for d in drafts)
