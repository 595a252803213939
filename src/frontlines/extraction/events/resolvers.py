"""Typing a trigger over ACLED's sub-event types: a registry of small resolvers.

Generic triggers ("attacked", "killed", "retook", "captured") are typed by the
words around them: the weapon words of the sentence, who acts (state forces or a
non-state group) and whom it is done to (civilians or armed men). Each decision
is a small function registered under a name with :func:`resolver`, in spaCy's
registry style; ``data/type_rules.yaml`` gives the order in which the general
rules run and which resolver each trigger kind ("@attack", "@territory_gov")
goes to, with the word lists the resolvers read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span, Token

from frontlines import data, settings
from frontlines.domain import taxonomy as tx
from frontlines.extraction.docs import sentence_ents
from frontlines.extraction.events.flags import clause_verb
from frontlines.extraction.events.lexicon import Lexicon, find_cues, load_lexicon, token_keys
from frontlines.extraction.events.roles import timed_gerunds
from frontlines.extraction.events.triggers import actor_class, is_civilian, weapon_type
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.places.recognize import PLACE_LABELS
from frontlines.extraction.words import PERSON_RELATIVES, no_longer_serving

Result = tuple[str | None, str]  # (sub-event type or None: no event, the deciding words)
NOTHING: Result = (None, "")
Resolver = Callable[["Case"], "Result | None"]

RESOLVERS: dict[str, Resolver] = {}
COMBATANTS_TAKEN = "combatants taken"  # why of soldiers captured: a taking all the same


def resolver(name: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver under ``name`` (the name type_rules.yaml refers to)."""
    def register(fn: Resolver) -> Resolver:
        if name in RESOLVERS:
            raise ValueError(f"resolver {name!r} registered twice")
        RESOLVERS[name] = fn
        return fn
    return register


@dataclass(frozen=True)
class Case:
    """What a resolver looks at: the trigger's kind, roles and sentence."""

    kind: str
    agent: Span | None
    patient: Span | None
    context: list[Token]
    lex: Lexicon
    trigger: Token | None

    def cue(self, tokens: list[Token] | Span | None, cls: str) -> list[tuple[int, int]]:
        """Matches of one cue class of triggers.yaml in tokens (none for None)."""
        return find_cues(list(tokens), self.lex.cue_first[cls]) if tokens is not None else []

    @property
    def lemma(self) -> str:
        return self.trigger.lemma_.lower() if self.trigger is not None else ""


@cache
def rules() -> dict:
    """type_rules.yaml, its word lists as sets and its weapon types checked."""
    raw = dict(data.load("type_rules.yaml"))
    for _cls, sub in raw["weapon_order"]:
        if tx.sub_event(sub) is None:
            raise ValueError(f"type_rules.yaml: weapon_order: {sub!r} is no ACLED sub-event type")
    missing = [n for n in [*raw["rules"], *raw["kinds"].values()] if n not in RESOLVERS]
    if missing:
        raise ValueError(f"type_rules.yaml: no resolver registered as {missing}")
    return raw


def words(name: str) -> frozenset[str]:
    """A word list of type_rules.yaml."""
    return data.words("type_rules.yaml", name)


def resolve_type(kind: str, agent: Span | None, patient: Span | None, context: list[Token],
                 lex: Lexicon | None = None, trigger: Token | None = None) -> Result:
    """Concrete sub-event type of a trigger and the words that decided it: the first
    rule of type_rules.yaml that decides."""
    case = Case(kind, agent, patient, context, lex or load_lexicon(), trigger)
    for name in rules()["rules"]:
        out = RESOLVERS[name](case)
        if out is not None:
            return out
    return NOTHING


def _text(span: Span | None) -> str:
    return span.text if span is not None else ""


# ------------------------------------------------------------------ general rules

@resolver("armed_protest")
def _armed_protest(c: Case) -> Result | None:
    if c.kind in tx.PROTEST_TYPES and actor_class(c.agent, c.lex) is not None and (
            c.agent.root.lemma_.lower() not in words("protester_heads")) and not (
            _political_side(c.agent, c.lex)) and not _men_who_protest(c):
        # "troops marched into ...": armed men do not protest ("opposition supporters
        # blocked streets": the supporters do)
        if c.lemma in words("battle_nouns") and actor_class(c.patient, c.lex) is not None:
            # "Militants clashed with security forces": a crowd's clash with police is a
            # riot, but two armed, organised sides fight a battle (ACLED's Armed clash)
            return tx.ARMED_CLASH, c.patient.text
        return NOTHING
    return None


def _men_who_protest(c: Case) -> bool:
    """ "Hundreds of these soldiers demonstrated outside UN headquarters", "about 30
    unarmed PM officers protested", "Some 500 militants from France's far-right National
    Front demonstrated in Paris": a verb that says nothing but a protest (not "march",
    which troops do on the move), done by a crowd of people (a plural or a count, not an
    institution: "the army protested" lodges a complaint), is a demonstration whoever the
    people are; the codebook codes soldiers or police who protest in their own cause as
    protesters, with no weapon used."""
    if c.trigger is None or c.agent is None or c.trigger.pos_ != "VERB" or (
            c.lemma not in words("protest_only_verbs")):
        return False
    root = c.agent.root
    return root.tag_ == "NNS" and root.lemma_.lower() not in words("armed_units")


def _political_side(agent: Span, lex: Lexicon) -> bool:
    """"The opposition BNP held a demonstration": a side armed only by the word
    "opposition" is a party when it protests (ACLED codes a party's demonstration as
    protesters); "opposition fighters" stay armed by their own word."""
    toks = list(agent)
    hits = [h[0] for h in find_cues(toks, lex.cue_first["nonstate"])]
    hits += [h[0] for h in find_cues(toks, lex.cue_first["state"])]
    return bool(hits) and all(toks[i].lower_ in words("political_sides") for i in hits)


@resolver("engaged_in_other")
def _engaged(c: Case) -> Result | None:
    """ "engaging in sexual conduct", "engaged in negotiations": no clash."""
    if c.kind == tx.ARMED_CLASH and c.lemma == "engage":
        for child in c.trigger.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                fighting = any(t.lower_ in words("fight_nouns") for t in child.subtree)
                return None if fighting else NOTHING
    return None


@resolver("civilian_clash")
def _civilian_clash(c: Case) -> Result | None:
    """ "villagers clashed with sticks" (not "a woman fighting alongside Kurdish forces");
    "workers clashed with riot police": a crowd fighting the forces that police a
    demonstration riots at one (ACLED: Violent demonstration, not mob violence)."""
    if c.kind == tx.ARMED_CLASH and _crowd_against_riot_police(c):
        return tx.VIOLENT_DEMONSTRATION, c.patient.text
    if c.kind == tx.ARMED_CLASH and is_civilian(c.agent, c.lex) and not (
            c.trigger is not None and actor_class(_subtree(c.trigger), c.lex)):
        return tx.MOB_VIOLENCE, c.agent.text
    if c.kind == tx.ARMED_CLASH and _one_armed_side(c):
        return tx.ATTACK, "civilians the only other side"
    return None


def _crowd_against_riot_police(c: Case) -> bool:
    """ "Hundreds of students clashed with riot police": people with no arms of their
    own who fight the forces that police a demonstration riot at one (ACLED: Violent
    demonstration; an armed clash needs two armed, organised sides)."""
    if c.agent is None or c.patient is None:
        return False
    if not c.cue(c.patient, "crowd_control_forces") and not _police_met_by_crowd(c):
        return False
    return is_civilian(c.agent, c.lex) or actor_class(c.agent, c.lex) is None


def _police_met_by_crowd(c: Case) -> bool:
    """ "about 100 placard-waving students clashed with about the same number of uniformed
    and plain clothes police": police (not "riot police" by name) fought by a crowd the
    report names as one that protests (students, workers, demonstrators) are the force
    policing its demonstration; ACLED codes that fight as a Violent demonstration, never
    a battle (two armed, organised sides). Villagers or gunmen who clash with police are
    left as they were, and so is the fight told from the police's side ("Riot police
    clashed with anti-government protesters"), which the riot's merge already reads."""
    police = words("arresting_forces") - {"authorities"}
    return any(t.lower_ in police for t in c.patient) and _protesting_crowd(c.agent, c)


def _protesting_crowd(span: Span, c: Case) -> bool:
    """A crowd named as one that protests: its head is a protester's noun ("students",
    "workers") or a protest word is in it ("anti-government protesters")."""
    return span.root.lemma_.lower() in words("protester_heads") or bool(c.cue(span, "protest"))


def _one_armed_side(c: Case) -> bool:
    """ "Fulani militiamen clashed with villagers", "Islamist fighters killed 30 villagers
    in clashes": an armed group whose only other side, or only dead, are civilians
    attacked them (ACLED: violence against civilians is an Attack whatever the report
    calls it; a battle needs two armed, organised sides). Not when an armed side or
    armed dead are named ("clashes between the army and rebels", "23 Kurds were killed
    in the clashes, including civilians, while the regime lost 30 fighters"); a state
    force that clashed with villagers met a riot, left alone."""
    t = c.trigger
    if t is None or actor_class(c.agent, c.lex) is None or c.cue(c.context, "protest") or (
            _armed_victims([x for x in c.context if c.agent.start > x.i or x.i >= c.agent.end],
                           c.lex)):
        return False
    if c.patient is not None:  # ("police clashed with villagers": the villagers rioted)
        # people, not their places ("Isis fights from civilian areas": no one attacked)
        return actor_class(c.agent, c.lex) == "nonstate" and is_civilian(
            c.patient, c.lex) and not _vague(c.patient, c.lex) and (
            c.patient.root.lower_ == "civilians" or _person_head(c.patient.root, c.lex))
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in words("battle_preps") else None
    if verb is None or verb.lemma_.lower() != "kill" or any(
            ch.lower_ in ("with", "between") for ch in t.children):
        return False
    dead = [ch for ch in verb.children if ch.dep_ == "dobj"]
    return bool(dead) and is_civilian(_subtree(dead[0]), c.lex) and not _vague(
        _subtree(dead[0]), c.lex)


@resolver("thrown_stones")
def _thrown_stones(c: Case) -> Result | None:
    """ "Palestinian youths hurled rocks at Israeli troops", "stone-throwing youths clashed
    with police": ACLED codes stones, rocks or petrol bombs thrown as a riot, a violent
    demonstration when protesters throw them and mob violence when a crowd with no
    demonstration does; never an armed clash, unless both sides fire ("exchanged fire")."""
    if c.kind not in (tx.ARMED_CLASH, "@attack") or c.trigger is None:
        return None
    scene = _own_scene(c)
    thrown = c.cue(scene, "thrown")
    if not thrown or c.cue(scene, "exchange_of_fire"):
        return None
    cue = " ".join(t.text for t in scene[thrown[0][0]:thrown[0][1]])
    protest = c.lex.cue_words("protest") - {"students", "crowd", "crowds"}
    if any(t.lower_ in protest or t.lemma_.lower() in protest for t in scene) or c.cue(
            scene, "crowd_control_forces") or c.cue(c.patient, "crowd_control_forces"):
        return tx.VIOLENT_DEMONSTRATION, cue
    return tx.MOB_VIOLENCE, cue


@resolver("mob")
def _mob(c: Case) -> Result | None:
    """ACLED: violence by a mob or vigilantes ("murdered by vigilantes", "vigilante
    operatives repelled an attack") is mob violence."""
    if c.kind == tx.MOB_VIOLENCE and c.trigger is not None and c.trigger.dep_ in {
            "nsubj", "nsubjpass", "pobj"} and _armed_vigilantes(replace(
                c, agent=_subtree(c.trigger), kind="@kill", trigger=c.trigger.head)):
        return NOTHING  # the bare noun of armed killers: the verb's deed types it
    if c.agent is None or not c.cue(c.agent, "mob") or _armed_vigilantes(c):
        return None
    if c.kind in rules()["mob_kinds"] or (c.kind == tx.LOOTING and _a_person(c.patient, c.lex)):
        # "a suspected thief was set ablaze by an angry mob": a person burnt, not property
        return tx.MOB_VIOLENCE, c.agent.text
    return None


