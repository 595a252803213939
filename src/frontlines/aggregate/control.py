"""Territorial control: who held which place, from when, according to whom.

Two kinds of evidence become control *observations* of one place:

* territory-change events (Government regains territory, Non-state actor
  overtakes territory, Non-violent transfer of territory: actor1 holds the
  place from the event date, actor2 held it until then; Headquarters or base
  established: actor1 holds it);
* statements of control in the text ("still held by X", "X-held Y", "in the
  hands of X", ...; cue lexicon in data/control_cues.yaml), dated by the
  article's publication date.

A place's observations, in date order, become a *timeline* of segments
(controller, since, until) with the reports behind each; reports that name
different controllers for the same days mark the segment contested. See
docs/consolidation.md for the rules.

Pure functions over records and observations: the text is read in
extraction/control.py, the store (store/) keeps the rows and answers queries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from frontlines.domain import codes, taxonomy
from frontlines.domain.control import BASE, TERRITORY_CHANGE, Observation, can_hold, place_key
from frontlines.domain.model import Article, Event
from frontlines.domain.placenames import skeleton

# A segment whose start is unknown answers for this many days before its first report.
LOOKBACK_DAYS = 180
# The last known controller is answered up to this many days after the last report.
STALE_DAYS = 365
# A previous holder's claim this soon after a dated handover is a contest, not a reversal.
CONTEST_DAYS = 30
# 'since' reports this close together describe one handover (see _episodes).
EPISODE_DAYS = 7
_WINDOW = {1: 0, 2: 7, 3: 31}
_ROLE_RANK = {"until": 0, "holds": 1, "since": 2}


def _evidence_naming(ev: Event):  # noqa: ANN202 - Evidence | None
    """The event's evidence sentence that names its place (else the first)."""
    k = place_key(ev.location or "")
    for e in ev.evidence:
        words = re.findall(r"[\w'’-]+", e.sentence)
        grams = words + [" ".join(p) for p in zip(words, words[1:], strict=False)]
        if any(place_key(g) == k for g in grams):
            return e
    return ev.evidence[0] if ev.evidence else None


def _named_outside_gazetteer(ev: Event) -> bool:
    """A town the text names but the gazetteer lacks: its coordinates are regional
    (precision 3) but the event is still about the town itself."""
    return ev.geonames_id is None and ev.location not in (ev.admin1, ev.country, None)


def observations_from_events(article: Article | None,
                             keyed: list[tuple[str, Event]]) -> list[Observation]:
    """Control observations implied by an article's territory-change events.

    Only events located at the place itself (geo_precision 1, or a named town the
    gazetteer lacks) count: a battle "near" a town says nothing about who holds it.
    """
    out: list[Observation] = []
    for key, ev in keyed:
        if ev.sub_event_type not in TERRITORY_CHANGE | {BASE} or not ev.location:
            continue
        if (ev.geo_precision or 1) != 1 and not _named_outside_gazetteer(ev):
            continue
        try:
            d = date.fromisoformat(ev.event_date)
        except (TypeError, ValueError):
            continue
        sources = list(ev.sources)
        if article is not None and article.outlet and article.outlet not in sources:
            sources.append(article.outlet)
        evid = _evidence_naming(ev)
        common = dict(place_name=ev.location, date=d, time_precision=ev.time_precision or 1,
                      sources=sources, sentence=evid.sentence if evid else "",
                      start=evid.start if evid else 0, end=evid.end if evid else 0,
                      cue=ev.sub_event_type, article_id=ev.article_id or (
                          article.id if article else None),
                      article_event_id=key, geonames_id=ev.geonames_id,
                      latitude=ev.latitude, longitude=ev.longitude, country=ev.country)
        winner, w_inter, loser, l_inter = ev.actor1, ev.inter1, ev.actor2, ev.inter2
        if (ev.sub_event_type == taxonomy.GOVERNMENT_REGAINS and w_inter not in codes.STATE_FORCES
                and l_inter in codes.STATE_FORCES):
            # ACLED: the government (or a foreign state force, inter 8) is the winner; the
            # roles were read the wrong way round.
            winner, w_inter, loser, l_inter = loser, l_inter, winner, w_inter
        if ev.sub_event_type == BASE:
            if can_hold(winner, w_inter):
                out.append(Observation(controller=winner, role="holds", **common))
            continue
        if can_hold(loser, l_inter) and loser != winner:
            out.append(Observation(controller=loser, role="until", **common))
        if can_hold(winner, w_inter) and loser != winner:
            out.append(Observation(controller=winner, role="since", **common))
    return out


