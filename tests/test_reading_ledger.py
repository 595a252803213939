"""The reading ledger: a held-out draw excludes every sentence read before, including those
of sample folders that no longer exist (benchmarks/reading_sample.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("reading_sample",
                                               ROOT / "benchmarks" / "reading_sample.py")
reading_sample = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(reading_sample)

POOL = [{"id": f"evloc-{k}", "text": f"sentence {k}"} for k in range(40)]


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
