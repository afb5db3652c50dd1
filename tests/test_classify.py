"""The event classifier and the rule that combines it with the curated lexicon, on sentences
written for these tests."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import pytest

import sitrep
from sitrep.classify import ROOTS, Classifier, decide, features, keeps, load_classifier, plv_root, states_intent
from sitrep.lexicon import Reading, load_lexicon, read_verb
from sitrep.parse import load_nlp


@functools.cache
def _nlp() -> Any:
    return load_nlp()


def verb_of(text: str, lemma: str) -> Any:
    return next(t for t in _nlp()(text) if t.lemma_.lower() == lemma)


def probs_for(root: str, p: float, second: str | None = None, q: float = 0.0) -> Any:
    """A model's answer giving ``root`` probability ``p`` (and ``second`` ``q``), the rest shared evenly."""
    out = np.full(len(ROOTS), (1.0 - p - q) / (len(ROOTS) - (2 if second else 1)))
    out[ROOTS.index(root)] = p
    if second:
        out[ROOTS.index(second)] = q
    return out


@pytest.mark.parametrize(
    ("text", "lemma", "intent"),
    [
        ("The rebels released two captured soldiers on Friday.", "release", False),
        ("The rebels will release two captured soldiers on Friday.", "release", True),
        ("The rebels said they would not release the captured soldiers.", "release", True),
        ("Ankara is willing to withdraw its troops from the buffer zone.", "withdraw", True),
        ("Ankara withdrew its troops from the buffer zone.", "withdraw", False),
        ("Lisbon will not lift the ban on imports from Brazil.", "lift", True),
    ],
)
def test_states_intent(text: str, lemma: str, intent: bool) -> None:
    assert states_intent(verb_of(text, lemma)) is intent


def test_constructions_and_modes_stand_against_an_unsure_or_sure_model() -> None:
    lex = load_lexicon()
    ended = verb_of("Chad ended its defence agreement with France.", "end")
    reading = read_verb(ended, lex)
    assert reading is not None and reading.type == "SANCTION" and reading.slots
    assert keeps(ended, reading, probs_for("REJECT", 0.9), ROOTS)
    expel = verb_of("Accra expelled two Nigerian diplomats on Monday.", "expel")
    reading = read_verb(expel, lex)
    assert reading is not None and reading.mode is not None
    assert keeps(expel, reading, probs_for("SANCTION", 0.9), ROOTS)


def test_a_promise_is_left_to_the_model() -> None:
    lex = load_lexicon()
    verb = verb_of("Ankara is willing to withdraw its troops from the buffer zone.", "withdraw")
    reading = read_verb(verb, lex)
    assert reading is not None and reading.type == "RETREAT"
    assert not keeps(verb, reading, probs_for("AGREE", 0.9), ROOTS)


def test_plain_curated_verbs_yield_to_a_sure_model_but_not_to_an_unsure_one() -> None:
    lex = load_lexicon()
    verb = verb_of("The Kenyan president supported the peace plan for Sudan.", "support")
    reading = read_verb(verb, lex)
    assert reading is not None and not reading.slots and reading.mode is None
    assert not keeps(verb, reading, probs_for("AID", 0.95), ROOTS)
    assert keeps(verb, reading, probs_for("AID", 0.6, "SUPPORT", 0.3), ROOTS)


def test_only_curated_readings_are_kept() -> None:
    verb = verb_of("The Kenyan president supported the peace plan for Sudan.", "support")
    pattern = Reading("SUPPORT", None, (), "051", (), "cameo-pattern")
    assert not keeps(verb, pattern, probs_for("SUPPORT", 0.99), ROOTS)


def test_decide_keeps_the_reading_the_model_agrees_with() -> None:
    lex = load_lexicon()
    verb = verb_of("Ghana's foreign minister visited Togo on Tuesday.", "visit")
    reading = read_verb(verb, lex)
    assert reading is not None
    only = Classifier(("CONSULT",), {}, np.zeros((1, 1)))
    d = decide(verb, reading, lex, only)
    assert (d.type, d.mode, d.source) == ("CONSULT", "visit", "curated")


def test_a_model_yield_is_split_into_concede_and_retreat() -> None:
    lex = load_lexicon()
    yield_only = Classifier(("YIELD",), {}, np.zeros((1, 1)))
    freed = verb_of("The junta freed the former president on Sunday.", "free")
    assert decide(freed, None, lex, yield_only).type == "RETREAT"
    eased = verb_of("The court granted the opposition leader a pardon.", "grant")
    assert decide(eased, None, lex, yield_only).type == "CONCEDE"


def test_features_are_deterministic_and_name_the_verb() -> None:
    verb = verb_of("Egyptian police detained dozens of protesters in Cairo.", "detain")
    reading = read_verb(verb, load_lexicon())
    first = features(verb, reading)
    assert first == features(verb, reading)
    assert "t=detain" in first and "r=COERCE" in first
    assert len(first) == len(set(first))


def test_packaged_classifier_gives_a_distribution() -> None:
    model = load_classifier()
    assert model is not None
    verb = verb_of("Egyptian police detained dozens of protesters in Cairo.", "detain")
    p = model.probabilities(features(verb, read_verb(verb, load_lexicon())))
    assert p.shape == (len(ROOTS),) and abs(float(p.sum()) - 1.0) < 1e-6
    assert model.predict(features(verb, None))[0] in ROOTS


def test_plv_root() -> None:
    assert plv_root("CONCEDE") == plv_root("RETREAT") == "YIELD"
    assert plv_root("ASSAULT") == "ASSAULT" and plv_root(None) is None


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("Police in Dakar arrested an opposition leader on Thursday.", "COERCE"),
        ("Rwandan troops attacked rebel positions in North Kivu.", "ASSAULT"),
        ("Ghana's president met his Ivorian counterpart in Accra on Monday.", "CONSULT"),
        ("Mali stepped up its security cooperation with Russia.", "COOPERATE"),
        ("Burkina Faso ended its military agreement with France.", "SANCTION"),
    ],
)
def test_typed_in_the_pipeline(text: str, typ: str) -> None:
    types = [e.type for e in sitrep.extract(text, "2024-05-03").events]
    assert typ in types, types


def test_an_unsure_model_does_not_overrule_a_curated_reading() -> None:
    reading = Reading("REQUEST", None, (), "020", (), "curated")
    verb = verb_of("The United States began pulling its troops out, as the country requested last month.", "request")
    assert keeps(verb, reading, probs_for("AID", 0.25, "SUPPORT", 0.2), ROOTS)
    assert not keeps(verb, reading, probs_for("AID", 0.9), ROOTS)


def test_packaged_trigger_model_tells_events_from_figures() -> None:
    import spacy  # noqa: F401  (the pipeline's parser)

    from sitrep.classify import TRIGGER_FLOOR, trigger_features

    trigger = load_classifier("trigger")
    assert trigger is not None and trigger.classes == ("NONE", "EVENT")
    item = sitrep.extract("Nigerian troops attacked a rebel camp in Borno state.", "2024-05-03")
    verb = next(t for _, doc in item.docs for t in doc if t.lemma_ == "attack")
    feats = trigger_features(verb, None, (), ())
    assert feats == trigger_features(verb, None, (), ()) and "t=attack" in feats
    assert float(trigger.probabilities(feats)[1]) >= TRIGGER_FLOOR
