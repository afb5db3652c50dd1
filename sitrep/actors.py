"""Actors: every actor mention in the coded sentences, with its country (ISO3) and sector.

Candidates are spaCy's noun chunks and the entities the ruler and NER tag (countries, demonyms,
capitals, IGOs, armed groups, persons); each is coded with the actor dictionary
(:mod:`sitrep.actor_dict`), packaged plus the user's ``settings.actor_dictionaries``.

What a phrase leaves open is filled from the article, in reading order:

* a generic agent without a country ("the junta", "the soldiers") takes the country last named
  with the same agent noun ("Niger's military junta"), else with the same sector, else the
  country of a complement ("forces in Mali"), else the article's dateline;
* "the country" / "the nation" is the country last named as a country;
* "the American ones" takes the sector of the last actor with a sector ("Russian forces");
* a compound modifier ("Hungarian and Romanian officials") gives one actor per conjunct.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .actor_dict import NONSTATE, ActorCode, ActorDictionary
from .model import Actor, Batch, Item
from .pipeline import Stage
from .settings import Settings

CODED_SEGMENTS = ("body", "caption", "title")
_ENT_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
_COUNTRY_NOUNS = frozenset({"country", "nation", "state"})
_ONES = frozenset({"one", "ones"})
_NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "us", "its", "their"})
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{2,40}?)(?:,\s*([A-Z][A-Za-z .'-]{2,30}))?\s*(?:\([^)]{1,30}\))?\s*[-–—]")


@dataclass
class Context:
    """What the article has named so far, for references the phrase alone leaves open."""

    by_head: dict[str, str] = field(default_factory=dict)  # agent noun lemma -> country
    by_sector: dict[str, str] = field(default_factory=dict)  # sector -> country
    countries: list[str] = field(default_factory=list)  # countries named as such, most recent last
    last_sector: str | None = None
    dateline: str | None = None

    def note(self, actor: Actor, head: str | None) -> None:
        if actor.country and actor.country not in NONSTATE:
            if head and actor.sector:
                self.by_head[head] = actor.country
            if actor.sector:
                self.by_sector[actor.sector] = actor.country
            if actor.source == "dictionary":
                if actor.country in self.countries:
                    self.countries.remove(actor.country)
                self.countries.append(actor.country)
        if actor.sector:
            self.last_sector = actor.sector


@functools.cache
def load_dictionary(extra: tuple[str, ...] = ()) -> ActorDictionary:
    """The packaged actor dictionary, plus the user's dictionaries when given (cached per set)."""
    if not extra:
        return ActorDictionary.default()
    return ActorDictionary.load(*extra, packaged=True)


def publication_day(item: Item) -> dt.date | None:
    value = item.article.published.value if item.article else None
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _strip(span: Any) -> Any:
    """The span without leading determiners, possessive pronouns and trailing punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].lower_ in _PRONOUNS and doc[start].text != "US"):
        start += 1
    while end > start and doc[end - 1].pos_ == "PUNCT":
        end -= 1
    return doc[start:end]


def _complement_country(head: Any, dictionary: ActorDictionary, day: dt.date | None) -> str | None:
    """The country of an "of/in/from X" complement of ``head`` ("forces in Mali")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    code = dictionary.resolve(obj.doc[obj.left_edge.i : obj.i + 1].text, day)
                    if code and code.country:
                        return code.country
    return None


def _is_subject_of(actor: Actor, token: Any, offset: int) -> bool:
    """Whether ``actor`` lies in the subject of the clause ``token`` belongs to."""
    verb = token
    while verb.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and verb.head is not verb:
        verb = verb.head  # through "are said to have left": xcomp borrows its head's subject
    deps = {"nsubj", "nsubjpass"}
    if any(c.dep_ == "expl" for c in verb.children):
        deps.add("attr")  # "there were American soldiers in the country"
    for child in verb.children:
        if child.dep_ in deps:
            a, b = offset + child.left_edge.idx, offset + child.right_edge.idx + len(child.right_edge)
            if a <= actor.start and actor.end <= b:
                return True
    return False


def _sentence_countries(found: list[Actor], sent_start: int, before: int) -> list[str]:
    """Countries named on their own earlier in the sentence: the last one, or the last coordinated run."""
    named = [a for a in found if sent_start <= a.start < before and a.sector is None and a.country
             and a.country not in NONSTATE and a.source == "dictionary"]
    if not named:
        return []
    run = [named[-1]]
    for a in reversed(named[:-1]):
        if run[0].start - a.end <= 5:  # "Mali and Burkina Faso"
            run.insert(0, a)
        else:
            break
    return list(dict.fromkeys(a.country for a in run if a.country))


def _actor(span: Any, offset: int, code: ActorCode, source: str) -> Actor:
    return Actor(span.text, offset + span.start_char, offset + span.end_char, code.country, code.sector, code.name, source)


def _chunks(doc: Any) -> Iterator[Any]:
    """Noun chunks, then entities outside every chunk, in text order."""
    chunks = list(doc.noun_chunks)
    covered = {i for c in chunks for i in range(c.start, c.end)}
    extra = [e for e in doc.ents if e.label_ in _ENT_LABELS and not any(i in covered for i in range(e.start, e.end))]
    yield from sorted(chunks + extra, key=lambda s: s.start)


