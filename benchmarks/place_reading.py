"""Read the places of `frontlines extract` records on a seeded sample of wire reports.

    python benchmarks/place_reading.py sample --seed 11 --n 15 --out read-11
    python benchmarks/place_reading.py score --out read-11

``sample`` draws N articles from FA-KES (../shared/data/fakes_syria_articles/
fakes_dev.csv: ``date``, ``article_content``) with a fixed seed, writes them as
one JSONL file, runs the product's own ``frontlines extract`` over it and writes
``records.jsonl`` plus ``sheet.txt``: each record's place (location, province,
country, coordinates, geo_precision) with its evidence sentence, and a blank
judgement line per record. The reader fills ``judgements.tsv`` (record id,
then one of ``ok`` right place within 25 km or the right province at
precision 3; ``far`` right country, wrong place; ``abroad`` placed outside the
countries of the story although the text does not put it there; ``country``
wrong country otherwise; ``nocoord`` no coordinates although the text names
a town or province; ``notreal`` not a real incident: not scored; ``skip``
an article also drawn by a tuning seed: not scored) and
``score`` counts them. Judgements and article text stay out of the
repository (copyrighted text); the seed, the script and the figures are kept.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "fakes_syria_articles"
VERDICTS = ("ok", "far", "abroad", "country", "nocoord", "notreal", "skip")


def _iso(us_date: str) -> str:
    """FA-KES dates are month/day/year."""
    m, d, y = (int(x) for x in us_date.split("/"))
    return f"{y:04d}-{m:02d}-{d:02d}"


def sample(seed: int, n: int, out: Path, source: Path) -> int:
    """Draw the articles, run ``frontlines extract`` and write the reading sheet."""
    rows = list(csv.DictReader(source.open(encoding="utf-8")))
    picked = random.Random(seed).sample(range(len(rows)), n)
    out.mkdir(parents=True, exist_ok=True)
    articles = out / "articles.jsonl"
    with articles.open("w", encoding="utf-8") as fh:
        for i in picked:
            r = rows[i]
            fh.write(json.dumps({"id": f"fakes-{r['unit_id']}", "text": r["article_content"],
                                 "published": _iso(r["date"])}) + "\n")
    records = out / "records.jsonl"
    cmd = [sys.executable, "-m", "frontlines.interfaces.cli", "extract", str(articles),
           "-o", str(records)]
    done = subprocess.run(cmd, check=False)
    if done.returncode != 0:
        return done.returncode
    _write_sheet(out)
    return 0


def _write_sheet(out: Path) -> None:
    recs = [json.loads(x) for x in (out / "records.jsonl").read_text("utf-8").splitlines() if x]
    lines = []
    for n, r in enumerate(recs, 1):
        ev = (r.get("evidence") or [{}])[0]
        sent = " ".join(str(ev.get("sentence", "")).split())
        lines.append(f"[{n}] {r.get('article_id')} {r.get('sub_event_type')} | "
                     f"{r.get('location')} / {r.get('admin1')} / {r.get('country')} "
                     f"({r.get('latitude')}, {r.get('longitude')}) p{r.get('geo_precision')}\n"
                     f"     {sent[:400]}\n")
    (out / "sheet.txt").write_text("\n".join(lines), encoding="utf-8")
    judged = out / "judgements.tsv"
    if not judged.exists():
        judged.write_text("".join(f"{n}\t\n" for n in range(1, len(recs) + 1)), "utf-8")


def score(out: Path) -> int:
    """Count the judgements: place right among real records, and each failure kind."""
    counts: Counter[str] = Counter()
    for line_no, line in enumerate((out / "judgements.tsv").read_text("utf-8").splitlines(), 1):
        parts = line.split("\t")
        verdict = parts[1].strip() if len(parts) > 1 else ""
        if verdict not in VERDICTS:
            print(f"{out / 'judgements.tsv'}:{line_no}: unjudged or unknown verdict {verdict!r}",
                  file=sys.stderr)
            return 1
        counts[verdict] += 1
    real = sum(v for k, v in counts.items() if k not in ("notreal", "skip"))
    print(f"records {sum(counts.values())}, real {real}")
    for k in VERDICTS:
        share = f" ({counts[k] / real:.2f} of real)" if real and k not in ("notreal",
                                                                            "skip") else ""
        print(f"  {k:8} {counts[k]}{share}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n", type=int, default=15)
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--source", type=Path, default=DATA / "fakes_dev.csv")
    c = sub.add_parser("score")
    c.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.cmd == "sample":
        if not args.source.exists():
            print(f"error: {args.source} not found", file=sys.stderr)
            return 2
        return sample(args.seed, args.n, args.out, args.source)
    return score(args.out)


if __name__ == "__main__":
    sys.exit(main())
