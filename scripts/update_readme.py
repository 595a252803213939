"""Write the README's worked example from the real output of `frontlines demo`.

    python scripts/update_readme.py           # rewrite the blocks in README.md
    python scripts/update_readme.py --check   # exit 1 and print a diff when they differ

Two blocks of README.md sit between markers: the table `frontlines demo` prints
(`<!-- demo-output:start -->` ... `<!-- demo-output:end -->`) and the car bombing's
JSONL record from the demo's events.jsonl (`<!-- demo-record:start -->` ...). The
demo is run as a subprocess of the real CLI in a scratch folder; the folder's name in
its last line is written as `out`, the folder `make demo` uses, so the text does not
depend on where the demo wrote. tests/test_readme.py runs the check.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
# The event whose record the README shows: SPEC.md's car bombing of 17 November.
RECORD_SUB_EVENT = "Remote explosive/landmine/IED"


def run_demo() -> tuple[str, list[dict]]:
    """(what `frontlines demo` prints, the records of its events.jsonl)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        proc = subprocess.run(
            [sys.executable, "-m", "frontlines.interfaces.cli", "demo", "--out", str(out)],
            capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(), check=False)
        if proc.returncode != 0:
            raise SystemExit(f"frontlines demo failed ({proc.returncode}): {proc.stderr.strip()}")
        with open(out / "events.jsonl", encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        printed = proc.stdout.replace(f"{out}/", "out/")
    return printed, records


def blocks(printed: str, records: list[dict]) -> dict[str, str]:
    """The README blocks by marker name, each a fenced code block."""
    table = "\n".join(line.rstrip() for line in printed.strip("\n").splitlines())
    record = next(r for r in records if r["sub_event_type"] == RECORD_SUB_EVENT)
    return {"demo-output": f"```\n{table}\n```",
            "demo-record": f"```json\n{json.dumps(record, indent=2, ensure_ascii=False)}\n```"}


def render(readme: str, new: dict[str, str]) -> str:
    """``readme`` with the text between each pair of markers replaced."""
    for name, body in new.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(\n<!-- {name}:end -->)", re.S)
        if not pattern.search(readme):
            raise SystemExit(f"{README}: no <!-- {name}:start/end --> markers")
        readme = pattern.sub(lambda m, b=body: m.group(1) + b + m.group(2), readme)
    return readme


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 with a diff when README.md differs")
    args = parser.parse_args(argv)
    old = README.read_text(encoding="utf-8")
    new = render(old, blocks(*run_demo()))
    if new == old:
        return 0
    if args.check:
        sys.stdout.writelines(difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True),
            "README.md", "README.md (from frontlines demo)"))
        return 1
    README.write_text(new, encoding="utf-8")
    print(f"{README.name}: worked example rewritten from frontlines demo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
