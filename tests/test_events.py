"""Event mentions on text: the AFP Rawa story, sentences written after news reports (with
CASE 2021 labels) and PLOVER snippets."""

from __future__ import annotations

import pytest

from conftest import case_snippet, one_sentence, shared
from frontlines.extraction.events import MentionDraft, find_mentions
from frontlines.interfaces.evaluate.classifier import case_label, classify_text


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


def test_denial_verb_negates(nlp):
    """Made up: the shared sets have no "denied <trigger>" sentence (negation and
    modality in longer news-like sentences are tested below)."""
    m = find_mentions(next(nlp("The army denied shelling the village.").sents))[0]
    assert m.negated


def test_suicide_override_and_abduction(nlp):
    m = find_mentions(next(nlp("A suicide car bomb killed 12 soldiers at a checkpoint.").sents))
    assert [d.sub_event_type for d in m] == ["Suicide bomb"]
    assert m[0].patient.text == "12 soldiers"
    m = find_mentions(next(nlp("Gunmen abducted 30 schoolgirls in Zamfara state.").sents))
    assert m[0].sub_event_type == "Abduction/forced disappearance"
    assert (m[0].agent.text, m[0].patient.text) == ("Gunmen", "30 schoolgirls")


def test_case_snippets(nlp):
    # "warplanes pounded"
    assert case_label(nlp(case_snippet("warplanes_pounded")[0])) == "AIR_STRIKE"
    # "ISIS fighters recaptured Kashma village from the Syrian Arab Army"
    doc = nlp(case_snippet("isis_recaptured_village")[0])
    assert case_label(doc) == "NON_STATE_ACTOR_OVERTAKES_TER"
    # Covid-19 cases: not an event
    assert classify_text(nlp(case_snippet("covid_cases")[0])) is None


# PLOVER gold-standard records (github.com/openeventdata/PLOVER, CC BY-SA), quoted; the
# sentences marked "PLOVER GSR" below are from the same records.
PLOVER_ARREST = ("Israeli soldiers arrested more than 100 Palestinians on Saturday in a security "
                 "sweep of the Hebron area of the occupied West Bank, military sources said.")
PLOVER_CAMP = ("A temporary camp for Congolese refugees was attacked by Burundian militiamen armed "
               "with machetes, killing at least 156 people, the UN refugee agency reported.")


def test_plover_record_arrest(nlp):
    m = find_mentions(one_sentence(nlp, PLOVER_ARREST))[0]
    assert m.sub_event_type == "Arrests" and m.plover_event == "COERCE"  # the GSR's event
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
    assert all(d.score > 0 and (d.plover_event is None or d.plover_event.isupper())
               for d in drafts)


# --- frames: what is not a new incident (AFP story) -------------------------------

def _all(nlp, text: str) -> list[MentionDraft]:
    doc = nlp(text)
    return [m for s in doc.sents for m in find_mentions(s, include_generic=True)]


def test_circumstance_offensive_gives_way_to_the_recapture(afp, nlp, afp_text):
    sent = "dawn offensive"
    assert not [d for d in afp if d.trigger_text == "offensive" and sent in d.trigger.sent.text]
    assert _one(afp, "recapture", sent).sub_event_type == "Government regains territory"
    kept = [d for d in _all(nlp, afp_text) if d.trigger_text == "offensive"
            and sent in d.trigger.sent.text]
    assert kept and kept[0].generic and kept[0].explain["frame"] == "circumstance"


def _framed(nlp, afp_text, trigger: str) -> list[tuple[str, str]]:
    """(frame, sentence) of the AFP story's generic drafts of ``trigger``: found, then
    set aside as no incident."""
    return [(d.explain.get("frame"), d.trigger.sent.text) for d in _all(nlp, afp_text)
            if d.trigger_text == trigger and d.generic]


def test_faced_attack_and_under_attack_are_not_incidents(afp, nlp, afp_text):
    assert not [d for d in afp if d.trigger_text == "attack" and (
        "faced attack" in d.trigger.sent.text or "under attack" in d.trigger.sent.text)]
    frames = _framed(nlp, afp_text, "attack")
    assert [f for f, sent in frames if "faced attack" in sent] == ["circumstance"]
    assert [f for f, sent in frames if "under attack" in sent] == ["situation"]


def test_participle_of_reporting_subject_is_not_a_clash(afp, nlp, afp_text):
    # "the U.S.-led coalition fighting it said Wednesday"
    assert not [d for d in afp if d.trigger_text == "fighting"]
    assert [f for f, _ in _framed(nlp, afp_text, "fighting")] == ["description"]


def test_operation_to_retake_is_a_purpose_frame(afp, nlp, afp_text):
    assert not [d for d in afp if d.trigger_text == "operation"]
    assert [f for f, _ in _framed(nlp, afp_text, "operation")] == ["purpose"]
    assert _one(afp, "retake", "during an operation").hypothetical