def _armed_vigilantes(c: Case) -> bool:
    """ "Vigilantes shot dead four suspected thieves", "armed vigilantes killed three":
    vigilantes who kill with guns are armed men (ACLED: an Attack, or an Armed clash on
    armed men), not a crowd; a mob, a lynching or vigilantes who beat stay Mob violence."""
    agent = {t.lower_ for t in c.agent} if c.agent is not None else set()
    if not agent & words("armed_mob_words") or agent & {"mob", "mobs"}:
        return False
    if any(t.lower_.startswith("lynch") for t in c.context):
        return False
    return c.lemma in words("gunfire_verbs") or any(
        t.lower_ in words("armed_words") for t in [*c.agent, *c.context])


def _with_apposition(patient: Span) -> list[Token]:
    """A patient phrase and its apposition ("Haydar Kirkan, a Turkish al-Qaeda leader"),
    and whom it was killed along with ("Al-Bajjari was killed along with several other
    ISIS fighters": one of the fighters, so no attack on a civilian)."""
    said = [t for c in patient.root.children if c.dep_ == "appos" and c.i >= patient.end
            for t in c.subtree]
    return [*patient, *said, *_companions(patient.root)]


def _companions(root: Token) -> list[Token]:
    """The words of those a victim was hit along with: "along with", "together with" or
    "alongside" on the victim's verb or on the victim itself."""
    heads = [root, root.head] if root.dep_ in {"nsubjpass", "dobj"} else [root]
    preps = []
    for h in heads:
        along = [p for p in h.children if p.lower_ in ("along", "together")]
        preps += [p for p in h.children if p.lower_ == "alongside" or (
            p.lower_ == "with" and along)]  # "killed along with": "along" a particle
        preps += [w for p in along for w in p.children if w.lower_ == "with"]
    return [t for p in preps for g in p.children if g.dep_ == "pobj" for t in g.subtree]


def _no_one_named(agent: Span | None) -> bool:
    """Whether an agent phrase names no one: none, or only the fire that killed
    ("killed by sniper fire", "hit by a stray bullet")."""
    return agent is None or agent.root.lemma_.lower() in words("fire_agents")


def _a_person(span: Span | None, lex: Lexicon) -> bool:
    """Whether a patient phrase names a person or people ("a notorious cultist", "two
    suspected thieves"), not property."""
    if span is None:
        return False
    root = span.root
    return root.ent_type_ == "PERSON" or root.lower_ in lex.cue_words("person") or (
        root.lemma_.lower() in data.words("person_nouns.txt"))


def _bodies_found(c: Case) -> bool:
    """ "Police found the bodies of two men with gunshot wounds": bodies found with
    signs of violence are an attack by an unidentified armed group (the codebook), the
    finders no side of it; not when the dead are named as armed men ("the bodies of
    three soldiers")."""
    if not _no_one_named(c.agent):
        return False
    for t in c.context:
        if t.lemma_.lower() == "body" and t.head.lemma_.lower() in words("finding_verbs"):
            return not _armed_victims(list(t.subtree), c.lex)
    return False


def untagged_name(span: Span | None) -> bool:
    """ "Noor Jehan was shot five times": a name of two proper nouns the tagger gives no
    entity type, shot: guns are fired at people, so it names a person."""
    if span is None:
        return False
    root = span.root
    return root.pos_ == "PROPN" and root.ent_type_ == "" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "" for c in root.children)


def _shot_by_name(trigger: Token | None, patient: Span | None) -> bool:
    """ "Finucane was shot 14 times", "Djindjic, Serbia's first democratic premier, was
    fatally shot", "a 24-year-old Israeli was shot and killed": the passive subject of a
    gunfire verb named by a proper noun or a nationality is a person (guns are fired at
    people; a town is shelled, an aircraft shot down), whatever entity type the tagger
    gives the name. Not "shot down": an aircraft."""
    if trigger is None or patient is None or any(
            c.dep_ == "prt" for c in trigger.children):
        return False
    root = patient.root
    return root.dep_ == "nsubjpass" and root.head.i == trigger.i and (
        root.pos_ == "PROPN" or root.ent_type_ == "NORP") and root.tag_ in {"NNP", "NN", "JJ"} \
        or _told_as_person(root)


@resolver("arrest_at_protest")
def _arrest_at_protest(c: Case) -> Result | None:
    if c.kind == tx.ARRESTS and c.trigger is not None and _at_protest(c):
        return tx.PROTEST_WITH_INTERVENTION, "arrest at a protest"
    return None


@resolver("work_stoppage")
def _work_stoppage(c: Case) -> Result | None:
    """ "shops were closed by a strike called by separatist groups", "observed a general
    strike": a stoppage called, observed or shutting a town is a strike of work, which
    ACLED codes as a demonstration (Peaceful protest), never an attack."""
    t = c.trigger
    if t is None or t.pos_ != "NOUN" or t.lemma_.lower() not in words("stoppage_nouns") or (
            _armed_strike(t)) or not any(w.lower_ in words("work_cues") for w in t.sent):
        return None
    calls, shuts = words("stoppage_verbs"), words("shut_verbs")
    called = any(ch.dep_ == "acl" and ch.lemma_.lower() in calls for ch in t.children) or (
        t.dep_ in {"dobj", "nsubjpass"} and t.head.lemma_.lower() in calls)
    shut = t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.lemma_.lower() in shuts
    general = any(ch.dep_ in {"amod", "compound"} and ch.lower_ in words("stoppage_marks")
                  for ch in t.children)
    return (tx.PEACEFUL_PROTEST, "a strike of work") if called or shut or general else None


def _armed_strike(t: Token) -> bool:
    """ "an air strike called in by ground forces", "strikes on militant positions", "a
    strike that wounded two contractors": a weapon on the noun, a target phrase or a
    killing or wounding of its own make the strike an armed one, never a strike of work
    (however "called", "announced" or "closing" something it is)."""
    dead = words("strike_dead")
    return any(
        ch.dep_ in {"amod", "compound", "nmod"} and ch.lower_ in words("strike_weapon_marks")
        or ch.dep_ == "prep" and ch.lower_ in words("strike_aim_preps")
        or ch.dep_ in {"relcl", "acl"} and ch.lemma_.lower() in dead
        for ch in t.children) or (
        t.dep_ == "nsubj" and t.head.lemma_.lower() in dead)


@resolver("crowd_force")
def _crowd_force(c: Case) -> Result | None:
    """ "Soldiers fired rubber bullets, injuring five Palestinians", "police shot rubber
    bullets at worshippers": the arms of crowd control tell force used on a crowd, which
    ACLED codes as a protest the force intervened in (Protest with intervention; the
    riot and lethal cues of triggers.yaml make it a Violent demonstration or Excessive
    force against protesters), not an Armed clash or an Attack. Not force by an armed
    group, nor on armed men."""
    if c.kind not in {"@attack", "@kill"} or c.trigger is None or actor_class(
            c.agent, c.lex) == "nonstate":
        return None
    text = " " + " ".join(t.lower_ for t in c.trigger.sent) + " "
    if not any(f" {w} " in text for w in words("crowd_weapons")) or (
            c.patient is not None and actor_class(c.patient, c.lex) is not None):
        return None
    if c.cue(list(c.trigger.sent), "riot"):
        return tx.VIOLENT_DEMONSTRATION, "crowd-control arms"  # "youths who threw stones"
    return tx.PROTEST_WITH_INTERVENTION, "crowd-control arms"


@resolver("armed_target")
def _armed_target(c: Case) -> Result | None:
    """ "Gunmen shot dead an American soldier", "two policemen were gunned down": ACLED
    codes violence against soldiers, police or militants as a battle (Armed clash), its
    Attack being violence against civilians. A victim phrase with civilians in it ("a
    policeman and a businessman") stays an attack."""
    if c.kind != tx.ATTACK or c.lemma not in words("gunfire_verbs") or c.patient is None:
        return None
    if actor_class(c.patient, c.lex) is None or c.cue(c.patient, "civilians") or \
            _civilian_among(list(c.patient) + _conjoined(c.patient), c.lex) or (
            _civil_office(c.patient.root)) or _political_side(c.patient, c.lex) or (
            no_longer_armed(c.patient)):
        # ("opposition Congressman Mario Pivaral was shot to death": a party's man, armed
        # only by the word "opposition", is a civilian hit)
        return None
    return tx.ARMED_CLASH, c.patient.text


def no_longer_armed(span: Span | None) -> bool:
    """ "A former Iraqi army colonel and his nephew were fatally shot": the victim
    phrase's head no longer serves (words.no_longer_serving); killed, he is a civilian hit
    (ACLED's Attack), not a side in a battle."""
    return span is not None and no_longer_serving(span.root)


def _civil_office(root: Token) -> bool:
    """A victim named by a civilian's office ("Secretary general of the Union of Popular
    Forces party"): the group its "of" names is the one he serves, not armed men hit."""
    return _rank_word(root) and not armed_rank(root)


def _conjoined(patient: Span) -> list[Token]:
    """The words of those hit along with the patient's head that the phrase leaves out ("a
    policeman, businessman and rubber plantation worker": the parse hangs them on it)."""
    return [t for cj in patient.root.conjuncts if cj.i >= patient.end for t in cj.subtree]


def _civilian_among(hit: list[Token], lex: Lexicon) -> bool:
    """Whether civilians are among those hit: a civilian word, or a person's noun that
    names no armed man ("businessman", "a shopkeeper"): ACLED codes an attack on
    civilians as an Attack even when armed men fell with them."""
    return bool(find_cues(hit, lex.cue_first["civilians"])) or any(
        t.lemma_.lower() in data.words("person_nouns.txt")
        and not find_cues([t], lex.cue_first["state"])
        and not find_cues([t], lex.cue_first["nonstate"])
        and not armed_rank(t) for t in hit if t.pos_ == "NOUN")


def armed_rank(tok: Token) -> bool:
    """Whether a word is a rank an armed man may go by ("a commander", "the general"), not
    a civilian's office or standing told by the words before it ("Secretary general",
    "tribal leader", "opposition leader"): ACLED's Attack targets such people."""
    if not _rank_word(tok):
        return False
    marks = words("civil_rank_marks")
    return not any(c.lower_ in marks for c in tok.children
                   if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < tok.i) and not (
        tok.i > 0 and tok.nbor(-1).lower_ in marks)


def _rank_word(tok: Token) -> bool:
    """A word of the ranks list ("commander", "leader", "general"), by its lemma or its
    form: the one rank test of ``armed_rank`` and ``_civil_office``."""
    ranks = words("armed_ranks")
    return tok.lemma_.lower() in ranks or tok.lower_ in ranks


@resolver("downed_aircraft")
def _downed_aircraft(c: Case) -> Result | None:
    """ "Rebels shot down an army helicopter", "a warplane was downed near Idlib": a manned
    aircraft brought down by the other side is a battle (ACLED: Armed clash); a drone, a
    missile or a rocket shot down stays Disrupted weapons use."""
    if c.kind != tx.DISRUPTED_WEAPONS or c.trigger is None or \
            c.trigger.lower_ not in words("downing_words"):
        return None
    verb = c.trigger if c.trigger.pos_ in {"VERB", "AUX"} else c.trigger.head
    heads = [t for t in verb.children if t.dep_ in {"dobj", "nsubjpass"}]
    if not heads:  # a headline's passive: "Witnesses: Helicopter shot down in Mogadishu"
        heads = [t for t in verb.children if t.dep_ == "nsubj"]
    if c.patient is not None:
        heads.append(c.patient.root)
    # a type designation too: "a Russian Su-24"
    if any(h.lemma_.lower() in words("manned_aircraft") or h.lower_ in words("manned_aircraft")
           or _AIRCRAFT_TYPE.match(h.text) for h in heads):
        return tx.ARMED_CLASH, "aircraft shot down"
    return None