def code_doc(
    doc: Any, offset: int, dictionary: ActorDictionary, day: dt.date | None, ctx: Context, sentences: list[tuple[int, int]]
) -> list[Actor]:
    """Actors in one parsed segment; ``offset`` maps the doc's characters to the article's."""
    out: list[Actor] = []
    for chunk in _chunks(doc):
        start = offset + chunk.start_char
        if sentences and not any(a <= start < b for a, b in sentences):
            continue
        span = _strip(chunk)
        if not len(span):
            continue
        head = span.root
        if head.ent_type_ in _NOT_ACTORS:
            continue
        lemma = head.lemma_.lower()
        # "Senior Hungarian and Romanian officials": one actor per coordinated modifier
        mods = [t for t in head.children if t.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in t.children)]
        if mods:
            parts = [mods[0], *[c for c in mods[0].conjuncts]]
            for part in parts:
                code = dictionary.resolve(f"{part.text} {head.text}", day)
                if code and code.country:
                    actor = Actor(part.text, offset + part.idx, offset + part.idx + len(part.text),
                                  code.country, code.sector, code.name, "dictionary")
                    out.append(actor)
                    ctx.note(actor, lemma)
            if any(a.start >= start for a in out):
                continue
        code = dictionary.resolve(span.text, day)
        if code is not None and code.name is None and head.text not in code.matched:
            # "military base", "Russian presence": the agent word is a modifier, not the head
            code = replace(code, sector=None) if code.country else None
        if code is None:
            definite = chunk[0].lower_ in ("the", "this", "that")
            if lemma in _COUNTRY_NOUNS and head.tag_ == "NN" and definite and ctx.countries:
                # "the American soldiers must leave the country": not the subject's own country
                own = {a.country for a in out if _is_subject_of(a, head, offset)}
                country = next((c for c in reversed(ctx.countries) if c not in own), ctx.countries[-1])
                out.append(Actor(span.text, offset + span.start_char, offset + span.end_char, country, None, None, "coref"))
            continue
        actor = _actor(span, offset, code, "dictionary")
        if lemma in _ONES and actor.sector is None and ctx.last_sector:
            actor = replace(actor, sector=ctx.last_sector, source="coref")
        if actor.country is None and actor.sector and code.name is None:
            # rebels and civilians are not the states named beside them ("the US and Niger fought rebels")
            bare = not any(t.dep_ in ("det", "poss") for t in head.children) and actor.sector not in ("REB", "OPP", "CRM", "CVL")
            local = _sentence_countries(out, offset + head.sent.start_char, start) if bare else []
            if local:
                # not noted for later references: "the junta" still means the one named explicitly
                out.extend(replace(actor, country=c, source="coref") for c in local)
                continue
            inferred = (
                _complement_country(head, dictionary, day)
                or ctx.by_head.get(lemma)
                or ctx.by_sector.get(actor.sector)
                or (ctx.by_sector.get("GOV") if actor.sector == "MIL" else ctx.by_sector.get("MIL") if actor.sector == "GOV" else None)
                or ctx.dateline
            )
            if inferred:
                actor = replace(actor, country=inferred, source="coref")
        ctx.note(actor, lemma)
        out.append(actor)
    return out


def dateline_country(item: Item, dictionary: ActorDictionary, day: dt.date | None) -> str | None:
    """The country of an opening dateline ("NIAMEY, Niger (AP) —"), if the body starts with one."""
    article = item.article
    if article is None:
        return None
    body = next((s for s in article.segments if s.kind == "body"), None)
    if body is None:
        return None
    m = _DATELINE.match(article.text[body.start : body.start + 80])
    if not m:
        return None
    for part in (m.group(2), m.group(1)):
        if part:
            code = dictionary.resolve(part.title(), day)
            if code and code.country and len(code.country) == 3:
                return code.country
    return None


def code_item(item: Item, dictionary: ActorDictionary) -> Item:
    """The item with ``actors`` set: every actor mention of its coded segments, in text order."""
    if item.article is None or not item.docs:
        return item
    day = publication_day(item)
    ctx = Context(dateline=dateline_country(item, dictionary, day))
    spans = [(s.start, s.end) for s in item.sentences if s.segment in CODED_SEGMENTS]
    actors: list[Actor] = []
    # captions first describe the picture; the body's references should not lean on them,
    # so the body is read first, in order, and captions and title after it
    ordered = sorted(item.docs, key=lambda sd: (sd[0].kind != "body", sd[0].start))
    for seg, doc in ordered:
        if seg.kind not in CODED_SEGMENTS:
            continue
        actors.extend(code_doc(doc, seg.start, dictionary, day, ctx, spans))
    actors.sort(key=lambda a: (a.start, a.end))
    return replace(item, actors=tuple(actors))


def make(settings: Settings) -> Any:
    dictionary = load_dictionary(tuple(settings.actor_dictionaries))

    def process(batch: Batch) -> Batch:
        return replace(batch, items=tuple(code_item(item, dictionary) for item in batch.items))

    return process


def process(batch: Batch) -> Batch:
    """Code the actors of a batch with the packaged dictionary."""
    result: Batch = make(Settings())(batch)
    return result


STAGE = Stage(
    name="actors",
    requires=("sentences",),
    sets=("actors",),
    factory=make,
    help="code the actors in each sentence: country (ISO3) and sector, resolving references within the article",
)
