"""The event lexicon: which CAMEO code, and so which PLOVER type, a verb has in its clause.

Three layers, first hit wins: Sitrep's curated readings (``data/events/curated.tsv``,
PLOVER-specific: withdrawals, demands, ended agreements, visits, military aid, deployments), then
PETRARCH2's CAMEO verb patterns (``patterns.tsv``: words the verb's clause must contain), then the
verb's default code (``verbs.tsv``). The CAMEO code maps to a PLOVER type, mode and context through
the PLOVER manual's table (``cameo2plover.tsv``). ``scripts/build_verbs.py`` writes the last three.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .arguments import infinitive, misparsed_predicate, relative_on_noun, said_of_noun, sentence_start

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# verbs too common for CAMEO's default code to hold outside the patterns that name their objects ("took
# control of the town" seizes, "took medical leave" or "take delivery of aircraft" does not; "engaged in
# business", "holds a 25 percent share", "pushed the index lower", "is valued at")
NO_DEFAULT = frozenset({"take", "hold", "pull", "push", "engage", "value", "involve", "pass"})


@dataclass(frozen=True)
class Reading:
    """One lexicon reading of a verb: its PLOVER type (None: not an event) and CAMEO code."""

    type: str | None
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    slots: tuple[frozenset[str], ...] = ()
    source: str = "curated"


@dataclass(frozen=True)
class Lexicon:
    curated: dict[str, list[Reading]]
    patterns: dict[str, list[Reading]]
    verbs: dict[str, str]
    plover: dict[str, tuple[str, str | None, tuple[str, ...]]]

    def to_plover(self, code: str) -> tuple[str, str | None, tuple[str, ...]] | None:
        for n in (len(code), 3, 2):
            hit = self.plover.get(code[:n])
            if hit:
                return hit
        return None


def _rows(name: str) -> Iterable[list[str]]:
    text = (resources.files("sitrep") / "data" / "events" / name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _slots(text: str) -> tuple[frozenset[str], ...]:
    if text in ("", "-"):
        return ()
    return tuple(frozenset(s.split("|")) for s in text.split())


@functools.cache
def load_lexicon() -> Lexicon:
    """The packaged event lexicon, read once per process."""
    plover: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
    for code, typ, mode, context in _rows("cameo2plover.tsv"):
        plover[code] = (typ, mode or None, tuple(c for c in context.split(";") if c))
    curated: dict[str, list[Reading]] = defaultdict(list)
    for lemma, slots, typ, mode, context, cameo in _rows("curated.tsv"):
        curated[lemma].append(Reading(None if typ == "-" else typ, None if mode == "-" else mode,
                                      () if context == "-" else tuple(context.split(";")), None if cameo == "-" else cameo,
                                      _slots(slots)))
    patterns: dict[str, list[Reading]] = defaultdict(list)
    for lemma, code, slots in _rows("patterns.tsv"):
        patterns[lemma].append(Reading(None, None, (), code, _slots(slots), "cameo-pattern"))
    verbs = {lemma: code for lemma, code in _rows("verbs.tsv")}
    return Lexicon(dict(curated), dict(patterns), verbs, plover)


# reading a verb


#: PETRARCH's particles of phrasal verbs ("FIRE OFF", "RULE OUT"): a slot met only by a particle, not by a preposition
#: with an object of its own ("fired a missile off the coast" fires off no letter).
_PARTICLES = frozenset({"off", "out", "up", "down", "back", "away"})


def clause_words(verb: Any, complements: bool = True) -> set[str]:
    """Lower-cased forms and lemmas of the verb's own clause: its subtree minus active subject and sub-clauses
    (and, without ``complements``, minus its verb complement: "agreed to start talks on a trade deal").

    Kept on the parse, as the lexicon and the classifiers read one verb's clause more than once; not to be changed."""
    known = verb.doc.user_data.setdefault("sitrep.clause_words", {})
    if (verb.i, complements) not in known:
        known[verb.i, complements] = _clause_words(verb, complements)
    return known[verb.i, complements]  # type: ignore[no-any-return]