@resolver("ambushed_civilians")
def _ambushed_civilians(c: Case) -> Result | None:
    """ "Suspected Fulani gunmen ambushed and killed over 39 persons returning from a peace
    summit": an ambush is a battle when it falls on armed men, but one laid for people
    named as civilians is violence against them (ACLED: Attack, not Armed clash)."""
    if c.kind != tx.ARMED_CLASH or c.trigger is None or c.patient is None or \
            c.trigger.lower_ not in words("hidden_attack_words"):
        return None
    if not is_civilian(c.patient, c.lex) or c.cue(c.patient, "nonstate") or \
            c.cue(c.patient, "state"):
        return None
    return tx.ATTACK, c.patient.text


@resolver("offensive")
def _offensive(c: Case) -> Result | None:
    """ "The Syrian Arab Army launched a powerful assault in Wadi Barada", "Jabhat Al-Nusra
    launched a massive offensive ..., targeting 4 recently reconciled villages": an assault
    or an offensive an armed side makes is an operation against the side that holds the
    ground (ACLED: Armed clash, its Attack being violence against civilians); the villages
    or towns it targets are the ground fought over, not civilians hit. An assault on
    people stays with the kind's resolver."""
    if c.kind != "@attack" or c.trigger is None or actor_class(c.agent, c.lex) is None:
        return None
    if not _offensive_trigger(c.trigger):
        return None
    if c.patient is not None and not _ground(c.patient, c.lex):
        return None
    return tx.ARMED_CLASH, "offensive"


def _offensive_trigger(trig: Token) -> bool:
    """An offensive noun ("a new assault"), or a verb of aim that tells what a launched
    offensive targeted ("launched an offensive ..., targeting the villages of")."""
    nouns = words("offensive_nouns")
    if trig.pos_ == "NOUN":
        return trig.lemma_.lower() in nouns
    if trig.lemma_.lower() not in words("offensive_aims") or trig.dep_ not in {"advcl", "xcomp"}:
        return False
    head = trig.head
    return head.lemma_.lower() in nouns or any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in nouns for ch in head.children)


def _ground(patient: Span, lex: Lexicon) -> bool:
    """Whether what an offensive targets is ground: a settlement or area noun, or a named
    place ("the small villages located between Al-Bab and Menbeij", "Jabal Tar")."""
    root = patient.root
    return root.lower_ in lex.cue_words("places") or root.ent_type_ in {"GPE", "LOC", "FAC"}


# a military aircraft's type designation ("Su-24", "MiG-21", "F-16", "Mi-24")
_AIRCRAFT_TYPE = re.compile(r"(?i)^(su|mig|mi|f|tu|ka)-\d+")


@resolver("explicit")
def _explicit(c: Case) -> Result | None:
    """A trigger that names its type keeps it (a chemical weapon goes on: it may be an
    accident at a plant)."""
    if not c.kind.startswith("@") and c.kind != tx.CHEMICAL_WEAPON:
        return c.kind, ""
    return None


@resolver("by_kind")
def _by_kind(c: Case) -> Result | None:
    name = rules()["kinds"].get(c.kind)
    return RESOLVERS[name](c) if name is not None else NOTHING


# ------------------------------------------------------------------ kind resolvers

@resolver("none")
def _none(c: Case) -> Result:
    return NOTHING  # a blocking entry of the lexicon ("missile test")


def _loser(c: Case, side: Span | None) -> Result:
    """The territory battle a side lost: the other side took the place."""
    lost = actor_class(side, c.lex)
    if lost == "state":
        return tx.NON_STATE_OVERTAKES, _text(side)
    if lost == "nonstate":
        return tx.GOVERNMENT_REGAINS, _text(side)
    return NOTHING  # "expels diplomats", "lost his job"


@resolver("expel")
def _expel(c: Case) -> Result:
    """ "pushed out government forces": the expelled lose the place."""
    return _loser(c, c.patient)


_PEOPLE_PRONOUNS = frozenset({"them", "him", "her", "us", "me"})


@resolver("release")
def _release(c: Case) -> Result:
    """ "freed several villages" (territory) vs "freed the hostages" (agreement)."""
    p = c.patient
    if c.trigger is not None and any(ch.dep_ == "dobj" and ch.lower_ in _PEOPLE_PRONOUNS
                                     for ch in c.trigger.children):
        return tx.AGREEMENT, ""  # "released them": a pronoun freed is people, not a town
    # the head of what was freed decides: "guards abducted at a border post" are people
    head = [t for t in p if t.i >= p.root.i] if p is not None else []
    if p is not None and (p.root.ent_type_ in {"GPE", "LOC", "FAC"} or (
            c.cue(head[:3], "places") and not c.cue(p, "releasable"))):
        return RESOLVERS["territory"](replace(c, kind="@territory_gov"))
    if p is None or c.cue(p, "releasable") or c.cue(p, "person") or \
            p.root.ent_type_ in {"PERSON", "NORP"}:
        return tx.AGREEMENT, ""
    return NOTHING  # "released 150,000 gallons of contaminated water"


@resolver("intercept")
def _intercept(c: Case) -> Result:
    """ "intercepted a missile" vs "intercepted a human trafficker"."""
    where = list(c.patient) if c.patient is not None else c.context
    if any(c.cue(where, cls) for cls in ("weapons", "air", "artillery")):
        return tx.DISRUPTED_WEAPONS, ""
    if c.patient is not None and actor_class(c.patient, c.lex) == "nonstate":
        return tx.ARRESTS, c.patient.text
    return NOTHING


@resolver("block")
def _block(c: Case) -> Result:
    """ "paper workers blocked the Europe Bridge": ACLED's codebook codes road-blocking
    as a violent demonstration (not when the police block the road)."""
    if c.patient is None or not c.cue(c.patient, "routes"):
        return NOTHING
    return NOTHING if actor_class(c.agent, c.lex) == "state" else (tx.VIOLENT_DEMONSTRATION, "")


def _agent_weapon(c: Case) -> Result | None:
    """ "Turkish jets destroyed weapon depots": the agent is a weapon, the event its strike."""
    by = weapon_type(unsupported(list(c.agent)), c.lex) if c.agent is not None else None
    return by if by is not None and by[0] != tx.CHEMICAL_WEAPON else None


@resolver("destroy")
def _destroy(c: Case) -> Result:
    by = _agent_weapon(c)
    if by is not None:
        return by  # "jets destroyed weapon depots": the strike, not a seizure
    if c.patient is not None and c.cue(c.patient, "weapons"):
        return tx.DISRUPTED_WEAPONS, c.patient.text  # "destroyed 342 mines and IEDs"
    blast = c.trigger.head if c.trigger is not None and c.trigger.dep_ == "conj" else None
    if blast is not None and blast.lemma_.lower() in words("blast_lemmas"):
        # "the militants detonated the bomb and damaged it": the damage is the blast's
        w = _what_went_off(replace(c, trigger=blast))
        if w is not None:
            return w
    w = weapon_type(_not_struck(_own_scene(c)), c.lex)
    if w is not None and w[0] != tx.CHEMICAL_WEAPON:
        return w
    if actor_class(c.patient, c.lex) is not None:
        # "destroyed four army vehicles", "military equipment of the terrorists": an
        # armed side's means destroyed in fighting, not property destruction
        return tx.ARMED_CLASH, c.patient.text
    return tx.LOOTING, ""


@resolver("withdraw")
def _withdraw(c: Case) -> Result:
    """ "forces withdrew from the town": a transfer when someone takes over."""
    hit = c.cue(c.context, "takeover")
    if hit:
        return tx.NON_VIOLENT_TRANSFER, c.context[hit[0][0]].text
    return tx.CHANGE_TO_GROUP, ""


@resolver("found")
def _found(c: Case) -> Result:
    """ "a stash of firearms was found": disrupted weapons use. Places "recovered" are
    retaken ("the army recovered the regions close to the border")."""
    where = list(c.patient) if c.patient is not None else []
    if c.lemma == "recover" and c.patient is not None and (
            c.patient.root.ent_type_ in {"GPE", "LOC"} or c.cue([c.patient.root], "places")):
        return _taker(c)
    hit = c.cue(where, "weapons")
    if not hit and c.trigger is not None:
        # the parser lost the object: "discovered a large amount of ammunition believed
        # to belong to ...", "a stash of projectiles belonging to the militants"
        where = _found_object(c.trigger)
        hit = c.cue(where, "weapons")
    return (tx.DISRUPTED_WEAPONS, where[hit[0][0]].text) if hit else NOTHING


FOUND_STOPS = {"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"}


def _found_object(trig: Token) -> list[Token]:
    """What was found when no patient names it: a noun trigger's own "of" phrase ("a
    stash of rifles"), else the few words after a verb up to the next verb, clause
    mark or preposition other than "of" ("discovered a large amount of ammunition")."""
    if trig.pos_ == "NOUN":
        return [t for p in trig.children if p.dep_ == "prep" and p.lower_ == "of"
                for t in p.subtree]
    out: list[Token] = []
    for t in trig.doc[trig.i + 1:trig.i + 7]:
        if t.pos_ in FOUND_STOPS or (t.pos_ == "ADP" and t.lower_ != "of"):
            break
        out.append(t)
    return out


@resolver("establish")
def _establish(c: Case) -> Result:
    """ "set up a new observation post"; "a Kurdish unit of the militia has been set up":
    a group formed is a change to the group (the codebook's new group or faction)."""
    where = list(c.patient) if c.patient is not None else c.context
    hit = c.cue(where, "posts")
    if hit:
        return tx.HQ_ESTABLISHED, where[hit[0][0]].text
    if c.patient is not None and c.patient.root.lemma_.lower() in words("armed_units"):
        return tx.CHANGE_TO_GROUP, c.patient.root.text
    return NOTHING


@resolver("bomb")
def _bomb(c: Case) -> Result:
    """ "Israeli planes bombed the base": dropped from the air, else a planted bomb. A
    noun looks in its own clause only ("bombs dropped from a helicopter"); bombs
    dropped are dropped from the air."""
    where = c.context
    if c.trigger is not None and c.trigger.pos_ == "NOUN":
        t = c.trigger
        end = min(t.i + 1 + settings.BOMB_DROPPED_WINDOW, t.sent.end)
        after = list(t.doc[t.i + 1:end])
        where = list(clause_verb(t).subtree) + after  # the parse may hang "dropped" apart
    if c.cue(where, "air") or any(x.lemma_.lower() == "drop" for x in where):
        return tx.AIR_STRIKE, "bombed from the air"
    if _by_air_force(c):
        return tx.AIR_STRIKE, "bombed by an air force"
    if _army_bombed(c.trigger, c.lex):
        return tx.AIR_STRIKE, "bombed by a state's armed forces"
    return tx.REMOTE_EXPLOSIVE, ""


def _army_bombed(trigger: Token | None, lex: Lexicon) -> bool:
    """ "US Marines bomb a mosque in central Fallujah": a state's armed forces as the
    subject of the verb bomb (any of its subjects: the parse may make a dateline one)
    bomb from the air (ACLED: Air/drone strike); armed groups plant bombs. Not the
    police, who do not fly."""
    if trigger is None or trigger.pos_ != "VERB":
        return False
    police = words("arresting_forces")
    return any(ch.dep_ == "nsubj" and actor_class(_subtree(ch), lex) == "state" and not any(
        t.lower_ in police for t in ch.subtree) for ch in trigger.children)


def _by_air_force(c: Case) -> bool:
    """A bombing by a force that bombs only from the air ("bombings by the coalition",
    "a coalition bombing on their home"): its agent or a modifier of the noun."""
    forces = words("air_forces")
    named = [c.agent.root] if c.agent is not None else []
    if c.trigger is not None:
        named += [x for x in c.trigger.children if x.dep_ in ("compound", "amod", "nmod")]
    return any(w.lower_ in forces for w in named)


@resolver("explosion")
def _explosion(c: Case) -> Result:
    """An explosion, or a chemical weapon: by the weapon words, unless an accident."""
    if c.kind == "@explosion" and _accident_source(c):
        return NOTHING  # the boiler, gas container or plant blew up: an accident
    if c.kind == "@explosion" and _set_off_to_dispose(c):
        return tx.DISRUPTED_WEAPONS, _text(c.agent)
    w = _what_went_off(c) or weapon_type(c.context, c.lex)
    armed = _armed_victims(c.context, c.lex) or (w is not None and w[0] != tx.CHEMICAL_WEAPON)
    if not armed and c.cue(c.context, "industrial"):
        return NOTHING  # gas tank, boiler, chemical plant leak: an accident, not an event
    if c.kind == tx.CHEMICAL_WEAPON:
        return c.kind, ""
    return w if w is not None else (tx.REMOTE_EXPLOSIVE, "")


