"""Actor dictionaries and the actor-phrase resolver.

An :class:`ActorDictionary` maps noun phrases ("Niger's military junta", "the Pentagon",
"Russian military instructors") to an :class:`ActorCode`: a country (ISO 3166 alpha-3, or one
of PLOVER's non-state codes), a PLOVER sector and, where the phrase names one, a canonical
actor name and its date-bounded role.

Four kinds of entry feed the resolver:

``country``
    names, variants and demonyms of a country ("Niger", "Nigerien"); they give a country only.
``capital`` / ``place``
    a capital used metonymically ("Washington said ...") gives the country and ``GOV``; any
    other place named on its own ("Mariupol", "Sydney") stands for the people there: ``CVL``.
``actor``
    named persons and organisations with one or more CAMEO codes, each optionally valid only
    between two dates (a head of state is ``GOV`` while in office, ``ELI`` after).
``agent``
    generic nouns ("soldiers", "officials", "junta") that give a sector.

Packaged data (``sitrep/data/actors/``) is derived from the PETRARCH2 dictionaries by
``scripts/build_actors.py`` plus the hand-curated ``institutions.yaml``, ``companies.yaml``,
``office_holders.yaml`` and ``curated.yaml``. Users can add their own
dictionaries, in YAML or in the PETRARCH format, with :meth:`ActorDictionary.load` or
:meth:`ActorDictionary.extend`; entries loaded later win over earlier ones for the same
phrase.

YAML schema (every top-level key is optional)::

    actors:
      - name: Abdourahamane Tiani            # canonical name, also matched
        aliases: [Tiani, General Tiani]      # further phrases that name the actor
        type: person                         # person | org (for spaCy patterns)
        roles:                               # first role whose dates contain the query wins
          - {country: NER, sector: MIL, to: 2023-07-25}
          - {country: NER, sector: GOV, from: 2023-07-26, other: [MIL]}
          # optional per role: code (raw CAMEO-style code; default country+sector),
          # other (secondary PLOVER sectors); a role with neither from nor to is the default
    places:
      - {name: Kyiv, country: UKR, kind: capital, aliases: [Kiev]}   # kind: country|capital|place
    agents:
      - {pattern: junta, sector: MIL, other: [GOV]}

Sectors are PLOVER's (see :data:`SECTORS`); Sitrep adds ``IGO`` and ``NGO`` for
intergovernmental and non-governmental organisations without a more specific role.
Countries are ISO 3166 alpha-3 (Kosovo is the user-assigned ``XKX``), or PLOVER's non-state
codes ``UNO`` (UN bodies), ``EUR`` (EU bodies), ``IGO``, ``NGO``, ``IMG`` (transnational
militarized groups) and ``MNC``. CAMEO regional codes (``WAF``, ``MEA``, ...) give no country:
PLOVER does not code regions; the raw code keeps them.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

EntryKind = Literal["country", "capital", "place", "actor", "agent"]

#: PLOVER sector codes (PLOVER manual, table "Sector Codes"), plus Sitrep's IGO and NGO.
SECTORS: dict[str, str] = {
    "COP": "police", "GOV": "government, executive", "JUD": "judiciary", "LEG": "legislature",
    "MIL": "military", "PRM": "paramilitary not opposed to the government", "PTY": "party",
    "REB": "rebels, armed opposition", "SPY": "intelligence services",
    "UAF": "unidentified armed forces", "UNK": "unidentified actor", "AGR": "agriculture",
    "BUS": "business", "CRM": "criminals", "CVL": "civilians", "EDU": "education",
    "ELI": "former officials, elites", "JRN": "journalists, media", "LAB": "labour",
    "MED": "health", "REF": "refugees", "OPP": "political opposition",
    "PRE": "partially recognised entity", "REL": "religion", "SOC": "civil society",
    "IGO": "intergovernmental organisation (Sitrep)", "NGO": "non-governmental organisation (Sitrep)",
}

#: CAMEO agent/sector codes → PLOVER sector. CAMEO's MED (media) is PLOVER's JRN and CAMEO's
#: HLH (health) is PLOVER's MED; INS and SEP fold into REB (PLOVER manual, sector note 3).
CAMEO_SECTORS: dict[str, str] = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "INS": "REB", "SEP": "REB", "OPP": "OPP",
    "PTY": "PTY", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "SPY": "SPY", "UAF": "UAF",
    "CVL": "CVL", "PPL": "CVL", "SET": "CVL", "ELI": "ELI", "BUS": "BUS", "AGR": "AGR",
    "EDU": "EDU", "LAB": "LAB", "REF": "REF", "CRM": "CRM", "MED": "JRN", "JRN": "JRN",
    "HLH": "MED", "REL": "REL", "NGO": "NGO", "NGM": "NGO", "IGO": "IGO", "PRE": "PRE",
    "PRM": "PRM", "UNK": "UNK", "SOC": "SOC", "HRI": "SOC", "ENV": "SOC", "DEV": "SOC",
    "MNC": "BUS",
}

#: CAMEO religion codes: a sector (REL) only when nothing else in the code is.
CAMEO_RELIGIONS = frozenset(
    ["ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "JAN", "JEW", "HIN", "HSD", "ITH", "JAI", "MOS", "MUS", "ORT", "PRO", "SHI", "SHN", "SIK", "SUF", "SUN", "TAO", "ZRO"]
)

#: Religion codes that are no state's ISO 3166 code (MUS is Mauritius, SHN Saint Helena, SUN the Soviet Union).
_FAITHS = CAMEO_RELIGIONS - {"MUS", "SHN", "SUN"}

#: Faiths that PETRARCH2's dictionaries put first in actors' codes (not ITH: its fictional test world's state).
_FAITH_ACTORS = frozenset({"HIN", "BUD", "BAH", "MOS"})

#: CAMEO codes that qualify a sector without being one.
CAMEO_MODIFIERS = frozenset(["RAD", "MOD", "FRM", "MBR", "MOP"])

#: CAMEO country codes that differ from ISO 3166 alpha-3.
CAMEO_TO_ISO: dict[str, str] = {
    "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX", "KOS": "XKX", "DDR": "DEU",
    "BRM": "MMR", "SUN": "RUS", "USR": "RUS", "YUG": "SRB", "CSK": "CZE", "GDR": "DEU",
    "UAR": "EGY", "ROC": "TWN", "MAC": "CHN", "HKG": "CHN", "SCG": "SRB", "ANT": "NLD",
    # spellings PETRARCH2's dictionaries use beside CAMEO's own: UNITA "ANGREB", Turkcell "MNCTRKMED", Wallis and Futuna
    # "FRNWLF", and the Serb statelets inside Bosnia and Croatia (PLOVER folds such entities into their state, as Abkhazia)
    "ANG": "AGO", "TRK": "TUR", "FRN": "FRA", "SRP": "BIH", "KRJ": "HRV",
}

#: CAMEO regional codes: PLOVER gives such actors no country. (Not "NAM": Namibia's code in PETRARCH2's country table.)
CAMEO_REGIONS = frozenset(
    ["AFR", "ASA", "BLK", "BNL", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST", "WEU", "ASE", "ATL", "INT", "KKL", "KAS", "ARB", "GRB"]
)

#: Countries whose PLOVER code is not a state: actors coded to them get no sector of a state.
NONSTATE = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC", "ISM"})
#: The codes of international bodies: the UN's, the EU's and the others'.
BODY_CODES = frozenset({"IGO", "UNO", "EUR"})

_PERSON_FORMS = ("MAN", "MEN", "WOMAN", "WOMEN", "PERSON", "PEOPLE")


@dataclass(frozen=True)
class Role:
    """One code an actor holds, optionally only between two dates (inclusive)."""

    code: str
    country: str | None
    sector: str | None
    other: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entry:
    """A dictionary entry: every phrase that names it resolves to its roles."""

    name: str
    kind: EntryKind
    roles: tuple[Role, ...]
    type: Literal["person", "org", "place", "agent"] = "org"
    patterns: tuple[str, ...] = ()
    # a person whose roles a YAML dictionary dates, whom the surname alone may name on those dates (PETRARCH's
    # persons keep roles open long after they ended)
    dated: bool = False

    def role_on(self, day: dt.date) -> Role | None:
        """The role valid on ``day``: the first dated role covering it, else the undated default.

        A person whose every dated role has ended and who has no default is coded ``ELI``
        (PLOVER: former officials) with the country of the last role.
        """
        default: Role | None = None
        for role in self.roles:
            if not role.dated:
                default = default or role
            elif role.covers(day):
                return role
        if default is not None or not self.roles:
            return default
        ended = [r for r in self.roles if r.end is not None and r.end < day]
        if self.type == "person" and ended and len(ended) == len(self.roles):
            last = max(ended, key=lambda r: r.end or dt.date.min)
            return Role(last.code, last.country, "ELI", (), None, None)
        return min(self.roles, key=lambda r: abs(((r.start or r.end or day) - day).days))


@dataclass(frozen=True)
class ActorCode:
    """The resolution of an actor phrase.

    ``country`` is ISO 3166 alpha-3 or a PLOVER non-state code (``UNO``, ``EUR``, ``IGO``,
    ``NGO``, ``IMG``, ``MNC``); ``sector`` a PLOVER sector; ``code`` the raw CAMEO-style code
    of the entry that decided it; ``matched`` the text of the phrase that was matched.
    """

    country: str | None
    sector: str | None
    name: str | None
    code: str
    matched: str
    other_sectors: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------------------------------------
# CAMEO codes


@functools.lru_cache(maxsize=8192)
def parse_cameo(code: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Split a CAMEO actor or agent code into (country, PLOVER sector, secondary sectors).

    ``"NERGOV"`` → ``("NER", "GOV", ())``; ``"~GOVMIL"`` → ``(None, "GOV", ("MIL",))``;
    ``"IGOUNOJUDICJ"`` → ``("UNO", "JUD", ())``; ``"IMGMUSALQ"`` → ``("IMG", "REB", ())``.
    A first chunk that is not a known sector, religion or region is taken as a country, so
    fictional worlds (``"ARNGOV"``) parse too.
    """
    raw = code.strip().upper().split("/")[0]
    if raw.endswith("~"):  # "IGO~": an agent naming an organisation type
        raw = raw[:-1]
    agent = raw.startswith("~")
    raw = raw.lstrip("~")
    chunks = [raw[i : i + 3] for i in range(0, len(raw) - len(raw) % 3, 3)]
    if not chunks or not raw.isalpha():
        return None, None, ()
    country: str | None = None
    first = chunks[0]
    rest = chunks
    # In an actor code the first chunk is a country even where it spells a religion too
    # (MUS is Mauritius, SUN the Soviet Union); only agent codes ("~MUS") start with one, and the actors of a faith
    # PETRARCH2's dictionaries code by it ("HINRAD", Hindu nationalists; "BUDREB", Aum Shinrikyo), of no country.
    if not agent and (first in ("IGO", "NGO", "IMG", "MNC") or first not in CAMEO_SECTORS) and first not in _FAITH_ACTORS:
        rest = chunks[1:]
        if first == "IGO":
            country = "UNO" if "UNO" in rest else "EUR" if "EEC" in rest else "IGO"
        elif first == "MNC" and rest and rest[0] not in CAMEO_SECTORS and rest[0] not in CAMEO_REGIONS:
            # "MNCUSA": a company whose home country is known is that country's business (PLOVER BUS)
            country = CAMEO_TO_ISO.get(rest[0], rest[0])
            rest = rest[1:]
        elif first in ("NGO", "IMG", "MNC"):
            country = first
        elif first not in CAMEO_REGIONS:
            country = CAMEO_TO_ISO.get(first, first)
    sectors = [CAMEO_SECTORS[c] for c in rest if c in CAMEO_SECTORS]
    if first == "IGO" and not agent:
        # IGO codes carry economic sub-codes (BUS, DEV) that say what the body does,
        # not who it is; keep only sectors that name a distinct organ.
        sectors = [s for s in sectors if s in {"JUD", "MIL", "LEG", "COP", "SPY"}] or ["IGO"]
    elif first == "NGO" and not agent:
        sectors = ["NGO"]
    elif first == "IMG" and not agent and not sectors:
        sectors = ["REB"]
    elif first == "MNC" and not agent:
        sectors = ["BUS"]
    if not sectors and any(c in CAMEO_RELIGIONS for c in rest):
        sectors = ["REL"]
    ordered = list(dict.fromkeys(sectors))
    return country, (ordered[0] if ordered else None), tuple(ordered[1:])


