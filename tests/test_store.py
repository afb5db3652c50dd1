"""The store, on both backends: idempotent ingest, atomic batches, failures recorded, queries.

Every test takes ``db``: a DuckDB file, then a fresh PostgreSQL database (skipped without a server,
see ``test_postgres.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep import api
from sitrep.model import Article, Batch, Event, Failure, Item, Published, Trigger
from sitrep.settings import Settings
from sitrep.storage import EventQuery, open_store
from tests.test_postgres import fresh_database

TEXT = "Chad's government asked the United States to withdraw its troops from N'Djamena on Thursday."


def _article(text: str = TEXT, ident: str = "a1") -> Article:
    from sitrep.ingest import content_hash

    return Article(ident, text, content_hash(text), "<test>", published=Published("2024-04-25", "day", "input"))


def _event(article: Article, type_: str = "REQUEST") -> Event:
    return Event(
        id=f"{article.id}-e1",
        article_id=article.id,
        type=type_,
        trigger=Trigger("asked", 18, 23),
        sentence=article.text,
        sentence_index=0,
        start=0,
        end=len(article.text),
    )


@pytest.fixture(params=["duckdb", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "duckdb":
        yield str(tmp_path / "s.duckdb")
    else:
        with fresh_database() as url:
            yield url


def test_same_content_is_stored_once(db: str) -> None:
    with open_store(db) as store:
        a = _article()
        first = store.add(Batch((Item(article=a, events=(_event(a),)),)))
        again = store.add(Batch((Item(article=_article(TEXT + "  ", "other-id")),)))
        assert (first.added, first.existing, first.events) == (1, 0, 1)
        assert (again.added, again.existing) == (0, 1)
        assert store.counts() == {"articles": 1, "events": 1, "failures": 0}


def test_a_failing_batch_writes_nothing(db: str) -> None:
    with open_store(db) as store:
        good = _article()
        bad = _article("Another story about Mali.", "a2")
        broken_event = _event(bad)
        object.__setattr__(broken_event, "id", None)  # violates NOT NULL primary key mid-batch
        with pytest.raises(Exception):  # noqa: B017 - each engine has its own constraint error type
            store.add(Batch((Item(article=good), Item(article=bad, events=(broken_event,)))))
        assert store.counts()["articles"] == 0


def test_same_id_other_content_keeps_both(db: str) -> None:
    with open_store(db) as store:
        store.add(Batch((Item(article=_article(TEXT, "x")),)))
        store.add(Batch((Item(article=_article("Mali ended its defence accords with France.", "x")),)))
        ids = sorted(a["id"] for a in store.articles())
        assert len(ids) == 2 and ids[0] == "x" and ids[1].startswith("x-")


def test_failures_and_event_filters(db: str) -> None:
    with open_store(db) as store:
        a = _article()
        store.add(Batch((Item(article=a, events=(_event(a), _event(_article(TEXT, "b"), "CONSULT"))),), (Failure("x.txt", "E004", "bad", "ingest"),)))
        assert [f["code"] for f in store.failures()] == ["E004"]
        assert [e["type"] for e in store.events(EventQuery(type="CONSULT"))] == ["CONSULT"]
        assert len(store.events(EventQuery(text="withdraw"))) == 2
        assert store.events(EventQuery(text="Mali")) == []


def test_ingest_twice_is_idempotent(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Niger junta revokes US military accord\n\nNIAMEY, March 17 (Reuters) - " + TEXT)
    (folder / "two.txt").write_text("Mali's army said on Monday it had retaken the town of Kidal from rebels after fighting.")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    settings = Settings(db=db, on_error="skip")
    first = api.ingest([str(folder)], settings)
    second = api.ingest([str(folder)], settings)
    assert (first.stored.added, first.stored.existing, len(first.failures)) == (2, 0, 1)
    assert (second.stored.added, second.stored.existing) == (0, 2)
    with api.open(settings.db, settings) as store:
        assert store.counts()["articles"] == 2


def test_same_content_twice_in_one_batch_is_stored_once(db: str) -> None:
    with open_store(db) as store:
        a = _article()
        result = store.add(Batch((Item(article=a, events=(_event(a),)), Item(article=_article(TEXT, "copy")))))
        assert (result.added, result.existing) == (1, 1)
        assert [x["id"] for x in store.articles()] == ["a1"]


def test_queries_on_the_sample_store(db: str) -> None:
    from sitrep.server import sample

    sample.build(db)
    with open_store(db) as store:
        assert store.counts() == {"articles": 4, "events": 7, "failures": 0}
        assert store.add(Batch(tuple(sample.items()))).existing == 4
        assert store.aggregate(EventQuery(actor_country="RUS"), "week") == [
            {"period": "2024-04-08", "count": 2},
            {"period": "2024-04-29", "count": 1},
            {"period": "2024-05-20", "count": 2},
        ]
        months = store.aggregate(EventQuery(), "month", by_type=True)
        assert [(r["period"], r["type"]) for r in months][:3] == [("2024-03-01", "REJECT"), ("2024-04-01", "AID"), ("2024-04-01", "COOPERATE")]
        facets = store.facets()
        assert facets["actor_country"] == [("RUS", 5), ("NER", 1), ("USA", 1)]
        assert facets["type"][:3] == [("COOPERATE", 2), ("AID", 1), ("ASSAULT", 1)]  # ties in code order
        assert store.count_events(EventQuery(context="military")) == 6
        assert store.count_events(EventQuery(since="2024-04-15")) == 4
        assert [(p["force"]["country"], p["status"]) for p in store.presence()] == [("RUS", "present"), ("USA", "withdrawal_announced")]
        assert [p["force"]["country"] for p in store.presence("2024-04-01")] == ["USA"]
        page = store.events(EventQuery(sort="-confidence", limit=3, offset=1))
        assert [e["confidence"] for e in page] == sorted((e["confidence"] for e in page), reverse=True)
        first = store.event(page[0]["id"])
        assert first is not None and first["article"]["id"] == first["article_id"]
        article = store.article(first["article_id"])
        assert article is not None and article["text"] and article["events"]


def test_redact_hides_a_postgresql_password() -> None:
    from sitrep.storage import redact

    assert redact("postgresql://sitrep:s3cret@db.example.org:5432/events") == "postgresql://sitrep:***@db.example.org:5432/events"
    assert redact("postgresql://db.example.org/events?user=a&password=s3cret") == "postgresql://db.example.org/events?user=a&password=***"
    assert redact("demo.duckdb") == "demo.duckdb"
