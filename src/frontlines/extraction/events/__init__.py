"""Event mentions: triggers, ACLED sub-event types, agent/patient, flags.

    from frontlines.extraction.events import find_mentions
    drafts = find_mentions(sent)   # sent: a spaCy sentence Span

Each :class:`MentionDraft` is one trigger in one sentence, typed over ACLED's 25
sub-event types (with PLOVER and UCDP hints), with its agent and patient noun
phrases, backers, and negation / hypothetical / past-background flags.  The
integrator turns drafts into :class:`frontlines.domain.model.Mention` records.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.extraction.events import frames
from frontlines.extraction.events.draft import MentionDraft
from frontlines.extraction.events.flags import hypothetical, negated, past_cue
from frontlines.extraction.events.lexicon import find_cues, load_lexicon, weigh_cues
from frontlines.extraction.events.roles import PLACE_NOUNS, find_backers, find_roles
from frontlines.extraction.events.triggers import (
    actor_class,
    apply_overrides,
    is_civilian,
    match_triggers,
    resolve_type,
)

__all__ = ["MentionDraft", "find_mentions", "classify_text", "classify", "case_label",
           "classify_doc_mentions"]


def _ucdp(sub: str, hint: int | None, agent: Span | None, patient: Span | None) -> int | None:
    if hint is None:
        return None
    if sub in {"Armed clash", "Government regains territory",
               "Non-state actor overtakes territory"}:
        a, p = actor_class(agent), actor_class(patient)
        if a == "nonstate" and p == "nonstate":
            return 2
        return 1
    if is_civilian(patient):
        return 3
    return hint


def _score(base: float, kind: str, why: str, why2: str, sub: str = "") -> float:
    """Generic triggers typed by a weapon word are as good as explicit ones; weapons
    seized or found are as sure a disrupted weapons use as "weapons cache"."""
    if kind in GENERIC and why:
        base = max(base, 0.85)
    if sub == "Disrupted weapons use" and why and kind.startswith("@"):
        base = max(base, 1.0)
    if kind == "@destroy" and sub == "Armed clash":
        return 0.5  # part of a battle the report names in its own words, if any
    if sub == "Non-violent transfer of territory" and kind.startswith("@territory"):
        base = max(base, 0.95)  # as sure as "without a fight": taken after a withdrawal
    return base + (0.15 if why2 else 0.0)


def find_mentions(sent: Span, context: Span | Doc | None = None, *,
                  include_generic: bool = False) -> list[MentionDraft]:
    """Typed event mentions of one sentence.

    `context` (default: the sentence) is where context cues such as "suicide" or
    "tear gas" are looked for; classify_text passes the whole document.  Mentions
    that are not incidents (`generic`) are left out unless `include_generic`: the
    document classifier still weighs them, weakly.
    """
    lex = load_lexicon()
    ctx = list(context if context is not None else sent)
    sent_toks = list(sent)
    drafts: list[MentionDraft] = []
    attribution = lex.cue_words("attribution") | lex.cue_words("attribution_heads")
    for hit in match_triggers(sent, lex):
        trig = hit.head
        if trig.tag_ in {"NNP", "NNPS"} and trig.ent_type_ in NAME_ENTS:
            continue  # "Joint Operations Command", "Operation Steel Curtain"
        if hit.entry.type in WEAPON_TYPES and _names_a_place(trig, lex):
            continue  # "a rocket-launching site", "a missile base": a place, not an attack
        agent, patient, pattern = find_roles(trig, sent, len(hit.entry.words),
                                             territorial=hit.entry.type.startswith("@terr"))
        if agent is not None and agent.root.pos_ == "PRON":
            agent = _antecedent(agent, sent) or agent
        kind = hit.entry.type
        sub, why = resolve_type(kind, agent, patient, sent_toks, lex, trig)
        if sub == "Change to group/activity" and kind == "@withdraw":
            nxt = find_cues(_next_sentence(sent), lex.cue_first["takeover_next"])
            if nxt:  # the taker is named in the next sentence
                sub, why = "Non-violent transfer of territory", "next sentence"
        if sub is None or _abandons_no_place(trig, sub, patient):
            continue
        sub, why2 = apply_overrides(sub, kind, ctx, lex)
        info = lex.types.get(sub)
        if info is None:
            continue
        text = sent.doc[hit.start:hit.end].text
        d = MentionDraft(
            trigger=trig, trigger_text=text, sub_event_type=sub, event_type=info["event"],
            disorder_type=info["disorder"], plover_event=info.get("plover"),
            case_code=info["case"], ucdp_type=_ucdp(sub, info.get("ucdp"), agent, patient),
            score=_score(hit.entry.score, kind, why, why2, sub), agent=agent, patient=patient,
            agent_pattern=pattern if agent is not None else "",
        )
        if kind == "@loss":  # the subject lost the place: it is not the agent
            d.agent, d.agent_pattern = None, ""
        d.backers = find_backers(agent, trig, sent)
        d.negated = negated(trig, sent)
        d.hypothetical = hypothetical(trig, sent)
        d.past_cue = past_cue(trig, sent)
        d.civilian_target = is_civilian(patient, lex) and sub not in {
            "Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
        d.attributed = _attributed(trig, attribution)
        if d.negated:
            d.score -= 0.4
        if d.hypothetical:
            d.score -= 0.25
        d.explain = {"kind": kind, **({"type": why} if why else {}),
                     **({"override": why2} if why2 else {})}
        frame = frames.frame(trig, hit.start, hit.end, kind, sub)
        if frame:
            d.explain["frame"] = frame
        d.anaphoric = frames.anaphoric(trig, hit.start, hit.end, d.agent, d.patient, sent, lex)
        drafts.append(d)
    drafts = _merge(drafts)
    drafts = frames.weigh(drafts)
    return drafts if include_generic else [d for d in drafts if not d.generic]


GENERIC = {"@attack", "@kill"}
# a month name ("on 21 March") is a date, not a march
NAME_ENTS = {"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "GPE", "DATE"}


WEAPON_TYPES = {"Shelling/artillery/missile attack", "Air/drone strike",
                "Remote explosive/landmine/IED", "Grenade"}


# what a force holds besides towns: "abandoned their positions", "vacated the outpost"
HELD_NOUNS = {"position", "post", "outpost", "headquarters", "compound", "building", "front",
              "neighbourhood", "neighborhood", "suburb", "hill", "island", "field", "oilfield",
              "bridge", "road", "street", "trench", "line", "enclave", "pocket", "garrison"}


def _abandons_no_place(trig: Token, sub: str, patient: Span | None) -> bool:
    """"The Kurds abandoned by the west", "she abandoned them", "abandon the struggle":
    what is abandoned or vacated is not a place, so no territory changes hands."""
    if sub != "Non-violent transfer of territory" or patient is None or \
            trig.lemma_.lower() not in {"abandon", "vacate"}:
        return False
    return not any(t.ent_type_ in {"GPE", "LOC", "FAC"} or t.lemma_.lower() in PLACE_NOUNS
                   or t.lemma_.lower() in HELD_NOUNS for t in patient)


def _names_a_place(trig: Token, lex) -> bool:
    """Whether a weapon word only modifies a place noun ("rocket-launching site",
    "missile base", "artillery positions"): the place is named, nothing is fired."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"compound", "amod", "npadvmod", "nmod"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in {"NOUN", "PROPN"} and (
                cur.lower_ in lex.cue_words("posts") or cur.lower_ in lex.cue_words("places")):
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


