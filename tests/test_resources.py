"""The regex helpers of sitrep.resources: a guard must never skip a text its pattern matches."""

from __future__ import annotations

import re

import pytest

from sitrep.presence import cues
from sitrep.resources import GuardedPattern, required_text


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\b(withdrew|pulled) (out )?its (last|final)\b", ("pulled", "withdrew")),  # the longest run every match holds
        (r"\b(arrived|arriving|arrival)\b", ("arriv",)),  # alternatives sharing a prefix
        (r"\b(troops|soldiers)? landed\b", (" landed",)),  # an optional group requires nothing
        (r"\b(in|at)\b", ()),  # runs too short to be worth a look
        (r"\bcaf\u00e9 (closed|shut)\b", ("closed", "shut")),  # a non-ASCII run is no guard (case folding)
    ],
)
def test_required_text(pattern: str, needs: tuple[str, ...]) -> None:
    assert required_text(re.compile(pattern, re.I)) == needs


SENTENCES = [
    "The last French soldiers pulled out of the base at Gao on Monday, the army said.",
    "About 400 Kenyan police officers ARRIVED in Port-au-Prince to lead the mission.",
    "Russian troops have been stationed at the Hmeimim air base since 2015.",
    "The government said the deal would let the German contingent stay until December.",
    "Le dernier soldat français a quitté la base, selon l'armée.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_guard_keeps_every_match_of_the_status_cues(sentence: str) -> None:
    lower = sentence.lower() if sentence.isascii() else None
    for _, patterns in cues().statuses:
        for p in patterns:
            assert (p.search(sentence, lower) is None) == (p.pattern.search(sentence) is None)


def test_guard_skips_a_text_without_its_words() -> None:
    guarded = GuardedPattern(re.compile(r"\bwithdr(ew|awn)\b", re.I))
    assert guarded.needs == ("withdr",)
    assert guarded.search("Troops WITHDREW.", "troops withdrew.") is not None
    assert guarded.search("Troops stayed.", "troops stayed.") is None
