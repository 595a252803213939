"""Re-run the hostile-input and fault cases of docs/reliability.md from the command line.

    .venv/bin/python benchmarks/reliability_cases.py                # print the table
    .venv/bin/python benchmarks/reliability_cases.py --write docs/reliability.md
    .venv/bin/python benchmarks/reliability_cases.py --scale --write docs/reliability.md

Each case builds its input in a temporary folder, runs ``frontlines`` as a user
would, and records the exit status, the first error line, the wall time and
the peak memory of that process. The read-only-mount and disk-full cases need
root (a small tmpfs is mounted); without it they are reported as not run.
tests/test_reliability.py asserts the same cases in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "frontlines.interfaces.cli"]
AFP = ROOT / "examples" / "afp-2017-11-17-rawa.txt"
WORDS = ["the", "fighters", "moved", "along", "the", "road", "near", "the", "river", "and"]
GOOD = ("Iraqi forces retook the town of Rawa from the Islamic State group on Friday, "
        "the Joint Operations Command said.")


@dataclass
class Case:
    """One hostile input or fault: how to make it, the command, what must happen."""

    no: str
    input: str
    command: str  # shown in the table; {d} is the case's folder
    expected: str
    status: int  # the exit status that must come back
    stderr: str  # a phrase the first error lines must contain ("" for none)
    setup: Callable[[Path], list[str]]  # builds the input, returns the argv after `frontlines`
    stdin: str | None = None  # a file to feed on standard input
    check: Callable[[Path], str] | None = None  # extra check; returns "" when fine


def _line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _good(aid: str) -> str:
    return _line(id=aid, text=GOOD, published="2017-11-17", outlet="AFP")


def _store(d: Path) -> Path:
    """A small real store (the AFP story), built once and copied."""
    cache = Path(tempfile.gettempdir()) / "frontlines-reliability-store.db"
    if not cache.exists():
        part = cache.with_suffix(".part")
        part.unlink(missing_ok=True)
        subprocess.run([*CLI, "ingest", str(AFP), "--db", str(part)], check=True,
                       capture_output=True, cwd=ROOT)
        os.replace(part, cache)
    shutil.copy(cache, d / "S.db")
    return d / "S.db"


def _same_store(d: Path) -> str:
    from frontlines.store import Store

    with Store(d / "S.db", readonly=True) as st:
        n = st.counts()["articles"]
    return "" if n == 1 else f"store damaged ({n} articles)"


def _unchanged(name: str, content: str) -> Callable[[Path], str]:
    return lambda d: "" if (d / name).read_text(encoding="utf-8") == content else f"{name} changed"


def _stored(n: int) -> Callable[[Path], str]:
    def check(d: Path) -> str:
        from frontlines.store import Store

        with Store(d / "S.db", readonly=True) as st:
            got = st.counts()["articles"]
        return "" if got == n else f"{got} articles stored, {n} expected"
    return check


# ---------------------------------------------------------------- case set-ups

def _jsonl(d: Path, *bad: str, name: str = "X.jsonl") -> Path:
    (d / name).write_text(_good("first") + "".join(bad) + _good("last"), encoding="utf-8")
    return d / name


def _good_txt(d: Path) -> Path:
    (d / "good.txt").write_text(f"Rawa retaken\n\n{GOOD}\n", encoding="utf-8")
    return d / "good.txt"


def _symlink(d: Path, name: str, target: str) -> Path:
    (d / name).symlink_to(target)
    return d / name


def _csv(d: Path) -> Path:
    (d / "news.csv").write_text(
        f'id,date,text\n1,2017-11-17,"{GOOD}"\n2,2017-11-17,"{GOOD}\n'
        f'3,2017-11-17,"{GOOD}"\n', encoding="utf-8")
    return d / "news.csv"


def _corrupt(d: Path) -> Path:
    db = _store(d)
    data = bytearray(db.read_bytes())
    data[4096:12288] = b"\xff" * 8192
    db.write_bytes(bytes(data))
    return db


def _not_db(d: Path) -> Path:
    (d / "S.db").write_text("minutes of the meeting\n" * 200, encoding="utf-8")
    return d / "S.db"


def _unrelated(d: Path) -> Path:
    with sqlite3.connect(d / "S.db") as conn:
        conn.execute("CREATE TABLE birds (name TEXT)")
    return d / "S.db"


def _tables(d: Path) -> str:
    with sqlite3.connect(d / "S.db") as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    return "" if names in ([], ["birds"]) else f"tables created: {names}"


CASES = [
    Case("1a", "output path = the store", "events --db S.db -o S.db",
         "refused, store intact", 2, "refusing to overwrite",
         lambda d: ["events", "--db", str(_store(d)), "-o", str(d / "S.db")], check=_same_store),
    Case("1b", "output path = the store", "control --at 2017-11-18 --db S.db -o S.db",
         "refused, store intact", 2, "refusing to overwrite",
         lambda d: ["control", "--at", "2017-11-18", "--db", str(_store(d)), "-o",
                    str(d / "S.db")], check=_same_store),
    Case("1c", "output path = the input", "extract X.jsonl -o X.jsonl",
         "refused, input intact", 2, "refusing to overwrite",
         lambda d: ["extract", str(_jsonl(d)), "-o", str(d / "X.jsonl")],
         check=lambda d: _unchanged("X.jsonl", _good("first") + _good("last"))(d)),
    Case("2a", "/dev/zero and a good file", "extract /dev/zero good.txt",
         "/dev/zero refused after 20 MB, good.txt extracted", 1, "/dev/zero: file is too large",
         lambda d: ["extract", "/dev/zero", str(_good_txt(d))]),
    Case("2b", ".txt symlink to /dev/zero", "extract zero.txt good.txt",
         "refused after 20 MB, good.txt extracted", 1, "zero.txt: file is too large",
         lambda d: ["extract", str(_symlink(d, "zero.txt", "/dev/zero")), str(_good_txt(d))]),
    Case("2c", "standard input from /dev/zero", "extract - < /dev/zero",
         "refused after 20 MB", 3, "<stdin>: file is too large",
         lambda d: ["extract", "-"], stdin="/dev/zero"),
    Case("2d", ".jsonl symlink to /dev/zero", "extract zero.jsonl good.txt",
         "line 1 refused (binary), good.txt extracted", 1, "zero.jsonl:1: binary data",
         lambda d: ["extract", str(_symlink(d, "zero.jsonl", "/dev/zero")), str(_good_txt(d))]),
    Case("3a", "197 KB of numbers", "extract numbers.txt",
         "linear cost (bounded number scans)", 0, "",
         lambda d: ["extract", "--published", "2017-11-17", str(_write(
             d / "numbers.txt", " ".join(str(i % 1000) for i in range(50_000))))]),
    Case("3b", "a 100,000-word sentence, no punctuation", "extract sentence.txt",
         "linear cost (sentences cut at 250 tokens)", 0, "",
         lambda d: ["extract", "--published", "2017-11-17", str(_write(
             d / "sentence.txt", " ".join(WORDS[i % 10] for i in range(100_000))))]),
    Case("3c", "a 1.5 M-character article between two good ones", "extract X.jsonl",
         "the long article skipped (spaCy limit 1,000,000), the others extracted", 1,
         "X.jsonl:2: article too long",
         lambda d: ["extract", str(_jsonl(d, _line(id="big", text="word " * 300_000)))]),
    Case("4a", "a 100,000-deep [[[...]]] line", "ingest X.jsonl --db S.db",
         "that line reported, the others stored", 1, "X.jsonl:2: broken JSON (nested too deeply)",
         lambda d: ["ingest", str(_jsonl(d, "[" * 100_000 + "]" * 100_000 + "\n")), "--db",
                    str(d / "S.db")], check=_stored(2)),
    Case("4b", "a 5,000-digit integer id", "ingest X.jsonl --db S.db",
         "that line reported, the others stored", 1, "X.jsonl:2: broken JSON",
         lambda d: ["ingest", str(_jsonl(d, '{"id": ' + "7" * 5000 + ', "text": "x"}\n')),
                    "--db", str(d / "S.db")], check=_stored(2)),
    Case("4c", '"title": 5, a list title, a dict url, an int outlet', "ingest X.jsonl --db S.db",
         "each line reported, the others stored", 1, 'X.jsonl:2: "title" must be a string',
         lambda d: ["ingest", str(_jsonl(d, _line(id="a", text=GOOD, title=5),
                                         _line(id="b", text=GOOD, title=["x"]),
                                         _line(id="c", text=GOOD, url={"a": 1}),
                                         _line(id="e", text=GOOD, outlet=3))),
                    "--db", str(d / "S.db")], check=_stored(2)),
    Case("4d", '"spans": [[0, 1e12]]', "geoparse X.jsonl",
         "that line reported, the others geoparsed", 1, 'X.jsonl:2: "spans" must be',
         lambda d: ["geoparse", str(_jsonl(d, _line(id="s", text=GOOD, spans=[[0, 1e12]])))]),
    Case("5", "two ingests and a reader at once", "ingest A --db S.db & ingest B --db S.db & "
         "events --db S.db", "all succeed; the second writer waits", 0, "", lambda d: [],
         check=lambda d: _concurrent(d)),
    Case("6", "JSONL strings with U+2028, U+0085, U+2029, U+001C", "extract X.jsonl",
         "all 4 articles read", 0, "",
         lambda d: ["extract", str(_write(d / "X.jsonl", "".join(
             _line(id=f"a{i}", text=GOOD + c + "More.", published="2017-11-17")
             for i, c in enumerate("\u2028\u0085\u2029\x1c"))))],
         check=lambda d: ""),
    Case("7", "one 50 MB line between good lines", "extract X.jsonl",
         "that line skipped, the others extracted", 1, "X.jsonl:2: line longer than",
         lambda d: ["extract", str(_jsonl(d, _line(id="huge", text="x" * 50_000_000)))]),
    Case("8a", "a CSV row with an unterminated quote", "extract news.csv",
         "that row reported, the next rows read", 1, "news.csv:3: broken CSV row (unterminated",
         lambda d: ["extract", str(_csv(d))]),
    Case("8b", "a symlink loop and a good file", "extract loop.txt good.txt",
         "the loop reported, good.txt extracted", 1, "loop.txt: too many levels",
         lambda d: ["extract", str(_symlink(d, "loop.txt", "loop.txt")), str(_good_txt(d))]),
    Case("9a", "a store on a read-only mount", "events --db S.db; ingest G.jsonl --db S.db",
         "queried; the write refused in one line", 4, "the store is read-only",
         lambda d: _readonly_mount(d)),
    Case("9b", "a corrupt store", "events --db S.db", "one line, exit 4", 4, "corrupt",
         lambda d: ["events", "--db", str(_corrupt(d))]),
    Case("9c", "a directory as the store", "events --db DIR", "one line, exit 4", 4,
         "is a directory", lambda d: ["events", "--db", str(d)]),
    Case("9d", "a text file as the store", "ingest AFP --db S.db", "one line, exit 4, untouched",
         4, "not a SQLite database", lambda d: ["ingest", str(AFP), "--db", str(_not_db(d))]),
    Case("9e", "disk full while ingesting", "ingest big.jsonl --db S.db (1 MB tmpfs)",
         "one line, exit 4; committed articles kept", 4, "disk full", lambda d: _disk_full(d),
         check=lambda d: _kept(d / "mnt" / "S.db")),
    Case("10a", "an empty file as the store", "events --db S.db", "refused, no tables made", 4,
         "empty", lambda d: ["events", "--db", str(_write(d / "S.db", ""))], check=_tables),
    Case("10b", "an unrelated SQLite database", "events --db S.db; ingest ... --db S.db",
         "refused, no tables made", 4, "not a frontlines store",
         lambda d: ["events", "--db", str(_unrelated(d))], check=_tables),
    Case("11a", "output to a full device", "events --db S.db -o /dev/full",
         "one line naming /dev/full, exit 5", 5, "/dev/full: no space left on device",
         lambda d: ["events", "--db", str(_store(d)), "-o", "/dev/full"]),
    Case("11b", "--bbox nan,nan,nan,nan", "events --db S.db --bbox nan,nan,nan,nan",
         "usage error", 2, "--bbox", lambda d: ["events", "--db", str(_store(d)), "--bbox",
                                               "nan,nan,nan,nan"]),
    Case("11c", "--bbox -180,-90,180,90 (as documented)", "events --db S.db --bbox -180,-90,180,90",
         "accepted", 0, "", lambda d: ["events", "--db", str(_store(d)), "--bbox",
                                      "-180,-90,180,90"]),
]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _tmpfs(d: Path, size: str) -> Path:
    """A small tmpfs at d/mnt (unmounted after the case); _NotRun without root."""
    mnt = d / "mnt"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}",
                                            "tmpfs", str(mnt)], capture_output=True).returncode:
        raise _NotRun("needs root to mount a tmpfs")
    _CLEANUP.append(lambda: subprocess.run(["umount", str(mnt)], capture_output=True))
    return mnt


def _readonly_mount(d: Path) -> list[str]:
    """events on a read-only mount must work; the argv returned is the refused ingest."""
    mnt = _tmpfs(d, "4m")
    shutil.copy(_store(d), mnt / "S.db")
    subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
    q = subprocess.run([*CLI, "events", "--db", str(mnt / "S.db")], capture_output=True,
                       cwd=ROOT)
    if q.returncode != 0 or not q.stdout:
        raise _NotRun(f"query on the read-only mount failed: {q.stderr.decode()[:200]}")
    return ["ingest", str(_good_jsonl(d)), "--db", str(mnt / "S.db")]


def _good_jsonl(d: Path) -> Path:
    return _write(d / "G.jsonl", _good("g1"))


def _disk_full(d: Path) -> list[str]:
    mnt = _tmpfs(d, "1m")
    big = "".join(_line(id=f"a{i}", text=GOOD + " More text." * 3000, published="2017-11-17")
                  for i in range(40))
    return ["ingest", str(_write(d / "big.jsonl", big)), "--db", str(mnt / "S.db")]


def _kept(db: Path) -> str:
    """After a fault: the articles committed before it are there, the file is sound."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    return f"ok: {n} articles committed before the disk filled kept; integrity {ok}" if (
        n and ok == "ok") else f"{n} articles kept, integrity {ok}"


