"""`/api/events` latency of `frontlines serve` on a store of 10,000 events.

The store is built once from the Guardian and FA-KES development articles
(../shared/data) through the product's own extraction and store: each article
is extracted once, then stored again under distinct ids with its dates moved by
whole years until the store holds 10,000 consolidated events (a copy dated as
the original would merge into it, as consolidation should). The built store is
cached in the temporary folder, so repeated runs measure without rebuilding.

The server runs as a user starts it (`frontlines serve`, uvicorn, one process);
the client sends filtered page requests over one keep-alive connection and
times each from request to last byte.
"""

from __future__ import annotations

import csv
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
GUARDIAN = DATA / "guardian_syria_articles" / "Guardian_SDF_sample.csv"
FAKES = DATA / "fakes_syria_articles" / "fakes_dev.csv"
TARGET_EVENTS = 10_000
PAGE = 100
ROUNDS = 40  # each query below is asked this many times (at varying offsets)
# Filtered pages of 100 as an analyst's map or script asks for them.
QUERIES = [
    {"country": "Syria"},
    {"type": "Battles"},
    {"actor": "Islamic State"},
    {"since": "2017-01-01", "until": "2018-12-31"},
    {"bbox": "35.5,32.3,42.4,37.4"},  # Syria's bounding box
    {"country": "Syria", "type": "Explosions/Remote violence", "since": "2015-01-01"},
    {"format": "geojson", "country": "Iraq"},
    {"format": "csv", "type": "Air/drone strike"},
]


def cache_path() -> Path:
    from frontlines.store import SCHEMA_VERSION

    folder = Path(os.environ.get("FRONTLINES_BENCH_CACHE")
                  or Path(tempfile.gettempdir()) / "frontlines-bench")
    return folder / f"api-store-{TARGET_EVENTS}-schema{SCHEMA_VERSION}.db"


