"""Conflict words in their everyday senses: "flood fighting", "shot down rumors",
"the second carbon capture project", "fell to 18th in population growth",
"demonstrates the talents", "a legal battle", "executed projects".

News uses fight, battle, capture, fall, seize, shoot down, storm and strike far more
often in these senses than in the conflict sense; the words around the trigger
(its object, its modifiers, what follows "fell to") decide, and they are data
(data/senses.yaml).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from frontlines import data as data_files

_OBJECT_DEPS = {"dobj", "pobj", "nsubjpass", "attr", "oprd"}
_MOD_DEPS = {"amod", "compound", "nmod", "poss"}


@lru_cache(maxsize=1)
def _data() -> dict:
    text = resources.files("frontlines.data").joinpath("senses.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return {"objects": {k: set(v) for k, v in raw["objects"].items()},
            "modifiers": {k: set(v) for k, v in raw["modifiers"].items()},
            "heads": {k: set(v) for k, v in raw["heads"].items()},
            "subjects": {k: set(v) for k, v in raw["subjects"].items()},
            "fall": set(raw["fall_rankings"]), "trade": set(raw["trade_nouns"]),
            "arms": set(raw["traded_weapons"]), "animals": set(raw["animals"]),
            "march": {k: tuple(v) for k, v in raw["march_support"].items()},
            "aircraft": set(raw["aircraft"]), "flight": set(raw["flight_verbs"]),
            "hazards": set(raw["hazards"]),
            "missions": set(raw["flight_missions"]), "old_wars": tuple(raw["old_wars"]),
            "worn": set(raw["worn_verbs"]), "blast": set(raw["blast_verbs"]),
            "crowd_arms": {k: tuple(v) for k, v in raw["crowd_arms"].items()},
            "seized_on": set(raw["seized_on"])}


def _lemma(tok: Token) -> str:
    low = tok.lower_
    for stem in ("fight", "battle", "capture", "seize", "execute", "demonstrate", "storm",
                 "raid", "blast", "strike", "attack"):
        if low.startswith(stem[:-1] if stem.endswith("e") else stem):
            return stem
    if low in ("shot", "shoots", "shooting", "shoot"):
        return "shoot"
    return tok.lemma_.lower()


# Verbs whose objects after a preposition tell a protest's cause ("demonstrated in
# support of", "demonstrated for wages"), never the other sense.
PROTEST_LEMMAS = {"demonstrate"}


def _objects(trig: Token, preps: bool = True) -> list[Token]:
    """The trigger's object, through a particle ("shot down rumors"), a preposition
    ("the battle against cancer") or an infinitive of aim ("battle to contain the
    wildfires"), or the noun it modifies. Without `preps`, no noun after a preposition:
    people who "demonstrated in support of" a man protested; to show support is to
    "demonstrate support"."""
    out = []
    for c in trig.children:
        if c.dep_ in _OBJECT_DEPS:
            out.append(c)
        elif c.dep_ in ("prep", "agent") and not preps:
            continue
        elif c.dep_ in ("prep", "prt", "agent"):
            out.extend(g for g in c.children if g.dep_ in _OBJECT_DEPS)
        elif c.dep_ in ("acl", "xcomp") and any(a.lower_ == "to" for a in c.children):
            # "their battle to contain the wildfires": the aim names what is fought
            out.extend(g for g in c.children if g.dep_ in _OBJECT_DEPS)
    if trig.dep_ in ("compound", "amod") and trig.head.i > trig.i:
        out.append(trig.head)  # "carbon capture project": the project
    return out


def other_sense(trig: Token) -> str | None:
    """Why the trigger is in an everyday sense (None: it may be the conflict sense)."""
    data = _data()
    if trig.lower_ == "suicide" and trig.head.lemma_ == "commit":
        return "committed suicide"  # self-harm, not a suicide bombing
    beast = (_animal_subject(trig, data["animals"]) or _bare_march(trig, data["march"])
             or _aircraft_flying(trig, data["aircraft"], data["flight"], data["missions"])
             or _aircraft_downed(trig, data["aircraft"])
             or _month(trig) or _old_war(trig, data["old_wars"])
             or _worn_only(trig, data["worn"], data["blast"]) or _protest_in_words(trig)
             or _crowd_arms(trig, data["crowd_arms"]) or _state_protest(trig)
             or _seized_on(trig, data["seized_on"]))
    if beast:
        return beast
    lemma = _lemma(trig)
    depicts = _subject_sense(trig, data["subjects"].get(lemma, set()))
    if depicts:
        return depicts
    if lemma == "demonstrate" and trig.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") for c in trig.children):
        # people who protest demonstrate with no object ("demonstrated against the
        # law", "in the capital"); "demonstrates X", "demonstrated that" or a thing
        # that "was demonstrated" (no one is demonstrated) is to show
        return f"{trig.text} (an object: it shows)"
    objects = data["objects"].get(lemma, set())
    for obj in _objects(trig, preps=lemma not in PROTEST_LEMMAS):
        if obj.dep_ == "nsubjpass" and obj.like_num:
            continue  # "the three were shot dead": people counted, not a basket scored
        # its modifiers, and the noun after "of" ("lost 28 of its fighters")
        words = {obj.lower_, obj.lemma_.lower()} | {
            c.lower_ for c in obj.children if c.dep_ in _MOD_DEPS} | {
            g.lower_ for c in obj.children if c.lower_ == "of" for g in c.children}
        if words & objects:
            return f"{trig.text} {obj.text}"
    if trig.dep_ in {"compound", "amod"} and trig.head.lower_ in data["heads"].get(
            lemma, set()):
        return f"{trig.text} {trig.head.text}"  # "a combat medic", "its boycott decision"
    mods = data["modifiers"].get(lemma, set()) | data["modifiers"].get(trig.lower_, set())
    for c in trig.children:
        if c.dep_ in _MOD_DEPS | {"npadvmod"} and c.i < trig.i and c.lower_ in mods:
            return f"{c.text} {trig.text}"
    if trig.i > 0 and trig.nbor(-1).lower_ in mods and trig.nbor(-1).i not in (
            x.i for x in trig.ancestors):
        return f"{trig.nbor(-1).text} {trig.text}"
    if lemma == "capture" and trig.dep_ == "compound" and any(
            c.lower_ in objects for c in trig.children):
        return f"{trig.text} ({trig.head.text})"
    return _fall_ranking(trig, data["fall"]) or _traded(trig, data["trade"], data["arms"])


def _subject_sense(trig: Token, words: set[str]) -> str | None:
    """"The image of the soldiers ... captured the predicament": a subject that shows
    the other sense (a picture depicts; no armed actor takes ground; workers who strike
    stop work, they hit no one)."""
    if not words:
        return None
    if trig.pos_ == "NOUN":  # a noun's "by" phrase is its subject: "a strike by workers"
        return next((f"{trig.text} by {g.text}" for c in trig.children
                     if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                     if g.dep_ == "pobj" and (g.lemma_.lower() in words or g.lower_ in words)),
                    None)
    if trig.pos_ != "VERB":
        return None
    verb = trig  # a conjoined verb shares its head's subject ("bogged down ... captured")
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((f"{c.text} {trig.text}" for c in verb.children if c.dep_ == "nsubj" and (
        (n := _antecedent(c)).lemma_.lower() in words or n.lower_ in words)), None)


def _antecedent(subject: Token) -> Token:
    """ "resolutions that condemned the Proclamation ... and protested": a relative
    pronoun subject stands for the noun its clause describes; any other word for itself."""
    verb = subject.head
    if subject.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _seized_on(trig: Token, lemmas: set[str]) -> str | None:
    """ "Radical groups that have seized on Internet recruitment": "seize on" with no
    object exploits a thing, it takes no ground (a dated "on Monday" is no such phrase; a
    passive "was seized on the road" has its object as subject)."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in lemmas or any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in trig.children):
        return None
    nxt = trig.nbor(1) if trig.i + 1 < len(trig.doc) else None
    if nxt is None or nxt.lower_ not in ("on", "upon") or nxt.head.i != trig.i:
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in nxt.subtree):
        return None
    return f"{trig.text} {nxt.text} (exploited)"


