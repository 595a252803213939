"""Completing the sides of an incident from the whole article: a side the sentence
leaves unnamed but the story names (the perpetrator of a chemical attack, the holder of
a town, an opponent told in the next sentence), and ACLED's generic names for unnamed
perpetrators and demonstrators."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from frontlines import data
from frontlines.domain import codes, taxonomy
from frontlines.domain.model import Actor, Mention, Toponym
from frontlines.extraction import actors as actors_stage
from frontlines.extraction import incidents, one_incident
from frontlines.extraction import places as places_stage
from frontlines.extraction.assemble import actor_name, anyone_counted, the_side_hit
from frontlines.extraction.casualties import SINGLE_PRONOUNS, casualty_verb, person_nouns
from frontlines.extraction.docs import doc_text, token_at
from frontlines.extraction.events.roles import (
    np_span,
    passive_conjunct,
)
from frontlines.extraction.sides import (
    clue_country,
    state_abroad,
    weapon_user,
)
from frontlines.extraction.words import no_longer_serving, reporting_verbs


def _group_country(group: list[Mention], toponyms: list[Toponym],
                   doc: Doc | None = None) -> str | None:
    """The country of the incident: its place's, else the one the article names most;
    given the doc, the story's by `places.story_country`, which does not count a country
    named only as whose forces or gear these are ("damaging a US Humvee" near Saqlawiya
    is no event in the United States) nor one named aside."""
    cc = next((m.place.country_code for m in group if m.place is not None), None)
    if cc is None and doc is not None:
        story = places_stage.story_country(toponyms, doc_text(doc))
        cc = story.country_code if story is not None else None
    elif cc is None:
        counts = Counter(t.place.country_code for t in toponyms
                         if t.place is not None and t.place.country_code)
        cc = counts.most_common(1)[0][0] if counts else None
    return cc


def complete_actors(g: list[Mention], doc: Doc, toponyms: list[Toponym], war: bool,
                     political: bool = False) -> None:
    """The actors of one incident by ACLED's conventions, once its mentions are merged:
    demonstrators, the air force of a strike, the other side of a battle (from the post
    hit, the purpose, the sentences, the place's holder), the person held, the unnamed
    perpetrator; a rebel group is no air force and civilians are no side of a battle."""
    _crowd_against_force(g, toponyms)
    _force_at_riot(g, doc, toponyms)
    _force_put_first(g, toponyms)
    _name_demonstrators(g, doc, toponyms)
    grounded = _no_air_force(g, doc)
    civilians = _no_civilian_side(g)
    _gassed(g, toponyms)
    if g[0].sub_event_type == taxonomy.AIR_STRIKE and not any(m.actor1 for m in g):
        # the aircraft its own sentence believes, else the one air force the report names
        sents = {s.start_char: s for s in doc.sents}
        g[0].actor1 = next((a for a in (incidents.believed_air_force(sents[m.sent_start])
                                        for m in g if m.sent_start in sents)
                            if a is not None), None) or next(
            (a for a in (actors_stage.weapon_owner(m.sentence) for m in g)
             if a is not None), incidents.air_force(doc, _group_country(g, toponyms)))
    if grounded is not None and not any(m.actor1 for m in g):
        g[0].actor1 = grounded  # no air force named: the reading is left as it was
        g[0].actor2 = None if actor_name(g[0].actor2) == grounded.name else g[0].actor2
    _state_as_target(g)
    _side_that_left(g, doc, toponyms)
    _target_in_clause(g, doc, toponyms)
    _opponent_in_sentences(g, doc, toponyms)
    _holder_described(g, doc, toponyms)
    if not any(m.actor2 for m in g):
        for m, actor in civilians:  # no armed opponent named: the reading stays
            if not anyone_counted(actor):  # "dozens of people were killed in fighting"
                m.actor2 = actor  # counts the dead, it names no side
    _person_held(g, doc, toponyms)
    _doer_in_sentences(g, doc, toponyms)
    _state_doer(g, doc)
    found: list[str | None] = []  # the unplaced incident's country, sought once

    def country() -> str | None:
        if not found:
            found.append(_unplaced_country(g, doc, toponyms))
        return found[0]

    _name_perpetrator(g, country, war or political)
    _no_counterpart(g)
    _country_from_clues(g, country)
    _no_bare_armed_group(g)


def _no_bare_armed_group(group: list[Mention]) -> None:
    """An "Unidentified Armed Group" still without a country once the place and the
    story's clues have been asked (`_country_from_clues`) is no actor ACLED writes: every
    one of its unidentified groups carries the country (docs/design.md), so the side stays
    unnamed. A bare "Civilians" or "Protesters" stays, as the convention has it."""
    if any(m.place is not None for m in group):
        return
    for m in group:
        if m.actor1 is not None and m.actor1.name == _UNIDENTIFIED:
            m.actor1 = None
        if m.actor2 is not None and m.actor2.name == _UNIDENTIFIED:
            m.actor2 = None


_UNIDENTIFIED = "Unidentified Armed Group"


def _unplaced_country(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> str | None:
    """The country of an incident for its generic sides: its place's, else the story's,
    else the one the story's other clues give (`sides.clue_country`: the home of the forces
    or groups its sentences name, a nationality)."""
    return _group_country(group, toponyms, doc) or clue_country(_group_sents(group, doc))


def _country_from_clues(group: list[Mention], country: Callable[[], str | None]) -> None:
    """A generic side kept without a country ("Protesters", "Unidentified Armed Group",
    "Civilians") in an incident no mention places and no place of the story locates:
    ACLED always writes the country in these names, so it comes from the story's other
    clues (`sides.clue_country`: the home of the forces or groups its sentences name, a
    nationality), else the bare name stays. "The protesters had defied restrictions to
    protest the killing of another teenager in CRPF firing" is Protesters (India)."""
    if any(m.place is not None for m in group) or not any(
            _bare(m.actor1) or _bare(m.actor2) for m in group):
        return
    cc = country()
    if not cc:
        return
    for m in group:
        if _bare(m.actor1):
            m.actor1 = actors_stage.where_it_happened(m.actor1, cc)
        if _bare(m.actor2):
            m.actor2 = actors_stage.where_it_happened(m.actor2, cc)


