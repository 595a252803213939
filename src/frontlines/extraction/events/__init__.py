"""Event mentions: triggers, ACLED sub-event types, agent/patient, flags.

    from frontlines.extraction.events import find_mentions
    drafts = find_mentions(sent)   # sent: a spaCy sentence Span

Each :class:`MentionDraft` is one trigger in one sentence, typed over ACLED's 25
sub-event types (``resolvers.py``; the taxonomy in ``domain/taxonomy.py``), with
its agent and patient noun phrases, backers, and negation / hypothetical /
past-background flags.  The pipeline turns drafts into
:class:`frontlines.domain.model.Mention` records.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines import data, settings
from frontlines.domain import taxonomy
from frontlines.extraction.casualties import SINGLE_PRONOUNS
from frontlines.extraction.docs import sentence_ents
from frontlines.extraction.events import frames
from frontlines.extraction.events.draft import MentionDraft
from frontlines.extraction.events.flags import clause_verb, hypothetical, negated, past_cue
from frontlines.extraction.events.lexicon import Lexicon, find_cues, load_lexicon
from frontlines.extraction.events.resolvers import (
    COMBATANTS_TAKEN,
    PLACE_LABELS,
    clause_places,
    deed_of_taken,
    main_clause,
    resolve_type,
    scene_words,
    unsupported,
)
from frontlines.extraction.events.resolvers import words as type_words
from frontlines.extraction.events.roles import (
    PLACE_HEAD_NOUNS,
    TIME_MARKS,
    battle_side,
    find_backers,
    find_roles,
)
from frontlines.extraction.events.senses import other_sense
from frontlines.extraction.events.triggers import (
    actor_class,
    apply_overrides,
    is_civilian,
    match_triggers,
)

__all__ = ["MentionDraft", "find_mentions"]


def _score(base: float, kind: str, why: str, why2: str, sub: str = "") -> float:
    """Generic triggers typed by a weapon word are as good as explicit ones; weapons
    seized or found are as sure a disrupted weapons use as "weapons cache"."""
    if kind in GENERIC and why:
        base = max(base, settings.WEAPON_TYPED_SCORE)
    if sub == taxonomy.DISRUPTED_WEAPONS and why and kind.startswith("@"):
        base = max(base, settings.WEAPONS_SEIZED_SCORE)
    if kind == "@destroy" and sub == taxonomy.ARMED_CLASH:
        return settings.DESTROYED_IN_BATTLE_SCORE
    if sub == taxonomy.NON_VIOLENT_TRANSFER and kind.startswith("@territory"):
        base = max(base, settings.TAKEN_AFTER_WITHDRAWAL_SCORE)
    return base + (settings.OVERRIDE_BONUS if why2 else 0.0)


def find_mentions(sent: Span, context: Span | Doc | None = None, *,
                  include_generic: bool = False) -> list[MentionDraft]:
    """Typed event mentions of one sentence.

    `context` (default: the sentence) is where context cues such as "suicide" or
    "tear gas" are looked for (the document classifier of the CASE evaluation passes
    the whole document).  Mentions that are not incidents (`generic`) are left out
    unless `include_generic`: that classifier still weighs them, weakly.
    """
    lex = load_lexicon()
    hits = match_triggers(sent, lex)
    if not hits:  # most sentences: nothing more to look at
        return []
    ctx = [t for t in (context if context is not None else sent) if not _next_incident(t, sent)]
    sent_toks = list(sent)
    drafts: list[MentionDraft] = []
    attribution = lex.cue_words("attribution") | lex.cue_words("attribution_heads")
    for hit in hits:
        trig = hit.head
        if trig.tag_ in {"NNP", "NNPS"} and trig.ent_type_ in NAME_ENTS:
            continue  # "Joint Operations Command", "Operation Steel Curtain"
        if hit.entry.type in PLACE_MODIFIERS and _names_a_place(trig, lex):
            continue  # "a missile base", "a detention centre": a place, not an act
        if other_sense(trig):
            continue  # "flood fighting", "shot down rumors", "carbon capture"
        if hit.entry.type in WEAPON_TYPES and len(unsupported([trig])) == 0:
            continue  # "troops backed by artillery stormed ...": support, not the deed
        agent, patient, pattern = find_roles(trig, sent, len(hit.entry.words),
                                             territorial=hit.entry.type.startswith("@terr"))
        if agent is not None and agent.root.pos_ == "PRON":
            agent = _antecedent(agent, sent) or agent
        kind = hit.entry.type
        sub, why = resolve_type(kind, agent, patient, sent_toks, lex, trig)
        if sub == taxonomy.CHANGE_TO_GROUP and kind == "@withdraw":
            nxt = find_cues(_next_sentence(sent), lex.cue_first["takeover_next"])
            if nxt:  # the taker is named in the next sentence
                sub, why = taxonomy.NON_VIOLENT_TRANSFER, "next sentence"
        if sub is None or _no_incident(trig, sub, patient) or _one_person_moves(sub, agent):
            continue
        if sub == taxonomy.SHELLING and _fired_from_air(trig, lex):
            sub, why = taxonomy.AIR_STRIKE, "fired by aircraft"
        sub, why2 = _attempt(trig, *apply_overrides(sub, kind, scene_words(trig, ctx), lex, sent))
        agent, patient, pattern = _sides(trig, kind, sub, (agent, patient, pattern))
        info = taxonomy.sub_event(sub)
        if info is None:
            continue
        text = sent.doc[hit.start:hit.end].text
        d = MentionDraft(
            trigger=trig, trigger_text=text, sub_event_type=sub, event_type=info.event_type,
            disorder_type=info.disorder_type, plover_event=info.plover,
            score=_score(hit.entry.score, kind, why, why2, sub), agent=agent, patient=patient,
            agent_pattern=pattern if agent is not None else "",
        )
        if kind == "@loss":  # the subject lost the place: it is not the agent
            d.agent, d.agent_pattern = None, ""
        d.backers = find_backers(agent, trig, sent)
        d.negated = negated(trig, sent)
        d.hypothetical = hypothetical(trig, sent) and why2 != ATTEMPTED
        d.past_cue = past_cue(trig, sent)
        d.civilian_target = is_civilian(patient, lex) and sub not in taxonomy.FIGHTING
        d.attributed = _attributed(trig, attribution)
        d.score -= _doubt(d)
        d.explain = {"kind": kind, **({"type": why} if why else {}),
                     **({"override": why2} if why2 else {})}
        frame = frames.frame(trig, hit.start, hit.end, kind, sub)
        if frame:
            d.explain["frame"] = frame
        d.anaphoric = frames.anaphoric(trig, hit.start, hit.end, d.agent, d.patient, sent, lex)
        drafts.append(d)
    runs = _weapon_lists(drafts)
    drafts = _fold_objects(_merge(_killed_captives(drafts), {d.trigger.i for r in runs for d in r}))
    _weapons_listed(runs)
    drafts = frames.weigh(drafts)
    _rally_as_scene(drafts, {h.head.i for h in hits if _violent(h.entry.type)}, lex)
    _unrest_as_setting(drafts)
    _aftermath(drafts, lex)
    _period_before(drafts)
    return drafts if include_generic else [d for d in drafts if not d.generic]


def _doubt(d: MentionDraft) -> float:
    """What a negated or hypothetical mention loses from its score: it stays a reading
    of the sentence, weaker than one that happened."""
    return settings.NEGATED_PENALTY * d.negated + settings.HYPOTHETICAL_PENALTY * d.hypothetical


LIST_JOINS = {",", "and", "or", ";"}
RIOT_TYPES = {taxonomy.VIOLENT_DEMONSTRATION, taxonomy.MOB_VIOLENCE}


Roles = tuple[Span | None, Span | None, str]


def _sides(trig: Token, kind: str, sub: str, roles: Roles) -> Roles:
    """The sides of a battle with no agent: the side named with "with" ("killed in clashes
    with Kurdish fighters"); of a battle word that thrown stones made a riot, the rioters
    and whom they fought."""
    agent, patient, pattern = roles
    if agent is None and sub == taxonomy.ARMED_CLASH:
        side = battle_side(trig)
        return side, patient, "with" if side is not None else pattern
    if kind == taxonomy.ARMED_CLASH and sub in RIOT_TYPES:
        return (*_riot_sides(trig, agent, patient), pattern)
    return roles


def _riot_sides(trig: Token, agent: Span | None, patient: Span | None
                ) -> tuple[Span | None, Span | None]:
    """ "Stone-throwing youths clashed with Indian troops": a battle word that thrown stones
    made a riot has the rioters as its subject and whom they fought in its "with" phrase
    (ACLED: the rioters are actor1, the forces they fight actor2)."""
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if trig.dep_ == "acl":  # the small model hangs the verb on its subject
        subj = trig.head
    if agent is not None or subj is None or patient is None or patient.root != subj:
        return agent, patient
    other = next((g for p in trig.children if p.dep_ == "prep" and p.lower_ == "with"
                  for g in p.children if g.dep_ == "pobj"), None)
    if other is None:
        return patient, None
    sub = list(other.subtree)
    return patient, trig.doc[sub[0].i:sub[-1].i + 1]


TAKING = {taxonomy.ABDUCTION, taxonomy.ARRESTS}


def _killed_captives(drafts: list[MentionDraft]) -> list[MentionDraft]:
    """ "Gunmen kidnapped and killed a journalist", "IS captured three soldiers and later
    beheaded them", "shot dead two policemen they had abducted", "executed two hostages":
    ACLED codes an abduction that ends in killing as the killing, and the killing of
    detained, unarmed people as an Attack (Violence against civilians), not a battle. The
    taking gives way to the killing of the same people; its taker and its captives name the
    killer and the killed when the killing names them by no more than a pronoun."""
    kills = [d for d in drafts if d.sub_event_type in (taxonomy.ATTACK, taxonomy.ARMED_CLASH)
             and d.trigger.pos_ == "VERB"
             and d.trigger.lemma_.lower() in type_words("execution_verbs")]
    dropped: set[int] = set()
    for take in (d for d in drafts if d.sub_event_type in TAKING
                 or d.explain.get("type") == COMBATANTS_TAKEN):  # soldiers captured, then killed
        kill = next((k for k in kills if _same_captives(take.trigger, k.trigger)), None)
        if kill is None:
            continue
        dropped.add(id(take))
        if kill.agent is None and take.agent is not None:
            kill.agent, kill.agent_pattern = take.agent, take.agent_pattern
        if take.patient is not None and (kill.patient is None or kill.patient.root.pos_ == "PRON"):
            kill.patient = take.patient  # "captured three soldiers and beheaded them"
        if kill.sub_event_type == taxonomy.ARMED_CLASH and not _others_taken(take.trigger,
                                                                            kill.trigger):
            kill.retype(taxonomy.sub_event(taxonomy.ATTACK))
            kill.explain["type"] = "killed captives"
    return [d for d in drafts if id(d) not in dropped]


def _others_taken(take: Token, kill: Token) -> bool:
    """ "At least three ISIS militants were killed and four others were arrested": each verb
    has people of its own, so those killed were not the captives; the taking is still part
    of the killing's incident (ACLED codes the capture of fighters in a battle as the
    battle), but armed men killed in it were killed fighting (Armed clash), not as
    captives (Attack)."""
    if take not in kill.conjuncts:
        return False
    own = [c for c in kill.children if c.dep_ in {"dobj", "nsubjpass"}]
    taken = [c for c in take.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(own and taken) and all(t.pos_ != "PRON" for t in taken)


def _same_captives(take: Token, kill: Token) -> bool:
    """Whether a killing is done to the people a taking took: the taking is in the killing's
    phrase ("executed two hostages", "policemen they had abducted", "killed after being
    kidnapped"; not through a coordinated verb), or the two verbs are coordinated and the
    first has no object of its own or the later none but a pronoun ("kidnapped and killed a
    journalist", "captured three soldiers and beheaded them"; not "killed two and arrested
    three others"; not adjectives: "families of dead or imprisoned militants")."""
    if take in kill.conjuncts and take.pos_ == "VERB":
        first, later = sorted((take, kill), key=lambda t: t.i)
        own = [c for c in first.children if c.dep_ == "dobj"]  # none: it shares the later's
        objs = [c for c in later.children if c.dep_ in {"dobj", "nsubjpass"}]
        return not own or all(o.pos_ == "PRON" for o in objs)
    return any(take in c.subtree for c in kill.children if c.dep_ not in {"conj", "cc"})


def _weapon_lists(drafts: list[MentionDraft]) -> list[list[MentionDraft]]:
    """Runs of three or more weapon nouns named in one list ("vehicle bombs, roadside
    bombs and mortar attacks"), read from the words between them (the parse may not
    join them as conjuncts): only commas, "and"/"or" and the next item's modifiers."""
    items = sorted((d for d in drafts if d.sub_event_type in taxonomy.WEAPON_TYPES
                    and d.trigger.pos_ in {"NOUN", "PROPN"}), key=lambda d: d.trigger.i)
    runs: list[list[MentionDraft]] = []
    for d in items:
        prev = runs[-1][-1] if runs else None
        between = d.trigger.doc[prev.trigger.i + 1:d.trigger.i] if prev is not None else []
        if prev is not None and any(t.lower_ in LIST_JOINS for t in between) and all(
                t.lower_ in LIST_JOINS
                or (t.dep_ in {"compound", "amod"} and t.head.i == d.trigger.i)
                for t in between):  # ("artillery shelling" is one item, not two)
            runs[-1].append(d)
        else:
            runs.append([d])
    return [r for r in runs if len(r) >= 3]


def _weapons_listed(runs: list[list[MentionDraft]]) -> None:
    """One list of remote weapons that did one deed ("a string of vehicle bombs, roadside
    bombs and mortar attacks killed 43 people") is one incident; it takes the type most
    of its items name (ties: the first named), not the one the codebook order ranks
    highest (artillery over two bombs)."""
    for items in runs:
        subs = [o.sub_event_type for o in items]
        best = max(subs, key=lambda s: (subs.count(s), -subs.index(s)))
        for o in items:
            o.sub_event_type = best


def _next_incident(tok: Token, sent: Span) -> bool:
    """A word of a later sentence that describes a new incident it introduces ("The
    monitor said the strikes hit Mayadin. A suicide attack killed 14 people"): "suicide"
    is that attack's, not a cue to the strikes before it. An earlier sentence's "a
    suicide bomber" is the antecedent of "the blast" and stays a cue."""
    if tok.i < sent.end or tok.dep_ not in {"amod", "compound"}:
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in tok.head.children)


def _violent(kind: str) -> bool:
    """Whether a trigger kind is violence against someone (not a protest, arrest or deal)."""
    if kind in GENERIC or kind == "@bomb":
        return True
    info = taxonomy.sub_event(kind)
    return info is not None and info.disorder_type == taxonomy.POLITICAL_VIOLENCE and \
        kind not in {taxonomy.ARRESTS, taxonomy.AGREEMENT, taxonomy.CHANGE_TO_GROUP,
                     taxonomy.HQ_ESTABLISHED, taxonomy.NON_VIOLENT_TRANSFER, taxonomy.OTHER}


SCENE_PREPS = {"at"}


def _unrest_as_setting(drafts: list[MentionDraft]) -> None:
    """Mark generic a vague word of disorder ("unrest") that is only the setting or the
    topic of the crowd event its sentence reports ("One protester was shot dead by police
    in Sunday's unrest", "In another sign of unrest in the country, some 4,000 people
    marched"): ACLED codes the demonstration or the force used on it, one event, not a
    second riot. "Unrest" as the subject, the only event of its sentence, or in another
    clause with a deed of its own ("marched in Nairobi, while three were killed in unrest
    in Kisumu") stays."""
    crowd = {taxonomy.PROTESTS, taxonomy.RIOTS}
    for d in drafts:
        tok = d.trigger
        if d.event_type != taxonomy.RIOTS or tok.lower_ not in type_words("setting_nouns"):
            continue
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj":
            continue
        verb = clause_verb(tok)
        crowds = [o for o in drafts if o is not d and not o.generic and o.event_type in crowd
                  and o.trigger.lower_ not in type_words("setting_nouns")]
        deeds = [o for o in drafts if o is not d and clause_verb(o.trigger) == verb]
        happens = bool(deeds) or verb.lemma_.lower() in type_words("strike_dead")
        if crowds and (not happens or any(o in deeds for o in crowds)):
            d.generic = True  # the crowd event's own clause, or a clause where nothing happens


def _rally_as_scene(drafts: list[MentionDraft], violent: set[int], lex: Lexicon) -> None:
    """Mark generic a protest noun that is only where violence hit one person ("Colosio was
    shot at a campaign rally", "shot shortly after he finished a speech at a political
    rally"): the codebook codes the attack; the rally is no protest record of its own
    unless the sentence reports it (its verb, or protesters, or many, as the ones hit)."""
    people = lex.cue_words("protesters")
    for d in drafts:
        if d.disorder_type != taxonomy.DEMONSTRATIONS or d.trigger.pos_ != "NOUN":
            continue
        tok = d.trigger
        while tok.dep_ in {"conj", "compound"} and tok.head.i != tok.i:
            tok = tok.head
        verb = _scene_verb(tok)
        if verb is None:
            continue
        if verb.i not in violent and not (verb.dep_ == "advcl" and verb.head.i in violent):
            continue
        host = verb if verb.i in violent else verb.head
        victims = [c for c in host.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not victims or any(v.lower_ in people or v.tag_ in {"NNS", "NNPS"} or any(
                n.dep_ == "nummod" for n in v.children) for v in victims):
            continue  # "police shot protesters at a rally", "five were killed during the
            # protests": force on the protest, whose victims are its protesters
        d.generic = True


def _scene_verb(rally: Token) -> Token | None:
    """The verb a protest noun is the scene of: "shot at a campaign rally" (a scene
    preposition), or "shot to death while addressing an election rally" (the object of
    what the victim was doing: a clause adverbial to the violence with no subject of its
    own); else None. A clause with its own doer ("when a group of Turks attacked a
    peaceful rally", "after security forces dispersed a protest") is force on the rally."""
    if rally.dep_ == "pobj" and rally.head.lower_ in SCENE_PREPS:
        return rally.head.head
    verb = rally.head
    if rally.dep_ == "dobj" and verb.dep_ == "advcl" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return verb
    return None


def _aftermath(drafts: list[MentionDraft], lex: Lexicon) -> None:
    """Mark flight from a fight generic: "the ISIS left behind its dead and fled the
    battlefield", "civilians were sheltering after fleeing repeated air strikes" tell
    the aftermath of the battle or strike the report codes, not another event (a flight
    beside another incident of its sentence, or whose own phrase names the fight)."""
    flee, fight = lex.cue_words("flight_verbs"), lex.cue_words("fight_words")
    for d in drafts:
        if d.sub_event_type != taxonomy.OTHER or d.trigger.lemma_.lower() not in flee:
            continue
        beside = any(o is not d and o.sub_event_type != taxonomy.OTHER for o in drafts)
        named = any(t.lower_ in fight for t in d.trigger.subtree if t.i != d.trigger.i)
        d.generic = d.generic or beside or named


# "after weeks of street battles and bombing, the strongholds fell": the weeks before
PERIOD_NOUNS = {"days", "weeks", "months", "years", "decades"}
PERIOD_PREPS = {"after", "following"}


def _period_before(drafts: list[MentionDraft]) -> None:
    """Mark generic a trigger that names the period before the incident its sentence
    reports ("After weeks of street-to-street battles and bombing, these final
    strongholds fell to Kurdish fighters"): the codebook codes the fall, which happened
    on one day, not the weeks of fighting before it (nor their bombing as its weapon)."""
    for d in drafts:
        period = _period_phrase(d.trigger)
        if period is None:
            continue
        inside = {t.i for t in period.subtree}
        if any(o is not d and not o.generic and o.trigger.i not in inside for o in drafts):
            d.generic = True


def _period_phrase(trigger: Token) -> Token | None:
    """The "weeks" of an "after weeks of ..." phrase the trigger is in (None if none)."""
    for a in trigger.ancestors:
        if a.lower_ in PERIOD_NOUNS and a.head.lower_ in PERIOD_PREPS and any(
                c.lower_ == "of" for c in a.children):
            return a
    return None


GENERIC = {"@attack", "@kill"}
# a month name ("on 21 March") is a date, not a march
NAME_ENTS = {"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "GPE", "DATE"}


WEAPON_TYPES = taxonomy.WEAPON_TYPES
# weapons whose use, told as what people taken had done, is no incident of its own
TAKEN_DEEDS = WEAPON_TYPES | {taxonomy.SUICIDE_BOMB}


ATTEMPTED = "attempted"
BOMBINGS = {taxonomy.REMOTE_EXPLOSIVE, taxonomy.SUICIDE_BOMB}


def _attempt(trig: Token, sub: str, why: str) -> tuple[str, str]:
    """"An attempted bombing of an airliner", "a failed car bombing", "tried to bomb a
    flight": a bombing told as an attempt that was made is one prevented or gone wrong
    (ACLED: Disrupted weapons use). Not a plan: the trying is past ("will try to bomb"
    stays one)."""
    if sub not in BOMBINGS:
        return sub, why
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in type_words("attempt_modifiers")
           for c in trig.children):
        return taxonomy.DISRUPTED_WEAPONS, ATTEMPTED
    head = trig.head
    if trig.dep_ == "xcomp" and head.lemma_.lower() in type_words("attempt_verbs") and (
            head.tag_ in {"VBD", "VBN"}) and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return taxonomy.DISRUPTED_WEAPONS, ATTEMPTED
    return sub, why


def _no_incident(trig: Token, sub: str, patient: Span | None) -> bool:
    """A move that abandons no place, or a weapon used in the deed of people arrested
    ("arrested two men suspected of throwing a grenade": ACLED codes the arrest)."""
    return _abandons_no_place(trig, sub, patient) or (
        sub in TAKEN_DEEDS and deed_of_taken(trig)) or _remains_destroyed(sub, patient)


def _remains_destroyed(sub: str, patient: Span | None) -> bool:
    """"An Israeli was shot and his body was burned": a dead person's remains burned are
    the killing's victim, no property destroyed (ACLED codes the killing)."""
    return sub == taxonomy.LOOTING and patient is not None and (
        patient.root.lower_ in type_words("remains_nouns"))


def _one_person_moves(sub: str, agent: Span | None) -> bool:
    """ "captured him when he entered Honduras as chaplain": one person told by a pronoun
    who enters or leaves a place moves, no armed side takes it over (ACLED's transfer of
    territory is between groups)."""
    return sub == taxonomy.NON_VIOLENT_TRANSFER and agent is not None and len(agent) == 1 and (
        agent.root.lower_ in SINGLE_PRONOUNS)


# triggers that as a modifier of a place noun only name the place ("a rocket-launching
# site", "outside a detention centre": no arrest)
PLACE_MODIFIERS = frozenset(WEAPON_TYPES) | {taxonomy.ARRESTS, "@detain"}


# what a force holds besides towns: "abandoned their positions", "vacated the outpost"
HELD_NOUNS = {"position", "post", "outpost", "headquarters", "compound", "building", "front",
              "neighbourhood", "neighborhood", "suburb", "hill", "island", "field", "oilfield",
              "bridge", "road", "street", "trench", "line", "enclave", "pocket", "garrison"}


def _abandons_no_place(trig: Token, sub: str, patient: Span | None) -> bool:
    """"The Kurds abandoned by the west", "she abandoned them", "abandon the struggle",
    "the motion was handed over to the Speaker": what is abandoned, vacated or handed
    over is not a place, so no territory changes hands."""
    if sub != taxonomy.NON_VIOLENT_TRANSFER or patient is None or \
            trig.lemma_.lower() not in {"abandon", "vacate", "hand", "handover"}:
        return False
    return not any(t.ent_type_ in {"GPE", "LOC", "FAC"} or t.lemma_.lower() in PLACE_HEAD_NOUNS
                   or t.lemma_.lower() in HELD_NOUNS for t in patient)


def _names_a_place(trig: Token, lex) -> bool:
    """Whether a weapon or arrest word only modifies a place noun ("rocket-launching
    site", "missile base", "detention centre"): the place is named, nothing is done."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"compound", "amod", "npadvmod", "nmod"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in {"NOUN", "PROPN"} and (
                cur.lower_ in lex.cue_words("posts") or cur.lower_ in lex.cue_words("places")):
            return True
    return False


def _fired_from_air(trig: Token, lex) -> bool:
    """"Saudi jets fired missiles at ...", "rockets fired by drones": a missile or a
    rocket launched from an aircraft is an air strike in the codebook, not shelling."""
    verbs = [clause_verb(trig), *(c for c in trig.children if c.dep_ == "acl")]
    for c in (c for v in verbs for c in v.children):
        if c.dep_ in {"nsubj", "agent"} and not c.is_ancestor(trig) and c.i != trig.i:
            words = list(c.subtree)
            hits = [h for h in find_cues(words, lex.cue_first["air"])
                    if not (h[0] >= 2 and words[h[0] - 1].text == "-")]
            if hits:
                return True
    return False


def _next_sentence(sent: Span) -> list[Token]:
    """Tokens of the following sentence: who took over a place left ("forces withdrew
    today. [Sunday] ... allowed Daesh elements to seize it") is often named there."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    return list(doc[sent.end].sent)


def _attributed(trig: Token, words: set[str]) -> bool:
    """Whether the trigger sits under a word of blame or claim ("accused X of shelling",
    "responsible for the attack", "took credit for the bombing", "behind the blasts").
    "The attack claimed five lives" is not a claim: the trigger is its subject."""
    cur = trig
    for _ in range(6):
        parent = cur.head
        if parent.i == cur.i:
            return False
        # "the attack claimed five lives"; "X claimed that 27 members were kidnapped" (a
        # report of the event, not a claim of it)
        report = parent.lemma_.lower() == "claim" and (
            cur.dep_ in {"nsubj", "ccomp"} or any(c.dep_ == "ccomp" for c in parent.children))
        if (parent.lemma_.lower() in words or parent.lower_ in words) and not report:
            return True
        # "takes credit for X", "claimed responsibility for X" with "for" on the verb
        if cur.dep_ == "pobj" and any(c.dep_ == "dobj" and c.lemma_.lower() in words
                                      for c in parent.head.children):
            return True
        cur = parent
    return False


# Doc.user_data key: set (by pipeline.process) when the prefilter blanked sentences of
# the parsed text, so that look-backs do not reach across the gap.
PREFILTERED = "frontlines_prefiltered"


def _antecedent(pron: Span, sent: Span) -> Span | None:
    """Cheap coreference for "they"/"it" agents: the nearest earlier phrase in the
    two previous sentences naming an armed actor; in a prefiltered parse, none beyond
    a blanked stretch (the sentences that held the nearer referent are gone)."""
    if pron.root.lower_ in {"their", "its"} and pron.root.dep_ == "poss":
        # "Russian and Syrian planes intensified their bombing": the verb's subject
        owner = pron.root.head
        verb = owner.head if owner.dep_ in {"dobj", "obj"} else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
            return sent.doc[subj.left_edge.i:subj.i + 1]
        return None
    if pron.root.lower_ not in {"they", "it", "them"}:
        return None
    doc = sent.doc
    lex = load_lexicon()
    speaker = _speaker(pron.root)
    if speaker is not None and actor_class(speaker, lex) is not None:
        return speaker
    lo = max(0, sent.start - 80)
    gaps = doc.user_data.get(PREFILTERED, False)
    for i in range(pron.start - 1, lo - 1, -1):
        t = doc[i]
        if gaps and t.is_space and "   " in t.text:
            return None  # the prefilter blanked what lay between: the referent may be there
        if t.pos_ not in {"NOUN", "PROPN"} and t.text != "IS":
            continue
        span = doc[i:i + 1]
        if actor_class(span, lex) is not None:
            return span
    return None


SPEECH_VERBS = frozenset({"say", "claim", "announce", "declare", "state", "report"})


def _speaker(pron: Token) -> Span | None:
    """The subject of the speech verb whose reported clause the pronoun heads ("The
    Syrian military, backed by Shia fighters, said it had reclaimed ..."): the speaker
    is the "it", not the nearer noun inside its modifiers."""
    verb = pron.head
    if pron.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp":
        return None
    if verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return pron.doc[subj.left_edge.i:subj.i + 1]


# What an act is done to is no act of its own: weapons defused or seized are not fired
# ("sappers defused hundreds of landmines", "seized nine pistols and 1,100 live rounds"),
# and a depot an air strike destroyed is the strike's target, not a disrupted use.
REMOTE = frozenset(WEAPON_TYPES)
FOLDED = {taxonomy.DISRUPTED_WEAPONS: REMOTE | {taxonomy.EXCESSIVE_FORCE, taxonomy.SUICIDE_BOMB,
                                         taxonomy.CHEMICAL_WEAPON},
          **{w: frozenset({taxonomy.DISRUPTED_WEAPONS}) for w in REMOTE}}


def _fold_objects(drafts: list[MentionDraft]) -> list[MentionDraft]:
    """Drop a noun trigger that lies in the object of another trigger of the sentence
    when it names what that act was done to (FOLDED: host type -> guest types)."""
    dropped: set[int] = set()
    for host in drafts:
        guests = FOLDED.get(host.sub_event_type)
        if not guests or host.patient is None or id(host) in dropped:
            continue
        for d in drafts:
            if d is host or d.sub_event_type not in guests or d.trigger.pos_ != "NOUN":
                continue
            inside = host.patient.start <= d.trigger.i < host.patient.end
            below = _in_object(d.trigger, host) and not (
                host.agent is not None and host.agent.start <= d.trigger.i < host.agent.end)
            if inside or (below and host.sub_event_type == taxonomy.DISRUPTED_WEAPONS):
                dropped.add(id(d))
    return [d for d in drafts if id(d) not in dropped]


def _in_object(tok: Token, host: MentionDraft) -> bool:
    """Whether a token hangs under the host trigger through nouns only (its object
    phrase: "seized nine pistols, 31 magazines with 1,100 live rounds"), not through
    another verb ("found ... since September, and four children died in an explosion")."""
    for a in tok.ancestors:
        if a.i == host.trigger.i:
            return True
        if a.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _means_of(noun: Token, verb: Token) -> bool:
    """The event noun is how the verb's deed was done ("killed 50 in a suicide bombing"),
    or the verb tells what happened in it ("clashes near the citadel where the opposition
    killed 20 troops")."""
    while noun.dep_ in {"compound", "amod"} and noun.head.i != noun.i:
        noun = noun.head
    if verb.dep_ == "relcl" and noun.is_ancestor(verb):
        return True
    if noun.dep_ != "pobj" or not verb.is_ancestor(noun):
        return False
    tok = noun
    while tok.i != verb.i:  # not inside the verb's subject ("a car bomb kills 20")
        if tok.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            return False
        tok = tok.head
    return True




def _own_places(trig: Token) -> set[str]:
    """Place names hanging under a trigger through its phrases only, not through
    another verb ("killed around the town of Albu Kamal")."""
    out = set()
    for ent in sentence_ents(trig.sent):
        if ent.label_ not in PLACE_LABELS:
            continue
        for a in ent.root.ancestors:
            if a.i == trig.i:
                out.add(ent.text.lower())
                break
            if a.pos_ in {"VERB", "AUX"}:
                break
    return out


def _apart(kill: Token, other: Token) -> bool:
    """Each of two triggers of a sentence names a place of its own, and they differ
    ("80 fighters destroyed in Mayadeen ... adding 40 were killed around Albu Kamal"):
    two places, so two incidents in ACLED's unit, not one killing folded into the other.
    So do two coordinated clauses that each name their place ("In Samarra, a merchant
    was killed by gunmen, and in the Abu Ghraib area four people were hurt when a
    roadside bomb exploded")."""
    mine, theirs = _own_places(kill), _own_places(other)
    if mine and theirs and not mine & theirs:
        return True
    one, two = main_clause(kill), main_clause(other)
    if one.i == two.i:
        return False
    mine, theirs = clause_places(one), clause_places(two)
    return bool(mine and theirs and not mine & theirs)


SPAN_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def _earlier_incident(noun: Token, verb: Token) -> bool:
    """"Gunmen killed a policeman in Bilbao on Monday, a month after the car bombing of
    22 February 2001 in Madrid": an event noun in an "after", "following" or "since"
    phrase of the killing's clause is an earlier incident, not the means of the killing,
    when a counted span sets it apart ("a month after") or it is dated on its own
    (`frames.dated_earlier`); ACLED codes each incident by its own day and place.
    Uncounted and undated ("killed after an air strike hit a market") it stays the
    killing's cause."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in frames.EARLIER_PREPS or verb.i not in {
            prep.head.i, *(a.i for a in prep.head.ancestors)}:
        return False
    return prep.head.lower_ in SPAN_UNITS or frames.dated_earlier(noun) or any(
        c.dep_ == "npadvmod" and c.lower_ in SPAN_UNITS for c in prep.children)


def _participle_toll(trigger: Token) -> bool:
    """A killing told as the participle clause of the act ("opened fire on protesters,
    killing three"), not a killing of its own ("the police killing of an unarmed man
    sparked protests")."""
    return trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "xcomp", "conj")


def _one_sided(killing: MentionDraft, fight: MentionDraft) -> bool:
    """A killing typed an attack on unarmed people folded into a battle word whose doer is
    named and which names no armed side against it (its object is ground or nothing, no
    "with" side): the battle word tells how the doers came, the deed is one-sided."""
    if killing.sub_event_type != taxonomy.ATTACK or not killing.civilian_target or (
            killing.patient is None or fight.sub_event_type != taxonomy.ARMED_CLASH):
        return False
    if fight.agent is None or actor_class(fight.agent) is None or fight.agent_pattern == "with":
        return False
    dead = killing.patient.root
    if actor_class(dead.doc[dead.left_edge.i:dead.right_edge.i + 1]) is not None:
        return False  # "Fourteen people, including five soldiers, were killed": an armed
        # side among the dead fought
    if fight.patient is not None and fight.patient.root.lower_ in data.words("post_words.txt"):
        return False  # "overran an outpost", "stormed a checkpoint": a force's post is
        # held by the side it fights (data/post_words.txt), no empty ground
    if fight.trigger.lemma_.lower() in type_words("offensive_nouns") | type_words(
            "two_sided_battle_words"):
        return False  # an offensive is fought against the side holding the ground; a clash
        # has two sides by its word
    if any(c.dep_ == "conj" for c in fight.agent.root.children):
        return False  # "government forces and Kurdish fighters": two sides named
    if any(c.dep_ == "prep" and c.lower_ in type_words("side_preps")
           for c in fight.trigger.children):
        return False  # "clashed with vigilantes": a side of its own
    return fight.patient is None or (actor_class(fight.patient) is None
                                     and (fight.patient.root.pos_ != "PROPN"
                                          or fight.patient.root.ent_type_ in PLACE_LABELS))


def _shot_amid_a_fight(shot: MentionDraft, fight: MentionDraft) -> bool:
    """ "Yousef Jabri, 15, was shot in the head July 4 in a clash in Hebron", "Omar
    al-Bihassi was shot and killed in a confrontation near the town of Khan Yunis": a
    person not named as armed, shot in a fight noun that names no side of its own (no
    doer, no "with" or "between" side, no armed men as its object), is the one whom the
    shooting was done to. ACLED's Armed clash is a battle between two armed, organised
    sides; the shooting of an unarmed person is an Attack (violence against civilians),
    whatever the report calls the scene. A fight with its sides named ("shot in clashes
    between police and gunmen"), an ambush (laid for a side) or a soldier shot (typed a
    battle already, or named armed in his apposition) stays."""
    if shot.sub_event_type != taxonomy.ATTACK or shot.patient is None or (
            shot.trigger.lemma_.lower() not in type_words("gunfire_verbs")) or (
            fight.sub_event_type != taxonomy.ARMED_CLASH or fight.trigger.pos_ != "NOUN"):
        return False
    if fight.agent is not None or (fight.patient is not None and actor_class(fight.patient)
                                   is not None) or fight.trigger.lower_ in type_words(
            "hidden_attack_words"):
        return False  # (an ambush is laid for a side: "an officer ... was shot in an ambush")
    victim = shot.patient.root
    if actor_class(shot.patient.doc[victim.left_edge.i:victim.right_edge.i + 1]) is not None:
        return False  # "Kupczyk, 44, an officer with the 12th Mechanized Brigade": armed
    if any(c.dep_ == "prep" and c.lower_ in type_words("side_preps")
           for c in fight.trigger.children):
        return False
    return _means_of(fight.trigger, shot.trigger)


def _others_of_the_fighters(killing: MentionDraft, taking: MentionDraft) -> bool:
    """ "At least 24 Syrian Army soldiers were killed and ten others were taken as
    hostages", "Nine terrorists were killed and five others were taken as hostages by the
    army forces": "others" taken beside armed men killed are more of the same men, so
    fighters were taken in the fight that killed their comrades. ACLED's Abduction is of
    civilians; soldiers or militants captured by the side they fight are part of the
    battle (Armed clash), as "captured" soldiers already are (COMBATANTS_TAKEN)."""
    return killing.sub_event_type == taxonomy.ARMED_CLASH and (
        taking.sub_event_type == taxonomy.ABDUCTION) and taking.patient is not None and (
        taking.patient.root.lower_ in {"others", "other"}) and killing.patient is not None and (
        actor_class(killing.patient) is not None) and not is_civilian(killing.patient)


def _plan_of_the_victims(d: MentionDraft, g: MentionDraft) -> bool:
    """A deed only planned that describes the victims of a killing told as done
    ("insurgents who were preparing an ambush ... were killed by a Polish patrol"): no
    incident; the killing told is one, and the plan is not folded into it."""
    return _only_supposed(d) and not _only_supposed(g) and (
        g.patient is not None and g.patient.root.is_ancestor(d.trigger))


def _killed_while_trying(d: MentionDraft, g: MentionDraft) -> bool:
    """ "two policemen were killed and seven wounded as they tried to defuse a roadside
    bomb": a deed only attempted in a clause of time under a killing told as done; the
    killing happened (the codebook's incident), and is not folded into the attempt. The
    killing that heads the toll only: "and seven wounded" is its own toll, not a second
    incident."""
    if not _only_supposed(d) or _only_supposed(g) or g.trigger.dep_ == "conj" or (
            not g.trigger.is_ancestor(d.trigger)):
        return False
    node = d.trigger
    while node.i != g.trigger.i and node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                                        for c in node.children):
            return True
        node = node.head
    return False


def _one_of_a_series(d: MentionDraft, g: MentionDraft) -> bool:
    """ "al-Maliki ... was killed amid a spate of assassinations of religious political
    leaders across the country": a killing told as one of a series (a spate, wave,
    string of deeds) is one incident of many; the series is not its means, and folding
    the killing into it lost the one incident the codebook codes."""
    noun = d.trigger
    if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    series = noun.head.head
    return series.lemma_.lower() in type_words("series_nouns") and (
        g.trigger.is_ancestor(series) and g.trigger.pos_ == "VERB")


def _as_the_killing(fight: MentionDraft, killing: MentionDraft) -> None:
    """Retype a battle word that met no armed side as the killing folded into it
    ("Fourteen people were killed ... when gunmen invaded the area": ACLED's Attack, a
    battle needs two armed sides)."""
    fight.sub_event_type, fight.event_type = killing.sub_event_type, killing.event_type
    fight.disorder_type, fight.plover_event = killing.disorder_type, killing.plover_event
    fight.patient, fight.civilian_target = killing.patient, True
    fight.explain["type"] = f"one-sided: {killing.trigger_text} {killing.patient}"


def _only_supposed(d: MentionDraft) -> bool:
    """A deed the sentence denies or only supposes ("if 200 had been killed"): its
    victims are no one's in an incident told as done."""
    return d.hypothetical or d.negated




def _merge(drafts: list[MentionDraft], listed: set[int] | frozenset[int] = frozenset()
           ) -> list[MentionDraft]:
    """Fold a generic verb ("killed", "pounded") into the event noun of the same
    incident ("a car bombing ... killed", "killed in a car bombing"), so one
    incident gives one draft; the noun keeps the verb's object as patient."""
    dropped: set[int] = set()
    for g in drafts:
        kind = g.explain.get("kind")
        if kind not in GENERIC:
            continue
        for d in drafts:
            if d is g or id(d) in dropped or d.explain.get("kind") in GENERIC:
                continue
            if _plan_of_the_victims(d, g) or _killed_while_trying(d, g) or (
                    _one_of_a_series(d, g)):
                continue
            in_agent = g.agent is not None and g.agent.start <= d.trigger.i < g.agent.end
            subj_of = d.trigger.head.i == g.trigger.i and d.trigger.dep_ in {"nsubj", "nsubjpass"}
            # "a man was killed as villagers clashed": the death belongs to the riot; "fired
            # on protesters, killing three": the deaths are the force's (ACLED codes lethal
            # force against protesters as the protest event's excessive force, not a clash)
            same_incident = kind == "@kill" and (d.disorder_type == taxonomy.POLITICAL_VIOLENCE
                                                 or d.event_type == taxonomy.RIOTS
                                                 or (d.sub_event_type == taxonomy.EXCESSIVE_FORCE
                                                     and _participle_toll(g.trigger)))
            if same_incident and not (in_agent or subj_of) and _apart(g.trigger, d.trigger):
                g.explain["own_place"] = "its killing names a place of its own"
                continue
            if same_incident and _earlier_incident(d.trigger, g.trigger):
                g.explain["own_place"] = "the noun is an earlier incident"
                continue
            if _shot_amid_a_fight(g, d):
                _as_the_killing(d, g)  # the shooting keeps its own toll: both one Attack
                break
            if in_agent or subj_of or same_incident:
                _fold(d, g, in_agent, listed)
                dropped.add(id(g))
                break
    return [d for d in drafts if id(d) not in dropped]


def _fold(d: MentionDraft, g: MentionDraft, in_agent: bool,
          listed: set[int] | frozenset[int]) -> None:
    """Fold the generic verb ``g`` into the event noun ``d`` of the same incident (split
    from ``_merge``, which finds the pair): the noun takes the verb's victims, its doer
    where the verb tells who used the noun's means, its weapon, and its one-sided
    reading."""
    if d.patient is None and g.patient is not None and not (
            g.patient.start <= d.trigger.i < g.patient.end) and not (
            _only_supposed(g) and not _only_supposed(d)):
        # (not the victims of a killing only supposed: "The clash ... was kept
        # quiet by Moscow, which would have complained if 200 of its citizens
        # had been killed": the clash's sides are its own)
        # (not the noun itself: "killed in four air strikes")
        d.patient = g.patient
        d.civilian_target = d.civilian_target or is_civilian(g.patient)
    # (a passive's "by" too: "killed in the fighting and under siege by the
    # Turkish army", "were killed by the army in clashes": who fought)
    if d.agent is None and g.agent is not None and (
            g.agent_pattern == "active" and d.sub_event_type
            == taxonomy.EXCESSIVE_FORCE or g.agent_pattern in {
                "active", "passive-by"} and _means_of(d.trigger, g.trigger)) \
            and not (
                g.agent.start <= d.trigger.i < g.agent.end
                or g.agent.root.lower_ in {"that", "which", "who"}):
        # "IS said it killed 50 fighters in a suicide bombing": who killed
        # ("police fired rubber bullets at protesters, wounding 20": who fired)
        d.agent, d.agent_pattern = g.agent, "active"
    if in_agent and g.explain.get("type") and d.event_type == g.event_type \
            and d.trigger.i not in listed:  # each item names its weapon
        d.sub_event_type = g.sub_event_type
    if _one_sided(g, d):
        _as_the_killing(d, g)
    if _others_of_the_fighters(g, d):
        d.retype(taxonomy.sub_event(taxonomy.ARMED_CLASH))
        d.civilian_target = False
        d.explain["type"] = f"{COMBATANTS_TAKEN}: {d.patient} after {g.patient} killed"
    if d.explain.get("frame") == "circumstance" and not g.explain.get("frame"):
        # "five were killed after an air strike hit a market": the deaths
        # are the clause's incident, told through its circumstance
        del d.explain["frame"]