def _state_protest(trig: Token) -> str | None:
    """ "France protested Belgium's plans for its original coin by saying that ...": a
    state named as the one who protested spoke through its government, as an embassy or
    a ministry does (senses.yaml: subjects of protest); ACLED codes a demonstration only
    where people gather. Only a subject that is the state's name alone ("Thousands of
    Bulgarians demonstrated", "residents of Gaza protested" keep their crowd)."""
    if _lemma(trig) != "protest" or trig.pos_ != "VERB":
        return None
    subject = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "GPE" or any(
            t.ent_type_ != "GPE" for t in subject.subtree if not t.is_punct):
        return None
    return f"{subject.text} {trig.text} (a state's statement)"


def _bare_march(trig: Token, support: dict) -> str | None:
    """"Reporters marched toward their cameras", "they marched in the Grand Review",
    "force-marched to a camp": people who walk. A march is a demonstration (a public
    gathering for a political purpose) only with a cause or a protest word in its
    sentence, or a gathering of the public as its subject."""
    if trig.lower_ not in ("march", "marched", "marches", "marching") or (
            trig.pos_ != "VERB" and not _infinitive(trig)):
        return None
    text = trig.sent.text.lower()
    if any(w in text for w in support["words"]):
        return None
    verb = trig
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head
    subjects = support["subjects"]
    for c in verb.children:
        if c.dep_ == "nsubj" and any(t.lemma_.lower() in subjects or t.lower_ in subjects
                                     for t in c.subtree):
            return None
    return f"{trig.text} (no cause, no demonstrators)"


