"""The one loader for Sitrep's packaged data files (``sitrep/data/``).

Files are found through ``importlib.resources``, never relative to the working directory, and
parsed once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any


def data_file(name: str) -> Traversable:
    """A packaged data file, e.g. ``data_file("agencies.yaml")``."""
    return resources.files("sitrep") / "data" / name


@functools.cache
def load_yaml(name: str) -> Any:
    import yaml

    return yaml.safe_load(data_file(name).read_text("utf-8"))


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` laid out as a trie, for word lists too long for ``"|".join``.

    It matches what the longest-first alternation matches (at each letter the longer words are tried
    first), but Python's ``re`` tries a thousand alternatives at every position of the text and a
    trie only the few that share the letters read so far: on the country words of the presence
    cues that is 25 times faster.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(root) + ")"


def required_text(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``pattern`` contains; ``()`` where none is found.

    Read from the pattern's parse: a run of literal characters, or a group of alternatives each of
    which has a run, that every match must pass through. A text holding none of them cannot match, and
    ``"last" in text.lower()`` costs a fraction of the search it saves. Only ASCII runs of three
    characters or more are kept: ``re.IGNORECASE`` folds some non-ASCII letters onto ASCII ones
    (the Kelvin sign onto "k"), which ``str.lower`` does not.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def needs(items: Any) -> set[str] | None:
        found: list[set[str]] = []
        run = ""
        for op, av in list(items) + [(None, None)]:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if run:
                found.append({run.lower()})
                run = ""
            if op is c.SUBPATTERN:
                sub = needs(av[3])
            elif op is c.ATOMIC_GROUP:
                sub = needs(av)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                sub = needs(av[2])
            elif op is c.BRANCH:
                alternatives = [needs(branch) for branch in av[1]]
                sub = None if any(a is None for a in alternatives) else set().union(*alternatives)  # type: ignore[arg-type]
            else:
                sub = None
            if sub is not None:
                found.append(sub)
        usable = [s for s in found if all(len(w) >= 3 and w.isascii() for w in s)]
        return max(usable, key=lambda s: (min(map(len, s)), -len(s))) if usable else None

    return tuple(sorted(needs(_parser.parse(pattern.pattern, pattern.flags)) or ()))


class GuardedPattern:
    """A compiled pattern searched only in texts that hold one of its required strings (``required_text``)."""

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = required_text(pattern)

    def search(self, text: str, lower: str | None) -> re.Match[str] | None:
        """``pattern.search(text)``; ``lower`` is ``text.lower()`` for an ASCII text, else None (no shortcut)."""
        if lower is not None and self.needs and not any(w in lower for w in self.needs):
            return None
        return self.pattern.search(text)