def _what_went_off(c: Case) -> Result | None:
    """The weapon an explosion's own words name ("the militants detonated the bomb", "a
    roadside bomb exploded"): it types the blast before any weapon elsewhere in the
    sentence ("when the Israeli tank approached the bomb": the tank was the target)."""
    if c.trigger is None:
        return None
    for ch in c.trigger.children:
        if ch.dep_ in {"dobj", "nsubjpass", "nsubj"}:
            w = weapon_type(list(ch.subtree), c.lex)
            if w is not None:
                return w
    return None


def _set_off_to_dispose(c: Case) -> bool:
    """ "The Zanzibar Police Force has detonated an object believed to be a bomb",
    "Israeli soldiers detonated an explosive device ..., and no injuries were reported":
    a device that state forces set off hurting no one is a bomb disposed of (ACLED:
    Disrupted weapons use), not an attack with a planted bomb. A weapons test ("India
    detonated three underground nuclear devices") is no disposal."""
    if c.lemma != "detonate" or c.agent is None or any(
            t.lower_ in words("weapon_tests") for t in c.context):
        return False
    if actor_class(c.agent, c.lex) != "state" or c.trigger is None or not any(
            ch.dep_ == "dobj" and any(t.lemma_.lower() in words("disposed_devices")
                                      for t in ch.subtree) for ch in c.trigger.children):
        # "experts detonated a suitcase": no actor a record could carry; "a car parked
        # near the government building detonated": the bomb went off; "soldiers
        # detonated the family home": a demolition, no device made safe
        return False
    hurt = [s for s, _e in find_cues(c.context, c.lex.cue_first["casualty"])
            if s == 0 or c.context[s - 1].lower_ not in {"no", "without"}]
    return not hurt


def main_clause(tok: Token) -> Token:
    """The verb of the coordinated clause a token is in: the sentence's root or one of
    its conjuncts (an adverbial "when a roadside bomb exploded" belongs to its clause),
    or a contrasting clause with a subject of its own ("..., while in Kirkuk a roadside
    bomb wounded five soldiers": a second report beside the first, not its time)."""
    for a in [tok, *tok.ancestors]:
        if a.pos_ in {"VERB", "AUX"} and (a.dep_ in {"ROOT", "conj"} or _own_clause(a)):
            return a
    return tok.sent.root


def _own_clause(verb: Token) -> bool:
    """A clause of its own below another: an adverbial clause opened by a contrast mark
    ("while", "whereas") that names its own subject ("while the army shelled Idlib",
    unlike "killed while driving to work", whose subject is the main clause's), or a
    clause the parse hangs under the next one across a semicolon ("Gunmen killed two
    soldiers in Arish; in Rafah, a bomb wounded three")."""
    contrast = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in words("contrast_marks") for c in verb.children)
    if contrast and any(told_as_another(t) for c in verb.children if c.dep_ == "prep"
                        for t in c.subtree):
        return True  # "while in another attack gunmen killed ...", the subject parsed as
        # the attack's: the contrast and the other attack tell a second report
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in words("contrast_marks")
                   for c in verb.children)
    head = verb.head
    lo, hi = sorted((verb.i, head.i))
    return verb.dep_ in {"ccomp", "parataxis"} and any(
        c.text == ";" and lo < c.i < hi for c in head.children)


def told_as_another(tok: Token) -> bool:
    """An event noun its own words tell as one more incident, not the one told before
    it: "in another attack", "a separate air strike", "separate anti-Chinese riots", "a
    second car bomb" (not "two separate attacks", which listed.separate_ones counts)."""
    if tok.pos_ != "NOUN" or tok.dep_ in {"attr", "appos"} or any(
            c.dep_ == "nummod" or c.lower_ == "such" for c in tok.children):
        return False  # ("was the second such attack this month": the same one, ranked)
    # (the mark of a noun the parse made a compound is its head's: "in another attack
    # gunmen killed", parsed "another [attack gunmen]")
    near = [*tok.children, *(c for c in tok.head.children if c.i < tok.i)
            ] if tok.dep_ == "compound" else list(tok.children)
    return any(c.dep_ in {"amod", "det"} and c.lower_ in words("apart_marks") | words(
        "ordinal_apart_marks") for c in near)


def clause_places(verb: Token) -> set[str]:
    """The scenes of one coordinated clause: place names its words put an event in ("in
    Samarra", "in the town of Suruç"), not an origin ("a missile from Syria") or a
    target ("struck the town of Reyhanli")."""
    return {ent.text.lower() for ent in sentence_ents(verb.sent)
            if ent.label_ in PLACE_LABELS and main_clause(ent.root).i == verb.i
            and _in_place(ent.root)}


# prepositions that put an event in a place
SCENE_PREPS = {"in", "at", "near", "outside", "around", "inside"}


def _in_place(root: Token) -> bool:
    """Whether a name is the scene of a locative phrase ("in the Abu Ghraib area", "in
    the town of Suruç"): the first preposition above it, past "of", is locative; or a
    locative preposition just before the name is left with no object of its own ("while
    in Quetta gunmen shot", parsed as the gunmen's compound "Quetta")."""
    first = min(t.i for t in root.subtree)
    before = root.doc[first - 1] if first > root.sent.start else None
    if before is not None and before.dep_ in {"prep", "mark"} and root.dep_ == "compound" \
            and before.lower_ in SCENE_PREPS and not any(c.dep_ == "pobj" for c in before.children):
        return True
    for a in root.ancestors:
        if a.pos_ in {"VERB", "AUX"}:
            return False
        if a.pos_ == "ADP" and a.lower_ != "of":
            return a.lower_ in SCENE_PREPS or (
                a.lower_ == "on" and a.head.lemma_.lower() in words("strike_nouns"))
    return False


def _own_scene(c: Case) -> list[Token]:
    """The words that may type the trigger: its sentence, or only its own clause when
    coordinated clauses each name a place of their own ("In Samarra, a merchant was
    killed by gunmen, and in Abu Ghraib four people were hurt when a roadside bomb
    exploded": two incidents, and the bomb is not the merchant's)."""
    told = unsupported(scene_words(c.trigger, c.context) if c.trigger is not None
                       else c.context)
    about = _about_the_target(c)
    return [t for t in told if t.i not in about] if about else told


def _about_the_target(c: Case) -> set[int]:
    """The words of a relative clause on a thing or place the deed was done to ("attacked
    an army post outside the town that had long shelled surrounding areas", "a convoy
    which carried rockets"): they tell what it is or did, not the arms it was hit with.
    Not a clause on an event noun ("killed in an attack which involved mortars") nor
    on the doer ("militants, who fired mortars, attacked the base")."""
    if c.trigger is None:
        return set()
    doer = set(range(c.agent.start, c.agent.end)) if c.agent is not None else set()
    out: set[int] = set()
    for t in c.trigger.subtree:
        head = t.head
        if t.dep_ != "relcl" or head.i in doer or head.i == c.trigger.i or (
                head.lower_ in c.lex.by_first or head.pos_ not in ("NOUN", "PROPN")):
            continue
        if c.trigger not in t.subtree:
            out |= {x.i for x in t.subtree}
    return out


def unsupported(tokens: list[Token]) -> list[Token]:
    """The tokens outside a force's support phrase: "troops backed by artillery stormed
    the village" is a ground assault, not shelling (the SPEC's "battled IS fighters ...
    backed by Russian air strikes" is an armed clash); the support's own strikes are
    coded where a sentence tells them as the deed."""
    support = words("support_words")
    return [t for t in tokens if not any(a.lower_ in support and a.tag_ in _SUPPORT_TAGS
                                         for a in t.ancestors)
            and not fought_with(t) and not _in_unit_name(t)]


# "backed by", "with help from", "under the cover of": a support noun or a passive
# participle; the verbs ("air strikes help Kurdish forces") tell the strike as the deed
_SUPPORT_TAGS = {"NN", "NNS", "VBN", "JJ"}


def _in_unit_name(tok: Token) -> bool:
    """ "the SAA's 137th Artillery Brigade launched a counter-attack", "the 104th Airborne
    Brigade": a weapon word in the name of a ground unit names the unit, not the arms of
    the deed (ACLED types an event by how it was fought)."""
    cur = tok
    while cur.dep_ in {"compound", "amod", "nmod"} and cur.head.i != cur.i:
        cur = cur.head
    return cur is not tok and cur.lower_ in words("unit_nouns") and (
        tok.text[:1].isupper() or any(t.ent_type_ == "ORDINAL" for t in cur.subtree))


def _not_struck(tokens: list[Token], verbs: frozenset[str] | None = None) -> list[Token]:
    """The tokens outside what a deed destroyed, captured or hit ("destroying at least 5
    vehicles ..., including 2 tanks", "the destruction of two tanks", "captured a mortar
    position"): arms hit or taken are the target, not the weapon the deed was done with.
    A killing beside them gives the verbs of destroying only ("killed more than 50
    terrorists, while also destroying 3 tanks"; a vehicle that "hit a mine" was hit by it)."""
    struck_heads = (words("struck_verbs") if verbs is None else verbs) | words("struck_nouns")

    def target(t: Token) -> bool:
        for a in [t, *t.ancestors]:
            if a.dep_ == "dobj" and a.head.lemma_.lower() in struck_heads:
                return True
            if a.dep_ == "pobj" and a.head.lower_ == "of" and (
                    a.head.head.lemma_.lower() in struck_heads):
                return True
        return False
    return [t for t in tokens if not target(t)]


def fought_with(tok: Token) -> bool:
    """Whether a word names what a battle was fought with ("rebels and troops fought with
    tanks and mortars", "fighting between the army and militants with heavy weapons"):
    the arms of ground fighting, not shelling of their own (ACLED: shelling is fired
    from afar by one side; two sides engaged are an Armed clash, whatever their arms)."""
    battle = words("battle_nouns")
    for w in tok.ancestors:
        if w.lower_ != "with" or w.dep_ != "prep":
            continue
        for h in [w.head, *w.head.ancestors]:
            if h.lemma_.lower() in battle:
                return True
            if h.pos_ in {"VERB", "AUX"}:
                break
        return False
    return False


def scene_words(trigger: Token, context: list[Token]) -> list[Token]:
    """The context words of the trigger's own incident: all of them, or only its own
    clause's in its sentence when clauses each name a place of their own (the cues
    that retype a trigger, "blocked roads", "tear gas", are its clause's too). What the
    people taken had done is never the scene of another word ("raided a village and
    arrested five suspects linked to a suicide bombing": a raid, no suicide bomb)."""
    mine = clause_apart(trigger)
    if mine is not None:
        context = [t for t in context if t.sent != mine.sent or main_clause(t).i == mine.i]
    taking = words("taking_verbs")
    if not any(t.lemma_.lower() in taking for t in trigger.sent) or deed_of_taken(trigger):
        return context  # (no verb of taking in the sentence: no deed of people taken)
    return [t for t in context if t.sent != trigger.sent or not deed_of_taken(t)]


def deed_of_taken(tok: Token) -> bool:
    """Whether a word tells what people arrested or captured had done or carried:
    "arrested two men suspected of throwing a grenade", "captured a militant who had
    planted a bomb", "was captured after allegedly throwing the grenade". ACLED codes
    the taking (Arrests); the deed is its reason, told as background. A clause with a
    subject of its own ("arrested three men after a bomb killed five") tells another
    incident. The thing taken itself ("seizing a suicide vest") is no deed."""
    child, told = tok, False
    for anc in tok.ancestors:
        if child.dep_ in {"conj", "cc", "nsubj", "nsubjpass", "agent"}:
            return False
        if child.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WP", "WDT"}
                for c in child.children):
            return False
        if anc.lemma_.lower() in words("taking_verbs") and any(
                c.dep_ in {"dobj", "nsubjpass"} for c in anc.children):  # someone taken
            return told or child.dep_ not in {"dobj", "nsubjpass", "compound", "amod"}
        told = told or child.dep_ not in {"compound", "amod", "nmod", "det", "nummod"}
        child = anc
    return False