def _infinitive(trig: Token) -> bool:
    """"Orders for his men to march south": a lower-case word after the infinitive's
    "to" is a verb, whatever tag the parser gave it (it tags this "march" a name)."""
    return trig.text.islower() and trig.i > trig.sent.start and trig.nbor(-1).lower_ == "to" and (
        trig.nbor(-1).dep_ in ("aux", "prep"))


_MONTH_PREPS = {"in", "since", "until", "till", "between", "from", "by", "early", "late",
                "mid", "last", "next", "this", "of", "through", "during"}


def _month(trig: Token) -> str | None:
    """"Killed between March and June": the month, no march of protesters (the parser
    marks it a date; a demonstration is "a march", "the March 8 march")."""
    if trig.text != "March":
        return None
    near = [trig.nbor(k) for k in (-1, 1) if 0 <= trig.i + k < len(trig.doc)]
    dated = trig.ent_type_ == "DATE" or any(
        t.ent_type_ == "DATE" for t in trig.children if t.dep_ == "conj") or (
        trig.dep_ == "conj" and trig.head.ent_type_ == "DATE") or any(t.like_num for t in near)
    after_prep = trig.i > trig.sent.start and trig.nbor(-1).lower_ in _MONTH_PREPS
    return "March (the month)" if dated or after_prep else None


def _old_war(trig: Token, wars: tuple[str, ...]) -> str | None:
    """"Police disposed of a World War II bomb", "a bomb from the Second World War": a
    weapon of a war long over, found or defused today, is no political violence."""
    noun = trig.head if trig.dep_ in ("compound", "amod") else trig
    nouns = [noun, *_objects(trig, preps=False)] + ([trig.head] if trig.dep_ == "acl" else [])
    words = " ".join(t.lower_ for n in nouns for c in n.children
                     if c.dep_ in _MOD_DEPS | {"prep"} for t in c.subtree)
    return next((f"{trig.text} ({w})" for w in wars if w in f" {words} "), None)


