"""The reading ledger: a held-out draw excludes every sentence read before, including those
of sample folders that no longer exist (benchmarks/reading_sample.py)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from conftest import ROOT, shared

_SPEC = importlib.util.spec_from_file_location("reading_sample",
                                               ROOT / "benchmarks" / "reading_sample.py")
reading_sample = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(reading_sample)

POOL = [{"id": f"evloc-{k}", "text": f"sentence {k}"} for k in range(40)]
FAKES_LEDGER = ROOT / "benchmarks" / "data" / "read_fakes.txt"


def test_a_draw_recorded_in_the_ledger_is_never_drawn_again(tmp_path: Path) -> None:
    ledger = tmp_path / "read.txt"
    ledger.write_text("# header\nevloc-3\t# quoted in a test\n", encoding="utf-8")
    first = reading_sample.draw(POOL, 10, 7, [], reading_sample._read_ids([ledger]))
    assert "evloc-3" not in {a["id"] for a in first}
    reading_sample.append_ledger(ledger, first, "round 1, held out")
    seen = reading_sample._read_ids([ledger])
    assert seen == {"evloc-3"} | {a["id"] for a in first}
    second = reading_sample.draw(POOL, 10, 7, [], seen)
    assert not seen & {a["id"] for a in second}


def test_the_committed_ledger_holds_ids_only() -> None:
    ids = reading_sample._ledger_ids(ROOT / "benchmarks" / "data" / "read_events.txt")
    assert len(ids) > 500
    assert all(i.startswith("evloc-") for i in ids)


def test_a_spent_pool_is_an_error_not_an_empty_sample(tmp_path: Path, monkeypatch,
                                                      capsys) -> None:
    ledger = tmp_path / "read.txt"
    ledger.write_text("".join(f"{a['id']}\n" for a in POOL), encoding="utf-8")
    monkeypatch.setitem(reading_sample.POOLS, "events", (ledger, lambda _path: POOL))
    code = reading_sample.main(["events", "--seed", "1", "--n", "5", "--ledger", str(ledger),
                                "--out", str(tmp_path / "out")])
    assert code == 1
    assert "no unread article left: all 40 of the events pool" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert ledger.read_text(encoding="utf-8").count("\n") == 40  # nothing appended


def test_the_committed_fakes_ledger_holds_fakes_ids_only() -> None:
    ids = reading_sample._ledger_ids(FAKES_LEDGER)
    assert len(ids) > 300
    assert all(re.fullmatch(r"fakes-\d+", i) for i in ids)


def test_the_fakes_ledger_ids_are_ids_of_the_fakes_pool() -> None:
    pool = reading_sample.fakes_articles(shared("fakes_syria_articles", "fakes_dev.csv"))
    assert reading_sample._ledger_ids(FAKES_LEDGER) <= {a["id"] for a in pool}


def test_a_draw_with_the_fakes_ledger_excludes_its_ids(tmp_path: Path) -> None:
    ledger = tmp_path / "read_fakes.txt"
    ledger.write_text(FAKES_LEDGER.read_text(encoding="utf-8"), encoding="utf-8")
    read = sorted(reading_sample._ledger_ids(ledger))
    pool = [{"id": i, "text": "read"} for i in read[:30]]
    pool += [{"id": f"fakes-{k}", "text": "unread"} for k in range(10)]
    sample = reading_sample.draw(pool, 10, 5, [], reading_sample._read_ids([ledger]))
    assert {a["id"] for a in sample} == {f"fakes-{k}" for k in range(10)}