def _bare(actor: Actor | None) -> bool:
    """A generic actor read with no country ("Civilians", "Protesters")."""
    return actor is not None and actor.name in actors_stage.GENERIC_INTER


def _no_counterpart(group: list[Mention]) -> None:
    """A peaceful protest has no second side: ACLED codes its demonstrators alone
    (interaction 60), so what it is against ("demonstrated against the Rabin government",
    "protested the presence of US troops", "outside the French embassy") is no actor2;
    only counter-demonstrators face it as a side."""
    if group[0].sub_event_type != taxonomy.PEACEFUL_PROTEST:
        return
    for m in group:
        if m.actor2 is not None and m.actor2.inter != codes.PROTESTERS:
            m.actor2 = None


def chemical_perpetrator(groups: list[list[Mention]], doc: Doc) -> Actor | None:
    """The one side a report holds responsible for chemical attacks ("blamed the Syrian
    regime for the attack", "the regime has used chemical weapons again and again"):
    ACLED codes the reported perpetrator, so the report's chemical attacks with no
    perpetrator of their own take it. Two accused sides (a nerve agent in Salisbury
    beside Douma) give none. The user of a weapon only names the side here: a habit is
    no incident of its own."""
    named = {}
    for m in (m for g in groups for m in g if m.sub_event_type == taxonomy.CHEMICAL_WEAPON):
        actor = m.actor1
        if actor is None and (trig := _trigger_token(doc, m)) is not None and (
                user := weapon_user(trig)) is not None:
            actor = actors_stage.resolve_actor(
                user, None, m.place.country_code if m.place is not None else None)
        if actor is not None and actor.inter in codes.ARMED and not actor.name.startswith(
                "Unidentified"):
            named[actor.name] = actor
    return next(iter(named.values())) if len(named) == 1 else None


def _gassed(group: list[Mention], toponyms: list[Toponym]) -> None:
    """A chemical attack's victims are the civilians its sentences name ("the gassed
    children", "civilians choking"), Civilians (country where it happened), when no
    mention named a target; a gas attack counts no fighters by a word for civilians."""
    if group[0].sub_event_type != taxonomy.CHEMICAL_WEAPON or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    for m in group:
        found = actors_stage.victims(m.sentence, cc)
        if found is not None:
            group[0].actor2 = found
            return


def _no_air_force(group: list[Mention], doc: Doc) -> Actor | None:
    """An air strike is flown by a state or a coalition: a rebel group or militia read as
    its first actor is what the planes hit ("airstrikes thumped into Isis positions"),
    the second actor when the incident names none; the strike's own modifier ("US-led
    air strikes") names who flew it, else the air force is found as for any strike left
    unattributed. A drone may be a group's own weapon, so a drone strike keeps it.
    Returns the group taken off, to give back when no air force is found."""
    if group[0].sub_event_type != taxonomy.AIR_STRIKE:
        return None
    removed = None
    for m in group:
        if m.actor1 is not None and m.actor1.inter in _FIGHTING and (
                "drone" not in m.sentence.lower()):
            removed, m.actor1 = m.actor1, None
            trig = _trigger_token(doc, m)
            modifier = incidents.modifier_agent(trig) if trig is not None else None
            if modifier is not None:
                m.actor1 = actors_stage.resolve_actor(modifier) or actors_stage.state_of(
                    modifier)
    if removed is not None and not any(m.actor2 for m in group):
        group[0].actor2 = removed
    return removed


def _no_civilian_side(group: list[Mention]) -> list[tuple[Mention, Actor]]:
    """A battle is fought between two organised armed sides (ACLED): civilians counted
    among the dead of a clash are not its second side, which is left for the opponent the
    sentences name. Returns what was taken off, to give back when none is named."""
    taken = []
    if group[0].event_type != taxonomy.BATTLES:
        return taken
    for m in group:
        if m.actor2 is not None and m.actor2.inter == codes.CIVILIANS:
            taken.append((m, m.actor2))
            m.actor2 = None
    return taken


def _state_as_target(group: list[Mention]) -> None:
    """A suicide bombing is a non-state group's weapon (ACLED codes no state force as
    its first actor): a state force a mention reads as the first actor is the target
    ("a double suicide bomb attack at an army checkpoint"), the second actor when none
    is named; the perpetrator is then the group the report names, else unidentified."""
    if group[0].sub_event_type != taxonomy.SUICIDE_BOMB:
        return
    for m in group:
        if m.actor1 is not None and _state_force(m.actor1.name):
            if m.actor2 is None:
                m.actor2 = m.actor1
            m.actor1 = None


def _state_force(name: str) -> bool:
    """A state's military or police by the actor table's own inter code (1), not by its
    name; coalitions and contractors, inter 8 in the table, are not."""
    info = actors_stage.lookup(name)
    return info is not None and info.inter == codes.STATE


def _trigger_token(doc: Doc, m: Mention) -> Token | None:
    """The token of a mention's trigger in the article's parse."""
    return token_at(doc, m.trigger_start)