def _concurrent(d: Path) -> str:
    """Two ingest processes and a reader at once: all must succeed."""
    for name in ("A", "B"):
        _write(d / f"{name}.jsonl", "".join(
            _line(id=f"{name}{i}", text=GOOD + f" Report {i}.", published="2017-11-17")
            for i in range(6)))
    db = str(d / "S.db")
    _write(d / "S.db", "")
    subprocess.run([*CLI, "ingest", str(_good_jsonl(d)), "--db", db], capture_output=True,
                   cwd=ROOT, check=True)
    writers = [subprocess.Popen([*CLI, "ingest", str(d / f"{n}.jsonl"), "--db", db],
                                stderr=subprocess.PIPE, cwd=ROOT) for n in ("A", "B")]
    reads = 0
    while any(w.poll() is None for w in writers):
        r = subprocess.run([*CLI, "events", "--db", db], capture_output=True, cwd=ROOT)
        if r.returncode != 0:
            return f"reader failed: {r.stderr.decode()[:200]}"
        reads += 1
    bad = [w.stderr.read().decode()[:200] for w in writers if w.wait() != 0]  # type: ignore
    if bad:
        return f"writer failed: {bad}"
    return _stored(13)(d) or (f"ok: 13 articles stored; {reads} reads by `events` during the"
                               " ingests, all succeeded")


