"""Event types the weakest released rounds missed, by cause and not by sentence: a refusal told in a participle after a
vote. PLOVER types on sentences written for these tests, in wire style, about real public events."""

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
