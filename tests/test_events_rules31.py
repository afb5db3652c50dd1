"""Event rules of session 31's helper: PLOVER types on sentences written for these tests, in wire style, about real
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


def test_a_decision_a_speaker_says_it_regretted_is_disapproved_of() -> None:
    events = events_of("The United States formally left the Paris climate agreement on Wednesday, a move that France and "
                       "Germany said they regretted.", "2020-11-04")
    assert one(events, "SANCTION").actor[0].country == "USA"
    assert countries(one(events, "ACCUSE").actor) == {"FRA", "DEU"}


@pytest.mark.parametrize(
    ("text", "published", "asker"),
    [
        ("Saudi troops entered Bahrain on Monday as part of a Gulf force that King Hamad had called in to help restore "
         "order.", "2011-03-14", "BHR"),
        ("Rwandan troops began arriving in Cabo Delgado on Friday, the first of a force that Mozambique's government had "
         "requested to help fight Islamist insurgents.", "2021-07-09", "MOZ"),
    ],
)
def test_a_force_a_named_side_had_asked_for_is_its_request(text: str, published: str, asker: str) -> None:
    assert one(events_of(text, published), "REQUEST").actor[0].country == asker


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Chile's President Sebastian Pinera ordered the army onto the streets of Santiago on Saturday after riots over a "
         "rise in metro fares.", "2019-10-19"),
        # (a quoted task the tagger takes for a name)
        ("Daniel Noboa ordered the armed forces to 'neutralise' 22 gangs he named as terrorist groups.", "2024-01-09"),
    ],
)
def test_forces_ordered_out_or_to_a_task_are_mobilised(text: str, published: str) -> None:
    assert [e.type for e in events_of(text, published)] == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "published", "leader"),
    [
        ("Ethiopia's Abiy Ahmed ordered federal troops to halt military operations in Tigray on Monday.", "2021-06-28",
         "ETH"),
        ("Yevgeny Prigozhin ordered his fighters to turn back towards their field camps on Saturday.", "2023-06-24", "RUS"),
    ],
)
def test_ones_own_forces_ordered_to_halt_or_turn_back_is_a_concession(text: str, published: str, leader: str) -> None:
    assert one(events_of(text, published), "CONCEDE").actor[0].country == leader


def test_another_sides_fighters_ordered_to_halt_is_a_demand() -> None:
    events = events_of("Colombia's president ordered the FARC rebels to halt all attacks on Friday.", "2016-01-01")
    assert [e.type for e in events] == ["REQUEST"]


def test_what_an_act_a_relative_clause_blames_on_someone_did_is_no_event_of_its_own() -> None:
    events = events_of("U.S. bombers struck dozens of sites in Iraq and Syria on Friday used by Iran-backed militias, which "
                       "the Pentagon blamed for a drone attack that killed three American soldiers in Jordan.", "2024-02-02")
    assert sorted(e.type for e in events) == ["ACCUSE", "ASSAULT"]


def test_an_inquiry_concluding_a_side_was_responsible_for_a_harm_accuses_it() -> None:
    events = events_of("A U.N. inquiry concluded on Wednesday that the Assad government was responsible for the chlorine "
                       "attacks that killed civilians in three villages.", "2014-09-24")
    assert [e.type for e in events] == ["ACCUSE"]
    assert countries(events[0].recipient) == {"SYR"}


def test_a_past_tense_the_parser_joins_to_an_asked_infinitive_is_an_act_of_its_own() -> None:
    events = events_of("Colombia's president urged Cuba on Friday to hand over the rebel negotiators and suspended the "
                       "peace talks with the ELN.", "2019-01-18")
    assert sorted(e.type for e in events) == ["REQUEST", "SANCTION"]
    assert one(events, "SANCTION").actor[0].country == "COL"
