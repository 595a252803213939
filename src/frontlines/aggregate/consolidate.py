"""Cross-article consolidation: article events about one incident become one event.

Every article reports its own view of an incident; researchers want one record
per incident with the spread of what the reports say. The rules (documented in
docs/consolidation.md) are deliberately simple and explainable:

* dates within a tolerance that grows with time_precision,
* places within a distance that grows with geo_precision (province-level
  reports only need the same admin1),
* the same sub-event type or a known compatible pair,
* actors that do not contradict each other,
* never two events of the same article (the per-article stage already merged
  the mentions of one incident within an article).

Clustering is a pure function of the set of article events (sorted input,
greedy complete-link), so that an interrupted and resumed ingest gives the same
result as an uninterrupted one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from frontlines import settings
from frontlines.domain import taxonomy as tx
from frontlines.domain.codes import interaction
from frontlines.domain.fatalities import fatality_spread
from frontlines.domain.geodesy import distance_km
from frontlines.domain.ids import event_id
from frontlines.domain.model import Event

DATE_TOLERANCE_DAYS = settings.DATE_TOLERANCE_DAYS
DISTANCE_KM = settings.DISTANCE_KM
SHARED_ACTOR_MAX_DAYS = settings.SHARED_ACTOR_MAX_DAYS

# Sub-event types that different reports of one incident plausibly disagree on.
_COMPATIBLE_GROUPS = [
    # A battle for a town may be reported as the clash or as its outcome; the two
    # outcomes are not compatible with each other (different winners).
    {tx.ARMED_CLASH, tx.GOVERNMENT_REGAINS},
    {tx.ARMED_CLASH, tx.NON_STATE_OVERTAKES},
    {tx.GOVERNMENT_REGAINS, tx.NON_VIOLENT_TRANSFER},
    {tx.NON_STATE_OVERTAKES, tx.NON_VIOLENT_TRANSFER},
    {tx.AIR_STRIKE, tx.SHELLING},
    {tx.REMOTE_EXPLOSIVE, tx.SUICIDE_BOMB, tx.GRENADE},
    {tx.PEACEFUL_PROTEST, tx.PROTEST_WITH_INTERVENTION, tx.EXCESSIVE_FORCE},
    {tx.PROTEST_WITH_INTERVENTION, tx.VIOLENT_DEMONSTRATION},
    {tx.VIOLENT_DEMONSTRATION, tx.MOB_VIOLENCE},
    {tx.ATTACK, tx.ABDUCTION},
]
# Sub-types in which actor1 and actor2 are interchangeable (both sides fight); when
# either report is one of these, the actors are compared as a set.
SYMMETRIC = {tx.ARMED_CLASH}
# When members disagree on the sub-type, the more specific one wins ties.
_SUBTYPE_PRIORITY = [tx.GOVERNMENT_REGAINS, tx.NON_STATE_OVERTAKES, tx.NON_VIOLENT_TRANSFER,
                     tx.SUICIDE_BOMB, tx.CHEMICAL_WEAPON]
_UNKNOWN_ACTOR_PREFIXES = ("Unidentified Armed Group", "Unidentified")


def types_compatible(a: str, b: str) -> bool:
    """Same sub-event type, or a pair reports are known to code differently."""
    return a == b or any(a in g and b in g for g in _COMPATIBLE_GROUPS)



def _unknown(actor: str) -> bool:
    return not actor or actor.startswith(_UNKNOWN_ACTOR_PREFIXES)


def _norm(s: str | None) -> str:
    return (s or "").strip().casefold()


@dataclass
class MergeReason:
    """Why two article events were judged to be one incident (for explain())."""

    date_delta_days: int
    distance_km: float | None
    place_rule: str
    type_rule: str
    actor_rule: str

    def describe(self) -> str:
        dist = f"{self.distance_km:.1f} km" if self.distance_km is not None else self.place_rule
        return (f"date Δ {self.date_delta_days} d; place {dist} ({self.place_rule}); "
                f"type {self.type_rule}; actors {self.actor_rule}")


def _date_rule(a: Event, b: Event) -> int | None:
    """Day difference when within tolerance, else None."""
    try:
        da, db = date.fromisoformat(a.event_date), date.fromisoformat(b.event_date)
    except (TypeError, ValueError):
        return None
    delta = abs((da - db).days)
    tol = DATE_TOLERANCE_DAYS.get(max(a.time_precision or 1, b.time_precision or 1), 31)
    return delta if delta <= tol else None


def _country_level(e: Event) -> bool:
    """Located only at country level (or not at all): too vague to merge on."""
    if e.location is None and e.admin1 is None:
        return True
    return bool(e.location and e.country and _norm(e.location) == _norm(e.country))


def _place_rule(a: Event, b: Event) -> tuple[bool, float | None, str]:
    if a.country and b.country and _norm(a.country) != _norm(b.country):
        return False, None, "different country"
    if _country_level(a) or _country_level(b):
        return False, None, "only country-level place"
    prec = max(a.geo_precision or 3, b.geo_precision or 3)
    if prec >= 3:
        if a.admin1 and b.admin1 and _norm(a.admin1) == _norm(b.admin1):
            return True, None, "same admin1"
        return False, None, "admin1 differs or unknown"
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True, 0.0, "same GeoNames place"
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        if _norm(a.location) and _norm(a.location) == _norm(b.location):
            return True, None, "same location name"
        return False, None, "no coordinates"
    dist = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
    limit = DISTANCE_KM[prec]
    if dist <= limit:
        return True, dist, f"≤ {limit:g} km at geo_precision {prec}"
    return False, dist, f"> {limit:g} km"


def _same_text(a: Event, b: Event) -> bool:
    """The same evidence sentence in two articles: one report republished."""
    sa = {" ".join(e.sentence.split()) for e in a.evidence}
    return bool(sa) and sa == {" ".join(e.sentence.split()) for e in b.evidence}


def _actor_rule(a: Event, b: Event) -> str | None:
    """A description when actors do not contradict, else None."""
    if a.sub_event_type in SYMMETRIC or b.sub_event_type in SYMMETRIC:
        sa = {x for x in (a.actor1, a.actor2) if not _unknown(x)}
        sb = {x for x in (b.actor1, b.actor2) if not _unknown(x)}
        if sa and sb and not (sa <= sb or sb <= sa):
            return None
        return "same sides" if sa and sb else "one side unknown"
    notes = []
    for role in ("actor1", "actor2"):
        x, y = getattr(a, role), getattr(b, role)
        if _unknown(x) or _unknown(y):
            notes.append(f"{role} unknown in one report")
        elif x != y:
            return None
        else:
            notes.append(f"{role} {x}")
    return "; ".join(notes)


def _positive(a: Event, b: Event) -> str | None:
    """What, beyond not contradicting each other, says two reports are one incident.

    Type, place and date within tolerance are necessary but weak on their own
    (news repeats "fighting in Afrin" for weeks), so one of these is required:
    a named actor in common on dates at most a day apart, the same fatality
    figure, or both reports exact in date and place (and more than the catch-all Other).
    """
    named_a = {x for x in (a.actor1, a.actor2) if not _unknown(x)}
    named_b = {x for x in (b.actor1, b.actor2) if not _unknown(x)}
    delta = _date_rule(a, b)
    if named_a & named_b and delta is not None and delta <= SHARED_ACTOR_MAX_DAYS:
        return "shared actor " + ", ".join(sorted(named_a & named_b))
    if a.fatalities and a.fatalities == b.fatalities:
        return f"same toll {a.fatalities}"
    # Two catch-all Other developments at one place on one day say nothing more
    # than that the town was in the news that day.
    if (a.time_precision or 3) == 1 == (b.time_precision or 3) and (
            a.geo_precision or 3) == 1 == (b.geo_precision or 3) and not (
            a.sub_event_type == b.sub_event_type == tx.OTHER):
        return "exact date and place in both"
    return None


def _verdict(a: Event, b: Event) -> MergeReason | str:
    """Why two article events describe the same incident, or the first rule that
    keeps them apart: one chain of rules for merging and for explaining."""
    if a.article_id is not None and a.article_id == b.article_id:
        return "same article"
    if not types_compatible(a.sub_event_type, b.sub_event_type):
        return f"types {a.sub_event_type} / {b.sub_event_type}"
    delta = _date_rule(a, b)
    if delta is None:
        return f"dates {a.event_date} / {b.event_date} beyond tolerance"
    ok, dist, place_rule = _place_rule(a, b)
    if not ok and _same_text(a, b):
        ok, place_rule = True, "identical evidence sentences (republished report)"
    if not ok:
        return f"place: {place_rule}" + (f" ({dist:.0f} km)" if dist is not None else "")
    actors = _actor_rule(a, b)
    if actors is None:
        return f"actors {a.actor1}/{a.actor2} vs {b.actor1}/{b.actor2}"
    positive = _positive(a, b) or ("identical evidence sentences" if _same_text(a, b) else None)
    if positive is None:
        return "no shared actor within a day, toll, or exact date and place"
    type_rule = ("same sub-event type" if a.sub_event_type == b.sub_event_type
                 else f"compatible ({a.sub_event_type} ~ {b.sub_event_type})")
    return MergeReason(delta, dist, place_rule, type_rule, f"{actors}; {positive}")


def compatible(a: Event, b: Event) -> MergeReason | None:
    """The reason two article events describe the same incident, or None."""
    verdict = _verdict(a, b)
    return verdict if isinstance(verdict, MergeReason) else None


def why_not(a: Event, b: Event) -> str:
    """The first rule that keeps two article events apart ("" when they are compatible):
    what benchmarks/consolidation_sample.py prints for each near miss."""
    verdict = _verdict(a, b)
    return "" if isinstance(verdict, MergeReason) else verdict


@dataclass
class Member:
    """One article event inside the consolidation, with its store key."""

    key: str  # article-event id in the store
    event: Event
    published: str = ""  # ISO publication date of its article, for ordering
    reasons: dict[str, MergeReason] = field(default_factory=dict)


def _order(m: Member) -> tuple:
    return (m.event.event_date, m.published or m.event.event_date, m.key)


def cluster(members: list[Member]) -> list[list[Member]]:
    """Deterministic greedy complete-link clustering.

    Members are visited by (event date, publication date, key); each joins the
    first cluster whose every member is compatible with it, so no chain of
    pairwise-similar reports can glue two distinct incidents together.
    """
    clusters: list[list[Member]] = []
    for m in sorted(members, key=_order):
        for c in clusters:
            reasons = {}
            for other in c:
                r = compatible(other.event, m.event)
                if r is None:
                    break
                reasons[other.key] = r
            else:
                m.reasons = reasons
                c.append(m)
                break
        else:
            m.reasons = {}
            clusters.append([m])
    return clusters


def _most_common(values: list, default=None):
    values = [v for v in values if v not in (None, "")]
    if not values:
        return default
    counts = Counter(values)
    best = max(counts.values())
    for v in values:  # first-seen among the most frequent: deterministic
        if counts[v] == best:
            return v
    return default


def _join_assoc(values: list[str]) -> str:
    out: list[str] = []
    for v in values:
        for part in (v or "").split(";"):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return "; ".join(out)


def fatalities_rule(events: list[Event]) -> tuple[int, int | None, int | None]:
    """(best, low, high) across reports of one incident, by the one fatality rule
    (domain/fatalities.py): each report's low and high are figures, and its own best
    figure is a floor, since tolls of one incident rise as bodies are counted. SPEC's
    AFP example: Observatory "at least 26", SANA 20 -> low 20, best 26, high 26."""
    figures: list[tuple[int, bool]] = []
    for e in events:
        if e.fatalities_low is not None:
            figures.append((e.fatalities_low, False))
        if e.fatalities_high is not None:
            figures.append((e.fatalities_high, False))
        if e.fatalities:
            figures.append((e.fatalities, True))
    return fatality_spread(figures)


def merge(members: list[Member], event_id: str) -> Event:
    """One consolidated Event from its members, keeping every source and evidence."""
    ms = sorted(members, key=_order)
    evs = [m.event for m in ms]
    # Place: the most precise report; ties go to the most cited place.
    best_geo = min((e.geo_precision or 3) for e in evs)
    geo_cands = [e for e in evs if (e.geo_precision or 3) == best_geo]
    gid = _most_common([e.geonames_id for e in geo_cands])
    place = next((e for e in geo_cands if e.geonames_id == gid), geo_cands[0])
    # Date: the most precise report; ties go to the most cited date, then earliest.
    best_tp = min((e.time_precision or 3) for e in evs)
    date_cands = [e.event_date for e in evs if (e.time_precision or 3) == best_tp]
    event_date = _most_common(date_cands, date_cands[0])
    # Sub-type: the most cited; ties go to the more specific.
    counts = Counter(e.sub_event_type for e in evs)
    top = max(counts.values())
    tied = [t for t in counts if counts[t] == top]
    sub = next((t for t in _SUBTYPE_PRIORITY if t in tied), None) or next(
        e.sub_event_type for e in evs if e.sub_event_type in tied)
    typed = next(e for e in evs if e.sub_event_type == sub)

    def actor(role: str) -> str:
        known = [getattr(e, role) for e in evs if not _unknown(getattr(e, role))]
        return _most_common(known) or _most_common([getattr(e, role) for e in evs], "")

    actor1, actor2 = actor("actor1"), actor("actor2")
    carrier1 = next((e for e in evs if e.actor1 == actor1), typed)
    carrier2 = next((e for e in evs if e.actor2 == actor2), typed)
    best, low, high = fatalities_rule(evs)
    injuries = [e.injuries for e in evs if e.injuries is not None]
    sources: list[str] = []
    for e in evs:
        for s in e.sources:
            if s not in sources:
                sources.append(s)
    evidence = [ev for e in evs for ev in e.evidence]
    conf = 1.0
    for e in evs:
        conf *= 1.0 - max(0.0, min(1.0, e.confidence))
    notes = typed.notes or next((e.notes for e in evs if e.notes), "")
    return Event(
        event_id=event_id,
        event_date=event_date,
        time_precision=best_tp,
        disorder_type=typed.disorder_type,
        event_type=typed.event_type,
        sub_event_type=sub,
        article_id=None,
        actor1=actor1,
        assoc_actor_1=_join_assoc([e.assoc_actor_1 for e in evs]),
        actor2=actor2,
        assoc_actor_2=_join_assoc([e.assoc_actor_2 for e in evs]),
        inter1=carrier1.inter1,
        inter2=carrier2.inter2,
        interaction=interaction(carrier1.inter1, carrier2.inter2),
        civilian_targeting=_most_common([e.civilian_targeting for e in evs], ""),
        country=place.country,
        iso3=place.iso3,
        admin1=place.admin1,
        admin2=place.admin2,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
        geonames_id=place.geonames_id,
        fatalities=best,
        fatalities_low=low,
        fatalities_high=high,
        injuries=max(injuries) if injuries else None,
        sources=sources,
        notes=notes,
        evidence=evidence,
        ucdp_type_of_violence=typed.ucdp_type_of_violence,
        plover_event=typed.plover_event,
        confidence=round(1.0 - conf, 3),
        explain={"members": ", ".join(m.key for m in ms)},
    )


def consolidate(members: list[Member], existing: dict[str, str] | None = None,
                taken: set[str] | None = None) -> list[tuple[Event, list[Member]]]:
    """Cluster and merge; keep the event id each cluster already had.

    existing maps member key -> consolidated event id from the previous run; a
    cluster keeps the id most of its members had (ties: the smallest id), and a
    new cluster gets an id derived from its earliest member. taken lists ids
    that must not be reused (held by events outside this set).
    """
    existing = existing or {}
    used = set(taken or ())
    out: list[tuple[Event, list[Member]]] = []
    clusters = cluster(members)
    # Larger clusters choose first so a split keeps the id on its bigger part.
    order = sorted(range(len(clusters)), key=lambda i: (-len(clusters[i]),
                                                        _order(clusters[i][0])))
    ids: dict[int, str] = {}
    for i in order:
        c = clusters[i]
        votes = Counter(existing[m.key] for m in c if m.key in existing)
        chosen = None
        for eid, _n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if eid not in used:
                chosen = eid
                break
        if chosen is None:
            founder = c[0]
            chosen = event_id(founder.key, founder.event.iso3)
            n = 1
            while chosen in used:
                n += 1
                chosen = event_id(f"{founder.key}#{n}", founder.event.iso3)
        used.add(chosen)
        ids[i] = chosen
    for i, c in enumerate(clusters):
        out.append((merge(c, ids[i]), c))
    return out
