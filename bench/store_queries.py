"""How fast the store pages and counts events, per kind of query, on DuckDB and PostgreSQL.

One "call" is what /api/events does: ``Store.events(query)`` then ``Store.count_events(query)``.
Each query kind below is timed ``--repeat`` times after warm-up runs and reported as p50/p95 (ms),
on a store of one million synthetic events (``bench/api_events.py`` builds the DuckDB file; the
PostgreSQL database ``sitrep_bench_<n>`` on the server named by ``SITREP_TEST_PG`` is filled from it
by COPY, then given what ingest leaves: its indexes and fresh statistics). PostgreSQL is skipped
when ``SITREP_TEST_PG`` is unset. Each kind's page and count are checked to be the same on both
engines. Not a unit test.

    SITREP_TEST_PG=postgresql://sitrep@/postgres?host=/tmp/pg .venv/bin/python bench/store_queries.py
    .venv/bin/python bench/store_queries.py --engine duckdb --repeat 50 --only text
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).parent))

from api_events import bench_store, percentile  # noqa: E402

from sitrep.storage import EventQuery, Store, open_store  # noqa: E402

# (name, EventQuery fields): every filter, each sort both ways, deep pages, and the mixes that trip a
# planner (a selective filter with a sort whose index would walk most of the table first).
KINDS: list[tuple[str, dict[str, Any]]] = [
    ("no filter, date", {}),
    ("no filter, -date", {"sort": "-date"}),
    ("no filter, confidence", {"sort": "confidence"}),
    ("no filter, -confidence", {"sort": "-confidence"}),
    ("no filter, type", {"sort": "type"}),
    ("no filter, -type", {"sort": "-type"}),
    ("no filter, offset 5000", {"offset": 5000}),
    ("no filter, offset 100000", {"offset": 100_000}),
    ("actor=RUS", {"actor_country": "RUS"}),
    ("actor=RUS recipient=NER", {"actor_country": "RUS", "recipient_country": "NER"}),
    ("RUS->NER, spring 2024", {"actor_country": "RUS", "recipient_country": "NER", "since": "2024-03-01", "until": "2024-05-31"}),
    ("actor=RUS, 3 months", {"actor_country": "RUS", "since": "2024-03-01", "until": "2024-05-31"}),
    ("actor=IND (rare), -date", {"actor_country": "IND", "sort": "-date"}),
    ("actor=IND (rare), -confidence", {"actor_country": "IND", "sort": "-confidence"}),
    ("recipient=IND, type", {"recipient_country": "IND", "sort": "type"}),
    ("type=ASSAULT", {"type": "ASSAULT"}),
    ("type=ASSAULT place=NER", {"type": "ASSAULT", "place_country": "NER"}),
    ("type=ASSAULT, -type", {"type": "ASSAULT", "sort": "-type"}),
    ("place=IND type=PROTEST, -conf", {"place_country": "IND", "type": "PROTEST", "sort": "-confidence"}),
    ("sector MIL->GOV, -date", {"actor_sector": "MIL", "recipient_sector": "GOV", "sort": "-date"}),
    ("actor_sector=REB", {"actor_sector": "REB"}),
    ("mode=threat (none)", {"mode": "threat"}),
    ("article_id", {"article_id": "art123456"}),
    ("since last week", {"since": "2024-09-20"}),
    ("until first week", {"until": "2022-01-07", "sort": "-date"}),
    ("one week, -confidence", {"since": "2023-05-01", "until": "2023-05-07", "sort": "-confidence"}),
    ("since 2022 (all), -date", {"since": "2022-01-01", "sort": "-date"}),
    ("min_confidence=0.9, -confidence", {"min_confidence": 0.9, "sort": "-confidence"}),
    ("min_confidence=0.999, date", {"min_confidence": 0.999}),
    ("min_confidence=0.1, date", {"min_confidence": 0.1}),
    ("context=military", {"context": "military"}),
    ("asserted only, context", {"negated": False, "hypothetical": False, "context": "military"}),
    ("negated=true", {"negated": True}),
    ("hypothetical=true, -date", {"hypothetical": True, "sort": "-date"}),
    ("negated, RUS, -confidence", {"negated": True, "actor_country": "RUS", "sort": "-confidence"}),
    ("deep page actor=FRA offset=5000", {"actor_country": "FRA", "offset": 5000}),
    ("text q=airbase", {"text": "airbase"}),
    ("text q=airbase actor=RUS", {"text": "airbase", "actor_country": "RUS"}),
    ("text q=governments (most)", {"text": "governments"}),
    ("text q=zzyzx (none)", {"text": "zzyzx"}),
    ("everything at once", {"actor_country": "RUS", "recipient_country": "NER", "type": "ASSAULT", "since": "2023-01-01",
                            "until": "2023-12-31", "negated": False, "min_confidence": 0.2, "sort": "-confidence"}),
]


def pg_database(server: str, n: int, duck: Path, rebuild: bool) -> str:
    """The URL of the benchmark database on ``server``, filled from the DuckDB store when new."""
    import duckdb
    import psycopg

    name = f"sitrep_bench_{n}"
    url = urlunsplit(urlsplit(server)._replace(path="/" + name))
    with psycopg.connect(server, autocommit=True) as con:
        exists = con.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not rebuild:
            return url
        con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        con.execute(f"CREATE DATABASE {name}")
    t0 = time.perf_counter()
    open_store(url).close()  # the schema
    csv = duck.with_suffix(".events.csv")
    source = duckdb.connect(str(duck), read_only=True)
    columns = [r[0] for r in source.execute("SELECT column_name FROM information_schema.columns"
                                            " WHERE table_name = 'events' ORDER BY ordinal_position").fetchall()]
    source.execute(f"COPY (SELECT {', '.join(columns)} FROM events) TO '{csv}' (HEADER false)")
    source.close()
    with psycopg.connect(url, autocommit=True) as con:
        with con.cursor() as cur, cur.copy(f"COPY events ({', '.join(columns)}) FROM STDIN (FORMAT csv)") as copy, csv.open("rb") as f:
            while block := f.read(1 << 20):
                copy.write(block)
        csv.unlink()
        con.execute("VACUUM (ANALYZE) events")  # what autovacuum does after a bulk load; the store may do more
    print(f"filled {url} in {time.perf_counter() - t0:.1f} s")
    return url


def time_kinds(store: Store, kinds: list[tuple[str, dict[str, Any]]], repeat: int) -> dict[str, tuple[list[float], Any]]:
    """Per kind: the times of ``repeat`` calls (after 2 warm-up calls) and what the last call answered."""
    out: dict[str, tuple[list[float], Any]] = {}
    for name, fields in kinds:
        query = EventQuery(**fields)
        times = []
        answer: Any = None
        for _ in range(repeat + 2):
            t0 = time.perf_counter()
            page = store.events(query)
            total = store.count_events(query)
            times.append((time.perf_counter() - t0) * 1000)
            answer = ([e["id"] for e in page], total)
        out[name] = (times[2:], answer)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--engine", choices=("both", "duckdb", "postgresql"), default="both")
    parser.add_argument("--only", default="", help="run only the kinds whose name contains this")
    parser.add_argument("--rebuild", action="store_true", help="build both stores again")
    args = parser.parse_args()
    duck = bench_store(args.events, args.rebuild)
    stores: dict[str, str] = {}
    if args.engine in ("both", "duckdb"):
        stores["duckdb"] = str(duck)
    if args.engine in ("both", "postgresql"):
        if os.environ.get("SITREP_TEST_PG"):
            stores["postgresql"] = pg_database(os.environ["SITREP_TEST_PG"], args.events, duck, args.rebuild)
        else:
            print("SITREP_TEST_PG is unset: PostgreSQL skipped")
    kinds = [k for k in KINDS if args.only in k[0]]
    results: dict[str, dict[str, tuple[list[float], Any]]] = {}
    for engine, db in stores.items():
        with open_store(db) as store:  # writable, as ingest opens it: PostgreSQL gets any missing index
            pass
        with open_store(db, read_only=True) as store:
            results[engine] = time_kinds(store, kinds, args.repeat)
    engines = list(results)
    print(f"{'query (events page + count)':34}" + "".join(f" {e + ' p50':>15} {e + ' p95':>15}" for e in engines) + "   (ms)")
    for name, _ in kinds:
        row = f"{name:34}"
        for e in engines:
            times = results[e][name][0]
            row += f" {percentile(times, .5):15.1f} {percentile(times, .95):15.1f}"
        if len(engines) == 2 and results[engines[0]][name][1] != results[engines[1]][name][1]:
            row += "   DIFFERENT ANSWERS"
        print(row)
    for e in engines:
        every = [t for times, _ in results[e].values() for t in times]
        p50s = sorted(percentile(times, .5) for times, _ in results[e].values())
        print(f"{e}: over all calls p50 {percentile(every, .5):.1f} ms, p95 {percentile(every, .95):.1f} ms;"
              f" worst kind's p50 {p50s[-1]:.1f} ms; kinds over 50 ms p50: {sum(p > 50 for p in p50s)} of {len(p50s)}")


if __name__ == "__main__":
    main()
