"""Attribution: the chain of who says so for each event.

A chain is a tuple of :class:`~sitrep.model.Attribution` links, **innermost first**: the first link
is the source nearest the event (the one who saw or said it), each later link relays the one
before it. "An unnamed US defense source told the Reuters news agency" gives
``(anonymous "An unnamed US defense source", agency "Reuters")``; "Reuters reported, citing two
officials, that …" gives ``(official "two officials", agency "Reuters")``. The article's own agency
and site (``Article.original_source``, ``Article.site``) are never links: every event carries them.

Each link's ``text`` and offsets are those of the cue that names it, as written in the article
("according to CNN"; "An unnamed US defense source told the Reuters news agency" for both links of
that cue). ``source`` is who: the source's phrase without a leading "the", relative clauses and
appositions ("Russian media", "A US official"); agencies by their canonical name ("Reuters").

Cues are found per sentence from the dependency parse (:func:`find_cues`), with these rules:

* **clause** – a reporting verb ("said", "told", "reported", "announced", …, lexicon in
  ``data/attribution/cues.yaml``) governs the events in its complement clause, or in its object
  when that is not the addressee ("announced the withdrawal"): "X said (that) EVENT", "EVENT, X said"
  when spaCy makes the verb the root, "X, which writes that EVENT".
* **parenthetical** – a reporting verb hung off the event's clause with no complement of its own
  ("EVENT, X said" parsed the other way round) governs that clause.
* **adjunct** – "according to X", "citing X", "as reported by X" govern the whole sentence.
* **hedge** – "are said to have left", "reportedly", "is believed to": no source is named, so no
  link is added (``Attribution`` has no room for one); the hedge only stops carry-over (below).
* **parenthetical**, too, when such a verb follows a comma that closes a clause the parser hung
  elsewhere ("BAMAKO (Reuters) - EVENT, it said": the dateline derails the parse).
* **dangling** – a reporting verb with neither complement nor object ("An unnamed source told
  Reuters on Friday.", "The minister said:") reports what is around it; see carry-over.

Links of all cues governing an event are ordered by scope, narrowest first: in "According to CNN,
the minister said that troops left", *said* governs only its clause and *according to* the whole
sentence, so the chain is (minister, CNN).

Coreference: "it"/"they" first take the nearest subject before them in their own sentence that
agrees in number ("France keeps troops in Niger, from where it says …"). Otherwise a pronoun
subject ("he said"), a document with no named author ("the statement said") or a definite phrase
repeating an earlier source's head noun ("according to the source", "says the official") takes
the earlier source (nearest first, anywhere before in the article) and its outer links: "According to the American source, …" after
the Reuters lead becomes (anonymous "An unnamed US defense source", agency "Reuters").

Carry-over, deliberately conservative (a sentence with any cue of its own, a hedge included,
never inherits):

1. a **dangling** cue covers the following sentences up to the end of the next paragraph; when it
   stands in the lead (first body sentence) it also covers the title, which wire headlines write
   without the lead's attribution;
2. a **quote paragraph** (opening with a quotation mark or a dash) takes the cue found in that
   paragraph, else the cue of the sentence just before it;
3. an **"according to" a medium** (agency or outlet) in the last sentence of a paragraph covers the
   earlier sentences of that paragraph back to the nearest one with a cue of its own: wire copy
   credits another medium once, at the end of the paragraph that summarises its report.

Speed: lexicons are compiled once into sets; a sentence is looked at only where one of its
lemmas is a cue word, so most sentences cost one pass over their tokens.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from .metadata import agencies
from .model import Attribution, AttributionKind, Batch, Event, Item
from .pipeline import Stage
from .resources import load_yaml

Rule = Literal["clause", "parenthetical", "adjunct", "hedge", "dangling"]

_SUBJECTS = ("nsubj", "nsubjpass")
_COMPLEMENTS = ("ccomp", "xcomp", "parataxis")
_OBJECTS = ("dobj", "obj", "attr")
_ADDRESSEES = ("dobj", "dative", "iobj", "obj")
_DROP_FROM_SOURCE = ("relcl", "acl", "appos", "punct", "advcl", "cc", "conj")
_QUOTE_OPENERS = "\"“”«‘'–—-"
_MEDIA: tuple[AttributionKind, ...] = ("agency", "outlet")


@dataclass(frozen=True)
class Lexicon:
    """The cue lexicons of ``data/attribution/cues.yaml`` as sets, built once per process."""

    reporting: frozenset[str]
    addressee: frozenset[str]
    citing: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_passives: frozenset[str]
    documents: frozenset[str]
    anonymous_words: frozenset[str]
    anonymous_phrases: re.Pattern[str]
    outlet_words: frozenset[str]
    outlet_names: frozenset[str]
    official_words: frozenset[str]
    organisation_words: frozenset[str]
    pronouns: dict[str, str]
    # every lemma that can open a cue: a sentence without one is skipped at once
    triggers: frozenset[str]
    agency_names: dict[str, str]
    longest_name: int


@functools.cache
def lexicon() -> Lexicon:
    data = load_yaml("attribution/cues.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data[key])

    phrases = sorted((str(p) for p in data["anonymous_phrases"]), key=len, reverse=True)
    reporting, hedges, adverbs = words("reporting_verbs"), words("hedge_passives"), words("hedge_adverbs")
    names = {alias: agency.name for agency in agencies().values() for alias in agency.aliases}
    outlets = words("outlet_names")
    longest = max(len(n.split()) for n in [*names, *outlets])
    return Lexicon(
        reporting=reporting,
        addressee=words("addressee_verbs"),
        citing=words("citing_verbs"),
        hedge_adverbs=adverbs,
        hedge_passives=hedges,
        documents=words("document_nouns"),
        anonymous_words=words("anonymous_words"),
        anonymous_phrases=re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b"),
        outlet_words=words("outlet_words"),
        outlet_names=outlets,
        official_words=words("official_words"),
        organisation_words=words("organisation_words"),
        pronouns={str(k): str(v) for k, v in data["pronouns"].items()},
        triggers=reporting | hedges | adverbs | words("citing_verbs") | {"accord"},
        agency_names=names,
        longest_name=longest,
    )


# ---------------------------------------------------------------- cues in one sentence
@dataclass(frozen=True)
class Link:
    """An :class:`Attribution` link with what coreference needs to know about its source phrase."""

    attribution: Attribution
    head: str  # lemma of the source phrase's head noun, or the pronoun
    anaphor: bool = False  # a pronoun or a definite phrase that may repeat an earlier source
    plural: bool = False


@dataclass(frozen=True)
class Cue:
    """One attribution cue of a sentence: its links (innermost first) and the tokens it governs."""

    rule: Rule
    links: tuple[Link, ...]
    scope: frozenset[int]  # token indices (``Token.i``) of the events it governs
    start: int  # the cue's offsets in the article text
    end: int

    @property
    def chain(self) -> tuple[Attribution, ...]:
        return tuple(link.attribution for link in self.links)


def _has_cue_word(sent: Any, lex: Lexicon) -> bool:
    return any(t.lemma_.lower() in lex.triggers for t in sent)


def _subtree_ids(token: Any) -> set[int]:
    return {t.i for t in token.subtree}


def _phrase(head: Any) -> list[Any]:
    """The source's phrase: the head's subtree less relative clauses, appositions and punctuation."""
    keep: list[Any] = []

    def walk(tok: Any) -> None:
        keep.append(tok)
        for child in tok.children:
            if child.tag_ == "HYPH":  # "Lieutenant-Colonel"
                keep.append(child)
                continue
            if child.dep_ in _DROP_FROM_SOURCE and child.i > head.i or child.dep_ in ("punct", "relcl", "acl", "appos"):
                continue
            walk(child)

    walk(head)
    keep.sort(key=lambda t: t.i)
    # keep one contiguous run around the head
    run = [head]
    by_i = {t.i: t for t in keep}
    i = head.i - 1
    while i in by_i:
        run.insert(0, by_i[i])
        i -= 1
    i = head.i + 1
    while i in by_i:
        run.append(by_i[i])
        i += 1
    while run and run[0].dep_ in ("det", "case", "punct") and run[0].lower_ == "the" or run and run[0].is_punct:
        run.pop(0)
    while run and (run[-1].is_punct or run[-1].dep_ == "case"):
        run.pop()
    return run or [head]


def _written(head: Any) -> list[Any]:
    """The source's phrase as written in a cue: :func:`_phrase` with its determiners put back."""
    return _phrase(head) + [c for c in head.children if c.dep_ == "det"]


