"""Walking spaCy's dependency trees: a token's head is compared by index (spaCy hands out a new
Token object on each access, so ``tok.head is tok`` is false even at the root)."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

import sitrep


@pytest.fixture()
def deadline() -> Iterator[None]:
    def fail(*_: object) -> None:
        raise TimeoutError("extraction did not finish: a tree walk never reached the root")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_whose_question_reaches_the_root(deadline: None) -> None:
    # "whose" outside a relative clause sent the possessor walk up past the root for ever
    item = sitrep.extract("Whose soldiers are these, asked the Malian foreign minister on Tuesday.", "2024-05-03")
    assert item.article is not None and any(a.country == "MLI" for a in item.actors)

