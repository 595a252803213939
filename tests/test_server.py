"""`frontlines serve`: the HTTP API over a store of the AFP story (FastAPI's TestClient)."""

from __future__ import annotations

import csv
import io
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from frontlines.interfaces.export import ACLED_COLUMNS  # noqa: E402
from frontlines.interfaces.serve.app import create_app  # noqa: E402
from frontlines.interfaces.serve.settings import Settings  # noqa: E402
from frontlines.store import Store  # noqa: E402

BOMBING = "Remote explosive/landmine/IED"
TOKEN = "correct horse battery staple"
NEW_ARTICLE = {
    "id": "test-mosul-1", "published": "2017-11-20", "outlet": "Test Wire",
    "title": "Car bomb kills 12 in Mosul",
    "text": "A car bomb killed 12 civilians at a market in Mosul on Sunday, police said. "
            "Islamic State claimed the attack.",
}


@pytest.fixture(scope="module")
def client(afp_store: Path) -> TestClient:
    return TestClient(create_app(Settings(db=str(afp_store))))


@pytest.fixture()
def writable(afp_store: Path, tmp_path: Path) -> tuple[TestClient, Path]:
    """A server with a token over a copy of the AFP store (writes must not leak)."""
    db = tmp_path / "w.db"
    shutil.copy(afp_store, db)
    return TestClient(create_app(Settings(db=str(db), token=TOKEN))), db


def ids(resp) -> list[str]:  # noqa: ANN001
    return [e["event_id"] for e in resp.json()["events"]]


# ------------------------------------------------------------------------------ events

def test_events_lists_the_afp_story_with_its_car_bombing(client: TestClient) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == body["total"] == len(body["events"]) == 8
    assert body["next"] is None
    assert [e["event_date"] for e in body["events"]] == sorted(
        e["event_date"] for e in body["events"])
    bomb = next(e for e in body["events"] if e["sub_event_type"] == BOMBING)
    assert (bomb["fatalities_low"], bomb["fatalities"], bomb["fatalities_high"]) == (20, 26, 26)
    assert bomb["injuries"] == 30
    assert {"Syrian Observatory for Human Rights", "SANA"} <= set(bomb["sources"])
    assert any("car bombing" in ev["sentence"] for ev in bomb["evidence"])


@pytest.mark.parametrize(("query", "check"), [
    ({"type": BOMBING}, lambda e: e["sub_event_type"] == BOMBING),
    ({"type": "Battles"}, lambda e: e["event_type"] == "Battles"),
    ({"country": "IRQ"}, lambda e: e["country"] == "Iraq"),
    ({"country": "syria"}, lambda e: e["country"] == "Syria"),
    ({"actor": "russia"}, lambda e: "Russia" in e["actor1"] + e["actor2"]),
    ({"since": "2017-11-17"}, lambda e: e["event_date"] >= "2017-11-17"),
    ({"until": "2017-10-31"}, lambda e: e["event_date"] <= "2017-10-31"),
    ({"bbox": "41.5,34.3,42.2,34.7"}, lambda e: e["location"] == "Rawah"),
])
def test_filters_keep_only_matching_events(client: TestClient, query: dict, check) -> None:  # noqa: ANN001
    events = client.get("/api/events", params=query).json()["events"]
    assert events, query
    assert all(check(e) for e in events), query
    everything = client.get("/api/events").json()["events"]
    assert sum(check(e) for e in everything) == len(events), query


def test_filters_combine(client: TestClient) -> None:
    r = client.get("/api/events", params={"country": "Syria", "since": "2017-11-17",
                                          "type": "Battles"})
    assert [(e["sub_event_type"], e["location"]) for e in r.json()["events"]] == [
        ("Armed clash", "Albu Kamal")]


