"""The web UI in real headless Chromium (Debian's package), driven by Playwright.

uvicorn serves the sample store on 127.0.0.1 and a free port; the tests load the map, filter to
Russia → Niger, open an event and see its highlighted evidence, open an article and the
presence ledger, and save screenshots under tests/screenshots/. Without Chromium or Playwright
they skip, saying why.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.server import create_app, sample
from sitrep.settings import load_settings

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"no Chromium at {CHROMIUM}: install it with `apt-get install -y chromium` to run the UI tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install -e '.[dev]')")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = str(tmp_path_factory.mktemp("ui") / "sample.duckdb")
    sample.build(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(load_settings(db=db))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    SHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()
    assert not errors, errors


def test_map_filter_event_evidence(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#events-table tbody tr")
    page.wait_for_selector("#map svg path.country")
    assert page.locator("#map svg path.country").count() > 150
    assert page.locator("#events-table tbody tr").count() == 7

    page.fill("#filters input[name=actor]", "RUS")
    page.fill("#filters input[name=recipient]", "NER")
    page.click("#apply")
    page.wait_for_function("location.hash.includes('actor=RUS') && document.body.dataset.ready === location.hash")
    page.wait_for_selector("#dyad svg rect")
    assert page.locator("#events-table tbody tr").count() == 5
    assert page.inner_text("#event-count").startswith("5 events")
    assert page.locator("#map circle.event").count() == 3  # the events with a place
    assert page.locator("#map path.country.recipient[data-iso=NER]").count() == 1
    assert page.locator("#timeline rect.bar").count() >= 3
    page.screenshot(path=str(SHOTS / "map_rus_ner.png"), full_page=True)

    page.click("#events-table a.event-link:has-text('Airbase 101')")
    page.wait_for_selector("#evidence mark.trigger")
    assert page.inner_text("#evidence mark.trigger") == "moved into"
    assert page.inner_text("#evidence mark.actor") == "Russian troops"
    assert "a senior US defence official" in page.inner_text("#attribution")
    page.screenshot(path=str(SHOTS / "event_evidence.png"), full_page=True)

    page.click("#article-link")
    page.wait_for_selector("#article-text mark.event")
    assert page.locator("#article-text mark.place").count() >= 1
    assert page.locator("#article-text mark.date").count() >= 1
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)


def test_clicking_a_map_point_opens_its_event(page: Any, server: str) -> None:
    page.goto(server + "/#/?type=REJECT")
    page.wait_for_selector("#map circle.event")
    page.locator("#map circle.event").first.dispatch_event("click")
    page.wait_for_selector("#evidence mark.trigger")
    assert page.inner_text("#evidence mark.trigger") == "revoked"


def test_presence_page(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.click("header nav a[data-nav=presence]")
    page.wait_for_selector("#presence-table tbody tr")
    text = page.inner_text("#presence-table")
    assert "Airbase 101, Niamey" in text and "withdrawal announced" in text
    assert page.locator("#presence-map circle.presence").count() == 2
    page.screenshot(path=str(SHOTS / "presence.png"), full_page=True)
    page.goto(server + "/#/presence?as_of=2024-04-05")
    page.wait_for_function("document.body.dataset.ready === location.hash")
    assert page.locator("#presence-table tbody tr").count() == 1


def test_bad_filter_shows_the_api_error(page: Any, server: str) -> None:
    page.goto(server + "/#/?actor=RUSSIA")
    page.wait_for_selector("#event-list .error")
    assert "actor" in page.inner_text("#event-list .error") and "E401" in page.inner_text("#event-list .error")