def _antecedent(pron: Span, sent: Span) -> Span | None:
    """Cheap coreference for "they"/"it" agents: the nearest earlier phrase in the
    two previous sentences naming an armed actor."""
    if pron.root.lower_ not in {"they", "it", "them"}:
        return None
    doc = sent.doc
    lex = load_lexicon()
    lo = max(0, sent.start - 80)
    for i in range(pron.start - 1, lo - 1, -1):
        t = doc[i]
        if t.pos_ not in {"NOUN", "PROPN"} and t.text != "IS":
            continue
        span = doc[i:i + 1]
        if actor_class(span, lex) is not None:
            return span
    return None


def _merge(drafts: list[MentionDraft]) -> list[MentionDraft]:
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
            in_agent = g.agent is not None and g.agent.start <= d.trigger.i < g.agent.end
            subj_of = d.trigger.head.i == g.trigger.i and d.trigger.dep_ in {"nsubj", "nsubjpass"}
            # "a man was killed as villagers clashed": the death belongs to the riot
            same_incident = kind == "@kill" and (d.disorder_type == "Political violence"
                                                 or d.event_type == "Riots")
            if in_agent or subj_of or same_incident:
                if d.patient is None and g.patient is not None:
                    d.patient = g.patient
                    d.civilian_target = d.civilian_target or is_civilian(g.patient)
                if in_agent and g.explain.get("type") and d.event_type == g.event_type:
                    d.sub_event_type = g.sub_event_type
                dropped.add(id(g))
                break
    return [d for d in drafts if id(d) not in dropped]


