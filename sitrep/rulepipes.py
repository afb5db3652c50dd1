"""Output-identical stand-ins for two of spaCy's rule-based components, at a fraction of their cost.

``en_core_web_sm`` ends its tagging with an ``AttributeRuler`` (179 token patterns that map the
fine tag to POS and morphology, plus a few word exceptions) and a rule ``Lemmatizer``. On news
text they take a quarter of the parse: the ruler runs every pattern at every token through the
``Matcher``, and the lemmatizer rebuilds each token's morphology to look it up. Both answers
depend only on a few token attributes, so these stand-ins read those as arrays, index the
patterns, remember each answer, and hand anything they cannot index (multi-token and regex
patterns, unseen lemma keys) back to the stock component. The parsed ``Doc`` is byte-identical
(``tests/test_parse_trees.py`` checks it against the stock pipeline).
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc

_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_MEMO_SIZE = 200_000  # remembered answers before a memo starts afresh


class FastAttributeRuler:
    """The stock ``AttributeRuler``'s matches, found by dictionary lookups instead of the ``Matcher``.

    A one-token pattern whose conditions are plain values or ``IN`` lists of TAG, LOWER, DEP and
    IS_SPACE is indexed under its LOWER values, else its TAG values, else checked at every token;
    the answer for a token's (TAG, LOWER, DEP, IS_SPACE) is remembered. Other patterns go to a
    small ``Matcher`` of their own. Matches are then applied in the stock order (by pattern id,
    then position) by the stock ``set_annotations``.
    """

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        strings = stock.vocab.strings
        self.rest = Matcher(stock.vocab)
        self.by_lower: dict[int, list[tuple[int, dict[int, frozenset[int]]]]] = {}
        self.by_tag: dict[int, list[tuple[int, dict[int, frozenset[int]]]]] = {}
        self.anywhere: list[tuple[int, dict[int, frozenset[int]]]] = []
        self.keys: dict[int, int] = {}  # pattern id -> its match key
        for attr_id in range(len(stock.attrs)):
            key = strings.add(str(attr_id))
            self.keys[attr_id] = key
            for pattern in stock.matcher.get(key)[1]:
                conds = _conditions(pattern, strings)
                if conds is None:
                    self.rest.add(key, [pattern])
                elif LOWER in conds:
                    for v in conds[LOWER]:
                        self.by_lower.setdefault(v, []).append((attr_id, conds))
                elif TAG in conds:
                    for v in conds[TAG]:
                        self.by_tag.setdefault(v, []).append((attr_id, conds))
                else:
                    self.anywhere.append((attr_id, conds))
        self.memo: dict[tuple[int, int, int, int], tuple[int, ...]] = {}

    def _ids(self, tag: int, lower: int, dep: int, space: int) -> tuple[int, ...]:
        token = {TAG: tag, LOWER: lower, DEP: dep, IS_SPACE: space}
        found = set()
        for attr_id, conds in (*self.by_lower.get(lower, ()), *self.by_tag.get(tag, ()), *self.anywhere):
            if all(token[a] in allowed for a, allowed in conds.items()):
                found.add(attr_id)
        return tuple(sorted(found))

    def __call__(self, doc: Doc) -> Doc:
        memo = self.memo
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        matches: list[tuple[int, int, int, int]] = []
        for i, row in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            row = tuple(row)
            ids = memo.get(row)
            if ids is None:
                ids = memo[row] = self._ids(*row)
            matches += [(a, self.keys[a], i, i + 1) for a in ids]
        if len(self.rest):
            matches += [(int(self.stock.vocab.strings[k]), k, s, e) for k, s, e in self.rest(doc, allow_missing=True)]
        matches.sort()
        self.stock.set_annotations(doc, matches)
        return doc


def _conditions(pattern: list[dict[str, Any]], strings: Any) -> dict[int, frozenset[int]] | None:
    """A one-token pattern's conditions as attribute -> allowed values, or None if it is not that simple."""
    if len(pattern) != 1:
        return None
    conds: dict[int, frozenset[int]] = {}
    for name, value in pattern[0].items():
        attr = _ATTRS.get(name)
        if attr is None:
            return None
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                return None
            values = list(value["IN"])
        else:
            values = [value]
        if attr == IS_SPACE:
            if not all(isinstance(v, bool) for v in values):
                return None
            conds[attr] = frozenset(int(v) for v in values)
        elif all(isinstance(v, str) for v in values):
            conds[attr] = frozenset(strings.add(v) for v in values)
        else:
            return None
    return conds


class FastLemmatizer:
    """The stock rule ``Lemmatizer``'s lemmas, remembered by (ORTH, POS, MORPH), the key its own cache uses.

    The stock component caches only the lemmas its rules build; the many tokens that are their
    own base form it works out again each time, rebuilding their morphology. Here every answer is
    remembered, and only an unseen key asks the stock component.
    """

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        stock = self.stock
        if not stock._validated:
            stock._validate_tables()
        memo = self.memo
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas: Any = array[:, 3:4].copy()  # a column of lemma ids, as from_array wants it
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not stock.overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = stock.vocab.strings.add(stock.lemmatize(doc[i])[0])
            lemmas[i, 0] = value
        doc.from_array([LEMMA], lemmas)
        return doc