def _clause_words(verb: Any, complements: bool) -> set[str]:
    """:func:`clause_words`, walked from the parse."""
    words: set[str] = set()
    skip = {"ccomp", "advcl", "relcl", "parataxis", "conj"} | (set() if complements else {"xcomp"})
    # a passive subject is what is acted on: "the picture was taken" reads like "took the picture"
    # (a small clause's adjective is the verb's own: "found the regime guilty", "declared the vote illegal"; and so is a
    # bare noun the parser made a clause: "took hundreds of spectators [hostage]", "took [some 850 people hostage]")
    stack = [c for c in verb.children if (c.dep_ not in _SUBJ or c.dep_ == "nsubjpass")
             and (c.dep_ not in skip or c.dep_ == "ccomp" and (c.pos_ == "ADJ" or c.pos_ == "NOUN" and (
                 not (c.n_lefts or c.n_rights)) or c.lemma_.lower() in ("hostage", "captive")))  # (tagged a verb too)
             and not dates_only(c) and c.lower_ != "according"]  # "according to officials" is who says so, no accord
    while stack:
        tok = stack.pop()
        if not (tok.lower_ in _PARTICLES and any(c.dep_ == "pobj" for c in tok.children)):
            words.add(tok.lower_)
            words.add(tok.lemma_.lower())
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "advcl", "ccomp"))
    # "must" and "should" of a reported order ("notified ... that the soldiers must leave")
    for c in verb.children:
        if c.dep_ == "ccomp":
            words.update(a.lower_ for a in c.children if a.dep_ == "aux")
            if infinitive(c):
                # an infinitive's subject is the verb's object: "declared [a state of siege to begin at midnight]"
                words.update(w for n in c.children if n.dep_ == "nsubj" for t in n.subtree for w in (t.lower_, t.lemma_.lower()))
    words.update(_object_words(verb))
    # an object told as "it" is the thing named before: "disagreed with the ruling but would respect it"
    words.update(w for o in verb.children if (a := referred_back(o)) is not None for w in (a.lower_, a.lemma_.lower()))
    if relative_on_noun(verb):
        words.update(w for t in verb.head.subtree if t.i < verb.i for w in (t.lower_, t.lemma_.lower()))  # its noun's words
    return words


#: The roles of a noun that "it" later in the sentence can stand for.
_ANTECEDENT_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})


def referred_back(obj: Any) -> Any | None:
    """The common noun an object "it" stands for: the nearest one before it in the sentence that is a subject or an
    object, so a reading's slot on the thing acted on is met ("said he disagreed with the ruling but would respect
    it", where "respect" yields only to a ruling); None for any other object, or when a name comes first."""
    if obj.dep_ != "dobj" or obj.lower_ != "it":
        return None
    for tok in reversed(obj.doc[sentence_start(obj) : obj.i]):
        if tok.pos_ == "PROPN" and tok.dep_ in _ANTECEDENT_DEPS:
            return None  # (a state or a body named: "it" may be that)
        if tok.pos_ == "NOUN" and tok.dep_ in _ANTECEDENT_DEPS:
            return tok
    return None


#: What stands before a verb in its own clause: its subject, and words fused to it ("test-fired").
_BEFORE = frozenset({"nsubj", "csubj", "npadvmod", "compound", "amod", "nmod", "dep"})


def _subject_words(verb: Any) -> set[str]:
    """The words before the verb in its own clause, as "subj:" slot words, for PETRARCH's words before the verb: its
    active subject ("&WEAPON *": "a car bomb exploded", not "fired a missile") and what is fused to it ("TEST *":
    "test-fired"); a conjoined or complement verb shares its head's subject."""
    before = [c for c in verb.children if c.i < verb.i and c.dep_ in _BEFORE]
    if not any(c.dep_ in ("nsubj", "csubj") for c in before) and verb.dep_ in ("conj", "xcomp"):
        before += [c for c in verb.head.children if c.dep_ in ("nsubj", "csubj")]
    return {f"subj:{w}" for c in before for t in c.subtree for w in (t.lower_, t.lemma_.lower())}


def _agent_words(verb: Any) -> set[str]:
    """A passive's doer, named by its "by", as "subj:" slot words: the curated readings' "subj:" slots name who does the
    act ("was deposed by the army" reads as "the army deposed")."""
    return {f"subj:{w}" for c in verb.children if c.dep_ == "agent" for t in c.subtree if t.i != c.i
            for w in (t.lower_, t.lemma_.lower())}


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Sums of money, whose "in" names what they are of as "of" does ("NZ$18.2 million in development funding").
_SUMS = frozenset({"dollar", "euro", "pound", "yuan", "rouble", "ruble", "rupee", "franc", "yen", "million", "billion"})
#: Nouns of an amount or a part, whose "of" names what a verb acts on ("the first of his protests").
_AMOUNT_NOUNS = _SUMS | {"percent", "per", "cent", "day", "week", "month", "year", "hour", "ton", "tonne", "all", "most",
                         "much", "part", "some", "lot", "round", "series", "wave", "batch", "set", "first", "last", "one",
                         "another", "latest", "second", "third", "score", "dozen", "hundred", "thousand", "handful"}