class _NotRun(Exception):
    pass


_CLEANUP: list[Callable[[], object]] = []


def run_case(case: Case) -> dict[str, str]:
    """Run one case in a fresh folder; the observed exit status, message, time and memory."""
    with tempfile.TemporaryDirectory(prefix="frontlines-case-") as tmp:
        d = Path(tmp)
        try:
            argv = case.setup(d)
            obs = _execute(case, d, argv) if argv else {"status": 0, "err": "", "s": 0.0,
                                                        "mb": 0.0}
            problem = case.check(d) if case.check else ""
        except _NotRun as exc:
            return {"observed": f"not run ({exc})", "ok": "–"}
        finally:
            while _CLEANUP:
                _CLEANUP.pop()()
    note = problem[len("ok: "):] if problem.startswith("ok: ") else ""
    problem = "" if note else problem
    ok = obs["status"] == case.status and case.stderr in obs["err"] and not problem
    text = f"exit {obs['status']}"
    if obs["err"]:
        msg = obs["err"].replace(tmp + "/", "").replace(tmp, "DIR")
        msg = msg.replace("|", "/").replace("`", "'")
        text += f"; `{msg[:110]}`"
    if obs["s"]:
        text += f"; {obs['s']:.1f} s, {obs['mb']:.0f} MB"
    if problem or note:
        text += f"; {problem or note}"
    return {"observed": text, "ok": "yes" if ok else "**NO**"}


