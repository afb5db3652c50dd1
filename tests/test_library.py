"""The Python API: sitrep.extract, sitrep.extract_many, sitrep.open."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitrep
from sitrep.model import Failure, Item

STORY = (
    "NIAMEY, March 17 (Reuters) - Niger's military government revoked its military cooperation accord with the "
    "United States on Saturday, a spokesman said on state television."
)


def test_extract_returns_typed_records() -> None:
    item = sitrep.extract(STORY, published="2024-03-17")
    assert isinstance(item, Item) and item.article is not None
    assert item.article.published.value == "2024-03-17" and item.article.original_source == "Reuters"
    assert any(p.country == "NER" for p in item.places)
    assert any(d.value == "2024-03-16" for d in item.dates)  # "on Saturday" in a story of Sunday 17 March


def test_extract_raises_a_coded_error_on_bad_input() -> None:
    with pytest.raises(sitrep.SitrepError) as err:
        sitrep.extract("   ")
    assert err.value.code == "E001"


def test_extract_many_goes_on_after_a_failure() -> None:
    out = list(sitrep.extract_many([{"id": "a", "text": STORY, "published": "2024-03-17"}, {"id": "b", "text": ""}, STORY]))
    failures = [o for o in out if isinstance(o, Failure)]
    items = [o for o in out if isinstance(o, Item)]
    assert [f.code for f in failures] == ["E001"]
    assert [i.article.id for i in items if i.article][0] == "a" and len(items) == 2


def test_open_gives_the_store(tmp_path: Path) -> None:
    with sitrep.open(str(tmp_path / "x.duckdb")) as store:
        assert store.counts() == {"articles": 0, "events": 0, "failures": 0}