# ---------------------------------------------------------------------------------------------
# Text normalisation: the same function keys patterns and phrases

_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*['’.]?")
_ARTICLES = frozenset({"the", "a", "an"})
_IRREGULAR = {"men": "man", "women": "woman", "people": "person", "police": "police",
              "personnel": "personnel", "staff": "staff", "media": "media", "children": "child"}
_KEEP_S = ("ss", "us", "is", "os", "as")
#: Names in "-as" that are not plurals of a name in "-a" known beside them ("Hamas" is not "Hama").
_KEEP_AS = frozenset({"hamas"})


def _fold(text: str) -> str:
    """Lower-case and strip accents: "Goïta" → "goita", "Côte" → "cote"."""
    if text.isascii():
        return text.lower()
    text = text.replace("’", "'").replace("‘", "'").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Reduce a folded token to a key form: drop possessives, dots, apostrophes and plurals.

    Applied to dictionary patterns and to phrases alike, so it only has to be consistent,
    not linguistically right ("news" and "new" share a key, harmlessly).
    """
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace(".", "").replace("'", "")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 3 and word.endswith("men"):
        return word[:-3] + "man"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    if len(word) > 5 and word.endswith("as") and word not in _KEEP_AS:
        return word[:-1]  # "guerrillas", "militias"; short names ("Texas", "Abbas") keep theirs
    return word


#: Spellings that transliterations of one name vary between, each to one form: "Qaddafi", "Gaddafi", "Kadhafi".
_SOUNDS = (("kh", "k"), ("gh", "k"), ("q", "k"), ("ck", "k"), ("c", "k"), ("g", "k"), ("dh", "d"), ("th", "t"),
           ("ph", "f"), ("w", "v"), ("z", "s"))


#: The vowels a skeleton drops after its first letter, as a ``str.translate`` table that deletes them.
_LATER_VOWELS = str.maketrans("", "", "aeiouy")
#: One letter written twice or more in a row: "mm" in "Mohammed", "ss" in "Massoud".
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A name's consonants as transliterations agree on them: letters of one sound made one, vowels after the first
    letter and doubled letters dropped ("Zelenskiy" and "Zelensky" are "slnsk", "Mohamed" and "Muhammad" "mhmd").

    Every step is a string method or a compiled pattern rather than a loop over characters: the person index of
    :meth:`ActorDictionary._variants` takes the skeleton of some 25,000 words when it is first built."""
    word = _fold(word)
    if not word.isalpha():  # "O'Neil", "al-Sadr": most names are letters only and skip this filter
        word = "".join(c for c in word if c.isalpha())
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    if not word:
        return ""
    letters = word[0] + word[1:].translate(_LATER_VOWELS)
    return _DOUBLED.sub(lambda doubled: doubled.group(1), letters)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(key, start, end) for each word of ``text``; hyphens and underscores split words."""
    out = []
    for m in _TOKEN.finditer(text):
        key = _stem(_fold(m.group()))
        if key:
            out.append((key, m.start(), m.end()))
    return out


#: People a two-country word may describe (as keys): "a British-Egyptian activist".
_DUAL_PEOPLE = frozenset(_stem(w) for w in (
    "activist", "journalist", "writer", "citizen", "national", "academic", "businessman", "businesswoman", "woman", "man",
    "worker", "student", "researcher", "blogger", "dissident", "reporter", "scholar", "artist", "poet", "lawyer",
    "tourist", "filmmaker", "photographer", "professor", "doctor", "novelist", "mother", "father", "engineer"))


def pattern_key(pattern: str) -> tuple[str, ...]:
    """The lookup key of a dictionary pattern ("THE_UNITED_NATIONS_" → ("united", "nations"))."""
    folded = _fold(pattern.replace("_", " "))
    keys = (_stem(m.group()) for m in _TOKEN.finditer(folded))
    return tuple(k for k in keys if k and k not in _ARTICLES)


# ---------------------------------------------------------------------------------------------
# Reading dictionaries


def _date(text: str) -> dt.date | None:
    """A PETRARCH date: YYMMDD (pivot 1930) or YYYYMMDD; ISO dates from YAML too."""
    text = text.strip()
    try:
        if len(text) == 8 and text.isdigit():
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6 and text.isdigit():
            yy = int(text[:2])
            return dt.date((2000 if yy < 30 else 1900) + yy, int(text[2:4]), int(text[4:]))
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(?P<code>\S+)?\s*(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))?$")


def parse_role(block: str) -> Role | None:
    """One bracketed PETRARCH code block: ``NERGOV``, ``NERGOV >20110407``, ``RUSELI 700101-990809``."""
    m = _DATE_RANGE.match(block.strip())
    if not m or not m.group("code"):
        return None
    code = m.group("code").upper()
    if m.group("op"):
        day = _date(m.group("d"))
        if day is None:
            return None
        start, end = (day, None) if m.group("op") == ">" else (None, day)
    elif m.group("a"):
        start, end = _date(m.group("a")), _date(m.group("b"))
        if start is None or end is None:
            return None
    else:
        start = end = None
    if set(code) <= set("-+#"):  # "---": PETRARCH's "do not code"
        return Role(code, None, None, (), start, end)
    country, sector, other = parse_cameo(code)
    return Role(code, country, sector, other, start, end)


def _agent_forms(pattern: str, macros: dict[str, list[str]]) -> list[str]:
    """Expand ``!PERSON!``-style macros of a PETRARCH agent pattern."""
    m = re.search(r"!(\w+)!", pattern)
    if not m:
        return [pattern]
    return [f for sub in macros.get(m.group(1), [""]) for f in
            _agent_forms(pattern[: m.start()] + sub + pattern[m.end():], macros)]


def read_petrarch(lines: Iterable[str], source: str = "<petrarch>") -> Iterator[Entry]:
    """Parse a PETRARCH actors or agents dictionary into entries.

    Actor lines are ``NAME [CODE]`` or ``NAME`` followed by ``+SYNONYM`` lines and indented
    ``[CODE DATES]`` lines; agent lines are ``NOUN {PLURALS} [~CODE]`` and may use
    ``!MACRO! = A, B`` substitutions. Comments start with ``#`` or ``<!--``.
    """
    macros: dict[str, list[str]] = {}
    name: str | None = None
    patterns: list[str] = []
    roles: list[Role] = []
    in_comment = False

    def flush() -> Iterator[Entry]:
        if name is not None and roles:
            agent = all(r.code.startswith("~") or r.code.endswith("~") for r in roles)
            dated = any(r.dated for r in roles) or any(r.sector == "ELI" for r in roles)
            # A bare, undated three-letter code names a state: resolve it like a country name.
            state = all(len(r.code) == 3 and r.country and r.sector is None and not r.dated for r in roles)
            kind: EntryKind = "agent" if agent else "country" if state else "actor"
            yield Entry(
                name=" ".join(name.replace("_", " ").split()).title(),
                kind=kind,
                roles=tuple(roles),
                type="agent" if agent else "place" if state else "person" if dated else "org",
                patterns=tuple(patterns),
            )

    for raw in lines:
        line = raw.rstrip("\n")
        if in_comment:
            in_comment = "-->" not in line
            continue
        if line.lstrip().startswith("<!--"):
            in_comment = "-->" not in line
            continue
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        mm = re.match(r"^!(\w+)!\s*=\s*(.+)$", text.strip())
        if mm:
            macros[mm.group(1)] = [w.strip().upper() for w in mm.group(2).split(",") if w.strip()]
            continue
        blocks = _CODE_BLOCK.findall(text)
        head = _CODE_BLOCK.sub(" ", text)
        plurals: list[str] = []
        pm = re.search(r"\{([^}]*)\}", head)
        if pm:
            plurals = [p for p in re.split(r"[,\s]+", pm.group(1)) if p]
            head = head[: pm.start()] + head[pm.end():]
        # Some sources append tab-separated notes (sector, revenue) after the name.
        head = head.strip().split("\t")[0].strip()
        new_roles = [r for r in (parse_role(b) for b in blocks) if r is not None]
        if head.startswith("+"):
            for form in _agent_forms(head[1:].strip(), macros):
                patterns.append(form)
            roles.extend(new_roles)
        elif not head:  # an indented code line
            roles.extend(new_roles)
        elif raw[:1] in " \t" and not new_roles:
            continue  # stray indented text
        else:
            yield from flush()
            forms = _agent_forms(head, macros) + plurals
            name, patterns, roles = forms[0], forms, new_roles
    yield from flush()
    logger.debug("read PETRARCH dictionary %s", source)


def _iso(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return _date(str(value))


def _yaml_role(spec: dict[str, Any]) -> Role:
    country = spec.get("country")
    sector = spec.get("sector")
    code = spec.get("code") or f"{country or ''}{sector or ''}"
    return Role(code, country, sector, tuple(spec.get("other") or ()),
                _iso(spec.get("from")), _iso(spec.get("to")))


def read_yaml_data(data: dict[str, Any]) -> Iterator[Entry]:
    """Entries from a parsed YAML dictionary (schema in the module docstring)."""
    for spec in data.get("actors") or ():
        names = [spec["name"], *(spec.get("aliases") or ())]
        yield Entry(spec["name"], "actor", tuple(_yaml_role(r) for r in spec["roles"]),
                    spec.get("type", "org"), tuple(names), dated=spec.get("type") == "person")
    for spec in data.get("places") or ():
        names = [spec["name"], *(spec.get("aliases") or ())]
        kind = spec.get("kind", "place")
        role = Role(spec["country"], spec["country"], None)
        yield Entry(spec["name"], kind, (role,), "place", tuple(names))
    for spec in data.get("agents") or ():
        names = [spec["pattern"], *(spec.get("aliases") or ())]
        role = Role(spec.get("code") or "~" + spec["sector"], None, spec["sector"],
                    tuple(spec.get("other") or ()))
        yield Entry(spec["pattern"], "agent", (role,), "agent", tuple(names))


def read_tsv(lines: Iterable[str]) -> Iterator[Entry]:
    """Entries from Sitrep's derived TSV: ``kind, type, name, roles, patterns``.

    ``roles`` is space-separated ``CODE`` or ``CODE@START..END`` (ISO dates, either may be
    empty); ``patterns`` is ``|``-separated. Country and sector come from the CAMEO code.
    """
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, typ, name, roles_text, patterns = line.rstrip("\n").split("\t")
        roles = []
        for item in roles_text.split():
            code, _, span = item.partition("@")
            start_text, _, end_text = span.partition("..")
            country, sector, other = parse_cameo(code)
            if kind in ("country", "capital", "place"):
                sector, other = None, ()
            elif country in _FAITHS:
                # this format codes states by ISO 3166, so a faith's code is none: "BUDREB" (Aum Shinrikyo) is an armed
                # group whose country the text gives, "HINRAD" a Hindu radical (PETRARCH's own format may code a
                # fictional state so, and keeps it)
                country, sector = None, sector or "REL"
            roles.append(Role(code, country, sector, other, _iso(start_text or None), _iso(end_text or None)))
        yield Entry(name, kind, tuple(roles), typ, tuple(patterns.split("|")))  # type: ignore[arg-type]


def read_file(path: str | Path) -> list[Entry]:
    """Read one dictionary file, choosing the reader by extension (.yaml/.yml, .tsv, else PETRARCH)."""
    p = Path(path)
    text = p.read_text(encoding="utf-8", errors="replace")
    return _read_text(p.name, text)


def _read_text(name: str, text: str) -> list[Entry]:
    if name.endswith((".yaml", ".yml")):
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return list(read_yaml_data(yaml.load(text, Loader=loader) or {}))
    if name.endswith(".tsv"):
        return list(read_tsv(text.splitlines()))
    return list(read_petrarch(text.splitlines(), name))


# ---------------------------------------------------------------------------------------------
# The resolver

#: Words that turn a state role into a former one (PLOVER ELI) or into the government.
_FORMER = frozenset({"former", "ex", "exiled", "ousted", "deposed", "toppled", "retired", "erstwhile"})
_RULING = frozenset({"ruling", "governing"})
#: Second halves of "X-linked", "X-backed": X sponsors the actor named after it, it is not the actor.
SPONSORED = frozenset({"linked", "backed", "allied", "affiliated", "aligned", "funded", "sponsored", "supported",
                        "inspired", "armed", "trained"})
#: Words before a people's word that make it a region's or a heritage's ("Latin American countries", "Afro-Brazilian").
_REGIONAL_PREFIXES = frozenset({"latin", "afro", "pan"})
#: ... and the parts of the Americas, which make "American" a continent's ("South American leaders", "Central American
#: migrants"; "North Korean" and "South Sudanese" are names of their own, and "North Vietnamese" still Vietnam's).
_AMERICAS = frozenset({"south", "north", "central"})
#: Words that make a newspaper, radio or agency the state's voice (CAMEO codes state media GOV).
_STATE_MEDIA = frozenset({"official", "state", "government", "semi-official", "pro-government"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
#: A person's dated roles out of state office, which a state title in the text outranks.
_OUT_OF_OFFICE = frozenset({"ELI", "OPP", "PTY"})
#: Words after which a noun phrase's complement starts: the head is before them.
_COMPLEMENT = frozenset({"of", "in", "to", "at", "from", "for", "with", "on", "against", "who", "that"})
_PRIORITY: dict[str, int] = {"actor": 3, "country": 2, "capital": 2, "place": 1, "agent": 0}
_PACKAGED = (
    "countries.tsv", "cities.tsv", "persons.tsv", "international.tsv", "armed_groups.tsv", "agents.tsv",
    "institutions.yaml", "companies.yaml", "office_holders.yaml", "curated.yaml",
)


#: States whose people are named family name first, as wire copy writes them ("Xi said", "Moon met Kim").
_FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM"})


@dataclass(frozen=True)
class _Match:
    start: int  # token indices
    end: int
    entry: Entry
    text: str


#: How many phrase resolutions a dictionary keeps at most.
_RESOLVED_KEPT = 1 << 16


class ActorDictionary:
    """Phrase → entry lookup with longest-match resolution of actor noun phrases."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._index: dict[tuple[str, ...], dict[str, Entry]] = {}
        self._entries: list[Entry] = []
        self._longest = 1
        self._surname_index: dict[str, list[Entry]] | None = None
        self._variant_index: dict[tuple[str, ...], dict[str, tuple[Entry, str]]] | None = None
        # phrase resolutions by (phrase, day, cased): an article names its actors again and again ("the army", "Kyiv"),
        # and the actor stage resolves every noun chunk (some 45 % of its 11,000 phrases on the bench texts repeat)
        self._resolved: dict[tuple[str, dt.date, bool], ActorCode | None] = {}
        self.add(entries)

    # -- building ------------------------------------------------------------------------

    def add(self, entries: Iterable[Entry]) -> ActorDictionary:
        """Add entries; for a phrase already known, a later entry of the same kind wins, except that two entries
        holding only dated roles pool them, the later's first ("George Papandreou" chaired the EU's council in 2003
        and was Greece's prime minister in 2009-2011: each date finds its role)."""
        index = self._index
        self._surname_index = self._variant_index = None
        self._resolved.clear()
        for entry in entries:
            self._entries.append(entry)
            for pattern in entry.patterns:
                key = pattern_key(pattern)
                if not key:
                    continue
                known = index.setdefault(key, {})
                old = known.get(entry.kind)
                if old is not None and old is not entry and entry.roles and old.roles and all(
                        r.dated for r in (*entry.roles, *old.roles)):
                    known[entry.kind] = replace(entry, roles=entry.roles + tuple(r for r in old.roles if r not in entry.roles))
                else:
                    known[entry.kind] = entry
                if len(key) > self._longest:
                    self._longest = len(key)
        return self

    def extend(self, path: str | Path) -> ActorDictionary:
        """Add a user dictionary file (YAML, Sitrep TSV or PETRARCH format); returns self."""
        return self.add(read_file(path))

    @classmethod
    def load(cls, *paths: str | Path, packaged: bool = False) -> ActorDictionary:
        """A dictionary from the given files, on top of the packaged data if ``packaged``."""
        new = cls(_packaged_entries() if packaged else ())
        for path in paths:
            new.extend(path)
        return new

    @classmethod
    def default(cls) -> ActorDictionary:
        """The packaged dictionaries (built once per process and cached); do not ``extend`` it."""
        return _default()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._entries)

    # -- resolving -----------------------------------------------------------------------

    def lookup(self, phrase: str) -> list[Entry]:
        """Entries whose pattern equals the whole phrase, highest priority first."""
        found = self._index.get(pattern_key(phrase), {})
        return sorted(found.values(), key=lambda e: -_PRIORITY[e.kind])

    def _matches(self, tokens: list[tuple[str, int, int]], phrase: str, cased: bool = False) -> list[_Match]:
        """Greedy left-to-right longest matches over the phrase's tokens (articles skipped); with
        ``cased``, a name (not an agent noun) matches only where the text writes a capital."""
        keys = [t[0] for t in tokens]
        content = [i for i, k in enumerate(keys) if k not in _ARTICLES]
        out: list[_Match] = []
        pos = 0
        while pos < len(content):
            step = 1
            for n in range(min(self._longest, len(content) - pos), 0, -1):
                idx = content[pos : pos + n]
                found = self._index.get(tuple(keys[i] for i in idx))
                a, b = idx[0], idx[-1]
                if found and cased and not any(c.isupper() for c in phrase[tokens[a][1] : tokens[b][2]]):
                    # (unless the dictionary itself writes the name in lower case: "an arbitration tribunal" is a body)
                    key = tuple(keys[i] for i in idx)
                    found = {k: e for k, e in found.items() if k == "agent" or any(
                        p.islower() and pattern_key(p) == key for p in e.patterns)}
                if found:
                    entry = max(found.values(), key=lambda e: _PRIORITY[e.kind])
                    out.append(_Match(a, b + 1, entry, phrase[tokens[a][1] : tokens[b][2]]))
                    step = n
                    break
            pos += step
        return out

    def resolve(self, phrase: str, date: dt.date | None = None, cased: bool = False) -> ActorCode | None:
        """Code an actor noun phrase; ``None`` when nothing in it is known.

        ``date`` selects date-bounded roles (default: today). A named actor decides the code;
        otherwise the country comes from the first country name, demonym or place, and the
        sector from the phrase's head agent (the last agent noun before any "of"/"in"/...
        complement). See the module docstring for capitals and places named alone. ``cased`` says
        the phrase is running text as written, where a name in lower case is an ordinary word
        ("strongest sales" is not Salé, "the foundation" no armed group).
        """
        day = date or dt.date.today()
        key = (phrase, day, cased)
        if key not in self._resolved:
            if len(self._resolved) >= _RESOLVED_KEPT:
                self._resolved.clear()  # a long run's phrases are mostly new: start over rather than grow
            self._resolved[key] = self._resolve(phrase, day, cased)
        return self._resolved[key]

    def _resolve(self, phrase: str, day: dt.date, cased: bool) -> ActorCode | None:
        """:meth:`resolve`, worked out from the entries."""
        tokens = _tokens(phrase)
        if not tokens:
            return None
        matches = self._matches(tokens, phrase, cased)
        keys = [t[0] for t in tokens]
        # "Latin American", "Afro-Caribbean", "Pan-African": a people's word after these names a region or a heritage
        matches = [m for m in matches if not (m.start and m.entry.kind != "actor" and (
            keys[m.start - 1] in _REGIONAL_PREFIXES or keys[m.start - 1] in _AMERICAS and keys[m.start] == "american"))]
        if not matches:
            return None

        # a neighbour in lower case is no part of a longer name ("Buhari's decision", not "Hussein Roble")
        capital = [phrase[a : a + 1].isupper() for _, a, _ in tokens]
        named = [m for m in matches if m.entry.kind == "actor" and not _partial_name(m, matches, keys, capital)]
        # "the Al Qaeda-linked Somali group al-Shabab", "Iran-backed Hezbollah": the sponsor only qualifies
        sponsors = [m for m in named if m.end < len(keys) and keys[m.end] in SPONSORED]
        named = [m for m in named if m not in sponsors] or named
        agents = [m for m in matches if m.entry.kind == "agent"]
        head_agent = _head(agents, keys)
        if named == sponsors and head_agent is not None and head_agent.entry.roles[0].sector == "GOV" and all(
                m.entry.roles[0].country in NONSTATE for m in sponsors):
            # an international body backs a state's government, it is not one: "the U.N.-backed government" in Tripoli
            named = []
        # (a sponsor is not where an armed group is from: "Iran-backed militias" in Iraq are Iraq's, "Russian-backed
        # separatists" Ukraine's, as PLOVER codes a group by where it operates; "Saudi-led" still leads)
        places = [m for m in matches if m.entry.kind in ("country", "capital", "place")
                  and not (m.end < len(keys) and keys[m.end] in SPONSORED
                           and phrase[tokens[m.end - 1][2] : tokens[m.end][1]] == "-")]
        # of two peoples' words joined by a hyphen before a person the last says whose: "an Iranian-American journalist"
        # is American, "a British-Egyptian activist" Egyptian (the first is where the family came from, or a second
        # passport); joint things stay the first's ("US-Israeli strikes", "a Franco-German brigade")
        places = [m for m in places if not any(
            n.start == m.end and n.entry.kind == "country" and m.entry.kind == "country" and n.end < len(keys)
            and keys[n.end] in _DUAL_PEOPLE and phrase[tokens[m.end - 1][2] : tokens[n.start][1]] == "-" for n in places)]

        country: str | None = None
        sector: str | None = None
        other: tuple[str, ...] = ()
        name: str | None = None
        code = ""
        decided: _Match | None = None

        if named:
            decided = max(named, key=lambda m: (m.end - m.start, -m.start))
            role = decided.entry.role_on(day)
            if role is None or set(role.code) <= set("-+#"):
                return None
            country, sector, other, code = role.country, role.sector, role.other, role.code
            name = decided.entry.name
            title = head_agent if head_agent is not None and head_agent.end <= decided.start else None
            if (decided.entry.type == "person" and sector in _OUT_OF_OFFICE and title is not None
                    and title.entry.roles[0].sector in _STATE_SECTORS and not set(keys[: title.end]) & _FORMER):
                # "President Abdelaziz Bouteflika" on a date the dictionary has him out of office, "Prime Minister
                # Imran Khan" on one it has him in opposition: the text's title says he holds it
                other, sector = tuple(dict.fromkeys((sector, *other))), title.entry.roles[0].sector
            branch = next((s for s in other if s in ("JUD", "LEG")), None)
            if decided.entry.type == "org" and sector == "GOV" and branch:
                # PETRARCH's GOVJUD / GOVLEG: for a court or a parliament the branch is the sector
                # (PLOVER's GOV is the executive); for a person it is a justice minister's portfolio
                sector, other = branch, tuple(dict.fromkeys(("GOV", *other)))
            if country is None and places:
                country = places[0].entry.roles[0].country
            own = [m for m in places if m.entry.kind == "country" and m.end <= decided.start
                   and keys[m.end] not in SPONSORED]
            if own and decided.entry.type == "org" and country not in NONSTATE:
                # "Rwanda's Senate", "the Pakistani Taliban", "the Philippine Senate": an organisation
                # known under a name several countries use belongs to the country named before it
                named_country = own[-1].entry.roles[0].country
                if named_country != country:
                    country, name = named_country, None  # another country's senate, not the one named
            if head_agent and (sector in (None, "IGO", "NGO") or decided.entry.type == "org" and country in NONSTATE):
                agent_role = head_agent.entry.roles[0]
                if sector in (None, "IGO", "NGO"):
                    sector, other = agent_role.sector, agent_role.other
                    code += agent_role.code.strip("~")
        else:
            if places:
                first = places[0]
                role = first.entry.roles[0]
                country, code = role.country, role.code
                if first.entry.kind != "country" and not head_agent and first.end >= _cut(keys):
                    name = first.entry.name  # "Sydney", not "Sydney's mayor" nor "Singapore Airlines"
                decided = first
            if head_agent:
                agent_role = head_agent.entry.roles[0]
                sector, other = agent_role.sector, agent_role.other
                code = (country or "") + agent_role.code.lstrip("~") if country else agent_role.code
                decided = decided or head_agent
            elif places and len(places) == len(matches) and places[0].end >= _cut(keys):
                kind = places[0].entry.kind
                sector = "GOV" if kind == "capital" else "CVL" if kind == "place" else None
                if sector:
                    code = f"{country or ''}{sector}"
        if decided is None:
            return None

        # Modifiers before the head: "former minister" is ELI, "ruling junta" is GOV.
        head_end = (head_agent or decided).start
        before = set(keys[:head_end]) | ({keys[head_agent.start]} if head_agent else set())
        if not named or decided.entry.type != "person":
            if sector in _STATE_SECTORS and before & _FORMER:
                other, sector = tuple(dict.fromkeys((sector, *other))), "ELI"
            elif (sector and sector != "GOV" and before & _RULING and (country and country not in NONSTATE)
                  or sector == "JRN" and before & _STATE_MEDIA):
                other, sector = tuple(dict.fromkeys((sector, *other))), "GOV"
        head = _cut(keys) - 1
        opposing = head >= 0 and keys[head] in _OPPOSING and not any(m.start <= head < m.end for m in matches)
        if opposing:
            # "Kremlin critics", "opponents of the junta": those against an actor are its country's opposition, not it
            other, sector, name = (), "OPP", None
            country = country if country not in NONSTATE else None
            code = f"{country or ''}OPP"
        other = tuple(s for s in other if s != sector)
        span = [m for m in matches if m in (decided, head_agent) or m in places[:1]]
        a = min([m.start for m in span] + ([head] if opposing else []))
        b = max([m.end for m in span] + ([head + 1] if opposing else []))  # the critics, not their target, are coded
        matched = phrase[tokens[a][1] : tokens[b - 1][2]]
        return ActorCode(country, sector, name, code, matched, other)

    def by_surname(self, word: str, date: dt.date | None = None) -> ActorCode | None:
        """A person named by surname alone, as wire copy names leaders ("Erdogan said", "Sall postponed the vote"):
        the one person of the dictionary with that surname who holds a state office on ``date``; ``None`` when no one
        does, or more than one ("Sharif" in 2024 is Shehbaz Sharif, the prime minister, not Nawaz)."""
        held = self.namesakes(word, date)
        if len(held) != 1:
            # two office holders of one state still name the state: "Bush" in 2004 (the president, and his brother
            # the governor of Florida), "Rajapaksa" in 2012 (the president and his brothers); the person stays open
            countries = {code.country for code in held}
            sectors = {code.sector for code in held}
            if len(countries) != 1 or None in countries:
                return None
            country = held[0].country
            sector = sectors.pop() if len(sectors) == 1 else None
            return ActorCode(country, sector, None, f"{country}{sector or ''}", word)
        return held[0]

    def namesakes(self, word: str, date: dt.date | None = None) -> list[ActorCode]:
        """Every person of the dictionary with the surname ``word`` who holds a state office on ``date``, one code
        each ("Morales" in 2018: Bolivia's president and Guatemala's); see :meth:`by_surname`. A surname of several
        words ("Abdul Mahdi", "Ayub Khan") is the end of the full name ("Adel Abdul Mahdi")."""
        day = date or dt.date.today()
        words = _fold(word).split()
        # the dated persons first; then a person of the world dictionary whose office the date falls within, both its
        # ends given ("Rudd" in 2008, Australia's prime minister; the world dictionary's open-ended roles say nothing)
        for tier in (True, False):
            held: dict[str, ActorCode] = {}
            for entry in self._surnames().get(words[-1] if words else "", ()):
                if entry.dated != tier or len(words) > 1 and not any(
                        _fold(name).split()[-len(words):] == words for name in (entry.name, *entry.patterns)):
                    continue
                role = next((r for r in entry.roles if (r.dated if tier else r.start is not None and r.end is not None)
                             and r.covers(day) and r.sector in _STATE_SECTORS), None)
                if role is not None:
                    held.setdefault(entry.name, ActorCode(role.country, role.sector, entry.name, role.code, word, role.other))
            if held:
                return list(held.values())
        return []

    def variant(self, name: str, date: dt.date | None = None) -> str | None:
        """The dictionary's own spelling of a person's full name written in another transliteration ("Volodymyr
        Zelenskiy", "Abbas Araqchi"), when it is one office holder's on ``date``; ``None`` otherwise. Names of two words at least,
        each of three letters or more, whose consonants agree word for word (see :func:`skeleton`)."""
        words = [m.group() for m in _TOKEN.finditer(_fold(name))]
        if len(words) < 2 or any(len(w) < 3 for w in words) or self._index.get(pattern_key(name)):
            return None
        found = self._variants().get(tuple(skeleton(w) for w in words), {})
        day = date or dt.date.today()
        # (one person's entries under several spellings are one: "Masoud Barzani", "Massoud Barzani")
        # (and only someone in a state office that day, as a rarer spelling of a known leader: "John Smyth" is no "John
        # Smith" of the world dictionary)
        roles = {(role.country, role.sector) if (role := entry.role_on(day)) and role.dated and role.sector in _STATE_SECTORS
                 else None for entry, _ in found.values()}
        return next(iter(found.values()))[1] if len(roles) == 1 and None not in roles else None

    def build_indexes(self) -> ActorDictionary:
        """Build the person indexes now rather than on first use: a pipeline builds them with its models, so that the
        first article naming an unknown person's spelling (a quarter of a second for the skeleton index) does not."""
        self._surnames()
        self._variants()
        return self

    def _variants(self) -> dict[tuple[str, ...], dict[str, tuple[Entry, str]]]:
        """Persons' names of two words or more by their words' skeletons: skeleton -> {person: (entry, a pattern)}."""
        if self._variant_index is not None:
            return self._variant_index
        index: dict[tuple[str, ...], dict[str, tuple[Entry, str]]] = {}
        for entry in self._entries:
            if entry.type != "person":
                continue
            for pattern in {entry.name, *entry.patterns}:
                spelled = pattern.replace("_", " ")
                words = _TOKEN.findall(_fold(spelled))
                if len(words) >= 2:
                    index.setdefault(tuple(map(skeleton, words)), {}).setdefault(entry.name, (entry, spelled.strip()))
        self._variant_index = index
        return index

    def _surnames(self) -> dict[str, list[Entry]]:
        """Persons by the last word of their names (built on first use, anew after :meth:`add`)."""
        if self._surname_index is not None:
            return self._surname_index
        index: dict[str, list[Entry]] = {}
        for entry in self._entries:
            if entry.type != "person":
                continue
            family_first = any(r.country in _FAMILY_FIRST for r in entry.roles)
            for name in {entry.name, *entry.patterns}:
                words = name.split()
                if len(words) >= 2 and words[-1][:1].isalpha():
                    index.setdefault(_fold(words[-1].rstrip(".")), []).append(entry)
                if family_first and len(words) >= 2 and words[0][:1].isalpha():
                    index.setdefault(_fold(words[0]), []).append(entry)  # "Xi Jinping" is "Xi", "Moon Jae-in" "Moon"
        self._surname_index = index
        return index

    # -- spaCy ---------------------------------------------------------------------------

    def ruler_patterns(self, date: dt.date | None = None) -> list[dict[str, Any]]:
        """spaCy ``EntityRuler`` patterns for named actors (IGOs, armed groups, persons).

        Labels: ``PERSON`` for persons, ``ORG`` for organisations; ``id`` is
        ``"actor:CODE"`` with the code valid on ``date`` (default today). Patterns are
        token patterns on ``LOWER``, so they match regardless of case; a parse stage that
        needs date-exact roles should call :meth:`resolve` on the matched span.
        """
        day = date or dt.date.today()
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for entry in self._entries:
            if entry.kind != "actor":
                continue
            role = entry.role_on(day)
            if role is None or set(role.code) <= set("-+#"):
                continue
            label = "PERSON" if entry.type == "person" else "ORG"
            for pattern in entry.patterns:
                words = _ruler_words(pattern)
                if not words or (len(words) == 1 and len(words[0]) < 3):
                    continue
                key = (label, tuple(words))
                if key in seen:
                    continue
                seen.add(key)
                out.append({"label": label, "pattern": [{"LOWER": w} for w in words],
                            "id": f"actor:{role.code}"})
        return out