def clause_apart(trigger: Token) -> Token | None:
    """The verb of the trigger's coordinated clause when that clause and another of its
    sentence each name a place of their own (two scenes, two incidents), else None."""
    mine = main_clause(trigger)
    own = clause_scenes(mine)
    if not own:
        return None
    verbs = {v.i: v for v in map(main_clause, trigger.sent)}
    return mine if any(i != mine.i and clause_scenes(v) - own for i, v in verbs.items()) \
        else None


def clause_scenes(verb: Token) -> set[str]:
    """The clause's scenes (``clause_places``) and the place its passive subject names:
    "Douma was shelled, and in Harasta two soldiers were killed" tells a deed that fell
    on Douma beside one in Harasta (two places, two incidents, however near)."""
    return clause_places(verb) | {
        ent.text.lower() for ent in sentence_ents(verb.sent)
        if ent.label_ in PLACE_LABELS and ent.root.dep_ == "nsubjpass"
        and ent.root.head.i == verb.i}


def _on_the_ground(trigger: Token | None) -> bool:
    """"A ground assault", "a ground offensive": an attack its own words set on the
    ground is fought by men on foot, whatever artillery or air strikes the sentence
    names beside it ("a ground assault after days of air strikes"); ACLED types the
    event by how it was fought."""
    return trigger is not None and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in words("ground_words")
        for c in trigger.children)


@resolver("attack")
def _attack(c: Case) -> Result:
    """ "attacked", "killed": by the weapon of its own scene, else by whom it was done to."""
    if c.cue(c.context, "industrial") and not _armed_victims(c.context, c.lex) \
            and actor_class(c.agent, c.lex) is None and c.lemma not in words("gunfire_verbs"):
        # "killed when a chemical plant exploded": an accident; no one is shot by one
        # ("shot four laborers working in an aluminum factory")
        return NOTHING
    if _raid_of_taking(c):
        return NOTHING
    if c.trigger is not None and c.trigger.lemma_.lower() in words("ramming_verbs"):
        # a vehicle laden with explosives; other rammings are left to the killing verbs
        return (tx.SUICIDE_BOMB, "rammed with explosives") if _explosive_ramming(
            c.trigger) else NOTHING
    w = None if _on_the_ground(c.trigger) else weapon_type(
        _not_struck(_own_scene(c), words("destroyed_verbs")), c.lex)
    if w is not None:
        return w
    if c.kind == "@kill" and _killed_for_a_charge(c.trigger):
        return tx.ATTACK, "killed for a charge"
    if c.kind == "@attack" and c.patient is not None and not is_civilian(c.patient, c.lex) \
            and c.cue(c.patient, "posts"):
        return tx.ARMED_CLASH, c.patient.text  # "attacked a checkpoint / military base"
    if no_longer_armed(c.patient):
        return tx.ATTACK, _text(c.patient)  # "a former Iraqi army colonel": a civilian now
    if is_civilian(c.patient, c.lex):
        if c.kind == "@kill" and _vague(c.patient, c.lex):
            return tx.ATTACK, ""  # "killing 14 people": civilians or fighters?
        return tx.ATTACK, _text(c.patient)
    if actor_class(c.patient, c.lex) and not _civilian_among(_conjoined(c.patient), c.lex) \
            and not _political_side(c.patient, c.lex):
        return tx.ARMED_CLASH, _text(c.patient)
    if _unarmed_person(_in_full(c.patient), c.lex) and not _attack_on_a_name(c) and (
            actor_class(c.agent, c.lex) is not None or c.lemma in words("gunfire_verbs")):
        # "the gunmen then killed Mohammad", "a public prosecutor was shot": one person
        # not named as an armed man, killed by armed men, is a civilian (ACLED's Attack)
        return tx.ATTACK, _text(c.patient)
    if _bodies_found(c):
        return tx.ATTACK, "bodies found"
    return _attack_by_who_was_hit(c)


def _attack_by_who_was_hit(c: Case) -> Result:
    """The rest of ``_attack`` (split from it): where the victims are not named as
    civilians or armed men, the others hit, the people's origin, a lone person shot by
    no one named, lives claimed or a counted toll tell an Attack; a killing with no
    armed side at all is no event; else an Armed clash."""
    source = _report_source(c.trigger)
    others = _others_hit(c, source)
    armed = _armed_victims(others, c.lex)
    if c.cue(c.context, "civilians") and not armed:
        return tx.ATTACK, ""
    if _people_by_origin(c.patient) and not (armed and _armed_victims(_own_phrase(c, others),
                                                                      c.lex)):
        # "killing 23 Muslims", "1,000 ethnic Albanians were killed by Yugoslav forces":
        # people named only by nation, people or faith, none of them armed, are
        # civilians (ACLED's Attack), whoever killed them
        return tx.ATTACK, _text(c.patient)
    shot_name = c.lemma in words("gunfire_verbs") and (
        untagged_name(c.patient) or (not armed and _shot_by_name(c.trigger, c.patient)))
    if _no_one_named(c.agent) and (_a_person(c.patient, c.lex) or shot_name) and not (
            _armed_victims(_with_apposition(c.patient) if armed else [], c.lex)):
        # "film maker Naji Jerf was killed in Gaziantep", "Jean Helene, a regional
        # reporter, was shot ... to interview jailed opposition figures": a person killed
        # or shot by no one named, and not described as armed, is an attack (the
        # codebook's unidentified armed group); whether it is political is the report's
        # to tell (incidents.political_enough)
        return tx.ATTACK, _text(c.patient)
    if not armed and c.patient is not None and c.patient.root.lower_ in words("life_nouns"):
        return tx.ATTACK, _text(c.patient)  # "claimed about 42 lives": people killed
    if c.kind == "@attack" and not armed and _counted_dead(c.patient):
        # "the attack in Baghdad killed hundreds": an attack's dead counted with no noun
        # are people killed in it (an attack is violence whoever did it)
        return tx.ATTACK, _text(c.patient)
    if c.kind == "@kill" and not armed and _counted(c.patient) and _killed_in_attack(c.trigger):
        # "Four civil servants were killed in a drive-by shooting in Mogadishu", "Six others
        # were killed in the drive-by shooting of a minibus": people counted, none of them
        # armed, killed in a shooting or an attack are its victims (ACLED's Attack)
        return tx.ATTACK, _text(c.patient)
    if not armed and actor_class(c.agent, c.lex) is None:
        if c.lemma in words("gunfire_verbs") and c.patient is None and any(
                t.lemma_.lower() in data.words("person_nouns.txt") and t.i > c.trigger.i
                for t in others):
            # "An attacker ... fatally shot rubber tapper Waema Mathaeha, ..., said police":
            # a person shot, none of those hit armed (the police only report it) and the
            # victim lost by the parse: violence against a civilian (ACLED's Attack)
            return tx.ATTACK, "shot"
        return NOTHING  # "a tanker was struck by a bulk carrier": no armed actor at all
    return tx.ARMED_CLASH, ""


COUNT_WORDS = {"dozens", "scores", "hundreds", "thousands"}


def _in_full(span: Span | None) -> Span | None:
    """The victim phrase a modifier stands for when the parse gave only the modifier
    ("killed Sunni tribal leader Mohammed Jassim al-Guud", the name hung on the next
    verb): the noun it modifies, with its own modifiers."""
    if span is None:
        return None
    root = span.root
    while root.dep_ in {"amod", "compound"} and root.head.i > root.i:
        root = root.head
    return span if root.i == span.root.i else root.doc[span.start:root.i + 1]


def _attack_on_a_name(c: Case) -> bool:
    """ "launched their attack on Kinsibba": one bare name an attack (the noun) was made on is a
    place as often as a person (the tagger calls unknown villages persons), so it does not
    make the attack one on a civilian."""
    return c.kind == "@attack" and c.trigger is not None and c.trigger.pos_ == "NOUN" and (
        c.patient is not None and len(c.patient) == 1 and c.patient.root.pos_ == "PROPN")


def _killed_for_a_charge(trigger: Token | None) -> bool:
    """ "killed for dealing with the regime", "killed on charges of spying", "executed
    for attempting to flee": a killing told by the charge it punished is an execution of
    people held, violence against the defenceless (ACLED: Attack, whoever they were)."""
    if trigger is None:
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep":
            continue
        objs = [g for g in prep.children if g.dep_ in {"pcomp", "pobj"}]
        if prep.lower_ == "for" and any(g.tag_ == "VBG" for g in objs):
            return True
        if prep.lower_ == "on" and any(g.lemma_.lower() in words("charge_nouns") for g in objs):
            return True
    return False


def _others_hit(c: Case, source: set[int]) -> list[Token]:
    """The sentence's words that may tell who was hit: not the doer, nor the report's
    source, nor the doers a deed noun names with "by"."""
    doers = _by_doers(c.context)
    return [t for t in c.context if (c.agent is None or not c.agent.start <= t.i < c.agent.end)
            and t.i not in source and t.i not in doers]


def _by_doers(context: list[Token]) -> set[int]:
    """The words of those a deed noun names as its doers with "by" ("the killing spree by
    gunmen, believed to be members of Boko Haram", "an attack by militants"): the
    killers, not armed men hit."""
    return {t.i for n in context if n.pos_ == "NOUN" and n.lemma_.lower() in words(
        "deed_nouns") for p in n.children if p.dep_ == "prep" and p.lower_ == "by"
        for t in p.subtree}


def _own_phrase(c: Case, tokens: list[Token]) -> list[Token]:
    """The tokens of the deed's own phrase (the trigger's subtree): "Security forces
    patrolled Ambon after masked assailants killed 12 Christians" hits the Christians,
    not the forces of the main clause that came after the deed."""
    if c.trigger is None:
        return tokens
    own = {t.i for t in c.trigger.subtree}
    return [t for t in tokens if t.i in own]


def _people_by_origin(span: Span | None) -> bool:
    """Whether a victim phrase counts people named by nation, people or faith ("23
    Muslims", "an estimated 1,000 ethnic Albanians"): a plural whose entity is a
    nationality or group, or a nationality noun of the gazetteer, with its count ("the
    Palestinians were killed at a protest" is left to the protest)."""
    if span is None:
        return False
    root = span.root
    return _counted(span) and root.tag_ in {"NNS", "NNPS"} and (
        root.ent_type_ == "NORP" or root.lower_ in _demonyms())


def _counted(span: Span | None) -> bool:
    """A victim phrase with its count ("four civil servants", "six others")."""
    return span is not None and any(
        t.dep_ == "nummod" or t.lower_ in COUNT_WORDS for t in span.root.lefts)


def _killed_in_attack(trigger: Token | None) -> bool:
    """A killing whose "in" phrase is an attack or a shooting ("killed in a drive-by
    shooting", "killed in the attack"): the deed it tells is violence, not an accident."""
    return trigger is not None and any(
        p.dep_ == "prep" and p.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ in words("killing_attacks")
            for g in p.children)
        for p in trigger.children)


def _counted_dead(span: Span | None) -> bool:
    """A count with no noun ("hundreds", "dozens", "at least 30")."""
    return span is not None and len(span) <= 3 and (
        span.root.like_num or span.root.lower_ in COUNT_WORDS)


def _report_source(trigger: Token | None) -> set[int]:
    """The words of who reports the incident ("..., said police Sub-Lt.", "police said",
    "according to police", "the agency quoted a police spokesman"): a source, not one of
    those hit, so police that report a killing do not make it a battle (ACLED types by
    who was attacked). Only verbs of telling: who claims or denies a killing may be its
    side ("militant group Jaish ul-Adl has claimed responsibility for killing nine border
    guards")."""
    if trigger is None:
        return set()
    out: set[int] = set()
    for v in trigger.sent:
        if v.lemma_.lower() == "accord" and v.dep_ == "prep":
            src = [g for to in v.children for g in to.children if g.dep_ == "pobj"]
        elif v.lemma_.lower() in words("source_verbs") and v.pos_ == "VERB":
            src = [ch for ch in v.children if ch.dep_ == "nsubj" or (
                ch.dep_ == "dobj" and v.lemma_.lower() == "quote")]
        else:
            continue
        out.update(t.i for ch in src if trigger not in list(ch.subtree) for t in ch.subtree)
    return out