def _execute(case: Case, d: Path, argv: list[str]) -> dict:
    out, err = d / "stdout", d / "stderr"
    stdin = open(case.stdin, "rb") if case.stdin else subprocess.DEVNULL  # noqa: SIM115
    t0 = time.perf_counter()
    with open(out, "wb") as o, open(err, "wb") as e:
        proc = subprocess.Popen([*CLI, *argv], stdout=o, stderr=e, stdin=stdin, cwd=ROOT)
        _pid, wstatus, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(wstatus)
    seconds = time.perf_counter() - t0
    if case.stdin:
        stdin.close()  # type: ignore[union-attr]
    lines = [ln for ln in err.read_text(errors="replace").splitlines()
             if ln.startswith("frontlines") and " new, " not in ln]
    first = next((ln for ln in lines if case.stderr and case.stderr in ln), lines[0] if lines
                 else "")
    return {"status": proc.returncode, "err": first, "s": seconds, "mb": usage.ru_maxrss / 1024}


def scaling(sizes: tuple[int, ...] = (25_000, 50_000, 100_000)) -> str:
    """Time and peak memory of one sentence without punctuation, at growing sizes."""
    out = ["| words | characters | time | peak memory |", "|---|---|---|---|"]
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="frontlines-scale-") as tmp:
            path = _write(Path(tmp) / "s.txt", " ".join(WORDS[i % 10] for i in range(n)))
            case = Case("", "", "", "", 0, "", lambda d: [])
            obs = _execute(case, Path(tmp), ["extract", "--published", "2017-11-17", str(path)])
            out.append(f"| {n:,} | {path.stat().st_size:,} | {obs['s']:.1f} s | "
                       f"{obs['mb']:.0f} MB |")
            print(out[-1], file=sys.stderr)
    return "\n".join(out) + "\n"


