"""Two writers and a reader on one store: writers wait for each other, readers never wait.

Before, ingest held the write lock while it analysed a whole batch and even
``events`` took it when opening the store, so with batches over 30 s readers
and a second writer died with "database is locked".
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from frontlines.domain.model import Article
from frontlines.interfaces.ingest import ingest
from frontlines.store import Store
from test_store import AFP_SENTENCE, article, clash

STORIES = [
    "Iraqi forces retook the town of Rawa from the Islamic State group on Friday.",
    "A car bomb killed 12 people at a checkpoint in Deir Ezzor province on Thursday.",
    "Syrian government forces clashed with Islamic State fighters in Albu Kamal on Friday.",
    "Russian warplanes struck Islamic State positions near Albu Kamal on Thursday.",
]


def _articles(writer: str) -> list[Article]:
    from datetime import date

    return [Article(id=f"{writer}-{i}", text=text, published=date(2017, 11, 17), outlet="AFP")
            for i, text in enumerate(STORIES)]


def test_two_writers_and_a_reader(tmp_path: Path, nlp) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    errors: list[BaseException] = []
    seen: list[int] = []
    done = threading.Event()

    def write(name: str) -> None:
        try:
            with Store(path) as st:
                report = ingest(st, _articles(name))
                assert report.new == len(STORIES) and report.problems == []
        except BaseException as exc:  # noqa: BLE001 - collected for the main thread
            errors.append(exc)

    def read() -> None:
        try:
            while not done.is_set():
                with Store(path, readonly=True, timeout=0.05) as st:
                    seen.append(st.counts()["articles"])
                    st.events()
                time.sleep(0.01)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    writers = [threading.Thread(target=write, args=(n,)) for n in ("a", "b")]
    reader = threading.Thread(target=read)
    reader.start()
    for w in writers:
        w.start()
    for w in writers:
        w.join(timeout=300)
    done.set()
    reader.join(timeout=60)
    assert errors == []
    assert seen and seen == sorted(seen)  # the reader saw commits arrive, never a half one
    with Store(path, readonly=True) as st:
        assert st.counts()["articles"] == 2 * len(STORIES)
        assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_analysis_runs_outside_the_write_transaction(tmp_path: Path, nlp) -> None:
    """While ingest reads and analyses the next article, another writer gets in at once."""
    path = tmp_path / "s.db"
    main = Store(path)
    other_wrote: list[str] = []

    def articles():  # noqa: ANN202 - pulled by ingest between its writes
        for i, art in enumerate(_articles("main")[:3]):
            assert not main.conn.in_transaction
            with Store(path, timeout=0.05) as other:  # would fail if main held the lock
                other.ingest(article(f"other-{i}", AFP_SENTENCE), [clash(f"other-{i}")],
                             statements=[])
                other_wrote.append(f"other-{i}")
            yield art

    report = ingest(main, articles())
    assert report.new == 3 and other_wrote == ["other-0", "other-1", "other-2"]
    assert main.counts()["articles"] == 6
    main.close()


def test_a_second_writer_waits_and_a_reader_does_not(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    holding, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO meta VALUES ('held', '1')")
        holding.set()
        release.wait(timeout=30)
        time.sleep(0.5)
        conn.execute("COMMIT")
        conn.close()

    t = threading.Thread(target=hold_the_lock)
    t.start()
    holding.wait(timeout=30)
    with Store(path, readonly=True, timeout=0.01) as reader:
        assert reader.events() == []  # read while the lock is held: no waiting
    release.set()
    with Store(path, timeout=30) as writer:  # waits the half second, then writes
        writer.ingest(article("afp", AFP_SENTENCE), [clash("afp")], statements=[])
        assert writer.counts()["articles"] == 1
    t.join(timeout=30)
