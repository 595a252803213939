"""The sides of one event mention and its toll: actor1 (who did it, also when the
sentence hides it: a passive's agent, a claimant, the force whose weapon it was), the
associated actors, actor2 (whom it was done to: a named target, the side holding an area,
the dead of a bombing, a crowd), and the casualty figures and explanation of the mention.
The pipeline (``pipeline.mentions_of``) calls ``mention_actors`` and
``mention_casualties`` for each mention; the article-level completion of a merged event's
sides stays in the pipeline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from frontlines import data
from frontlines.domain import codes, taxonomy
from frontlines.domain.model import Actor, Mention, Place, Toponym
from frontlines.domain.places import coarseness
from frontlines.extraction import actors as actors_stage
from frontlines.extraction import incidents
from frontlines.extraction import places as places_stage
from frontlines.extraction.casualties import count_casualties
from frontlines.extraction.context import (
    CASUALTY_EVENT_TYPES,
    TERRITORY,
    VIOLENT_TYPES,
    ArticleScan,
    SentenceInfo,
    Where,
)
from frontlines.extraction.docs import sentence_ents
from frontlines.extraction.events import MentionDraft
from frontlines.extraction.events.lexicon import load_lexicon
from frontlines.extraction.events.resolvers import (
    clause_apart,
    main_clause,
    untagged_name,
)
from frontlines.extraction.events.resolvers import words as type_words
from frontlines.extraction.events.roles import (
    battle_side,
    find_roles,
    np_span,
    timed_clause,
)
from frontlines.extraction.events.triggers import actor_class
from frontlines.extraction.places.gazetteer import load as load_gazetteer
from frontlines.extraction.places.recognize import BIG_CITY
from frontlines.extraction.places.resolve import BORDER_WORDS, demonym_at
from frontlines.extraction.time import When
from frontlines.extraction.words import reporting_verbs


def mention_actors(draft: MentionDraft, s: SentenceInfo, scan: ArticleScan, cc: str | None
            ) -> tuple[Actor | None, list[Actor], Actor | None, bool]:
    """(actor1, associated actors of actor1, actor2, whether actor2 holds the post the
    attack struck) of a mention."""
    ctx = scan.actors
    _find_agent(draft)
    actor1, assoc1 = _actor1(draft, ctx, cc)
    actor2, assoc1, holds_post = _actor2(draft, s, ctx, cc, actor1, assoc1)
    return ctx.home(actor1), assoc1, _own_people(actor2) or ctx.home(actor2), holds_post


def _own_people(actor: Actor | None) -> Actor | None:
    """A generic actor whose own words name its people ("Civilians (Palestine)" of "five
    Palestinians"): the report's main country (``ActorContext.home``, for a misread
    place) does not replace the nationality the text gives."""
    words = actor.text.split() if actor is not None else []
    cc = actors_stage.generic_country(actor)
    return actor if words and cc and (load_gazetteer().demonym(words[-1]) == cc or (
        actors_stage.own_nationality(actor))) else None


def _find_agent(draft: MentionDraft) -> None:
    """Settle the span that did it (and drop sources posing as sides): the clause's
    subject first, then the constructions that name a perpetrator elsewhere."""
    # "according to Lebanese Shiite paramilitary group Hezbollah": a source, not a side
    if draft.agent is not None and incidents.is_source(draft.agent):
        draft.agent = None
    if _victim_as_agent(draft):  # "a civilian died in a bomb attack": the one it befell
        draft.agent = None
    held = draft.patient is not None and actors_stage.held_area(draft.patient)
    if held:
        draft.area_holder = actors_stage.area_holder(draft.patient)
    if held or (draft.patient is not None and incidents.is_source(draft.patient)):
        draft.patient = None  # a source, or "shelling of regime-held areas": a place
    if draft.agent is None and draft.trigger.pos_ == "NOUN" and (
            actors_stage.names_perpetrator(draft.trigger)):
        # "a suicide bomber killed four": the trigger names who did it
        draft.agent = draft.trigger.doc[draft.trigger.left_edge.i:draft.trigger.i + 1]
        draft.agent_pattern = "trigger"
    if draft.agent is None:  # "killed in mortar fire by rebel fighters"
        _agent_from(draft, _victims_verb_agent, "cause")
    if draft.agent is None:  # "killed at the hands of SDF fighters"
        _agent_from(draft, _hands_agent, "passive-by")
    if draft.agent_pattern == "linear" and _passive_modifier(draft.trigger):
        draft.agent = None  # "regime forces based in the bombed building": not the bombers
    if draft.agent is None or draft.agent_pattern == "linear":
        _agent_from(draft, _cause_agent, "cause")  # "injured due to attacks by X"
    if draft.agent is None:  # "civilians were killed when militants hit X"
        _agent_from(draft, _when_agent, "when")
    # "people killed in regime shelling": a noun parsed as a participle has no subject
    misparsed = draft.trigger.tag_ == "VBG" and draft.trigger.dep_ == "acl"
    if draft.agent is None or misparsed:  # "terrorist shelling", "regime airstrikes"
        modifier = incidents.modifier_agent(draft.trigger)
        if modifier is not None or not misparsed:
            draft.agent = modifier
            draft.agent_pattern = "modifier" if modifier is not None else draft.agent_pattern
    _attributed_agent(draft)
    _cataphoric_agent(draft)


# third-person pronouns that stand for a side ("it" for a group, "they" for its fighters)
_SIDE_PRONOUNS = frozenset({"it", "they"})


def _cataphoric_agent(draft: MentionDraft) -> None:
    """"When it overran the airbase, the Army of Conquest killed dozens": a pronoun that
    is the subject of an adverbial clause put before its main clause points forward to
    the main clause's subject (English cataphora), which names the doer; the pronoun
    alone names no one. A pronoun of a clause that comes after its main clause, or a main
    clause whose subject is itself a pronoun, is left to the other rules."""
    agent = draft.agent
    if agent is None or len(agent) != 1 or agent[0].lower_ not in _SIDE_PRONOUNS:
        return
    clause = next((t for t in [draft.trigger, *draft.trigger.ancestors]
                   if t.dep_ == "advcl"), None)
    if clause is None or agent[0].head.i != clause.i:
        return
    subj = _subject(clause.head)
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ == "PRON" or (
            clause.right_edge.i >= subj.i):
        return
    draft.agent = subj.doc[subj.left_edge.i:subj.right_edge.i + 1]


def _victim_as_agent(draft: MentionDraft) -> bool:
    """The same words read as both the doer and the one done to ("a civilian died in a
    bomb attack": the subject of a verb of dying is the victim). A side cannot attack
    itself, so the words are the victim (ACLED's actor2) and the doer is unnamed."""
    agent, patient = draft.agent, draft.patient
    return agent is not None and patient is not None and (
        agent.start == patient.start and agent.end == patient.end)


def _passive_modifier(trigger: Token) -> bool:
    """A participle that modifies its noun ("the bombed building", "a shelled village"):
    passive, so its doer is unnamed and the noun phrase before it is no agent. Only after
    a determiner of its noun: "reported killed rebel fighters" is a misparsed verb."""
    head = trigger.head
    return trigger.dep_ == "amod" and trigger.tag_ == "VBN" and head.i > trigger.i and any(
        c.dep_ == "det" and c.i < trigger.i for c in head.children)


# events whose agent may be a count of people ("dozens of students"): its body is the agent
_COUNTED_AGENTS = VIOLENT_TYPES | {taxonomy.PROTESTS, taxonomy.RIOTS}


def _actor1(draft: MentionDraft, ctx: actors_stage.ActorContext, cc: str | None
            ) -> tuple[Actor | None, list[Actor]]:
    """Actor1 and its associated actors from the agent span, by ACLED's naming."""
    speaker = _speakers_own(draft.agent)
    actor1, assoc1 = (actors_stage.resolve_actors(speaker, ctx, country_code=cc)
                      if speaker is not None else (None, []))
    if actor1 is None or actor1.inter not in codes.ARMED:
        actor1, assoc1 = (actors_stage.resolve_actors(draft.agent, ctx, country_code=cc)
                          if draft.agent is not None else (None, []))
    owner = _device_owner(draft.agent) if actor1 is None else None
    if owner is not None:  # "an explosive planted by Islamic State killed four soldiers"
        actor1, assoc1 = actors_stage.resolve_actors(owner, ctx, country_code=cc)
    militia = actors_stage.perpetrator_group(draft.agent, cc or ctx.country_for(draft.agent)) \
        if draft.agent is not None and draft.event_type in VIOLENT_TYPES and (
            actor1 is None or actor1.inter == 7 or actor1.name.startswith("Unidentified")) \
        else None
    if militia is not None:  # "Fulani herders killed 20 villagers": the ethnic militia
        actor1, assoc1 = militia, []
    if actor1 is None and draft.agent is not None and draft.event_type in _COUNTED_AGENTS:
        # "a group of"; "Hundreds of Kenyan students protested": the students demonstrate
        actor1 = actors_stage.resolve_counted(draft.agent, ctx, country_code=cc)
    if actor1 is None and draft.agent is not None and draft.event_type in (
            taxonomy.PROTESTS, taxonomy.RIOTS):  # "Thousands of Palestinians marched"
        actor1 = _nationals(draft.agent, cc)
    if draft.agent is not None and draft.agent_pattern == "modifier" and (
            draft.event_type in (taxonomy.EXPLOSIONS, taxonomy.BATTLES)):
        actor1, assoc1 = _joint_forces(draft.agent, actor1, assoc1)
    if draft.agent is not None and draft.event_type == taxonomy.EXPLOSIONS:
        actor1, assoc1 = _joint_states(draft.agent, actor1, assoc1)
    if actor1 is None and draft.agent is not None and (draft.event_type in (
            taxonomy.EXPLOSIONS, taxonomy.BATTLES)
            or draft.sub_event_type == taxonomy.DISRUPTED_WEAPONS):
        actor1 = actors_stage.state_agent(draft.agent)  # "Israel struck", "Turkey shot down"
    if actor1 is None and draft.agent is not None and draft.event_type in VIOLENT_TYPES:
        actor1 = actors_stage.led_force(draft.agent)  # "U.S.-led bombing raids destroyed"
    if actor1 is None and draft.agent is not None and (draft.event_type in VIOLENT_TYPES
                                                       or _yields(draft.trigger)):
        actor1 = actors_stage.armed_opposition(draft.agent, cc or ctx.country_for(draft.agent))
    if draft.agent_pattern == "trigger" and (actor1 is None or actor1.name.startswith(
            "Unidentified")):  # "suicide bombers linked to the group killed 57"
        trig = draft.trigger
        if trig.lemma_.lower() not in actors_stage.OWN_GROUP:
            actor1 = actors_stage.tied_group([*trig.children, trig.head], ctx, cc) or actor1
    if actor1 is not None and draft.agent is not None and draft.event_type in (
            taxonomy.PROTESTS, taxonomy.RIOTS):
        actor1, assoc1 = _supporters(draft.agent, actor1, assoc1,
                                     draft.event_type == taxonomy.RIOTS,
                                     cc or ctx.country_for(draft.agent))
    blamed = _blamed(draft.trigger) if actor1 is None else None
    if blamed is not None:  # "blamed the Syrian regime for last Saturday's attack"
        actor1, assoc1 = actors_stage.resolve_actors(blamed, ctx, country_code=cc)
    return actor1, assoc1


def _speakers_own(agent: Span | None) -> Span | None:
    """The speaker whose own force an agent is ("The US-led coalition said its aircraft
    killed 25 fighters", "the Taliban said their fighters ambushed a convoy"): "its" or
    "their" on the subject of a clause a reporting verb governs points back to that
    verb's subject, not to the country the place gives ("its aircraft" over Raqqa are
    not Syria's). Kept only where the speaker is an armed side."""
    if agent is None or agent.root.dep_ != "nsubj" or not any(
            c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in agent.root.children):
        return None
    clause = agent.root.head
    say = clause.head if clause.dep_ == "ccomp" else None
    if say is None or say.lemma_ not in reporting_verbs():
        return None
    return _np_of(next((c for c in say.children if c.dep_ == "nsubj"), None))


def _device_owner(agent: Span | None) -> Span | None:
    """Who used the thing a clause's subject names ("a bomb planted by Taliban
    insurgents", "a rocket fired by Hamas"): ACLED codes the side that laid or fired
    it as actor1, not an unidentified group, so the participle's "by" agent is read."""
    if agent is None:
        return None
    used = data.words("actors.yaml", "device_verbs")
    part = next((c for c in agent.root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in used), None)
    by = next((c for c in part.children if c.dep_ == "agent"), None) if part else None
    return _np_of(next((c for c in by.children if c.dep_ == "pobj"), None)) if by else None


def _actor2(draft: MentionDraft, s: SentenceInfo, ctx: actors_stage.ActorContext, cc: str | None,
            actor1: Actor | None, assoc1: list[Actor]
            ) -> tuple[Actor | None, list[Actor], bool]:
    """Actor2 (the target or the other side), what is left of actor1's associates, and
    whether actor2 is the holder of the post the attack struck."""
    actor2 = (actors_stage.resolve_actor(_crowd_of(draft.patient), ctx, country_code=cc)
              if draft.patient is not None else None)
    if actor2 is None and draft.patient is not None and draft.event_type in VIOLENT_TYPES:
        actor2 = actors_stage.resolve_counted(draft.patient, ctx, country_code=cc) or (
            _affiliation(draft.patient, ctx, cc)) or _nationals(draft.patient, cc)
    elif actor2 is None and draft.patient is not None and (
            draft.sub_event_type == taxonomy.ARRESTS):
        # "Khalid Shaikh Mohammed, a top al-Qaida operative ..., was captured": ACLED
        # codes a member arrested by his group, as a member killed; a non-state group
        # only ("Park, an army soldier, was captured": whose army, the text leaves open)
        member = _affiliation(draft.patient, ctx, cc)
        actor2 = member if member is not None and (
            member.inter in incidents.NON_STATE_ARMED) else None
    backers = _actor_list(draft.backers, ctx, cc)
    assoc1 += [a for a in backers if (actor1 is None or a.name != actor1.name)
               and all(a.name != b.name for b in assoc1)]
    holder = _holder_hit(draft, s, ctx, cc, actor1, actor2)
    actor2 = holder or actor2
    if actor2 is None:  # the target its words name otherwise than as the object
        actor2 = _target_told_otherwise(draft, ctx, cc)
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name and not (
            _two_unnamed_groups(draft, actor2)):
        actor2 = None
    if actor2 is None and draft.sub_event_type == taxonomy.ARMED_CLASH and (
            draft.agent_pattern != "with"):
        actor2 = _clash_opponent(draft.trigger, actor1, ctx, cc)
    if actor2 is None and assoc1 and (_reciprocal(draft.patient) or _traded_fire(draft.trigger)):
        actor2, assoc1 = assoc1[0], assoc1[1:]
    if actor2 is None and draft.sub_event_type == taxonomy.ARMED_CLASH and (
            draft.agent_pattern not in _JOINT_AGENCY):
        # a backer ("backed by the Desert Hawks Brigade") is an ally, never the other side
        backed = {a.name for a in backers}
        actor2, _rest = _opposed_conjunct(actor1, [a for a in assoc1 if a.name not in backed])
        assoc1 = [a for a in assoc1 if actor2 is None or a.name != actor2.name]
    if actor2 is None and draft.sub_event_type in TERRITORY:
        actor2 = _former_holder(s.span, draft.trigger.i, [actor1, *assoc1], ctx, cc) or (
            _state_taken_from(draft.trigger, actor1))
    if actor2 is None and (draft.sub_event_type == taxonomy.ARMED_CLASH
                           or draft.sub_event_type in taxonomy.TERRITORY_BATTLES):
        actor2 = fought_side(s.span, [actor1, *assoc1], ctx, cc)
    if actor2 is None and draft.area_holder is not None and not (
            s.casualties.killed_text or s.casualties.injured_text):
        actor2 = _side_holding(draft.area_holder, actor1, ctx, cc)
    return actor2, assoc1, holder is not None and holder is actor2


def _holder_hit(draft: MentionDraft, s: SentenceInfo, ctx: actors_stage.ActorContext,
                cc: str | None, actor1: Actor | None, actor2: Actor | None) -> Actor | None:
    """The side holding what the attack struck (a post, a passing unit, the people in a
    place, a garrison), ACLED's target where the sentence names no other or only a head
    count; none where the toll names its dead as civilians of a kind."""
    # only where dead or wounded are counted: the post's holder replaces a head count's
    # "people", it does not make a passing mention of an attack an incident of its own
    # (or where the perpetrator is named, or a bomb went off: "a car bomb detonated near
    # a US convoy" targets the convoy's forces)
    counted = s.casualties.killed_text or s.casualties.injured_text or actor1 is not None \
        or draft.event_type == taxonomy.EXPLOSIONS
    civilians = _civilians_told(s)
    holder = _post_holder(draft.trigger, ctx, cc) if counted and (
        draft.event_type in VIOLENT_TYPES) and (actor2 is None or _anyone(draft.patient)
                                                 ) and not civilians else None
    if holder is None and actor2 is None and draft.event_type in VIOLENT_TYPES and (
            draft.patient is not None) and not civilians:
        # "fired missiles on Syria's Shayrat airbase": the post the attack was aimed at
        # names its holder, the side ACLED codes as the target, toll or no toll (unless
        # the toll names the dead as civilians of a kind)
        holder = _owner_of_post(draft.patient.root, ctx, cc)
    if holder is None and actor2 is None and draft.event_type in VIOLENT_TYPES:
        # "the bomb was detonated when an Israeli patrol was driving along a road"
        holder = _passing_unit(draft.trigger, ctx, cc, actor1)
    if holder is None and actor2 is None and draft.event_type in VIOLENT_TYPES and (
            draft.patient is not None):
        holder = _people_in(draft.patient.root, ctx, cc)
    if holder is None and actor2 is None and draft.event_type in VIOLENT_TYPES and (
            draft.patient is not None or counted) and counted_side(s, ctx, cc, actor1) is None \
            and not civilians:
        # (the garrison's dead counted by their force name it: "killing four policemen")
        holder = _garrison(draft, actor1, ctx, cc or ctx.country_for(draft.trigger.sent))
    return holder



def _civilians_told(s: SentenceInfo) -> bool:
    """The toll names its dead as unarmed people of a kind ("killing at least 24
    employees at the compound", "wounding five villagers"): ACLED codes them as the
    Civilians they are, so the post the attack struck does not make its holder the
    target (a bare "people" or "persons" still gives way to the post: `_post_holder`)."""
    doc = s.span.doc
    heads = [doc[i] for i in s.casualties.counted]
    return any(actors_stage.names_civilians(t.text) and t.lemma_.lower() not in ANYONE_COUNTS
               for t in heads)


# Head counts that say nothing of who was hit ("45 people", "11 persons"): one set for
# the toll's dead and for the verb's object.
ANYONE_COUNTS = frozenset({"people", "person", "persons"})


def _two_unnamed_groups(draft: MentionDraft, actor2: Actor) -> bool:
    """"A shootout broke out between gunmen and armed men": two groups the report does
    not name fought each other, each ACLED's "Unidentified Armed Group (Country)", so
    the one name stands on both sides (a named group or a force named twice is one
    side read twice). Only a side fought "with", "against" or "between": "killing two
    of the attackers" counts the gunmen's own dead."""
    agent, patient = draft.agent, draft.patient
    if agent is None or patient is None or draft.sub_event_type != taxonomy.ARMED_CLASH:
        return False
    fought = draft.agent_pattern == "between" or (
        patient.root.dep_ == "pobj" and patient.root.head.lower_ in _FOUGHT_PREPS)
    return fought and actor2.name.startswith("Unidentified Armed Group") and (
        agent.end <= patient.start or patient.end <= agent.start)


def _target_told_otherwise(draft: MentionDraft, ctx: actors_stage.ActorContext,
                           cc: str | None) -> Actor | None:
    """The target of a violent event its words name otherwise than as the verb's object:
    where the weapon was aimed, an attack noun's "on" phrase, the side that "came under
    attack", a relative clause's object, the dead of the bombing, the owner of the thing
    hit (the first that names one)."""
    violent = draft.event_type in VIOLENT_TYPES
    trig = draft.trigger
    actor = None
    if violent and draft.patient is None:
        # "Hezbollah fired rockets at Israeli troops", "devices were detonated near troops"
        # (a victim named otherwise is the target: "she was shot ... at a checkpoint")
        actor = _aimed_side(trig, ctx, cc)
    if actor is None and violent and _weapon_object(draft):
        # "detonated an improvised explosive device targeting a Border Security Force
        # (BSF) vehicle", "detonated his explosive belt among mourners": the object is the
        # weapon, so whom it was aimed at is the target
        actor = _device_target(draft.patient.root, ctx, cc) or _aimed_side(
            trig, ctx, cc, _AIMED_PREPS | {"among"})
    if actor is None and violent and trig.pos_ == "NOUN":
        # "laid an ambush on a rebel group ..., killing all members of the convoy": the
        # side an attack noun's "on"/"against" phrase names is its target, whoever else
        # a participle counts
        actor = _aimed_side(trig, ctx, cc, type_words("attacked_preps"))
    if actor is None and violent and draft.patient is None:
        # "soldiers ... were patrolling ... when they came under attack"
        actor = _side_under(trig, ctx, cc)
    if actor is None and violent:
        actor = _relative_object(trig, ctx, cc)
    if actor is None and violent and (
            draft.event_type != taxonomy.BATTLES):  # "the dead of the bombing", not a battle's
        actor = _dead_of(trig, cc or ctx.country_for(trig.sent))
    if actor is None and draft.patient is not None and (
            violent or draft.sub_event_type == taxonomy.LOOTING):
        actor = _owner_of_thing(draft.patient.root, ctx, cc)
    return actor


_FOUGHT_PREPS = frozenset({"with", "against", "between"})
# participles that tell what a weapon was aimed at ("a device targeting a BSF vehicle")
_TARGETING = data.words("actors.yaml", "targeting_verbs")


def _weapon_object(draft: MentionDraft) -> bool:
    """The verb's object is the weapon used, not whom it hit: the trigger is a verb of
    setting off or firing (actors.yaml `device_verbs`: "detonated a bomb", "fired
    rockets")."""
    return draft.patient is not None and draft.trigger.pos_ == "VERB" and (
        draft.trigger.lemma_.lower() in data.words("actors.yaml", "device_verbs"))


def _device_target(weapon: Token, ctx: actors_stage.ActorContext, cc: str | None
                   ) -> Actor | None:
    """The side a weapon's own participle says it was aimed at ("an improvised explosive
    device targeting a Border Security Force (BSF) vehicle", "a bomb aimed at a police
    patrol"): ACLED codes the target as actor2, whoever else the toll counts."""
    for part in (c for c in weapon.children if c.dep_ == "acl"
                 and c.lemma_.lower() in _TARGETING):
        objs = [c for c in part.children if c.dep_ in ("dobj", "obj")]
        objs += [g for c in part.children if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS
                 for g in c.children if g.dep_ == "pobj"]
        for obj in objs:
            actor = actors_stage.resolve_actor(np_span(obj, keep_preps=False), ctx,
                                               country_code=cc) or _owner_of_post(
                obj, ctx, cc) or _people_in(obj, ctx, cc)
            if actor is not None and actor.inter != 0:
                return actor
    return None


def fought_side(sent: Span, ours: list[Actor | None], ctx: actors_stage.ActorContext,
                cc: str | None) -> Actor | None:
    """The side a word of fighting anywhere in the sentence names ("captured the eastern
    axis after a fierce battle with the jihadist rebels", "continued to battle pockets of
    Takfiris"): a battle's or a taking's actor2 is the side fought, when the clause of the
    event names no other. The agent's own side and its allies are not it."""
    words = data.words("actors.yaml", "fought_words")
    repelled = data.words("actors.yaml", "repel_words")
    taken = {a.name for a in ours if a is not None}
    for tok in sent:
        if tok.lower_ not in words and tok.lower_ not in repelled:
            continue
        phrases = _fought_phrases(tok) if tok.lower_ in words else _repelled(tok)
        for side in phrases:
            actor = actors_stage.resolve_actor(np_span(side, keep_preps=True), ctx,
                                               country_code=cc) or (
                actors_stage.resolve_counted(np_span(side, keep_preps=True), ctx,
                                             country_code=cc))
            if actor is not None and actor.inter not in (0, codes.CIVILIANS) and (
                    actor.name not in taken):
                return actor
    return None


def _fought_phrases(word: Token) -> list[Token]:
    """The heads a word of fighting names its sides by: the objects of its "with",
    "against" or "between" phrases and their conjuncts, and a verb's direct object."""
    heads = [g for c in word.children if c.dep_ == "prep" and c.lower_ in _FOUGHT_PREPS
             for g in c.children if g.dep_ == "pobj"]
    if word.dep_ == "pobj" and word.head.dep_ == "prep":
        # "after being on the defensive against the jihadist rebels": the parse hangs the
        # "against" phrase on the verb the word's own phrase is on
        heads += [g for c in word.head.head.children if c.dep_ == "prep"
                  and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
    if word.pos_ == "VERB":
        heads += [c for c in word.children if c.dep_ in ("dobj", "obj")]
    return heads + [c for h in heads for c in h.conjuncts]


def _repelled(word: Token) -> list[Token]:
    """The side a verb of repelling names: its object ("repelled an ISIS attack") or, in
    the passive, its subject ("Once ISIS was repelled ..., the Syrian Armed Forces
    launched their own counter-assault"). Not its "with" phrase, which is the means or
    the ally that helped."""
    if word.pos_ != "VERB":
        return []
    heads = [c for c in word.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return heads + [c for h in heads for c in h.conjuncts]


def _side_under(trigger: Token, ctx: actors_stage.ActorContext, cc: str | None
                ) -> Actor | None:
    """"Soldiers ... were patrolling near a U.S. base when they came under attack": the
    subject of "came under attack" (or "under fire") is the side attacked, ACLED's
    actor2. A personal pronoun stands for the subject of the clause its own clause hangs
    on (a "when" clause tells of the main clause's people)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "under" or (
            prep.head.lemma_.lower() not in type_words("under_verbs")):
        return None
    subject = _subject(prep.head)
    if subject is not None and subject.tag_ == "PRP" and prep.head.dep_ in ("advcl", "conj"):
        subject = _subject(prep.head.head)
    if subject is None or subject.tag_ == "PRP":
        return None
    phrase = np_span(subject, keep_preps=True)
    actor = actors_stage.resolve_actor(phrase, ctx, country_code=cc) or (
        actors_stage.resolve_counted(phrase, ctx, country_code=cc))
    return actor if actor is not None and actor.inter != 0 else None


def _subject(verb: Token) -> Token | None:
    """A verb's subject, active or passive."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _relative_object(trigger: Token, ctx: actors_stage.ActorContext, cc: str | None
                     ) -> Actor | None:
    """"The names of over 100 rebel fighters they reportedly executed": a relative clause
    whose verb has no object of its own is about the noun it hangs on, the people the
    violence was done to (ACLED's actor2)."""
    if trigger.dep_ != "relcl" or trigger.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "obj", "nsubjpass") for c in trigger.children) or not any(
            c.dep_ == "nsubj" for c in trigger.children):
        return None
    span = np_span(trigger.head, keep_preps=False)
    span = span.doc[span.start:min(span.end, trigger.left_edge.i)]
    return actors_stage.resolve_actor(span, ctx, country_code=cc) or (
        actors_stage.resolve_counted(span, ctx, country_code=cc)) if len(span) else None


# the people an attack left dead or hurt, named by that alone ("the victims of the bombing")
_DEAD_WORDS = frozenset({"dead", "victim", "wounded", "injured"})


def _dead_of(trigger: Token, cc: str | None) -> Actor | None:
    """The dead of an attack named only as such ("buried the dead of a suicide bombing",
    "the victims of the shelling"): ACLED codes the unarmed killed in a bombing as
    Civilians of the country where it happened. Only the "of" phrase of those words, so
    that a sentence naming no one killed gets no victim."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    if prep.head.lemma_.lower() not in _DEAD_WORDS and prep.head.lower_ not in _DEAD_WORDS:
        return None
    actor = actors_stage.civilians(cc)
    return replace(actor, text=prep.head.text) if actor is not None else None


def _side_holding(holder: Span, actor1: Actor | None, ctx: actors_stage.ActorContext,
                  cc: str | None) -> Actor | None:
    """The armed side whose area was hit, when the sentence counts no victims (ACLED:
    the target of shelling "rebel-held villages" is the rebels; the dead, where named,
    are the target instead). Never actor1 itself, never civilians."""
    side = actors_stage.resolve_actor(holder, ctx, country_code=cc)
    if side is None or side.inter in (0, codes.CIVILIANS) or (
            actor1 is not None and side.name == actor1.name):
        return None
    return side


_CROWDS = {"crowd", "throng", "gathering"}


def _crowd_of(patient: Span) -> Span:
    """"Opened fire on a crowd of villagers": the people its "of" phrase names are who
    the crowd was (ACLED's civilians; protesters only when the text says they
    protested), not the protesters the bare word "crowd" stands for."""
    root = patient.root
    if root.lemma_.lower() not in _CROWDS:
        return patient
    body = [g for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj" and g.i < patient.end]
    return patient.doc[body[0].left_edge.i:min(body[0].right_edge.i + 1, patient.end)] if (
        body) else patient


def _affiliation(patient: Span, ctx: actors_stage.ActorContext, cc: str | None
                 ) -> Actor | None:
    """The side a victim belongs to by the apposition that says who he is: "Rajeh Haji
    Sherida, an ISIS leading member", "Haydar Kirkan, a Turkish al-Qaeda leader". ACLED
    codes the group of a member killed as the target (a name alone names no side). Armed
    sides only: "employees of the private US firm Blackwater" say whom they worked for,
    not that they were civilians."""
    for said in (c for c in patient.root.children if c.dep_ == "appos" and c.i >= patient.end):
        actor = actors_stage.resolve_actor(np_span(said, keep_preps=True), ctx, country_code=cc)
        if actor is None:  # "the top military commander of the militant Jabhat Fateh
            # al-Sham": the parse hangs the group's name on the rank as an apposition
            actor = next((a for a in (actors_stage.resolve_actor(np_span(c), ctx,
                                                                  country_code=cc)
                                      for c in said.children if c.dep_ == "appos")
                          if a is not None), None)
        if actor is not None and actor.inter not in (0, codes.CIVILIANS):
            return actor
    for said in _said_to_be(patient):
        actor = actors_stage.resolve_actor(np_span(said, keep_preps=True), ctx, country_code=cc)
        if actor is not None and actor.inter not in (0, codes.CIVILIANS):
            return actor
    return None


def _said_to_be(patient: Span) -> list[Token]:
    """What a "who" clause of the victim says he is or became ("Zarkasi, who is said to
    have become the acting head of JI ..."): the clause's predicate noun, an apposition
    put as a clause."""
    clauses = [c for c in patient.root.children if c.dep_ == "relcl" and c.i >= patient.end
               and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)]
    return [t for c in clauses for t in c.subtree
            if t.dep_ in ("attr", "oprd") and t.head.lemma_ in ("be", "become")]


def _nationals(patient: Span, cc: str | None) -> Actor | None:
    """Victims the report names only by their people ("five Palestinians", "Fourteen
    Iraqis were killed"): civilians, as ACLED codes the unarmed hit, of the country
    where it happened, else (no place resolved) of the people named. Only the plain
    plural, or one of them ("shot and killed a Palestinian"): "Palestinian gunmen" or
    "Iraqi soldiers" name their side by their noun."""
    body = actors_stage.counted_body(patient) or patient
    root = body.root
    if not (root.tag_ in ("NNPS", "NNS") or _one_of_a_people(root)) or not (
            root.text[:1].isupper()) or any(
            not _counts_them(c) and (c.dep_ not in _PLAIN_DEPS or (
                c.i > root.i and c.dep_ not in ("appos", "punct")))
            for c in root.children):  # ("The four Britons, all biologists": who they were)
        return None
    people = load_gazetteer().demonym(root.text) or _community_country(root.text)
    actor = actors_stage.civilians(cc or people) if people else None
    return replace(actor, text=body.text) if actor is not None else None


def _counts_them(child: Token) -> bool:
    """"5 Syrians - including one child -": an "including" phrase lists some of the
    people counted, it does not say they were anything but a people's plain number."""
    return child.dep_ == "prep" and child.lower_ == "including"


def counted_people(s: SentenceInfo) -> str | None:
    """The country (ISO2) of the one people the sentence's casualty phrases name
    ("wounding five Lebanese villagers"): with no place resolved, the victims' own
    nationality says where it happened better than the country the report names most
    (the attacker's: "Israeli occupation forces shelled ..."). Two peoples ("five
    Americans and two Israelis") name no one country."""
    gaz = load_gazetteer()
    doc = s.span.doc
    words = [t for i in s.casualties.counted for t in np_span(doc[i], keep_preps=False)]
    peoples = {cc for t in words if t.text[:1].isupper()
               and (cc := gaz.demonym(t.text) or _community_country(t.text))}
    return peoples.pop() if len(peoples) == 1 else None


def _community_country(word: str) -> str | None:
    """The country (ISO2) of a people named by its community ("Copts": Egypt), from
    `community_peoples` in actors.yaml: one country's people, like a demonym."""
    table = data.load("actors.yaml").get("community_peoples") or {}
    return next((iso for iso, nouns in table.items() if word in nouns), None)


def _one_of_a_people(root: Token) -> bool:
    """"A Palestinian", "an Iraqi": a people's word as a noun with "a"/"an" is one of them
    (an adjective would have a noun after it: "a Palestinian gunman")."""
    # the parser may tag the noun as an adjective ("shot dead a Palestinian"): its role
    # as the object or subject says it is the noun
    noun = root.pos_ in ("PROPN", "NOUN") and root.tag_ in ("NNP", "NN") or (
        root.tag_ == "JJ" and root.dep_ in _NOUN_ROLES)
    return noun and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)


_NOUN_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


# what may hang on a people's plural that is still only a head count ("five unarmed")
_PLAIN_DEPS = frozenset({"nummod", "det", "amod", "advmod", "quantmod", "punct", "appos"})


def _attributed_agent(draft: MentionDraft) -> None:
    """An agent the report attributes the event to from outside its clause, when the
    clause names none: who launched it, or who claimed it."""
    launcher = _launcher(draft.trigger) if draft.agent is None else None
    if launcher is not None:  # "Turkey announced the launch of the assault on Afrin"
        draft.agent, draft.agent_pattern = launcher, "launch-of"
    claimant = _claimant(draft.trigger) if draft.agent is None else None
    if claimant is not None:
        draft.agent, draft.agent_pattern = claimant, "claimed-by"


# where an attack strikes: "a blast near the headquarters of ...", "shelling on army posts"
# ("rammed his explosives-laden car into a police checkpoint": what it was driven into)
_AT_PREPS = {"near", "at", "on", "against", "outside", "inside", "beside", "into",
             # "the blast occurred under a police car": what the device was set beneath
             "under", "beneath"}


def _post_holder(trigger: Token, ctx: actors_stage.ActorContext, cc: str | None
                 ) -> Actor | None:
    """"A suicide blast near the headquarters of Ahrar al-Sham": an attack on a post,
    base or headquarters targets the armed side that holds it, which ACLED codes as
    actor2 (not the civilians the toll's "people" would suggest)."""
    struck = [g for h in _told_by(trigger) for c in h.children
              if c.dep_ == "prep" and c.lower_ in _AT_PREPS for g in c.children if g.dep_ == "pobj"]
    if trigger.dep_ == "nsubj":  # "a roadside bomb wrecked a police vehicle"
        struck += [c for c in trigger.head.children if c.dep_ in ("dobj", "obj")]
    for obj in struck:  # (only post words name a holder: _owner_of_post)
        actor = _owner_of_post(obj, ctx, cc)
        if actor is not None:
            return actor
    return None


def _told_by(trigger: Token) -> list[Token]:
    """The trigger and, when it is a subject ("a blast near ... killed 45"), the verb that
    tells what it did: where and when it struck hang on that verb."""
    told = [trigger, trigger.head] if trigger.dep_ in ("nsubj", "nsubjpass") else [trigger]
    # "a car bomb detonated near a US convoy": the participle that tells what the bomb did
    return told + [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def _passing_unit(trigger: Token, ctx: actors_stage.ActorContext, cc: str | None,
                  actor1: Actor | None = None) -> Actor | None:
    """The unit a "when" clause puts where the attack struck: in "the bomb was detonated
    when an Israeli patrol was driving along a road" the patrol is the target, the side
    ACLED codes as actor2 (the clause's subject, not an object the parse could give).
    Never the doer itself ("shot dead when police were trying to arrest him": the police
    are actor1 by `_when_agent`)."""
    victims = _victim_names(trigger)  # once for all the clauses
    for clause in _passing_clauses(trigger):
        if _acts_on_victims(clause, victims):
            continue
        for subj in _passers(clause):
            actor = _owner_of_post(subj, ctx, cc) or _armed_passer(subj, ctx, cc)
            if actor is not None and (actor1 is None or actor.name != actor1.name):
                return actor
    return None


def _victim_names(trigger: Token) -> set[str]:
    """The words that may name the people hit in a passing clause: the attack's passive
    subjects and the pronouns for them; none when the victims are not the passive subject
    (in "a driver ... killed himself when policemen were trying to detain him" the pronoun
    is the doer)."""
    victims = [c for h in _told_by(trigger) for c in h.children if c.dep_ == "nsubjpass"]
    if not victims:
        return set()
    return {v.lemma_.lower() for v in victims} | data.words("actors.yaml", "victim_pronouns")


def _acts_on_victims(clause: Token, victims: set[str]) -> bool:
    """ "Two robbers were killed while police were chasing them": a passing clause whose
    object is the people hit (``_victim_names``: a pronoun for the attack's passive
    subject, or their noun) tells the doers at work, not a target passing by (ACLED's
    actor2 is whom the event was done to)."""
    return any(t.dep_ in ("dobj", "obj") and (t.lower_ in victims or t.lemma_.lower() in victims)
               for t in clause.subtree)


def _passing_clauses(trigger: Token) -> list[Token]:
    """The clauses that tell what the people hit were doing when it struck: a "when" or
    "as" clause on the verb that tells the attack; and, where the clause is ongoing ("were
    returning", "were on their way back": a progressive or a "be" clause tells the
    victims' situation, not a deed), a "while" clause, one on a verb joined to the
    trigger ("detonated a belt ... and killed himself when policemen were trying to
    detain him") or on the attack noun a phrase of the verb names ("shot during an ambush
    ... as he and 15 other Polish soldiers were returning"); and the ongoing clause a
    "when" clause of the attack itself hangs on ("The troops had been patrolling the town
    ..., when the attackers struck")."""
    told = _told_by(trigger)
    out = [c for h in told for c in h.children
           if c.dep_ == "advcl" and _marks(c) & {"when", "as"}]
    near = [c for h in told for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    near += [g for h in told for c in h.children if c.dep_ == "prep"
             for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    out += [c for h in told + near for c in h.children
            if c not in out and timed_clause(c) and _ongoing(c)]
    for clause in _when_clauses(trigger):
        main = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if main is not None and _ongoing(main) and main not in out:
            out.append(main)
    return out


def _when_clauses(trigger: Token) -> list[Token]:
    """The attack's own "when"/"as" clause: the trigger opened by the word, or the verb
    that tells what a trigger noun did ("when a bomb ... exploded"), the word also read
    where the parse hung it on that verb's conjunct ("when a bomb ... exploded and
    flipped their truck over") or made the clause a relative one of a time noun ("at
    around 10:30 a.m. local time when the explosion occurred"): a when-clause either way."""
    verbs = [trigger] + ([trigger.head] if trigger.dep_ in ("nsubj", "nsubjpass") else [])
    return [v for v in verbs
            if (_marks(v) | {m for c in v.conjuncts if c.i > v.i for m in _marks(c)})
            & {"when", "as"}]


def _marks(clause: Token) -> set[str]:
    """The words that open a clause ("when", "while", "as")."""
    return {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark")}


def _ongoing(clause: Token) -> bool:
    """A clause that tells a state or an action under way ("were patrolling", "had been
    returning", "were on their way back"): a progressive, or "be" as the clause's verb."""
    if clause.lemma_ == "be" and clause.dep_ != "aux":
        return True
    return clause.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)


def _passers(clause: Token) -> list[Token]:
    """Who a "when" clause says was passing: its subject (and those joined to it: "he and
    15 other Polish soldiers"); the noun itself where the parse
    made the unit the clause ("when an Israeli convoy passed by" read as a noun clause);
    the men a vehicle carried ("when a minibus carrying army personnel was passing")."""
    out = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    out += [j for c in out for j in c.conjuncts]
    if clause.pos_ in ("NOUN", "PROPN"):
        out.append(clause)
    if clause.lemma_.lower() in _CARRYING:
        out += [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    return out


def _armed_passer(subj: Token, ctx: actors_stage.ActorContext, cc: str | None
                  ) -> Actor | None:
    """The armed men a "when" clause says were passing where a bomb went off ("was
    detonated when a group of anti-terrorist soldiers passed by", "when the armed
    policemen were traveling in a truck"): the side ACLED codes as the target. Armed
    sides only: the people in the street are no side the clause names."""
    span = np_span(subj, keep_preps=True)
    actor = actors_stage.resolve_actor(span, ctx, country_code=cc) or (
        actors_stage.resolve_counted(span, ctx, country_code=cc))
    return actor if actor is not None and actor.inter not in (0, codes.CIVILIANS) else None


def _owner_of_thing(obj: Token, ctx: actors_stage.ActorContext, cc: str | None
                    ) -> Actor | None:
    """"Set fire to the house of a journalist", "a journalist's car": the owner of a home,
    shop or car destroyed or attacked is the target (ACLED codes civilians' property
    destroyed against Civilians of the country). Civilians' things only (actors.yaml
    `owned_things`): an armed side's posts are `_owner_of_post`'s, and "the home of a
    police officer" says where, not that the police were hit."""
    if obj.lemma_.lower() not in data.words("actors.yaml", "owned_things"):
        return None
    owners = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    for owner in owners:
        phrase = np_span(owner, keep_preps=False)
        actor = actors_stage.resolve_actor(phrase, ctx, country_code=cc) or _nationals(
            phrase, cc)
        if actor is not None and actor.inter == codes.CIVILIANS:
            return actor
    return None


_MANNING = {"man", "manned", "hold", "held", "guard", "guarded", "run", "operate", "operated",
            "occupy", "occupied", "control", "controlled"}
_CARRYING = {"carry", "carrying", "transport", "transporting", "ferry", "ferrying"}


def _people_in(target: Token, ctx: actors_stage.ActorContext, cc: str | None
               ) -> Actor | None:
    """Who the post attacked held or the vehicle carried: "a checkpoint manned by Afghan
    soldiers", "a bus carrying pilgrims", "a convoy of gold miners". The people in it are
    the target ACLED codes as actor2."""
    if target.lower_ in data.words("post_words.txt"):
        # "a convoy of gold miners", "a patrol of UN peacekeepers": who rode in it
        for person in (g for c in target.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"):
            actor = actors_stage.resolve_actor(np_span(person, keep_preps=False), ctx,
                                               country_code=cc)
            if actor is not None and actor.inter != 0:
                return actor
    sheltering = data.words("actors.yaml", "shelter_verbs")
    for clause in _clauses_on(target):
        words = {clause.lower_, clause.lemma_.lower()}
        people = []
        if words & _MANNING and target.lower_ in data.words("post_words.txt"):
            # (a post only: "a village held by rebels" is where, its people the dead)
            people = [g for a in clause.children if a.dep_ == "agent"
                      for g in a.children if g.dep_ == "pobj"]
        elif words & (_CARRYING | sheltering):
            people = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        for person in people:
            actor = actors_stage.resolve_actor(np_span(person, keep_preps=False), ctx,
                                               country_code=cc)
            if actor is not None and actor.inter != 0:
                return actor
    return None


def _clauses_on(target: Token) -> list[Token]:
    """The clauses that describe a target noun ("a bus carrying pilgrims"), and the verb a
    belief hangs on it ("a mosque believed to be sheltering Iraqi insurgents": the report
    tells whom the place was thought to hold)."""
    clauses = [c for c in target.children if c.dep_ in ("acl", "relcl")]
    return clauses + [x for c in clauses for x in c.children if x.dep_ == "xcomp"]


def _owner_of_post(obj: Token, ctx: actors_stage.ActorContext, cc: str | None
                   ) -> Actor | None:
    """The armed side a post word names as its holder: "the headquarters of Ahrar
    al-Sham", "Syria's Shayrat airbase", "army posts" (no holder, no actor)."""
    if obj.lower_ not in data.words("post_words.txt"):
        return None
    owners = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in obj.children if c.dep_ in ("poss", "compound", "amod")]
    for owner in owners:
        actor = actors_stage.resolve_actor(np_span(owner, keep_preps=False), ctx,
                                           country_code=cc)
        if actor is None and owner.dep_ == "compound" and owner.i + 1 == obj.i:
            # "two police patrol cars": the cars of a patrol are its force's
            actor = _owner_of_post(owner, ctx, cc)
        if actor is None and (owner.ent_type_ == "GPE" and (owner.dep_ == "poss" or (
                owner.dep_ == "compound" and actors_stage.names_a_state(owner)))
                or (owner.ent_type_ in ("GPE", "NORP") and owner.dep_ == "amod")):
            # "Syria's Shayrat airbase", "a US convoy", "an Israeli patrol": the state's forces
            actor = actors_stage.state_of(np_span(owner, keep_preps=False))
        if actor is not None and actor.inter not in (0, 7):
            return actor
    return None


def _garrison(draft: MentionDraft, actor1: Actor | None, ctx: actors_stage.ActorContext,
              cc: str | None) -> Actor | None:
    """"Insurgents attacked the Bagram airbase", "gunmen attacked a checkpoint": a post
    whose holder the sentence does not name stands for its garrison, the state's forces
    (ACLED's Military Forces of the country as actor2). Only where a non-state side (or
    no named side) struck: a state hitting a post may hit one its enemy took, except an
    airbase (`state_posts` in actors.yaml), which only states fly from."""
    # the post hit is the patient, else (no victim named) the post the attack was aimed at
    struck = [draft.patient.root] if draft.patient is not None else _aimed_at(
        draft.trigger, _AT_PREPS)
    state = actor1 is not None and actor1.inter in codes.STATE_FORCES
    for post in map(_defended_post, struck):
        holder = _owner_of_post(post, ctx, cc)  # "threw a grenade at a police post"
        if holder is not None:
            return holder
        word = post.lower_
        if word in ("base", "bases") and any(c.lower_ == "air" for c in post.children):
            word = "airbase"  # "the Bagram air base"
        if word in ("airport", "airports") and any(c.lower_ == "military" for c in post.children):
            word = "airbase"  # "Kuweires military airport": an airbase by another name
        if word not in data.words("actors.yaml", "garrison_posts") or (
                state and word not in data.words("actors.yaml", "state_posts")):
            continue
        if any(c.dep_ in ("poss", "acl", "relcl") or c.dep_ == "prep" and c.lower_ == "of"
               for c in post.children):
            continue  # "the rebels' checkpoint", "a post held by ...": a holder is named
        return actors_stage.military_of(cc, post.text)
    return None


_DEFENDERS = {"defender", "defenders", "garrison", "garrisons"}


def _defended_post(tok: Token) -> Token:
    """The post whose defenders were hit: "the airport's defenders", "the defenders of
    the base" are its garrison, coded as the post's holder (a post stands for its force)."""
    if tok.lower_ not in _DEFENDERS:
        return tok
    held = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
    held += [c for c in tok.children if c.dep_ == "poss"]
    return held[0] if held else tok


# where a weapon is aimed: "fired rockets at Israeli troops", "detonated near troops"
_AIMED_PREPS = {"at", "on", "against", "near", "toward", "towards", "beside"}
# a place or a time in such a phrase names where or when, not whom ("fired at Israel")
_NOT_A_SIDE = {"GPE", "LOC", "FAC", "DATE", "TIME"}


def _aimed_side(trigger: Token, ctx: actors_stage.ActorContext, cc: str | None,
                preps: frozenset[str] | set[str] = _AIMED_PREPS) -> Actor | None:
    """The side a weapon was fired, thrown or set off at, named in a phrase on the verb
    the weapon's noun is the object or subject of ("Hezbollah fired rockets at Israeli
    troops", "threw a grenade at policemen", "two devices were detonated near Israeli
    troops"): ACLED's actor2 is the target. Only a phrase that names a side by itself;
    a post or a place hit is `_owner_of_post`'s or `_garrison`'s."""
    for obj in _aimed_at(trigger, preps):
        phrase = np_span(obj, keep_preps=False)
        if obj.ent_type_ in _NOT_A_SIDE or actors_stage.held_area(phrase):
            continue  # ("strikes on the ISIS-held parts": the holder is `_side_holding`'s)
        actor = actors_stage.resolve_actor(phrase, ctx, country_code=cc)
        if actor is not None and actor.inter != 0:
            return actor
    return None


def _aimed_at(trigger: Token, preps: set[str]) -> list[Token]:
    """The objects of the phrases (`preps`) on the trigger, on the verb it is the subject
    of, and on the verb a weapon noun is the object of ("fired mortars at the airbase")."""
    verbs = _told_by(trigger)
    node = trigger.head if trigger.dep_ == "compound" else trigger  # "fired a rocket shell"
    if node.dep_ in ("dobj", "obj") and node.head.pos_ in ("VERB", "AUX"):
        verbs.append(node.head)
    return [g for verb in verbs for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _clash_opponent(trigger: Token, actor1: Actor | None, ctx: actors_stage.ActorContext,
                    cc: str | None) -> Actor | None:
    """"An Iraqi army captain was killed in clashes with gunmen": the side a clash
    noun's "with" phrase names fights the other side, whoever the clause makes the agent."""
    side = battle_side(trigger)
    actor = actors_stage.resolve_actor(side, ctx, country_code=cc) if side is not None else None
    if actor is None or actor.inter in (0, codes.CIVILIANS) or (
            actor1 is not None and actor.name == actor1.name):
        return None
    return actor


def named_person(patient: Span | None) -> bool:
    """A victim told by name or as "him"/"her": one person, not a body of people (a name
    the tagger gives no type: "Noor Jehan was shot five times")."""
    if patient is None:
        return False
    root = patient.root
    return root.ent_type_ == "PERSON" or root.lower_ in ("him", "her") or untagged_name(patient)


# Entity types a proper noun has when it names no person
_NOT_PERSONS = {"NORP", "GPE", "LOC", "FAC", "ORG", "PRODUCT", "EVENT", "DATE", "TIME"}


def victim_by_name(patient: Span | None) -> bool:
    """ "Kadirgamar, 73, was fatally shot", "Laurent Barbot was shot dead": a victim told
    by a proper name the tagger does not call a place, a group or a nationality is one
    person named (not "him", "a man" or "Palestinians")."""
    if patient is None:
        return False
    root = patient.root
    return root.pos_ == "PROPN" and root.ent_type_ not in _NOT_PERSONS or (
        untagged_name(patient))


_RECIPROCAL = {"each other", "one another"}


def _reciprocal(patient: Span | None) -> bool:
    """"Israeli troops and Palestinian gunmen shot at each other": the subject's
    conjuncts are the two sides."""
    return patient is not None and patient.text.lower() in _RECIPROCAL


_TRADE_VERBS = {"exchange", "trade"}
_SHOTS = {"fire", "gunfire", "shot", "salvo"}


def _traded_fire(trigger: Token) -> bool:
    """"Israeli troops and Palestinian gunmen exchanged fire": to trade fire takes two
    sides, so the subject's conjuncts are the two sides of the battle (ACLED's actor1
    and actor2), as with "shot at each other"."""
    verb = trigger.head if trigger.dep_ in {"dobj", "obj"} else trigger
    return verb.lemma_.lower() in _TRADE_VERBS and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _SHOTS for c in verb.children)


def _anyone(patient: Span | None) -> bool:
    """"Killed 45 people": a head count that says nothing of who was targeted."""
    return patient is not None and patient.root.lemma_.lower() in ANYONE_COUNTS


# "an incursion by the Turkish military and Syrian rebels": the conjuncts of a "by" agent
# carry out the act together, so they are allies, never the two sides of a battle
_JOINT_AGENCY = {"by", "passive-by"}


def _opposed_conjunct(actor1: Actor | None, assoc1: list[Actor]
                      ) -> tuple[Actor | None, list[Actor]]:
    """"Opposition groups and government forces battled": a battle whose two sides are
    the conjuncts of its subject. Only a state's forces and a group fighting the state
    are taken as opposed (allies are conjoined too: "the army and Hezbollah fought")."""
    if actor1 is None or not assoc1:
        return None, assoc1
    for other in assoc1:
        if {actor1.inter, other.inter} == {1, 2}:
            return other, [a for a in assoc1 if a is not other]
    return None, assoc1


@lru_cache(maxsize=1)
def _bare_toll_lists() -> tuple[frozenset[str], frozenset[str]]:
    table = data.load("actors.yaml")
    return (frozenset(table.get("bare_toll_subtypes") or []),
            frozenset(w.lower() for w in table.get("bare_toll_words") or []))


def bare_toll_victims(draft: MentionDraft, s: SentenceInfo, cc: str | None) -> Actor | None:
    """The dead of a bombing counted by a bare number ("a car bomb ... killed 34 and
    wounded more than 50"): ACLED codes those a bomb kills as Civilians (Country) unless
    the report names them as a side, which a count with no noun does not."""
    subtypes, words = _bare_toll_lists()
    doc = s.span.doc
    counted = [doc[i] for i in s.casualties.counted]
    if draft.sub_event_type not in subtypes or not counted or not all(
            t.like_num or t.lower_ in words or _the_places_people(t, cc) or _unarmed_count(t)
            for t in counted):
        return None
    return actors_stage.civilians(cc)


def _unarmed_count(head: Token) -> bool:
    """"Killing seven members of the minority", "five members of staff", "killing the
    official": a bomb's dead named by a noun phrase with no word of an armed side (no
    soldier, policeman, fighter, force; no group's name) are the unarmed ACLED codes as
    Civilians. A pronoun ("three of them") points back to someone, so it names no one."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    phrase = np_span(head, keep_preps=True)
    armed = data.words("actors.yaml", "armed_toll_words")
    return actor_class(phrase) is None and not any(e.ent_id_ for e in phrase.ents) and not (
        any(t.lower_ in armed for t in phrase))


def _the_places_people(tok: Token, cc: str | None) -> bool:
    """"Another spate of bombings in Baghdad killed 10 more Iraqis": the dead counted by
    the people of the country where the bomb went off, a word of no armed side (ACLED's
    Civilians; "Iraqi soldiers" have the soldiers for their noun)."""
    return cc is not None and tok.text[:1].isupper() and tok.tag_ in ("NNPS", "NNS") and (
        load_gazetteer().demonym(tok.text) == cc)


def counted_side(s: SentenceInfo, ctx: actors_stage.ActorContext, cc: str | None,
                  actor1: Actor | None) -> Actor | None:
    """The armed side whose dead or wounded the sentence counts ("another 40 Daesh
    fighters were killed", "killed several soldiers"): the side that lost them is the
    other side of the event."""
    doc = s.span.doc
    # a report whose incident has no place still names its war ("six Kurdish fighters
    # were killed during the ISIS offensive"): the side's country is the sentence's
    cc = cc or ctx.country_for(s.span) or ctx.groups_home()
    for i in s.casualties.counted:
        actor = actors_stage.resolve_actor(np_span(doc[i], keep_preps=True), ctx,
                                           country_code=cc) or _member_of(doc[i], ctx, cc)
        if actor is not None and actor.inter not in (0, 7) and (
                actor1 is None or actor.name != actor1.name):
            return actor
    return None


_MEMBERSHIP = frozenset({"of", "from"})


def _member_of(noun: Token, ctx: actors_stage.ActorContext, cc: str | None) -> Actor | None:
    """The side whose men a count names by membership ("20 members of the pro-regime
    forces", "5 fighters from the opposition factions", "two members of the Islamic armed
    groups"): ACLED codes the side the dead belonged to, not the people counted."""
    for prep in (c for c in _membership_preps(noun) if c.lower_ in _MEMBERSHIP):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            actor = actors_stage.resolve_actor(np_span(obj, keep_preps=False), ctx,
                                               country_code=cc)
            if actor is not None:
                return actor
    return None


def _membership_preps(noun: Token) -> list[Token]:
    """The phrases on a counted noun, and the one the parser hung on its verb right after
    it ("killing several enemy combatants from Jabhat Al-Nusra": "from" is the fighters'
    group, though the parse makes it the verb's): in English a phrase that directly
    follows a verb's object is read with the object first."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    verb = noun.head
    if noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB":
        preps += [c for c in verb.children if c.dep_ == "prep"
                  and c.i == noun.right_edge.i + 1]
    return preps


# the taken are an abduction's target; a foiled attack kills no one of its own: the dead a
# sentence counts are not theirs ("foiled bandits' attack ..., killing nine armed bandits")
NO_DEAD_OF_ITS_OWN = {taxonomy.ABDUCTION, taxonomy.DISRUPTED_WEAPONS}


def named_civilians(patient: Span | None) -> bool:
    """"Attacked the community", "shot a farmer": the event's own target is named by a
    word for civilians (not a bare "people"), so dead counted elsewhere in the sentence
    are not its target."""
    return patient is not None and not _anyone(patient) and (
        actors_stage.names_civilians(_own_words(patient)))


def _own_words(phrase: Span) -> str:
    """A phrase's words without the clauses on its head ("a landmine killing seven
    people, including six policemen": the landmine): the people a participle or relative
    clause tells of are not what the phrase names."""
    told = {t.i for c in phrase.root.children if c.dep_ in ("acl", "relcl")
            for t in c.subtree}
    return " ".join(t.text for t in phrase if t.i not in told)


def armed_among(s: SentenceInfo, ctx: actors_stage.ActorContext, cc: str | None,
                 actor1: Actor | None) -> Actor | None:
    """The armed side the sentence counts as the dead of an attack coded against
    civilians ("bombed a mosque, killing up to 40 rebels hiding inside", "killed seven
    people, including five soldiers", "12 people, most of them policemen"): soldiers,
    police or fighters killed are their force's, never Civilians (ACLED: civilians are
    the unarmed), so that side is the target; not where the count names civilians too."""
    doc = s.span.doc
    heads = [doc[i] for i in s.casualties.counted]
    if any(actors_stage.names_civilians(t.text) and t.lemma_.lower() not in (
            "people", "person") for h in heads for t in (h, *h.conjuncts)):
        return None  # "six policemen and twenty civilians": civilians are named too
    found: list[Actor] = []
    for head in heads:
        for g in [head, *_named_among(head)]:
            actor = actors_stage.resolve_actor(np_span(g, keep_preps=True), ctx,
                                               country_code=cc)
            if actor is None or (actor1 is not None and actor.name == actor1.name):
                continue
            if actor.inter not in (0, 7):
                found.append(actor)
    return found[0] if found else None


def _named_among(head: Token) -> list[Token]:
    """The nouns a count singles out among its people: "including five soldiers",
    "among them two policemen", "12 people, most of them policemen" (an apposition)."""
    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"including", "among"}:
            found += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "appos":
            found.append(child)
    return found


def intervening_force(s: SentenceInfo, ctx: actors_stage.ActorContext, cc: str | None,
                      trigger: Token | None = None) -> Actor | None:
    """The state force a report of a protest with intervention names ("security forces
    fired tear gas at demonstrators", "police dispersed them"): ACLED codes the protesters
    as actor1 and the force that intervened, Police or Military Forces of the country, as
    actor2. The protest is told by a crowd's word or by the event's own word of
    demonstrating ("In the angriest demonstration yet ..., over a thousand people ...
    marched towards the government secretariat, but were stopped on the Mandovi bridge
    by police"); dispersed chemicals are no protest."""
    if not actors_stage.names_crowd(s.span) and not (
            trigger is not None and _protest_word(trigger)):
        return None
    for chunk in s.span.noun_chunks:
        if not actors_stage.names_security_force(chunk):
            continue
        actor = actors_stage.resolve_actor(chunk, ctx, country_code=cc)
        if actor is not None and actor.inter in codes.STATE_FORCES:
            return actor
    return None


def _protest_word(tok: Token) -> bool:
    """A word the lexicon (triggers.yaml) reads as a peaceful protest by itself
    ("demonstration", "marched", "rally")."""
    return any(len(e.words) == 1 and e.type == taxonomy.PEACEFUL_PROTEST
               for e in load_lexicon().by_first.get(tok.lower_, []))


def _supporters(agent: Span, actor1: Actor, assoc1: list[Actor], riot: bool,
                iso2: str | None) -> tuple[Actor, list[Actor]]:
    """"Some 30 supporters of the MRTA demonstrated in Hamburg": people who demonstrate
    for an armed group are ACLED's "Protesters (Country)" of where they marched, the
    group associated with them; only a head that names the group itself makes it the
    demonstrator. A state's people ("the Palestinians were protesting") are protesters
    too: only a force word ("troops", "police") makes a state's forces the agent."""
    head = agent.doc[agent.root.left_edge.i:agent.root.i + 1]
    crowd = actors_stage.demonstrators(riot, iso2)
    if crowd is None:
        return actor1, assoc1
    if actor1.inter == 1:
        return (actor1, assoc1) if actors_stage.names_force(agent) else (crowd, assoc1)
    if actor1.inter not in (2, 3, 4, 8) or actors_stage.resolve_actor(head) is not None:
        return actor1, assoc1
    return crowd, [actor1, *assoc1]


def losing_side(s: SentenceInfo, ctx: actors_stage.ActorContext, cc: str | None,
                 other: Actor | None) -> Actor | None:
    """The armed side of a battle whose losses the sentence reports besides `other`'s:
    the subject of "lost" ("while the YPG lost four of its fighters") or a second side
    counted among the dead ("two police officers and seven ISIS members have been
    killed"). ACLED codes the two sides of a clash; either may stand first."""
    for tok in s.span:
        if tok.lemma_.lower() != "lose" or tok.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        actor = actors_stage.resolve_actor(np_span(subj), ctx, country_code=cc)
        if actor is not None and actor.inter not in (0, 7) and (
                other is None or actor.name != other.name):
            return actor
    if other is None:
        return None
    doc = s.span.doc
    for i in s.casualties.counted:  # "two police officers and seven ISIS members"
        for conj in doc[i].conjuncts:
            actor = actors_stage.resolve_actor(doc[conj.left_edge.i:conj.right_edge.i + 1],
                                               ctx, country_code=cc)
            if actor is not None and actor.inter not in (0, 7) and actor.name != other.name:
                return actor
    return counted_side(s, ctx, cc, other)


def _agent_from(draft: MentionDraft, finder: Callable[[Token], Span | None],
                pattern: str) -> None:
    """The agent ``finder`` reads off the trigger, if any, with how it was found."""
    found = finder(draft.trigger)
    if found is not None:
        draft.agent, draft.agent_pattern = found, pattern


def _hands_agent(trigger: Token) -> Span | None:
    """The agent of a passive told as "at the hands of X" ("killed at the hands of SDF
    fighters", "on the hands of the Islamists"): X did it, as a by-phrase would say."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    for prep in (c for c in verb.children if c.dep_ == "prep"
                 and c.lower_ in {"at", "on", "by", "in"}):
        for hand in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() == "hand"):
            for of in (c for c in hand.children if c.dep_ == "prep" and c.lower_ == "of"):
                who = next((g for g in of.children if g.dep_ == "pobj"), None)
                if who is not None:
                    return np_span(who)
    return None


_CASUALTY_VERBS = {"kill", "injure", "wound", "hurt", "die"}
_CAUSE_PREPS = {"in", "by", "due", "from", "during", "after"}


def _cause_agent(trigger: Token) -> Span | None:
    """The agent of the event a casualty word names as its cause: "three civilians were
    injured due to attacks carried out by Jaish al-Islam", "killed in terrorists rocket
    attacks". The words before the verb are the victims, never the perpetrator."""
    if not {trigger.lemma_.lower(), trigger.lower_} & (_CASUALTY_VERBS | {"injured", "killed",
                                                                          "wounded"}):
        return None
    for prep in trigger.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in _CAUSE_PREPS:
            continue
        nouns = [g for g in prep.children if g.dep_ == "pobj"] + [
            gg for g in prep.children if g.dep_ == "pcomp" for gg in g.children
            if gg.dep_ == "pobj"]  # "due to attacks"
        for noun in nouns:
            if noun.pos_ != "NOUN":
                continue
            agent = find_roles(noun, trigger.sent)[0] or incidents.modifier_agent(noun)
            if agent is not None:
                return agent
    return None


_WHEN_MARKS = {"when", "as"}


def _when_agent(trigger: Token) -> Span | None:
    """The doer a casualty verb's "when" clause names: "dozens of civilians were killed
    when militants of Nusra hit the villages": the clause's subject did the killing. Not
    a subject the victims own ("when their car hit a mine") nor a pronoun."""
    if not {trigger.lemma_.lower(), trigger.lower_} & (_CASUALTY_VERBS | {"killed", "wounded",
                                                                          "injured"}):
        return None
    for clause in (c for c in trigger.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        if not any(m.dep_ == "advmod" and m.lower_ in _WHEN_MARKS or m.dep_ == "mark"
                   and m.lower_ in _WHEN_MARKS for m in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or any(
                d.dep_ == "poss" for d in subj.children):
            return None
        return np_span(subj)
    return None


def _victims_verb_agent(trigger: Token) -> Span | None:
    """The by-phrase of the casualty verb an event noun is the cause of: "two people
    were killed in mortar fire by rebel fighters" (the parse hangs "by" on the verb)."""
    noun = trigger
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _CAUSE_PREPS:
        return None
    verb = prep.head
    if not {verb.lemma_.lower(), verb.lower_} & (_CASUALTY_VERBS | {"killed", "wounded"}):
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj" and g.i != noun.i]
            if objs:
                return np_span(objs[0])
    return None


def _joint_forces(agent: Span, actor1: Actor | None, assoc1: list[Actor]
                  ) -> tuple[Actor | None, list[Actor]]:
    """The forces a weapon's modifier names: "US airstrikes" -> the US forces; joint or
    uncertain ones ("Russian and coalition air raids", "Syrian or Russian warplanes")
    as ACLED codes them: the first named is actor1, the others associated with it."""
    if actor1 is None:
        return actors_stage.state_of(agent), assoc1  # "US airstrikes", "Israeli strikes"
    if not any(t.dep_ == "cc" for t in agent):
        return actor1, assoc1
    first = actors_stage.state_of(agent[:1])
    if first is None or first.name == actor1.name:
        return actor1, assoc1
    return first, [actor1] + [a for a in assoc1 if a.name not in (first.name, actor1.name)]


def _joint_states(agent: Span, actor1: Actor | None, assoc1: list[Actor]
                  ) -> tuple[Actor | None, list[Actor]]:
    """"Russian and Syrian warplanes", "Syrian and Russian jets struck": country words
    joined before one weapon or force name the states that struck together; ACLED codes
    joint forces as the first named (actor1) and the others as its associates, never as
    each other's target. Only when actor1 is one of those states (or none is read): a
    group the agent names itself keeps its place. (A remote-violence deed only: the two
    country words of a battle, "Turkish and Syrian troops clashed", may be its sides.)"""
    states = _coordinated_states(agent)
    if len(states) < 2 or not (actor1 is None or any(a.name == actor1.name for a in states)):
        return actor1, assoc1
    names = {a.name for a in states}
    return states[0], [*states[1:], *(a for a in assoc1 if a.name not in names)]


def _coordinated_states(agent: Span) -> list[Actor]:
    """The states, in text order, of country words joined by "and"/"or" that modify the
    agent's head noun ("Russian and Syrian" in "Russian and Syrian warplanes"), or of the
    agent's own joined country words when it is such a modifier."""
    root = agent.root
    heads = [root] if root.dep_ in _MODIFIER_DEPS else [
        c for c in root.children if c.dep_ in _MODIFIER_DEPS and c.i < root.i]
    out: list[Actor] = []
    for head in heads:
        words = sorted([head, *head.conjuncts], key=lambda t: t.i)
        if len(words) < 2 or not all(t.i < head.head.i for t in words):
            continue
        for word in words:
            state = actors_stage.state_of(word.doc[word.i:word.i + 1])
            if state is not None and all(state.name != a.name for a in out):
                out.append(state)
    return out


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _actor_list(spans: Iterable[Span], ctx: actors_stage.ActorContext, cc: str | None
                ) -> list[Actor]:
    out: list[Actor] = []
    for span in spans:
        actor = actors_stage.resolve_actor(span, ctx, country_code=cc)
        if actor is not None and all(a.name != actor.name for a in out):
            out.append(actor)
    return out


def mention_casualties(draft: MentionDraft, s: SentenceInfo
                ) -> tuple[int | None, int | None, int | None, bool]:
    """(killed, top of a killed range, injured, killed is a floor): the sentence's
    figures, given to its first violent, riot or protest mention only."""
    if draft.event_type in CASUALTY_EVENT_TYPES and (
            verb := clause_apart(draft.trigger)) is not None:
        # "where 33 were killed in July; or when 109 died in a bomb attack in Ankara":
        # each clause of its own place has its own toll
        own = [t for t in s.span if main_clause(t).i == verb.i]
        c = count_casualties(s.span.doc[own[0].i:own[-1].i + 1])
        return c.killed, c.killed_high, c.injured, c.at_least and c.killed is not None
    if draft.event_type in CASUALTY_EVENT_TYPES and draft.apart is not None:
        return _toll_told_apart(draft, s)
    if s.casualty_used or draft.event_type not in CASUALTY_EVENT_TYPES or (
            draft.sub_event_type == taxonomy.PEACEFUL_PROTEST):
        # a protest that stayed peaceful has no dead of its own: the deaths it protests
        # ("rallied over the deaths of two students") are another incident's toll
        return None, None, None, False
    if s.toll_owner is not None and s.toll_owner is not draft:
        return None, None, None, False  # the sentence's killing at a place of its own
    c = s.casualties
    s.casualty_used = c.killed is not None or c.injured is not None
    return c.killed, c.killed_high, c.injured, c.at_least and c.killed is not None


def _toll_told_apart(draft: MentionDraft, s: SentenceInfo
                     ) -> tuple[int | None, int | None, int | None, bool]:
    """The toll of a sentence that tells a second incident in a clause of its own
    ("where separate anti-Chinese riots left six dead this week"): the clause's figures
    are that incident's, the rest of the sentence's the first one's."""
    lo, hi = draft.apart
    doc, sent = s.span.doc, s.span
    if lo <= draft.trigger.i <= hi:
        part = doc[lo:hi + 1]
    else:
        part = doc[sent.start:lo] if draft.trigger.i < lo else doc[hi + 1:sent.end]
    c = count_casualties(part)
    return c.killed, c.killed_high, c.injured, c.at_least and c.killed is not None


def explain_mention(draft: MentionDraft, s: SentenceInfo, where: Where, when: When, published: date,
             source_words: str, m: Mention) -> dict[str, str]:
    """The words that decided each field, for --explain."""
    place = where.place
    return {
        "sub_event_type": f"{draft.trigger_text} [{draft.agent_pattern}]",
        "event_date": when.text or f"no date in the sentence: published {published}",
        "location": (f"{where.text} (not in the gazetteer: coordinates of "
                     f"{place.name})" if where.unresolved and place else where.text or ""),
        "actor1": draft.agent.text if draft.agent is not None else "",
        "actor2": draft.patient.text if draft.patient is not None else "",
        "fatalities": s.casualties.killed_text if m.killed is not None else "",
        "injuries": s.casualties.injured_text if m.injured is not None else "",
        "sources": source_words,
        "frame": draft.explain.get("frame", ""),  # a circumstance, a description ...
    }


CLAIM_LEMMAS = {"claim", "take", "accept", "admit", "announce"}


def _claimant(trigger: Token) -> Span | None:
    """Who claimed the event: "IS claimed responsibility for the bombing" -> IS."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_ in CLAIM_LEMMAS and node.pos_ == "VERB" and any(
                c.lemma_ in ("responsibility", "credit") for c in node.children):
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                return None
            return trigger.doc[subj.left_edge.i:subj.i + 1]
    return None


# "blamed the regime for the attack", "the attack, orchestrated by Assad", "the regime was
# responsible for the attack": the side the report holds responsible
_BLAME_BY = {"orchestrate", "perpetrate", "commit", "order", "mastermind"}


def _yields(trigger: Token) -> bool:
    """A surrender ("the opposition surrendered to regime forces"): who gives up is an
    armed side, so "the opposition" there is the armed opposition, as in a fight."""
    return trigger.lemma_.lower() in load_lexicon().cue_words("yield_verbs")


def _blamed(trigger: Token) -> Span | None:
    """Whom the report blames for the event: ACLED codes the reported perpetrator
    ("a car bombing blamed on the group", "blamed the Syrian regime for the chemical
    attack", "a gas attack orchestrated by Assad", "X was responsible for the attack")."""
    node, via = trigger, None
    for _ in range(4):
        if node.head.i == node.i:
            return None
        via, node = node, node.head
        lemma = node.lemma_.lower()
        if lemma == "blame" and node.pos_ == "VERB":
            if via.dep_ == "prep" and via.lower_ == "for":  # "blamed X for the attack"
                return _np_of(next((c for c in node.children if c.dep_ == "dobj"), None))
            on = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            if on is not None and via.i == trigger.i:  # "an attack blamed on X"
                return _np_of(next((c for c in on.children if c.dep_ == "pobj"), None))
            return None
        if lemma in _BLAME_BY and via.i == trigger.i and node.dep_ == "acl":
            by = next((c for c in node.children if c.dep_ == "agent"), None)
            return _np_of(next((c for c in by.children if c.dep_ == "pobj"), None)
                          if by is not None else None)
        if lemma == "responsible" and via.dep_ == "prep" and via.lower_ == "for":
            return _np_of(next((c for c in node.head.children if c.dep_ == "nsubj"), None))
    return None


_USE_VERBS = {"use", "deploy", "employ"}
_ONSET_NOUNS = {"launch", "start", "beginning", "onset"}


def _launcher(trigger: Token) -> Span | None:
    """Who launched an event named as "the launch/start of <event>": the subject of the
    verb over that noun ("Turkey announced the launch of the assault on Afrin")."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in (
            _ONSET_NOUNS) or prep.head.dep_ not in ("dobj", "pobj"):
        return None
    verb = prep.head.head
    if verb.pos_ != "VERB":
        return None
    return _np_of(next((c for c in verb.children if c.dep_ == "nsubj"), None))


def weapon_user(trigger: Token) -> Span | None:
    """Who used the weapon a trigger names ("the regime has used chemical weapons"): the
    subject of the use verb is the side that struck."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in _USE_VERBS:
        return None
    return _np_of(next((c for c in verb.children if c.dep_ == "nsubj"), None))


def _np_of(token: Token | None) -> Span | None:
    """The noun phrase a blamed word heads; none for a pronoun ("it was responsible")."""
    if token is None or token.pos_ == "PRON":
        return None
    return np_span(token, keep_preps=False)


def region_of(top: Toponym, sent_tops: list[Toponym], doc_tops: list[Toponym],
               text: str = "", scene: Place | None = None) -> Place | None:
    """The region around an unresolved place: the province or country named nearest
    to it in its sentence ("Baghuz, eastern Syria"), else the province of the current
    scene ("To the west in Idlib province ... Dozens of shells fell on Fuaa and
    Kafraya"), else the story's province or country ("the town of Ghraneij" in a
    story on Deir ez-Zor) unless the scene is a city of another province ("In Damascus
    ... a mortar round landed in Zqaq al-Sheikh")."""
    regional = [t for t in sent_tops if t.place is not None
                and t.place.level in ("admin1", "country")
                and not places_stage.qualifies_actor(text, t.end)  # "UK-based"
                and not places_stage.deployed_abroad(text, t)  # "A US soldier": abroad
                and not places_stage.across_border(text, t.start)  # "the border with Turkey"
                and not places_stage.in_body_name(text, t.start)]  # "Islamic State of Iraq"
    if regional:
        return min(regional, key=lambda t: (abs(t.start - top.end), coarseness(t.place))).place
    if scene is not None and scene.level == "admin1":
        return scene
    story = places_stage.story_region(doc_tops, text)
    if story is not None and story.level == "admin1" and scene is not None and (
            scene.level in ("city", "admin2") and scene.admin1 not in (None, story.admin1)):
        # a quarter after "In Damascus ..." in a story on Deir ez-Zor: the scene's province
        return places_stage.province_of(scene) or story
    return story


def _former_holder(sent: Span, after: int, winners: list[Actor | None], ctx, cc: str | None
                   ) -> Actor | None:  # noqa: ANN001 - actors.ActorContext
    """Who lost the territory: the first other named armed actor after the trigger
    ("retook the last town still held by the Islamic State group"), else the holder a
    word after it names ("captured three villages from government control", "from
    rival rebel groups", "the regime-held district"), else another named armed actor
    before it ("pushed the ISIL back ... and took full control"): ACLED's actor2 of a
    transfer is the side that lost it. The taker and its backers are never the loser."""
    taken = {w.name for w in winners if w is not None}
    named = [ent for ent in sentence_ents(sent) if ent.ent_id_]
    spans = [ent for ent in named if ent.start > after]
    spans += _holder_words(sent, after) + _sides_withdrawn(sent)
    if taken:  # with the taker unknown, a name before the taking may be the taker
        spans += [ent for ent in named if ent.end <= after and not _may_be_taker(ent)]
    for span in spans:
        actor = actors_stage.resolve_actor(span, ctx, country_code=cc) or (
            actors_stage.armed_opposition(span, cc or ctx.country_for(span)))  # "opposition-held"
        if actor is not None and actor.inter in codes.ARMED and actor.name not in taken:
            return actor
    return None


def _state_taken_from(trigger: Token, actor1: Actor | None) -> Actor | None:
    """"Eritrea captured the island of Hanish al-Kabir from Yemen": a taking "from" a
    country takes it from that state, whose forces held it (ACLED's actor2 of a transfer
    is the side that lost it; only a state is named by its country). The "from" phrase
    of the taking's own verb or of the place taken (where the parse hangs it), never a
    distance ("a town 10 km from Syria") or a phrase of another verb's."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for prep in _taken_from_preps(verb):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ == "GPE" and actors_stage.names_a_state(obj):
                actor = actors_stage.state_agent(np_span(obj, keep_preps=False))
                if actor is not None and (actor1 is None or actor.name != actor1.name):
                    return actor
    return None


def _taken_from_preps(verb: Token) -> list[Token]:
    """The "from" phrases of a taking: on its verb, or on the object's noun phrase
    through "of" and names only ("the island of Hanish al-Kabir from Yemen"); a distance
    ("10 km from") is set aside by its measure word."""
    out = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "from" or any(
                c.dep_ == "npadvmod" for c in prep.children):
            continue
        head = prep.head
        while head.i != verb.i and head.dep_ in ("pobj", "prep", "compound", "appos") and (
                head.dep_ != "prep" or head.lower_ == "of"):
            head = head.head
        if head.i == verb.i or (head.dep_ in ("dobj", "obj") and head.head.i == verb.i):
            out.append(prep)
    return out


def _sides_withdrawn(sent: Span) -> list[Span]:
    """The sides a sentence says pulled out ("as regime forces seized control of the
    district while rebels made a tactical withdrawal", "after the militants withdrew"):
    the side that left the place is the one that lost it, ACLED's actor2 of the taking.
    The subject of the word of leaving, or of the verb whose object it is ("made a
    withdrawal")."""
    leaving = data.words("type_rules.yaml", "withdraw_words")
    out = []
    for tok in sent:
        if not ({tok.lower_, tok.lemma_.lower()} & leaving):
            continue
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ == "dobj" else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subj is not None:
            out.append(np_span(subj, keep_preps=False))
    return out


def _may_be_taker(span: Span) -> bool:
    """Whether a name before the trigger may be a taker rather than the side pushed:
    only the object of a verb or preposition ("pushed the ISIL back", "advances against
    the ISIL") is the loser; a subject, a "by" agent ("the SDF had seized", "backed by
    the coalition") or a name joined by "and" to another may be a taker."""
    root = span.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return True
    if root.dep_ == "pobj":
        return root.head.lower_ in {"by", "with", "of"}
    return root.dep_ != "dobj"


_HELD = {"held", "controlled", "occupied"}


def _holder_words(sent: Span, after: int) -> list[Span]:
    """Words after the trigger that name a holder: "X-held", "X-controlled", "from X
    control" (X one word: government, regime, rebel, ...)."""
    doc = sent.doc
    out = []
    for t in sent:
        if t.i <= after + 1:
            continue
        if t.lower_ in _HELD and doc[t.i - 1].text == "-" and t.i - 2 > after:
            out.append(doc[t.i - 2:t.i - 1])
        elif t.lower_ == "control" and doc[t.i - 1].lower_ != "-" and doc[t.i - 2].lower_ == "from":
            out.append(doc[t.i - 1:t.i])
        elif t.lower_ == "from":  # "captured eight villages from rival rebel groups"
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None:
                out.append(np_span(obj, keep_preps=False))
        elif t.lower_ in _HELD:  # "the last important town held by the rebels"
            out += [np_span(g, keep_preps=False) for by in t.children
                    if by.dep_ == "agent" for g in by.children if g.dep_ == "pobj"]
    return out


def home_of(actor: Actor) -> str | None:
    """The country of a canonical actor, from the actor table; none for a group that
    fights in several countries (Islamic State) nor for the military of a state whose
    forces serve abroad (data/forces_abroad.txt)."""
    info = actors_stage.lookup(actor.name)
    if info is None or "transnational" in info.tags or state_abroad(actor):
        return None  # "U.S. forces captured four insurgents": abroad (data/forces_abroad.txt)
    return info.country


def local_body_country(chunk: Span) -> str | None:
    """The country of the town or province a local body is named after ("Benghazi
    council", "Raqqa Rebels Brigade": data/actors.yaml local_body_heads): the name
    opening the chunk must be a city of 100 000 or a province of one country only, so a
    surname or a small namesake abroad gives nothing."""
    if chunk.root.lower_ not in data.words("actors.yaml", "local_body_heads"):
        return None
    words = [t for t in chunk if t.i < chunk.root.i and t.lower_ not in ("the", "a", "an")]
    if not words or not words[0].text[:1].isupper():
        return None
    cands = [c for c in load_gazetteer().lookup(words[0].text)
             if c.level == 2 or c.level < 2 and c.population >= BIG_CITY]
    ccs = {c.cc for c in cands}
    return ccs.pop() if len(ccs) == 1 else None


def clue_country(sents: Iterable[Span]) -> str | None:
    """The country a story that places nothing gives by its other clues: the home of the
    forces or armed groups its sentences name ("killed in CRPF firing" is India's police,
    "told the Syrian Arab Army (SAA)" Syria's army), else the nationality they name most
    ("the fate of the deposed Iraqi leader"). ACLED always writes the country in its
    generic names (Protesters (India), Unidentified Armed Group (Iraq)), and where a
    record has no place these are the only evidence of it. No clue: a state whose forces
    serve abroad (data/forces_abroad.txt: "U.S. forces", "American officials"), a group
    that fights in several countries, a nationality of somewhere else ("to the Turkish
    border": `elsewhere_nouns`), or two countries named equally."""
    gaz = load_gazetteer()
    abroad = places_stage.forces_abroad()
    elsewhere = BORDER_WORDS | data.words("actors.yaml", "elsewhere_nouns")
    homes: Counter[str] = Counter()
    nations: Counter[str] = Counter()
    for sent in sents:
        for chunk in sent.noun_chunks:
            actor = actors_stage.resolve_actor(chunk)
            cc = home_of(actor) if actor is not None else None
            cc = cc or local_body_country(chunk)
            if cc and cc not in abroad:
                homes[cc] += 1
        for tok in sent:
            cc = demonym_at(sent.doc, tok.i, gaz)
            if cc and cc not in abroad and tok.head.lower_ not in elsewhere:
                nations[cc] += 1
    for counts in (homes, nations):
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
    return None


def not_from_forces(actor: Actor | None, other: Actor | None) -> Actor | None:
    """A generic actor of a record no place locates ("Unidentified Armed Group (X)",
    "Civilians (X)") whose country is only that of the other side, the military of a state
    whose forces serve abroad, is dropped: ACLED names the country where it happened, and
    "a US soldier was killed by a roadside bomb" did not happen in the United States."""
    cc = actors_stage.generic_country(actor)
    if cc is not None and other is not None and state_abroad(other) == cc:
        return None
    return actor


def state_abroad(actor: Actor) -> str | None:
    """The country of the military of a state whose forces serve abroad
    (data/forces_abroad.txt), else None."""
    if not actor.name.startswith("Military Forces of"):
        return None
    info = actors_stage.lookup(actor.name)
    cc = info.country if info is not None else None
    return cc if cc in places_stage.forces_abroad() else None