def _text(tokens: Sequence[Any]) -> str:
    if not tokens:
        return ""
    # Doc.text joins every token of the document on each call: slice a span instead
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    if tokens[0].lower_ in ("a", "an"):  # a label, not a sentence: "an unnamed source" wherever it stood
        text = text[0].lower() + text[1:]
    return text


def _find_name(words: Sequence[str], names: Iterable[str], longest: int) -> str | None:
    """The first name of ``names`` found as a run of ``words``."""
    pool = set(names)
    for size in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            cand = " ".join(words[i : i + size])
            if cand in pool:
                return cand
    return None


def _source_of_document(head: Any, lex: Lexicon, depth: int = 0) -> Any:
    """The speaker behind "a statement from the army" / "the ministry's statement", else the document."""
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of", "on"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.lemma_.lower() in lex.documents and depth < 2:  # "a report on the statement by the ministry"
                    found = _source_of_document(pobj, lex, depth + 1)
                    if found is not pobj:
                        return found
                elif child.lower_ != "on":  # "a report on the attack" names no one
                    return pobj
    for tok in head.subtree:  # "a statement read on state television"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "by") and classify(tok, documents=False)[0] in _MEDIA:
            return tok
    return head


def classify(head: Any, extra: Iterable[Any] = (), documents: bool = True) -> tuple[AttributionKind, str, bool]:
    """(kind, source text, anaphoric?) for the source phrase headed by ``head``.

    ``extra`` are tokens outside the phrase that may mark it anonymous (the reporting verb's
    "speaking on condition of anonymity"). With ``documents`` a document ("a statement from the
    army") stands for the one it comes from.
    """
    lex = lexicon()
    if documents and head.lemma_.lower() in lex.documents and head.pos_ != "PROPN":
        head = _source_of_document(head, lex)
    lower = head.lower_
    if head.pos_ == "PRON" or lower in lex.pronouns:
        kind: AttributionKind = "organisation" if lex.pronouns.get(lower) == "organisation" else "person"
        return kind, head.text, True
    phrase = _phrase(head)
    words = [t.text for t in phrase]
    source = _text(phrase)
    lemma = head.lemma_.lower()
    agency = _find_name(words, lex.agency_names, lex.longest_name)
    if agency is not None and (lemma in ("agency", "service", "wire") or head.text in agency.split()):
        return "agency", lex.agency_names[agency], False
    definite = bool(phrase) and phrase[0].lower_ in ("this", "that") or any(t.lower_ == "the" for t in head.children)
    named = any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP") for t in phrase)
    context = " ".join(t.lower_ for t in head.subtree) + " " + " ".join(t.lower_ for tok in extra for t in tok.subtree)
    if (
        lemma in lex.anonymous_words
        or any(t.lower_ in lex.anonymous_words for t in phrase)
        or lex.anonymous_phrases.search(context)
    ):
        return "anonymous", source, definite and not named
    if (
        _find_name(words, lex.outlet_names, lex.longest_name)
        or lemma in lex.outlet_words
        or lower in lex.outlet_words
        or lemma == "agency"
    ):
        return ("agency" if lemma == "agency" else "outlet"), source, definite and not named and lemma != "media"
    titles = [t for t in phrase if t.lemma_.lower() in lex.official_words and t.pos_ != "PROPN" or t.lower_ in lex.official_words]
    appos_titles = [t for c in head.children if c.dep_ == "appos" for t in c.subtree if t.lemma_.lower() in lex.official_words]
    if titles or appos_titles:
        return "official", source, definite and not named
    if lemma in lex.organisation_words or head.ent_type_ in ("ORG", "GPE", "NORP"):
        return "organisation", source, False
    if head.ent_type_ == "PERSON" or head.pos_ == "PROPN":
        return "person", source, False
    return "organisation", source, False