# ------------------------------------------------------------------ timeline

@dataclass
class Segment:
    """One controller's tenure of a place, with the reports that support it."""

    controller: str
    since: date | None = None  # start; the first report when since_known is False
    since_known: bool = False  # True when a dated change of hands starts it
    until: date | None = None  # exclusive end: the next controller's start
    first_seen: date | None = None
    last_seen: date | None = None
    contested: bool = False
    alternatives: list[str] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)

    def covers(self, at: date) -> bool:
        """Within the segment; an open last segment only up to STALE_DAYS after its last report."""
        start = self.since if self.since_known else (
            (self.first_seen - timedelta(days=LOOKBACK_DAYS)) if self.first_seen else None)
        end = self.until or (self.last_seen + timedelta(days=STALE_DAYS + 1)
                             if self.last_seen else None)
        return (start is None or start <= at) and (end is None or at < end)


def _effective_dates(obs: list[Observation]) -> dict[int, date]:
    """Move coarse-dated changes after the loser's last report inside their window.

    "Declared liberated last month" (month precision) with the loser still
    reported holding the place mid-month: the handover is after that report.
    """
    eff = {id(o): o.date for o in obs}
    by_change: dict[tuple, list[Observation]] = {}
    for o in obs:
        if o.role in ("since", "until") and o.cue in TERRITORY_CHANGE:
            by_change.setdefault((o.article_event_id, o.date), []).append(o)
    for (_k, d), group in by_change.items():
        prec = max(o.time_precision for o in group)
        w = _WINDOW.get(prec, 31)
        if not w:
            continue
        winner = next((o.controller for o in group if o.role == "since"), None)
        late = [o.date for o in obs if o.role == "holds" and o.controller != winner
                and d < o.date <= d + timedelta(days=w)]
        if late:
            new = max(late) + timedelta(days=1)
            for o in group:
                eff[id(o)] = new
    return eff


def _episodes(obs: list[Observation], eff: dict[int, date]
              ) -> tuple[set[int], dict[int, list[str]]]:
    """Settle competing reports of one handover.

    'since' reports within EPISODE_DAYS of each other describe one change of
    hands; the controller most reports name as the winner (minus the reports
    naming it as the loser) takes it, the others are demoted to alternatives.
    Returns the demoted observations and, per kept winner observation, the
    alternatives when the runner-up has at least half the winner's support.
    """
    since = sorted((o for o in obs if o.role == "since"), key=lambda o: (eff[id(o)], o.controller))
    demoted: set[int] = set()
    contest: dict[int, list[str]] = {}
    i = 0
    while i < len(since):
        start = eff[id(since[i])]
        ep = [since[i]]
        for o in since[i + 1:]:  # chained: each report within EPISODE_DAYS of the last
            if (eff[id(o)] - eff[id(ep[-1])]).days > EPISODE_DAYS:
                break
            ep.append(o)
        i += len(ep)
        end = max(eff[id(o)] for o in ep)
        support: dict[str, set[str | None]] = {}
        for o in ep:
            support.setdefault(o.controller, set()).add(o.article_id)
        score = {c: float(len(arts)) for c, arts in support.items()}
        for o in obs:
            if o.role == "until" and o.controller in score and start <= eff[id(o)] <= end + \
                    timedelta(days=EPISODE_DAYS):
                score[o.controller] -= 1.0
        ranked = sorted(score, key=lambda c: (-score[c], min(eff[id(o)] for o in ep
                                                              if o.controller == c)))
        winner = ranked[0]
        for o in ep:
            if o.controller != winner:
                demoted.add(id(o))
        runners = [c for c in ranked[1:] if score[c] > 0 and score[c] >= score[winner] / 2]
        if runners:
            first = min((o for o in ep if o.controller == winner), key=lambda o: eff[id(o)])
            contest[id(first)] = runners
    return demoted, contest


