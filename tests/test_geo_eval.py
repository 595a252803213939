"""The evaluation modules read their gold sets and fail cleanly without them."""

from __future__ import annotations

import argparse

import pytest

from conftest import shared
from frontlines.interfaces.evaluate import event_location, geo


@pytest.mark.data
def test_geowebnews_gold_aligns_with_text():
    folder = shared("geoparsing", "gwn_full.txt").parent
    data = geo.load_gold(folder)
    assert len(data) == 200
    text, gold = data[1]
    assert sum(text[g.start:g.end] == g.name for g in gold) >= len(gold) - 1
    assert sum(len(g) for _, g in data) == 2401


@pytest.mark.data
def test_event_location_gold_is_char_spans():
    data = event_location.load_gold(shared("event_location", "labeled_text.jsonl.zip"))
    assert len(data) == 494
    rec = next(r for r in data if "San Carlos" in r["text"])
    assert [rec["text"][s:e] for s, e in rec["locations"]] == ["San Carlos"]


def test_missing_gold_returns_2(tmp_path, capsys):
    for mod in (geo, event_location):
        parser = argparse.ArgumentParser()
        mod.add_arguments(parser)
        assert mod.run(parser.parse_args([str(tmp_path / "nope")])) == 2
        assert "error" in capsys.readouterr().err


@pytest.mark.data
def test_geo_evaluation_runs_on_real_articles(capsys):
    folder = shared("geoparsing", "gwn_full.txt").parent
    parser = argparse.ArgumentParser()
    geo.add_arguments(parser)
    assert geo.run(parser.parse_args([str(folder), "--limit", "3"])) == 0
    rows = {k.strip(): v.strip() for k, v in (line.rsplit("  ", 1) for line in
                                               capsys.readouterr().out.splitlines())}
    assert rows["articles"] == "3"
    assert float(rows["Acc@161km (gold spans)"]) > 0.5
    assert float(rows["recognition precision (overlap)"]) > 0.5


@pytest.mark.data
def test_gazetteer_ceiling_on_geowebnews():
    """What the offline gazetteer allows at best: the reason the issue's exact-id target
    (0.91) is out of reach. Figures as in docs/places.md."""
    from frontlines.extraction.places.geoparse import geoparse_many

    data = geo.load_gold(shared("geoparsing", "gwn_full.txt").parent)
    results = geoparse_many([t for t, _ in data],
                            [[(g.start, g.end) for g in gold] for _, gold in data])
    rows = dict(geo.ceiling(data, results))
    in_index = rows["gold ids in the gazetteer"]
    assert in_index.startswith("2152/2398")
    assert float(rows["gold id among its name's candidates"]) < 0.91
    own, anywhere = (float(rows["a candidate of its name within 161 km"]),
                     float(rows["a candidate of any name in the article within 161 km"]))
    assert 0.85 < own < 0.95 and own < anywhere < 0.97
    # Even a perfect choice among each name's own candidates stays below 0.95.
    assert 0.90 < float(rows["Acc@161 had the resolver always picked a near candidate "
                            "of the name"]) < 0.95
