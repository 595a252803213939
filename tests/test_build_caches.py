"""The on-disk gazetteer and actor tables follow the code that builds them.

A user who upgrades frontlines must never load an index the old code built: the key of
each cache covers the builder's source as well as its data files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from frontlines.extraction import actor_table
from frontlines.extraction.places import gazetteer


def _edited_copy(source: str, tmp_path: Path) -> str:
    """A copy of a module's source with one more line, as an upgrade would change it."""
    copy = tmp_path / Path(source).name
    shutil.copy(source, copy)
    with open(copy, "a", encoding="utf-8") as fh:
        fh.write("\n# a later release\n")
    return str(copy)


def test_gazetteer_key_changes_with_its_builder(tmp_path, monkeypatch):
    before = gazetteer._data_digest.__wrapped__()
    assert gazetteer.cache_path().name == f"gazetteer-v{gazetteer.VERSION}-{before}.marshal"
    monkeypatch.setattr(gazetteer, "__file__", _edited_copy(gazetteer.__file__, tmp_path))
    assert gazetteer._data_digest.__wrapped__() != before


def test_actor_table_key_changes_with_its_builder(tmp_path, monkeypatch):
    before = actor_table._cache_file().name
    monkeypatch.setattr(actor_table, "__file__", _edited_copy(actor_table.__file__, tmp_path))
    assert actor_table._cache_file().name != before
    assert before.startswith("actors-") and before.endswith(".pickle")


def test_a_fresh_build_is_used_even_if_another_version_removes_its_file(monkeypatch):
    """Two installed versions share ~/.cache/frontlines, and each build clears the other's
    index: a process that has just built its own must use what it built, not re-read a
    file that may already be gone (it crashed with FileNotFoundError)."""
    built = gazetteer._read(gazetteer.build(quiet=True))  # what a build writes: the real data

    def gone(path):
        raise FileNotFoundError(path)  # the other version's build removed the file

    monkeypatch.setattr(gazetteer, "_read", gone)
    monkeypatch.setattr(gazetteer, "_build", lambda path, quiet: built)
    gazetteer.load.cache_clear()
    try:
        aleppo = gazetteer.load().lookup("Aleppo")
        assert any(c.entry[gazetteer.CC] == "SY" for c in aleppo)
    finally:
        gazetteer.load.cache_clear()