def _sentence_antecedent(pronoun: Any) -> Any | None:
    """The nearest subject before a pronoun in its own sentence that agrees with it in number."""
    plural = pronoun.lower_ == "they"
    for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if tok.dep_ in _SUBJECTS and tok.pos_ in ("NOUN", "PROPN") and (tok.tag_ in ("NNS", "NNPS")) == plural:
            return tok
    return None


def _link(head: Any, cue: tuple[int, int], offset: int, extra: Iterable[Any] = ()) -> Link:
    lex = lexicon()
    if head.lower_ in lex.pronouns and head.lower_ != "he" and head.lower_ != "she":
        head = _sentence_antecedent(head) or head
    kind, source, anaphor = classify(head, extra)
    # the cue's text from its tokens: ``doc.text`` joins every token of the document on each access
    text = head.doc.char_span(cue[0], cue[1], alignment_mode="expand").text
    if head.lemma_.lower() in lex.documents and _source_of_document(head, lex) is head:
        # "The statement said": whoever spoke last
        return Link(Attribution(text, source, kind, cue[0] + offset, cue[1] + offset), "it", True, False)
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ == "they"
    return Link(
        Attribution(text, source, kind, cue[0] + offset, cue[1] + offset),
        head.lower_ if head.pos_ == "PRON" else head.lemma_.lower(),
        anaphor,
        plural,
    )


