"""Print samples of consolidation decisions for checking by reading.

    python benchmarks/consolidation_sample.py --db g.db [--n 50] [--seed 1]

Prints the store's counts, then N merges (consolidated events with two or
more reports: each report's date, type, place, actors and first evidence
sentence, and the merge reason) and N non-merges (pairs of article events from
different articles in the same country, of the same or a compatible type, at
most 7 days apart, that were kept apart: both reports and the rule that kept
them apart). A reader marks each merge "same incident?" and each non-merge
"different incidents?"; precision of merging = correct merges / merges read,
and missed merges = wrong non-merges / non-merges read.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date

from frontlines.aggregate import consolidate as cons
from frontlines.domain.model import Event
from frontlines.store import Store


def _line(key: str, e: Event) -> str:
    sent = e.evidence[0].sentence.strip().replace("\n", " ") if e.evidence else ""
    return (f"  {key}: {e.event_date}/p{e.time_precision} {e.sub_event_type} @ "
            f"{e.location or e.admin1 or '?'} (geo p{e.geo_precision}) "
            f"{e.actor1 or '?'} vs {e.actor2 or '?'}; killed {e.fatalities}\n"
            f"      \u201c{sent[:240]}\u201d")


def merges(store: Store, n: int, rng: random.Random) -> None:
    ids = [r[0] for r in store.conn.execute(
        "SELECT event_id FROM events WHERE n_members >= 2 ORDER BY event_id")]
    print(f"\n== {min(n, len(ids))} of {len(ids)} merged events")
    for i, eid in enumerate(sorted(rng.sample(ids, min(n, len(ids)))), 1):
        print(f"\n[M{i}] {eid}")
        for key, js, reasons in store.conn.execute(
                "SELECT ae.id, ae.json, em.reasons FROM event_members em JOIN article_events ae"
                " ON ae.id = em.article_event_id WHERE em.event_id=? ORDER BY ae.event_date,"
                " ae.id", (eid,)):
            print(_line(key, Event.from_dict(json.loads(js))))
            for other, why in json.loads(reasons).items():
                print(f"      merged with {other}: {why}")


def non_merges(store: Store, n: int, rng: random.Random) -> None:
    rows = store.conn.execute(
        "SELECT ae.id, ae.article_id, ae.json, em.event_id FROM article_events ae"
        " JOIN event_members em ON em.article_event_id = ae.id").fetchall()
    evs = [(r[0], r[1], Event.from_dict(json.loads(r[2])), r[3]) for r in rows]
    near = []
    for i, (ka, aa, ea, xa) in enumerate(evs):
        for kb, ab, eb, xb in evs[i + 1:]:
            if aa == ab or xa == xb or (ea.country or "") != (eb.country or ""):
                continue
            if not cons.types_compatible(ea.sub_event_type, eb.sub_event_type):
                continue
            try:
                delta = abs((date.fromisoformat(ea.event_date)
                             - date.fromisoformat(eb.event_date)).days)
            except ValueError:
                continue
            if delta <= 7:
                near.append((ka, ea, kb, eb))
    print(f"\n== {min(n, len(near))} of {len(near)} near-miss pairs kept apart")
    for i, (ka, ea, kb, eb) in enumerate(rng.sample(near, min(n, len(near))), 1):
        why = cons.why_not(ea, eb) or (
            "compatible pairwise, but not with every member of the other's event")
        print(f"\n[N{i}] kept apart: {why}")
        print(_line(ka, ea))
        print(_line(kb, eb))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    store = Store(args.db, readonly=True)
    c = store.counts()
    multi = store.conn.execute("SELECT COUNT(*) FROM events WHERE n_members >= 2").fetchone()[0]
    print(f"articles {c['articles']}, article events {c['article_events']}, "
          f"consolidated events {c['events']} ({multi} with 2+ reports), "
          f"control observations {c['control_observations']}, "
          f"control segments {c['control_timeline']}")
    rng = random.Random(args.seed)
    merges(store, args.n, rng)
    non_merges(store, args.n, rng)
    return 0


if __name__ == "__main__":
    sys.exit(main())
