"""Real-world smoke test: the 120 Wikinews articles of ../shared/eval/wikinews_semeval2015 (no labels).

Every article goes through the whole extraction pipeline; the output must follow the contract and
be internally consistent: spans that index the article text, dates whose ranges hold, coordinates
on the globe, PLOVER types and sectors from the lists. These are properties any correct output
has, checked on text nobody tuned for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sitrep.classify import ROOTS
from sitrep.model import Item
from sitrep.output import item_json, schema

TYPES = (set(ROOTS) - {"YIELD"}) | {"CONCEDE", "RETREAT"}
VALUE = {"day": r"\d{4}-\d{2}-\d{2}", "week": r"\d{4}-W\d{2}(-WE)?", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


@pytest.fixture(scope="module")
def wikinews(shared_dir: Path) -> list[tuple[dict[str, Any], Item]]:
    from dataclasses import replace

    from sitrep import api
    from sitrep.settings import Settings

    path = shared_dir / "eval" / "wikinews_semeval2015" / "wikinews_semeval2015.jsonl"
    if not path.exists():
        pytest.skip(f"no Wikinews smoke-test articles at {path}")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    docs = [{"id": r["id"], "text": r["text"], "title": r.get("title"), "published": r.get("publication_date")}
            for r in rows]
    items = [i for i in api.extract_many(docs, settings=replace(Settings(), on_error="skip")) if isinstance(i, Item)]
    assert len(items) == len(rows)
    return list(zip(rows, items, strict=True))


def _spans(text: str, found: Any, what: str) -> None:
    assert 0 <= found.start < found.end <= len(text), f"{what} {found!r} is outside the text"
    assert text[found.start : found.end] == found.text, f"{what} text {found.text!r} is not the text at its span"


def test_every_article_is_coded_and_follows_the_contract(wikinews: list[tuple[dict[str, Any], Item]]) -> None:
    coded = 0
    for row, item in wikinews:
        assert item.article is not None, f"{row['id']} was not coded"
        published = item.article.published.value
        assert published is not None and re.fullmatch(VALUE["day"], published), f"{row['id']}: {published!r}"
        if re.fullmatch(VALUE["day"], row["publication_date"]):
            assert published == row["publication_date"]
        jsonschema.validate(item_json(item), schema())
        coded += bool(item.events)
    assert coded >= 0.8 * len(wikinews)  # news articles nearly always report some event


def test_spans_index_the_article(wikinews: list[tuple[dict[str, Any], Item]]) -> None:
    for _, item in wikinews:
        assert item.article is not None
        text = item.article.text
        for e in item.events:
            _spans(text, e.trigger, "trigger")
            assert e.start <= e.trigger.start and e.trigger.end <= e.end
            assert text[e.start : e.end] == e.sentence
            for a in (*e.actor, *e.recipient):
                _spans(text, a, "actor")
        for p in item.places:
            _spans(text, p, "place")
        for d in item.dates:
            if d.text is not None and d.start is not None and d.end is not None:
                assert text[d.start : d.end] == d.text


def test_codes_dates_and_coordinates_are_well_formed(wikinews: list[tuple[dict[str, Any], Item]]) -> None:
    for _, item in wikinews:
        for e in item.events:
            assert e.type in TYPES
            assert e.confidence is not None and 0.0 <= e.confidence <= 1.0
            for a in (*e.actor, *e.recipient):
                assert a.country is None or re.fullmatch(r"[A-Z]{3}", a.country)
        for p in item.places:
            if p.lat is not None and p.lon is not None:
                assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
        for d in item.dates:
            if d.value and d.precision in VALUE:
                assert re.fullmatch(VALUE[d.precision], d.value), f"{d.value!r} is not a {d.precision}"
            if d.start_date and d.end_date:
                assert d.start_date <= d.end_date