def _span(tokens: Iterable[Any]) -> tuple[int, int]:
    toks = list(tokens)
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return start, end


def _subject(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head  # "CNN, which writes that …"
            return child
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _subject(verb.head)  # "said … and added that …"
    return None


def _media_relays(verb: Any, lex: Lexicon, skip: set[int]) -> list[Any]:
    """Media the verb's speaker spoke to or through: "told AFP", "said on state television"."""
    found: list[Any] = []
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.i in skip:
            continue
        cands: list[Any] = []
        if lemma in lex.addressee and child.dep_ in _ADDRESSEES:
            cands.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("to", "on", "with", "in"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    cands.append(pobj)
                    for sub in pobj.children:  # "in an interview with CNN"
                        if sub.dep_ == "prep" and sub.lower_ in ("with", "to", "on"):
                            cands += [p for p in sub.children if p.dep_ == "pobj"]
        for cand in cands:
            kind, _, _ = classify(cand)
            if kind in _MEDIA:
                found.append(cand)
    return found


def _citing(verb: Any, lex: Lexicon, used: set[int]) -> list[Any]:
    """Sources the verb's speaker cites: "Reuters reported, citing two officials, …" (the parser
    often hangs *citing* off the complement instead, so look one level down as well)."""
    out: list[Any] = []
    near = list(verb.children) + [g for c in verb.children if c.dep_ in _COMPLEMENTS for g in c.children]
    for tok in near:
        if tok.lemma_.lower() in lex.citing and tok.tag_ == "VBG" and tok.i not in used:
            for obj in tok.children:
                if obj.dep_ in _OBJECTS and _looks_like_source(obj, lex):
                    out.append((tok, obj))
    return out


def _looks_like_source(tok: Any, lex: Lexicon) -> bool:
    """Whether a cited object is someone ("citing two officials"), not a reason ("citing violations")."""
    if tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    return any(
        lemma in words or tok.lower_ in words
        for words in (lex.anonymous_words, lex.outlet_words, lex.official_words, lex.organisation_words, lex.documents)
    )


def _complement(verb: Any, lex: Lexicon, depth: int = 0) -> set[int]:
    """Tokens of the clause or object the reporting verb reports."""
    ids: set[int] = set()
    lemma = verb.lemma_.lower()
    for child in verb.children:
        reported_object = (
            child.dep_ in _OBJECTS
            and lemma not in lex.addressee
            and lemma not in lex.citing  # "Interfax quoted the ministry as saying": the object is a source
            and child.lower_ not in ("it", "this", "so", "that")
        )
        if child.dep_ in _COMPLEMENTS or reported_object:
            ids |= _subtree_ids(child)
        elif depth == 0 and child.pos_ == "VERB" and child.lemma_.lower() in lex.reporting and _subject(child) is None:
            ids |= _complement(child, lex, 1)  # "was quoted as saying that …"
        elif child.dep_ == "prep" and child.lower_ == "as":
            for sub in child.children:
                if sub.lemma_.lower() in lex.reporting:
                    ids |= _complement(sub, lex, 1)
    if not ids and depth == 0:
        # "told AFP in an interview that …": the parser hangs the that-clause off a noun
        subject = _subject(verb)
        skip = _subtree_ids(subject) if subject is not None and subject.head.i == verb.i else set()
        for tok in verb.subtree:
            if tok.dep_ == "mark" and tok.lower_ == "that" and tok.i not in skip and tok.head.i > verb.i:
                ids |= _subtree_ids(tok.head)
    return ids


def _is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _agent(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None


def find_cues(sent: Any, offset: int = 0) -> list[Cue]:
    """The attribution cues of a spaCy sentence (a ``Span``), with offsets shifted by ``offset``.

    ``offset`` is where the sentence's Doc starts in the article text (the segment's start).
    Links whose source is a pronoun or a definite repetition ("the source") are marked
    ``anaphor`` and left for :func:`resolve` to tie to an earlier source.
    """
    lex = lexicon()
    if not _has_cue_word(sent, lex):
        return []
    cues: list[Cue] = []
    sentence = frozenset(t.i for t in sent)
    used_citing: set[int] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "accord" and tok.lower_ == "according":
            cues += _according(tok, sentence, offset)
        elif tok.lower_ in lex.hedge_adverbs and tok.pos_ == "ADV":
            cues.append(Cue("hedge", (), sentence, tok.idx + offset, tok.idx + len(tok.text) + offset))
        elif tok.pos_ in ("VERB", "AUX") and lemma in lex.reporting | lex.hedge_passives:
            cue = _verb_cue(tok, sentence, offset, lex, used_citing)
            if cue is not None:
                cues.append(cue)
    for tok in sent:  # a "citing" not absorbed by a reporting verb stands alone: "…, citing a source."
        if tok.i not in used_citing and tok.lemma_.lower() in lex.citing and tok.tag_ == "VBG":
            for obj in tok.children:
                if obj.dep_ in _OBJECTS and _looks_like_source(obj, lex):
                    span = _span([tok, *_written(obj)])
                    cues.append(Cue("adjunct", (_link(obj, span, offset),), sentence - _subtree_ids(tok), *_shift(span, offset)))
    return cues


def _shift(span: tuple[int, int], offset: int) -> tuple[int, int]:
    return span[0] + offset, span[1] + offset


def _according(tok: Any, sentence: frozenset[int], offset: int) -> list[Cue]:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return []
    span = _span([tok, to, *_written(pobj)])
    return [Cue("adjunct", (_link(pobj, span, offset),), sentence - _subtree_ids(tok), *_shift(span, offset))]


def _verb_cue(verb: Any, sentence: frozenset[int], offset: int, lex: Lexicon, used_citing: set[int]) -> Cue | None:
    lemma = verb.lemma_.lower()
    passive = _is_passive(verb)
    complement = _complement(verb, lex)
    if passive:
        agent = _agent(verb)
        if agent is None:
            if lemma not in lex.hedge_passives or not complement:
                return None  # "is known as" hedges nothing
            # "are said to have left", "it is reported that": a hedge with no one named
            return Cue("hedge", (), frozenset(complement), verb.idx + offset, verb.idx + len(verb.text) + offset)
        speaker = agent
        quoted = _subject(verb) if lemma in lex.citing else None
    else:
        if lemma not in lex.reporting:
            return None
        speaker = _subject(verb)
        quoted = next((c for c in verb.children if c.dep_ in _OBJECTS), None) if lemma in lex.citing else None
    if speaker is None:
        return None
    skip = _subtree_ids(speaker) | complement
    relays = _media_relays(verb, lex, skip)
    cited = _citing(verb, lex, used_citing)
    anonymity = [c for c in verb.children if c.dep_ in ("advcl", "prep", "npadvmod")]
    cue_tokens = [verb, *speaker.subtree, *(t for r in relays for t in r.subtree)]
    if speaker.head.i != verb.i and verb.dep_ == "relcl":
        cue_tokens = [verb, *(c for c in verb.children if c.dep_ in _SUBJECTS)]
    if quoted is not None:
        cue_tokens += list(quoted.subtree)
    span = _span(cue_tokens)
    links: list[Link] = []
    for cite_tok, obj in cited:
        used_citing.add(cite_tok.i)
        links.append(_link(obj, _span([cite_tok, *_written(obj)]), offset))
    if quoted is not None:
        links.append(_link(quoted, span, offset))
    links.append(_link(speaker, span, offset, anonymity))
    links += [_link(r, span, offset) for r in relays]
    if complement:
        return Cue("clause", tuple(links), frozenset(complement), *_shift(span, offset))
    if verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        scope = _subtree_ids(verb.head) - _subtree_ids(verb)
        return Cue("parenthetical", tuple(links), frozenset(scope), *_shift(span, offset))
    before = sorted(t for t in sentence if verb.doc[t].idx < span[0])
    if before and verb.doc[before[-1]].text == "," and any(verb.doc[t].pos_ in ("VERB", "AUX") for t in before):
        # "BAMAKO (Reuters) - EVENT, it said": a dateline can leave the clause hanging elsewhere
        return Cue("parenthetical", tuple(links), frozenset(before), *_shift(span, offset))
    return Cue("dangling", tuple(links), frozenset(), *_shift(span, offset))


# ---------------------------------------------------------------- the article
@dataclass
class _Sent:
    index: int
    segment: str
    start: int
    end: int
    para: int
    quote: bool
    doc_offset: int
    token_starts: list[int]  # the character offsets of the Doc's tokens; a token's position is its id
    root: int | None = None  # the token id of the sentence's root
    cues: list[Cue] = field(default_factory=list)
    inherited: tuple[Attribution, ...] = ()

    def token_at(self, offset: int) -> int | None:
        pos = bisect.bisect_right(self.token_starts, offset - self.doc_offset) - 1
        return pos if pos >= 0 else None


def resolve(links: tuple[Link, ...], history: Sequence[tuple[Link, ...]]) -> tuple[Link, ...]:
    """Tie an anaphoric first link to the nearest earlier source it repeats, taking that source's outer links."""
    if not links:
        return links
    out: list[Link] = []
    for i, link in enumerate(links):
        if not link.anaphor:
            out.append(link)
            continue
        antecedent = _antecedent(link, history)
        if antecedent is None:
            out.append(link)
            continue
        first = antecedent[0].attribution
        out.append(replace(link, attribution=replace(link.attribution, source=first.source, kind=first.kind), anaphor=False))
        if i == len(links) - 1 or all(not x.anaphor for x in links[i + 1 :]):
            out += [x for x in antecedent[1:] if x.attribution.source not in {y.attribution.source for y in links}]
    return tuple(out)


def _antecedent(link: Link, history: Sequence[tuple[Link, ...]]) -> tuple[Link, ...] | None:
    pronoun = lexicon().pronouns.get(link.head)
    for chain in reversed(history):
        if chain and _repeats(link, chain[0], pronoun):
            return chain
    return None


def _repeats(link: Link, earlier: Link, pronoun: str | None) -> bool:
    """Whether ``link`` (a pronoun or definite phrase) can stand for the ``earlier`` source."""
    kind = earlier.attribution.kind
    if pronoun is None:
        return earlier.head == link.head or (link.head == "source" and kind == "anonymous")
    if pronoun == "singular":
        return kind in ("person", "official", "anonymous") and not earlier.plural
    if pronoun == "organisation":
        return kind in ("organisation", "agency", "outlet") and not earlier.plural
    return earlier.plural


def _sentences(item: Item) -> list[tuple[_Sent, Any]]:
    """The item's sentences in parse order, each with its spaCy span, paragraph and quote flag."""
    assert item.article is not None
    text = item.article.text
    out: list[tuple[_Sent, Any]] = []
    para = 0
    prev_end: int | None = None
    for seg, doc in item.docs:
        starts = doc.to_array("IDX").tolist()
        words = doc.text  # (spaCy joins the tokens anew at every reading of a span's or the doc's text)
        for sent in doc.sents:
            if not words[sent.start_char : sent.end_char].strip():
                continue
            start = seg.start + sent.start_char
            if prev_end is None or "\n" in text[prev_end:start]:
                para += 1
            line_start = text.rfind("\n", 0, start) + 1
            lead = text[line_start : start + 1].lstrip()
            quote = bool(lead) and lead[0] in _QUOTE_OPENERS
            out.append((_Sent(len(out), seg.kind, start, seg.start + sent.end_char, para, quote, seg.start, starts,
                              sent.root.i), sent))
            prev_end = seg.start + sent.end_char
            while prev_end > start and text[prev_end - 1].isspace():
                prev_end -= 1
    return out


def article_cues(item: Item) -> list[_Sent]:
    """Every sentence of the item with its own cues (coreference resolved) and its inherited chain."""
    parsed = _sentences(item)
    history: list[tuple[Link, ...]] = []
    for s, sent in parsed:
        for cue in find_cues(sent, s.doc_offset):
            links = resolve(cue.links, history)
            s.cues.append(replace(cue, links=links))
            if links:
                history.append(links)
    sents = [s for s, _ in parsed]
    _carry_over(sents)
    return sents


def _carry_over(sents: list[_Sent]) -> None:
    body = [s for s in sents if s.segment == "body"]
    titles = [s for s in sents if s.segment == "title"]

    def free(s: _Sent) -> bool:
        return not s.cues and not s.inherited

    for n, s in enumerate(body):
        for cue in s.cues:
            if cue.rule == "dangling" and cue.links:
                chain = cue.chain
                if n == 0:
                    for t in titles:
                        if free(t):
                            t.inherited = chain
                for nxt in body[n + 1 :]:
                    if nxt.para > s.para + 1 or nxt.cues:
                        break
                    if free(nxt):
                        nxt.inherited = chain
    # quote paragraphs
    for n, s in enumerate(body):
        if not s.quote or not free(s):
            continue
        same = [x for x in body if x.para == s.para]
        own = next((c for x in same for c in x.cues if c.links), None)
        if own is not None:
            s.inherited = own.chain
        elif n > 0 and body[n - 1].para != s.para:
            before = next((c for c in reversed(body[n - 1].cues) if c.links), None)
            if before is not None:
                s.inherited = before.chain
    # "…, according to CNN." closing a paragraph
    for n, s in enumerate(body):
        last = n == len(body) - 1 or body[n + 1].para != s.para
        if not last:
            continue
        media = next(
            (
                c
                for c in s.cues
                if c.rule == "adjunct" and c.links and c.links[-1].attribution.kind in _MEDIA and c.start > s.start
            ),
            None,
        )
        if media is None:
            continue
        for prev in reversed(body[:n]):
            if prev.para != s.para or prev.cues:
                break
            if free(prev):
                prev.inherited = media.chain


def chain_for(event: Event, sents: Sequence[_Sent]) -> tuple[Attribution, ...]:
    """The attribution chain of one event, innermost first."""
    s = next((x for x in sents if x.start <= event.trigger.start < x.end), None)
    return _chain_at(s, s.token_at(event.trigger.start)) if s is not None else ()


def _chain_at(s: _Sent, tok: int | None) -> tuple[Attribution, ...]:
    """The chain of the cues governing token ``tok`` of ``s``, else what the sentence inherits."""
    governing = [c for c in s.cues if tok is not None and tok in c.scope and c.links]
    if not governing:
        return s.inherited if not s.cues else ()
    governing.sort(key=lambda c: (len(c.scope), c.rule != "clause"))
    chain: list[Attribution] = []
    for cue in governing:
        for link in cue.chain:
            if chain and chain[-1].source == link.source and chain[-1].kind == link.kind:
                continue
            chain.append(link)
    return tuple(chain)


def attribute(item: Item) -> Item:
    """The item with each event's ``attribution`` chain filled in, and each sentence's (its main clause's)."""
    if item.article is None or not item.docs:
        return item
    sents = article_cues(item)
    by_start = {s.start: _chain_at(s, s.root) for s in sents}
    sentences = tuple(replace(s, attribution=by_start.get(s.start, ())) for s in item.sentences)
    events = tuple(replace(e, attribution=chain_for(e, sents)) for e in item.events)
    return replace(item, events=events, sentences=sentences)


def process(batch: Batch) -> Batch:
    return replace(batch, items=tuple(attribute(item) for item in batch.items))


STAGE = Stage(
    name="attribution",
    requires=("events",),
    sets=("events.attribution",),
    factory=lambda settings: process,
    help="the chain of who says so for each event",
)