def _explosive_ramming(trigger: Token) -> bool:
    """ "A bomber rammed a car packed with explosives into a police convoy", "rammed an
    explosives-laden truck into the gate": a vehicle laden with explosives driven into its
    target blows up with its driver (ACLED: Suicide bomb, a vehicle-borne attack whose
    bomber dies), not a bomb planted or thrown. Only the ramming verb's own clause counts;
    a ramming with no explosives told ("rammed a truck into a checkpoint") is left to the
    killing verbs of its sentence (no record of its own)."""
    clause = list(trigger.subtree)
    told = {t.lower_ for t in clause} | {
        f"{a.lower_} {b.lower_}" for a, b in zip(clause, clause[1:], strict=False)}
    return bool(told & words("ramming_explosives"))


def _raid_of_taking(c: Case) -> bool:
    """ "Police arrested 12 suspects in a raid on a house", "forty suspected Islamic State
    members were captured in police raids in Turkey": a raid that people are taken in, on
    no armed post or men, is how they were taken (ACLED codes the arrest or the
    abduction), no attack of its own; a raid on an army post stays a battle. Armed men
    who are the ones taken do not make the raid a battle: the taking verb types them
    (Arrests by the state, an Armed clash for soldiers an armed group took)."""
    t = c.trigger
    if t is None or t.lemma_.lower() != "raid" or t.dep_ != "pobj" or (
            t.head.lower_ not in words("battle_preps")):
        return False
    taker = t.head.head
    p = c.patient
    taken = p is not None and p.root.head.i == taker.i and p.root.dep_ in {"dobj", "nsubjpass"}
    if p is not None and (c.cue(p, "posts") or (
            not taken and _armed_victims(list(p), c.lex))):
        return False
    return taker.lemma_.lower() in words("taking_verbs")


@resolver("territory")
def _territory(c: Case) -> Result:
    """ "retook", "captured": who won, or what else was taken (weapons, people)."""
    by = _agent_weapon(c)
    if by is not None:
        return by  # "jets destroyed weapon depots": the strike, not a seizure
    p = c.patient
    if _deserted(p):
        return tx.NON_VIOLENT_TRANSFER, "deserted"
    if p is not None and c.cue(p, "weapons"):
        return tx.DISRUPTED_WEAPONS, p.text
    if p is None and c.trigger is not None and c.trigger.dep_ == "amod":
        p = _subtree(c.trigger.head)  # "captured opposition fighters": the people taken
    if p is not None and (_captured_person(p.root, c.lex) or _taken_along_people(c)
                          or _held_captive(c.trigger) or _taken_in_raid(c.trigger, p, c.lex) or (
            _name_not_a_place(p) and c.agent is not None
            and c.cue(c.agent, "state") and any(
                t.lemma_.lower() in words("arresting_forces")
                or t.lower_ in words("arresting_forces") for t in c.agent))):
        if c.lemma in words("not_capture") or _described(c.trigger):
            return NOTHING  # "a judge cleared the police officer": acquitted
        if c.trigger is not None and _in_battle(c.trigger) and not is_civilian(p, c.lex):
            # "during the clashes ... captured 102": fighters taken in a battle are part
            # of it (ACLED codes the battle, no arrest beside it)
            return tx.ARMED_CLASH, "taken in battle"
        if _combatants_taken(c, p):
            return tx.ARMED_CLASH, COMBATANTS_TAKEN
        return RESOLVERS["detain"](replace(c, kind="@detain"))
    deed = _deed_at_place(c, arrests=False)
    if deed is not None:
        return deed
    if p is not None and set(token_keys(p.root.head)) & words("storm_verbs") and \
            is_civilian(p, c.lex) and not c.cue(p, "places"):
        return tx.ATTACK, p.text  # "gunmen stormed a university": not territory
    stormed = p is not None and _stormed(c.trigger, p.root)
    if p is not None and (stormed or _lines_taken(p)):
        return tx.ARMED_CLASH, "stormed" if stormed else p.root.text
    return _deed_at_place(c, arrests=True) or _taker(c)


def _combatants_taken(c: Case, taken: Span) -> bool:
    """ "The PKK captured eight Turkish soldiers", "two soldiers were captured by the
    Taliban": soldiers or police captured by an armed group (or by no one named) were
    taken in a fight with it. ACLED's Abduction/forced disappearance is of civilians;
    state forces captured by their enemy are an Armed clash. A kidnapping ("gunmen
    kidnapped two policemen") keeps its own word and type."""
    t = c.trigger
    if c.lemma not in words("war_capture_verbs") or is_civilian(taken, c.lex) or not (
            _own_object(t, taken) or _reduced_relative(t, taken)):
        return False  # (only the verb's own object: not "an officer guarding goods seized")
    if actor_class(_subtree(taken.root), c.lex) != "state":
        return False
    return c.agent is None or actor_class(c.agent, c.lex) == "nonstate"


def _own_object(t: Token, taken: Span) -> bool:
    """Whether the people taken are the capture verb's own object or passive subject."""
    return taken.root.head.i == t.i and taken.root.dep_ in {"dobj", "nsubjpass"}


