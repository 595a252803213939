"""Event location (``locate_event``) on real sentences.

Sentences of the adjudicated RELABEL subset of the event_location data set (Halterman
2019), quoted with their gold spans in tests/cases/event_location.yaml and selected by
their opening words; the AFP example; sentences written for the tests. The whole
RELABEL set is read by path from ../shared/data for the accuracy floor only.
"""

from __future__ import annotations

import pytest

from conftest import cases, one_sentence, shared
from frontlines.extraction.places import locate_event, resolve
from frontlines.extraction.places.locate import place_like_spans


@pytest.fixture(scope="module")
def relabel() -> list[dict]:
    """The quoted RELABEL sentences (tests/cases/event_location.yaml)."""
    return cases("event_location")


@pytest.fixture(scope="module")
def relabel_set() -> list[dict]:
    """The whole adjudicated RELABEL subset (../shared/data)."""
    from frontlines.interfaces.evaluate.event_location import load_gold

    return load_gold(shared("event_location", "labeled_text.jsonl.zip"), "relabel")


def _locate(nlp, records: list[dict], prefix: str, place_like: bool = False):
    """(chosen text or None, precision, gold texts, whether the choice overlaps a gold
    span) for the record opening with ``prefix``: the scoring of the eval."""
    rec = next(r for r in records if r["text"].startswith(prefix))
    doc = nlp(rec["text"])
    trigger = doc.char_span(*rec["verb"], alignment_mode="expand").root
    chosen, precision = locate_event(trigger.sent, trigger, resolve(doc), place_like=place_like)
    gold = [rec["text"][s:e] for s, e in rec["locations"]]
    hit = chosen is not None and any(chosen.start < e and s < chosen.end
                                     for s, e in rec["locations"])
    return (chosen.text if chosen else None), precision, gold, hit


@pytest.mark.parametrize("prefix,want,got", [  # got: the span chosen when not the gold's
    # The contained place is the scene, not its container.
    ("Five Iraqis were killed in a US air strike on the radical", "Sadr City", None),
    ("Worried neighbours of the Tuwaitha plant outside Baghdad", "Tuwaitha", None),
    ("Four soldiers were killed Sunday when a roadside bomb exploded", "Diyala",
     "Diyala province"),
    ("In a third clash, paramilitary soldiers from the Border", "Ghat", None),
    # A place name inside the object phrase stands for the scene.
    ("Croatian army soldiers captured the airport of Udbina", "Udbina", None),
    ("National Guard troops patrolled Venezuela's major oil", "Venezuela", None),
    ("Last month, the owner of a posh Sofia restaurant", "Sofia", None),
    # A person's apposition ("al-Qaida's top coordinator") is not a place.
    ("In March, they captured Abu Zubaydah", "Pakistan", None),
    # A distance from a place locates the event near it.
    ("Officers Francisco Javier Perez and Oswaldo Arguello", "San Cristobal De Las Casas",
     "San Cristobal De"),
])
def test_scene_of_the_event(nlp, relabel, prefix, want, got):
    chosen, _prec, gold, hit = _locate(nlp, relabel, prefix)
    assert want in gold  # the adjudicated gold agrees
    assert hit and chosen == (got or want)


@pytest.mark.parametrize("prefix", [
    # Where the agent is based, where the news came from, a nationality: not the scene.
    "The zone is patrolled at present by U.S. and British troops",
    "In the meantime, Rajeh Haji Sherida, an ISIS leading member",
    "Abu Nabil, aka Wissam Najm Abd Zayd al Zubaydi",
    # Places in another clause about someone else ("acknowledged before a judge in
    # Madrid") and people tagged as places are weaker; not asserted here.
])
def test_no_scene(nlp, relabel, prefix):
    chosen, _prec, gold, _hit = _locate(nlp, relabel, prefix)
    assert gold == []
    text = next(r["text"] for r in relabel if r["text"].startswith(prefix))
    assert [t for t in resolve(nlp(text)) if t.place is not None]  # places to choose from
    assert chosen is None


def test_framed_small_town_is_the_scene(nlp, relabel):
    # "Khanasir town": a village of no recorded population the NER misses; the frame
    # word after it makes the gazetteer name a place.
    prefix = "In a relevant context, three civilians were killed on Monday"
    chosen, prec, gold, hit = _locate(nlp, relabel, prefix)
    assert gold == ["Khanasir"] and hit and chosen == "Khanasir" and prec == 1


