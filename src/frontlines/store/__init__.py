"""The embedded store: one SQLite file holding articles, events and control.

Why SQLite: one file, no server, transactional. WAL journaling plus
synchronous=FULL means a process killed at any point (kill -9 included) loses
at most the transaction it was writing, and never leaves a half-written one:
each write (``with store.batch():``, usually one article) is one transaction,
and consolidation and the control timeline are recomputed inside it.

The store runs no NLP: it writes ready records (events and control
observations extracted beforehand, outside any transaction, see
interfaces/ingest.py) and calls the pure functions of aggregate/. Readers open
the file read-only (``Store(path, readonly=True)``): they never create tables,
never take the write lock, and work on a read-only file. A second writer waits
(busy timeout) for the first one's short transaction.

Query API (stable; the CLI and the HTTP server use it): ``events(...)``,
``event(id)``, ``members(id)``, ``explain(id)``, ``article(id)``,
``article_events(id)``, ``control_at(place, at)``, ``control_timeline(place)``,
``control_map(at)``, ``counts()``. Every SQLite failure is raised as
:class:`frontlines.domain.errors.StoreError` naming the file.

Ingest is idempotent: an article whose id and content hash are already stored
is skipped; the same id with different content replaces the earlier version,
its article events and control observations, and re-consolidates every event
they touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from frontlines.aggregate import consolidate as cons
from frontlines.aggregate import control
from frontlines.domain import taxonomy
from frontlines.domain.control import Observation
from frontlines.domain.errors import StoreError
from frontlines.domain.model import Article, Event
from frontlines.store.connect import faults, is_store, open_readonly, open_readwrite

DEFAULT_DB = "frontlines.db"
SCHEMA_VERSION = 1
# Columns of a map marker (Store.event_points): indexed, so no record is parsed.
_POINT_COLUMNS = ("event_id", "event_date", "event_type", "sub_event_type", "country",
                  "location", "actor1", "actor2", "latitude", "longitude", "fatalities")
# Widest date tolerance of consolidation: candidates are searched within it.
_WINDOW = max(cons.DATE_TOLERANCE_DAYS.values())
_ALL_TYPES = sorted(taxonomy.SUB_EVENT_TYPES)

# Every filterable and marker column in query order: counts, pages and map markers read
# this index alone, never the records (p95 of a served page, docs/benchmarks.md). Stores
# made before it get it with their next write (Store.batch).
_QUERY_INDEX = """CREATE INDEX IF NOT EXISTS ev_query ON events(event_date, event_id, country,
    iso3, event_type, sub_event_type, longitude, latitude, actor1, actor2, assoc_actors,
    location, fatalities);"""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, title TEXT, published TEXT,
    url TEXT, outlet TEXT, language TEXT, origin TEXT, text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS article_events (
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
    seq INTEGER NOT NULL, published TEXT, event_date TEXT, time_precision INTEGER,
    event_type TEXT, sub_event_type TEXT, country TEXT, iso3 TEXT, admin1 TEXT,
    location TEXT, actor1 TEXT, actor2 TEXT, latitude REAL, longitude REAL,
    geonames_id INTEGER, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ae_article ON article_events(article_id);
CREATE INDEX IF NOT EXISTS ae_date ON article_events(event_date);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY, event_date TEXT, time_precision INTEGER,
    event_type TEXT, sub_event_type TEXT, country TEXT, iso3 TEXT, admin1 TEXT,
    location TEXT, actor1 TEXT, actor2 TEXT, assoc_actors TEXT, latitude REAL,
    longitude REAL, geonames_id INTEGER, fatalities INTEGER, n_members INTEGER,
    json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ev_date ON events(event_date);
""" + _QUERY_INDEX + """
CREATE TABLE IF NOT EXISTS event_members (
    article_event_id TEXT PRIMARY KEY REFERENCES article_events(id),
    event_id TEXT NOT NULL REFERENCES events(event_id), reasons TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS em_event ON event_members(event_id);
CREATE TABLE IF NOT EXISTS control_observations (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, article_event_id TEXT,
    place_key TEXT NOT NULL, place_name TEXT, geonames_id INTEGER, latitude REAL,
    longitude REAL, country TEXT, controller TEXT NOT NULL, role TEXT NOT NULL,
    obs_date TEXT NOT NULL, time_precision INTEGER, sources TEXT, sentence TEXT,
    start INTEGER, end INTEGER, cue TEXT, published TEXT);
CREATE INDEX IF NOT EXISTS co_place ON control_observations(place_key);
CREATE INDEX IF NOT EXISTS co_article ON control_observations(article_id);
CREATE TABLE IF NOT EXISTS control_timeline (
    place_key TEXT NOT NULL, seq INTEGER NOT NULL, place_name TEXT,
    geonames_id INTEGER, latitude REAL, longitude REAL, country TEXT,
    controller TEXT NOT NULL, since TEXT, since_known INTEGER, until TEXT,
    first_seen TEXT, last_seen TEXT, contested INTEGER NOT NULL DEFAULT 0,
    json TEXT NOT NULL, PRIMARY KEY (place_key, seq));
"""


