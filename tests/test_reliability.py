"""Nothing lost, nothing destroyed: hostile input, output paths and store faults.

One test per case of the hostile-input report (issue 15); docs/reliability.md
tables the same cases from the command line (benchmarks/reliability_cases.py).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import FRONTLINES, ROOT
from conftest import run_cli as run
from frontlines.domain.errors import EXIT_OUTPUT, EXIT_STORE, EXIT_USAGE, StoreError
from frontlines.extraction import readers
from frontlines.extraction.readers import Problem, read_path, read_paths
from frontlines.store import Store
from test_store import AFP_SENTENCE, SANA_SENTENCE, article, bombing, clash

GOOD = ("Iraqi forces retook the town of Rawa from the Islamic State group on Friday, "
        "the Joint Operations Command said.")


def line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def good_line(aid: str) -> str:
    return line(id=aid, text=GOOD, published="2017-11-17", outlet="AFP")


def ids(items: list) -> list[str | None]:
    return [getattr(i, "id", None) for i in items]


def problems(items: list) -> list[str]:
    return [str(i) for i in items if isinstance(i, Problem)]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with Store(path) as st:
        st.ingest(article("afp", AFP_SENTENCE), [bombing("afp", AFP_SENTENCE, 26, "SOHR"),
                                                  clash("afp")], statements=[])
        st.ingest(article("sana", SANA_SENTENCE), [bombing("sana", SANA_SENTENCE, 20, "SANA")],
                  statements=[])
    return path


# ---------------------------------------------------------------- 1. outputs never destroy

@pytest.mark.parametrize("command", [["events"], ["control", "--at", "2017-11-18"]])
def test_output_onto_the_store_is_refused(store_path: Path, command: list[str]) -> None:
    before = store_path.read_bytes()
    proc = run(*command, "--db", str(store_path), "-o", str(store_path))
    assert proc.returncode == EXIT_USAGE
    assert b"refusing to overwrite" in proc.stderr and str(store_path).encode() in proc.stderr
    assert store_path.read_bytes() == before
    with Store(store_path, readonly=True) as st:
        assert st.counts()["articles"] == 2


def test_extract_output_onto_its_input_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "x.jsonl"
    src.write_text(good_line("a1"), encoding="utf-8")
    proc = run("extract", str(src), "-o", str(src))
    assert proc.returncode == EXIT_USAGE and b"refusing to overwrite" in proc.stderr
    assert src.read_text(encoding="utf-8") == good_line("a1")


def test_failed_output_leaves_the_previous_file(store_path: Path, tmp_path: Path) -> None:
    from frontlines.interfaces.console import output

    out = tmp_path / "events.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), output(str(out)) as fh:  # interrupted half-way
        fh.write("half of the new output\n")
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "previous\n"
    proc = run("events", "--db", str(store_path), "-o", str(out))
    assert proc.returncode == 0 and len(out.read_text().splitlines()) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_to_a_full_device_names_the_file(store_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    proc = run("events", "--db", str(store_path), "-o", "/dev/full")
    assert proc.returncode == EXIT_OUTPUT
    assert proc.stderr.decode().strip() == ("frontlines: /dev/full: no space left on device; "
                                            "nothing written")


# ---------------------------------------------------------------- 2. bounded reads

def test_dev_zero_and_a_symlink_to_it_are_refused_and_the_rest_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(f"Rawa retaken\n\n{GOOD}\n", encoding="utf-8")
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    jlink = tmp_path / "zero.jsonl"
    jlink.symlink_to("/dev/zero")
    items = list(read_paths(["/dev/zero", str(link), str(jlink), str(good)]))
    assert ids(items) == [None, None, None, "good"]
    assert "too large" in items[0].message and "too large" in items[1].message
    assert str(items[2]).startswith(f"{jlink}:1: binary data")


def test_stdin_from_dev_zero_is_bounded() -> None:
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([*FRONTLINES, "extract", "-"], stdin=zero, capture_output=True,
                              cwd=ROOT, timeout=300)
    assert proc.returncode == 3
    assert b"<stdin>: file is too large" in proc.stderr and b"Traceback" not in proc.stderr


def test_a_fifo_is_read_up_to_the_cap(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(readers, "MAX_BYTES", 100_000)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def endless() -> None:
        try:
            with open(fifo, "wb") as fh:
                while True:
                    fh.write(b"fighting continued " * 1000)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=endless, daemon=True)
    writer.start()
    [item] = list(read_path(str(fifo)))
    assert isinstance(item, Problem) and "too large" in item.message
    writer.join(timeout=10)


# ---------------------------------------------------------------- 3. bounded work

def test_an_article_over_spacys_limit_is_skipped_not_fatal(tmp_path: Path, nlp) -> None:
    assert nlp.max_length >= readers.MAX_ARTICLE_CHARS
    path = tmp_path / "batch.jsonl"
    path.write_text(line(id="big", text="word " * 300_000) + good_line("ok"), encoding="utf-8")
    items = list(read_path(str(path)))
    assert ids(items) == [None, "ok"]
    assert str(items[0]).startswith(f"{path}:1: article too long (1,499,999 characters")


def test_a_sentence_without_punctuation_is_cut_before_the_parser(nlp) -> None:
    from frontlines.settings import MAX_SENTENCE_TOKENS

    doc = nlp("fighters attacked the village of Rawa near Anbar " * 200)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    short = nlp("Iraqi forces retook Rawa on Friday. The group lost its last town.")
    assert [len(s) for s in short.sents] == [7, 7]


def test_a_long_article_is_parsed_in_pieces_with_its_own_offsets(nlp, afp_text,
                                                                  monkeypatch) -> None:
    from frontlines.extraction import records

    parts = records.pieces(afp_text, 500)
    assert "".join(parts) == afp_text and max(len(p) for p in parts) <= 500
    assert all(p.endswith("\n") for p in parts[:-1])  # cut at line breaks
    monkeypatch.setattr(records, "PARSE_PIECE_CHARS", 500)
    doc = records.parse(nlp, afp_text)
    assert doc.text == afp_text
    rawa = afp_text.index("Rawa")
    assert [t.text for t in doc.char_span(rawa, rawa + 4)] == ["Rawa"]
    assert any(e.text == "Rawa" for e in doc.ents)


def test_a_run_of_numbers_is_scanned_a_bounded_width(nlp) -> None:
    from frontlines.extraction.casualties import number_value
    from frontlines.settings import MAX_NUMBER_TOKENS

    doc = nlp(" ".join(str(i) for i in range(1, 400)))
    value, span = number_value(doc[200])
    assert span is None or len(span) <= 2 * MAX_NUMBER_TOKENS
    huge = nlp("9" * 5000 + " people were killed")
    assert number_value(huge[0]) == (None, None)  # no int() of 5,000 digits
    assert number_value(nlp("twenty-six people were killed")[0])[0] == 26


def test_place_like_spans_are_capped_per_sentence(nlp) -> None:
    from frontlines.extraction.places.locate import place_like_spans
    from frontlines.settings import MAX_PLACE_LIKE

    text = " ".join(f"in the Adiyat{i} School" for i in range(120))
    doc = nlp(text)
    for sent in doc.sents:
        assert len(place_like_spans(sent, [])) <= MAX_PLACE_LIKE


def test_pathological_texts_extract_in_bounded_work(tmp_path: Path) -> None:
    """Numbers in a row and a sentence without punctuation, end to end (small here; the
    full-size cases, 197 KB of numbers and a 100,000-word sentence, are re-run with
    their cost by benchmarks/reliability_cases.py)."""
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("Casualties " + " ".join(str(i % 97) for i in range(2000)),
                       encoding="utf-8")
    sentence = tmp_path / "sentence.txt"
    sentence.write_text("Fighters attacked " + "the town of Rawa and " * 600 + "Hit",
                        encoding="utf-8")
    proc = run("extract", "--published", "2017-11-17", str(numbers), str(sentence),
               timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()[-500:]


# ---------------------------------------------------------------- 4. one bad record

def test_bad_jsonl_records_lose_only_themselves(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    bad = ["[" * 100_000 + "]" * 100_000 + "\n",
           '{"id": ' + "7" * 5000 + ', "text": "x"}\n',
           line(id="t5", text=GOOD, title=5),
           line(id="tl", text=GOOD, title=["a", "b"]),
           line(id="du", text=GOOD, url={"a": 1}),
           line(id="io", text=GOOD, outlet=3),
           line(id="sp", text=GOOD, spans=[[0, 1e12]]),
           line(id="sb", text=GOOD, spans=[[0, 10**12]])]
    path.write_text(good_line("first") + "".join(bad) + good_line("last"), encoding="utf-8")
    items = list(read_path(str(path)))
    assert ids(items) == ["first"] + [None] * len(bad) + ["last"]
    msgs = problems(items)
    assert [m.split(": ", 1)[0] for m in msgs] == [f"{path}:{n}" for n in range(2, 10)]
    assert "nested too deeply" in msgs[0] and "integer string conversion" in msgs[1]
    assert '"title" must be a string' in msgs[2] and '"title" must be a string' in msgs[3]
    assert '"url" must be a string' in msgs[4] and '"outlet" must be a string' in msgs[5]
    assert '"spans"' in msgs[6] and '"spans"' in msgs[7]


def test_cli_ingest_goes_on_after_bad_records(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(good_line("first") + line(id="t5", text=GOOD, title=5)
                    + "[" * 100_000 + "\n" + good_line("last"), encoding="utf-8")
    db = tmp_path / "s.db"
    proc = run("ingest", str(path), "--db", str(db))
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err
    assert f"{path}:2: \"title\" must be a string" in err and f"{path}:3: broken JSON" in err
    with Store(db, readonly=True) as st:
        assert st.counts()["articles"] == 2 and st.article("last") is not None


def test_an_article_too_long_for_the_api_loses_only_itself(tmp_path: Path, nlp) -> None:
    """Articles given to the API directly (as the HTTP server does) skip the readers'
    checks: one over the length limit is reported unparsed, its batch goes on."""
    from datetime import date

    from frontlines.domain.model import Article
    from frontlines.interfaces.ingest import ingest

    day = date(2017, 11, 17)
    arts = [Article(id="a", text=GOOD, published=day),
            Article(id="huge", text="word " * 210_000, published=day),
            Article(id="b", text=SANA_SENTENCE, published=day)]
    with Store(tmp_path / "s.db") as st:
        report = ingest(st, arts)
        assert (report.new, [r.article_id for r in report.results]) == (2, ["a", "b"])
        [problem] = report.problems
        assert problem.origin == "huge" and "too long (1,050,000 characters" in problem.message
        assert st.article("b") is not None and st.article("huge") is None


# ---------------------------------------------------------------- 6-8. splitting and formats

def test_jsonl_is_split_on_newlines_only(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    texts = [GOOD + sep + "More." for sep in ("\u2028", "\u0085", "\u2029", "\x1c")]
    path.write_text("".join(line(id=f"a{i}", text=t) for i, t in enumerate(texts))
                    + "{broken\n", encoding="utf-8")
    items = list(read_path(str(path)))
    assert ids(items) == ["a0", "a1", "a2", "a3", None]
    assert items[0].text == texts[0]
    assert problems(items)[0].startswith(f"{path}:5: broken JSON")


def test_the_line_limit_is_per_line_not_per_file(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    long_line = line(id="huge", text="x" * (readers.MAX_LINE_BYTES + 10))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(good_line("a") + long_line + good_line("b"))
    items = list(read_path(str(path)))
    assert ids(items) == ["a", None, "b"]
    assert problems(items) == [f"{path}:2: line longer than {readers.MAX_LINE_BYTES:,} bytes: "
                               "skipped"]


def test_csv_unterminated_quote_is_reported_and_later_rows_kept(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(f'id,date,text\n1,2017-11-17,"{GOOD}"\n2,2017-11-17,"{GOOD}\n'
                    f'3,2017-11-17,"{GOOD}"\n4,2017-11-17,{GOOD.replace(",", "")}\n',
                    encoding="utf-8")
    items = list(read_path(str(path)))
    assert ids(items) == ["news-1", None, "news-3", "news-4"]
    assert problems(items) == [f"{path}:3: broken CSV row (unterminated quote): skipped"]


def test_a_symlink_loop_is_one_problem_not_the_end(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    good = tmp_path / "good.txt"
    good.write_text(f"Rawa\n\n{GOOD}\n", encoding="utf-8")
    items = list(read_paths([str(loop), str(good)]))
    assert ids(items) == [None, "good"]
    assert str(items[0]) == f"{loop}: too many levels of symbolic links"


# ---------------------------------------------------------------- 9-10. store faults

def test_store_faults_are_one_line_errors(tmp_path: Path, store_path: Path) -> None:
    notdb = tmp_path / "notes.db"
    notdb.write_text("just some text, not a database\n" * 100, encoding="utf-8")
    corrupt = tmp_path / "corrupt.db"
    data = bytearray(store_path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # overwrite pages after the header
    corrupt.write_bytes(bytes(data))
    cases = [(tmp_path, "is a directory"), (notdb, "not a SQLite database"),
             (corrupt, "corrupt")]
    for path, words in cases:
        proc = run("events", "--db", str(path))
        err = proc.stderr.decode()
        assert proc.returncode == EXIT_STORE, (path, err)
        assert err.startswith(f"frontlines: {path}: ") and words in err
        assert len(err.strip().splitlines()) == 1
        proc = run("ingest", str(ROOT / "examples" / "afp-2017-11-17-rawa.txt"), "--db", str(path))
        assert proc.returncode == EXIT_STORE and words in proc.stderr.decode()


def test_disk_full_keeps_what_was_committed(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as st:
        st.ingest(article("afp", AFP_SENTENCE), [clash("afp")], statements=[])
        pages = st.conn.execute("PRAGMA page_count").fetchone()[0]
        st.conn.execute(f"PRAGMA max_page_count={pages + 2}")  # SQLite's own 'disk full'
        with pytest.raises(StoreError, match="disk full"):
            st.ingest(article("big", "x" * 200_000), [], statements=[])
        assert st.counts()["articles"] == 1
        assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_store_can_be_queried(tmp_path: Path, store_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    ro = folder / "s.db"
    ro.write_bytes(store_path.read_bytes())
    ro.chmod(0o444)
    folder.chmod(0o555)
    try:
        proc = run("events", "--db", str(ro))
        assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 2
        if os.geteuid() != 0:  # root writes read-only files anyway
            proc = run("ingest", str(ROOT / "examples" / "afp-2017-11-17-rawa.txt"),
                       "--db", str(ro))
            assert proc.returncode == EXIT_STORE and b"read-only" in proc.stderr
    finally:
        folder.chmod(0o755)


def test_writing_through_a_read_only_connection_is_a_store_error(store_path: Path) -> None:
    with Store(store_path, readonly=True) as st, pytest.raises(StoreError, match="read-only"):
        st.ingest(article("x", GOOD), [], statements=[])
    ro = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        ro.execute("DELETE FROM articles")
    from frontlines.store.connect import describe

    assert "read-only" in describe(info.value)


def test_read_commands_never_create_tables(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE birds (name TEXT)")
    for path in (empty, other):
        before = path.read_bytes()
        for command in (["events"], ["control", "--at", "2017-11-18"]):
            proc = run(*command, "--db", str(path))
            assert proc.returncode in (EXIT_USAGE, EXIT_STORE) and b"Traceback" not in proc.stderr
        assert path.read_bytes() == before
    proc = run("ingest", str(ROOT / "examples" / "afp-2017-11-17-rawa.txt"), "--db", str(other))
    assert proc.returncode == EXIT_STORE and b"not a frontlines store" in proc.stderr
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["birds"]


# ---------------------------------------------------------------- 11. arguments

def test_bbox_is_validated_by_the_parser(store_path: Path) -> None:
    proc = run("events", "--db", str(store_path), "--bbox", "nan,nan,nan,nan")
    assert proc.returncode == EXIT_USAGE and b"--bbox" in proc.stderr
    proc = run("events", "--db", str(store_path), "--bbox", "-180,-90,180,90")
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 2
    proc = run("events", "--db", str(store_path), "--bbox", "40.5,34,41.5,35")
    assert proc.returncode == 0 and b"Abu Kamal" in proc.stdout
    proc = run("events", "--db", str(store_path), "--since", "yesterday")
    assert proc.returncode == EXIT_USAGE and b"not a date" in proc.stderr
