"""The PostgreSQL store against a real server: the same answers as DuckDB, concurrent writers, the CLI and API.

Set ``SITREP_TEST_PG`` to a server URL whose user may create databases (``.ci/run`` starts a throwaway
one); each test gets a database of its own, dropped afterwards. Without a reachable server these
tests skip and say why. The store's own behavioural checks run on both backends in ``test_store.py``.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from typer.testing import CliRunner

from sitrep.cli import app as cli
from sitrep.errors import SitrepError
from sitrep.model import Batch, Item
from sitrep.server import create_app, sample
from sitrep.settings import Settings, load_settings
from sitrep.storage import INTERVALS, SORTS, EventQuery, Store, open_store
from sitrep.storage.postgres_store import PostgresStore
from tests.conftest import DEMO

ENV = "SITREP_TEST_PG"


def server_url() -> str:
    """The test server's URL, or skip saying why there is none."""
    url = os.environ.get(ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {ENV}=postgresql://user@host/db (.ci/run starts a throwaway one)")
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed: pip install -e '.[postgres]'")
    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as exc:
        pytest.skip(f"the PostgreSQL server in {ENV} is unreachable: {exc}")
    return url


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped on exit."""
    import psycopg

    url = server_url()
    name = "sitrep_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    try:
        yield urlunsplit(urlsplit(url)._replace(path="/" + name))
    finally:
        with psycopg.connect(url, autocommit=True) as con:
            con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture()
def pg_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url


def snapshot(store: Store) -> dict[str, Any]:
    """What every read method of the store answers, on a store of up to 1000 events."""
    articles = store.articles(limit=1000)
    out: dict[str, Any] = {"counts": store.counts(), "articles": articles, "failures": store.failures()}
    out["article"] = [store.article(a["id"]) for a in articles]
    for sort in SORTS:
        out["events " + sort] = store.events(EventQuery(limit=1000, sort=sort))
    out["page"] = store.events(EventQuery(limit=7, offset=5, sort="-confidence"))
    out["event"] = [store.event(e["id"]) for e in out["events date"]]
    out["facets"] = store.facets()
    for interval in INTERVALS:
        out["per " + interval] = store.aggregate(EventQuery(), interval, by_type=True)
    out["filtered"] = [
        store.count_events(q)
        for q in (
            EventQuery(text="troops"),
            EventQuery(context="military", negated=False),
            EventQuery(since="2023-01-01", until="2023-12-31"),
            EventQuery(actor_country="FRA", min_confidence=0.5),
        )
    ]
    out["presence"] = store.presence()
    out["presence 2023"] = store.presence("2023-06-01")
    return out


# ------------------------------------------------------------------ the same answers as DuckDB


@pytest.fixture(scope="module")
def extracted() -> list[Batch]:
    """The demo articles through the worker stages once (spaCy), as Ray workers hand them to the driver."""
    server_url()  # skip before the slow part when there is no server
    from sitrep.api import pipeline, read_inputs, run
    from sitrep.distributed import WORKER_STAGES

    settings = Settings(on_error="skip", batch_size=8)
    batches = run(read_inputs([str(DEMO)]), settings, WORKER_STAGES, pipe=pipeline(settings, WORKER_STAGES))
    return [replace(b, items=tuple(replace(i, docs=()) for i in b.items)) for b in batches]


def _drive(db: str, batches: list[Batch]) -> list[tuple[int, int, int]]:
    """The driver stages (corroboration, store, presence) on each batch; what each store write did."""
    from sitrep.distributed import DRIVER_STAGES, WORKER_STAGES
    from sitrep.pipeline import Pipeline
    from sitrep.store import StoreWriter

    tail = Pipeline(DRIVER_STAGES, Settings(db=db, on_error="skip"), given=WORKER_STAGES)
    writer = next(p for name, p in tail.processes if name == "store")
    assert isinstance(writer, StoreWriter)
    done = []
    try:
        for batch in batches:
            before = writer.total
            tail(batch)
            done.append((writer.total.added - before.added, writer.total.existing - before.existing, writer.total.events - before.events))
    finally:
        writer.store.close()
    return done


def test_same_answers_as_duckdb(extracted: list[Batch], pg_url: str, tmp_path: Path) -> None:
    duck = str(tmp_path / "demo.duckdb")
    writes = {db: _drive(db, extracted) for db in (duck, pg_url)}
    assert writes[duck] == writes[pg_url]
    assert sum(w[0] for w in writes[pg_url]) == sum(len(b.items) for b in extracted) > 30
    again = _drive(pg_url, extracted)  # idempotent: everything is already stored
    assert sum(w[0] for w in again) == 0 and sum(w[1] for w in again) == sum(w[0] for w in writes[pg_url])
    with open_store(duck, read_only=True) as d, open_store(pg_url, read_only=True) as p:
        expected, got = snapshot(d), snapshot(p)
        assert got["counts"]["events"] > 200 and got["presence"] and any(e.get("num_mentions", 1) > 1 for e in got["events date"])
        for key in expected:  # one key at a time, so a failure names the method
            assert got[key] == expected[key], key
        assert json.dumps(got, default=str) == json.dumps(expected, default=str)  # the same JSON, key order too
        assert p.signatures() == d.signatures()
        assert p.presence_statements() == d.presence_statements()


# ------------------------------------------------------------------ concurrent writers


def test_concurrent_writers_store_each_article_once(pg_url: str) -> None:
    items = sample.items()
    batches = [Batch(tuple(items)), Batch(tuple(reversed(items)))]  # opposite orders: the writers cross
    results: list[Any] = []

    def write(batch: Batch) -> None:
        with open_store(pg_url) as store:
            for _ in range(3):
                results.append(store.add(batch))

    threads = [threading.Thread(target=write, args=(b,)) for b in batches * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 12
    assert sum(r.added for r in results) == len(items)
    assert sum(r.existing for r in results) == 12 * len(items) - len(items)
    with open_store(pg_url, read_only=True) as store:
        assert store.counts() == {"articles": len(items), "events": sum(len(i.events) for i in items), "failures": 0}


def test_a_writer_that_loses_a_deadlock_retries_its_batch(pg_url: str) -> None:
    import time

    first, second = (i.article for i in sample.items()[:2])
    assert first is not None and second is not None
    other = open_store(pg_url)
    assert isinstance(other, PostgresStore)
    waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
    results: list[Any] = []
    with open_store(pg_url) as store:
        writer = threading.Thread(target=lambda: results.append(store.add(Batch((Item(article=first), Item(article=second))))))
        with other._transaction():
            other._insert_article(second, second.id)  # holds the second article's keys
            writer.start()  # takes the first article, then waits for the second
            for _ in range(500):
                if other.con.execute(waiting, []).fetchone()[0]:
                    break
                time.sleep(0.01)
            # waits for the writer: a deadlock, which PostgreSQL breaks by aborting the writer's batch
            other._insert_article(first, first.id)
        writer.join()
    assert len(results) == 1 and (results[0].added, results[0].existing) == (0, 2)  # retried, found both stored
    other.close()


def test_read_only_store_refuses_writes(pg_url: str) -> None:
    import psycopg

    # an empty database gets its tables (so `sitrep serve` answers on it), then the session is read-only
    with open_store(pg_url, read_only=True) as store:
        assert store.counts() == {"articles": 0, "events": 0, "failures": 0} and store.presence() == []
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            store.add(Batch(tuple(sample.items())))


# ------------------------------------------------------------------ errors


def test_unreachable_server_is_E204_without_the_password() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(SitrepError) as err:
        open_store("postgresql://sitrep:s3cret@127.0.0.1:1/sitrep")  # nothing listens on port 1
    assert err.value.code == "E204"
    assert "s3cret" not in str(err.value) and "127.0.0.1" in str(err.value)


def test_missing_driver_is_E203(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    with pytest.raises(SitrepError) as err:
        open_store("postgresql://localhost/sitrep")
    assert err.value.code == "E203" and "sitrep[postgres]" in str(err.value)


def test_cli_reports_E204() -> None:
    pytest.importorskip("psycopg")
    result = CliRunner().invoke(cli, ["events", "--db", "postgresql://127.0.0.1:1/sitrep"])
    assert result.exit_code != 0 and "E204" in result.output + result.stderr


# ------------------------------------------------------------------ the CLI and the API on a server

STORY = (
    "Niger orders US troops out\n\nNIAMEY, March 17 (Reuters) - Niger's military junta said on Saturday it had revoked "
    "with immediate effect an accord that allowed U.S. military personnel to operate in the country. About 1,000 U.S. "
    "troops are stationed in Niger, mostly at a drone base near Agadez."
)


def test_cli_ingest_events_presence(pg_url: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "niger.txt").write_text(STORY)
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", pg_url])
    assert first.exit_code == 0, first.output
    assert "1 new articles" in first.stdout
    again = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", pg_url])
    assert "0 new articles, 1 already stored" in again.stdout
    events = runner.invoke(cli, ["events", "--db", pg_url, "--format", "json"])
    assert events.exit_code == 0 and any(json.loads(line)["type"] for line in events.stdout.splitlines())
    presence = runner.invoke(cli, ["presence", "--db", pg_url])
    assert presence.exit_code == 0, presence.output


def test_serve_answers_from_postgres(pg_url: str) -> None:
    sample.build(pg_url)
    app = create_app(load_settings(db=pg_url))

    async def get(path: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            return await client.get(path)

    try:
        index = asyncio.run(get("/api")).json()
        assert index["counts"]["events"] == 7 and index["writable"] is False
        found = asyncio.run(get("/api/events?actor=RUS&recipient=NER")).json()
        assert found["events"] and all(e["actor"][0]["country"] == "RUS" for e in found["events"])
    finally:
        app.state.store.close()


# ------------------------------------------------------------------ query plans


@pytest.mark.parametrize("walk", [False, True])
def test_pages_are_the_same_whichever_way_postgres_finds_them(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, walk: bool) -> None:
    # On a large store a filtered page is either sorted from its matches or found by walking a sort
    # index, chosen by counting the matches first: both must give DuckDB's page.
    from sitrep.storage import postgres_store

    monkeypatch.setattr(postgres_store, "_SMALL_TABLE", 0)
    monkeypatch.setattr(postgres_store, "_WALK", 0 if walk else 10**6)
    shapes: set[bool] = set()
    page = PostgresStore._page

    def spy(self: PostgresStore, *args: Any) -> list[Any]:
        keys = page(self, *args)
        shapes.add(self._last_count is not None)  # set only where the matches were sorted
        return keys

    monkeypatch.setattr(PostgresStore, "_page", spy)
    duck = str(tmp_path / "sample.duckdb")
    for db in (duck, pg_url):
        sample.build(db)
    filters: list[dict[str, Any]] = [
        {"actor_country": "RUS"},
        {"context": "military", "negated": False},
        {"since": "2024-04-15", "until": "2024-06-30"},
        {"min_confidence": 0.5, "actor_country": "RUS"},
        {"text": "troops"},
    ]
    with open_store(duck, read_only=True) as d, open_store(pg_url) as p:
        p.con.execute("ANALYZE events")  # type: ignore[attr-defined]
        for fields in filters:
            for sort in SORTS:
                for limit, offset in ((100, 0), (2, 1)):
                    q = EventQuery(**fields, sort=sort, limit=limit, offset=offset)
                    assert p.events(q) == d.events(q), q
                    assert p.count_events(q) == d.count_events(q), q
        assert p.events(EventQuery(actor_country="RUS")), "the filters find events"
    assert shapes == {not walk}  # the way asked for was taken


def test_a_writer_creates_the_query_indexes(pg_url: str) -> None:
    import re

    from sitrep.storage.postgres_store import INDEXES

    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore)
        names = {r[0] for r in store.con.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'events'", []).fetchall()}
        trigrams = store.con.execute("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'", []).fetchone()[0]
    assert set(re.findall(r"EXISTS (\w+) ON", INDEXES)) <= names
    assert ("events_sentence" in names) == bool(trigrams)  # text search by trigrams wherever the server has them
    with open_store(pg_url) as again:  # opening again finds them there
        assert again.counts()["events"] == 0


def test_without_trigrams_text_search_still_answers(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.storage import postgres_store

    # as on a server without pg_trgm: the index cannot be made, and the schema is created all the same
    monkeypatch.setattr(postgres_store, "TEXT_INDEX", "CREATE INDEX events_sentence ON events USING gin (sentence no_such_ops);")
    sample.build(pg_url)
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore)
        assert not store.con.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'events_sentence'", []).fetchall()
        assert store.count_events(EventQuery(text="troops")) == len(store.events(EventQuery(text="troops"))) > 0