def default_path() -> str:
    """$FRONTLINES_DB, else frontlines.db in the working directory."""
    return os.environ.get("FRONTLINES_DB") or DEFAULT_DB


def content_hash(article: Article) -> str:
    """What decides whether a re-ingested article changed."""
    parts = [str(x or "") for x in (article.text, article.title, article.published,
                                     article.url, article.outlet)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def article_event_key(article_id: str, event: Event, seen: set[str]) -> str:
    """Id of an article event: stable across re-runs and small text edits."""
    basis = "|".join(str(x) for x in (event.sub_event_type, event.event_date,
                                       event.geonames_id or event.location or event.admin1,
                                       event.actor1, event.actor2))
    key = f"{article_id}/{hashlib.sha1(basis.encode('utf-8')).hexdigest()[:8]}"
    n, out = 1, key
    while out in seen:
        n += 1
        out = f"{key}-{n}"
    seen.add(out)
    return out


@dataclass
class IngestResult:
    """What one ingest did; event_ids is filled when the batch commits."""

    article_id: str
    status: str  # "new", "unchanged" or "replaced"
    article_events: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    observations: int = 0


class Store:
    """Articles, article events, consolidated events and control in one file."""

    def __init__(self, path: str | os.PathLike[str] | None = None, readonly: bool = False,
                 timeout: float | None = None) -> None:
        """Open (read-write: create when missing) or open read-only an existing store.

        Raises StoreError for a directory, a non-SQLite file, an SQLite database
        that is not a frontlines store, or (readonly) a missing file.
        """
        self.path = str(path or default_path())
        self.readonly = readonly
        extra = {} if timeout is None else {"timeout": timeout}
        opener = open_readonly if readonly else open_readwrite
        self.conn = opener(self.path, **extra)
        try:
            with faults(self.path):
                kind = is_store(self.conn)
                if kind is False:
                    raise StoreError(self.path, "an SQLite database but not a frontlines store"
                                                " (left untouched)")
                if kind is None and readonly:
                    raise StoreError(self.path, "empty: no frontlines store here (run"
                                                " `frontlines ingest` first)")
                if kind is None:
                    self.conn.executescript(
                        "BEGIN IMMEDIATE;" + _SCHEMA + "INSERT OR IGNORE INTO meta VALUES"
                        f" ('schema_version', '{SCHEMA_VERSION}'); COMMIT;")
        except BaseException:
            self.conn.close()
            raise
        self._depth = 0
        self._pending: _Pending | None = None

    # -- transactions -------------------------------------------------------

    @contextlib.contextmanager
    def batch(self) -> Iterator[Store]:
        """One transaction: everything ingested inside commits together or not at all."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        if self.readonly:
            raise StoreError(self.path, "opened read-only: cannot write")
        with faults(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(_QUERY_INDEX)
        self._depth = 1
        self._pending = _Pending()
        try:
            with faults(self.path):
                yield self
                self._finish(self._pending)
                self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0
            self._pending = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ------------------------------------------------------------------

    def is_current(self, article: Article) -> bool:
        """True when this exact article is stored: the caller can skip extraction."""
        rows = self._rows("SELECT content_hash FROM articles WHERE id=?", (article.id,))
        return bool(rows) and rows[0]["content_hash"] == content_hash(article)

    def ingest(self, article: Article, events: list[Event],
               statements: list[Observation] | None = None) -> IngestResult:
        """Store one article and its ready records; consolidate when the batch commits.

        statements are the control observations extracted from the text
        (extraction.control.control_statements); the store reads no text itself.
        """
        with self.batch():
            return self._ingest(article, events, list(statements or []))

    def _ingest(self, article: Article, events: list[Event],
                statements: list[Observation]) -> IngestResult:
        pending = self._pending
        assert pending is not None
        h = content_hash(article)
        row = self.conn.execute("SELECT content_hash, version FROM articles WHERE id=?",
                                (article.id,)).fetchone()
        if row is not None and row["content_hash"] == h:
            keys = [r["id"] for r in self.conn.execute(
                "SELECT id FROM article_events WHERE article_id=? ORDER BY seq", (article.id,))]
            result = IngestResult(article.id, "unchanged", keys)
            pending.results.append(result)
            return result
        published = article.published.isoformat() if article.published else None
        if row is not None:
            self._remove_article_events(article.id, pending)
            self.conn.execute(
                "UPDATE articles SET content_hash=?, title=?, published=?, url=?, outlet=?,"
                " language=?, origin=?, text=?, version=version+1 WHERE id=?",
                (h, article.title, published, article.url, article.outlet, article.language,
                 article.origin, article.text, article.id))
            status = "replaced"
        else:
            self.conn.execute(
                "INSERT INTO articles (id, content_hash, title, published, url, outlet,"
                " language, origin, text) VALUES (?,?,?,?,?,?,?,?,?)",
                (article.id, h, article.title, published, article.url, article.outlet,
                 article.language, article.origin, article.text))
            status = "new"
        seen: set[str] = set()
        keyed: list[tuple[str, Event]] = []
        for seq, ev in enumerate(events):
            ev.article_id = ev.article_id or article.id
            key = article_event_key(article.id, ev, seen)
            keyed.append((key, ev))
            self._insert_article_event(key, seq, published, ev)
            pending.added.append(key)
        obs = control.observations_from_events(article, keyed) + statements
        pending.places.update(self._replace_observations(article, obs))
        result = IngestResult(article.id, status, [k for k, _ in keyed], observations=len(obs))
        pending.results.append(result)
        return result

    def _insert_article_event(self, key: str, seq: int, published: str | None,
                              ev: Event) -> None:
        self.conn.execute(
            "INSERT INTO article_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (key, ev.article_id, seq, published, ev.event_date, ev.time_precision,
             ev.event_type, ev.sub_event_type, ev.country, ev.iso3, ev.admin1, ev.location,
             ev.actor1, ev.actor2, ev.latitude, ev.longitude, ev.geonames_id,
             json.dumps(ev.to_dict(explain=True), ensure_ascii=False)))

    def _remove_article_events(self, article_id: str, pending: _Pending) -> None:
        rows = self.conn.execute(
            "SELECT ae.id, em.event_id FROM article_events ae LEFT JOIN event_members em"
            " ON em.article_event_id = ae.id WHERE ae.article_id=?", (article_id,)).fetchall()
        for r in rows:
            if r["event_id"]:
                pending.orphaned_events.add(r["event_id"])
                pending.previous[r["id"]] = r["event_id"]
            self.conn.execute("DELETE FROM event_members WHERE article_event_id=?", (r["id"],))
            self.conn.execute("DELETE FROM article_events WHERE id=?", (r["id"],))
        for r in self.conn.execute("SELECT DISTINCT place_key FROM control_observations"
                                   " WHERE article_id=?", (article_id,)):
            pending.places.add(r["place_key"])
        self.conn.execute("DELETE FROM control_observations WHERE article_id=?", (article_id,))

    def _replace_observations(self, article: Article, obs: list) -> set[str]:
        self.conn.execute("DELETE FROM control_observations WHERE article_id=?", (article.id,))
        published = article.published.isoformat() if article.published else None
        places = set()
        for o in obs:
            self.conn.execute(
                "INSERT INTO control_observations (article_id, article_event_id, place_key,"
                " place_name, geonames_id, latitude, longitude, country, controller, role,"
                " obs_date, time_precision, sources, sentence, start, end, cue, published)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (article.id, o.article_event_id, o.place_key, o.place_name, o.geonames_id,
                 o.latitude, o.longitude, o.country, o.controller, o.role, o.date.isoformat(),
                 o.time_precision, json.dumps(o.sources, ensure_ascii=False), o.sentence,
                 o.start, o.end, o.cue, published))
            places.add(o.place_key)
        return places

    # -- consolidation -------------------------------------------------------------

    def _finish(self, pending: _Pending) -> None:
        """Re-consolidate what the batch touched and rebuild affected timelines."""
        if pending.added or pending.orphaned_events:
            self._reconsolidate(pending)
        for place_key in sorted(pending.places):
            self._rebuild_timeline(place_key)
        for res in pending.results:
            if res.article_events:
                marks = ",".join("?" * len(res.article_events))
                res.event_ids = sorted({r[0] for r in self.conn.execute(
                    f"SELECT event_id FROM event_members WHERE article_event_id IN ({marks})",
                    res.article_events)})

    def _rebuild_timeline(self, key: str) -> None:
        """Recompute and store the timeline of one place (inside a batch)."""
        rows = self.conn.execute("SELECT * FROM control_observations WHERE place_key=?",
                                 (key,)).fetchall()
        self.conn.execute("DELETE FROM control_timeline WHERE place_key=?", (key,))
        obs = [control.observation_from_row(r) for r in rows]
        marks = ",".join("?" * len(control.TIMELINE_COLUMNS))
        self.conn.executemany(f"INSERT INTO control_timeline VALUES ({marks})",
                              control.timeline_rows(key, obs))

    def _candidates(self, ev: Event) -> list[str]:
        """Article events that could be compatible with ev (date, country, type)."""
        try:
            d = date.fromisoformat(ev.event_date)
        except (TypeError, ValueError):
            return []
        lo = (d - timedelta(days=_WINDOW)).isoformat()
        hi = (d + timedelta(days=_WINDOW)).isoformat()
        types = sorted(t for t in _ALL_TYPES if cons.types_compatible(ev.sub_event_type, t)) or [
            ev.sub_event_type]
        tol = " ".join(f"WHEN {p} THEN {days}" for p, days in cons.DATE_TOLERANCE_DAYS.items())
        marks = ",".join("?" * len(types))
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM article_events WHERE event_date BETWEEN ? AND ?"
            " AND (country IS NULL OR ? IS NULL OR country = ?)"
            f" AND sub_event_type IN ({marks})"
            " AND abs(julianday(event_date) - julianday(?)) <="
            f" (CASE max(coalesce(time_precision, 1), ?) {tol} ELSE {_WINDOW} END)",
            (lo, hi, ev.country, ev.country, *types, ev.event_date, ev.time_precision or 1))]

    def _reconsolidate(self, pending: _Pending) -> None:
        """Re-cluster the connected component(s) around what changed.

        The component is closed under "compatible with" and "was in the same
        event as", so clustering it alone gives what clustering everything would.
        """
        cache: dict[str, cons.Member | None] = {}

        def member(key: str) -> cons.Member | None:
            if key not in cache:
                row = self.conn.execute("SELECT id, json, published FROM article_events"
                                        " WHERE id=?", (key,)).fetchone()
                cache[key] = None if row is None else cons.Member(
                    row["id"], Event.from_dict(json.loads(row["json"])), row["published"] or "")
            return cache[key]

        comp: dict[str, cons.Member] = {}
        queue: list[str] = list(pending.added)
        for eid in sorted(pending.orphaned_events):
            queue += [r[0] for r in self.conn.execute(
                "SELECT article_event_id FROM event_members WHERE event_id=?", (eid,))]
        affected_events = set(pending.orphaned_events)
        while queue:
            key = queue.pop()
            if key in comp:
                continue
            m = member(key)
            if m is None:
                continue
            comp[key] = m
            em = self.conn.execute("SELECT event_id FROM event_members WHERE"
                                   " article_event_id=?", (key,)).fetchone()
            if em is not None and em[0] not in affected_events:
                affected_events.add(em[0])
                queue += [r[0] for r in self.conn.execute(
                    "SELECT article_event_id FROM event_members WHERE event_id=?", (em[0],))]
            for cand in self._candidates(m.event):
                if cand not in comp:
                    other = member(cand)
                    if other is not None and cons.compatible(m.event, other.event) is not None:
                        queue.append(cand)
        existing: dict[str, str] = dict(pending.previous)
        for eid in affected_events:
            for r in self.conn.execute("SELECT article_event_id FROM event_members"
                                       " WHERE event_id=?", (eid,)):
                existing[r[0]] = eid
            self.conn.execute("DELETE FROM event_members WHERE event_id=?", (eid,))
            self.conn.execute("DELETE FROM events WHERE event_id=?", (eid,))
        taken = {r[0] for r in self.conn.execute("SELECT event_id FROM events")}
        for event, members in cons.consolidate(list(comp.values()), existing, taken):
            self._insert_event(event, members)

    def _insert_event(self, ev: Event, members: list[cons.Member]) -> None:
        assoc = "; ".join(x for x in (ev.assoc_actor_1, ev.assoc_actor_2) if x)
        self.conn.execute(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ev.event_id, ev.event_date, ev.time_precision, ev.event_type, ev.sub_event_type,
             ev.country, ev.iso3, ev.admin1, ev.location, ev.actor1, ev.actor2, assoc,
             ev.latitude, ev.longitude, ev.geonames_id, ev.fatalities, len(members),
             json.dumps(ev.to_dict(explain=True), ensure_ascii=False)))
        for m in members:
            reasons = {k: r.describe() for k, r in m.reasons.items()}
            self.conn.execute("INSERT INTO event_members VALUES (?,?,?)",
                              (m.key, ev.event_id, json.dumps(reasons, ensure_ascii=False)))

    # -- queries -----------------------------------------------------------------------

    def events(self, since: date | str | None = None, until: date | str | None = None,
               country: str | None = None, actor: str | None = None, type: str | None = None,
               bbox: tuple[float, float, float, float] | None = None,
               limit: int | None = None, offset: int = 0) -> list[Event]:
        """Consolidated events matching every given filter, by date then id.

        country matches the name or ISO3 code; actor is a case-insensitive
        substring of actor1/actor2/associated actors; type matches event_type or
        sub_event_type; bbox is (min_lon, min_lat, max_lon, max_lat). limit and
        offset page through the result (pages are stable: the order is total).
        """
        if limit is None:
            rows = self._event_rows("json", since, until, country, actor, type, bbox, None, 0)
            return [Event.from_dict(json.loads(r[0])) for r in rows]
        # A page: find its ids on the covering index, then read only those records.
        ids = [r[0] for r in self._event_rows("event_id", since, until, country, actor, type,
                                              bbox, limit, offset)]
        marks = ",".join("?" * len(ids))
        found = {r[0]: r[1] for r in self._rows(
            f"SELECT event_id, json FROM events WHERE event_id IN ({marks})", ids)}
        return [Event.from_dict(json.loads(found[i])) for i in ids]

    def count_events(self, since: date | str | None = None, until: date | str | None = None,
                     country: str | None = None, actor: str | None = None,
                     type: str | None = None,
                     bbox: tuple[float, float, float, float] | None = None) -> int:
        """How many events ``events`` would return without a limit."""
        where, args = _filters(since, until, country, actor, type, bbox)
        sql = "SELECT COUNT(*) FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        return int(self._rows(sql, args)[0][0])

    def event_points(self, since: date | str | None = None, until: date | str | None = None,
                     country: str | None = None, actor: str | None = None,
                     type: str | None = None,
                     bbox: tuple[float, float, float, float] | None = None,
                     limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """The indexed columns of matching events, without parsing their records.

        For maps of thousands of events: a marker needs where, when, what and
        how many, not the evidence (fetched per event with ``event``).
        """
        rows = self._event_rows(", ".join(_POINT_COLUMNS), since, until, country, actor, type,
                                bbox, limit, offset)
        return [dict(r) for r in rows]

    def _event_rows(self, columns: str, since, until, country, actor, type_, bbox,  # noqa: ANN001
                    limit: int | None, offset: int) -> list[sqlite3.Row]:
        where, args = _filters(since, until, country, actor, type_, bbox)
        sql = f"SELECT {columns} FROM events" + (
            " WHERE " + " AND ".join(where) if where else "") + " ORDER BY event_date, event_id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return self._rows(sql, args)

    def facets(self) -> dict[str, Any]:
        """Date span and the values of each filter with their counts (for a map's controls)."""
        span = self._rows("SELECT MIN(event_date), MAX(event_date), COUNT(*) FROM events")[0]

        def values(column: str) -> list[dict[str, Any]]:
            return [{"value": r[0], "count": r[1]} for r in self._rows(
                f"SELECT {column}, COUNT(*) FROM events WHERE coalesce({column}, '') != ''"
                f" GROUP BY {column} ORDER BY COUNT(*) DESC, {column}")]

        actors: dict[str, int] = {}
        for col in ("actor1", "actor2"):
            for item in values(col):
                actors[item["value"]] = actors.get(item["value"], 0) + item["count"]
        return {"min_date": span[0], "max_date": span[1], "events": span[2],
                "countries": values("country"), "event_types": values("event_type"),
                "sub_event_types": values("sub_event_type"),
                "actors": [{"value": k, "count": v} for k, v in
                           sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))]}

    def _rows(self, sql: str, args: tuple | list = ()) -> list[sqlite3.Row]:
        """All rows of a query; SQLite faults (corrupt file...) as StoreError."""
        with faults(self.path):
            return self.conn.execute(sql, args).fetchall()

    def article_events(self, article_id: str | None = None) -> list[Event]:
        """Per-article events as ingested (all articles when article_id is None)."""
        sql, args = "SELECT json FROM article_events", ()
        if article_id is not None:
            sql, args = sql + " WHERE article_id=?", (article_id,)
        rows = self._rows(sql + " ORDER BY article_id, seq", args)
        return [Event.from_dict(json.loads(r[0])) for r in rows]

    def event(self, event_id: str) -> Event | None:
        """One consolidated event by id (None when there is no such event)."""
        rows = self._rows("SELECT json FROM events WHERE event_id=?", (event_id,))
        return Event.from_dict(json.loads(rows[0][0])) if rows else None

    def members(self, event_id: str) -> list[dict[str, Any]]:
        """The article events merged into one event, each with why it merged.

        Each item: ``article_event_id``, ``article_id``, ``title``, ``published``,
        ``outlet``, ``event`` (the per-article Event) and ``reasons`` ({other
        member id: reason}; empty for the event's founding report).
        """
        rows = self._rows(
            "SELECT em.article_event_id, em.reasons, ae.json, ae.article_id, a.title,"
            " a.published, a.outlet FROM event_members em JOIN article_events ae"
            " ON ae.id = em.article_event_id JOIN articles a ON a.id = ae.article_id"
            " WHERE em.event_id=? ORDER BY ae.event_date, a.published, ae.id", (event_id,))
        return [{"article_event_id": r["article_event_id"], "article_id": r["article_id"],
                 "title": r["title"], "published": r["published"], "outlet": r["outlet"],
                 "event": Event.from_dict(json.loads(r["json"])),
                 "reasons": json.loads(r["reasons"])} for r in rows]

    def article(self, article_id: str) -> Article | None:
        """One stored article by id (None when absent)."""
        rows = self._rows("SELECT * FROM articles WHERE id=?", (article_id,))
        if not rows:
            return None
        r = rows[0]
        return Article(id=r["id"], text=r["text"], title=r["title"],
                       published=date.fromisoformat(r["published"]) if r["published"] else None,
                       url=r["url"], outlet=r["outlet"], language=r["language"] or "en",
                       origin=r["origin"])

    def counts(self) -> dict[str, int]:
        """Row counts per table (for reports and tests)."""
        tables = ["articles", "article_events", "events", "event_members",
                  "control_observations", "control_timeline"]
        return {t: self._rows(f"SELECT COUNT(*) FROM {t}")[0][0] for t in tables}

    def explain(self, event_id: str) -> str:
        """Human-readable account of a consolidated event: its reports and why they merged."""
        ev = self.event(event_id)
        if ev is None:
            return f"no event {event_id!r}"
        lines = [f"{ev.event_id}: {ev.event_date} {ev.sub_event_type} at "
                 f"{ev.location or ev.admin1 or ev.country} — {ev.actor1 or '?'} vs "
                 f"{ev.actor2 or '?'}; fatalities {ev.fatalities} "
                 f"(low {ev.fatalities_low}, high {ev.fatalities_high}); "
                 f"sources: {', '.join(ev.sources) or 'none named'}"]
        members = self.members(event_id)
        lines.append(f"{len(members)} report(s):")
        for r in members:
            m = r["event"]
            lines.append(f"- {r['article_event_id']} [{r['outlet'] or 'outlet?'}, published "
                         f"{r['published'] or '?'}; {r['title'] or ''}]".rstrip())
            lines.append(f"    {m.event_date} (precision {m.time_precision}) "
                         f"{m.sub_event_type} at {m.location or m.admin1} "
                         f"(geo_precision {m.geo_precision}); {m.actor1 or '?'} vs "
                         f"{m.actor2 or '?'}; fatalities {m.fatalities}")
            for e in m.evidence[:2]:
                lines.append(f"    \u201c{e.sentence.strip()}\u201d")
            if not r["reasons"]:
                lines.append("    founding report of this event")
            for other, why in r["reasons"].items():
                lines.append(f"    merged with {other}: {why}")
        return "\n".join(lines)

    # -- control queries ----------------------------------------------------------------

    def _place_keys(self, place: str) -> list[str]:
        """Stored place keys a user's spelling names (exact key first, else same skeleton)."""
        k = control.place_key(place)
        if self._rows("SELECT 1 FROM control_timeline WHERE place_key=? LIMIT 1", (k,)):
            return [k]
        return [r[0] for r in self._rows("SELECT DISTINCT place_key FROM control_timeline")
                if control.same_place(r[0], place)]

    def _segments(self, key: str) -> list[sqlite3.Row]:
        return self._rows("SELECT * FROM control_timeline WHERE place_key=? ORDER BY seq", (key,))

    def control_at(self, place: str, at: date) -> control.ControlAnswer | None:
        """Who controlled the named place on that date, or None when no report says."""
        for k in self._place_keys(place):
            for row in self._segments(k):
                if control.covers(row, at):
                    return control.answer(row, at)
        return None

    def control_timeline(self, place: str) -> list[control.ControlAnswer]:
        """Every segment of the place's timeline (each answered at its own start)."""
        return [control.answer(row, date.fromisoformat(row["since"] or row["first_seen"]))
                for k in self._place_keys(place) for row in self._segments(k)]

    def control_map(self, at: date) -> list[control.ControlAnswer]:
        """Control of every known place at a date (for a GeoJSON map)."""
        out = []
        for (k,) in self._rows("SELECT DISTINCT place_key FROM control_timeline"
                               " ORDER BY place_key"):
            row = next((r for r in self._segments(k) if control.covers(r, at)), None)
            if row is not None:
                out.append(control.answer(row, at))
        return out

    def dump(self) -> dict[str, list[tuple]]:
        """Every table's rows in a canonical order: for comparing two stores."""
        out = {}
        for t, order in [("articles", "id"), ("article_events", "id"), ("events", "event_id"),
                         ("event_members", "article_event_id"),
                         ("control_observations", "article_id, place_key, role, obs_date,"
                          " controller, start"),
                         ("control_timeline", "place_key, seq")]:
            cols = "*" if t != "control_observations" else (
                "article_id, article_event_id, place_key, place_name, geonames_id, controller,"
                " role, obs_date, time_precision, sources, sentence, start, end, cue")
            out[t] = [tuple(r) for r in self._rows(f"SELECT {cols} FROM {t} ORDER BY {order}")]
        return out


@dataclass
class _Pending:
    added: list[str] = field(default_factory=list)
    orphaned_events: set[str] = field(default_factory=set)
    previous: dict[str, str] = field(default_factory=dict)  # replaced key -> its old event
    places: set[str] = field(default_factory=set)
    results: list[IngestResult] = field(default_factory=list)


def _filters(since, until, country, actor, type_, bbox) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if since:
        where.append("event_date >= ?")
        args.append(str(since))
    if until:
        where.append("event_date <= ?")
        args.append(str(until))
    if country:
        where.append("(lower(country) = lower(?) OR lower(iso3) = lower(?))")
        args += [country, country]
    if actor:
        where.append("(instr(lower(actor1), lower(?)) OR instr(lower(actor2), lower(?))"
                     " OR instr(lower(assoc_actors), lower(?)))")
        args += [actor] * 3
    if type_:
        where.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
        args += [type_, type_]
    if bbox:
        min_lon, min_lat, max_lon, max_lat = bbox
        where.append("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?")
        args += [min_lon, max_lon, min_lat, max_lat]
    return where, args
