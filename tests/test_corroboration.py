"""Corroboration: syndicated copies are one source, event clusters are order-free, confidence ranks sourcing."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from sitrep.corroboration import (
    Corroborate,
    MemoryIndex,
    Syndication,
    cluster,
    mention_row,
    summarize,
)
from sitrep.ingest import content_hash
from sitrep.model import Actor, Article, Attribution, Batch, Event, EventDate, Item, Place, Published, Segment, Trigger
from sitrep.settings import Settings

STORY = (
    "Russian military instructors have arrived in Niger's capital Niamey together with an air defence system, "
    "the country's state television reported on Thursday. The instructors will train Nigerien soldiers to use the "
    "equipment, according to the broadcast, which showed a transport aircraft being unloaded at the airport. "
    "Niger's military rulers revoked an accord on military cooperation with the United States last month and have "
    "moved closer to Moscow since they seized power in a coup last July. About 1,000 American troops remain in the "
    "country, most of them at air bases in Niamey and near the northern city of Agadez."
)
OTHER = (
    "France will withdraw its ambassador and its roughly 1,500 soldiers from Niger, the French president said on "
    "Sunday, two months after a coup toppled one of Paris's last allies in the Sahel. The soldiers will leave in the "
    "coming weeks and months, with the pullout to be completed by the end of the year."
)


def _article(body: str, header: str, footer: str, ident: str, agency: str | None = "dpa", site: str | None = None,
             published: str = "2024-04-12") -> Article:
    text = f"{header}\n\n{body}\n\n{footer}"
    start = len(header) + 2
    segments = (Segment("header", 0, len(header)), Segment("body", start, start + len(body)),
                Segment("footer", start + len(body) + 2, len(text)))
    return Article(ident, text, content_hash(text), "<test>", original_source=agency, site=site,
                   published=Published(published, "day", "input"), segments=segments)


def _copies() -> list[Article]:
    a = _article(STORY, "Friday, April 12, 2024\nRussian instructors arrive in Niger", "(© dpa)\n© Sahel Monitor", "a",
                 site="Sahel Monitor")
    b = _article(STORY, "Russian instructors arrive in Niger | Nordic Wire", "Source: dpa", "b", site="Nordic Wire")
    edited = STORY.replace("will train Nigerien soldiers to use", "are to train Nigerien troops in using").rsplit(" About", 1)[0]
    c = _article(edited, "Moscow sends trainers to Niamey", "Source: dpa", "c", site="Fjord Post")
    return [a, b, c]


def test_three_syndicated_copies_are_one_story_in_any_order() -> None:
    results = []
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        index = Syndication()
        arts = [_copies()[i] for i in order]
        assigned: dict[str, tuple[str, str | None]] = {}
        for art in arts:  # one article per batch: the index carries the earlier ones
            got, _, updates = index.add([art])
            assigned.update(got)
            for article_id, story, dup in updates:
                digest = next(x.content_hash for x in arts if x.id == article_id)
                assigned[digest] = (story, dup)
        results.append(assigned)
    assert results[0] == results[1] == results[2]
    stories = {story for story, _ in results[0].values()}
    assert len(stories) == 1
    assert sorted(dup or "-" for _, dup in results[0].values()).count("-") == 1  # one canonical copy


def test_a_different_story_is_not_a_copy() -> None:
    index = Syndication()
    got, _, _ = index.add([_copies()[0], _article(OTHER, "France to leave Niger", "(© Reuters)", "o", agency="Reuters")])
    assert len({story for story, _ in got.values()}) == 2


def _event(article: Article, ident: str, type_: str = "AID", day: str = "2024-04-11", negated: bool = False,
           attribution: tuple[Attribution, ...] = (), place: Place | None = None, precision: str = "day",
           start: str | None = None, end: str | None = None) -> Event:
    return Event(
        id=ident, article_id=article.id, type=type_, trigger=Trigger("arrived", 30, 37), sentence=STORY[:120],
        sentence_index=0, start=0, end=120,
        actor=(Actor("Russian military instructors", 0, 28, "RUS", "MIL"),),
        recipient=(Actor("Niger", 46, 51, "NER", "GOV"),),
        negated=negated, date=EventDate("on Thursday", 0, 0, day, precision, start or day, end or day, "text"),  # type: ignore[arg-type]
        place=place or Place("Niamey", 60, 66, "Niamey", "NER", None, 13.51, 2.11, "city"),
        attribution=attribution,
    )


def _mentions() -> list:  # type: ignore[type-arg]
    arts = _copies() + [_article(OTHER, "x", "y", "r", agency="Reuters"), _article(OTHER + " ", "x", "y", "t", agency="AFP")]
    arts = [replace(a, story_id="s-dpa" if a.original_source == "dpa" else None) for a in arts]
    tv = Attribution("state television reported", "Niger's state television", "organisation")
    anon = Attribution("an official said", "an unnamed official", "anonymous")
    events = [
        _event(arts[0], "e1", attribution=(tv,)),
        _event(arts[1], "e2", attribution=(tv,)),
        _event(arts[2], "e3", day="2024-04-10", attribution=(tv,)),
        _event(arts[3], "e4", day="2024-04", precision="month", start="2024-04-01", end="2024-04-30"),
        _event(arts[4], "e5", negated=True, attribution=(anon,)),
        # another happening: a different month, and a mention at another city
        _event(arts[3], "e6", day="2024-06-02"),
        _event(arts[4], "e7", place=Place("Agadez", 0, 6, "Agadez", "NER", None, 16.97, 7.99, "city")),
        _event(arts[3], "e8", type_="RETREAT"),
        # a coarse mention ("in 2024") does not chain days together
        _event(arts[4], "e9", day="2024", precision="year", start="2024-01-01", end="2024-12-31"),
    ]
    return [mention_row(e, next(a for a in arts if a.id == e.article_id)) for e in events]


def _clusters(order: list[int], batch: int) -> dict[str, frozenset[str]]:
    rows = _mentions()
    rows = [rows[i] for i in order]
    index = MemoryIndex()
    for n in range(0, len(rows), batch):
        index.upsert(cluster(rows[n : n + batch], index))
    return {cid: frozenset(ids) for cid, ids in index.clusters.items()}


def test_clusters_are_the_same_in_any_order_and_batching() -> None:
    base = _clusters(list(range(9)), 9)
    rng = random.Random(7)
    for batch in (1, 2, 4):
        order = list(range(9))
        rng.shuffle(order)
        assert _clusters(order, batch) == base
        assert _clusters(order[::-1], batch) == base
    groups = sorted(sorted(g) for g in base.values())
    assert ["e1", "e2", "e3", "e4", "e5"] in groups
    assert ["e6"] in groups and ["e7"] in groups and ["e8"] in groups and ["e9"] in groups


def test_summary_counts_syndicated_copies_once_and_flags_contested() -> None:
    rows = {r.event_id: r for r in _mentions()}
    members = [{**rows[e].data, "cluster_id": "c1"} for e in ("e1", "e2", "e3", "e4", "e5")]
    s = summarize(members)
    assert s["num_mentions"] == 5 and s["num_articles"] == 5
    assert s["num_independent_sources"] == 3  # dpa (three copies), Reuters, AFP
    assert s["contested"] is True
    assert {m["negated"] for m in s["mentions"]} == {True, False}  # both sets kept
    assert s["first_reported"] == "2024-04-12"


def test_named_multiply_sourced_ranks_above_a_single_anonymous_claim() -> None:
    rows = {r.event_id: r for r in _mentions()}
    named = summarize([{**rows[e].data, "cluster_id": "c"} for e in ("e1", "e4")])
    anonymous = summarize([{**rows["e5"].data, "negated": False, "cluster_id": "c"}])
    assert named["cluster_confidence"] > anonymous["cluster_confidence"]


def _item(article: Article, events: tuple[Event, ...] = ()) -> Item:
    return Item(article=article, events=events)


def test_store_keeps_signatures_and_clusters_across_ingests(tmp_path: Path) -> None:
    from sitrep.storage import open_store
    from sitrep.store import StoreWriter

    db = str(tmp_path / "c.duckdb")
    settings = Settings(db=db)
    a, b, c = _copies()
    for batch in ([a], [b, c]):  # two runs: the second rebuilds the LSH from the store
        stage = Corroborate(settings)
        out = stage(Batch(tuple(_item(x, (_event(x, f"ev-{x.id}"),)) for x in batch)))
        writer = StoreWriter(open_store(db))
        writer(out)
        writer.store.close()
    with open_store(db, read_only=True) as store:
        rows = store.articles()
        assert len({r["story_id"] for r in rows}) == 1
        assert sum(r["duplicate_of"] is None for r in rows) == 1
        events = store.events()
        assert len(events) == 3
        assert {e["num_independent_sources"] for e in events} == {1}
        assert {e["num_mentions"] for e in events} == {3}
        assert len({e["cluster_id"] for e in events}) == 1


@pytest.mark.parametrize("reverse", [False, True])
def test_ingesting_twice_adds_nothing(tmp_path: Path, reverse: bool) -> None:
    from sitrep.storage import open_store
    from sitrep.store import StoreWriter

    db = str(tmp_path / "d.duckdb")
    arts = _copies()[::-1] if reverse else _copies()
    for _ in range(2):
        stage = Corroborate(Settings(db=db))
        out = stage(Batch(tuple(_item(x, (_event(x, f"ev-{x.id}"),)) for x in arts)))
        writer = StoreWriter(open_store(db))
        writer(out)
        writer.store.close()
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == 3
        assert {e["num_mentions"] for e in store.events()} == {3}


DEMO_SUBSET = ["21_syndicated_a.txt", "22_syndicated_b.txt", "23_syndicated_c.txt", "24_us_agrees_withdraw_reuters.txt"]


def _snapshot(db: str) -> tuple[object, ...]:
    from sitrep import presence
    from sitrep.storage import EventQuery, open_store

    with open_store(db, read_only=True) as store:
        events = sorted((e["id"], e.get("cluster_id"), e.get("num_mentions"), e.get("num_independent_sources"))
                        for e in store.events(EventQuery(limit=100_000)))
        stories = sorted((a["content_hash"], a["story_id"], a["duplicate_of"]) for a in store.articles(limit=1000))
        ledger = presence.stored_ledger(store)
    return tuple(events), tuple(stories), tuple(ledger)


def test_demo_subset_in_any_order_and_twice_gives_the_same_store(tmp_path: Path) -> None:
    """End to end through every stage: forward, reversed one document per run, then everything again."""
    from sitrep import api

    demo = Path(__file__).resolve().parent.parent / "examples" / "demo"
    paths = [str(demo / name) for name in DEMO_SUBSET]
    forward, backward = str(tmp_path / "f.duckdb"), str(tmp_path / "b.duckdb")
    api.ingest(paths, Settings(db=forward, on_error="skip", batch_size=3))
    for path in reversed(paths):  # one document per run: the LSH and clusters come back from the store
        api.ingest([path], Settings(db=backward, on_error="skip"))
    api.ingest(paths, Settings(db=backward, on_error="skip"))  # and everything again
    f, b = _snapshot(forward), _snapshot(backward)
    assert f == b
    stories = {s for _, s, _ in f[1]}
    assert len(stories) == len(DEMO_SUBSET) - 2  # the three dpa copies are one story


def test_whole_demo_reversed_and_twice_gives_the_same_events_and_ledger(tmp_path: Path) -> None:
    """The whole demo corpus, forward in one run and reversed in batches of five then again."""
    from sitrep import api

    demo = Path(__file__).resolve().parent.parent / "examples" / "demo"
    paths = sorted(str(p) for p in demo.iterdir() if p.suffix in (".txt", ".html", ".xml"))
    forward, backward = str(tmp_path / "f.duckdb"), str(tmp_path / "b.duckdb")
    api.ingest(paths, Settings(db=forward, on_error="skip"))
    api.ingest(list(reversed(paths)), Settings(db=backward, on_error="skip", batch_size=5))
    again = api.ingest(paths, Settings(db=backward, on_error="skip"))
    assert again.stored.added == 0
    f, b = _snapshot(forward), _snapshot(backward)
    assert f[0] == b[0] and len(f[0]) > 200  # the same events, clusters and source counts
    assert f[1] == b[1]  # the same stories
    assert f[2] == b[2] and f[2]  # the same ledger