def _reduced_relative(t: Token, taken: Span) -> bool:
    """ "A U.S. soldier captured in Iraq and held briefly as a prisoner of war": a past
    participle that modifies the noun it tells of (a reduced relative clause, "who was
    captured") has that noun as its passive subject."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i == taken.root.i


def _deed_at_place(c: Case, arrests: bool) -> Result | None:
    """ "Troops stormed the village and killed 20 civilians", "police stormed a hideout and
    arrested five suspects": a place stormed or captured, held by no armed side the
    sentence names, where the taker's own next verb kills civilians or (by the state,
    when `arrests`) arrests people. ACLED's territory events are battles between armed
    sides; a place entered to kill its people is an Attack, one entered to take people
    is Arrests (a post or a building stormed stays the fight it was: _stormed)."""
    t = c.trigger
    if t is None or actor_class(c.patient, c.lex) is not None or _held_from(t, c.lex):
        return None
    deeds = [v for v in t.conjuncts if v.i > t.i] + [
        ch for ch in t.children if ch.dep_ in {"advcl", "xcomp"} and ch.tag_ == "VBG"] + (
        timed_gerunds(t))  # "stormed the village as residents prayed, killing 39 people"
    state = arrests and actor_class(c.agent, c.lex) == "state"
    for v in deeds:
        for obj in (ch for ch in v.children if ch.dep_ == "dobj"):
            done = _subtree(obj)
            if v.lemma_.lower() in words("execution_verbs") and is_civilian(done, c.lex) \
                    and not _armed_victims(list(done), c.lex):
                return tx.ATTACK, done.text
            if state and v.lemma_.lower() in words("taking_verbs") and _captured_person(
                    obj, c.lex):
                return tx.ARRESTS, done.text
    return None


def _held_from(trigger: Token, lex: Lexicon) -> bool:
    """ "retook the town from the rebels": the side the place was taken from is named."""
    return any(ch.dep_ == "prep" and ch.lower_ == "from" and actor_class(
        list(ch.subtree), lex) is not None for ch in trigger.children)


def _lines_taken(taken: Span) -> bool:
    """ "Rebels captured three regime positions", "seized several army checkpoints": lines
    or posts of armed men taken are a battle won at the front (ACLED: Armed clash);
    territory needs a town, a village or an area taken, which the phrase then names as a
    conjunct ("captured positions and the village of ...")."""
    lines = words("line_targets")
    return taken.root.lower_ in lines and all(t.lower_ in lines for t in taken.root.conjuncts)


def _stormed(trigger: Token | None, stormed: Token) -> bool:
    """ "Rebels stormed army positions", "stormed the defenses of a police post", "ISIS
    stormed Ja'ouneh Street", "began their assault by storming the towns of Jubb Al-Jarrah
    and Mas'Idyah": an assault is a battle (ACLED: Armed clash); the place changes hands
    only where the sentence says so ("stormed the positions and captured them", "stormed
    Najarah and quickly expelled all ISIS fighters"), since the codebook's territory
    events need the place reported taken. A town stormed with nothing said of its
    capture was assaulted, not yet taken (round O: the judged pool's readers typed eight
    of nine such records Armed clash)."""
    if trigger is None or trigger.lemma_.lower() not in words("assault_verbs"):
        return False
    taken = words("taken_words") | words("expel_taken")
    return not any(t.lemma_.lower() in taken and t.i != trigger.i for t in trigger.sent)


@resolver("take")
def _take(c: Case) -> Result:
    """ "US-backed Kurdish forces have taken the Old City": a place (a name or a word like
    town, base) taken by an armed actor is territory (ACLED); "took the children to
    school", "took the lead", "took part" are not."""
    p = _control_of(c.patient)
    if c.trigger is not None and (c.trigger.dep_ == "acl" or any(
            t.dep_ == "nsubj" and t.pos_ == "PRON" for t in c.trigger.children)):
        # "areas taken by government forces, such as Ghouta": what the areas are; "before
        # they took Mosul": a weak verb needs its taker named
        return NOTHING
    if _people_taken(c):
        # "Israeli forces have taken dozens of Palestinians in a series of raids": people
        # an armed side takes (not "took the wounded to hospital") are detained or abducted
        return RESOLVERS["detain"](replace(c, kind="@detain"))
    if p is None or actor_class(c.agent, c.lex) is None or p.root.lemma_.lower() in words(
            "take_not_places") or not _is_place(p.doc[p.root.i:p.root.i + 1], c.lex):
        return NOTHING  # the place is the phrase's head: not "took part in ... Damascus"
    return _taker(replace(c, kind="@territory_ns"))


def _people_taken(c: Case) -> bool:
    """An armed side took people ("have taken dozens of Palestinians"), to no place of
    theirs ("took the wounded to hospital", "took the captured soldiers back to their
    base") and not in the sentence's own fighting ("took dozens of prisoners in fighting
    near Aleppo": fighters taken in a battle, ACLED codes the battle)."""
    t = c.trigger
    return t is not None and c.patient is not None and actor_class(c.agent, c.lex) is not None \
        and c.patient.root.dep_ == "dobj" and _captured_person(c.patient.root, c.lex) and not (
            _taken_somewhere(t) or _in_battle(t))


def _taken_somewhere(verb: Token) -> bool:
    """ "took the wounded to hospital", "took them away", "took the soldiers back to
    Aleppo": people carried to a destination (on the verb, or on its adverb "back") are
    moved, not held."""
    heads = [verb, *(ch for ch in verb.children if ch.dep_ in {"advmod", "prt"})]
    return any(ch.dep_ in {"prep", "prt"} and ch.lower_ in {"to", "into", "away", "over"}
               for h in heads for ch in h.children)


@resolver("fall")
def _fall(c: Case) -> Result:
    """ "Mosul fell in February", "the enclave finally fell over the weekend": a place
    that falls changed hands, a territory event (ACLED) whose taker the sentence leaves
    out. Only a place that falls on a date of its own: "as Raqqa fell" retells, and
    "prices fell", "bombs fell on the town", "fell into chaos", "fell silent" are other
    senses."""
    t = c.trigger
    if t is None or not _fallen_place(c.patient, c.lex):
        return NOTHING
    for ch in t.children:
        if ch.dep_ in {"prt", "acomp", "attr", "oprd", "dobj", "xcomp"} or (
                ch.dep_ == "prep" and ch.lower_ not in words("fall_preps")) or (
                ch.dep_ == "advmod" and ch.lower_ in _FALL_AWAY):
            return NOTHING
    dated = any(d.ent_type_ == "DATE" for ch in t.children
                if ch.dep_ in {"prep", "npadvmod"} for d in ch.subtree)
    # ("fell to X" is an entry of its own: any agent found here is a guess by position)
    return _taker(replace(c, kind="@territory_ns", agent=None)) if dated else NOTHING


_FALL_AWAY = {"back", "behind", "apart", "away", "short", "down", "off", "silent", "quiet"}


def _fallen_place(subject: Span | None, lex: Lexicon) -> bool:
    """Whether what fell is a place: a named place or a word like town, enclave, or the
    place apposed to it ("one of its two centres of power, Mosul in Iraq, fell")."""
    if subject is None:
        return False
    for head in [subject.root, *(t for t in subject.root.children if t.dep_ == "appos")]:
        if head.ent_type_ in {"GPE", "LOC", "FAC"} or head.lemma_.lower() in words(
                "holding_nouns") or find_cues([head], lex.cue_first["places"]):
            return True
    return False


# "he was captured by Kurdish forces": a personal pronoun taken is a person, not a place
# ("Kotey, who was captured by the SDF": the relative pronoun of persons); "the 21-year-old
# was captured" is a person by the age that names them
_PERSONAL = {"he", "him", "she", "her", "himself", "herself", "who", "whom"}


def _captured_person(root: Token, lex: Lexicon) -> bool:
    """Whether what was captured is a person ("he was captured", "captured two
    soldiers"): an arrest or an abduction (ACLED), not territory. A name the tagger calls
    a person is not enough: it tags many towns so ("captured Sukhnah", "captured Rajo")."""
    return any(_person_head(h, lex) or _them_people(h, lex) or _they_taken(h)
               for h in _taken_heads(root)) or _told_as_person(root) or _taken_elsewhere(root)


def _taken_elsewhere(root: Token) -> bool:
    """ "Hamdan was captured at a roadblock in Afghanistan", "Martinic was captured by the
    Serbs six months ago on Treskavica mountain in the Foca region": a one-word name the
    gazetteer holds only as places of other countries than the country its capture is set
    in is not the place taken (a town is taken where it lies), so a person was captured: an
    arrest or an abduction (ACLED), not territory. A name the gazetteer does not hold, a
    capture set nowhere, or a place taken "from" a side ("captured Rajo from the Kurds")
    is left to the other rules."""
    verb = root.head
    if root.pos_ != "PROPN" or root.dep_ not in {"nsubjpass", "dobj"} or list(root.children) \
            or verb.pos_ != "VERB" or any(c.dep_ == "prep" and c.lower_ == "from"
                                          for c in verb.children):
        return False
    gaz = load_gazetteer()
    mine = {c.cc for c in gaz.lookup(root.text)}
    scenes: set[str] = set()
    for ent in sentence_ents(verb.sent):
        if ent.label_ in PLACE_LABELS and ent.root.i != root.i and _in_place(ent.root) and (
                main_clause(ent.root).i == main_clause(verb).i):
            name = " ".join(t.text for t in ent if t.pos_ == "PROPN")
            # (a country only: a region's name may be an old one the gazetteer holds
            # elsewhere: "captured Lubumbashi in mineral-rich Shaba province")
            scenes |= {c.cc for c in gaz.lookup(name) if c.level == 3} if name else set()
    return bool(mine) and bool(scenes) and not scenes & mine


def _told_as_person(root: Token) -> bool:
    """ "Kadirgamar, 73, was fatally shot", "Llamas, who commanded the unit, was captured":
    a name followed by an age in apposition or by a "who" clause names a person, whatever
    entity type the tagger gives a one-word name (a town has no age and takes "which")."""
    for c in root.children:
        if c.dep_ == "appos" and c.like_num and c.i == root.i + 2 and c.nbor(-1).text == ",":
            return True  # ", 73,": an age
        if c.dep_ == "appos" and root.pos_ == "PROPN" and c.pos_ == "NOUN" and (
                c.lemma_.lower() in data.words("person_nouns.txt")):
            return True  # "Ramzi Binalshibh, an alleged planner of the Sept. 11 attacks"
        if c.dep_ == "relcl" and any(t.lower_ in PERSON_RELATIVES and t.i < c.i
                                     for t in c.subtree):
            return True
    # "Saddam is captured at 8:30 p.m. in the town of Adwar": the passive subject the
    # tagger calls a person and the gazetteer holds no place by (a town taken is one it
    # knows: "Sukhnah was captured")
    return root.dep_ == "nsubjpass" and root.ent_type_ == "PERSON" and not any(
        c.dep_ == "compound" for c in root.children) and not load_gazetteer().has(root.text)


def _name_not_a_place(span: Span) -> bool:
    """A name police or authorities captured that the tagger calls a person, or that the
    gazetteer knows no place by ("Pakistani authorities captured Abu Zubaydah in a
    raid"): police take people, not territory."""
    root = span.root
    if root.ent_type_ == "PERSON":
        return True
    name = " ".join(t.text for t in span if t.pos_ == "PROPN")
    return root.pos_ == "PROPN" and bool(name) and not load_gazetteer().has(name) and (
        not load_gazetteer().has(root.text))


def _they_taken(head: Token) -> bool:
    """ "They were captured by Turkish soldiers in northern Iraq": "they" taken names
    people (a place taken is told by its name or noun, "the town was captured"), so the
    capture is an arrest or an abduction, not territory (ACLED)."""
    return head.lower_ == "they" and head.dep_ == "nsubjpass"


def _them_people(head: Token, lex: Lexicon) -> bool:
    """ "clashed with militants and captured five of them": "them" stands for the nearest
    plural noun before it; when that names people, people were taken, not a place."""
    if head.lower_ != "them":
        return False
    before = [t for t in head.doc[head.sent.start:head.i] if t.tag_ in {"NNS", "NNPS"}]
    return bool(before) and _person_head(before[-1], lex)


def _held_captive(trigger: Token | None) -> bool:
    """ "Turkey captured Ocalan in Kenya and sentenced him to death", "Ramadan was captured
    by Kurdish fighters in Mosul and turned over to US forces": a verb conjoined to the
    capture that is done only to captives (sentenced, charged, extradited, handed over)
    says a person was taken (ACLED: Arrests or Abduction), whatever entity type the tagger
    gives the name; a town is not sentenced or turned over to forces after its capture."""
    if trigger is None or trigger.lemma_.lower() not in words("taking_verbs"):
        return False
    for verb in trigger.conjuncts:
        if verb.i < trigger.i:
            continue
        lemma = verb.lemma_.lower()
        if lemma in words("captive_verbs") or (lemma in words("captive_handover") and any(
                ch.dep_ == "prt" and ch.lower_ == "over" for ch in verb.children)):
            return True
        if any(ch.dep_ == "dobj" and ch.lemma_.lower() in _captive_objects().get(lemma, ())
               for ch in verb.children):
            return True  # "was captured in Afghanistan and faces charges"
        if _captive_pronoun(trigger, verb):
            return True  # "captured Ocalan in Nairobi and brought him back to Turkey"
    return False


# the pronouns that stand for a person only (a town taken is "it"); not a reflexive,
# which may stand for the taker
_PERSON_OBJECTS = {"him", "her"}


def _captive_pronoun(trigger: Token, verb: Token) -> bool:
    """ "Turkish agents captured Ocalan in Nairobi and brought him back to Turkey": when
    the verb conjoined to an active capture shares its subject and takes "him" or "her"
    as its object, that pronoun cannot be the subject (that would be "himself") and so
    stands for what was captured: a person was taken (an arrest or an abduction, ACLED),
    not a place, whatever the tagger calls the name. A conjunct with a subject of its own
    ("Castroneves captured pole position but Kanaan joined him") says nothing of it."""
    return any(c.dep_ == "dobj" for c in trigger.children) and not any(
        ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children) and any(
        ch.dep_ == "dobj" and ch.lower_ in _PERSON_OBJECTS for ch in verb.children)


@cache
def _captive_objects() -> dict[str, tuple[str, ...]]:
    """type_rules.yaml captive_objects: a verb and the objects that make it a captive's
    ("face charges", "stand trial")."""
    return {k: tuple(v) for k, v in rules()["captive_objects"].items()}


def _taken_along_people(c: Case) -> bool:
    """ "captured Beltran on Monday along with three alleged hit men": what is taken along
    with people is a person too (the tagger calls many a surname a place); a town is not
    captured "along with" men."""
    if c.trigger is None:
        return False
    withs = [w for a in c.trigger.children if a.lower_ in ("along", "together")
             for w in a.children if w.lower_ == "with"]
    return any(_person_head(g, c.lex) for w in withs for g in w.children if g.dep_ == "pobj")


def _taken_in_raid(trigger: Token | None, taken: Span, lex: Lexicon) -> bool:
    """ "US commandos captured Abu Anas al-Libi in a raid in Tripoli": what is captured
    "in" or "during" a raid is people (ACLED: an arrest, or an abduction by a non-state
    group); a town is captured in an offensive, not in a raid. Not a taken phrase that
    names a place or a post ("seized the village in a raid")."""
    if trigger is None or trigger.lemma_.lower() not in words("taking_verbs") or any(
            t.ent_type_ in {"GPE", "LOC", "FAC"} for t in taken) or (
            find_cues(list(taken), lex.cue_first["places"])
            or find_cues(list(taken), lex.cue_first["posts"])):
        return False
    return any(ch.dep_ == "prep" and ch.lower_ in {"in", "during"} and any(
        g.dep_ == "pobj" and g.lower_ in words("raid_nouns") for g in ch.children)
        for ch in trigger.children)


def _in_battle(trigger: Token) -> bool:
    """Whether a capture is told as done in a battle: "During the clashes, the Kurdish
    forces killed 31 regime fighters and captured 102", "twenty rebels were captured and
    16 police killed in the Helmand battle" (the phrase may hang on a conjoined verb), or
    of the battle's own side ("clashes with gunmen, two of whom were captured"); a capture
    that ended one ("was captured after a gun battle in the southern city of Karachi")
    is its outcome, part of the battle too."""
    verbs = [trigger, *trigger.conjuncts]
    if any(v.lemma_.lower() in words("battle_nouns") for v in trigger.conjuncts):
        return True  # "clashed with militants and captured five of them"
    if trigger.dep_ == "relcl" and any(t.lemma_.lower() in words("battle_nouns")
                                       for t in trigger.head.subtree):
        return True  # "wounded in clashes with gunmen, two of whom were captured"
    preps = words("battle_preps") | words("battle_end_preps")
    return any(ch.dep_ == "prep" and ch.lower_ in preps and any(
        g.dep_ == "pobj" and g.lemma_.lower() in words("battle_nouns") for g in ch.children)
        for v in verbs for ch in v.children)


def _described(trigger: Token | None) -> bool:
    """ "The captured pilot was later killed": a participle after an article says who the
    person is, an earlier capture, not an incident of the sentence."""
    return trigger is not None and trigger.dep_ == "amod" and any(
        d.dep_ in {"det", "poss"} and d.i < trigger.i for d in trigger.head.children)


def _taken_heads(root: Token) -> list[Token]:
    """The heads of what was taken: the phrase's own, and the counted noun of a number,
    a share or a count noun ("fifteen of the detainees", "a number of soldiers")."""
    appos = [a for a in root.children if a.dep_ == "appos"]  # "Abu Zubaydah, al-Qaida's top
    # terrorism coordinator": the apposition says who the named one is
    if root.pos_ not in {"NUM", "PRON", "DET", "ADJ"} and root.lower_ not in words(
            "count_nouns"):
        return [root, *appos]
    return [root, *appos, *(p for prep in root.children if prep.lower_ == "of"
                            for p in prep.children if p.dep_ == "pobj")]


def _person_head(head: Token, lex: Lexicon) -> bool:
    """Whether one head names a person or people: a word of the person cues or of
    person_nouns.txt (its lemma, or a plural in -men: "militiamen", "gunmen")."""
    if head.ent_type_ in {"GPE", "LOC", "FAC"}:
        return False
    lemma = head.lemma_.lower()
    if lemma.endswith("men"):
        lemma = lemma[:-3] + "man"
    aged = head.lower_ == "old" and any(t.lower_ in ("year", "years") for t in head.lefts)
    # "captured two Palestinians": a nationality as a noun names people; "captured 102",
    # "captured one" after the fighters the sentence counts: a bare number is people
    # (places taken are named or counted with their noun: "captured three villages")
    people = (head.pos_ in {"NOUN", "PROPN"} and head.tag_ in {"NNS", "NNPS"} and (
        head.ent_type_ == "NORP" or head.lower_ in _demonyms())) or (
        head.pos_ == "NUM" and head.dep_ in {"dobj", "nsubjpass"} and not list(head.children))
    return head.lower_ in lex.cue_words("person") or head.lower_ in _PERSONAL or aged or (
        lemma in data.words("person_nouns.txt")) or head.lower_ in words("taken_titles") or (
        _full_name(head)) or people


@cache
def _demonyms() -> frozenset[str]:
    """Nationality nouns of the gazetteer ("Britons", "Palestinians"): a plural one names
    people even where the tagger gives it no entity type."""
    return frozenset(row[0].lower() for row in data.load("places_demonyms.tsv"))


def _full_name(root: Token) -> bool:
    """"Londoners El Shafee Elsheikh and Alexanda Kotey were captured", "Another Briton,
    Jack Letts, was captured": a given name and a surname (the phrase's head or its
    apposition) that the tagger calls a person and the gazetteer does not hold as a place.
    A town the tagger calls a person is mostly one word ("captured Sukhnah"); a two-word
    one ("Tal Abyad") is a place the gazetteer knows."""
    for name in [root, *(c for c in root.children if c.dep_ == "appos")]:
        given = [c for c in name.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
        if name.ent_type_ == "PERSON" and given and not load_gazetteer().has(
                " ".join(t.text for t in [*given, name])):
            return True
    return False


def _taker(c: Case) -> Result:
    """A place taken: by the state or a non-state group, or without a fight."""
    a = actor_class(c.agent, c.lex)
    named = c.agent is not None and c.agent.root.pos_ in {"NOUN", "PROPN"}
    if c.trigger is not None and _is_place(_control_of(c.patient), c.lex) and \
            _after_withdrawal(c.trigger):
        # ACLED: a place taken after the other side pulled out changed hands
        # without a fight ("recaptured Palmyra after Syrian forces pulled out")
        return tx.NON_VIOLENT_TRANSFER, "after a withdrawal"
    # "significant ground was regained": ground is territory when no one but an
    # armed group could have gained it (not "firefighters gained ground")
    ground = c.patient is not None and c.patient.root.lemma_.lower() == "ground" and not named
    if a is None and not (ground or _is_place(_control_of(c.patient), c.lex)) and (
            c.patient is not None or named):
        # "firefighters gained ground in their battle", "two others were captured":
        # no armed actor, no place taken
        return NOTHING
    if a == "state":
        return tx.GOVERNMENT_REGAINS, _text(c.agent)
    if a == "nonstate":
        return tx.NON_STATE_OVERTAKES, _text(c.agent)
    return (tx.GOVERNMENT_REGAINS if c.kind == "@territory_gov" else tx.NON_STATE_OVERTAKES), ""


@resolver("loss")
def _loss(c: Case) -> Result:
    """ "IS lost Raqqa": the other side won."""
    return _loser(c, c.agent)


@resolver("detain")
def _detain(c: Case) -> Result:
    """Taken by the state, or by a force that governs the territory it holds (ACLED's
    Arrests: "state forces or other actors exercising de facto control over a territory",
    such as the SDF in north-east Syria): an arrest; by anyone else: an abduction."""
    a = actor_class(c.agent, c.lex)
    if a is None and c.patient is not None and (
            c.patient.root.lemma_.lower() in words("suspect_words")
            or actor_class(_subtree(c.patient.root), c.lex) == "nonstate"):
        # the taker unnamed ("the suspects were captured", "they captured Abu Zubaydah,
        # al-Qaida's top coordinator"): a suspect or a member of an armed group is taken
        # by the state, as a soldier taken is by the armed group
        return tx.ARRESTS, c.patient.text
    if _wanted(c):
        return tx.ARRESTS, c.lemma
    return (tx.ARRESTS if a == "state" or _de_facto_authority(c.agent) else tx.ABDUCTION), ""


def _wanted(c: Case) -> bool:
    """ "Khadr was captured in July 2002", "the man was apprehended": a person captured by
    no one named is taken by the state (an arrest); hostages are kidnapped or abducted,
    and civilians or a soldier captured are taken by an armed group."""
    unnamed = c.agent is None or c.agent.root.pos_ == "PRON"
    if not unnamed or c.lemma not in words("wanted_verbs") or c.patient is None:
        return False
    if actor_class(_subtree(c.patient.root), c.lex) == "state" or (
            _civilian_named(c.patient, c.lex) and not _suspected(c)):
        return False
    # a group named in the verb's own phrases may be the taker the parse missed ("captured
    # with the 10 others by separatist rebels"); a coordinated clause is another matter
    near = [t for ch in c.trigger.children if ch.dep_ not in {"conj", "cc"}
            and not c.patient.start <= ch.i < c.patient.end for t in ch.subtree]
    return actor_class(near, c.lex) != "nonstate"


def _civilian_named(taken: Span, lex: Lexicon) -> bool:
    """ "Giuliana Sgrena, a 56-year-old female Italian reporter, was captured": people
    that are civilians by their own words or by the apposition that says who they are
    (a reporter, an aid worker) are hostages when no taker is named, no wanted men."""
    return is_civilian(taken, lex) or any(
        is_civilian(_subtree(a), lex) for a in taken.root.children if a.dep_ == "appos")


def _suspected(c: Case) -> bool:
    """ "The men were captured late Friday as they tried to plant a bomb", "30 of the 50
    men arrested were captured in Kirkuk": people captured by no one named whom the
    sentence tells a deed of, or calls arrested, are suspects the state took (ACLED:
    Arrests), not hostages; a plain "two men were captured" stays an abduction."""
    t = c.trigger
    told = [w for ch in t.children if ch.dep_ in {"advcl", "prep"} for w in ch.subtree]
    return any(deed_of_taken(w) for w in told if w.pos_ == "VERB") or any(
        w.lemma_.lower() in words("taking_verbs") and w.i != t.i for w in c.patient)


def _de_facto_authority(agent: Span | None) -> bool:
    """Whether the taker is a force that governs where it acts (type_rules.yaml
    ``de_facto_authorities``): "captured by Kurdish forces", "seized by the SDF"."""
    if agent is None or agent.root.lower_ in words("insurgent_heads"):
        return False  # "Kurdish rebels": an insurgency, not the force that governs
    text = " " + " ".join(t.lower_ for t in agent) + " "
    return any(f" {w} " in text for w in words("de_facto_authorities"))


# ------------------------------------------------------------------ helpers

def _subtree(tok: Token) -> Span:
    """The span a token governs."""
    sub = list(tok.subtree)
    return tok.doc[sub[0].i:sub[-1].i + 1]


def _accident_source(c: Case) -> bool:
    """Whether what exploded is an industrial or household object ("a tank at the plant
    exploded", "a gas explosion", "the plant explosion"), not a bomb: an accident."""
    words_: list[Token] = list(c.agent) if c.agent is not None else []
    trig = c.trigger
    if trig is not None and trig.pos_ in {"NOUN", "PROPN"}:
        words_ += [x for x in trig.children if x.dep_ in {"compound", "amod", "nmod"}]
        words_ += [g for x in trig.children if x.dep_ == "prep" and x.lower_ in {"at", "in"}
                   for g in x.children if g.dep_ == "pobj"]
    if not words_ or not c.cue(words_, "accident_sources"):
        return False
    return not any(c.cue(words_, cls) for cls in ("ied", "suicide", "grenade"))


def _control_of(span: Span | None) -> Span | None:
    """The whole phrase of "control over an area" / "control of the town": the place
    is in the PP of "control", which the patient phrase may leave out."""
    if span is None or span.root.lemma_.lower() not in {"control", "hold"}:
        return span
    sub = list(span.root.subtree)
    if len(sub) == 1 and span.root.dep_ == "dobj":
        # "established control over an area": the parser hangs "over" on the verb
        sub += [t for p in span.root.head.children if p.dep_ == "prep" and p.i > span.root.i
                and p.lower_ in ("over", "of") for t in p.subtree]
    return span.doc[sub[0].i:sub[-1].i + 1]


def _after_withdrawal(trigger: Token) -> bool:
    """Whether a capture is dated by the other side's withdrawal: "seized the area
    following the withdrawal of Puntland forces", "after Syrian forces pulled out"."""
    after, withdraw = words("after_words"), words("withdraw_words")
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in after:
            found = [t for t in c.subtree if t.i != c.i][:4]
        elif c.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in after
                                       for m in c.children):
            found = [c]
        else:
            continue
        for t in found:
            if t.lower_ in withdraw or t.lemma_.lower() in withdraw:
                if t.lemma_.lower() == "pull" and not any(
                        x.lower_ in {"out", "back"} for x in t.children):
                    continue
                return True
    return False


def _deserted(patient: Span | None) -> bool:
    """Whether the place taken was empty: "seized a deserted rocket-launching site"."""
    return patient is not None and any(
        t.lower_ in words("deserted") and t.dep_ in {"amod", "conj"} for t in patient)


def _is_place(span: Span | None, lex: Lexicon) -> bool:
    """Whether a phrase names a place (a named place or a word like town, base, area)."""
    if span is None:
        return False
    if any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in span):
        return True
    return bool(find_cues(list(span), lex.cue_first["places"]))