def classify_doc_mentions(doc: Doc) -> list[MentionDraft]:
    """All drafts of a document, with the whole document as override context."""
    out: list[MentionDraft] = []
    for sent in doc.sents:
        out.extend(find_mentions(sent, context=doc, include_generic=True))
    return out


NON_EVENT_CODES = {"natural_disaster": "NATURAL_DISASTER", "man_made_disaster": "MAN_MADE_DISASTER",
                   "crime": "ORG_CRIME", "diplomacy": "DIPLO", "attribution": "ATTRIB"}


def _non_event_counts(doc: Doc) -> dict[str, int]:
    """Cue-word counts of each non-event class (disaster, crime, diplomacy, blame)."""
    lex = load_lexicon()
    toks = list(doc)
    return {cls: weigh_cues(toks, index, lex.non_weights) for cls, index in lex.non_first.items()}


def _non_event_score(doc: Doc) -> tuple[str | None, int]:
    """The non-event class with most cue words, and its count."""
    counts = _non_event_counts(doc)
    best, n = None, 0
    for cls, k in counts.items():
        if k > n:
            best, n = cls, k
    return best, n


WEAK_TYPES = {"Arrests", "Disrupted weapons use", "Looting/property destruction",
              "Change to group/activity", "Agreement", "Other", "Non-violent transfer of territory",
              "Headquarters or base established"}
# how strongly each kind of non-event report suppresses a trigger: (base, per cue word)
NON_EVENT_BAR = {"natural_disaster": (0.75, 0.25), "man_made_disaster": (0.7, 0.2),
                 "crime": (0.6, 0.2), "diplomacy": (0.45, 0.15), "attribution": (0.5, 0.2)}


def _is_generic(d: MentionDraft) -> bool:
    """Typed only by default rules (no weapon word, no explicit trigger) or a weak type."""
    kind = d.explain.get("kind", "")
    return d.sub_event_type in WEAK_TYPES or (
        kind in GENERIC | {"@explosion"} and d.event_type != "Explosions/Remote violence")


def _rank(d: MentionDraft) -> float:
    """Score used to pick a document's main event: mentions inside a claim or set in
    the past ("the scene of a 2017 chemical attack") are rarely what a report is about."""
    return d.score - (0.3 if d.attributed else 0.0) - (0.3 if d.past_cue else 0.0)


def classify(doc: Doc) -> tuple[MentionDraft | None, str | None]:
    """(best draft, non-event class) of a short document; at most one is set.

    A report of a disaster, of crime without a political actor, of diplomacy or of
    blame also contains violent words ("killed", "attack"); it is not an event
    when its non-event cue words outweigh the best trigger (weaker triggers and
    triggers inside an accusation are outweighed more easily)."""
    drafts = [d for d in classify_doc_mentions(doc) if not d.negated]
    counts = _non_event_counts(doc)
    cls, n = _non_event_score(doc)
    if not drafts:
        return None, cls
    best = max(drafts, key=lambda d: (_rank(d), -d.trigger.i))
    if best.attributed and counts.get("attribution", 0) >= max(1, n):
        cls, n = "attribution", counts["attribution"]  # "IS claimed responsibility for ..."
    strength = best.score - (0.3 if best.attributed else 0.0)
    if best.explain.get("frame") == "circumstance":
        strength -= 0.3  # "sanctions in response to the attack": the attack is background
    protest_kept = best.disorder_type == "Demonstrations" and cls != "attribution"
    # crime or an accident "without a political actor": an armed group in the roles
    # makes it political violence ("IS militants attacked ... near the refinery")
    armed_group = "nonstate" in {actor_class(best.agent), actor_class(best.patient)}
    protest_kept = protest_kept or (armed_group and cls in {"crime", "man_made_disaster"})
    if cls is not None and n >= 1 and not protest_kept:
        base, per = NON_EVENT_BAR.get(cls, (0.5, 0.15))
        bar = base + per * (n - 1) + (0.3 if _is_generic(best) else 0.0)
        if best.attributed and cls == "attribution":
            bar += 0.5
        if strength < bar:
            return None, cls
    return best, None


def classify_text(doc: Doc) -> str | None:
    """The best ACLED sub-event type of a (short) document, or None when it is not
    political violence, a demonstration or a strategic development."""
    best, _ = classify(doc)
    return best.sub_event_type if best is not None else None


def case_label(doc: Doc) -> str | None:
    """CASE 2021 Task 2 label: an ACLED code or one of the five non-ACLED classes."""
    best, cls = classify(doc)
    if best is not None:
        return best.case_code
    return NON_EVENT_CODES.get(cls) if cls else None
