"""The CASE 2021 document classifier: one label for a short snippet.

CASE 2021 Task 2 labels each snippet with one ACLED sub-event type or one of five
non-ACLED classes (disasters, crime, diplomacy, blame). This is not what
``frontlines extract`` does (it codes every incident of an article): it picks the
strongest event mention of the whole snippet and sets it against the snippet's
non-event words, for ``frontlines eval case`` and ``eval plover`` only. It lives
with the evaluations so that nothing in the event path depends on it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from frontlines.domain import taxonomy
from frontlines.extraction.events import GENERIC, MentionDraft, find_mentions
from frontlines.extraction.events.lexicon import load_lexicon, weigh_cues
from frontlines.extraction.events.triggers import actor_class


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


WEAK_TYPES = {taxonomy.ARRESTS, taxonomy.DISRUPTED_WEAPONS, taxonomy.LOOTING,
              taxonomy.CHANGE_TO_GROUP, taxonomy.AGREEMENT, taxonomy.OTHER,
              taxonomy.NON_VIOLENT_TRANSFER, taxonomy.HQ_ESTABLISHED}
# how strongly each kind of non-event report suppresses a trigger: (base, per cue word)
NON_EVENT_BAR = {"natural_disaster": (0.75, 0.25), "man_made_disaster": (0.7, 0.2),
                 "crime": (0.6, 0.2), "diplomacy": (0.45, 0.15), "attribution": (0.5, 0.2)}


def _is_generic(d: MentionDraft) -> bool:
    """Typed only by default rules (no weapon word, no explicit trigger) or a weak type."""
    kind = d.explain.get("kind", "")
    return d.sub_event_type in WEAK_TYPES or (
        kind in GENERIC | {"@explosion"} and d.event_type != taxonomy.EXPLOSIONS)


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
    protest_kept = best.disorder_type == taxonomy.DEMONSTRATIONS and cls != "attribution"
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
        return taxonomy.SUB_EVENT_TYPES[best.sub_event_type].case
    return NON_EVENT_CODES.get(cls) if cls else None
