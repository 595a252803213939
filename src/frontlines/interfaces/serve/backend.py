"""The server's only door to the store: every Store and control call lives here.

Why one module: the store's API is evolving (read-only opening, one ingest
function); the routes call these few functions and only this file follows the
store. A sqlite3 connection belongs to the thread that opened it and the server
answers from a thread pool, so each thread opens its own Store; writes are
serialised by one lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from frontlines.domain.model import Article, Event
from frontlines.extraction.readers import InputError, check_not_future, from_record
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
    """One store file, opened per thread."""

    def __init__(self, db: str) -> None:
        if not Path(db).is_file():
            raise FileNotFoundError(db)
        self.db = db
        self._local = threading.local()
        self._write_lock = threading.Lock()

    def _store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.db)
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
        from frontlines.aggregate import control

        answer = control.control_at(self._store(), place, at)
        return answer.to_dict() if answer else None

    def timeline(self, place: str) -> list[dict[str, Any]]:
        from frontlines.aggregate import control

        return [a.to_dict() for a in control.timeline(self._store(), place)]

    def control_features(self, at: date) -> list[dict[str, Any]]:
        from frontlines.aggregate import control

        return [a.to_feature() for a in control.control_map(self._store(), at)]

    # -- writes -------------------------------------------------------------------

    def ingest(self, records: list[Any]) -> IngestOutcome:
        """Store and consolidate articles as `frontlines ingest` does; bad ones are skipped.

        Each record is checked before any extraction, so a bad one is named and
        nothing of it is stored, while the good ones of the same request are.
        """
        from frontlines.extraction.pipeline import process_articles

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
        with self._write_lock:
            store = self._store()
            todo = [a for a in articles if not store.is_current(a)]
            done = {a.id for a in todo}
            with store.batch():
                results = [store.ingest(r.article, r.events, doc=r.doc)
                           for r in process_articles(todo)]
                unchanged = [store.ingest(a, []) for a in articles if a.id not in done]
        for res in results + unchanged:
            out.stored.append({"id": res.article_id, "status": res.status,
                               "article_events": len(res.article_events),
                               "event_ids": res.event_ids})
        return out


def _record_id(record: Any) -> Any:
    return record.get("id") if isinstance(record, dict) else None