def table(rows: list[tuple[Case, dict[str, str]]]) -> str:
    head = ("| # | input | command | expected | observed | as expected |\n"
            "|---|---|---|---|---|---|\n")
    return head + "\n".join(
        f"| {c.no} | {c.input} | `frontlines {c.command}` | {c.expected} (exit {c.status}) | "
        f"{r['observed']} | {r['ok']} |" for c, r in rows) + "\n"


def _replace(path: Path, marker: str, text: str) -> None:
    """Replace what is between <!-- marker --> and <!-- /marker --> in a Markdown file."""
    doc = path.read_text(encoding="utf-8")
    start, end = doc.index(f"<!-- {marker} -->"), doc.index(f"<!-- /{marker} -->")
    path.write_text(doc[:start] + f"<!-- {marker} -->\n" + text + doc[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", help="replace the table in this Markdown file")
    parser.add_argument("--only", help="comma-separated case numbers")
    parser.add_argument("--scale", action="store_true",
                        help="only the cost of a sentence without punctuation at 25k-100k words")
    args = parser.parse_args()
    if args.scale:
        text = scaling()
        if args.write:
            _replace(Path(args.write), "scale", text)
        else:
            print(text)
        return 0
    wanted = set(args.only.split(",")) if args.only else None
    rows = []
    for case in CASES:
        if wanted and case.no not in wanted:
            continue
        result = run_case(case)
        print(f"{case.no}: {result['ok']} {result['observed']}", file=sys.stderr)
        rows.append((case, result))
    text = table(rows)
    if args.write:
        _replace(Path(args.write), "cases", text)
    else:
        print(text)
    return 0 if all(r["ok"] != "**NO**" for _, r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
