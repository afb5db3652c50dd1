"""PETRARCH verb dictionaries: read them, and lay a user's over the packaged lexicon.

A PETRARCH verb dictionary (``CAMEO.2.0.txt``, ``PETR.Validate.verbs.txt``) has synonym sets
(``&MILITARY`` and its ``+`` members) and verb blocks::

    --- RESTORE  [064]  ---
    RESTORE
    +RESTORED_TIES [0641]
    - * DIPLOMATIC  [064]
    - NOT * RELATIONS  [112]

The block's code is the verb's default; each ``-`` line is a pattern whose words must be in the
verb's clause. Sitrep keeps the words and drops most of PETRARCH's positions (``$`` the source,
``+`` the target), so a pattern matches its words anywhere in the clause, which is looser than
PETRARCH but needs no constituency parse. With ``subjects`` (as the packaged lexicon is built from
``CAMEO.2.0.txt``, whose words before the verb ``*`` are nearly all nouns), words before the verb
must be in its subject or fused before it ("subj:" slots: ``- &WEAPON * [183]`` is "a car bomb
exploded", not "fired a missile"; ``- TEST *`` is "test-fired"), except negation, auxiliaries and
adverbs, which modify the verb. Hand-written
dictionaries such as ``PETR.Validate.verbs.txt`` put idioms there ("SAID *", "RECENTLY_*"), so
they are read without. Codes that are not CAMEO codes (``[---]`` no
event, ``[+++]``, ``[075A]``) are skipped.

``scripts/build_verbs.py`` builds the packaged lexicon from PETRARCH2's ``CAMEO.2.0.txt`` with
:func:`read_verbs`; :func:`with_dictionaries` lays the verb dictionaries a user names in
``settings.verb_dictionaries`` over it: a verb such a dictionary knows is read by that dictionary
alone, as PETRARCH would read it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SitrepError
from .lexicon import Lexicon, Reading, load_lexicon

_CODE = re.compile(r"\[([^\]]*)\]")
_WORD = re.compile(r"[A-Z][A-Z'\-]*(?:/[A-Z][A-Z'\-]*)*_?|&[A-Z_]+|\{|\}|\(|\)|\*|\+|\$|\^|%")
_DROPPED = frozenset({"a", "an", "the"})  # "not" stays: "NOT * RELATIONS" needs a negated verb
# words before the verb that modify it rather than name its subject ("NOT * RELATIONS", "WILL * ..."),
# like the adverbs in -ly ("STRONGLY * ..."): they stay plain clause words
_VERB_WORDS = frozenset({"not", "will", "been", "said", "from", "out", "agree", "of", "on"})


@dataclass
class VerbDictionary:
    """What a verb dictionary says: each verb's default CAMEO code, and its patterns."""

    verbs: dict[str, str] = field(default_factory=dict)
    patterns: list[tuple[str, str, str]] = field(default_factory=list)  # lemma, code, slots ("a|b c")
    lemmas: set[str] = field(default_factory=set)  # every verb it has a block for, coded or not


def _norm(word: str) -> str:
    return word.strip("_").replace("_", " ").lower()


