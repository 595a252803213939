"""Draw articles for reading (../shared/READING.md), run `frontlines extract`, lay out
the records beside the article text, and write a judgement template.

Three sets, each drawn with a fixed seed:

- ``fakes``: FA-KES dev articles (../shared/data/fakes_syria_articles/fakes_dev.csv;
  publication date from ``date`` (M/D/YYYY), text from ``article_content``);
- ``gwn``: GeoWebNews general-news articles (../shared/data/geoparsing/GWN.xml;
  publication date from the URL when it has one);
- ``guardian``: Guardian articles on Syria and the SDF
  (../shared/data/guardian_syria_articles/Guardian_SDF_sample.csv; no gold, never used to
  tune record rules, so a held-out pool of the same kind as the wire reports);
- ``events``: one-sentence event reports of the event_location corpus
  (../shared/data/event_location/labeled_text.jsonl.zip: AFP, AP, Xinhua and Masdar wire
  sentences, atrocity event descriptions), without the RELABEL subset that
  ``frontlines eval event-location`` scores; no publication date, so a record's date is
  judged only where the sentence itself gives one;
- ``relabel``: that RELABEL subset itself (490 distinct sentences, development data).

A sample never overlaps the samples of the seeds given with ``--exclude``, so a held-out
sample can be drawn that shares no article with the tuning one:

    python benchmarks/reading_sample.py fakes --seed 1 --n 15 --out /tmp/reading/fakes-1
    python benchmarks/reading_sample.py fakes --seed 2 --n 15 --exclude 1 --out ...
    python benchmarks/reading_sample.py fakes --seed 3 --n 15 --exclude-read /tmp/reading/* ...

Held-out draws of ``events`` keep a ledger, ``benchmarks/data/read_events.txt`` (ids
only, no text): ``--ledger`` excludes every id in it and adds the drawn ones, so the list
of sentences read outlives the sample folders:

    python benchmarks/reading_sample.py events --seed 54 --n 60 \
        --ledger benchmarks/data/read_events.txt --ledger-note "round 32, held out" --out ...

The output folder gets ``articles.jsonl`` (the input given to ``frontlines extract``),
``records.jsonl`` (its output, untouched), ``reading.md`` (each article's text followed
by its records) and ``judgements.tsv`` (one row per record to fill in; see
``reading_figures.py``). Article text and judgements stay outside the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
FAKES = SHARED / "fakes_syria_articles" / "fakes_dev.csv"
GWN = SHARED / "geoparsing" / "GWN.xml"
GUARDIAN = SHARED / "guardian_syria_articles" / "Guardian_SDF_sample.csv"
EVENT_LOCATION = SHARED / "event_location" / "labeled_text.jsonl.zip"
COLUMNS = ["article", "event_id", "verdict", "type", "date", "place", "actor1", "actor2",
           "fatalities", "note"]


def fakes_articles(path: Path = FAKES) -> list[dict]:
    """FA-KES rows as extract input records, in file order."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        month, day, year = (int(x) for x in row["date"].split("/"))
        out.append({"id": f"fakes-{row['unit_id']}", "title": row["article_title"],
                    "published": date(year, month, day).isoformat(),
                    "outlet": row["source"], "text": row["article_content"]})
    return out


