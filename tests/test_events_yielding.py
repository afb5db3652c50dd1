"""Giving way, by kind and not by sentence (the released rounds' largest confusion: CONCEDE read as AGREE or RETREAT, or
not read): a ruling accepted when it is told as "it", a release reported as announced, a suspension or freeze lifted,
a pact one says one will scrap, which is left and not given way on, and a trip's end, which is no pullout. PLOVER
types on sentences written for these tests, in wire style, about real public events."""

from __future__ import annotations

import pytest

from .test_events import countries, events_of, one


@pytest.mark.parametrize(
    ("text", "published", "who"),
    [
        pytest.param(
            "Vice President Al Gore said on Wednesday that he strongly disagreed with the Supreme Court's decision but "
            "accepted it, ending five weeks of legal battles over the Florida count.",
            "2000-12-14",
            "USA",
            id="ruling-accepted-as-it",
        ),
        pytest.param(
            "Kenya's Supreme Court upheld Uhuru Kenyatta's election on Saturday, and Prime Minister Raila Odinga said "
            "that although he disagreed with the verdict he would respect it.",
            "2013-03-31",
            "KEN",
            id="ruling-respected-as-it",
        ),
        pytest.param(
            "Hamas said on Sunday that it would release Israeli-American soldier Edan Alexander, the last living U.S. "
            "citizen it holds in Gaza.",
            "2025-05-11",
            "PSE",
            id="release-said-would",
        ),
        pytest.param(
            "Ahmadinejad said on Tuesday that Iran would release the two American hikers within a couple of days as a "
            "humanitarian gesture.",
            "2011-09-13",
            "IRN",
            id="release-said-would-iran",
        ),
        pytest.param(
            "Pakistan lifted its three-year suspension of YouTube on Monday after the site launched a local version.",
            "2016-01-19",
            "PAK",
            id="suspension-lifted",
        ),
        pytest.param(
            "The United States said on Tuesday it would lift its freeze on military aid and intelligence sharing with Ukraine.",
            "2025-03-12",
            "USA",
            id="freeze-to-be-lifted",
        ),
    ],
)
def test_giving_way_is_a_concession(text: str, published: str, who: str) -> None:
    # CONCEDE by the manual: accepting or respecting a ruling one disagrees with, also when the ruling is told as "it";
    # an announced retreat ("said it would release ..."), a release as a pullout; a suspension, freeze or pause lifted,
    # as a ban or sanctions lifted
    conceded = one(events_of(text, published), "CONCEDE")
    assert countries(conceded.actor) == {who}


def test_it_standing_for_a_name_is_no_ruling() -> None:
    # "it" after a state named stands for no ruling: accepting it is no concession of one
    events = events_of(
        "Britain criticised the court's ruling on Monday, and Spain said it would accept refugees from the camp.", "2016-06-06"
    )
    assert "CONCEDE" not in [e.type for e in events]


def test_a_release_promised_in_the_future_tense_stays_a_promise() -> None:
    # PLV's labels read a captor's "will release" as a promise (AGREE), which the coder keeps
    events = events_of("Colombia's ELN rebels have said they will release a kidnapped army sergeant next week.", "2016-05-02")
    assert [e.type for e in events] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Pakistani authorities arrested Nawaz Sharif at Lahore airport on Friday as he returned from London.", "2018-07-14"),
        (
            "Taiwanese President Tsai Ing-wen returned from her stopover in the United States on Friday, and China began "
            "three days of drills around the island the next day.",
            "2023-04-08",
        ),
    ],
)
def test_a_person_coming_back_from_a_trip_retreats_from_nothing(text: str, published: str) -> None:
    # a leader returning from a visit ends a trip: no pullout (RETREAT), which forces returning home are
    assert "RETREAT" not in [e.type for e in events_of(text, published)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "North Korea announced on Friday that it would scrap all military and political agreements with South Korea.",
            "2009-01-30",
        ),
        (
            "Pyongyang said on Friday it would scrap all non-aggression pacts with Seoul, days before U.S.-South Korean drills.",
            "2013-03-08",
        ),
    ],
)
def test_a_pact_one_says_one_will_scrap_is_left_not_conceded(text: str, published: str) -> None:
    # scrapping one's own law or plan gives way (CONCEDE); scrapping a pact with another state leaves it (SANCTION),
    # announced or done
    events = events_of(text, published)
    assert "CONCEDE" not in [e.type for e in events]
    assert countries(one(events, "SANCTION").actor) == {"PRK"}