def _target_in_clause(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """The side a strike or an offensive was aimed at, when no mention named it: the
    owner of the post it hit ("Israel bombed an Iranian Revolutionary Guard drone base")
    or the side it set out to drive away ("launched an offensive ... to oust the YPG")."""
    if group[0].event_type not in _TARGETED or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    for m in group:
        trig = _trigger_token(doc, m)
        span = _target_words(trig) if trig is not None else None
        actor = actors_stage.resolve_actor(span, None, cc) if span is not None else None
        if actor is not None and (m.actor1 is None or actor.name != m.actor1.name):
            m.actor2 = actor
            return


_TARGETED = {taxonomy.BATTLES, taxonomy.EXPLOSIONS}


def _opponent_in_sentences(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """ACLED codes a battle between two sides: when a battle's mentions name only the
    first, the other is the one named armed group its sentences name besides it ("the
    operation in Afrin was aimed at clearing out the Kurdish militias ruling the
    enclave"). A group inside the first side's own phrase describes that side ("the SDF,
    a confederation dominated by the YPG"); generic names ("Syrian rebel factions") and
    two candidates leave the side empty."""
    first = next((m.actor1 for m in group if m.actor1 is not None), None)
    if group[0].event_type != taxonomy.BATTLES or first is None or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    sides = [(m.sent_start, m.actor1.text) for m in group if m.actor1 is not None]
    allies = {a.name for m in group for a in m.assoc_actor_1 or ()}
    found: set[str] = set()
    verbs = {v.i for t in doc if t.idx in {m.trigger_start for m in group}
             for v in (t, t.head) if v.i == t.i or v.pos_ in ("VERB", "AUX")}
    for sent in _group_sents(group, doc):
        own = _side_ranges(sent, [text for start, text in sides if start == sent.start_char])
        for chunk in sent.noun_chunks:
            actor = actors_stage.resolve_actor(chunk, None, cc)
            if actor is not None and actor.name != first.name and actor.name not in allies \
                    and _may_oppose(actor, first, chunk) and not _inside_side(
                        chunk.root, own, first.name) and not _acts_elsewhere(chunk.root, verbs) \
                    and not _partner(chunk.root) and not _told_after(chunk.root, verbs):
                found.add(actor.name)
    if len(found) == 1:
        group[0].actor2 = actors_stage.make_actor(found.pop())


def _told_after(tok: Token, verbs: set[int]) -> bool:
    """The speaker of a report said after the deed ("... when a shootout broke out
    between gunmen and armed men standing near the mosque, police said"): the source
    the sentence closes on, not a side of the fight (a speaker put first may be one:
    "US-backed fighters said they had pushed further")."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.lemma_ in reporting_verbs() and bool(verbs) and (
        head.i > max(verbs))


def _partner(tok: Token) -> bool:
    """A side named as the one a deed was done with ("in an attack coordinated with the
    government army", "in coordination with the SAA", "alongside Hezbollah"): an ally of
    the first side, never its opponent."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    partnering = data.words("type_rules.yaml", "partner_words")
    return prep.lower_ == "alongside" or (prep.lower_ == "with" and (
        prep.head.lemma_.lower() in partnering or prep.head.lower_ in partnering))


def _group_sents(group: list[Mention], doc: Doc) -> list[Span]:
    """The sentences a group's mentions stand in: where a side it leaves unnamed is sought."""
    starts = {m.sent_start for m in group}
    return [s for s in doc.sents if s.start_char in starts]


_DOER_EVENTS = (taxonomy.BATTLES, taxonomy.EXPLOSIONS, taxonomy.VIOLENCE_AGAINST_CIVILIANS)


def _doer_in_sentences(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """ACLED codes who did it: when no mention's clause names the doer (or only by a
    generic name, _unnamed_group), it is the one armed group its sentences name
    besides the side hit ("14 ISIS militants were killed under heavy bombardment by the
    SDF troops", "40 YPG fighters were killed in the ISIL-led ambush", "gunmen, believed
    to be members of the Boko Haram sect"). Only a group the table names (state forces
    are as often the source, "police said"), neither the target of a one-sided attack
    nor a backer; two candidates leave it."""
    if group[0].event_type not in _DOER_EVENTS or any(
            m.actor1 is not None and not _unnamed_group(m.actor1) for m in group):
        return
    cc = _group_country(group, toponyms)
    hit = {a.name for m in group for a in (m.actor2, *(m.assoc_actor_2 or ())) if a}
    hit_texts = [(m.sent_start, m.actor2.text) for m in group if m.actor2 is not None]
    triggers = {t.i for t in (_trigger_token(doc, m) for m in group) if t is not None}
    one_sided = group[0].event_type != taxonomy.BATTLES
    found: set[str] = set()
    dead: set[str] = set()  # a battle's side whose dead are counted, where none is hit yet
    theirs: set[str] = set()  # the group the dead belonged to ("a member of al-Nusra")
    for sent in _group_sents(group, doc):
        own = _side_ranges(sent, [text for start, text in hit_texts if start == sent.start_char])
        for chunk in sent.noun_chunks:
            actor = actors_stage.resolve_actor(chunk, None, cc)
            militia = _militia_doing(chunk, cc) if actor is None else None
            actor = actor or militia
            if actor is None or actor.name in hit or not (
                    militia or _named_armed_group(actor.name)) or any(
                    chunk.root.idx in r for r in own) or _ally(chunk.root):
                continue
            owners = _group_of_the_dead(chunk.root)
            if owners:
                theirs.add(actor.name)
            struck = owners or _struck(chunk.root, triggers)
            if struck and (one_sided or not hit):
                dead.add(actor.name)
            else:
                found.add(actor.name)
    found -= theirs  # the dead's own group, however else a phrase may read as it
    if len(found) == 1:
        group[0].actor1 = actors_stage.make_actor(found.pop())
    elif not found and not one_sided and not hit and len(dead) == 1:
        # "three members of the YPG were killed during clashes with Islamist fighters":
        # the side hit, whose foe the text leaves unnamed
        group[0].actor2 = actors_stage.make_actor(dead.pop())


_STATE_DEEDS = {taxonomy.AIR_STRIKE, taxonomy.GOVERNMENT_REGAINS}


def _state_doer(group: list[Mention], doc: Doc) -> None:
    """Deeds ACLED codes only to a state: an air strike is flown by a state's (or a
    coalition's) air force, a government regaining territory is the government's forces
    retaking ground. When no mention names the doer (or only "Unidentified Armed
    Group"), it is the one military or coalition its sentences name by itself besides
    the side hit ("the Syrian Arab Army advanced ..., killing scores of Islamic State
    terrorists en route to liberating this village", "The U.S. Coalition reportedly
    carried out a lethal series of airstrikes"); police fly no strikes (they are the
    source: "according to the Nineveh police"). Two candidates leave it."""
    if group[0].sub_event_type not in _STATE_DEEDS or any(
            m.actor1 is not None and not m.actor1.name.startswith("Unidentified Armed Group")
            for m in group):
        return
    hit = {a.name for m in group for a in (m.actor2, *(m.assoc_actor_2 or ())) if a}
    triggers = {t.i for t in (_trigger_token(doc, m) for m in group) if t is not None}
    found: set[str] = set()
    for sent in _group_sents(group, doc):
        for chunk in sent.noun_chunks:  # named by itself: "airstrikes" alone is no one's
            actor = actors_stage.resolve_actor(chunk)
            if actor is None or actor.name in hit or actor.inter not in codes.STATE_FORCES \
                    or actor.name.startswith("Police") \
                    or _struck(chunk.root, triggers):
                continue
            found.add(actor.name)
    if len(found) == 1:
        group[0].actor1 = actors_stage.make_actor(found.pop())
        for m in group[1:]:  # an "Unidentified Armed Group" another mention read
            m.actor1 = None


def _militia_doing(chunk: Span, cc: str | None) -> Actor | None:
    """A band named only as the subject of a deed of its clause is the identity militia
    of the country ("suspected Fulani herdsmen numbering about 20, attacked mourners",
    "after suspected Fulani herdsmen dressed in military uniforms sacked six villages":
    `perpetrator` phrases in actors.yaml); herders who are killed stay civilians."""
    if chunk.root.dep_ != "nsubj" or chunk.root.head.pos_ != "VERB":
        return None
    return actors_stage.perpetrator_group(chunk, cc)


def _unnamed_group(actor: Actor) -> bool:
    """ACLED's generic names for an armed group the text does not name ("Unidentified
    Armed Group (Nigeria)", "Opposition Rebels (Syria)"): a group the sentence names
    ("insurgents suspected to be Boko Haram members", "rebels fighting for Jaish
    al-Islam") is coded by its own name instead."""
    return actor.name.endswith(")") and actor.inter in (codes.REBELS, codes.POLITICAL_MILITIA)


def _ally(tok: Token) -> bool:
    """A group named as a force's backer ("the Tiger Forces - backed by the Desert Hawks,
    Hezbollah - liberated Tamthil", "the 5th Legion, alongside Hezbollah, struck"): the
    doer is the force it backs, named or not."""
    allies = data.words("type_rules.yaml", "ally_words")
    return any(a.lower_ in allies for a in list(tok.ancestors)[:4])


def _dead_preps() -> frozenset[str]:
    """How the dead are joined to the killing besides its passive subject or an active
    killing's object: "(killed ...) along with / including / among" them."""
    return data.words("type_rules.yaml", "dead_preps")


def _group_of_the_dead(tok: Token) -> bool:
    """A group named as what the dead belonged to ("X was killed in an airstrike, along
    with another Saudi and a Moroccan member of al-Nusra", "two commanders of the group
    were killed"): the side hit, never the doer. Asked of the "of" object of a person
    noun whose phrase is the victims of a killing or wounding verb."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    person = tok.head.head
    if person.lemma_.lower() not in person_nouns():
        return False
    node = person
    while node.head.pos_ != "VERB" and node.head.i != node.i and (
            node.dep_ in {"conj", "appos", "pobj"} or (
            node.dep_ == "prep" and node.lower_ in _dead_preps())):
        node = node.head
    verb = node.head
    if node.i == verb.i or casualty_verb(verb) is None:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return node.dep_ == "nsubjpass" or (node.dep_ == "dobj" and not passive) or (
        node.dep_ == "prep" and node.lower_ in _dead_preps() and passive)


def _struck(tok: Token, triggers: set[int]) -> bool:
    """A word inside what a deed struck ("bombed caves used by units of the PKK", "killing
    a large number of Islamic State terrorists"), or whom the side hit was fighting ("killed
    by a roadside bomb while battling Islamic State fighters"): the target of a one-sided
    attack, or the victims' foe, which ACLED does not make the bomber unless told."""
    hits = data.words("type_rules.yaml", "strike_hits") | data.words(
        "type_rules.yaml", "strike_dead")
    fought = data.words("type_rules.yaml", "battle_nouns") | {"against"}
    return any(a.dep_ in {"dobj", "nsubjpass", "pobj"} and (
        a.head.i in triggers or a.head.lemma_ in hits or a.head.lemma_ in fought)
               or any(c.i in triggers and c.dep_ == "amod" for c in a.children)  # "bombed caves"
               for a in (tok, *tok.ancestors))


def _holder_described(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """A battle's other side named by how its sentences describe the place: "invading the
    Kurdish stronghold of Afrin", "cleared mines in the former Isis stronghold of Raqqa":
    the side that holds the stronghold or enclave (ACLED's actor2 of a fight or of a change
    of hands there), when no mention named one and it is not the first side or its ally."""
    if not _fought_or_shelled(group) or any(m.actor2 for m in group):
        return
    first = next((m.actor1 for m in group if m.actor1 is not None), None)
    allies = {a.name for m in group for a in m.assoc_actor_1 or ()}
    cc = _group_country(group, toponyms)
    nouns = data.words("type_rules.yaml", "holding_nouns")
    names = {m.place_text for m in group if m.place_text and m.place is not None
             and m.place.level not in ("country", "admin1")}
    ctx = None
    found: set[str] = set()
    for sent in (s for s in doc.sents if s.start_char in {m.sent_start for m in group}
                 or any(n in s.text for n in names)):  # "Raqqa, the group's former capital"
        for tok in (t for t in sent if t.lower_ in nouns or _under_control(t)):
            phrases = _holder_phrases(tok)
            if not phrases:
                continue
            ctx = ctx or actors_stage.ActorContext.from_doc(doc, toponyms=toponyms)
            actor = next((a for p in phrases for a in [actors_stage.resolve_actor(p, ctx, cc)]
                          if a is not None), None) or _state_hold(tok, phrases)
            if actor is not None and actor.inter in codes.ARMED and (
                    first is None or actor.name != first.name) and actor.name not in allies:
                found.add(actor.name)
    if len(found) == 1:
        group[0].actor2 = actors_stage.make_actor(found.pop())


def _state_hold(tok: Token, phrases: list[Span]) -> Actor | None:
    """The state forces a demonym before a state's hold names ("Joseph's Tomb, a tiny
    Israeli enclave"): only states are named by their country (`state_holds`)."""
    if tok.lower_ not in data.words("type_rules.yaml", "state_holds"):
        return None
    return next((a for p in phrases if any(t.ent_type_ in ("NORP", "GPE") for t in p)
                 for a in [actors_stage.state_of(p)] if a is not None), None)


def _fought_or_shelled(group: list[Mention]) -> bool:
    """A battle, or shelling or bombing that names no one it killed or hurt ("Gaddafi's
    forces also shelled the city, a rebel stronghold"): ACLED's target of fire on an
    area whose victims go unnamed is the side that holds it."""
    return group[0].event_type == taxonomy.BATTLES or (
        group[0].event_type == taxonomy.EXPLOSIONS
        and not any(m.killed or m.injured for m in group))


def _under_control(tok: Token) -> bool:
    """"Under the control of Fatah Halab", "under Jabhat Al-Nusra's control", "in the
    hands of the rebels": the words that say who holds the place the fight was about."""
    return tok.lower_ in data.words("type_rules.yaml", "control_nouns") and any(
        p.dep_ == "prep" and p.lower_ in ("under", "in") for p in [tok.head])


def _holder_phrases(tok: Token) -> list[Span]:
    """The words naming the holder a holding noun describes: the whole phrase before it
    ("the Kurdish enclave", "the jihadist rebel defenses") and the holder of a "-held"
    word in it ("a small government-held enclave"), its possessor ("the group's
    stronghold", "under Jabhat Al-Nusra's control"), and for a word of control the words
    before it ("under jihadist rebel control") and its "of" object ("under the control of
    the jihadist rebels")."""
    doc = tok.doc
    out = []
    start = min((c.left_edge.i for c in tok.children if c.i < tok.i), default=tok.i)
    if start < tok.i and not _under_control(tok):
        bare = start + (doc[start].dep_ == "det")  # ("the jihadist rebel" defenses)
        out += [doc[start:tok.i + 1], doc[bare:tok.i]]
        held = actors_stage.area_holder(doc[start:tok.i + 1])
        out += [held] if held is not None else []  # "a small government-held enclave"
    elif start < tok.i:  # "under jihadist rebel control": the words before the noun
        bare = start + (doc[start].dep_ == "det")
        out += [doc[bare:tok.i]] if bare < tok.i else []
    out += [np_span(c, keep_preps=False) for c in tok.children if _possessor(c)]
    if _under_control(tok):
        of = [np_span(g, keep_preps=False) for p in tok.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        # "under the control of the U.S. backed “Syrian Democratic Forces": a name the
        # parse left outside the "of" phrase, the first one after the word of control
        # before the clause ends ("under the control of the group, the SDF said" is no SDF)
        last = min(tok.i + 12, tok.sent.end)
        end = next((t.i for t in doc[tok.i + 1:last] if t.text in {",", ";", ":"}), last)
        out += of + [e for e in doc[tok.i + 1:end].ents if e.ent_id_][:1]
    # a name the phrase holds ("the U.S. backed 'Syrian Democratic Forces'")
    return out + [e for p in out for e in doc[p.start:p.root.right_edge.i + 1].ents
                  if e.ent_id_]


def _possessor(tok: Token) -> bool:
    """A noun that owns its head: the parse's possessor, or a name it left as a plain
    modifier though it carries the possessive "'s" ("under Jaysh Al-Fateh's (Army of
    Conquest) control": a bracket after the name breaks the parse's reading)."""
    return tok.dep_ == "poss" or (tok.dep_ == "nmod" and any(
        c.tag_ == "POS" for c in tok.children))


def _person_held(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """An arrest, abduction or attack on a person the text names or describes with no
    armed side ("he was arrested by British police", "police arrested a British former
    soldier", "kidnapped Bafrin", "fatally shot rubber tapper Waema Mathaeha"): ACLED's
    "Civilians (Country)", the country where it happened (the codebook codes unarmed
    people as civilians)."""
    if group[0].sub_event_type not in _HELD_OR_HIT or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    for m in group:
        trig = _trigger_token(doc, m)
        held = next((c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}), None) \
            or passive_conjunct(trig) if trig is not None else None
        held = _held_body(held) if held is not None else None
        if held is not None and (_a_civilian(held) or (
                group[0].sub_event_type == taxonomy.ARRESTS and _arrested_unarmed(held))):
            group[0].actor2 = _civilians_held(cc)
            return
        crowd = _crowd_held(held) if held is not None else None
        if crowd is not None:
            # "police arrested dozens of protesters": ACLED names them Protesters (Country)
            group[0].actor2 = actors_stage.demonstrators(
                any(t.lower_.startswith("rioter") for t in crowd), cc)
            return
    if group[0].sub_event_type == taxonomy.ATTACK:
        _attack_on_unarmed(group, doc)


# violence against civilians (its three sub-types) and arrests: the one held or hit
_HELD_OR_HIT = (taxonomy.ARRESTS, taxonomy.ABDUCTION, taxonomy.ATTACK,
                taxonomy.SEXUAL_VIOLENCE)


def _held_body(held: Token) -> Token:
    """The head of the people a count or part held stands for ("four of his nephews",
    "a group of foreign conservation workers", "dozens of activists"): the count says how
    many, its "of" phrase who they are, and that noun decides whether they are civilians."""
    body = actors_stage.counted_body(held.doc[held.left_edge.i:held.right_edge.i + 1])
    return body.root if body is not None else held



def _attack_on_unarmed(group: list[Mention], doc: Doc) -> None:
    """Violence against civilians has civilians as its target by definition (ACLED): an
    attack whose victim the parse does not name ("Thong-in, 38, was shot dead by two
    gunmen", "they were all killed") is on Civilians of the country of its place. Only
    where the incident has a place (a demonym's country is not where it happened), a
    verb tells that someone was hit, and the one hit is no armed man ("two French
    peacekeepers were shot by snipers")."""
    cc = next((m.place.country_code for m in group if m.place is not None), None)
    trigs = [_trigger_token(doc, m) for m in group]
    if not any(t is not None and t.pos_ in {"VERB", "AUX"} for t in trigs) and not any(
            actors_stage.names_civilians(m.victim) for m in group):
        # "Sunday's attack by Ansar al-Tawhid fighters" says nothing of whom it hit; "a
        # writer ... survived a gun attack" names the one it was aimed at
        return
    for trig in trigs:
        held = next((c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}), None) \
            if trig is not None else None
        if held is not None and (held.lemma_.lower() in _ARMED_HIT
                                 or actors_stage.names_force(np_span(held))):
            return
    group[0].actor2 = _civilians_held(cc)


def _civilians_held(cc: str | None) -> Actor | None:
    """Civilians of the country where it happened; with no place, "Civilians" with the
    country left open (ACLED's violence against civilians always has them as actor2, so
    an unplaced "ISIS executed an imam" still names its target side)."""
    return actors_stage.civilians(cc) or actors_stage.victims_unplaced("civilians")


# the armed whom an attack may hit, not named by the state's force words
_ARMED_HIT = {"peacekeeper", "fighter", "militant", "rebel", "insurgent", "guerrilla",
              "gunman", "guard", "bodyguard", "militiaman", "combatant", "jihadist"}


def _crowd_held(held: Token) -> Span | None:
    """The demonstrators an arrest holds ("dozens of protesters", "20 rioters"), else
    None: the phrase itself or the body its count is of."""
    doc = held.doc
    own = doc[held.left_edge.i:held.i + 1]
    body = actors_stage.counted_body(doc[held.left_edge.i:held.right_edge.i + 1]) or own
    return body if actors_stage.names_crowd(body) else None


def _a_civilian(held: Token) -> bool:
    """A person held who is no fighter: a pronoun, a name, a civilian noun, or someone
    who no longer serves ("a British former soldier")."""
    return held.lower_ in SINGLE_PRONOUNS or held.ent_type_ == "PERSON" or (
        actors_stage.names_civilians(held.text)) or no_longer_serving(held)


def _arrested_unarmed(held: Token) -> bool:
    """People an arrest holds whom no armed side names: "arrested 15 suspects", "detained
    dozens of activists", "arrested five Palestinians". ACLED codes the arrested as
    Civilians of the country where it happened unless the report names their group
    (that group is actor2 then) or calls them demonstrators (Protesters); the armed
    ("suspected militants") and the forces are left to their own phrase."""
    held = _held_body(held)  # "dozens of activists"
    if held.lemma_.lower() in _ARMED_HIT or actors_stage.names_force(np_span(held)):
        return False
    return held.lemma_.lower() in data.words("actors.yaml", "arrested_people") or (
        held.ent_type_ == "NORP" and held.tag_ in {"NNS", "NNPS"})


_FIGHTING = (codes.REBELS, codes.POLITICAL_MILITIA, codes.IDENTITY_MILITIA)


def _named_armed_group(name: str) -> bool:
    """A group of the actor table that fights (rebels, militias), not a generic name."""
    info = actors_stage.lookup(name)
    return info is not None and info.inter in _FIGHTING and not name.endswith(")")


def _may_oppose(actor: Actor, first: Actor, chunk: Span) -> bool:
    """A side a battle's sentences may name against its first side: a named armed group,
    or a state's forces against a non-state first side ("the jihadist rebels of Fatah
    Halab launched a counter-attack ... after clashes with the Syrian Armed Forces"):
    rebels and militias fight the state, the codebook's other side of their battles."""
    return _named_armed_group(actor.name) or (
        actor.inter in codes.STATE_FORCES and first.inter not in codes.STATE_FORCES
        and not actor.name.startswith("Unidentified") and not actors_stage.names_government(chunk))


def _acts_elsewhere(tok: Token, verbs: set[int]) -> bool:
    """A group that is the subject of another clause's deed ("Kurdish militias swept
    through Raqqa province, while Turkish-backed rebels reclaimed towns") is the side of
    that deed, not this battle's other side; the subject of a report ("US-backed fighters
    said they had pushed further") may be. A noun the parser made the root of the sentence
    is read as such a subject (the small model often parses "X swept through" so)."""
    head = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass", "ROOT"} and head.i not in verbs and (
        head.lemma_ not in reporting_verbs())


def _side_ranges(sent: Span, texts: list[str]) -> list[range]:
    """Character ranges of the first side's phrases in a sentence."""
    out = []
    for text in (t for t in texts if len(t) > 3):  # not "it": found inside any word
        at = sent.text.find(text)
        if at >= 0:
            out.append(range(sent.start_char + at, sent.start_char + at + len(text)))
    return out


def _inside_side(tok: Token, ranges: list[range], name: str) -> bool:
    """Whether a word is in, or hangs within four steps on, the first side's phrase or
    name ("Turkish troops and their FSA allies", "the SDF, a confederation dominated by
    the YPG"): it describes that side, it is not the other."""
    doc = tok.doc
    start = next(t.i for t in tok.subtree)
    before = {t.lower_ for t in doc[max(start - 10, tok.sent.start):start]}
    return bool(before & data.words("type_rules.yaml", "member_words")) or any(
        t.ent_id_ == name or any(t.idx in r for r in ranges)
        for t in [tok, *list(tok.ancestors)[:4]])


def _target_words(trig: Token) -> Span | None:
    """The words naming whom a trigger was aimed at: the modifiers of the post it hit, or
    the object of its purpose clause."""
    posts = data.words("type_rules.yaml", "target_posts")
    objs = [c for c in trig.children if c.dep_ == "dobj"] + [
        g for c in trig.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
        for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        mods = [c for c in obj.children if c.i < obj.i and c.dep_ in {"compound", "amod", "poss"}]
        if obj.lemma_.lower() in posts and mods:
            start = min(t.i for c in mods for t in c.subtree)
            # the owner, not the kind of post: "Revolutionary Guard" of "a ... drone base"
            return next((trig.doc[start:end] for end in range(obj.i, start, -1)
                         if actors_stage.resolve_actor(trig.doc[start:end]) is not None), None)
    # "launched an offensive ... to oust the YPG": the clause hangs on the light verb
    verbs = [trig, trig.head] if trig.dep_ == "dobj" else [trig]
    for c in (c for v in verbs for c in _purpose_clauses(v)):
        if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in data.words(
                "type_rules.yaml", "oust_verbs"):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None:
                return np_span(obj)
    return None


def _purpose_clauses(verb: Token) -> list[Token]:
    """A verb's dependants, with the clause of its "in order to"."""
    return [*verb.children, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                              for o in c.children if o.lower_ == "order" for g in o.children)]


def _side_that_left(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """ACLED codes a transfer of territory between the side that took the place and the
    side that gave it up: in "rebels entered the town after Kurdish forces pulled out"
    the forces that pulled out are the second actor."""
    if group[0].sub_event_type != taxonomy.NON_VIOLENT_TRANSFER or any(m.actor2 for m in group):
        return
    cc = _group_country(group, toponyms)
    leaving = data.words("type_rules.yaml", "withdraw_words")
    for m in group:
        trig = _trigger_token(doc, m)
        if trig is None:
            continue
        for t in trig.subtree:
            if t.i == trig.i or not ({t.lower_, t.lemma_.lower()} & leaving):
                continue
            subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
                or next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)
            actor = actors_stage.resolve_actor(np_span(subj), None, cc) if subj is not None \
                else None
            if actor is not None and (m.actor1 is None or actor.name != m.actor1.name):
                m.actor2 = actor
                return


def _name_perpetrator(group: list[Mention], country: Callable[[], str | None],
                      war: bool) -> None:
    """An explosion, or an attack in a report of war (or a political killing,
    incidents.political_killing), whose perpetrator no mention names: ACLED's
    "Unidentified Armed Group (Country)", the country where it happened, else the
    country the story's other clues give (`sides.clue_country`). ACLED has no
    "Unidentified Armed Group" without a country, so where nothing gives one the doer
    stays unnamed rather than named by a name ACLED does not use."""
    first = group[0]
    if first.sub_event_type not in incidents.UNNAMED_PERPETRATOR or any(
            m.actor1 for m in group):
        return
    if not war and first.sub_event_type not in incidents.ALWAYS_POLITICAL:
        return  # a stabbing in a city report: no armed group to name
    first.actor1 = actors_stage.unidentified_group(country())  # None where no country


def arresting_force(group: list[Mention]) -> bool:
    """An arrest whose report names no one who made it ("Two suspected militants were
    arrested in Srinagar, police said", "A suspected Boko Haram commander was arrested in
    Maiduguri"): the codebook's Arrests are detentions by state forces, and an unnamed
    arresting force is the Police Forces of the country where it happened. Given after
    the incident check, as the unnamed side of a battle is: a force the text does not
    name is no evidence that an incident happened. Only where no mention has a doer at all
    (a passive): a subject the table does not know ("the crown prince detained the prime
    minister") is someone, and a misread place would give the wrong country's police."""
    first = group[0]
    if first.sub_event_type != taxonomy.ARRESTS or any(
            m.actor1 or m.explain.get("actor1") for m in group):
        return False
    place = next((m.place for m in group if m.place is not None), None)
    first.actor1 = actors_stage.police_of(place.country_code if place is not None else None)
    return first.actor1 is not None


def unnamed_side(group: list[Mention], toponyms: list[Toponym],
                  groups: list[list[Mention]]) -> bool:
    """A battle whose one armed side the report counts and whose other it does not name
    ("A British soldier has been shot dead while on patrol", "One riot police officer was
    shot dead outside ... Grozny"), or shelling by no one named ("A civilian was killed
    by a mortar in ... Damascus"): ACLED codes the unnamed side "Unidentified Armed Group
    (Country)", the country where it happened. Given after the incident check, as the
    demonstrators are: a generic actor is no evidence that an incident happened."""
    first = group[0]
    if first.sub_event_type not in (taxonomy.ARMED_CLASH, taxonomy.SHELLING) or any(
            m.actor1 and not the_side_hit(m, first) for m in group):
        return False
    side = next((m.actor2 for m in group if m.actor2 is not None), None)
    if first.sub_event_type == taxonomy.ARMED_CLASH and not _counted_alone(side, group) \
            and not (side is None and _ambushed(group)):
        return False
    if side is not None and _fights_named(side, groups):
        return False  # the report names whom this side fights elsewhere: not unidentified
    place = next((m.place for m in group if m.place is not None), None)
    cc = place.country_code if place is not None else None
    if place is not None and place.level == "country" and cc in places_stage.forces_abroad():
        return False  # "a US-Kurdish operation" placed in the US: the forces' home, not where
    if side is not None and cc is not None and state_abroad(side) == cc:
        return False  # forces that serve abroad fight abroad: a place at home is an origin
    if cc is None and side is not None:  # no place: only the named side's own land
        fallback = _group_country(group, toponyms)
        cc = fallback if fallback == actors_stage.country_iso(side.country) else None
    first.actor1 = actors_stage.unidentified_group(cc) if cc else None
    return first.actor1 is not None


def _ambushed(group: list[Mention]) -> bool:
    """A battle told as an ambush with neither side named ("A Polish officer was shot in an
    ambush north of Karbala"): an ambush is an attack from hiding, so it has a
    perpetrator the report does not name, which ACLED codes "Unidentified Armed Group
    (Country)"; plain fighting with no side named has none to code."""
    words = data.words("type_rules.yaml", "hidden_attack_words")
    return any(set(m.trigger.lower().split()) & words for m in group)


def _fights_named(side: Actor, groups: list[list[Mention]]) -> bool:
    """Another incident of the report pairs this side with a named foe ("Turkey fired on
    Qamishli" beside the YPG's dead in Afrin): its unnamed foe is likely that one."""
    for g in groups:
        sides = [a for m in g for a in (m.actor1, m.actor2) if a is not None]
        if any(a.name == side.name for a in sides) and any(
                a.name != side.name and a.inter in codes.ARMED
                and not a.name.startswith("Unidentified") for a in sides):
            return True
    return False


def _counted_alone(side: Actor | None, group: list[Mention]) -> bool:
    """An armed side named as the one hit, not as the one fought ("killed while fighting
    against the Islamic State", "killed fighting Isis", "in clashes with ..." name the
    other side's foe)."""
    if side is None or side.inter not in codes.ARMED or side.name.startswith("Unidentified"):
        return False
    foe = re.compile(r"\b(?:against|with|fighting|fought|battling|battled)\s+"
                     + re.escape(side.text), re.I)
    return not any(foe.search(m.sentence) for m in group)


def troops_marching(group: list[Mention]) -> bool:
    """ "Watch the Americans march away": a march whose agent is a state's military is
    troops on the move; ACLED's protesters are never armed forces. Only "march": the
    force named beside other protest words is the one that met the protest."""
    first = group[0]
    return (first.event_type in (taxonomy.PROTESTS, taxonomy.RIOTS)
            and first.trigger.lower().startswith("march")
            and first.actor1 is not None
            and first.actor1.name.startswith("Military Forces of"))


def _crowd_against_force(group: list[Mention], toponyms: list[Toponym]) -> None:
    """A riot whose sentence also told a clash of a force with the crowd ("riot police
    clashed with thousands of demonstrators") or its shooting ("and police shot dead four
    people"), folded into the riot
    (one_incident._crowd_in_clash): ACLED codes the rioters as the first actor and the force
    they fought as the second, never the force as a rioter."""
    first = group[0]
    if first.event_type != taxonomy.RIOTS:
        return
    force = next((a for m in group[1:] if m.sub_event_type in (taxonomy.ARMED_CLASH,
                                                                taxonomy.ATTACK)
                  and m.sent_start == first.sent_start for a in (m.actor1, m.actor2)
                  if a is not None and a.inter not in one_incident.CROWD_INTER | {7}), None)
    if force is None:
        return
    if first.actor1 is None or first.actor1.inter not in one_incident.CROWD_INTER:
        first.actor1 = actors_stage.demonstrators(True, _group_country(group, toponyms))
    if first.actor2 is None or first.actor2.inter in one_incident.CROWD_INTER | {7}:
        first.actor2 = force


def _force_at_riot(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """A riot whose sentence names the state force that met it ("police fired tear gas
    at rioters", "police arrested rioters"): ACLED codes the rioters as actor1 and that
    force, Police or Military Forces of the country, as actor2, as for a protest with
    intervention (sides.intervening_force). Read on the merged incident, so that a clash
    told of the same crowd in the same clause stays folded into the riot."""
    first = group[0]
    if first.sub_event_type != taxonomy.VIOLENT_DEMONSTRATION or any(
            m.actor2 for m in group) or (first.actor1 is not None and (
                first.actor1.inter not in one_incident.CROWD_INTER | {codes.CIVILIANS})):
        return  # (a crowd read as civilians, "100 students", is the one that rioted)
    cc = _group_country(group, toponyms)
    for sent in (s for s in doc.sents if s.start_char in {m.sent_start for m in group}):
        for chunk in sent.noun_chunks:
            if not actors_stage.names_security_force(chunk):
                continue
            actor = actors_stage.resolve_actor(chunk, None, country_code=cc)
            if actor is not None and actor.inter in codes.STATE_FORCES:
                first.actor2 = actor
                return


def _force_put_first(group: list[Mention], toponyms: list[Toponym]) -> None:
    """A protest with intervention told from the force's side ("police arrested 40
    protesters after a rally", "police detained dozens of students at a protest"): the
    force is the subject of the verb, so the reading put it first. ACLED codes the
    demonstrators as actor1 and the force that intervened as actor2, as for a riot; the
    sides are swapped when a state force came first and no other force is second."""
    first = group[0]
    force = next((m.actor1 for m in group if m.actor1 is not None), None)
    if first.sub_event_type != taxonomy.PROTEST_WITH_INTERVENTION or force is None or (
            force.inter not in codes.STATE_FORCES) or any(
            m.actor2 is not None and m.actor2.inter in codes.STATE_FORCES
            and m.actor2.name != force.name for m in group):
        return
    crowd = next((m.actor2 for m in group if m.actor2 is not None
                  and m.actor2.inter in one_incident.CROWD_INTER | {codes.CIVILIANS}), None)
    for m in group:
        m.actor1 = m.actor2 = None
    first.actor1 = crowd or actors_stage.demonstrators(False, _group_country(group, toponyms))
    first.actor2 = force


def _name_demonstrators(group: list[Mention], doc: Doc, toponyms: list[Toponym]) -> None:
    """ACLED codes every demonstration with its demonstrators: "Protesters (Country)",
    "Rioters (Country)" when the report names no one (the country of the place, else
    the one the article names most); with no country at all, "Protesters" / "Rioters",
    unless its sentences name armed men (a crowd is no armed group: "gunmen in plain
    clothes opened fire on a rally", "Fighters of the FSA group clashed"). Given after
    the enough-to-code check: a generic actor is no evidence that an incident happened."""
    first = group[0]
    if first.event_type not in (taxonomy.PROTESTS, taxonomy.RIOTS) or any(
            m.actor1 for m in group):
        return
    cc = _group_country(group, toponyms)
    riot = first.event_type == taxonomy.RIOTS
    if cc:
        first.actor1 = actors_stage.demonstrators(riot, cc)
    elif not _armed_men_named(group, doc):
        first.actor1 = actors_stage.demonstrators_unplaced(riot)


def _armed_men_named(group: list[Mention], doc: Doc) -> bool:
    """Its sentences name a non-state armed group or armed men ("gunmen", "militants"):
    then the crowd ACLED codes is not who the sentence is about. The police or troops
    facing a crowd are no such sign ("escorted by police", "police firing on the crowd")."""
    for sent in _group_sents(group, doc):
        for chunk in sent.noun_chunks:
            actor = actors_stage.resolve_actor(chunk)
            if (actor is not None and actor.inter in _FIGHTING) or \
                    actors_stage.names_perpetrator(chunk.root):
                return True
    return False