def _ruler_words(pattern: str) -> list[str]:
    """Split a pattern the way spaCy's English tokenizer splits it (hyphens are tokens)."""
    text = pattern.replace("_", " ").strip().lower()
    words: list[str] = []
    for chunk in text.split():
        parts = re.split(r"(-)", chunk)
        words.extend(p for p in parts if p)
    return words


#: Head nouns of those against another actor: "Kremlin critics", "opponents of the junta".
_OPPOSING = frozenset({"critic", "critics", "opponent", "opponents", "detractor", "detractors", "foe", "foes"})


#: Head nouns that name someone by relation to another actor: "the governor's spokesman" is the
#: governor's side, "the president's office" the president's.
_RELATIONAL = frozenset({"spokesman", "spokeswoman", "spokesperson", "office", "aide", "adviser",
                         "advisor", "envoy", "representative", "delegation", "deputy",
                         # a title takes the body it heads: "the company's chief executive", "rebel commander"
                         "chief executive", "chairman", "chairwoman", "president", "leader", "commander",
                         "director", "chief", "head"})


#: Titles that may stand next to a name without being part of it.
_TITLES = frozenset(["mr", "mrs", "ms", "dr", "sir", "madam", "lt", "gen", "col", "capt", "sgt", "maj", "adm", "cpl", "brig", "general", "colonel", "captain", "lieutenant", "sheikh", "imam", "king", "queen", "prince", "princess"])


