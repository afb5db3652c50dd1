"""Offline gazetteer: countries, demonyms, admin1 regions, US counties, cities and military facilities.

One loader for the tables under ``sitrep/data/gazetteer/`` (built by
``scripts/build_gazetteer.py`` from GeoNames and ISO 3166, plus hand-written TSV/YAML files),
read through ``importlib.resources`` and cached once per process::

    g = Gazetteer.load()
    g.candidates("Agadez")        # every reading, best prior first
    g.country_by_name("the U.S.")  # Country(iso3="USA", ...)
    g.demonym("Nigeriens")         # "NER"
    g.ruler_patterns()             # spaCy EntityRuler patterns

Name matching folds case, accents, apostrophes and periods ("Ménaka" = "menaka",
"N'Djamena" = "Ndjamena", "U.S." = "US"). The city table (170,000 rows) is read on the first
lookup that needs it, so ``Gazetteer.load()`` stays fast; with it come the small places: 17,800 US post-office
towns that GeoNames' cities1000 lacks (``us_places.tsv.gz``) and 64,500 GeoNames villages of 500 to 999 people
(``villages.tsv.gz``), which only ``candidates(name, minor=True)`` returns.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import math
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import yaml

from sitrep.model import Place, PlacePrecision

EntryKind = Literal["country", "admin1", "admin2", "city", "facility"]
Tokenizer = Callable[[str], Iterable[str]]

DATA_PACKAGE = "sitrep"
DATA_DIR = ("data", "gazetteer")
RULER_MIN_CITY_POPULATION = 100_000
#: How far a town without a region may lie from the nearest town that has one and still take its region (km).
_REGION_KM = 40.0
#: Names whose candidates :meth:`Gazetteer.candidates` keeps before it starts afresh (each a few entries).
_ANSWERS_KEPT = 100_000
#: The key prefix of the US post-office towns (``us_places.tsv.gz``).
POSTAL = "postal:"

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "\u02bb": "'",
     "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"}
)
# Letters that NFKD does not decompose to ASCII, and Arabic transliteration marks.
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE",
     "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ß": "ss",
     "ʿ": "", "ʾ": "", "‘": "", "’": "'"}
)
# Periods and apostrophes vanish ("U.S." -> "us"); separators become spaces.
_ASCII_KEY = str.maketrans({".": None, "'": None, **{ch: " " for ch in "-_,;:/()[]\""}})
# Infix hyphens between letters are their own token in spaCy's English tokenizer.
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_TRAILING = re.compile(r"^(.*?)([,;:!?)\]\"'\u2019]+)$")
_PREFIXES = "‘'\"(["
# Column numbers in cities.tsv.gz.
_POPULATION, _FEATURE, _ALTERNATES = 7, 8, 9
_PRIOR = {"country": 0, "capital": 1, "admin1": 2, "facility": 3, "admin2": 4, "city": 5}
# A county is placed at "region" precision: coarser than a town, finer than its state.
_PRECISION: dict[str, PlacePrecision] = {
    "country": "country", "admin1": "admin1", "admin2": "region", "city": "city", "facility": "facility"
}
# Demonyms whose plural is the singular ("the Chinese", "the Swiss", "the British").
_NO_PLURAL = ("ese", "ss", "sh", "nch", "tch", "x", "i-Kiribati", "Basotho", "Batswana", "Malagasy")  # but "Czechs"


def ascii_fold(text: str) -> str:
    """``text`` without diacritics, case kept: "Ménaka" -> "Menaka", "Łódź" -> "Lodz"."""
    if text.isascii():
        return text
    text = text.translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 16)  # the resolver folds the same few names again and again
def fold(text: str) -> str:
    """The lookup key of a name: lower case, ASCII, no periods or apostrophes, single spaces."""
    if not text.isascii():  # the slow path; most names are ASCII
        text = ascii_fold(text.translate(_QUOTES))
    return " ".join(text.casefold().translate(_ASCII_KEY).split())


def lookup_key(name: str) -> str:
    """:func:`fold` without a leading "the": the key every index of this module uses."""
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def simple_tokenize(text: str) -> list[str]:
    """Split a place name the way spaCy's English tokenizer does, for the names we emit.

    Whitespace splits; an infix hyphen between letters is a token of its own
    ("Faya-Largeau" -> Faya, -, Largeau); a final "'s" and trailing commas split off; other
    periods and apostrophes stay inside the token ("U.S.", "St.", "N'Djamena"). ``tests/test_gazetteer.py``
    checks this against spaCy's tokenizer over every pattern.
    """
    tokens: list[str] = []
    for chunk in text.split():
        while len(chunk) > 1 and chunk[0] in _PREFIXES:  # "‘Adan" -> ‘, Adan
            tokens.append(chunk[0])
            chunk = chunk[1:]
        suffix = ""
        match = _TRAILING.match(chunk)
        if match and match.group(1):
            chunk, suffix = match.group(1), match.group(2)
        if chunk.endswith(("'s", "’s")) and len(chunk) > 2:  # "People's" -> People, 's
            chunk, suffix = chunk[:-2], chunk[-2:] + suffix
        parts = _HYPHEN.split(chunk)
        for i, part in enumerate(parts):
            if i:
                tokens.append("-")
            if part:
                tokens.append(part)
        if suffix[:2] in ("'s", "’s"):
            tokens.append(suffix[:2])
            suffix = suffix[2:]
        tokens.extend(suffix)
    return tokens


def plurals(form: str) -> list[str]:
    """English plurals of a demonym: "American" -> ["Americans"], "Frenchman" -> ["Frenchmen"]."""
    if form.endswith(_NO_PLURAL) or " " in form and form.endswith(("ese", "ish")):
        return []
    if form.endswith("man"):
        return [form[:-3] + "men"]
    return [form + "s"]


@dataclass(frozen=True)
class Entry:
    """One gazetteer reading of a name: a country, region, city or facility.

    ``key`` is the entry's stable id, the same as the ``id`` of its EntityRuler pattern:
    "country:NER", "admin1:NE-1", "admin2:39017" (a US county by FIPS code), "city:2440485",
    "facility:air-base-101-niamey".
    """

    geonameid: int | None
    name: str
    kind: EntryKind
    country: str  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int | None
    feature: str | None  # GeoNames feature code (PPLC, PCLI, ADM1) or facility type
    key: str
    #: A small place (a US post office, a village under 1,000): a reading only on the article's evidence.
    minor: bool = False

    @property
    def postal(self) -> bool:
        """Whether this is a US post-office town of ``us_places.tsv.gz``, not a GeoNames place."""
        return self.key.startswith(POSTAL)

    @property
    def prior(self) -> tuple[int, int]:
        """Sort key: countries, then capitals, regions, facilities, cities; larger first."""
        kind = "capital" if self.feature == "PPLC" else self.kind
        return (_PRIOR[kind], -(self.population or 0))

    def to_place(self, text: str, start: int, end: int, **extra: Any) -> Place:
        """A :class:`~sitrep.model.Place` for a mention of this entry in an article."""
        return Place(
            text=text, start=start, end=end, name=self.name, country=self.country,
            admin1=self.admin1, lat=self.lat, lon=self.lon, precision=_PRECISION[self.kind],
            geonameid=self.geonameid, feature=self.feature, **extra,
        )


@dataclass(frozen=True)
class Country:
    """An ISO 3166-1 country (and Kosovo, XK/XKX), with its names and capital."""

    iso2: str
    iso3: str
    numeric: int | None
    name: str  # common English name
    official_name: str
    variants: tuple[str, ...]
    capital: str | None
    capital_geonameid: int | None
    lat: float | None  # the capital's coordinates
    lon: float | None
    population: int | None
    continent: str  # AF, AN, AS, EU, NA, OC, SA
    geonameid: int | None

    def entry(self) -> Entry:
        return Entry(
            geonameid=self.geonameid, name=self.name, kind="country", country=self.iso3,
            admin1=None, lat=self.lat, lon=self.lon, population=self.population,
            feature="PCLI", key=f"country:{self.iso3}",
        )


def _data_file(name: str) -> Any:
    return importlib.resources.files(DATA_PACKAGE).joinpath(*DATA_DIR, name)


def _read_rows(name: str) -> Iterator[list[str]]:
    """Rows of a packaged TSV (gzipped if it ends in .gz), without comments and header."""
    resource = _data_file(name)
    raw = resource.read_bytes()
    text = gzip.decompress(raw).decode("utf-8") if name.endswith(".gz") else raw.decode("utf-8")
    lines = (line for line in text.split("\n") if line and not line.startswith("#"))
    next(lines)  # the header row
    for line in lines:
        yield line.split("\t")


def _table_lines(name: str) -> list[str]:
    """The data rows of a packaged gzipped table, unsplit, without comments and header."""
    lines = gzip.decompress(_data_file(name).read_bytes()).decode("utf-8").split("\n")
    return [line for line in lines if line and not line.startswith("#")][1:]


def _key_index(rows: list[str], start: int) -> dict[str, list[int]]:
    """Row numbers by lookup key, from ``start`` on: the last column holds each row's keys, |-separated."""
    index: dict[str, list[int]] = defaultdict(list)
    for i in range(start, len(rows)):
        line = rows[i]
        for key in line[line.rindex("\t") + 1 :].split("|"):
            index[key].append(i)
    return dict(index)


