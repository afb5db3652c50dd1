"""Event types the weakest released rounds missed, by cause and not by sentence: a refusal told in a participle after a
vote, and an order that carries out a ban or a break of ties. PLOVER types on sentences written for these tests, in
wire style, about real public events."""

from __future__ import annotations

import pytest

from .test_events import countries, events_of, one


@pytest.mark.parametrize(
    ("text", "published", "refuser"),
    [
        ("Turkey's parliament voted on Saturday to keep American troops off Turkish soil, rebuffing Washington's request "
         "to open a northern front against Iraq.", "2003-03-01", "TUR"),
        ("Britain's House of Commons voted on Thursday to stay out of military action in Syria, rejecting David "
         "Cameron's call for strikes on the Assad government.", "2013-08-29", "GBR"),
    ],
)
def test_a_refusal_told_in_a_participle_after_a_vote_is_the_votes(text: str, published: str, refuser: str) -> None:
    # what a body votes to do says what it does: a participle turning a request down is that vote's refusal (REJECT),
    # as "said it would stay out, rejecting calls to join" is the statement's
    assert countries(one(events_of(text, published), "REJECT").actor) == {refuser}


@pytest.mark.parametrize(
    ("text", "published", "typ"),
    [
        ("Russia's Supreme Court banned the Jehovah's Witnesses on Thursday and ordered the seizure of the group's "
         "property.", "2017-04-20", "COERCE"),
        ("Morocco broke off diplomatic relations with Iran on Tuesday and ordered the Iranian ambassador to leave the "
         "country.", "2018-05-01", "SANCTION"),
        ("Nicaragua severed diplomatic ties with Taiwan on Thursday and gave Taiwanese diplomats two weeks to leave the "
         "country.", "2021-12-10", "SANCTION"),
    ],
)
def test_an_order_carrying_out_a_ban_or_a_break_is_that_act(text: str, published: str, typ: str) -> None:
    # seizing a banned group's property, or sending home the envoys of a state one has broken with, is how the ban or
    # the break is done: one event, not a second of the same kind
    assert [e.type for e in events_of(text, published)] == [typ]


def test_an_envoy_told_to_leave_after_ties_are_only_downgraded_is_a_second_sanction() -> None:
    events = events_of("Lithuania downgraded its relations with China on Friday and told the Chinese ambassador to leave "
                       "Vilnius.", "2021-11-26")
    assert [e.type for e in events] == ["SANCTION", "SANCTION"]
