"""The DuckDB store: idempotent ingest, atomic batches, failures recorded, queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import api
from sitrep.model import Article, Batch, Event, Failure, Item, Published, Trigger
from sitrep.settings import Settings
from sitrep.storage import EventQuery, open_store

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


def test_same_content_is_stored_once(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.duckdb"))
    a = _article()
    first = store.add(Batch((Item(article=a, events=(_event(a),)),)))
    again = store.add(Batch((Item(article=_article(TEXT + "  ", "other-id")),)))
    assert (first.added, first.existing, first.events) == (1, 0, 1)
    assert (again.added, again.existing) == (0, 1)
    assert store.counts() == {"articles": 1, "events": 1, "failures": 0}


def test_a_failing_batch_writes_nothing(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.duckdb"))
    good = _article()
    bad = _article("Another story about Mali.", "a2")
    broken_event = _event(bad)
    object.__setattr__(broken_event, "id", None)  # violates NOT NULL primary key mid-batch
    with pytest.raises(Exception):  # noqa: B017 - DuckDB's constraint error type
        store.add(Batch((Item(article=good), Item(article=bad, events=(broken_event,)))))
    assert store.counts()["articles"] == 0


def test_same_id_other_content_keeps_both(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.duckdb"))
    store.add(Batch((Item(article=_article(TEXT, "x")),)))
    store.add(Batch((Item(article=_article("Mali ended its defence accords with France.", "x")),)))
    ids = sorted(a["id"] for a in store.articles())
    assert len(ids) == 2 and ids[0] == "x" and ids[1].startswith("x-")


def test_failures_and_event_filters(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.duckdb"))
    a = _article()
    store.add(Batch((Item(article=a, events=(_event(a), _event(_article(TEXT, "b"), "CONSULT"))),), (Failure("x.txt", "E004", "bad", "ingest"),)))
    assert [f["code"] for f in store.failures()] == ["E004"]
    assert [e["type"] for e in store.events(EventQuery(type="CONSULT"))] == ["CONSULT"]
    assert len(store.events(EventQuery(text="withdraw"))) == 2
    assert store.events(EventQuery(text="Mali")) == []


def test_ingest_twice_is_idempotent(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Niger junta revokes US military accord\n\nNIAMEY, March 17 (Reuters) - " + TEXT)
    (folder / "two.txt").write_text("Mali's army said on Monday it had retaken the town of Kidal from rebels after fighting.")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    settings = Settings(db=str(tmp_path / "s.duckdb"), on_error="skip")
    first = api.ingest([str(folder)], settings)
    second = api.ingest([str(folder)], settings)
    assert (first.stored.added, first.stored.existing, len(first.failures)) == (2, 0, 1)
    assert (second.stored.added, second.stored.existing) == (0, 2)
    with api.open(settings.db, settings) as store:
        assert store.counts()["articles"] == 2