def _int(value: str) -> int | None:
    return int(value) if value else None


def _float(value: str) -> float | None:
    return float(value) if value else None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


class Gazetteer:
    """Lookups over the packaged gazetteer tables; build one with :meth:`load`."""

    _instance: ClassVar[Gazetteer | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self._countries: dict[str, Country] = {}  # by ISO2 and ISO3
        self._country_keys: dict[str, str] = {}  # folded name -> ISO3
        self._ruler_country_names: list[tuple[str, str]] = []  # (text, ISO3)
        self._demonyms: dict[str, str] = {}  # folded form -> ISO3
        self._demonym_forms: list[tuple[str, str]] = []  # (form, ISO3), as written
        self._names: dict[str, list[Entry]] = defaultdict(list)  # non-city entries by folded name
        self._entries: dict[str, Entry] = {}  # by key
        self._entry_names: dict[str, list[str]] = defaultdict(list)  # key -> names as written
        self._facilities: list[Entry] = []
        self._admin1_names: dict[str, str] = {}  # ISO 3166-2 code -> name
        self._stoplist: frozenset[str] = frozenset()
        self._city_rows: list[str] | None = None
        self._city_index: dict[str, list[int]] = {}  # lookup key -> row numbers
        self._minor_index: dict[str, list[int]] = {}  # the same, for the small places (post offices, villages)
        self._minor_start = 0  # row number of the first small place
        self._city_entries: dict[int, Entry] = {}  # row number -> Entry, made on demand
        self._city_ids: dict[int, int] | None = None  # geonameid -> row number
        self._coded: dict[str, list[tuple[float, float, str]]] | None = None  # ISO3 -> its coded towns' points and regions
        self._city_lock = threading.Lock()
        # lookup key, minor -> the candidates, best first: the resolver asks for the same few names again and again
        self._answers: dict[tuple[str, bool], tuple[Entry, ...]] = {}
        self._patterns: list[dict[str, Any]] | None = None

    # -- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls) -> Gazetteer:
        """The process-wide gazetteer, read from the package data on first call."""
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    g = cls()
                    g._load_small_tables()
                    cls._instance = g
        return cls._instance

    def _add_name(self, name: str, entry: Entry) -> None:
        bucket = self._names[lookup_key(name)]
        if entry not in bucket:
            bucket.append(entry)
        if name not in self._entry_names[entry.key]:
            self._entry_names[entry.key].append(name)

    def _load_small_tables(self) -> None:
        curated: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        for iso3, variant, ruler in _read_rows("country_variants.tsv"):
            curated[iso3].append((variant, ruler == "yes"))
        # A curated form outranks an ISO or GeoNames name that folds the same (news' "Congo").
        for iso3, forms in curated.items():
            for variant, _ in forms:
                self._country_keys.setdefault(lookup_key(variant), iso3)
        no_ruler = {v for forms in curated.values() for v, ruler in forms if not ruler}
        for row in _read_rows("countries.tsv"):
            (iso2, iso3, numeric, name, official, geonameid, capital, capital_id,
             lat, lon, population, continent, variants) = row
            country = Country(
                iso2=iso2, iso3=iso3, numeric=_int(numeric), name=name, official_name=official,
                variants=tuple(v for v in variants.split("|") if v), capital=capital or None,
                capital_geonameid=_int(capital_id), lat=_float(lat), lon=_float(lon),
                population=_int(population), continent=continent, geonameid=_int(geonameid),
            )
            self._countries[iso2] = self._countries[iso3] = country
            entry = country.entry()
            self._entries[entry.key] = entry
            for text in (name, official, *country.variants):
                self._country_keys.setdefault(lookup_key(text), iso3)
                self._add_name(text, entry)
                if text not in no_ruler and "," not in text:
                    self._ruler_country_names.append((text, iso3))

        for iso3, form in _read_rows("demonyms.tsv"):
            for text in (form, *plurals(form)):
                self._demonyms.setdefault(fold(text), iso3)
                self._demonym_forms.append((text, iso3))

        for (code, iso3, name, _type, _gn_code, geonameid, lat, lon, population,
             _how, variants) in _read_rows("admin1.tsv"):
            self._admin1_names[code] = name
            entry = Entry(
                geonameid=_int(geonameid), name=name, kind="admin1", country=iso3, admin1=name,
                lat=_float(lat), lon=_float(lon), population=_int(population), feature="ADM1",
                key=f"admin1:{code}",
            )
            self._entries[entry.key] = entry
            for text in (name, *(v for v in variants.split("|") if v)):
                self._add_name(text, entry)

        for fips, region, name, lat, lon, _cities in _read_rows("admin2.tsv"):
            state = self._entries.get(f"admin1:{region}")
            entry = Entry(
                geonameid=None, name=name, kind="admin2", country=state.country if state else "USA",
                admin1=self._admin1_names.get(region),
                lat=float(lat), lon=float(lon), population=None, feature="ADM2", key=f"admin2:{fips}",
            )
            self._entries[entry.key] = entry
            self._add_name(name, entry)

        data = yaml.safe_load(_data_file("facilities.yaml").read_text(encoding="utf-8"))
        for fac in data["facilities"]:
            entry = Entry(
                geonameid=None, name=fac["name"], kind="facility", country=fac["country"],
                admin1=None, lat=float(fac["lat"]), lon=float(fac["lon"]), population=None,
                feature=fac["type"], key=f"facility:{fac.get('id') or _slug(fac['name'])}",
            )
            self._entries[entry.key] = entry
            self._facilities.append(entry)
            for text in (fac["name"], *fac.get("aliases", [])):
                self._add_name(text, entry)

        stop = _data_file("ruler_stoplist.txt").read_text(encoding="utf-8").splitlines()
        self._stoplist = frozenset(s.strip() for s in stop if s.strip() and not s.startswith("#"))

    def _load_cities(self) -> list[str]:
        """Read the city table once, on first use; see the module docstring for the cost.

        Rows stay as unsplit lines and become :class:`Entry` objects only when returned:
        splitting 170,000 rows or building as many frozen dataclasses up front would
        double the load time. Only the last column, the precomputed lookup keys, is read.
        """
        if self._city_rows is not None:
            return self._city_rows
        with self._city_lock:
            if self._city_rows is not None:
                return self._city_rows
            body = _table_lines("cities.tsv.gz")
            self._city_index = _key_index(body, 0)
            # the small places, in the city table's columns, indexed apart: only candidates(minor=True) returns them.
            # GeoNames' villages first, then the US post-office towns (without a GeoNames id or population)
            self._minor_start = len(body)
            body.extend(_table_lines("villages.tsv.gz"))
            for name, admin1, lat, lon, _zips, key in _read_rows("us_places.tsv.gz"):
                body.append(f"\t{name}\t\tUSA\t{admin1}\t{lat}\t{lon}\t\t\t\t{key}")
            self._minor_index = _key_index(body, self._minor_start)
            self._city_rows = body
            return body

    def _city(self, i: int) -> Entry:
        entry = self._city_entries.get(i)
        if entry is None:
            assert self._city_rows is not None
            gid, name, _ascii, iso3, admin1, lat, lon, population, feature = (
                self._city_rows[i].split("\t")[:9]
            )
            if not admin1 and iso3:
                admin1 = self._nearest_region(iso3, float(lat), float(lon))
            entry = Entry(
                geonameid=_int(gid), name=name, kind="city", country=iso3,
                admin1=self._admin1_names.get(admin1), lat=float(lat), lon=float(lon),
                population=_int(population), feature=feature or None,
                key=f"city:{gid}" if gid else f"{POSTAL}{admin1}:{name}", minor=i >= self._minor_start,
            )
            self._city_entries[i] = entry
        return entry

    def _nearest_region(self, iso3: str, lat: float, lon: float) -> str:
        """The first-level region code of the nearest town of the same country that has one, within
        :data:`_REGION_KM`; "" if none. GeoNames leaves some towns without a region the build could join to
        ISO 3166-2 (most of Côte d'Ivoire's and Austria's), and a town without its region gains nothing from
        the article naming it: "Toronto" in a story that says "Ontario" is Toronto, Ontario, not Toronto, Ohio.

        >>> g = Gazetteer.load()
        >>> g._nearest_region("CAN", 43.70, -79.42)  # Toronto's point
        'CA-ON'
        """
        if self._coded is None:
            coded: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
            for line in self._load_cities()[: self._minor_start]:
                cols = line.split("\t", 7)
                if cols[0] and cols[4]:  # a GeoNames town with its region, not a post office
                    coded[cols[3]].append((float(cols[5]), float(cols[6]), cols[4]))
            self._coded = dict(coded)
        scale = math.cos(math.radians(lat))
        best, code = _REGION_KM**2, ""
        for t_lat, t_lon, t_code in self._coded.get(iso3, ()):
            d = ((t_lat - lat) * 111.2) ** 2 + ((t_lon - lon) * 111.2 * scale) ** 2
            if d < best:
                best, code = d, t_code
        return code

    # -- lookups -------------------------------------------------------------------------

    def candidates(self, name: str, minor: bool = False) -> list[Entry]:
        """Every entry named ``name`` (or an alternate), best prior first.

        Case, accents, periods and apostrophes are ignored, as is a leading "the". Order:
        countries, capitals, admin1 regions, facilities, other cities; then by population.
        With ``minor``, the small places too, flagged ``minor``: GeoNames' villages of 500 to 999 people
        (``villages.tsv.gz``) and the US post-office towns that GeoNames' cities1000 lacks (``us_places.tsv.gz``,
        keys "postal:US-PA:Grantville"). A story may mean one when it says where it is, and nothing else should.
        """
        key = lookup_key(name)
        if not key:
            return []
        answer = self._answers.get((key, minor))
        if answer is None:
            self._load_cities()
            found = {e.key: e for e in self._names.get(key, [])}
            for i in (*self._city_index.get(key, ()), *(self._minor_index.get(key, ()) if minor else ())):
                entry = self._city(i)
                found.setdefault(entry.key, entry)
            if len(self._answers) >= _ANSWERS_KEPT:
                self._answers.clear()
            answer = self._answers[(key, minor)] = tuple(sorted(found.values(), key=lambda e: e.prior))
        return list(answer)

    def get(self, key: str) -> Entry | None:
        """The entry with this key, e.g. an EntityRuler match's ``ent_id_`` ("city:2440485")."""
        if key.startswith("city:"):
            gid = key[5:]
            i = self._city_by_id().get(int(gid)) if gid.isdigit() else None
            return None if i is None else self._city(i)
        if key.startswith("country:"):
            country = self.country(key[8:])
            return country.entry() if country else None
        return self._entries.get(key)

    def _city_by_id(self) -> dict[int, int]:
        if self._city_ids is None:
            self._city_ids = {
                int(line[: line.index("\t")]): i for i, line in enumerate(self._load_cities()) if line[0] != "\t"
            }
        return self._city_ids

    def _city_alternates(self, geonameid: int) -> list[str]:
        i = self._city_by_id().get(geonameid)
        if i is None or self._city_rows is None:
            return []
        alternates = self._city_rows[i].split("\t")[_ALTERNATES]
        return alternates.split("|") if alternates else []

    def country(self, code: str) -> Country | None:
        """The country with ISO 3166-1 alpha-2 or alpha-3 ``code`` (any case)."""
        return self._countries.get(code.strip().upper())

    def country_by_name(self, name: str) -> Country | None:
        """The country called ``name``: "Niger", "U.S.", "the United States", "Ivory Coast"."""
        iso3 = self._country_keys.get(lookup_key(name))
        return self._countries.get(iso3) if iso3 else None

    def countries(self) -> list[Country]:
        """All countries, by ISO3."""
        return sorted({c.iso3: c for c in self._countries.values()}.values(), key=lambda c: c.iso3)

    def demonym(self, word: str) -> str | None:
        """The ISO3 of a demonym or adjective: "Nigerien" -> "NER", "Americans" -> "USA"."""
        key = fold(word)
        if key in self._demonyms:
            return self._demonyms[key]
        for suffix, replacement in (("s", ""), ("es", ""), ("men", "man")):
            if key.endswith(suffix) and key[: -len(suffix)] + replacement in self._demonyms:
                return self._demonyms[key[: -len(suffix)] + replacement]
        return None

    def facility(self, name: str) -> list[Entry]:
        """Facilities whose name or alias is ``name`` ("BA 101", "Camp Lemonnier")."""
        return [e for e in self._names.get(lookup_key(name), []) if e.kind == "facility"]

    def facilities(self) -> list[Entry]:
        """All curated facilities."""
        return list(self._facilities)

    def names_of(self, key: str) -> list[str]:
        """The names and alternates, as written, of the entry with this key."""
        if key.startswith("city:"):
            entry = self.get(key)
            if entry is None or entry.geonameid is None:
                return []
            return [entry.name, *self._city_alternates(entry.geonameid)]
        return list(self._entry_names.get(key, []))

    # -- spaCy ---------------------------------------------------------------------------

    def ruler_patterns(self, tokenize: Tokenizer | None = None) -> list[dict[str, Any]]:
        """spaCy EntityRuler token patterns for countries, demonyms, regions, cities, facilities.

        Patterns match ``ORTH`` exactly, so case matters: "Chad" but not "chad", "US" and
        "U.S." but never "us". Each text gets one pattern, the best-prior reading's: countries
        (GPE, "country:ISO3"), demonyms (NORP, "demonym:ISO3"), capitals (GPE, "city:ID"),
        admin1 regions (GPE, "admin1:CODE"), facilities (FAC, "facility:ID"), then cities of
        >= 100,000 people (GPE, "city:ID"). Names in ``ruler_stoplist.txt`` (common words and
        first names such as "Mobile", "Nice", "Victoria") and names without a capital letter
        are left out. ``tokenize`` defaults to :func:`simple_tokenize`; pass
        ``lambda s: [t.text for t in nlp.tokenizer(s)]`` to use a pipeline's own tokenizer.
        """
        if tokenize is None and self._patterns is not None:
            return [dict(p) for p in self._patterns]
        split = tokenize or simple_tokenize
        patterns: list[dict[str, Any]] = []
        seen: set[str] = set()

        def add(text: str, label: str, pattern_id: str) -> None:
            text = text.strip()
            if text in seen or text in self._stoplist or len(text) < 2 or "(" in text:
                return
            if not text[0].isupper() and not text[0].isdigit():
                return
            seen.add(text)
            tokens = list(split(text))
            if tokens:
                patterns.append(
                    {"label": label, "pattern": [{"ORTH": t} for t in tokens], "id": pattern_id}
                )

        for text, iso3 in self._ruler_country_names:
            add(text, "GPE", f"country:{iso3}")
        for text, iso3 in self._demonym_forms:
            add(text, "NORP", f"demonym:{iso3}")
        rows = [line.split("\t") for line in self._load_cities()]
        capitals = sorted(
            (self._city(i) for i, row in enumerate(rows) if row[_FEATURE] == "PPLC"),
            key=lambda c: c.prior,
        )
        big = sorted(
            (self._city(i) for i, row in enumerate(rows)
             if row[_POPULATION] and int(row[_POPULATION]) >= RULER_MIN_CITY_POPULATION
             and row[_FEATURE] != "PPLC"),
            key=lambda c: c.prior,
        )
        # GeoNames alternates stay out of the ruler: without language tags they are mostly
        # foreign exonyms, and too many are English words or names ("Sam" for Damascus,
        # "Salem" for Jerusalem). candidates() still finds them.
        for city in capitals:
            for text in (city.name, ascii_fold(city.name)):
                add(text, "GPE", city.key)
        for key, entry in self._entries.items():
            if entry.kind == "admin1":
                for text in self._entry_names[key]:
                    add(text, "GPE", key)
                    add(ascii_fold(text), "GPE", key)
        for entry in self._facilities:
            for text in self._entry_names[entry.key]:
                add(text, "FAC", entry.key)
        for city in big:
            for text in (city.name, ascii_fold(city.name)):
                add(text, "GPE", city.key)
        if tokenize is None:
            self._patterns = patterns
        return [dict(p) for p in patterns]


#: Words of office or address before a person's name.
_PERSON_TITLES = frozenset({"president", "minister", "premier", "chancellor", "governor", "senator", "mayor", "general",
                            "gen.", "colonel", "col.", "king", "queen", "prince", "sheikh", "mr", "mr.", "mrs", "mrs.",
                            "ms", "ms.", "dr", "dr.", "judge", "justice", "ambassador", "envoy", "commander", "chief"})


def in_titled_name(doc: Any, start: int, end: int) -> bool:
    """Whether the gazetteer name at tokens ``start:end`` stands between a title and a surname: "Prime Minister Hassan
    Diab" names no town of Hassan."""
    if not start or end >= len(doc):
        return False
    after = doc[end]
    return (doc[start - 1].lower_ in _PERSON_TITLES and after.pos_ == "PROPN" and after.is_alpha
            and after.text[:1].isupper() and not after.ent_type_)

