"""The dates stage: every time expression of the article, and each event's date.

Texts are written for these tests; the seed article is read from ../shared at test time.
"""

from __future__ import annotations

import datetime as dt

import pytest

import sitrep
from sitrep.dates import anchor_date
from sitrep.model import Article, Event, Item, Published


def event_at(item: Item, trigger: str) -> Event:
    found = [e for e in item.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[(e.type, e.trigger.text) for e in item.events]}"
    return found[0]


STORY = """Mali junta expels envoy

BAMAKO (Reuters) - Mali's military government expelled the French ambassador on Monday, two
weeks after France criticised the junta. In March, protesters had attacked the embassy in Bamako.
Officials will meet in Dakar next week, the ministry said.
"""


@pytest.fixture(scope="module")
def story() -> Item:
    return sitrep.extract(STORY, "2024-05-03")


def test_every_expression_is_found_and_anchored(story: Item) -> None:
    values = {d.text: d.value for d in story.dates}
    assert values.get("Monday") == "2024-04-29"
    assert values.get("March") == "2024-03"
    assert all(d.start is not None and story.article and story.article.text[d.start : d.end] == d.text for d in story.dates)


def test_event_takes_the_date_of_its_own_clause(story: Item) -> None:
    expelled = event_at(story, "expelled")
    assert expelled.date is not None and expelled.date.value == "2024-04-29" and expelled.date.source == "text"
    attacked = event_at(story, "attacked")
    assert attacked.date is not None and attacked.date.value == "2024-03" and attacked.date.precision == "month"


def test_undated_event_falls_back_on_publication() -> None:
    item = sitrep.extract("Chad ended its defence agreement with France.", "2024-05-03")
    (event,) = [e for e in item.events if e.type == "SANCTION"]
    assert event.date is not None and event.date.source == "publication" and event.date.value == "2024-05-03"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-05-03", dt.date(2024, 5, 3)), ("2024-05-03T10:24:48", dt.date(2024, 5, 3)), ("2024-05", dt.date(2024, 5, 1)), (None, None)],
)
def test_anchor_date(value: str | None, expected: dt.date | None) -> None:
    article = Article(id="a", text="", content_hash="", source="t", published=Published(value=value))
    assert anchor_date(article) == expected


# ---------------------------------------------------------------- the seed article


def test_seed_header_and_byline_dates_are_found(seed_item: Item) -> None:
    texts = {d.text for d in seed_item.dates}
    assert any("May 28, 2024" in (t or "") for t in texts)
    assert any("05/03/2024" in (t or "") for t in texts)


def test_seed_march_visit(seed_item: Item) -> None:
    traveled = event_at(seed_item, "traveled")
    assert traveled.date is not None and traveled.date.value == "2024-03" and traveled.date.precision == "month"


def test_seed_chad_request_last_month(seed_item: Item) -> None:
    requested = event_at(seed_item, "requested")
    assert requested.date is not None and requested.date.value == "2024-04" and requested.date.precision == "month"


def test_seed_caption_keeps_its_own_date(seed_item: Item) -> None:
    captions = [e for e in seed_item.events if e.segment == "caption"]
    assert captions and all(e.date is not None and e.date.value == "2018-04-16" for e in captions)


def test_a_date_in_a_relative_clause_describes_its_noun_not_the_event() -> None:
    # July is when the junta took power, not when it ordered the troops out: the event keeps the publication date
    item = sitrep.extract("Niger's junta, which seized power in July, has ordered French troops to leave the country.",
                          "2023-08-04")
    assert event_at(item, "ordered").date.value == "2023-08-04"
    # a date in the event's own relative clause still dates it
    item = sitrep.extract("The bombing, which killed 12 people on Monday, was claimed by al-Shabaab.", "2024-05-03")
    assert event_at(item, "killed").date.value == "2024-04-29"


def test_a_date_an_act_lasts_until_does_not_date_it() -> None:
    item = sitrep.extract("Brazil's top electoral court barred Bolsonaro from running for office until 2030.", "2023-07-01")
    assert event_at(item, "barred").date.value == "2023-07-01"
