"""The server's only door to the store: every Store and ingest call lives here.

Why one module: the routes call these few functions and only this file follows
the store's API. A sqlite3 connection belongs to the thread that opened it and
the server answers from a thread pool, so each thread opens its own read-only
Store; writes go through the ingest API (interfaces/ingest.py, as `frontlines
ingest`), one at a time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontlines.domain.errors import InputError
from frontlines.domain.model import Article, Event
from frontlines.extraction.readers import check_not_future, from_record
from frontlines.interfaces.ingest import ingest
from frontlines.store import Store


@dataclass
class EventQuery:
    """The filters of `frontlines events`, already checked."""

    since: date | None = None
    until: date | None = None
    country: str | None = None
    actor: str | None = None
    type: str | None = None
    bbox: tuple[float, float, float, float] | None = None

    def kwargs(self) -> dict[str, Any]:
        return {"since": self.since, "until": self.until, "country": self.country,
                "actor": self.actor, "type": self.type, "bbox": self.bbox}


@dataclass
class IngestOutcome:
    """What a POST did: per stored article its status and events; per bad one why."""

    stored: list[dict[str, Any]] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)


class Backend:
    """One store file, opened read-only per thread (StoreError when it is no store)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        self._write_lock = threading.Lock()
        Store(db, readonly=True).close()  # fail now, with the store's one-line reason

    def _store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.db, readonly=True)
        return store

    # -- reads ---------------------------------------------------------------

    def events(self, q: EventQuery, limit: int, offset: int) -> list[Event]:
        return self._store().events(**q.kwargs(), limit=limit, offset=offset)

    def points(self, q: EventQuery, limit: int, offset: int) -> list[dict[str, Any]]:
        return self._store().event_points(**q.kwargs(), limit=limit, offset=offset)

    def count(self, q: EventQuery) -> int:
        return self._store().count_events(**q.kwargs())

    def event(self, event_id: str) -> dict[str, Any] | None:
        """The record with its explanation, member reports and why they merged."""
        store = self._store()
        ev = store.event(event_id)
        if ev is None:
            return None
        members = [{**m, "event": m["event"].to_dict(explain=True)}
                   for m in store.members(event_id)]
        return {"event": ev.to_dict(explain=True), "members": members,
                "explanation": store.explain(event_id)}

    def facets(self) -> dict[str, Any]:
        return self._store().facets()

    def control_at(self, place: str, at: date) -> dict[str, Any] | None:
        answer = self._store().control_at(place, at)
        return answer.to_dict() if answer else None

    def timeline(self, place: str) -> list[dict[str, Any]]:
        return [a.to_dict() for a in self._store().control_timeline(place)]

    def control_features(self, at: date) -> list[dict[str, Any]]:
        return [a.to_feature() for a in self._store().control_map(at)]

    # -- writes -------------------------------------------------------------------

    def ingest(self, records: list[Any]) -> IngestOutcome:
        """Store and consolidate articles as `frontlines ingest` does; bad ones are skipped.

        Each record is checked before any extraction, so a bad one is named and
        nothing of it is stored, while the good ones of the same request are.
        """
        out = IngestOutcome()
        articles: list[Article] = []
        for i, record in enumerate(records):
            origin = f"article {i + 1}" + (f" (id {record.get('id')!r})"
                                           if isinstance(record, dict) and record.get("id")
                                           else "")
            try:
                article = from_record(record, origin)
                check_not_future(article.published, origin)
            except InputError as exc:
                out.problems.append({"index": i, "id": _record_id(record),
                                     "error": f"{exc.origin}: {exc.message}"})
                continue
            articles.append(article)
        if not articles:
            return out
        with self._write_lock, Store(self.db) as store:
            report = ingest(store, articles)
        for res in report.results:
            out.stored.append({"id": res.article_id, "status": res.status,
                               "article_events": len(res.article_events),
                               "event_ids": res.event_ids})
        for problem in report.problems:  # analysis or records refused: nothing stored
            out.problems.append({"index": None, "id": None, "error": str(problem)})
        return out


def _record_id(record: Any) -> Any:
    return record.get("id") if isinstance(record, dict) else None
