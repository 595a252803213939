"""actor1/actor2 of judged real records, re-scored on another run of `frontlines extract`.

A reading folder holds ``records.jsonl`` (the records its reader judged) and
``judgements.tsv`` (verdict and field marks, reading_sample.py's template). Given the
records a newer code emits for the same articles, each judged real record is found again
(same event id, else the same first evidence sentence), and each actor field keeps its
reader's verdict when its value is unchanged. A changed value needs a verdict of its own:
``--verdicts FILE`` is a TSV of ``event_id, field, new value, 1|0`` written by reading the
change against the reader's note; changed values without one are listed as unjudged and
counted in no figure. Usage (dev figures):

    python benchmarks/actor_rescore.py RUN.jsonl FOLDER... [--verdicts FILE] [-v]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

FIELDS = ("actor1", "actor2")


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _find(judged: dict, candidates: list[dict]) -> dict | None:
    """The run's record for a judged one: same event id, else same first evidence."""
    same = [c for c in candidates if c["event_id"] == judged["event_id"]]
    if same:
        return same[0]
    first = judged["evidence"][0]["sentence"]
    told = [c for c in candidates if any(e["sentence"] == first for e in c["evidence"])]
    typed = [c for c in told if c["sub_event_type"] == judged["sub_event_type"]]
    return (typed or told or [None])[0]


def _verdicts(path: Path | None) -> dict[tuple[str, str, str], str]:
    if path is None:
        return {}
    with path.open(encoding="utf-8") as fh:
        return {(r[0], r[1], r[2]): r[3] for r in csv.reader(fh, delimiter="\t") if len(r) >= 4}


def rescore(run: list[dict], folder: Path, verdicts: dict) -> tuple[Counter, list[tuple]]:
    """Right fields and counts of one folder, and its changed values left unjudged."""
    by_article: dict[str, list[dict]] = {}
    for r in run:
        by_article.setdefault(r.get("article_id") or "", []).append(r)
    judged = {r["event_id"]: r for r in _jsonl(folder / "records.jsonl")}
    tally: Counter = Counter()
    unjudged = []
    with (folder / "judgements.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            rec = judged.get(row["event_id"])
            if row["verdict"] != "real" or rec is None:
                continue
            found = _find(rec, by_article.get(row["article"], []))
            if found is None:
                tally["lost"] += 1
                continue
            for f in FIELDS:
                old, new = rec.get(f) or "", found.get(f) or ""
                mark = row[f] if old == new else verdicts.get((row["event_id"], f, new))
                if mark is None:
                    unjudged.append((folder.name, row["event_id"], f, old, new, row["note"]))
                    continue
                tally[f] += mark == "1"
                tally[f + "_n"] += 1
    return tally, unjudged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="records of the run (JSONL)")
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--verdicts", type=Path, help="verdicts of changed values (TSV)")
    parser.add_argument("-v", action="store_true", help="list changed values left unjudged")
    args = parser.parse_args(argv)
    run, verdicts = _jsonl(args.run), _verdicts(args.verdicts)
    total: Counter = Counter()
    print("folder\tactor1\tactor2")
    for folder in args.folders:
        tally, unjudged = rescore(run, folder, verdicts)
        total.update(tally)
        print(f"{folder.name}\t{tally['actor1']}/{tally['actor1_n']}\t"
              f"{tally['actor2']}/{tally['actor2_n']}")
        for u in unjudged if args.v else ():
            print("  unjudged", *u, sep=" | ")
    for f in FIELDS:
        n = total[f + "_n"]
        print(f"{f}: {total[f]}/{n} = {total[f] / n:.3f}" if n else f"{f}: no records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