def test_anaphoric_event_nouns(afp):
    assert _one(afp, "attack", "victims of the attack").anaphoric
    assert _one(afp, "offensive", "That offensive left").anaphoric
    assert not _one(afp, "car bombing", "blamed on group").anaphoric
    assert not _one(afp, "battled", "Syrian army").anaphoric


def test_cumulative_losses_are_background(afp):
    assert _one(afp, "lost", "95 percent").past_cue == "lost 95 percent"


def test_afp_day_events(afp):
    """Only the four events of the day stay new, non-background incidents."""
    day = {(d.sub_event_type) for d in afp if not (
        d.negated or d.hypothetical or d.past or d.anaphoric)
        and "Photo by" not in d.trigger.sent.text and "pushing out" not in d.trigger.sent.text}
    assert {"Government regains territory", "Armed clash", "Air/drone strike",
            "Remote explosive/landmine/IED"} <= day
    assert "Attack" not in day


def test_anaphora_needs_an_antecedent(nlp):
    m = find_mentions(next(nlp("The attack killed five soldiers in Kabul.").sents))
    assert m and not m[0].anaphoric


# --- actor-role patterns on real sentences ----------------------------------------

def test_passive_by_agent_plover(nlp):
    m = _one(find_mentions(one_sentence(nlp, PLOVER_CAMP)), "attacked", "Congolese")
    assert m.sub_event_type == "Attack" and m.agent_pattern == "passive-by"
    assert m.agent.text.startswith("Burundian militiamen")
    assert m.patient.text.startswith("A temporary camp") and m.civilian_target


def test_claimed_by_agent(nlp):
    text = ("A suicide bombing claimed by the Islamic State has killed four Americans in "
            "Manbij.")
    m = find_mentions(next(nlp(text).sents))[0]
    assert m.sub_event_type == "Suicide bomb"
    assert (m.agent.text, m.agent_pattern) == ("the Islamic State", "claimed-by")
    assert m.patient.text == "four Americans"


def test_storming_a_university_is_an_attack(nlp):
    text = "Gunmen have stormed Kabul University, killing students in their classrooms."
    m = find_mentions(next(nlp(text).sents))[0]
    assert m.sub_event_type == "Attack" and m.agent.text == "Gunmen"


