"""The README's worked example is the real output of `frontlines demo`."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_readme_worked_example_is_the_demo_output():
    """scripts/update_readme.py --check runs the demo and diffs the README's blocks; run
    the script without --check to rewrite them after a change of output."""
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_readme.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
