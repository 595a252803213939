"""Count the reading figures (../shared/READING.md) from judgement files.

A judgement file is the ``judgements.tsv`` that ``reading_sample.py`` writes, filled in
by a reader: one row per record with ``verdict`` one of

- ``real``: one specific incident the article reports;
- ``duplicate``, ``commentary``, ``statement``, ``hypothetical``, ``other``: not real,
  by READING.md's categories;
- ``nonpv``: not about political violence, a demonstration or a strategic development
  at all (a flood, a football match, a business deal); counted apart for general news;

and, for real records, each field (``type``, ``date``, ``place``, ``actor1``,
``actor2``, ``fatalities``) ``1`` (right), ``0`` (wrong) or ``-`` (cannot be judged: a
record's date when the text has no date and no publication date; such a field is left out
of that field's share and of all-fields-right's check). Rows with ``event_id``
``MISSED`` list incidents no record captures (one row each). Usage:

    python benchmarks/reading_figures.py /tmp/reading/fakes-2/judgements.tsv
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

FIELDS = ["type", "date", "place", "actor1", "actor2", "fatalities"]
FALSE = ["duplicate", "commentary", "statement", "hypothetical", "other", "nonpv"]


def read_rows(paths: list[Path]) -> list[dict[str, str]]:
    """All judgement rows of the files, each checked for a known verdict."""
    rows: list[dict[str, str]] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            for k, row in enumerate(csv.DictReader(fh, delimiter="\t"), start=2):
                verdict = (row.get("verdict") or "").strip()
                if row.get("event_id") != "MISSED" and verdict not in ["real", *FALSE]:
                    raise ValueError(f"{path}:{k}: unknown verdict {verdict!r}")
                rows.append(row)
    return rows


def figures(rows: list[dict[str, str]]) -> dict[str, object]:
    """Precision, false categories, recall, per-field and all-fields shares."""
    records = [r for r in rows if r["event_id"] != "MISSED"]
    missed = len(rows) - len(records)
    verdicts = Counter(r["verdict"].strip() for r in records)
    real = [r for r in records if r["verdict"].strip() == "real"]
    res: dict[str, object] = {
        "articles": len({r["article"] for r in rows}), "records": len(records),
        "real": len(real), "missed": missed,
        "precision": len(real) / len(records) if records else 0.0,
        "recall": len(real) / (len(real) + missed) if real or missed else 0.0,
        "false": {k: verdicts[k] for k in FALSE if verdicts[k]},
        "duplicate_share": verdicts["duplicate"] / len(records) if records else 0.0,
    }
    for f in FIELDS:
        judged = [r for r in real if r[f].strip() != "-"]
        res[f] = sum(r[f].strip() == "1" for r in judged) / len(judged) if judged else None
        res[f"{f}_judged"] = len(judged)  # a share of 3 judged is no share of 30
    res["all_fields"] = (sum(all(r[f].strip() in ("1", "-") for f in FIELDS) for r in real)
                         / len(real) if real else 0.0)
    return res


def _share(res: dict[str, object], field: str) -> str:
    """A field's share, with its count where not every real record could be judged
    (dates mostly cannot), and n/a where none could: 0.000 would read as all wrong."""
    if res[field] is None:
        return f"{field} n/a"
    judged = res[f"{field}_judged"]
    part = f" ({judged} judged)" if judged != res["real"] else ""
    return f"{field} {res[field]:.3f}{part}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="figures from reading judgements")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    try:
        res = figures(read_rows(args.files))
    except (OSError, ValueError, KeyError) as exc:
        print(f"reading_figures: {exc}", file=sys.stderr)
        return 2
    print(f"articles {res['articles']}, records {res['records']}, real {res['real']}, "
          f"missed {res['missed']}")
    print(f"precision {res['precision']:.3f}  recall {res['recall']:.3f}  "
          f"duplicates {res['duplicate_share']:.3f} of records")
    print("not real: " + (", ".join(f"{k} {v}" for k, v in res["false"].items()) or "none"))
    print("among real records: " + "  ".join(_share(res, f) for f in FIELDS)
          + f"  all fields {res['all_fields']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