def _protest_in_words(trig: Token) -> str | None:
    """"Moscow protested that the expulsions were illegal", "Ankara protested to the
    Dutch envoy": a protest told as a statement or addressed to someone (a government,
    an official) is said, not gathered (ACLED: a demonstration is a public gathering)."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() != "protest":
        return None
    for c in trig.children:
        if c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children):
            return f"{trig.text} (that ...)"
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.ent_type_ in ("ORG", "PERSON", "NORP", "")
                and g.pos_ != "PRON" for g in c.children):
            return f"{trig.text} to {next(g.text for g in c.children)}"
    one = _one_person(trig)
    return None if one is None else f"{one.text} {trig.text} (one person)"


_CAUSE_PREPS = {"against", "over", "about", "for"}  # what is protested, not where


def _one_person(verb: Token) -> Token | None:
    """"The Russian dissident Andrei Sakharov protested", "a caller who protested the
    city's ban": one person named as the protester, at no place, objected; a
    demonstration is a public gathering (ACLED), and such a protest is a statement.
    "Activists protested", "Sakharov and his wife protested" (two), "a crowd" and one
    person protesting somewhere ("outside the embassy", "by a hunger strike") stay."""
    if any(c.dep_ in ("prep", "npadvmod") and c.lower_ not in _CAUSE_PREPS
           for c in verb.children):
        return None  # "a student protested outside the embassy": a protest in public
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.tag_ not in ("NN", "NNP"):
        return None
    # "the dissident and physicist Andrei Sakharov": two titles of the one person named
    name = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"),
                subj if subj.ent_type_ == "PERSON" else None)
    if any(c.dep_ == "conj" for c in subj.children) and name in (None, subj):
        return None  # "Sakharov and his wife protested": two
    if name is None and subj.lower_ not in data_files.words("person_nouns.txt"):
        return None
    return name or subj


def _worn_only(trig: Token, worn: set[str], blast: set[str]) -> str | None:
    """"Fighters put on suicide belts in fear of capture": a vest or belt worn is
    no blast; the sentence must tell it go off ("detonated", "killed")."""
    noun = trig.head if trig.dep_ in ("compound", "amod") else trig
    if noun.lemma_.lower() not in ("vest", "belt"):
        return None
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in worn or verb.dep_ in (
            "acl", "relcl", "advcl"):
        return None  # "a bomber wearing a suicide vest": the wearer's deed is told
    if any(t.lemma_.lower() in blast for t in trig.sent):
        return None
    return f"{verb.text} {noun.text} (worn, not set off)"


def _crowd_arms(trig: Token, arms: dict[str, tuple[str, ...]]) -> str | None:
    """"Protesters set off smoke grenades outside parliament", "riot police fired stun
    grenades at the crowd": the non-lethal arms of a crowd or of the police facing it
    blast no one; their use belongs to the demonstration (ACLED: Violent demonstration,
    Protest with intervention), not to a Grenade or an explosive device. Only where the
    sentence names a crowd: "peacekeepers fired smoke grenades at Bosnian Serb forces"
    is left to the other rules."""
    noun = trig.head if trig.dep_ in ("compound", "amod") else trig
    if noun.lower_ not in arms["nouns"]:
        return None
    mods = [c for c in noun.children if c.dep_ in _MOD_DEPS and c.i < noun.i]
    if noun.i > 0:
        mods.append(noun.nbor(-1))
    mod = next((m for m in mods if m.lower_ in arms["modifiers"]), None)
    text = trig.sent.text.lower()
    if mod is None or not any(w in text for w in arms["crowd"]):
        return None
    return f"{mod.text} {noun.text} (a crowd's non-lethal arms)"


def _animal_subject(trig: Token, animals: set[str]) -> str | None:
    """"Red deer stags battle for mating rights", "a lion killed two herders": animals
    that fight or kill are no armed party."""
    verb = trig
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and verb.pos_ == "VERB":
        verb = verb.head
    deps = ("nsubj", "agent") + (("compound", "nmod", "poss") if trig.pos_ == "NOUN" else ())
    for c in verb.children:
        if c.dep_ in deps and (c.lemma_.lower() in animals or any(
                g.dep_ == "pobj" and g.lemma_.lower() in animals for g in c.children)):
            return f"{c.text} {trig.text}"
    return _hazard_subject(verb, trig)


def _hazard_subject(verb: Token, trig: Token) -> str | None:
    """"The fire has destroyed at least 10 houses", "a building housing British troops
    was destroyed by fire": a fire, a storm or a flood that destroys or kills is no
    armed party or rioter (ACLED codes political violence; damage by a hazard is none).
    Only the bare hazard: "artillery fire", "Israeli fire" or "the fire set by
    attackers" name the doers' weapon and stay."""
    if trig.pos_ != "VERB":
        return None
    hazards = _data()["hazards"]
    nouns = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return next((f"{n.text} {trig.text}" for n in nouns if n.lemma_.lower() in hazards
                 and all(c.dep_ in _BARE_DEPS and c.lower_ not in _SOURCE_PREPS
                         for c in n.children)),
                None)