def _partial_name(match: _Match, matches: list[_Match], keys: list[str], capital: list[bool] | None = None) -> bool:
    """True for a one-word person alias inside a longer unknown name.

    "Hussein" alone may be King Hussein; in "Mohammed Hussein Roble" it is not.
    """
    if match.entry.type != "person" or match.end - match.start != 1:
        return False
    covered = {i for m in matches for i in range(m.start, m.end)}
    for i in (match.start - 1, match.end):
        if 0 <= i < len(keys) and i not in covered and keys[i] not in _TITLES and (capital is None or capital[i]) \
                and keys[i] not in _ARTICLES and keys[i] not in _COMPLEMENT and keys[i] != ",":
            return True
    return False


def _cut(keys: list[str]) -> int:
    """Where a noun phrase's complement starts (its first "of", "in", ..., or comma), else its end."""
    return next((i for i, k in enumerate(keys) if k in _COMPLEMENT or k == ","), len(keys))


def _head(agents: list[_Match], keys: list[str]) -> _Match | None:
    """The head agent of a noun phrase: the last agent before the first complement word.

    "army accountant" → accountant if known, else army; "president of the European Council"
    → president; "leader of the rebels" → rebels (nothing before "of" is an agent).
    """
    if not agents:
        return None
    cut = _cut(keys)
    before = [m for m in agents if m.end <= cut]
    if not before:
        return agents[0]
    head = before[-1]
    if len(before) > 1 and " ".join(keys[head.start : head.end]) in _RELATIONAL:
        return before[-2]
    return head


def _packaged_entries() -> list[Entry]:
    root = resources.files("sitrep") / "data" / "actors"
    entries: list[Entry] = []
    for name in _PACKAGED:
        entries.extend(_read_text(name, (root / name).read_text(encoding="utf-8")))
    return entries


@functools.lru_cache(maxsize=1)
def _default() -> ActorDictionary:
    return ActorDictionary(_packaged_entries())


def resolve(phrase: str, date: dt.date | None = None) -> ActorCode | None:
    """Resolve ``phrase`` with the packaged dictionaries (see :meth:`ActorDictionary.resolve`)."""
    return _default().resolve(phrase, date)


def ruler_patterns() -> list[dict[str, Any]]:
    """spaCy ``EntityRuler`` patterns for the packaged named actors."""
    return _default().ruler_patterns()