#: Nouns of a group or a load, whose "of" names what it is made of ("sent a brigade of doctors", "a convoy of aid trucks").
_GROUP_NOUNS = frozenset({"brigade", "team", "contingent", "group", "unit", "squad", "detachment", "convoy", "shipment",
                          "consignment", "cargo", "planeload", "boatload", "truckload", "column", "delegation"})


def _object_words(verb: Any) -> set[str]:
    """The verb's direct objects as slot words, "obj:" and the lemma ("obj:city"), or "obj:@place" for a named
    place: a slot on what the verb acts on, where a plain word would be met anywhere in the clause ("captured the
    town" takes ground, "captured a suspect in the town" does not)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if relative_on_noun(verb) or misparsed_predicate(verb) is not None:
        # a relative clause with a subject of its own acts on its noun: "the schoolgirls (that) they had seized"; so does
        # a predicate the parser took for the noun's adjective ("Trump heaped praise on Kim": praise is heaped)
        objects = [verb.head]
    elif (said_of := said_of_noun(verb)) is not None:
        objects = [said_of]  # and so does what a relative clause's speaker says of its noun ("a decision he said he regretted")
    objects += [c for o in objects for c in o.conjuncts]
    # all but a few of something acts on the rest of it: "shut all but two of the transit points"
    objects += [n for o in objects if o.lemma_.lower() == "all" for b in o.children if b.lower_ == "but"
                for n in b.children if n.like_num]
    # an amount or a group of something acts on the thing: "froze 6.3 billion euros of funding", "began three days of
    # drills", "sent a brigade of doctors"
    # (a sum "in" it too: "paused NZ$18.2 million in development funding")
    objects += [c for o in objects if o.lemma_.lower() in _AMOUNT_NOUNS | _GROUP_NOUNS or o.like_num
                for p in o.children if p.dep_ == "prep" and (p.lower_ == "of" or p.lower_ == "in" and o.lemma_.lower() in _SUMS)
                for c in p.children if c.dep_ == "pobj"]
    # a name is what its apposition says it is: "dissolved Dan Na Ambassagou, a hunters' militia"
    objects += [c for o in objects if o.pos_ == "PROPN" for c in o.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    # and so is the title before it: "handed captured pilot Abhinandan Varthaman back"
    objects += [c for o in objects if o.pos_ == "PROPN" for c in o.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    # and the common noun that ends a name the parser split at "of": "launched [the Power of Siberia] pipeline"
    objects += [c for o in objects if o.pos_ == "PROPN" and o.i + 1 < len(o.doc) and o.doc[o.i + 1].lower_ == "of"
                for c in o.doc[o.i + 1].children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                and any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in c.children)]
    # what "it" stands for (below)
    objects += [a for o in objects if (a := referred_back(o)) is not None]
    out = {f"obj:{o.lemma_.lower()}" for o in objects}
    # what the verb takes someone or something out of: "excluded Cuba from the Organization of American States"
    # ("from:organization"), not a word of the clause's other phrases ("at a meeting of foreign ministers")
    out.update(f"from:{o.lemma_.lower()}" for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children if o.dep_ == "pobj")
    # any direct object: "demonstrated their applications" (not one after a comma, which is a misparsed apposition:
    # "demonstrated in Minsk to mark the anniversary of the disaster, the world's worst nuclear accident")
    out.update("obj:*" for o in objects if o.dep_ == "dobj" and not any(t.text == "," for t in o.doc[verb.i + 1 : o.left_edge.i]))
    out.update("obj:@place" for o in objects if o.ent_type_ in _PLACE_ENTS or _town_taken_for_a_name(o))
    if any(o.dep_ == "dobj" and _pushed_to(verb, o) for o in objects):
        out.add("obj:@to")
    return out


#: How large a town must be for a word the parser's model took for a person's or a body's name to be read as the town.
_TOWN_POPULATION = 20_000


def _town_taken_for_a_name(tok: Any) -> bool:
    """Whether a one-word name the parser's model tagged a person or an organisation, and no name table knows, is a
    sizeable town of the gazetteer and no one the actor tables know: "captured Sukhumi" (not "captured Hassan")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG") or tok.ent_id_ or tok.ent_iob_ != "B" or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children):
        return False  # a name its noun says is something else: "the container ship Mayaguez"
    from .actors import load_dictionary
    from .gazetteer import Gazetteer

    if not any(e.kind == "city" and (e.population or 0) >= _TOWN_POPULATION for e in Gazetteer.load().candidates(tok.text)):
        return False
    actors = load_dictionary()
    return not actors.lookup(tok.text) and not actors.namesakes(tok.text)