def _unarmed_person(span: Span | None, lex: Lexicon) -> bool:
    """Whether a victim phrase names a person by name, pronoun or a civilian's word ("Sardar
    Khan", "him", "a public prosecutor"), not by a word an armed man may go by ("a
    commander", "an officer") nor as people in general ("people", "others")."""
    if span is None or _vague(span, lex):
        return False
    root = span.root
    if armed_rank(root):
        return False
    return root.lower_ in _PERSONAL or root.ent_type_ == "PERSON" or (
        root.lemma_.lower() in data.words("person_nouns.txt"))


def _vague(span: Span, lex: Lexicon) -> bool:
    """Whether the civilian words of a victim phrase are only "people", "others"."""
    toks = list(span)
    civ = {s for s, _ in find_cues(toks, lex.cue_first["civilians"])}
    vague = {s for s, _ in find_cues(toks, lex.cue_first["vague_victims"])}
    return bool(civ) and civ <= vague


def _armed_victims(context: list[Token], lex: Lexicon) -> bool:
    """Whether armed men (soldiers, police, militants) are among those hit."""
    for s, _e in find_cues(context, lex.cue_first["state"]) + find_cues(
            context, lex.cue_first["nonstate"]):
        if context[s].lower_ == "is" and context[s].text != "IS":
            continue
        if _place_word(context, s):
            continue  # "Chikun local government area": a district, not the state
        return True
    return False


def _place_word(context: list[Token], s: int) -> bool:
    """Whether an actor word is part of a district name ("local government area") or names
    a building ("in front of government headquarters"): a place, not armed men hit."""
    tok = context[s]
    if tok.lower_ != "government":
        return False
    prev = context[s - 1].lower_ if s > 0 else ""
    nxt = context[s + 1].lower_ if s + 1 < len(context) else ""
    return prev == "local" or nxt in {"area", "areas"} or nxt in words("government_buildings")


def _at_protest(c: Case) -> bool:
    """Whether an arrest is made at a demonstration, which ACLED's codebook codes as a
    protest with intervention: its patient are protesters ("police detain protesters")
    or it happens during one ("detained while trying to hold demonstrations")."""
    trig, lex = c.trigger, c.lex
    people = lex.cue_words("protesters")
    if c.patient is not None and c.patient.root.lower_ in people:
        return True
    if trig.i + 1 < len(trig.doc) and trig.nbor(1).lower_ in people:
        return True  # "Police detain protesters" parsed without an object
    protest = lex.cue_words("protest") - {"students", "crowd", "crowds"}
    at_preps = words("at_preps")
    for ch in trig.children:
        at = ch.lower_ in at_preps or any(m.dep_ == "mark" and m.lower_ in at_preps
                                           for m in ch.children)
        if ch.dep_ in {"prep", "advcl"} and at and any(
                t.lower_ in protest or t.lemma_.lower() in protest for t in ch.subtree):
            return True
    return False