def build_timeline(obs: list[Observation]) -> list[Segment]:
    """Segments of one place's control, oldest first."""
    eff = _effective_dates(obs)
    demoted, contest = _episodes(obs, eff)
    pts = sorted((o for o in obs if id(o) not in demoted),
                 key=lambda o: (eff[id(o)], _ROLE_RANK[o.role], o.controller,
                                o.article_id or "", o.start))
    segs: list[Segment] = []
    for o in pts:
        d = eff[id(o)]
        cur = segs[-1] if segs else None
        if cur is None:
            segs.append(Segment(o.controller, since=d, since_known=o.role == "since",
                                first_seen=d, last_seen=d, observations=[o]))
            continue
        if o.controller == cur.controller:
            cur.observations.append(o)
            cur.last_seen = max(cur.last_seen or d, d)
            continue
        prev = segs[-2] if len(segs) > 1 else None
        if o.role == "since" and not (
                cur.since_known and cur.since is not None and prev is not None
                and prev.controller == o.controller and (d - cur.since).days <= CONTEST_DAYS):
            cur.until = d
            alts = contest.get(id(o), [])
            segs.append(Segment(o.controller, since=d, since_known=True, first_seen=d,
                                last_seen=d, observations=[o], contested=bool(alts),
                                alternatives=list(alts)))
            continue
        if o.role == "until" and prev is not None and prev.controller == o.controller:
            # "X held it until d" after X's tenure ended: X lost it by d, consistent.
            prev.observations.append(o)
            continue
        same_day = cur.last_seen is not None and (d - cur.last_seen).days <= _WINDOW.get(
            o.time_precision, 0)
        stale = (cur.since_known and cur.since is not None and prev is not None
                 and prev.controller == o.controller
                 and (d - cur.since).days <= CONTEST_DAYS)
        if o.role == "until" or same_day or stale:
            cur.contested = True
            if o.controller not in cur.alternatives:
                cur.alternatives.append(o.controller)
            cur.observations.append(o)
            continue
        cur.until = d
        segs.append(Segment(o.controller, since=d, since_known=False, first_seen=d,
                            last_seen=d, observations=[o]))
    for seg in segs:  # "held it until d" with no later report of holding it ends the tenure
        own = [o for o in seg.observations if o.controller == seg.controller]
        ends = [eff[id(o)] for o in own if o.role == "until"]
        if ends and max(ends) >= max(eff[id(o)] for o in own) and (
                seg.until is None or max(ends) < seg.until):
            seg.until = max(ends)
    for o in obs:  # demoted claims stay visible as evidence of the segment they dispute
        if id(o) in demoted and segs:
            d = eff[id(o)]
            seg = next((s for s in segs if s.covers(d)), segs[-1])
            seg.observations.append(o)
            if o.controller not in seg.alternatives and o.controller != seg.controller:
                seg.alternatives.append(o.controller)
    return segs


def _most_common(values: list) -> Any:
    vals = [v for v in values if v is not None]
    return max(vals, key=vals.count) if vals else None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _seg_json(s: Segment) -> dict[str, Any]:
    return {"alternatives": s.alternatives,
            "observations": [{**asdict(o), "date": o.date.isoformat()} for o in s.observations]}



# ------------------------------------------------------------------ rows for the store

TIMELINE_COLUMNS = ("place_key", "seq", "place_name", "geonames_id", "latitude", "longitude",
                    "country", "controller", "since", "since_known", "until", "first_seen",
                    "last_seen", "contested", "json")


def observation_from_row(r: Mapping[str, Any]) -> Observation:
    """An Observation from a stored control_observations row."""
    return Observation(
        place_name=r["place_name"], controller=r["controller"], role=r["role"],
        date=date.fromisoformat(r["obs_date"]), time_precision=r["time_precision"] or 1,
        sources=json.loads(r["sources"] or "[]"), sentence=r["sentence"] or "",
        start=r["start"] or 0, end=r["end"] or 0, cue=r["cue"] or "",
        article_id=r["article_id"], article_event_id=r["article_event_id"],
        geonames_id=r["geonames_id"], latitude=r["latitude"], longitude=r["longitude"],
        country=r["country"])