def guardian_articles(path: Path = GUARDIAN) -> list[dict]:
    """Guardian rows as extract input records, in file order (the unnamed first column
    is the row's id)."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return [{"id": f"guardian-{row['']}", "published": row["date"],
                 "outlet": row["source"], "text": row["text"]} for row in csv.DictReader(fh)]


def _url_date(link: str) -> str | None:
    """The publication day a news URL spells out (/2018/01/23/), when it does."""
    m = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", link)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def gwn_articles(path: Path = GWN) -> list[dict]:
    """GeoWebNews articles as extract input records, in file order."""
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        text = (art.findtext("text") or "").strip()
        rec = {"id": f"gwn-{art.get('file')}", "title": (art.findtext("title") or "").strip(),
               "text": text}
        published = _url_date(art.findtext("link") or "")
        if published:
            rec["published"] = published
        out.append(rec)
    return out


def event_sentences(path: Path = EVENT_LOCATION) -> list[dict]:
    """event_location sentences whose text is not in RELABEL as extract input records, one
    per distinct text, in file order (the id is the sentence's index in the corpus)."""
    with zipfile.ZipFile(path) as zf:
        rows = json.loads(zf.read("labeled_text.jsonl"))
    texts = [" ".join(row["text"].split()) for row in rows]
    seen = {t for t, row in zip(texts, rows, strict=True) if row.get("source") == "RELABEL"}
    out = []
    for k, (text, row) in enumerate(zip(texts, rows, strict=True)):
        if text in seen:
            continue
        seen.add(text)
        out.append({"id": f"evloc-{k}", "outlet": row.get("source", ""), "text": text})
    return out


def relabel_sentences(path: Path = EVENT_LOCATION) -> list[dict]:
    """The RELABEL sentences of event_location (the subset `frontlines eval event-location`
    scores; development data) as extract input records, one per distinct text, in file
    order: the set round 12's passes were tuned on (``--n 490`` gives them all)."""
    with zipfile.ZipFile(path) as zf:
        rows = json.loads(zf.read("labeled_text.jsonl"))
    out, seen = [], set()
    for k, row in enumerate(rows):
        text = " ".join(row["text"].split())
        if row.get("source") == "RELABEL" and text not in seen:
            seen.add(text)
            out.append({"id": f"relabel-{k}", "outlet": "RELABEL", "text": text})
    return out


def draw(pool: list[dict], n: int, seed: int, exclude: list[int],
         read: set[str] | None = None) -> list[dict]:
    """n articles drawn with `seed`, none of them in the draws of the `exclude` seeds
    (each excluded draw is reproduced with its own seed and the same n) nor among the
    article ids already `read` (tuning samples drawn with other exclusions or sizes)."""
    taken: set[str] = set(read or ())
    for other in exclude:
        rest = [a for a in pool if a["id"] not in taken]
        taken |= {a["id"] for a in random.Random(other).sample(rest, min(n, len(rest)))}
    rest = [a for a in pool if a["id"] not in taken]
    return random.Random(seed).sample(rest, min(n, len(rest)))


def _read_ids(paths: list[Path]) -> set[str]:
    """Article ids already read: an earlier sample folder (its articles.jsonl) or a ledger
    file (see `_ledger_ids`)."""
    ids: set[str] = set()
    for path in paths:
        if path.is_file():
            ids |= _ledger_ids(path)
        elif (path / "articles.jsonl").is_file():
            ids |= {json.loads(line)["id"]
                    for line in (path / "articles.jsonl").read_text("utf-8").splitlines()
                    if line.strip()}
    return ids


def _ledger_ids(path: Path) -> set[str]:
    """Ids of a ledger: the first field of each line, `#` starting a comment. The ledger
    is committed because sample folders live in /tmp and die with the machine, and a
    held-out draw must know every sentence read before it."""
    ids: set[str] = set()
    for line in path.read_text("utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            ids.add(fields[0])
    return ids


def append_ledger(path: Path, sample: list[dict], note: str) -> None:
    """Add the drawn ids to the ledger, each with the note (which round, tuning or
    held out), so that the next draw excludes them."""
    with path.open("a", encoding="utf-8") as fh:
        for a in sample:
            fh.write(f"{a['id']}\t# {note}\n")


def run_extract(articles_path: Path, records_path: Path) -> None:
    """`frontlines extract` of this tree over the sample (the product, not a side path)."""
    cmd = [sys.executable, "-m", "frontlines.interfaces.cli", "extract", str(articles_path),
           "-o", str(records_path)]
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    env |= {k: os.environ[k] for k in ("HOME", "FRONTLINES_CACHE") if k in os.environ}
    subprocess.run(cmd, check=False, env=env)


def _record_lines(r: dict) -> list[str]:
    fat = r.get("fatalities")
    if r.get("fatalities_low") is not None and r.get("fatalities_low") != r.get(
            "fatalities_high"):
        fat = f"{fat} ({r['fatalities_low']}-{r['fatalities_high']})"
    lines = [f"- **{r['event_id']}** {r['event_date']} (p{r['time_precision']}) "
             f"**{r['sub_event_type']}** | {r.get('location')} / {r.get('admin1')} / "
             f"{r.get('country')} (gp{r.get('geo_precision')})",
             f"  actor1: {r.get('actor1') or '-'} | actor2: {r.get('actor2') or '-'} | "
             f"fatalities: {fat} | injuries: {r.get('injuries')}"]
    for ev in r.get("evidence") or []:
        lines.append(f"  > {ev.get('sentence', '')}")
    return lines


def write_reading(articles: list[dict], records: list[dict], out: Path) -> None:
    """reading.md (text then records, per article) and judgements.tsv (template)."""
    by_article: dict[str, list[dict]] = {}
    for r in records:
        by_article.setdefault(r.get("article_id") or "", []).append(r)
    md: list[str] = []
    rows: list[list[str]] = []
    for a in articles:
        recs = by_article.get(a["id"], [])
        md += [f"## {a['id']} ({a.get('published', 'no date')}, {a.get('outlet', '')})",
               f"**{a.get('title', '')}**", "", a["text"], "", f"### {len(recs)} records"]
        for r in recs:
            md += _record_lines(r)
            rows.append([a["id"], r["event_id"]] + ["?"] * 7 + [""])
        md.append("")
    (out / "reading.md").write_text("\n".join(md), encoding="utf-8")
    with (out / "judgements.tsv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


POOLS = {"fakes": (FAKES, fakes_articles), "gwn": (GWN, gwn_articles),
         "guardian": (GUARDIAN, guardian_articles),
         "events": (EVENT_LOCATION, event_sentences),
         "relabel": (EVENT_LOCATION, relabel_sentences)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", choices=sorted(POOLS))
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=15)
    parser.add_argument("--exclude", type=int, nargs="*", default=[],
                        help="seeds whose samples (same n) this one must not overlap")
    parser.add_argument("--exclude-read", type=Path, nargs="*", default=[],
                        help="earlier sample folders whose articles.jsonl this one must "
                             "not overlap (a held-out sample after tuning)")
    parser.add_argument("--ledger", type=Path,
                        help="ledger of ids read before (benchmarks/data/read_events.txt): "
                             "excluded from the draw, and the drawn ids are added to it")
    parser.add_argument("--ledger-note", default="",
                        help="what the drawn sample is for, written beside its ids")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--keep-judgements", action="store_true",
                        help="do not overwrite an existing judgements.tsv")
    args = parser.parse_args(argv)
    source, load = POOLS[args.set]
    if not source.is_file():
        print(f"reading_sample: data not found: {source}", file=sys.stderr)
        return 2
    pool = load(source)
    exclude_read = [*args.exclude_read, *([args.ledger] if args.ledger else [])]
    sample = draw(pool, args.n, args.seed, args.exclude, _read_ids(exclude_read))
    if not sample:  # a held-out draw from a spent pool would read nothing and say so late
        print(f"reading_sample: no unread article left: all {len(pool)} of the {args.set} "
              "pool are in the ledger or the excluded folders", file=sys.stderr)
        return 1
    if args.ledger:
        append_ledger(args.ledger, sample, args.ledger_note or f"seed {args.seed}")
    args.out.mkdir(parents=True, exist_ok=True)
    articles_path, records_path = args.out / "articles.jsonl", args.out / "records.jsonl"
    with articles_path.open("w", encoding="utf-8") as fh:
        for a in sample:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    run_extract(articles_path, records_path)
    records = [json.loads(line) for line in records_path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    judged = args.out / "judgements.tsv"
    if args.keep_judgements and judged.exists():
        judged.rename(args.out / "judgements.kept.tsv")
    write_reading(sample, records, args.out)
    if args.keep_judgements and (args.out / "judgements.kept.tsv").exists():
        (args.out / "judgements.kept.tsv").replace(judged)
    print(f"{len(sample)} articles, {len(records)} records -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
