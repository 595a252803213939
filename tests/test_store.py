"""The SQLite store: idempotent, replaceable, queryable, and safe to kill."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from conftest import car_bomb_event as bombing
from frontlines.domain.model import Article, Event, Evidence
from frontlines.store import Store, default_path

AFP_SENTENCE = ("In a sign that IS remains capable of inflicting serious damage despite its "
                "battlefield losses, the Observatory also said a car bombing blamed on group "
                "killed at least 26 displaced people at a checkpoint in Deir Ezzor province.")
SANA_SENTENCE = ("Syria's state news agency SANA also reported an IS car bombing targeting \"a "
                 "gathering of displaced families from Deir Ezzor\", giving a toll of 20 dead and "
                 "30 wounded.")


def clash(article_id: str, day: str = "2017-11-17") -> Event:
    return Event(
        event_id=f"{article_id}-2", article_id=article_id, event_date=day, time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Syria", actor2="Islamic State", country="Syria", iso3="SYR",
        admin1="Deir ez-Zor", location="Abu Kamal", latitude=34.4526, longitude=40.9181,
        geo_precision=1, geonames_id=170017, sources=["Syrian Observatory for Human Rights"],
        evidence=[Evidence(article_id, "the Syrian army on Friday battled IS fighters", 0, 10)])


def article(article_id: str, text: str, day: date = date(2017, 11, 17)) -> Article:
    return Article(id=article_id, text=text, title="t", published=day, outlet="AFP")


def test_ingest_merges_reports_and_is_idempotent(tmp_path: Path):
    with Store(tmp_path / "f.db") as st:
        r1 = st.ingest(article("afp", AFP_SENTENCE), [bombing("afp", AFP_SENTENCE, 26, "SOHR"),
                                                      clash("afp")], statements=[])
        r2 = st.ingest(article("sana", SANA_SENTENCE, date(2017, 11, 18)),
                       [bombing("sana", SANA_SENTENCE, 20, "SANA")], statements=[])
        assert (r1.status, r2.status) == ("new", "new")
        assert set(r2.event_ids) <= set(r1.event_ids)
        evs = st.events(type="Remote explosive/landmine/IED")
        assert len(evs) == 1
        ev = evs[0]
        assert (ev.fatalities_low, ev.fatalities, ev.fatalities_high) == (20, 26, 26)
        assert ev.sources == ["SOHR", "SANA"]
        before = st.dump()
        again = st.ingest(article("sana", SANA_SENTENCE, date(2017, 11, 18)),
                          [bombing("sana", SANA_SENTENCE, 20, "SANA")], statements=[])
        assert again.status == "unchanged"
        assert st.dump() == before
        text = st.explain(ev.event_id)
        assert "2 report(s)" in text and "merged with afp/" in text and "SANA" in text


def test_replacing_an_article_keeps_the_event_id(tmp_path: Path):
    with Store(tmp_path / "f.db") as st:
        st.ingest(article("afp", AFP_SENTENCE), [bombing("afp", AFP_SENTENCE, 26, "SOHR")],
                  statements=[])
        st.ingest(article("sana", SANA_SENTENCE), [bombing("sana", SANA_SENTENCE, 20, "SANA")],
                  statements=[])
        [ev] = st.events()
        edited = SANA_SENTENCE.replace("20 dead", "22 dead")
        res = st.ingest(article("sana", edited), [bombing("sana", edited, 22, "SANA")],
                        statements=[])
        assert res.status == "replaced"
        [ev2] = st.events()
        assert ev2.event_id == ev.event_id and ev2.fatalities_low == 22
        assert st.counts()["article_events"] == 2
        # The new version no longer reports the bombing: its event loses that member.
        res = st.ingest(article("sana", "Nothing happened."), [], statements=[])
        [ev3] = st.events()
        assert ev3.event_id == ev.event_id and ev3.sources == ["SOHR"]


def test_filters(tmp_path: Path):
    with Store(tmp_path / "f.db") as st:
        st.ingest(article("afp", AFP_SENTENCE), [bombing("afp", AFP_SENTENCE, 26, "SOHR"),
                                                  clash("afp")], statements=[])
        assert len(st.events()) == 2
        assert len(st.events(country="SYR")) == 2 and st.events(country="Iraq") == []
        assert [e.location for e in st.events(bbox=(40.5, 34.0, 41.5, 35.0))] == ["Abu Kamal"]
        assert len(st.events(actor="islamic state")) == 2
        assert len(st.events(actor="civilians")) == 1
        assert st.events(since="2017-11-18") == [] and len(st.events(until="2017-11-17")) == 2
        assert len(st.events(type="Battles")) == 1


def test_batch_rolls_back_on_error(tmp_path: Path):
    with Store(tmp_path / "f.db") as st:
        try:
            with st.batch():
                st.ingest(article("afp", AFP_SENTENCE), [clash("afp")], statements=[])
                raise RuntimeError("boom")
        except RuntimeError:
            pass
        assert st.counts()["articles"] == 0


def test_default_path_from_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("FRONTLINES_DB", str(tmp_path / "x.db"))
    assert default_path() == str(tmp_path / "x.db")
    monkeypatch.delenv("FRONTLINES_DB")
    assert default_path() == "frontlines.db"


# A writer that ingests 60 synthetic articles in batches of 3, reporting each commit.
WRITER = r'''
import sys
from datetime import date, timedelta
sys.path.insert(0, sys.argv[2])
from test_store import article, bombing, clash, AFP_SENTENCE
from frontlines.store import Store
st = Store(sys.argv[1])
for b in range(20):
    with st.batch():
        for k in range(3):
            i = 3 * b + k
            day = (date(2017, 11, 1) + timedelta(days=i // 4)).isoformat()
            aid = f"a{i:03d}"
            st.ingest(article(aid, AFP_SENTENCE + str(i)),
                      [bombing(aid, AFP_SENTENCE, 10 + i, f"S{i % 5}", day), clash(aid, day)],
                      statements=[])
    print("committed", b, flush=True)
'''


def _run_writer(db: Path, kill_after: int | None = None) -> None:
    cmd = [sys.executable, "-c", WRITER, str(db), str(Path(__file__).parent)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if kill_after is not None and line.startswith(f"committed {kill_after}"):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    if kill_after is None:
        assert proc.returncode == 0


def test_kill_minus_nine_loses_nothing_committed(tmp_path: Path):
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    _run_writer(killed, kill_after=4)
    with Store(killed) as st:
        n = st.counts()["articles"]
        assert n >= 15 and n % 3 == 0  # whole batches only
        assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    _run_writer(killed)  # resume: committed articles are skipped as unchanged
    _run_writer(clean)
    with Store(killed) as a, Store(clean) as b:
        assert a.dump() == b.dump()
        assert a.counts()["articles"] == 60
