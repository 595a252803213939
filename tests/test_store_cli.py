"""ingest / events / control through the command line, on real text."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest

from conftest import AFP_PATH, run_cli

# The same car bombing as two outlets wrote it (AFP, 17 Nov 2017, and a SANA-based report).
OBSERVATORY = (
    "In a sign that IS remains capable of inflicting serious damage despite its battlefield "
    "losses, the Syrian Observatory for Human Rights said a car bombing blamed on the Islamic "
    "State group killed at least 26 displaced people at a checkpoint in Deir Ezzor province.")
SANA = (
    "Syria's state news agency SANA reported an Islamic State car bombing targeting a gathering "
    "of displaced families at a checkpoint in Deir Ezzor province on Friday, giving a toll of "
    "20 dead and 30 wounded.")


run = partial(run_cli, text=True)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    batch = folder / "two-outlets.jsonl"
    batch.write_text(
        json.dumps({"id": "afp-1", "text": OBSERVATORY, "published": "2017-11-17",
                    "outlet": "AFP"}) + "\n"
        + json.dumps({"id": "other-1", "text": SANA, "published": "2017-11-18",
                      "outlet": "Xinhua"}) + "\n", encoding="utf-8")
    db = folder / "f.db"
    proc = run("ingest", str(batch), str(AFP_PATH), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    return db


def _events(db: Path, *extra: str) -> list[dict]:
    proc = run("events", "--db", str(db), "--format", "jsonl", *extra)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_two_outlets_one_event_with_both_sources_and_spread(store: Path) -> None:
    bombings = _events(store, "--type", "Remote explosive/landmine/IED")
    assert len(bombings) == 1, bombings
    e = bombings[0]
    assert (e["fatalities_low"], e["fatalities"], e["fatalities_high"]) == (20, 26, 26)
    assert {"Syrian Observatory for Human Rights", "SANA"} <= set(e["sources"])
    assert {ev["article_id"] for ev in e["evidence"]} >= {"afp-1", "other-1"}


def test_reingest_changes_nothing(store: Path) -> None:
    before = sorted(e["event_id"] for e in _events(store))
    proc = run("ingest", str(AFP_PATH), "--db", str(store))
    assert proc.returncode == 0
    assert sorted(e["event_id"] for e in _events(store)) == before


def test_control_of_rawa_before_and_after(store: Path) -> None:
    after = run("control", "Rawa", "--at", "2017-11-18", "--db", str(store))
    before = run("control", "Rawa", "--at", "2017-11-16", "--db", str(store))
    assert "Military Forces of Iraq" in after.stdout and "2017-11-17" in after.stdout
    assert "Islamic State" in before.stdout


def test_parquet_export_round_trips(store: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    proc = run("events", "--db", str(store), "--format", "parquet", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(out)
    assert table.num_rows == len(_events(store))
    assert "sub_event_type" in table.column_names


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    proc = run("events", "--db", str(tmp_path / "nope.db"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