def timeline_rows(key: str, obs: list[Observation]) -> list[tuple]:
    """The control_timeline rows (TIMELINE_COLUMNS) of one place's observations."""
    segs = build_timeline(obs)
    if not obs:
        return []
    name = _most_common([o.place_name for o in obs])
    gid = _most_common([o.geonames_id for o in obs])
    at = next((o for o in obs if o.geonames_id == gid and o.latitude is not None), None) or \
        next((o for o in obs if o.latitude is not None), obs[0])
    country = _most_common([o.country for o in obs])
    return [(key, i, name, gid, at.latitude, at.longitude, country, s.controller,
             _iso(s.since), int(s.since_known), _iso(s.until), _iso(s.first_seen),
             _iso(s.last_seen), int(s.contested), json.dumps(_seg_json(s), ensure_ascii=False))
            for i, s in enumerate(segs)]


def same_place(stored_key: str, query: str) -> bool:
    """A stored place key a user's spelling of a place refers to (Raqa, Raqqa, ar-Raqqah)."""
    k = place_key(query)
    return stored_key == k or skeleton(stored_key) == skeleton(k)


# ------------------------------------------------------------------ answers


@dataclass
class ControlAnswer:
    """Who controlled a place at a date, since when, and which reports say so."""

    place: str
    at: str
    controller: str
    since: str | None
    since_known: bool
    until: str | None
    first_seen: str | None
    last_seen: str | None
    contested: bool
    alternatives: list[str]
    sources: list[str]
    articles: list[str]
    evidence: list[dict[str, Any]]
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_feature(self) -> dict[str, Any]:
        """A GeoJSON Point feature (geometry null when the place has no coordinates)."""
        geom = None if self.latitude is None or self.longitude is None else {
            "type": "Point", "coordinates": [self.longitude, self.latitude]}
        props = {k: v for k, v in self.to_dict().items() if k not in ("latitude", "longitude")}
        return {"type": "Feature", "geometry": geom, "properties": props}

    def describe(self) -> str:
        since = (f"since {self.since}" if self.since_known else
                 f"reported from {self.first_seen}")
        lines = [f"{self.place} at {self.at}: {self.controller} ({since}"
                 + (f", until {self.until}" if self.until else "") + ")"
                 + (f" — CONTESTED with {', '.join(self.alternatives)}" if self.contested
                    else "")]
        lines.append(f"  sources: {', '.join(self.sources) or 'none named'}")
        for e in self.evidence:
            lines.append(f"  [{e['article_id']} {e['date']} {e['role']} {e['cue']}] "
                         f"{e['sentence'].strip()}")
        return "\n".join(lines)


def answer(row: Mapping[str, Any], at: date) -> ControlAnswer:
    """The answer a stored timeline segment gives for a date."""
    data = json.loads(row["json"])
    obs = data["observations"]
    sources: list[str] = []
    for o in obs:
        for s in o["sources"]:
            if s and s not in sources:
                sources.append(s)
    articles = list(dict.fromkeys(o["article_id"] for o in obs if o["article_id"]))
    evidence = [{k: o[k] for k in ("article_id", "sentence", "start", "end", "date", "role",
                                   "cue", "controller")} for o in obs]
    return ControlAnswer(
        place=row["place_name"], at=at.isoformat(), controller=row["controller"],
        since=row["since"], since_known=bool(row["since_known"]), until=row["until"],
        first_seen=row["first_seen"], last_seen=row["last_seen"],
        contested=bool(row["contested"]), alternatives=data["alternatives"], sources=sources,
        articles=articles, evidence=evidence, geonames_id=row["geonames_id"],
        latitude=row["latitude"], longitude=row["longitude"], country=row["country"])


def covers(row: Mapping[str, Any], at: date) -> bool:
    """True when the stored segment answers for that date (see Segment.covers)."""
    def day(col: str) -> date | None:
        return date.fromisoformat(row[col]) if row[col] else None

    seg = Segment(row["controller"], since=day("since"), since_known=bool(row["since_known"]),
                  until=day("until"), first_seen=day("first_seen"), last_seen=day("last_seen"))
    return seg.covers(at)