def test_paging_walks_every_event_once_in_order(client: TestClient) -> None:
    whole = ids(client.get("/api/events"))
    pages, offset = [], 0
    while offset is not None:
        r = client.get("/api/events", params={"limit": 4, "offset": offset})
        assert r.status_code == 200
        body = r.json()
        assert body["total"] == 8 and body["count"] <= 4
        pages.append(ids(r))
        offset = body["next"]
    assert [len(p) for p in pages] == [4, 4]
    assert [i for p in pages for i in p] == whole
    assert r.headers["X-Total-Count"] == "8"


def test_csv_has_acled_columns_and_geojson_has_points(client: TestClient) -> None:
    r = client.get("/api/events", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0].keys()) == ACLED_COLUMNS and len(rows) == 8
    bomb = next(row for row in rows if row["sub_event_type"] == BOMBING)
    assert (bomb["fatalities"], bomb["country"], bomb["iso"]) == ("26", "Syria", "760")
    g = client.get("/api/events", params={"format": "geojson", "country": "Iraq"}).json()
    assert g["type"] == "FeatureCollection" and g["total"] == len(g["features"]) == 3
    rawah = [f for f in g["features"] if f["properties"]["location"] == "Rawah"]
    lon, lat = rawah[0]["geometry"]["coordinates"]
    assert 41.8 < lon < 42.0 and 34.4 < lat < 34.6


def test_summary_view_has_what_a_marker_needs(client: TestClient) -> None:
    body = client.get("/api/events", params={"view": "summary", "type": BOMBING}).json()
    (row,) = body["events"]
    assert set(row) == {"event_id", "event_date", "event_type", "sub_event_type", "country",
                        "location", "actor1", "actor2", "latitude", "longitude", "fatalities"}
    assert (row["fatalities"], row["country"]) == (26, "Syria")


@pytest.mark.parametrize(("query", "status", "words"), [
    ({"bbox": "1,2,3"}, 400, "bbox"),
    ({"bbox": "a,b,c,d"}, 400, "four numbers"),
    ({"bbox": "40,35,39,36"}, 400, "W <= E"),
    ({"since": "yesterday"}, 400, "since"),
    ({"until": "2017-02-30"}, 400, "until"),
    ({"since": "2017-11-18", "until": "2017-11-01"}, 400, "after"),
    ({"limit": "0"}, 400, "limit"),
    ({"limit": "100000"}, 400, "limit"),
    ({"offset": "-1"}, 400, "offset"),
    ({"limit": "many"}, 422, "limit"),
    ({"format": "xml"}, 400, "format"),
    ({"view": "summary", "format": "csv"}, 400, "summary"),
])
def test_bad_parameters_say_why(client: TestClient, query: dict, status: int,
                                words: str) -> None:
    r = client.get("/api/events", params=query)
    assert r.status_code == status, r.text
    assert words in r.json()["error"]