# --- every ACLED sub-type on a sentence written for the tests -------------------
# (key in tests/cases/event_types.yaml, CASE 2021 label, the deciding words)
SUBTYPE_SNIPPETS = [
    # "repressive forces have kidnapped two minor children"
    ("kidnapped_children", "ABDUCT_DISSAP"),
    ("agreed_ceasefire", "AGREEMENT"),  # "have agreed a 48-hour ceasefire"
    ("warplanes_targeted", "AIR_STRIKE"),  # "The warplanes targeted the Bousaraya area"
    # "The Syrian army killed and wounded scores of terrorists"
    ("killed_and_wounded_scores", "ARMED_CLASH"),
    # "Iraqi security forces arrested three Islamic State (ISIS) members"
    ("arrested_members", "ARREST"),
    # "attacked ... using mortars and anti-aircraft guns"
    ("attacked_using_mortars", "ART_MISS_ATTACK"),
    ("gunned_down_doctor", "ATTACK"),  # "armed men have gunned down a doctor"
    ("soldiers_defected", "CHANGE_TO_GROUP_ACT"),  # "160 soldiers have defected"
    ("poisonous_gas_attack", "CHEM_WEAP"),  # "a poisonous gas attack in Eastern Ghouta"
    ("stash_found", "DISR_WEAP"),  # "A stash of firearms and ammunition was found"
    ("violently_suppressed", "FORCE_AGAINST_PROTEST"),  # "violently suppressed peaceful protest"
    ("freed_villages", "GOV_REGAINS_TERIT"),  # "Iraqi security forces ... freed several villages"
    ("lobbing_grenade", "GRENADE"),  # "lobbing a grenade on the ... police station"
    ("set_up_base", "HQ_ESTABLISHED"),  # "have set up a new military base in Manbij"
    ("mob_lynches", "MOB_VIOL"),  # "Mob lynches man"
    # "al-Shabab militants seized a village"
    ("alshabab_seized_village", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # "after Kurdish Peshmerga forces withdrew from it"
    ("controlled_after_withdrew", "NON_VIOL_TERRIT_TRANSFER"),
    ("fled_after_murder", "OTHER"),  # "15,000 Egyptians have fled ... since ... murder"
    # "Thousands of people marched ... against corruption"
    ("marched_against_corruption", "PEACE_PROTEST"),
    ("shops_looted", "PROPERTY_DISTRUCT"),  # "shops owned by foreigners have been looted"
    # "Riot police chase demonstrators during ... protests"
    ("riot_police_chase", "PROTEST_WITH_INTER"),
    ("twin_car_bombs", "REM_EXPLOS"),  # "Twin car bomb attacks"
    ("molested", "SEX_VIOL"),  # "one man molested her"
    # "Two female suicide bombers killed at least 10 people"
    ("female_suicide_bombers", "SUIC_BOMB"),
    ("rioters_set_fire", "VIOL_DEMONSTR"),  # "Black-clad rioters set fire on a street"
]


def test_all_25_subtypes_on_case_snippets(nlp):
    assert len({code for _, code in SUBTYPE_SNIPPETS}) == 25
    for sid, code in SUBTYPE_SNIPPETS:
        text, gold = case_snippet(sid)
        assert gold == code
        assert case_label(nlp(text)) == code, (sid, text[:80])


@pytest.mark.parametrize(("sid", "code"), [
    ("expels_diplomats", "DIPLO"),  # "Portugal expels Russian diplomats": diplomacy, not an event
    ("claim_responsibility", "ATTRIB"),  # "Al-Shabab claim responsibility for 4 dead"
    ("earthquake_toll", "NATURAL_DISASTER"),  # earthquake death toll
    ("thwarted_smuggle", "ORG_CRIME"),  # "thwarted an attempt to smuggle 45 Syrian migrants"
])
def test_non_events_are_left_uncoded(nlp, sid, code):
    text, gold = case_snippet(sid)
    assert gold == code
    doc = nlp(text)
    assert classify_text(doc) is None and case_label(doc) == code  # and named as what it is


def test_possible_invasion_is_hypothetical(nlp):
    text, gold = case_snippet("possible_ground_invasion")  # "... for a possible ground invasion"
    assert gold == "CHANGE_TO_GROUP_ACT"
    inv = [d for s in nlp(text).sents for d in find_mentions(s) if d.trigger_text == "invasion"]
    assert inv and inv[0].hypothetical


def test_real_threats_are_hypothetical(nlp):
    """Modality on real wire text (PLOVER GSR)."""
    text = ("Iran threatened to shell Iraqi towns today in retaliation for an air raid on the "
            "southern city of Susangerd where, it said, 100 people were killed.")
    drafts = find_mentions(one_sentence(nlp, text))
    shell = [d for d in drafts if d.trigger_text == "shell"]
    assert shell and shell[0].hypothetical
    assert shell[0].sub_event_type == "Shelling/artillery/missile attack"


# --- third round: accidents, blame, withdrawals, roles --------------------------

@pytest.mark.parametrize(("sid", "code"), [
    ("furnace_exploded", "MAN_MADE_DISASTER"),  # "a furnace at a cast iron plant exploded"
    ("cooking_gas_exploded", "MAN_MADE_DISASTER"),  # "cooking gas container exploded"
    # sanctions "in response to its alleged ... chemical weapons attack"
    ("sanctions_in_response", "DIPLO"),
    # "Islamic State takes credit for the suicide bomb that killed dozens"
    ("takes_credit", "ATTRIB"),
])
def test_accidents_sanctions_and_claims_are_not_events(nlp, sid, code):
    text, gold = case_snippet(sid)
    assert gold == code
    doc = nlp(text)
    assert classify_text(doc) is None and case_label(doc) == code


def test_what_exploded_decides_an_accident(nlp):
    text, _ = case_snippet("tank_exploded_plant")  # "a tank at a gas plant ... exploded"
    drafts = [d for s in nlp(text).sents for d in find_mentions(s)]
    assert not [d for d in drafts if d.trigger_text == "exploded"]
    # a bomb that explodes is an incident
    drafts = find_mentions(one_sentence(nlp, "A car bomb exploded at a checkpoint near Kirkuk "
                                        "on Monday."))
    assert [d.sub_event_type for d in drafts if d.trigger_text == "exploded"] == [
        "Remote explosive/landmine/IED"]


@pytest.mark.parametrize(("sid", "code"), [
    # "US forces have withdrawn from a key base": no taker
    ("withdrawn_from_base", "CHANGE_TO_GROUP_ACT"),
    # "Iraqi forces have controlled ... withdrew"
    ("controlled_after_withdrew", "NON_VIOL_TERRIT_TRANSFER"),
    # "militants attacked a checkpoint ..., killing ... five people"
    ("attacked_checkpoint", "ARMED_CLASH"),
    ("rpg_hit_car", "ART_MISS_ATTACK"),  # "a rocket-propelled grenade hit the family's car"
    ("police_seized_firearms", "DISR_WEAP"),  # "police seized seven illegal firearms"
])
def test_general_rules_on_case_snippets(nlp, sid, code):
    text, gold = case_snippet(sid)
    assert gold == code
    assert case_label(nlp(text)) == code, text[:80]


def test_protest_target_from_purpose_clause(nlp):
    text = ("Tens of thousands of university students throughout Indonesia staged mass "
            "demonstrations Saturday to demand political reforms by President Suharto's "
            "government.")  # PLOVER GSR
    m = find_mentions(next(nlp(text).sents))[0]
    assert m.sub_event_type == "Peaceful protest" and "students" in m.agent.text
    assert "Suharto" in m.patient.text  # from the purpose clause, not "demonstrations"


def test_suppressed_protest_keeps_the_protest(nlp):
    text = ("Police in Minsk violently suppressed a peaceful protest, detaining and arresting "
            "thousands of people.")
    assert classify_text(nlp(text)) == "Excessive force against protesters"


def test_passive_victims_are_not_the_agent(nlp):
    text = "At least 12 people were killed in an attack by rebel forces in Kaya."
    killed = [d for d in find_mentions(one_sentence(nlp, text)) if d.trigger_text == "killed"]
    # round W: the "by" of the attack the victims died in is the killing's agent
    # (roles._by_of_setting); the victims never are
    assert [(d.agent.text if d.agent is not None else None, d.patient.text)
            for d in killed] == [("rebel forces", "At least 12 people")]


def test_clause_subject_is_agent_of_event_noun(nlp):
    text = ("Algerian landowners began a hunger strike outside Parliament to demand the return "
            "of property seized by Algerian government forces in the 1970s, APS news agency "
            "said.")  # PLOVER GSR
    m = _one(find_mentions(next(nlp(text).sents)), "hunger strike", "landowners")
    assert m.sub_event_type == "Peaceful protest"
    assert (m.agent.text, m.agent_pattern) == ("Algerian landowners", "clause-subject")
    assert "Algerian government forces" in m.patient.text


def test_road_blockade_by_workers_is_a_violent_demonstration(nlp):
    # ACLED's codebook: "road-blocking using barricades, burning tires, or other material"
    # is a violent demonstration
    text = ("Angry French paper workers blocked the Europe Bridge spanning the Rhine from France "
            "to Germany for more than three hours by dumping sawdust on the roadway, French "
            "border police said.")  # PLOVER GSR
    m = _one(find_mentions(next(nlp(text).sents)), "blocked", "paper workers")
    assert m.sub_event_type == "Violent demonstration"
    assert m.agent.text == "Angry French paper workers"


def test_destroyed_by_jets_is_the_air_strike(nlp):
    # "Turkish jets destroyed hideouts and weapon depots"
    text, gold = case_snippet("jets_destroyed_depots")
    assert gold == "AIR_STRIKE"
    assert case_label(nlp(text)) == "AIR_STRIKE"


def test_dated_event_noun_is_background(nlp):
    # "... the scene of a deadly 2017 chemical weapons attack"
    text, gold = case_snippet("chemical_attack_2017")
    assert gold == "GOV_REGAINS_TERIT"
    drafts = [d for s in nlp(text).sents for d in find_mentions(s)]
    chem = [d for d in drafts if d.sub_event_type == "Chemical weapon"]
    assert chem and all(d.past_cue == "2017" for d in chem)
    assert case_label(nlp(text)) == "GOV_REGAINS_TERIT"


@pytest.mark.parametrize(("sid", "gold", "expected"), [
    # IS attack "near the country's largest oil refinery"
    ("near_oil_refinery", "ARMED_CLASH", "Armed clash"),
    # "accidentally released ... contaminated toxic water"
    ("accidentally_released", "MAN_MADE_DISASTER", None),
    ("intercepted_trafficker", "ORG_CRIME", None),  # "intercepted a suspected human trafficker"
    # a prisoner's death of fever is no force
    ("prisoner_died_fever", "PEACE_PROTEST", "Peaceful protest"),
])
def test_armed_groups_releases_and_interceptions(nlp, sid, gold, expected):
    text, label = case_snippet(sid)
    assert label == gold
    assert classify_text(nlp(text)) == expected


# --- round 4: codebook rules for road-blocking, arrests at protests, riot violence,
# attacks on communities and vigilantes (sentences in tests/cases/event_types.yaml)
@pytest.mark.parametrize(("sid", "code"), [
    ("farmers_blocked_roads", "VIOL_DEMONSTR"),  # "Farmers ... have blocked roads and railways"
    ("blocking_thoroughfares", "VIOL_DEMONSTR"),  # "blocking major thoroughfares"
    ("protesters_shut_down_roads", "VIOL_DEMONSTR"),  # "protesters in Baghdad shut down roads"
    # "arrests ... after projectiles were thrown at officers"
    ("projectiles_thrown", "VIOL_DEMONSTR"),
    # "a protest ... descended into ... outbreaks of violence"
    ("descended_into_violence", "VIOL_DEMONSTR"),
    ("decry_arrests", "PEACE_PROTEST"),  # "to decry the arrests and violence": the topic
    # "Police detain protesters during a protest"
    ("police_detain_protesters", "PROTEST_WITH_INTER"),
    # "detained ... while they were trying to hold demonstrations"
    ("detained_while_trying", "PROTEST_WITH_INTER"),
    # "gunmen attacked Tse Ujoh community in ... local government area"
    ("gunmen_attacked_community", "ATTACK"),
    # "Bandits have killed seven people in ... attacks on ... areas"
    ("bandits_killed_in_attacks", "ATTACK"),
    ("according_to_vigilantes", "ATTACK"),  # "according to vigilantes": a source, not mob violence
    ("murdered_by_vigilantes", "MOB_VIOL"),  # "seven people were murdered by vigilantes"
])
def test_round4_codebook_rules(nlp, sid, code):
    text, gold = case_snippet(sid)
    assert gold == code
    assert case_label(nlp(text)) == code, (sid, text[:80])


def test_police_blocking_a_road_is_not_rioting(nlp):
    text = ("Riot police blocked the road as hundreds of protesters marched towards "
            "parliament.")
    labels = {d.sub_event_type for s in nlp(text).sents for d in find_mentions(s)}
    assert "Violent demonstration" not in labels


# --- round 5: sentences written after analysis articles of 2017-2019, PLOVER GSR ----

@pytest.mark.parametrize(("text", "trigger", "flag"), [
    # a determiner "no" on the trigger
    ("There have been no major battles with regime forces, and they have even cooperated with "
     "the Syrian Arab Army in Sheikh Maqsood, the Kurdish district of Aleppo that was "
     "freed from al-Nusra jihadists in 2016.", "battles", "negated"),
    # "would not free": negated and irrealis
    ("A spokesman said they would not deliberately free foreign Isis detainees, but their "
     "home countries must take them back.", "free", "negated"),
    # "to ensure that Turkey does not attack"
    ("Aerial defence could come from an international force, she said, but \u201cwe would "
     "like to see an international power on the border as observers to ensure that Turkey "
     "does not attack\u201d.", "attack", "negated"),
    pytest.param("We would like to see observers on the border to ensure that Turkey does not "
                 "attack.", "attack", "negated", marks=pytest.mark.xfail(
                     strict=True, reason="the intransitive 'does not attack' is found only in "
                     "some sentences; here no attack draft at all")),
    # "was preparing ... for a military offensive": the offensive has not begun
    ("The defence minister, Hulusi Akar, said Turkey was preparing \u201cintensely\u201d "
     "for a military offensive east of the Euphrates in Syria, where Kurdish-led forces have "
     "battled Isis.", "offensive", "hypothetical"),
    # "said they would implement the truce"
    ("Faylaq al-Rahman and Jaish al-Islam, the two largest rebel groups in Ghouta, said they "
     "would implement the truce and let aid in.", "truce", "hypothetical"),
    # "If Turkish forces ... become bogged down in a bloody fight"
    ("If Turkish forces, or their proxies, get bogged down in a bloody fight in Afrin, "
     "Erdo\u011fan\u2019s judgment could be called into question by voters.", "fight",
     "hypothetical"),
    pytest.param("If Turkish forces, or their proxies, become bogged down in a bloody fight in "
                 "Afrin, voters could start to question Erdo\u011fan\u2019s judgment.", "fight",
                 "hypothetical", marks=pytest.mark.xfail(
                     strict=True, reason="the if-clause makes the fight hypothetical only when "
                     "the main clause is passive")),
])
def test_negation_and_modality_in_analysis_sentences(nlp, text, trigger, flag):
    found = [d for d in find_mentions(one_sentence(nlp, text), include_generic=True)
             if d.trigger_text == trigger]
    assert found and getattr(found[0], flag), (trigger, text[:80])


def test_denied_agency_does_not_negate_the_event(nlp):
    """The denial is of who did it, not of the attack."""
    sent = one_sentence(nlp, "Sergei Lavrov, the Russian foreign minister, said on Tuesday that "
                        "Moscow would put forward a UN resolution to investigate the chemical "
                        "attack in Douma, which Syrian forces have denied carrying out.")
    chem = [d for d in find_mentions(sent) if d.trigger_text == "chemical attack"]
    assert chem and chem[0].sub_event_type == "Chemical weapon" and not chem[0].negated
    # denying the attack itself negates it
    sent = one_sentence(nlp, "Syrian forces denied carrying out the chemical attack in Douma.")
    assert [d.negated for d in find_mentions(sent) if d.trigger_text == "chemical attack"] == [
        True]


def test_month_name_is_not_a_march(nlp):
    sent = one_sentence(nlp, "Moscow has always denied any part in March\u2019s attack on "
                        "Sergei Skripal and his daughter.")
    assert not [d for d in find_mentions(sent, include_generic=True)
                if d.sub_event_type == "Peaceful protest"]
    # the same word as a verb is a march
    sent = one_sentence(nlp, "Thousands of students march through Khartoum on Monday.")
    assert [d for d in find_mentions(sent) if d.sub_event_type == "Peaceful protest"]


def test_no_one_killed_is_negated_but_the_chlorine_attack_stands(nlp):
    # "Fortunately, no one was killed when the chlorine gas cylinder, packed in a barrel
    # bomb, struck ..."
    text, gold = case_snippet("chlorine_no_one_killed")
    assert gold == "CHEM_WEAP"
    from frontlines.extraction.events.flags import negated

    doc = nlp(text)
    killed = next(t for t in doc if t.lower_ == "killed")  # folded into the bomb's draft
    assert negated(killed, killed.sent)
    bomb = [d for d in find_mentions(killed.sent) if d.trigger_text == "barrel bomb"]
    assert bomb and not bomb[0].negated
    assert case_label(doc) == "CHEM_WEAP"


def test_active_and_passive_roles_on_plover_text(nlp):
    # active: subject agent, object patient
    m = find_mentions(one_sentence(nlp, PLOVER_ARREST))[0]
    assert (m.agent_pattern, m.agent.text) == ("active", "Israeli soldiers")
    # passive: the by-phrase is the agent, the subject the patient
    m = _one(find_mentions(one_sentence(nlp, PLOVER_CAMP)), "attacked", "Congolese")
    assert m.agent_pattern == "passive-by" and m.agent.text.startswith("Burundian militiamen")
    assert m.patient.text.startswith("A temporary camp")


# Written after analysis articles of 2018-2019.
PKK_INSURGENCY = ("Ankara sees the YPG and its allies as the Syrian branch of the Kurdistan "
                  "Workers party (PKK), a designated terrorist group that has fought a long "
                  "insurgency against Ankara.")
CLAIMED_LONG = ("A suicide bombing claimed by the Islamic State has killed four Americans in "
                "Manbij, only weeks after Donald Trump declared the terrorist group defeated "
                "and said he was pulling American forces out.")


def test_claimed_by_in_a_long_sentence(nlp):
    m = find_mentions(one_sentence(nlp, CLAIMED_LONG))[0]
    assert (m.sub_event_type, m.agent_pattern) == ("Suicide bomb", "claimed-by")
    assert m.agent.text == "the Islamic State" and m.patient.text == "four Americans"


def test_bombed_by_planes_is_an_air_strike_and_last_week_is_past(nlp):
    sent = one_sentence(nlp, "Russia has so far not turned its air defences on Israeli "
                        "planes, not even last week when Israel bombed an Iranian Revolutionary "
                        "Guard drone base in Homs province, though Iran asked it to.")
    m = [d for d in find_mentions(sent) if d.trigger_text == "bombed"][0]
    assert m.sub_event_type == "Air/drone strike"  # "Israeli planes" in the sentence
    assert m.past_cue == "last week"  # the relative clause of "last week when ..."


# round 5 rules on sentences of tests/cases/event_types.yaml (ACLED codebook: a place
# taken after the other side left is a non-violent transfer; destroyed enemy vehicles are
# part of the battle; the topic or a plan of a protest is no intervention ...)
@pytest.mark.parametrize(("sid", "code"), [
    # "recaptured Palmyra ... after Syrian armed forces pulled out"
    ("recaptured_after_pulled_out", "NON_VIOL_TERRIT_TRANSFER"),
    # "seized the area following the withdrawal of"
    ("seized_following_withdrawal", "NON_VIOL_TERRIT_TRANSFER"),
    # "pulled out today [Sunday] ... allowed Daesh elements to seize it"
    ("withdrew_allowed_seize", "NON_VIOL_TERRIT_TRANSFER"),
    # "seized a deserted but strategic rocket-launching site"
    ("seized_deserted_site", "NON_VIOL_TERRIT_TRANSFER"),
    # "recovered control of two villages" is no weapons find
    ("recovered_control", "GOV_REGAINS_TERIT"),
    ("ground_was_regained", "GOV_REGAINS_TERIT"),  # "significant ground was regained"
    # "for the first time since 2012" is not background
    ("first_time_since_2012", "GOV_REGAINS_TERIT"),
    # "Israeli planes ... bombed the Syrian regime's ... base"
    ("planes_bombed_base", "AIR_STRIKE"),
    # "destroyed military equipment of the terrorists"
    ("drove_out_destroyed_equipment", "GOV_REGAINS_TERIT"),
    # "destroyed four army vehicles ... in clashes"
    ("destroyed_vehicles_in_clashes", "ARMED_CLASH"),
    ("demanding_removed", "PEACE_PROTEST"),  # "demanding the chief ... be removed": the demand
    ("car_chase_2011", "PEACE_PROTEST"),  # "a high-speed car chase", "trying to arrest him" in 2011
    ("march_refugees_beaten", "PEACE_PROTEST"),  # "nor must we allow them to be ... beaten up"
    # "incident where police used excessive force"
    ("incident_excessive_force", "FORCE_AGAINST_PROTEST"),
    ("riot_police_chase", "PROTEST_WITH_INTER"),  # "Riot police chase demonstrators"
    ("tear_gas_to_disperse", "PROTEST_WITH_INTER"),  # "as police fired tear gas to disperse them"
    ("engaging_in_conduct", "ATTACK"),  # "engaging in sexual conduct" is no fighting
    # "One man was killed ... as villagers clashed with bamboo sticks"
    ("villagers_clashed_sticks", "MOB_VIOL"),
])
def test_round5_codebook_rules(nlp, sid, code):
    text, gold = case_snippet(sid)
    assert gold == code
    assert case_label(nlp(text)) == code, (sid, text[:80])


@pytest.mark.xfail(strict=True, reason="with the date fronted ('On Wednesday the army "
                   "staged ...') 'significant ground was regained' gives no draft at all")
def test_regained_ground_with_a_fronted_date(nlp):
    text = ("On Wednesday the army staged a counterattack in northeastern Damascus and "
            "significant ground was regained after the morning's rebel assault.")
    assert case_label(nlp(text)) == "GOV_REGAINS_TERIT"


@pytest.mark.xfail(strict=True, reason="'let' is not read as 'allow': the hoped-for "
                   "beating under 'nor must we let them be' is coded as it happened")
def test_must_not_let_them_be_beaten_is_not_an_event(nlp):
    text, _ = case_snippet("march_refugees_beaten")
    text = text.replace("allow refugees to drown", "let refugees drown").replace(
        "allow them to be", "let them be")
    assert case_label(nlp(text)) == "PEACE_PROTEST"


def test_killing_in_a_clause_about_the_previous_day_is_past(nlp):
    # "... the previous day when security forces opened fire"
    text, _ = case_snippet("previous_day_opened_fire")
    drafts = [d for s in nlp(text).sents for d in find_mentions(s)]
    fire = [d for d in drafts if d.trigger_text == "opened fire on protesters"]
    assert fire and fire[0].past_cue == "the previous"


def test_captured_after_leaving_is_an_arrest_not_a_transfer(nlp):
    # a person taken, not a place
    sent = one_sentence(nlp, "After he left Raqqa, he was captured by Kurdish forces in May 2017.")
    subs = {d.sub_event_type for d in find_mentions(sent, include_generic=True)}
    assert "Non-violent transfer of territory" not in subs
    # a place captured after its holders left is one
    sent = one_sentence(nlp, "After Isis fighters left Raqqa, the city was captured by Kurdish "
                        "forces in October 2017.")
    assert {d.sub_event_type for d in find_mentions(sent)} == {"Non-violent transfer of territory"}


def test_capturing_a_person_is_an_arrest(nlp):
    sent = one_sentence(nlp, "After he left Raqqa, he was captured by Kurdish forces in May 2017.")
    # ACLED: a detention by an actor with de facto control of the area is an arrest
    # (codebook, "Arrests"); by any other group an abduction.
    subs = {d.sub_event_type for d in find_mentions(sent)}
    assert subs and subs <= {"Arrests", "Abduction/forced disappearance"}, subs


def test_engaged_in_violence_stays_a_clash(nlp):
    """ "engaged in" counts only with a violent object: PLOVER "Serb forces were engaged in
    ethnic cleansing" is fighting, "engaging in sexual conduct" is not."""
    text = ("Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian "
            "population of the province, according to the US government.")
    assert [d for d in find_mentions(one_sentence(nlp, text)) if d.trigger_text == "engaged"]
    text, _ = case_snippet("engaging_in_conduct")
    assert not [d for s in nlp(text).sents for d in find_mentions(s)
                if d.trigger_text == "engaging"]


# --- commentary and description, as analysis articles of 2017-2018 write them ---------

@pytest.mark.parametrize("text,trigger,frame", [
    # a participle that says who someone is, not what happened
    ("He later crossed into Iraq to join the peshmerga, the army of Iraqi Kurdistan fighting "
     "Isis in Iraq, and went back to the UK in November 2015.",
     "fighting", "description"),
    ("A British woman fighting alongside Kurdish forces in Afrin has been killed, "
     "her commanders said.", "fighting", "description"),
    pytest.param("A British volunteer fighting alongside Kurdish forces in Afrin has been "
                 "killed, her commanders said.", "fighting", "description",
                 marks=pytest.mark.xfail(strict=True, reason="'volunteer' is not taken as a "
                                         "person word: the participle is coded as a clash")),
    # an event noun that a linking verb comments on
    ("The long fight against Islamic State looks impressive on a map, but it has not yet "
     "been decisive.", "fight", "comment"),
])
def test_descriptions_and_comments_are_not_incidents(nlp, text, trigger, frame):
    sent = one_sentence(nlp, text)
    found = [d for d in find_mentions(sent, include_generic=True) if d.trigger_text == trigger]
    assert found and found[0].generic and found[0].explain["frame"] == frame
    assert not [d for d in find_mentions(sent) if d.trigger_text == trigger]


@pytest.mark.parametrize("text,trigger", [
    ("The coalition said it expects hard days ahead until Raqqa is retaken.",
     "retaken"),  # "until ... is"
    ("Moscow has withdrawn its ground troops to prevent accidental clashes.",
     "clashes"),  # "to prevent ... clashes"
])
def test_what_has_not_happened_is_hypothetical(nlp, text, trigger):
    sent = one_sentence(nlp, text)
    found = [d for d in find_mentions(sent, include_generic=True) if d.trigger_text == trigger]
    assert found and all(d.hypothetical for d in found)


def test_participle_on_a_place_is_not_a_description(nlp):
    # "the South Korean island bombarded by North Korean shelling": the parser hangs
    # "shelling" on the island; a place is nobody, so the shelling stays an incident.
    text, label = case_snippet("bombarded_by_shelling")
    assert label == "ART_MISS_ATTACK"
    doc = nlp(text)
    shelling = [d for s in doc.sents for d in find_mentions(s, include_generic=True)
                if d.trigger_text == "shelling"]
    assert shelling and shelling[0].explain.get("frame") != "description"


@pytest.mark.parametrize("text", [
    # a noun qualified by "battle"
    "The battle lines in Syria are far more tangled than those of the Balkans a century ago.",
    # "sent into battle zones"
    "He was put in an infantry unit of about 15 foreign volunteers, given a nom de guerre and "
    "sent into battle zones.",
    # a possibility, not an incident
    "As the risk of military confrontation with Russia over Syria grows, Washington is relying "
    "on France and the UK for support.",
])
def test_qualifiers_and_possibilities_are_no_incidents(nlp, text):
    drafts = [d for d in find_mentions(one_sentence(nlp, text))
              if not d.generic and not d.hypothetical]
    assert drafts == [], [(d.trigger_text, d.sub_event_type) for d in drafts]


def test_an_attack_helicopter_is_no_attack_but_its_strike_is(nlp):
    doc = nlp("An attack helicopter fired rockets at a checkpoint near Kirkuk on Monday.")
    found = [(d.trigger_text, d.generic) for d in find_mentions(doc[:])]
    assert ("attack", False) not in found, found
    assert any(not g for _, g in found), found


@pytest.mark.parametrize("text", [
    # "gave their lives to the fight against"
    "The coalition brings together groups who, backed by the US and UK, gave 8,000 of their "
    "lives to the fight against Isis and against dictatorship.",
    # "in the battle against"
    "Washington has worked with Kurdish-led forces in Syria in the battle against Isis, though "
    "Ankara sees them as part of the PKK, which it calls a terrorist group.",
    # "which has fought alongside"
    "Turkey is worried about the People\u2019s Protection Units (YPG), the core of the Syrian "
    "Democratic Forces (SDF), which has fought alongside the US in the campaign against Isis.",
    # "a group that has fought an insurgency"
    PKK_INSURGENCY,
])
def test_the_war_effort_and_who_someone_is_are_no_incidents(nlp, text):
    drafts = [d for d in find_mentions(one_sentence(nlp, text))
              if not d.generic and not d.hypothetical]
    assert drafts == [], [(d.trigger_text, d.sub_event_type) for d in drafts]


@pytest.mark.parametrize("text", [
    "The battle against Isis in Baghuz killed 50 fighters on Sunday.",
    "Isis, which has killed 12 people in Manbij since Monday, claimed the attack.",
])
def test_a_battle_with_a_place_and_a_dated_clause_stay_incidents(nlp, text):
    drafts = [d for d in find_mentions(nlp(text)[:]) if not d.generic]
    assert any(d.disorder_type == "Political violence" for d in drafts), drafts


@pytest.mark.parametrize("text", [
    # people abandoned, not a place
    "Some fear that the Kurds abandoned by the west will free the Isis fighters they guard.",
    "She abandoned them at the roadside, where the Syrian Democratic Forces found them.",
])
def test_abandoning_people_transfers_no_territory(nlp, text):
    subs = {d.sub_event_type for d in find_mentions(one_sentence(nlp, text))}
    assert "Non-violent transfer of territory" not in subs, subs


@pytest.mark.parametrize("text", ["Islamic State fighters abandoned the town of Hajin on Friday.",
                                  "The militants abandoned their positions near Rawa on Friday."])
def test_abandoning_a_place_transfers_it(nlp, text):
    subs = {d.sub_event_type for d in find_mentions(nlp(text)[:])}
    assert "Non-violent transfer of territory" in subs


def test_sitting_in_a_room_is_not_a_sit_in(nlp):
    # Guardian round 7 (paraphrased): a leader "sits in a White House war room", a
    # refugee "sitting in a riverside cafe": "sit in" with a place after it is where
    # someone is, not a sit-in
    for text in ("The president sits in a White House war room on Thursday, preaching "
                 "national security.",
                 "She says, sitting in a riverside cafe in her new home town of Lüneburg."):
        sent = one_sentence(nlp, text)
        assert not [d for d in find_mentions(sent, include_generic=True)
                    if d.sub_event_type == "Peaceful protest"], text
    # a sit-in of students keeps its protest
    sent = one_sentence(nlp, "Hundreds of students staged a sit-in outside parliament "
                        "in Ankara on Monday.")
    assert [d for d in find_mentions(sent) if d.sub_event_type == "Peaceful protest"]