def _pushed_to(verb: Any, obj: Any) -> bool:
    """Whether the verb's object is pushed to do something: "pressured the workers (at the plant) to call off the
    strike", not "pushed troops north to secure the border", a purpose of the pusher's own."""
    for c in verb.children:
        to = next((a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None)
        if c.dep_ in ("xcomp", "advcl") and to is not None and to.i > obj.i:
            between = obj.doc[obj.right_edge.i + 1 : to.i]
            preps = {t.i for p in verb.children if p.dep_ == "prep" for t in p.subtree}
            return all(t.i in preps or t.is_punct for t in between)
    return False


def dates_only(tok: Any) -> bool:
    """A preposition that only dates the act: "on Saturday", "in March" (a slot such as call's "on" is not
    met by "called King Salman on Saturday"); "for two days of talks" still has its "for"."""
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    return tok.dep_ == "prep" and bool(objs) and all(
        o.ent_type_ in ("DATE", "TIME") and not any(g.dep_ == "prep" for g in o.children) for o in objs)


def _best(readings: list[Reading], words: set[str]) -> Reading | None:
    """The first reading with the most slots of those whose every slot ``words`` meet."""
    best: Reading | None = None
    most = -1
    for r in readings:
        if len(r.slots) <= most:
            continue
        for slot in r.slots:  # (a loop, not all() over a generator: a verb's readings run to hundreds)
            if slot.isdisjoint(words):
                break
        else:
            best, most = r, len(r.slots)
    return best


def read_curated(lemma: str, words: set[str], lex: Lexicon) -> Reading | None:
    """The curated reading of ``lemma`` whose slots ``words`` meet, with no clause to walk: how a verb reads with the
    object its noun takes ("the closure of all ports" as "close" with "obj:port")."""
    return _best(lex.curated.get(lemma, []), words)


def read_verb(verb: Any, lex: Lexicon) -> Reading | None:
    """The lexicon's reading of ``verb`` in its clause; ``None`` when the verb is unknown. Kept on the parse, as the
    event rules ask for one verb's reading many times."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.curated and lemma not in lex.patterns and lemma not in lex.verbs:
        return None  # a verb the lexicon lacks: its clause need not be walked
    read = verb.doc.user_data.setdefault(("sitrep.read_verb", id(lex)), {})
    if verb.i not in read:
        read[verb.i] = _read(verb, lemma, lex)
    return read[verb.i]  # type: ignore[no-any-return]


#: Verbs of starting or going on, whose gerund complement is the act: "began test-firing missiles".
ASPECTUAL = frozenset({"begin", "start", "resume", "continue"})


def _gerund_taken_for_modifier(verb: Any) -> Any | None:
    """The gerund right after a verb of starting that the parser took for an adjective of the object ("began
    [test-firing] ballistic missiles", "firing" read like "rising prices"): the verb the starting passes to; else None."""
    if verb.lemma_.lower() not in ASPECTUAL:
        return None
    return next((g for o in verb.children if o.dep_ == "dobj" for g in o.children
                 if g.dep_ == "amod" and g.tag_ == "VBG" and g.left_edge.i == verb.i + 1), None)


def _read(verb: Any, lemma: str, lex: Lexicon) -> Reading | None:
    if (gerund := _gerund_taken_for_modifier(verb)) is not None and (
            gerund.lemma_.lower() in lex.curated or gerund.lemma_.lower() in lex.patterns or gerund.lemma_.lower() in lex.verbs):
        lemma = gerund.lemma_.lower()  # the starting reads as the act started, on the starting's object and clause
    words = clause_words(verb)
    curated = lex.curated.get(lemma)
    if curated:
        # the curated readings name the verb's own objects, not its complement's (and may name its subject: "the meeting
        # broke up")
        own = clause_words(verb, complements=False) if any(c.dep_ == "xcomp" for c in verb.children) else words
        hit = _best(curated, own | _subject_words(verb) | _agent_words(verb))
        if hit is not None:
            return hit
    code: str | None = None
    patterns = lex.patterns.get(lemma, [])
    pattern = _best(patterns, words | _subject_words(verb)) if patterns else None
    if pattern is not None:
        code = pattern.cameo
    elif (curated is None or all(r.slots for r in curated)) and lemma not in NO_DEFAULT:
        # a verb curated only in some constructions ("issue a warning") keeps its default elsewhere
        code = lex.verbs.get(lemma)
    if not code:
        return None
    mapped = lex.to_plover(code)
    if mapped is None:
        return Reading(None, None, (), code, (), "cameo")
    typ, mode, context = mapped
    return Reading(typ, mode, context, code, (), "cameo-pattern" if pattern else "cameo-verb")
