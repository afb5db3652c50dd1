"""How fast /api/events answers on a store of one million synthetic events.

Generates the store once into a temp dir (reused on later runs; --rebuild to redo it), then
times typical filters through the store (``events`` + ``count_events``, what the endpoint does)
and through the app in-process (httpx.ASGITransport: routing, validation, JSON), and prints
p50/p99 per query and over all. The target is p99 <= 50 ms through the app. With ``SITREP_TEST_PG``
set, the same events are also timed in PostgreSQL (a database ``sitrep_bench_<n>`` on that server,
filled once by ``bench/store_queries.py``, which also reports p50/p95 per kind of query on both
engines). Not a unit test.

    .venv/bin/python bench/api_events.py [--events 1000000] [--repeat 100]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from sitrep.server import create_app
from sitrep.settings import load_settings
from sitrep.storage import EventQuery, open_store, redact

sys.path.insert(0, str(Path(__file__).parent))  # store_queries, beside this file

COUNTRIES = ["RUS", "NER", "MLI", "BFA", "FRA", "USA", "TCD", "NGA", "DZA", "LBY", "SEN", "CIV", "GHA", "BEN", "TGO",
             "CMR", "SDN", "EGY", "CHN", "TUR", "GBR", "DEU", "ITA", "UKR", "IRN", "ISR", "SAU", "ARE", "QAT", "IND"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
SECTORS = ["GOV", "MIL", "REB", "COP", "BUS", "CVL"]

QUERIES: list[tuple[str, dict[str, str]]] = [
    ("first page, no filter", {}),
    ("actor=RUS recipient=NER", {"actor": "RUS", "recipient": "NER"}),
    ("RUS->NER, spring 2024", {"actor": "RUS", "recipient": "NER", "since": "2024-03-01", "until": "2024-05-31"}),
    ("actor=RUS, 3 months", {"actor": "RUS", "since": "2024-03", "until": "2024-05"}),
    ("type=ASSAULT place=NER", {"type": "ASSAULT", "place": "NER"}),
    ("sector MIL->GOV, newest first", {"actor_sector": "MIL", "recipient_sector": "GOV", "sort": "-date"}),
    ("min_confidence=0.9, by confidence", {"min_confidence": "0.9", "sort": "-confidence"}),
    ("asserted only, context", {"negated": "false", "hypothetical": "false", "context": "military"}),
    ("deep page offset=5000", {"actor": "FRA", "offset": "5000"}),
    ("text search q=airbase", {"q": "airbase"}),
]


def build(path: Path, n: int) -> None:
    """One million events in one INSERT … SELECT (the store's schema, its own connection)."""
    store = open_store(str(path))
    con = store.con  # type: ignore[attr-defined]
    countries = "[" + ",".join(f"'{c}'" for c in COUNTRIES) + "]"
    types = "[" + ",".join(f"'{t}'" for t in TYPES) + "]"
    sectors = "[" + ",".join(f"'{s}'" for s in SECTORS) + "]"
    t0 = time.perf_counter()
    con.execute("SELECT setseed(0.42)")
    con.execute(
        f"""
        CREATE TEMP TABLE gen AS
        SELECT i,
            'ev' || lpad(CAST(i AS VARCHAR), 8, '0') AS id,
            'art' || CAST(i // 5 AS VARCHAR) AS article_id,
            {types}[1 + CAST(floor(random() * {len(TYPES)}) AS INTEGER)] AS type,
            {countries}[1 + CAST(floor(pow(random(), 2) * {len(COUNTRIES)}) AS INTEGER)] AS ac,
            {countries}[1 + CAST(floor(pow(random(), 2) * {len(COUNTRIES)}) AS INTEGER)] AS rc,
            {sectors}[1 + CAST(floor(random() * {len(SECTORS)}) AS INTEGER)] AS asec,
            {sectors}[1 + CAST(floor(random() * {len(SECTORS)}) AS INTEGER)] AS rsec,
            DATE '2022-01-01' + CAST(floor(random() * 1000) AS INTEGER) AS d,
            random() < 0.7 AS has_place,
            5 + random() * 20 AS lat, -15 + random() * 40 AS lon,
            round(random(), 3) AS conf,
            random() < 0.05 AS neg, random() < 0.03 AS hyp, random() < 0.5 AS mil,
            CASE WHEN random() < 0.01 THEN 'Troops moved into the airbase near the capital, officials said.'
                 ELSE 'Officials said the two governments discussed security cooperation on ' || CAST(i AS VARCHAR) || '.' END AS sentence
        FROM range({n}) t(i)
        """
    )
    con.execute(
        """
        INSERT INTO events (id, article_id, type, mode, cameo, actor_country, actor_sector, recipient_country, recipient_sector,
            date_value, date_start, date_end, place_country, lat, lon, negated, future, hypothetical, historical, confidence,
            sentence, data, context)
        SELECT id, article_id, type, NULL, NULL, ac, asec, rc, rsec, CAST(d AS VARCHAR), d, d,
            CASE WHEN has_place THEN rc END, CASE WHEN has_place THEN lat END, CASE WHEN has_place THEN lon END,
            neg, false, hyp, false, conf, sentence,
            json_object('id', id, 'type', type, 'mode', NULL, 'context', CASE WHEN mil THEN ['military'] ELSE [] END,
                'cameo', NULL,
                'actor', [json_object('text', ac, 'country', ac, 'sector', asec, 'name', NULL, 'start', 0, 'end', 3)],
                'recipient', [json_object('text', rc, 'country', rc, 'sector', rsec, 'name', NULL, 'start', 10, 'end', 13)],
                'negated', neg, 'future', false, 'hypothetical', hyp, 'historical', false,
                'date', json_object('value', CAST(d AS VARCHAR), 'precision', 'day', 'start', CAST(d AS VARCHAR),
                                    'end', CAST(d AS VARCHAR), 'text', NULL, 'source', 'text'),
                'place', CASE WHEN has_place THEN json_object('text', 'X', 'name', 'X', 'country', rc, 'lat', lat, 'lon', lon,
                                                              'precision', 'city') END,
                'attribution', [json_object('text', 'officials said', 'source', 'officials', 'kind', 'official')],
                'sentence', sentence, 'sentence_index', 0, 'start', 0, 'end', length(sentence),
                'trigger', json_object('text', 'said', 'start', 10, 'end', 14), 'confidence', conf, 'segment', 'body'),
            CASE WHEN mil THEN ';military;' END
        FROM gen ORDER BY d, id
        """
    )
    con.execute("DROP TABLE gen")
    con.execute("CHECKPOINT")
    store.close()
    print(f"built {n:,} events in {time.perf_counter() - t0:.1f} s: {path} ({path.stat().st_size / 2**20:.0f} MiB)")


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def query_of(params: dict[str, str]) -> EventQuery:
    from sitrep.server.params import Checker, event_query

    c = Checker(params)
    q = event_query(c)
    c.done()
    return q


async def through_app(app: object, repeat: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for name, params in QUERIES:
            times = []
            for _ in range(repeat + 3):
                t0 = time.perf_counter()
                r = await client.get("/api/events", params=params)
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, r.text
            out[name] = times[3:]  # the first runs warm DuckDB's caches
    return out


def measure(db: str, repeat: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Per query: the times through the store (events + count) and through the app."""
    settings = load_settings(db=db)
    with open_store(db, read_only=True) as store:
        print(f"{redact(db)}: {store.counts()['events']:,} events")
        store_times: dict[str, list[float]] = {}
        for name, params in QUERIES:
            query = query_of(params)
            times = []
            for _ in range(repeat + 3):
                t0 = time.perf_counter()
                store.events(query)
                store.count_events(query)
                times.append((time.perf_counter() - t0) * 1000)
            store_times[name] = times[3:]

    app = create_app(settings)
    app_times = asyncio.run(through_app(app, repeat))
    app.state.store.close()
    return store_times, app_times


def report(engine: str, store_times: dict[str, list[float]], app_times: dict[str, list[float]]) -> None:
    print(f"\n{engine + ': query':36} {'store p50':>10} {'store p99':>10} {'app p50':>9} {'app p99':>9}   (ms)")
    for name, _ in QUERIES:
        s, a = store_times[name], app_times[name]
        print(f"{name:36} {percentile(s, .5):10.1f} {percentile(s, .99):10.1f} {percentile(a, .5):9.1f} {percentile(a, .99):9.1f}")
    all_s = [t for v in store_times.values() for t in v]
    all_a = [t for v in app_times.values() for t in v]
    print(f"{'ALL':36} {percentile(all_s, .5):10.1f} {percentile(all_s, .99):10.1f} {percentile(all_a, .5):9.1f} {percentile(all_a, .99):9.1f}")
    print(f"through the app: p50 {statistics.median(all_a):.1f} ms, p99 {percentile(all_a, .99):.1f} ms over {len(all_a)} requests"
          f" ({'meets' if percentile(all_a, .99) <= 50 else 'MISSES'} the 50 ms p99 target)")


def bench_store(events: int, rebuild: bool = False) -> Path:
    """The benchmark's DuckDB store of ``events`` synthetic events, built when missing (or asked to)."""
    path = Path(tempfile.gettempdir()) / "sitrep-bench" / f"events-{events}.duckdb"
    if rebuild or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        build(path, events)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = bench_store(args.events, args.rebuild)
    stores = {"duckdb": str(path)}
    if os.environ.get("SITREP_TEST_PG"):  # the same events in PostgreSQL (bench/store_queries.py fills it)
        from store_queries import pg_database

        stores["postgresql"] = pg_database(os.environ["SITREP_TEST_PG"], args.events, path, args.rebuild)
        open_store(stores["postgresql"]).close()  # opened for writing once, as ingest does: its indexes
    for engine, db in stores.items():
        report(engine, *measure(db, args.repeat))
    print("\nper kind of query on both engines: bench/store_queries.py")


if __name__ == "__main__":
    main()