def test_one_event_with_its_reports_and_merge_reasons(client: TestClient) -> None:
    (bomb,) = client.get("/api/events", params={"type": BOMBING}).json()["events"]
    r = client.get(f"/api/events/{bomb['event_id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["event"]["event_id"] == bomb["event_id"]
    assert body["event"]["explain"]  # the words that decided each field
    assert body["members"] and all(m["article_id"] == "afp-2017-11-17-rawa"
                                   for m in body["members"])
    assert all("reasons" in m and m["event"]["evidence"] for m in body["members"])
    assert bomb["event_id"] in body["explanation"] and "report(s)" in body["explanation"]
    missing = client.get("/api/events/SYR-nope")
    assert missing.status_code == 404 and "SYR-nope" in missing.json()["error"]


def test_facets_give_the_date_span_and_filter_values(client: TestClient) -> None:
    f = client.get("/api/facets").json()
    assert (f["min_date"], f["max_date"], f["events"]) == ("2017-10-01", "2017-11-17", 8)
    assert {c["value"]: c["count"] for c in f["countries"]} == {"Syria": 5, "Iraq": 3}
    assert "Military Forces of Iraq" in {a["value"] for a in f["actors"]}


# ----------------------------------------------------------------------------- control

def test_control_of_rawa_before_and_after_the_offensive(client: TestClient) -> None:
    after = client.get("/api/control", params={"place": "Rawa", "at": "2017-11-18"})
    assert after.status_code == 200
    a = after.json()
    assert (a["place"], a["controller"], a["since"], a["contested"]) == (
        "Rawah", "Military Forces of Iraq", "2017-11-17", False)
    assert "AFP" in a["sources"] and a["evidence"][0]["sentence"]
    before = client.get("/api/control", params={"place": "Rawa", "at": "2017-10-15"}).json()
    assert before["controller"] == "Islamic State"
    timeline = client.get("/api/control", params={"place": "Rawa"}).json()["timeline"]
    assert [s["controller"] for s in timeline] == ["Islamic State", "Military Forces of Iraq"]


def test_control_errors(client: TestClient) -> None:
    assert client.get("/api/control", params={"at": "2017-11-18"}).status_code == 400
    r = client.get("/api/control", params={"place": "Rawa", "at": "18/11/2017"})
    assert r.status_code == 400 and "at" in r.json()["error"]
    r = client.get("/api/control", params={"place": "Atlantis", "at": "2017-11-18"})
    assert r.status_code == 404 and "Atlantis" in r.json()["error"]
    assert client.get("/api/control.geojson").status_code == 400


def test_control_map_has_every_place_and_its_controller(client: TestClient) -> None:
    r = client.get("/api/control.geojson", params={"at": "2017-11-18"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/geo+json"
    fc = r.json()
    held = {f["properties"]["place"]: f["properties"]["controller"] for f in fc["features"]}
    assert held["Rawah"] == "Military Forces of Iraq"


# ------------------------------------------------------------------------------ writes

def test_writes_are_off_without_a_token(client: TestClient) -> None:
    r = client.post("/api/articles", json=[NEW_ARTICLE])
    assert r.status_code == 403 and "FRONTLINES_TOKEN" in r.json()["error"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic " + TOKEN, "Bearer "])
def test_missing_or_wrong_token_is_401(writable, header: str | None) -> None:  # noqa: ANN001
    client, db = writable
    headers = {"Authorization": header} if header else {}
    r = client.post("/api/articles", json=[NEW_ARTICLE], headers=headers)
    assert r.status_code == 401 and r.headers["WWW-Authenticate"] == "Bearer"
    with Store(db) as st:
        assert st.article(NEW_ARTICLE["id"]) is None


def test_post_stores_and_consolidates_like_ingest(writable) -> None:  # noqa: ANN001
    client, db = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/api/articles", json=[NEW_ARTICLE], headers=auth)
    assert r.status_code == 200, r.text
    (stored,) = r.json()["stored"]
    assert stored["id"] == NEW_ARTICLE["id"] and stored["status"] == "new"
    assert stored["event_ids"]
    mosul = client.get("/api/events", params={"since": "2017-11-19"}).json()["events"]
    assert [e["event_id"] for e in mosul] == stored["event_ids"]
    assert mosul[0]["country"] == "Iraq" and mosul[0]["fatalities"] == 12
    again = client.post("/api/articles", json={"articles": [NEW_ARTICLE]}, headers=auth)
    assert again.json()["stored"][0]["status"] == "unchanged"
    assert client.get("/api/events").json()["total"] == 8 + len(stored["event_ids"])


def test_bad_article_is_named_and_nothing_of_it_is_stored(writable) -> None:  # noqa: ANN001
    client, db = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    future = {"id": "from-the-future", "text": "Clashes in Mosul.",
              "published": date.today().replace(year=date.today().year + 1).isoformat()}
    r = client.post("/api/articles", headers=auth,
                    json=[NEW_ARTICLE, {"id": "no-text", "title": "empty"}, future])
    assert r.status_code == 422
    body = r.json()
    assert "no-text" in body["error"] and "from-the-future" in body["error"]
    assert [p["id"] for p in body["problems"]] == ["no-text", "from-the-future"]
    assert [s["id"] for s in body["stored"]] == [NEW_ARTICLE["id"]]
    with Store(db) as st:
        assert st.article("no-text") is None and st.article("from-the-future") is None
        assert st.article(NEW_ARTICLE["id"]) is not None


def test_request_size_limits(afp_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    shutil.copy(afp_store, db)
    client = TestClient(create_app(Settings(db=str(db), token=TOKEN, max_body_bytes=2_000,
                                            max_articles=2)))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = dict(NEW_ARTICLE, text="Fighting went on. " * 200)
    r = client.post("/api/articles", json=[big], headers=auth)
    assert r.status_code == 413 and "2,000" in r.json()["error"]
    r = client.post("/api/articles", json=[{"id": str(i), "text": "x"} for i in range(3)],
                    headers=auth)
    assert r.status_code == 413 and "limit is 2" in r.json()["error"]
    r = client.post("/api/articles", content=b'[{"id": ', headers=auth)
    assert r.status_code == 400 and "broken JSON" in r.json()["error"]
    with Store(db) as st:
        assert st.counts()["articles"] == 1


def test_jsonl_body_is_read_line_by_line(writable) -> None:  # noqa: ANN001
    client, _ = writable
    import json

    body = json.dumps(NEW_ARTICLE) + "\n" + json.dumps({"id": "bad", "text": ""}) + "\n"
    r = client.post("/api/articles", content=body.encode(), headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"})
    assert r.status_code == 422 and "article 2 (id 'bad')" in r.json()["error"]
    assert r.json()["stored"][0]["id"] == NEW_ARTICLE["id"]


# ----------------------------------------------------------------- errors, pages, docs

def test_unexpected_failure_is_json_without_traceback(afp_store: Path, monkeypatch) -> None:  # noqa: ANN001
    app = create_app(Settings(db=str(afp_store)))

    def broken() -> dict:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.state.backend, "facets", broken)
    r = TestClient(app).get("/api/facets")
    assert r.status_code == 500
    assert r.json() == {"error": "internal error (RuntimeError); see the server log"}
    assert "Traceback" not in r.text
    nowhere = TestClient(app).get("/no/such/page")
    assert nowhere.status_code == 404 and nowhere.json()["error"].endswith("/no/such/page")


def test_pages_and_docs_load_only_from_this_server(client: TestClient) -> None:
    index = client.get("/")
    assert index.status_code == 200 and "default-src 'self'" in index.headers[
        "Content-Security-Policy"]
    assert client.head("/").status_code == 200
    docs = client.get("/docs")
    assert docs.status_code == 200 and "static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    for page in (index.text, docs.text, client.get("/static/map.js").text,
                 client.get("/static/docs.js").text):
        assert not re.search(r"(src|href)=\"(https?:)?//", page)
        assert "cdn" not in page.lower()
    refs = re.findall(r'(?:src|href)="(static/[^"]+)"', index.text + docs.text)
    assert len(refs) >= 8
    for ref in refs:
        assert client.get("/" + ref).status_code == 200, ref
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/control", "/api/control.geojson",
            "/api/articles"} <= set(spec["paths"])
    assert client.get("/redoc").status_code == 404  # FastAPI's CDN pages are off


def test_serve_command_refuses_a_missing_store_and_an_empty_token_file(tmp_path: Path,
                                                                         capsys) -> None:  # noqa: ANN001
    from frontlines.interfaces.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "none.db: no store here" in capsys.readouterr().err
    db = tmp_path / "x.db"
    Store(db).close()
    empty = tmp_path / "token"
    empty.write_text("\n")
    assert main(["serve", "--db", str(db), "--token-file", str(empty)]) == 2
    assert "token file is empty" in capsys.readouterr().err