def test_unknown_site_is_the_scene_inside_a_named_place(nlp, relabel):
    # "the popular Bardo Museum in the Tunisian capital of Tunis": the museum is no
    # gazetteer name; as a place-like name inside Tunis it is the scene (the gold's
    # span), with Tunis's coordinates.
    rec = next(r for r in relabel if r["text"].startswith("In March, Islamist gunmen killed"))
    doc = nlp(rec["text"])
    trigger = doc.char_span(*rec["verb"], alignment_mode="expand").root
    chosen, _prec = locate_event(trigger.sent, trigger, resolve(doc))
    assert chosen is not None and chosen.text == "Tunis"  # recognised names only
    chosen, prec = locate_event(trigger.sent, trigger, resolve(doc), place_like=True)
    assert chosen is not None and chosen.text.endswith("Bardo Museum") and prec == 1
    assert chosen.place is None and chosen.within is not None
    assert chosen.within.name == "Tunis"


def test_unknown_site_with_no_named_place_is_not_placed(nlp, relabel):
    # "the SDF liberated the Adiyat School": the gold's school, but nothing in the
    # sentence says where it is, so no coordinates can come of it.
    prefix = "On the southern side of the city, the SDF liberated the Adiyat School"
    chosen, _prec, gold, _hit = _locate(nlp, relabel, prefix, place_like=True)
    assert gold == ["Adiyat School"] and chosen is None


def test_place_like_spans_skip_nationalities(nlp):
    doc = nlp("The protestors marched to the United Nations office in the Yemeni capital.")
    assert place_like_spans(next(doc.sents), resolve(doc)) == []


@pytest.mark.data
def test_relabel_accuracy_floor(nlp, relabel_set):
    """The whole adjudicated set, as the pipeline locates events (place-like names
    included): a floor under the measured 0.883 so that a regression in any rule shows."""
    right = 0
    relabel = relabel_set
    for rec, doc in zip(relabel, nlp.pipe(r["text"] for r in relabel), strict=True):
        trigger = doc.char_span(*rec["verb"], alignment_mode="expand").root
        chosen, _prec = locate_event(trigger.sent, trigger, resolve(doc), place_like=True)
        if rec["locations"]:
            right += chosen is not None and any(chosen.start < e and s < chosen.end
                                                for s, e in rec["locations"])
        else:
            right += chosen is None
    assert right / len(relabel) >= 0.87


def _afp_event(nlp, afp_text, sentence_part, trigger_word):
    doc = nlp(afp_text)
    sent = next(s for s in doc.sents if sentence_part in s.text)
    trigger = next(t for t in sent if t.text == trigger_word)
    where, precision = locate_event(sent, trigger, resolve(doc))
    return (where.text if where else None), precision


def test_afp_scene_not_origin(nlp, afp_text):
    # "bombers flying from Russia carried out a strike on IS sites around Albu Kamal",
    # said the ministry "In Moscow": neither Russia nor Moscow is the scene.
    assert _afp_event(nlp, afp_text, "long-range bombers", "carried") == ("Albu Kamal", 2)
    assert _afp_event(nlp, afp_text, "In the border town of Albu Kamal", "battled") == (
        "Albu Kamal", 1)


def test_afp_car_bombing_noun_trigger_keeps_its_own_clause(nlp, afp_text):
    # The trigger noun "bombing" is described by its own clause "... killed ... at a
    # checkpoint in Deir Ezzor province": province only, precision 3.
    assert _afp_event(nlp, afp_text, "car bombing blamed", "bombing") == ("Deir Ezzor", 3)


@pytest.mark.parametrize("prefix,want", [
    # The small model calls these cities NORP or PRODUCT; a cue makes them places:
    # "in northern Aleppo" (compass word skipped), "the siege on Manbij".
    ("The Turkish Special Forces have already shelled the YPG's positions", "Aleppo"),
    ("According to SDF sources over 200 ISIS fighters were killed", "Manbij"),
    ("According to the ISIS statement, al-Adnani was killed", "Aleppo"),
])
def test_mislabelled_cities_with_a_cue_are_scenes(nlp, relabel, prefix, want):
    chosen, _prec, gold, hit = _locate(nlp, relabel, prefix)
    assert want in gold and hit and chosen == want


def test_hyphenated_article_town_is_found(nlp):
    # the NER says PERSON and the lower-case article starts the name.
    text = ("\u201cWe lost our houses, but the old and the young suffer more,\u201d said "
            "Radwan Shamsi, an old man who kept a shop in the Syrian town of al-Bab until he "
            "fled to the al-Hawl camp.")
    doc = one_sentence(nlp, text).doc
    start = text.index("the Syrian town of al-Bab") + len("the Syrian town of ")
    found = [t for t in resolve(doc) if t.start == start]
    assert found and found[0].text == "al-Bab"
    assert found[0].place is not None and found[0].place.country_code == "SY"


