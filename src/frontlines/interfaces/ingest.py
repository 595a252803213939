"""The ingest API: articles in, stored and consolidated records out.

    read articles -> extract each outside any transaction -> write each
    article's records in a short transaction -> consolidate (in that transaction)

One function, :func:`ingest`, that the CLI's ``ingest`` wraps and that the
HTTP server (POST /api/articles) and batch jobs call with a list of
:class:`~frontlines.domain.model.Article`. Why this order: analysis takes
seconds per article, and a transaction held that long makes every other writer
wait (or die); here the write lock is held only while one article's ready
records are written and its events re-consolidated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from frontlines.domain.errors import Problem, StoreError
from frontlines.domain.model import Article
from frontlines.extraction.records import ArticleRecords, extract_records
from frontlines.store import IngestResult, Store


@dataclass
class IngestReport:
    """What one ingest did: counts per status, per-article results, and what failed."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    results: list[IngestResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def count(self, result: IngestResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.results.append(result)


# Called after each article: (the result or the problem, events found).
Callback = Callable[[IngestResult | Problem, int], None]


def ingest(store: Store, articles: Iterable[Article | Problem],
           on_item: Callback | None = None) -> IngestReport:
    """Store and consolidate articles, one short write transaction each.

    ``articles`` may interleave reader Problems (they are reported and
    skipped). An article whose id and content are already stored is not
    analysed again. A fault of one article (analysis or its records) is a
    Problem in the report and the others go on; a fault of the store itself
    (disk full, read-only, corrupt) raises StoreError, keeping what was
    committed before it.
    """
    report = IngestReport()

    def note(item: IngestResult | Problem, events: int = 0) -> None:
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            report.count(item)
        if on_item is not None:
            on_item(item, events)

    def todo() -> Iterator[Article]:  # skip extraction of articles stored as they are
        for article in articles:
            if isinstance(article, Problem):
                note(article)
            elif store.is_current(article):
                note(IngestResult(article.id, "unchanged"))
            else:
                yield article

    for records in extract_records(todo()):
        if isinstance(records, Problem):
            note(records)
            continue
        note(*_write(store, records))
    return report


def _write(store: Store, records: ArticleRecords) -> tuple[IngestResult | Problem, int]:
    """One article's records in one transaction; its own fault rolls back only it."""
    try:
        return store.ingest(records.article, records.events, records.statements), len(
            records.events)
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - a record the store cannot take: report, go on
        art = records.article
        return Problem(art.origin or art.id, f"article {art.id!r} not stored "
                                             f"({type(exc).__name__}: {str(exc)[:120]})"), 0
