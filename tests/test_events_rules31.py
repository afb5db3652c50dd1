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
