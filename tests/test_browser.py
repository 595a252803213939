"""The map in a real browser: Debian's chromium driven by Playwright's Python package.

`frontlines serve` runs as a user starts it, on a free port over a store of the
AFP story; the test uses the page as an analyst would (slider, table, popup,
control layer, API docs) and checks that no request leaves 127.0.0.1.
`make test` installs chromium (apt, as root) and playwright; the test skips only
when either truly cannot be had. Screenshots go to $FRONTLINES_SCREENSHOTS when
set (`make screenshots` writes docs/*.png), else to the test's temporary folder.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
BOMBING = "Remote explosive/landmine/IED"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                               "(make browser installs it)")
expect = sync_api.expect
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing (make browser installs it as root)",
                allow_module_level=True)


def day(iso: str) -> str:
    """A slider value: days since 1970-01-01, as the map's range inputs count."""
    return str((date.fromisoformat(iso) - date(1970, 1, 1)).days)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(afp_store: Path) -> Iterator[str]:
    """`frontlines serve --db afp.db --port N` in its own process, until the module ends."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "FRONTLINES_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "frontlines.interfaces.cli", "serve",
                             "--db", str(afp_store), "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/api/facets", timeout=2) as r:
                assert r.status == 200
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"server did not start: {proc.communicate()[0]}")
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FRONTLINES_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture()
def page(browser, server: str) -> Iterator:  # noqa: ANN001
    """A fresh page that records every request it makes."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    pg.requests = []
    pg.on("request", lambda req: pg.requests.append(req.url))
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert not errors, errors
    here = urlsplit(server)
    outside = [u for u in pg.requests if not u.startswith(("data:", "blob:"))
               and (urlsplit(u).hostname, urlsplit(u).port) != (here.hostname, here.port)]
    assert pg.requests and not outside, outside


def status(pg) -> str:  # noqa: ANN001
    return pg.locator("#status").inner_text()


def test_map_slider_popup_and_control_layer(page, server: str, shots: Path) -> None:  # noqa: ANN001
    page.goto(server + "/")
    page.wait_for_selector("path.fl-event, .marker-cluster")
    expect(page.locator("#status")).to_contain_text("8 of 8 events shown")
    assert page.locator("#events-table tbody tr").count() == 8  # every event has a place
    page.screenshot(path=str(shots / "map.png"))

    # The slider's last date back to 2017-10-01: only that day's event (the Syrian army
    # retook Albu Kamal), and Rawa is IS's.
    last = page.locator("#d-to").get_attribute("max")
    page.locator("#d-to").fill(day("2017-10-01"))
    expect(page.locator("#status")).to_contain_text("1 of 8 events shown")
    expect(page.locator("#d-to-label")).to_have_text("2017-10-01")
    rawa = page.locator(".fl-control-label", has_text="Rawah")
    expect(rawa).to_have_text("Rawah: Islamic State")
    assert "to=2017-10-01" in page.url
    page.locator("#d-to").fill(last)
    expect(page.locator("#status")).to_contain_text("8 of 8 events shown")

    # The car bombing's popup, opened from the table of events in view.
    page.locator("#events-table tbody tr", has_text=BOMBING).click()
    popup = page.locator(".leaflet-popup .fl-popup")
    expect(popup.locator(".fatalities")).to_contain_text("20–26")
    expect(popup).to_contain_text("Syrian Observatory for Human Rights")
    expect(popup).to_contain_text("car bombing blamed on group killed at least 26")
    record = popup.locator("a", has_text="full record").get_attribute("href")
    assert record.startswith("api/events/SYR")
    # Leaflet fades a popup in: shoot it once it is opaque.
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'")
    page.screenshot(path=str(shots / "map-popup.png"))

    # The control layer on 2017-11-18: Rawa held by the Military Forces of Iraq.
    page.keyboard.press("Escape")
    page.locator("#d-to").fill(day("2017-11-18"))
    expect(page.locator("#control-date")).to_have_text("2017-11-18")
    expect(rawa).to_have_text("Rawah: Military Forces of Iraq")
    expect(page.locator("#control-list")).to_contain_text("since 2017-11-17")
    page.screenshot(path=str(shots / "map-control.png"))


def test_the_url_keeps_the_view(page, server: str) -> None:  # noqa: ANN001
    page.goto(server + "/#type=Battles&from=2017-11-17&to=2017-11-17&z=11&ll=34.45,40.92")
    expect(page.locator("#status")).to_contain_text("2 of 6 events shown")
    assert page.locator("#f-type").input_value() == "Battles"
    assert page.evaluate("document.querySelector('#d-from').value") == day("2017-11-17")
    href = page.locator("#dl-csv").get_attribute("href")
    assert "type=Battles" in href and "since=2017-11-17" in href and "bbox=" in href
    with urllib.request.urlopen(f"{server}/{href}") as r:
        rows = r.read().decode("utf-8").splitlines()
    assert rows[0].startswith("event_id_cnty,event_date") and len(rows) == 1 + 1  # Albu Kamal


def test_api_docs_render_offline(page, server: str, shots: Path) -> None:  # noqa: ANN001
    page.goto(server + "/docs")
    expect(page.locator(".opblock-summary-path", has_text="/api/events").first
                    ).to_be_visible()
    page.screenshot(path=str(shots / "api-docs.png"))