def test_sponsor_country_is_not_the_scene(nlp):
    # the US backs the actor; the capture is not in the United States (a Raqqa story once
    # placed five events there, through the capture's patient).
    text = ("Omar Alloush of the Raqqa Civil Council told Agence France-Presse that fighters "
            "would be allowed to leave the city, which is close to being captured by the "
            "US-backed Syrian Democratic Forces.")
    doc = one_sentence(nlp, text).doc
    assert "US" in {t.text for t in resolve(doc)}  # the US is a recognised place here
    trigger = next(t for t in doc if t.text == "captured")
    where, _prec = locate_event(trigger.sent, trigger, resolve(doc))
    assert where is None


def _scene(nlp, text: str, trigger_word: str, place_like: bool = True):
    """The place chosen for the event of ``trigger_word`` in one quoted sentence."""
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == trigger_word)
    where, precision = locate_event(trigger.sent, trigger, resolve(doc), place_like=place_like)
    return where, precision


@pytest.mark.parametrize("text,trigger,want", [
    # RELABEL sentences (Halterman 2019, MIT licence), quoted. A march's destination is its scene.
    ("At the height of their protest, 400 workers from the factory had marched to the "
     "Luoyang city government offices demanding payment of salaries owed while chanting "
     "slogans alleging corruption.", "marched", "Luoyang"),
    ('Chanting "Syria Out", the protesters marched to the Sydney offices of the United '
     "Nations to call for the immediate implementation of the UN Security Council's "
     "resolution 1559.", "marched", "Sydney"),
    # Names joined by "and" share the container that follows them (Tel Birak, the list's
    # head in the parse, is a place since round H: "the towns of X and Y"; each town has
    # its record and the toll stays with Tel Hamis, tests/test_recall_round_h.py).
    ("The 31 YPG fighters were killed during the clashes that broke out between the YPG and "
     "the ISIL group in the towns of Tel Hamis and Tel Birak, in Qamishli's southern "
     "suburbs.", "killed", "Tel Birak"),
])
def test_scene_rules_of_round_two(nlp, text, trigger, want):
    where, _prec = _scene(nlp, text, trigger)
    assert where is not None and where.text == want


@pytest.mark.parametrize("text,trigger", [
    # A place in an office holder's title says what he headed, not where he was hit.
    ("Abdulfattah al-Hassan al-Othman, the head of ISIS security forces in Tabqa town, was "
     "killed alongside his guards.", "killed"),
    ("An airstrike by the U.S.-led coalition on Monday killed several militants of the "
     "Islamic State (ISIS), including the commander of the group's operations in Baaj "
     "district in Mosul suburb in northwestern Iraq.", "killed"),
    # What a protest is against is not where it is held.
    ("The Palestinians were protesting against the Israeli military operation in Gaza which "
     "left more than 110 people dead.", "protesting"),
])
def test_descriptions_and_grievances_are_no_scene(nlp, text, trigger):
    doc = nlp(text)
    assert [t for t in resolve(doc) if t.place is not None]  # places to choose from
    where, _prec = _scene(nlp, text, trigger)
    assert where is None


def test_site_in_the_only_province_named(nlp):
    # RELABEL (MIT licence), quoted: the village is no gazetteer name; the governorate is the one
    # place of the sentence ("Al-Sham" of the group's name is no scene), so it holds it.
    text = ("Minutes ago in the Homs Governorate's eastern countryside, the Syrian Arab Army's "
            '"Tiger Forces" - backed by the Desert Hawks, Hezbollah, and Syrian Marines - '
            "liberated the village of Tamthil after a violent battle with the Islamic State of "
            "Iraq and Al-Sham (ISIS) that began this morning.")
    where, prec = _scene(nlp, text, "liberated")
    assert where is not None and where.text == "Tamthil" and where.place is None
    assert where.within is not None and where.within.country_code == "SY" and prec == 3
    where, _prec = _scene(nlp, text, "liberated", place_like=False)
    assert where is None or where.text != "Tamthil"


def test_plural_office_holders_are_no_scene(nlp):
    # "US presidents" are people; the attack on their predecessors is no event in the
    # United States.
    text = ("They pointed out that US presidents have seldom attacked their predecessors this "
            "hard over events like chemical weapons attacks that both parties condemn.")
    where, _prec = _scene(nlp, text, "attacked")
    assert where is None


@pytest.mark.parametrize("text,trigger,want", [
    # Guardian 2018 on the White Helmets (paraphrased): the US names the attacker, and
    # the place the attacks are in is no container of the US (a record in the US).
    ("Most of the US attacks in Syria have targeted areas held by Islamic State.",
     "attacks", "Syria"),
    ("Dozens of US airstrikes in Idlib have hit rebel-held towns.", "airstrikes", "Idlib"),
])
def test_a_nationality_is_not_contained_in_the_scene(nlp, text, trigger, want):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    chosen, _prec = locate_event(tok.sent, tok, resolve(doc))
    assert chosen is not None and chosen.text == want
