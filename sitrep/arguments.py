"""Arguments: the actors and recipients of an event's predicate, from the dependency parse.

The actor is the verb's subject (the ``by`` agent of a passive), borrowed from the governing verb
for ``xcomp`` and ``conj`` verbs; the recipients are its objects and the objects of its
prepositions. Each argument is coded with the actors stage's records that overlap it, so a
compound argument ("Mali and Burkina Faso") stays a list.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import Actor, Item

_RECIPIENT_PREPS = frozenset({"to", "with", "against", "on", "from", "at", "toward", "towards", "into", "for", "upon", "in", "of", "out", "away", "off"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "them", "him", "her"})
RELATIVE = frozenset({"which", "who", "that", "whom"})




def _span(tok: Any) -> tuple[int, int]:
    """Character span of a noun's phrase up to its head (left modifiers included, complements not)."""
    return tok.left_edge.idx, tok.idx + len(tok)


def conjuncts(tok: Any) -> list[Any]:
    return [tok, *tok.conjuncts]


def actors_at(tokens: Iterable[Any], offset: int, actors: tuple[Actor, ...]) -> list[Actor]:
    out: list[Actor] = []
    for tok in tokens:
        a, b = _span(tok)
        a, b = a + offset, b + offset
        found = [x for x in actors if x.start < b and a < x.end]
        # an "of" complement names the actor when the head does not: "the leaders of Mali and Niger"
        if not found:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            found += actors_at(conjuncts(obj), offset, actors)
        out += [x for x in found if x not in out]
    return out


def antecedent(verb: Any, offset: int, actors: tuple[Actor, ...]) -> list[Actor]:
    """For a pronoun subject: the subject of a clause above ("the US announced that it had agreed")."""
    v = verb
    for _ in range(6):
        if v.head.i == v.i:
            return []
        v = v.head
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
        if subj:
            return actors_at(conjuncts(subj[0]), offset, actors)
    return []


def subject(verb: Any) -> tuple[list[Any], bool]:
    """The subject tokens of ``verb`` (borrowed up xcomp/conj chains) and whether it is passive."""
    v = verb
    for _ in range(6):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            passive = subj[0].dep_ == "nsubjpass"
            if passive:
                agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                return [t for a in agent for t in conjuncts(a)], True
            head = subj[0]
            if head.lower_ in RELATIVE and v.dep_ == "relcl":
                head = v.head
            return conjuncts(head), False
        if v.dep_ == "relcl":
            return conjuncts(v.head), False
        if v.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and v.head.i != v.i:
            v = v.head
            continue
        break
    if v.dep_ == "ROOT":
        # a main verb the parser left without a subject ("With the signing of the accord, the government
        # and the rebels have agreed"): the nouns just before its verb group, back to a comma
        first = min([v.i, *(c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i)])
        before = [t for t in v.sent if t.i < first]
        cut = max((t.i for t in before if t.text in (",", ";", ":")), default=v.sent.start - 1)
        nouns = [t for t in before if t.i > cut and t.pos_ in ("PROPN", "NOUN")]
        if nouns and first - cut <= 12:
            return nouns, False
    return [], False


def _pobjs(tok: Any) -> list[Any]:
    """Objects of the recipient prepositions attached to ``tok``, with their conjuncts."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS or c.dep_ == "prt":
            for p in c.children:
                if p.dep_ == "pobj":
                    out += conjuncts(p)
                elif p.dep_ == "prep":  # "out of a base", "away from"
                    out += [t for q in p.children if q.dep_ == "pobj" for t in conjuncts(q)]
    return out


def _objects(verb: Any) -> list[Any]:
    """Recipient candidates: objects, prepositional objects, and their own complements, nearest first."""
    first: list[Any] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            first += conjuncts(c)
    first += _pobjs(verb)
    # "demanded that Gambia hand over the suspects": the one asked is the reported clause's subject
    for c in verb.children:
        if c.dep_ == "ccomp":
            first += [t for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(s)]
    # "ended defense agreements with the USA", "a base in Chad", "demands from the junta"
    second = [t for tok in first for t in _pobjs(tok)]
    return first + [t for t in second if t not in first]


def arguments(verb: Any, offset: int, item: Item, last_actor: tuple[Actor, ...],
              patient: bool = True) -> tuple[list[Actor], list[Actor]]:
    subj_tokens, passive = subject(verb)
    obj_tokens = _objects(verb)
    if passive and patient:  # "a soldier was killed": the passive subject is the one acted on
        obj_tokens = [t for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)] + obj_tokens
    actors = actors_at(subj_tokens, offset, item.actors)
    if not actors and any(t.lower_ in PRONOUNS for t in subj_tokens):
        actors = antecedent(verb, offset, item.actors) or list(last_actor)
    recipients = [r for r in actors_at(obj_tokens, offset, item.actors) if r not in actors]
    countries = {a.country for a in actors}
    foreign = [r for r in recipients if r.country not in countries]
    return actors, foreign or recipients