def dev_records() -> list[dict]:
    """The Guardian and FA-KES development articles as JSONL-schema records."""
    csv.field_size_limit(sys.maxsize)
    records = []
    with open(GUARDIAN, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            records.append({"id": f"guardian-{r['']}", "text": r["text"],
                            "published": r["date"], "outlet": "The Guardian"})
    with open(FAKES, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            published = datetime.strptime(r["date"], "%m/%d/%Y").date().isoformat()
            records.append({"id": f"fakes-{r['unit_id']}", "title": r["article_title"],
                            "text": r["article_content"], "published": published,
                            "outlet": r["source"]})
    return records


def _shifted(article, events: list, k: int) -> tuple:  # noqa: ANN001
    """Copy k of an article and its events, k years later, under a distinct id."""
    import copy

    from frontlines.domain.model import Event

    years = timedelta(days=366 * k)
    art = copy.copy(article)
    art.id = f"{article.id}~{k}"
    art.published = article.published + years if article.published else None
    out = []
    for ev in events:
        e = Event.from_dict(ev.to_dict(explain=True))
        e.event_id, e.article_id = f"{ev.event_id}~{k}", art.id
        e.event_date = (date.fromisoformat(ev.event_date) + years).isoformat()
        for item in e.evidence:
            item.article_id = art.id
        out.append(e)
    return art, out


def build_store(path: Path) -> dict:
    """Extract the development articles once and store copies until 10,000 events."""
    from frontlines.extraction.pipeline import process_articles
    from frontlines.extraction.readers import from_record
    from frontlines.store import Store

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for stale in partial.parent.glob(partial.name + "*"):
        stale.unlink()
    t0 = time.perf_counter()
    extracted = [(r.article, r.events) for r in process_articles(
        from_record(rec, "bench") for rec in dev_records())]
    extract_s = time.perf_counter() - t0
    store = Store(partial)
    k = 0
    while store.counts()["events"] < TARGET_EVENTS:
        with store.batch():
            for article, events in extracted:
                art, evs = (article, events) if k == 0 else _shifted(article, events, k)
                store.ingest(art, evs, statements=[])
        k += 1
    counts = store.counts()
    store.close()
    os.replace(partial, path)
    return {"articles": len(extracted), "copies": k, "events": counts["events"],
            "extract_s": extract_s, "build_s": time.perf_counter() - t0}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(db: Path) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "frontlines.interfaces.cli", "serve",
                             "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/facets")
            if conn.getresponse().status == 200:
                conn.close()
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not start: {proc.communicate()[1][-500:]}")


def _timed(conn: http.client.HTTPConnection, url: str) -> tuple[float, int, bytes]:
    t = time.perf_counter()
    conn.request("GET", url)
    resp = conn.getresponse()
    body = resp.read()
    return time.perf_counter() - t, resp.status, body


def measure(db: Path) -> dict:
    """Median and p95 of filtered pages of 100, plus the map's summary fetch."""
    proc, port = _start_server(db)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        totals = {}
        for q in QUERIES:  # warm-up, and how many events each filter matches
            _, status, body = _timed(conn, "/api/events?" + urlencode({**q, "limit": 1}))
            assert status == 200, body[:200]
            totals[urlencode(q)] = int(json.loads(body).get("total", 0)) if "format" not in q \
                else None
        times = []
        for rnd in range(ROUNDS):
            for q in QUERIES:
                params = {**q, "limit": PAGE, "offset": (rnd * 37 * PAGE) % 2000}
                dt, status, body = _timed(conn, "/api/events?" + urlencode(params))
                assert status == 200, body[:200]
                times.append(dt)
        summary = []
        for _ in range(5):
            dt, status, body = _timed(conn, "/api/events?view=summary&limit=10000")
            assert status == 200
            summary.append(dt)
        conn.close()
        browser = map_timing(port)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    times.sort()
    return {"requests": len(times), "median_ms": 1000 * statistics.median(times),
            "p95_ms": 1000 * times[int(0.95 * (len(times) - 1))],
            "max_ms": 1000 * times[-1], "summary_10k_ms": 1000 * statistics.median(summary),
            "summary_bytes": len(body), "matches": totals, "browser": browser,
            "load_average": os.getloadavg()[0]}


def map_timing(port: int) -> dict:
    """Seconds until the map shows every event, and for one move of the date slider,
    in Debian's chromium driven by Playwright (skipped when either is missing)."""
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError:
        return {"error": "playwright not installed"}
    if not Path("/usr/bin/chromium").exists():
        return {"error": "/usr/bin/chromium missing"}
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        t = time.perf_counter()
        page.goto(f"http://127.0.0.1:{port}/")
        expect(page.locator("#status")).to_contain_text("events shown", timeout=120_000)
        load_s = time.perf_counter() - t
        shown = page.locator("#status").inner_text()
        low = int(page.locator("#d-to").get_attribute("min"))
        t = time.perf_counter()
        page.locator("#d-to").fill(str(low + 1))  # almost nothing left: every marker goes
        expect(page.locator("#status")).not_to_have_text(shown, timeout=120_000)
        slider_s = time.perf_counter() - t
        browser.close()
    return {"load_s": load_s, "slider_s": slider_s, "shown": shown}


def run(rebuild: bool = False) -> dict:
    """Build (or reuse) the 10,000-event store and measure; errors as {"error": ...}."""
    if not (GUARDIAN.exists() and FAKES.exists()):
        return {"error": f"development data not found under {DATA}"}
    path = cache_path()
    built = None
    if rebuild or not path.exists():
        print(f"api: building {path} (once; later runs reuse it)", file=sys.stderr)
        built = build_store(path)
    from frontlines.store import Store

    with Store(path) as st:
        events = st.counts()["events"]
    out = measure(path)
    out.update({"store": str(path), "events": events, "built": built})
    return out


def render(r: dict) -> list[str]:
    """Markdown lines for docs/benchmarks.md."""
    if "error" in r:
        return ["", f"`/api/events` latency: not measured ({r['error']})."]
    verdict = "met" if r["p95_ms"] < 100 else "NOT met"
    out = [
        "",
        "## `frontlines serve`: `/api/events` latency",
        "",
        f"Store of {r['events']:,} consolidated events built from the Guardian and FA-KES "
        "development articles (extracted once, stored again under distinct ids with dates "
        "moved by whole years until 10,000 events; cached in the temporary folder). "
        "`frontlines serve` (uvicorn, one process) on 127.0.0.1; one keep-alive client; "
        f"{r['requests']} filtered requests for a page of {PAGE} (country, type, actor, "
        "date range, bbox, combined, GeoJSON, CSV; offsets 0-1,900).",
        "",
        "| requests | median | p95 | max | map fetch (`view=summary`, all events) |",
        "|---|---|---|---|---|",
        f"| {r['requests']} | {r['median_ms']:.1f} ms | {r['p95_ms']:.1f} ms | "
        f"{r['max_ms']:.1f} ms | {r['summary_10k_ms']:.0f} ms, "
        f"{r['summary_bytes'] / 1e6:.1f} MB |",
        "",
        f"Target (issue 16): p95 under 100 ms for a filtered page of 100 — {verdict}. "
        f"Load average during the run: {r['load_average']:.1f} on 2 cores (a shared machine). "
        "Only this section: `.venv/bin/python benchmarks/bench.py --only api`.",
    ]
    b = r.get("browser") or {"error": "not run"}
    if "error" in b:
        out.append(f"The map in a browser: not measured ({b['error']}).")
    else:
        out += ["", f"The map in headless chromium over the same store: all events fetched, "
                    f"clustered and listed ({b['shown']}) {b['load_s']:.1f} s after the page "
                    f"was requested; one move of the date slider redrawn in "
                    f"{b['slider_s']:.2f} s."]
    return out