_BARE_DEPS = {"det", "nummod", "prep", "punct"}  # "the fire", "the blaze in the market"
# ... but "fire from Israeli tanks", "the fire of the helicopter" name who fired
_SOURCE_PREPS = {"by", "from", "of"}


def _aircraft_flying(trig: Token, aircraft: set[str], flight: set[str],
                     missions: set[str]) -> str | None:
    """"Warplanes patrolled the skies", "jets flew over the town": an aircraft named as
    the subject of a verb of flight did only fly; a strike needs a weapon dropped or
    fired (its own trigger, "bombed", "struck", keeps the event)."""
    noun = trig.head if trig.dep_ == "compound" else trig  # "fighter jets", "war planes"
    if noun.lower_ not in aircraft or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in flight or any(
            c.lower_ == "against" or (c.dep_ == "dobj" and c.lemma_.lower() in missions)
            for c in verb.subtree):
        return None  # "flew 20 sorties", "flew missions against IS targets": strikes
    return f"{noun.text} {verb.text} (a flight)"


def _aircraft_downed(trig: Token, aircraft: set[str]) -> str | None:
    """ "Rebels shot down a Syrian warplane", "a jet was downed": the aircraft is what was
    hit, no strike of its own (the shoot-down is the event: ACLED's Armed clash)."""
    noun = trig.head if trig.dep_ == "compound" else trig
    verb = noun.head
    if noun.lower_ not in aircraft or noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    if verb.lemma_.lower() == "down" or (verb.lemma_.lower() == "shoot" and any(
            c.lower_ == "down" for c in verb.children)):
        return f"{verb.text} {noun.text} (a shoot-down)"
    return None


def _traded(trig: Token, trade: set[str], arms: set[str]) -> str | None:
    """"$1 billion in missiles" within "arms sales", "selling artillery", "the deal
    includes howitzers": a weapon bought or sold is goods, nothing is fired."""
    if trig.lower_ not in arms:
        return None
    for anc in list(trig.ancestors)[:5]:
        if anc.lemma_.lower() in trade or any(
                c.lemma_.lower() in trade and c.dep_ in _MOD_DEPS | {"nsubj"}
                for c in anc.children):  # "the deal includes 180 howitzers"
            return f"{trig.text} ({anc.text})"
    return None


def _fall_ranking(trig: Token, words: set[str]) -> str | None:
    """"fell to 18th in population growth", "fell to $40": a ranking or a price."""
    if trig.lemma_.lower() != "fall" or trig.i + 2 >= len(trig.doc):
        return None
    nxt, after = trig.nbor(1), trig.nbor(2)
    if nxt.lower_ != "to":
        return None
    if after.like_num or after.lower_ in words or after.text[:1] in ("$", "£", "€") or (
            after.text[:-2].isdigit() and after.text[-2:] in ("st", "nd", "rd", "th")):
        return f"{trig.text} to {after.text}"
    return None