def _code(text: str) -> str | None:
    m = _CODE.search(text)
    if not m:
        return None
    code = m.group(1).split(":")[0].strip()
    return code if code and code.isdigit() else None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """Synonym sets anywhere in the file: ``&NAME`` then its ``+MEMBER`` lines (members may be sets)."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line.split()[0]
            sets[current] = []
        elif current and line.startswith("+") and line[1:].strip():
            sets[current].append(line[1:].split()[0])
        elif line.startswith("-"):
            current = None  # a verb block or pattern: the set has ended
    expanded: dict[str, list[str]] = {}

    def members(name: str, seen: frozenset[str]) -> list[str]:
        out: list[str] = []
        for m in sets.get(name) or sets.get(name + "_") or []:
            if m.startswith("&"):
                out += members(m, seen | {name}) if m not in seen else []
            else:
                out.append(_norm(m))
        return out

    for name in sets:
        expanded[name] = members(name, frozenset())
    return expanded


def _slots(pattern: str, synsets: dict[str, list[str]], subjects: bool = False) -> list[str] | None:
    """The words of a pattern line as slots of alternatives ("&MILITARY" -> "army|military|...",
    "BOMBING/EXPLOSION" -> "bombing|explosion"); None when it names a synonym set the file lacks
    ("&DEMONSTRATION"): without its slot "* (IN &DEMONSTRATION)" would be any "wounded in"."""
    out: list[str] = []
    tokens = _WORD.findall(pattern)
    subject = subjects and "*" in tokens  # until the verb, the words name its subject
    for tok in tokens:
        if tok == "*":
            subject = False
        if tok in "{}()*+$^%":
            continue
        if subject and not tok.endswith("LY") and _norm(tok) not in _VERB_WORDS:
            words = _slots(tok, synsets)
            if words is None:
                return None
            out.extend("|".join(f"subj:{a}" for a in w.split("|")) for w in words)
            continue
        if tok.startswith("&"):
            alts = synsets.get(tok.rstrip("_")) or synsets.get(tok) or synsets.get(tok + "_") or []
            if not alts:
                return None
            out.append("|".join(sorted({a.split()[0] for a in alts if a})))
            continue
        alternatives = [w for w in (_norm(t) for t in tok.split("/")) if w and w not in _DROPPED]
        if len(alternatives) > 1:
            out.append("|".join(alternatives))
        else:
            out.extend(w for a in alternatives for w in a.split() if w not in _DROPPED)
    return out


def _lemma_guess(word: str) -> str:
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
                stem = stem[:-1]  # "snubbed", "shipping"
            return stem
    return word


def read_verbs(text: str, subjects: bool = False) -> VerbDictionary:
    """Read a PETRARCH verb dictionary's text (see the module's docstring for what is kept)."""
    lines = text.splitlines()
    synsets = read_synsets(lines)
    start = next((i + 1 for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS")), 0)
    out = VerbDictionary()
    block_code: str | None = None
    block_verbs: list[tuple[str, list[str]]] = []
    in_block = False
    for raw in lines[start:]:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("########"):
            break  # the TRANSFORMATIONS section that ends CAMEO.2.0.txt
        if not line.strip():
            continue
        if line.startswith("---"):
            block_code, block_verbs, in_block = _code(line), [], True
            continue
        if line.startswith("&"):
            in_block = False  # a synonym set between verb blocks, read above
            continue
        if not in_block:
            continue
        if line.startswith("-"):
            code = _code(line)
            slots = _slots(_CODE.sub("", line[1:]), synsets, subjects) if code else None
            if code and slots is not None:
                out.patterns += [(lemma, code, " ".join(extra + slots)) for lemma, extra in block_verbs]
            continue
        if line[0].isalpha() or line.startswith("+"):
            head = _CODE.sub("", line.lstrip("+").split("{")[0]).split()
            words = [w for w in head[0].lower().split("_") if w] if head else []
            if not words:
                continue
            lemma, extra = words[0], words[1:]
            if line.startswith("+"):
                lemma = _lemma_guess(lemma)  # "+ASKED_FOR": a form written inflected
            block_verbs.append((lemma, extra))
            out.lemmas.add(lemma)
            code = _code(line) or block_code
            if code:
                if extra:
                    out.patterns.append((lemma, code, " ".join(extra)))
                elif lemma not in out.verbs:
                    out.verbs[lemma] = code
    return out


def read_file(path: str | Path) -> VerbDictionary:
    """A verb dictionary file; E007 when it cannot be read."""
    try:
        return read_verbs(Path(path).read_text(encoding="utf-8", errors="replace"))
    except OSError as exc:
        raise SitrepError("E007", path=str(path), reason=exc.strerror or str(exc)) from exc


def _slot_sets(text: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(s.split("|")) for s in text.split())


def overlay(lex: Lexicon, dictionary: VerbDictionary) -> Lexicon:
    """``lex`` with every verb ``dictionary`` knows read by that dictionary alone."""
    known = dictionary.lemmas | set(dictionary.verbs)
    curated = {k: v for k, v in lex.curated.items() if k not in known}
    patterns = {k: v for k, v in lex.patterns.items() if k not in known}
    for lemma, code, slots in dictionary.patterns:
        if slots:
            patterns.setdefault(lemma, []).append(Reading(None, None, (), code, _slot_sets(slots), "cameo-pattern"))
    verbs = {k: v for k, v in lex.verbs.items() if k not in known}
    verbs.update(dictionary.verbs)
    return Lexicon(curated, patterns, verbs, lex.plover)


@functools.cache
def with_dictionaries(paths: tuple[str, ...]) -> Lexicon:
    """The packaged lexicon overlaid with each verb dictionary in ``paths``, later ones over earlier."""
    lex = load_lexicon()
    for path in paths:
        lex = overlay(lex, read_file(path))
    return lex
