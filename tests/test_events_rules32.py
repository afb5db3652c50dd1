"""Event rules of session 32's helper: PLOVER types on sentences written for these tests, in wire style, about real
public events."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import sitrep
from sitrep.model import Actor, Event


def events_of(text: str, published: str = "2024-05-03") -> list[Event]:
    return list(sitrep.extract(text, published).events)


def one(events: Iterable[Event], typ: str) -> Event:
    found = [e for e in events if e.type == typ]
    assert found, f"no {typ} event in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def countries(actors: Iterable[Actor]) -> set[str | None]:
    return {a.country for a in actors}


@pytest.mark.parametrize(
    ("text", "published", "speaker", "accused"),
    [
        # (a strike on what is the speaker's own, told in the plain past)
        ("Kenya's army said al Shabaab fighters stormed its base in El Adde in southern Somalia on Friday.", "2016-01-15",
         "KEN", "SOM"),
        ("The Philippines said Chinese coast guard ships rammed its supply boats near Second Thomas Shoal on Monday.",
         "2024-06-17", "PHL", "CHN"),
        # (fire from a side, in the passive)
        ("Saudi Arabia said on Saturday that its capital had been hit by a missile fired from Yemen.", "2017-11-04", "SAU",
         "YEM"),
        # (what the speaking side knows or believes another had done)
        ("Pompeo said on Monday that Washington knew Iran had carried out the drone attack on the Abqaiq oil plant.",
         "2019-09-16", "USA", "IRN"),
    ],
)
def test_a_side_saying_another_struck_it_accuses_it(text: str, published: str, speaker: str, accused: str) -> None:
    events = events_of(text, published)
    assert [e.type for e in events] == ["ACCUSE"]
    assert countries(events[0].actor) == {speaker}
    assert countries(events[0].recipient) == {accused}


def test_what_a_claimed_attack_did_is_part_of_the_claim() -> None:
    events = events_of("Kerry said that Washington knew Syrian troops had carried out a sarin attack near Damascus that "
                       "killed hundreds of people.", "2013-08-30")
    assert [e.type for e in events] == ["ACCUSE"]


def test_a_strike_told_by_no_side_struck_stays_an_attack() -> None:
    events = events_of("The army said rebels attacked a village in the north on Tuesday.", "2015-03-03")
    assert [e.type for e in events] == ["ASSAULT"]


def test_access_ordered_cut_off_is_coerced() -> None:
    events = events_of("Myanmar's junta ordered mobile operators to cut off all access on Monday night.", "2021-02-15")
    assert [e.type for e in events] == ["COERCE"]


def test_a_freeze_ordered_on_a_states_assets_is_the_freeze() -> None:
    events = events_of("Trump ordered a freeze on all Venezuelan government assets in the United States on Monday.",
                       "2019-08-05")
    assert [e.type for e in events] == ["COERCE"]
    assert countries(events[0].actor) == {"USA"}


def test_an_order_the_parser_joins_to_a_demand_is_an_act_of_its_own() -> None:
    events = events_of("Trump called on Maduro to step down on Monday and ordered a freeze on all Venezuelan government "
                       "assets in the United States.", "2019-08-05")
    assert sorted(e.type for e in events) == ["COERCE", "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Slobodan Milosevic agreed on Tuesday to take steps to pull back his security forces from Kosovo.",
        # (the parser hangs the "to" on the talks)
        "Slobodan Milosevic agreed at talks with Richard Holbrooke in Belgrade on Tuesday to take steps to pull back his "
        "security forces from Kosovo.",
    ],
)
def test_steps_agreed_to_pull_forces_back_are_a_concession(text: str) -> None:
    assert one(events_of(text, "1998-10-13"), "CONCEDE").actor[0].country == "SRB"


def test_steps_agreed_to_lift_a_ban_stay_a_promise() -> None:
    events = events_of("Russia agreed on Friday to take steps to lift its ban on Turkish farm imports.", "2017-03-10")
    assert "CONCEDE" not in [e.type for e in events]


def test_an_act_naming_no_one_told_aside_is_no_event_of_its_own() -> None:
    events = events_of("Taliban fighters pulled out of the northern city of Kunduz on Tuesday, two weeks after capturing it.",
                       "2015-10-13")
    assert [e.type for e in events] == ["RETREAT"]


def test_an_act_told_aside_whose_doer_is_named_stays() -> None:
    events = events_of("Ecuadorean police arrested the CONAIE leader on Tuesday, a day after his movement began blocking "
                       "highways over fuel prices.", "2022-06-14")
    assert sorted(e.type for e in events) == ["COERCE", "PROTEST"]
