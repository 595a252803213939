"""Spark throughput: articles/s of `frontlines spark extract` at local[1] and local[2].

Start-up (JVM, session, and each Python worker loading the spaCy model and the
gazetteer on a one-article warm-up job per core) is timed apart from the run
over the same articles. Usage (needs `make spark` and ../shared/data):

    .venv/bin/python benchmarks/spark_rate.py [--set general|conflict] [--limit 200]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import load_general_news, load_texts, write_jsonl  # noqa: E402


def measure(master: str, cores: int, data: str, warm: str) -> dict:
    """Start-up and steady-state run of one master setting (a fresh session)."""
    from frontlines.interfaces import spark as fspark

    out = tempfile.mkdtemp(prefix="spark-rate-")
    t0 = time.perf_counter()
    session = fspark.session(master, app=f"frontlines-rate-{master}")
    # One tiny article per core: every Python worker loads the model and gazetteer once.
    fspark.run_extract(session, [warm], f"{out}/warm", partitions=cores)
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    counts = fspark.run_extract(session, [data], f"{out}/run", partitions=cores * 4)
    seconds = time.perf_counter() - t1
    session.stop()
    return {"master": master, "startup_s": round(startup, 1), "seconds": round(seconds, 1),
            "load_average": [round(x, 1) for x in os.getloadavg()], **counts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["general", "conflict"], default="general")
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    records = (load_general_news(args.limit) if args.set == "general"
               else load_texts(args.limit))
    data = write_jsonl(records)
    warm = write_jsonl([{"id": "warm", "text": "Gunmen attacked a checkpoint in Mosul."}])
    for master, cores in (("local[1]", 1), ("local[2]", 2)):
        r = measure(master, cores, data, warm)
        r["articles"] = len(records)
        r["articles_per_s"] = round(len(records) / r["seconds"], 2)
        print(json.dumps(r), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
