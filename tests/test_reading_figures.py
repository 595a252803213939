"""The reading figures script: a field no reader could judge is n/a, not 0.000, and a
field judged on only some real records says on how many (dates mostly cannot be)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("reading_figures",
                                               ROOT / "benchmarks" / "reading_figures.py")
reading_figures = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(reading_figures)

HEADER = "article\tevent_id\tverdict\ttype\tdate\tplace\tactor1\tactor2\tfatalities\tnote\n"


def test_unjudged_dates_are_not_a_zero_share(tmp_path: Path, capsys) -> None:
    tsv = tmp_path / "judgements.tsv"
    tsv.write_text(HEADER
                   + "a1\tE1\treal\t1\t-\t1\t1\t0\t1\tactor2 empty: villagers\n"
                   + "a2\tE2\treal\t1\t-\t-\t1\t1\t1\t\n"
                   + "a2\tMISSED\t-\t-\t-\t-\t-\t-\t-\tsecond attack\n", encoding="utf-8")
    assert reading_figures.main([str(tsv)]) == 0
    out = capsys.readouterr().out
    assert "date n/a" in out
    assert "place 1.000 (1 judged)" in out
    assert "actor2 0.500  " in out
    assert "precision 1.000  recall 0.667" in out
