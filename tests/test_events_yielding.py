"""Giving way, by kind and not by sentence (the released rounds' largest confusion: CONCEDE read as AGREE or RETREAT, or
not read): a ruling accepted when it is told as "it". PLOVER types on sentences written for these tests, in wire style,
about real public events."""

from __future__ import annotations

import pytest

from .test_events import countries, events_of, one


@pytest.mark.parametrize(
    ("text", "published", "loser"),
    [
        (
            "Vice President Al Gore said on Wednesday that he strongly disagreed with the Supreme Court's decision but "
            "accepted it, ending five weeks of legal battles over the Florida count.",
            "2000-12-14",
            "USA",
        ),
        (
            "Kenya's Supreme Court upheld Uhuru Kenyatta's election on Saturday, and Prime Minister Raila Odinga said "
            "that although he disagreed with the verdict he would respect it.",
            "2013-03-31",
            "KEN",
        ),
    ],
)
def test_a_ruling_accepted_as_it_is_given_way_to(text: str, published: str, loser: str) -> None:
    # accepting or respecting a ruling one disagrees with gives way (CONCEDE), also when the ruling is told as "it"
    conceded = one(events_of(text, published), "CONCEDE")
    assert countries(conceded.actor) == {loser}


def test_it_standing_for_a_name_is_no_ruling() -> None:
    # "it" after a state named stands for no ruling: accepting it is no concession of one
    events = events_of(
        "Britain criticised the court's ruling on Monday, and Spain said it would accept refugees from the camp.", "2016-06-06"
    )
    assert "CONCEDE" not in [e.type for e in events]
