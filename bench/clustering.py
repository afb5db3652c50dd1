"""Event clustering speed: synthetic mentions through ``corroboration.cluster`` with the in-memory index.

    .venv/bin/python bench/clustering.py            # 10k, 30k, 100k mentions
    .venv/bin/python bench/clustering.py 1000000    # or any sizes

Mentions are drawn like a news stream: 16 PLOVER types, 40 actor and 40 recipient countries
weighted towards a few, dates over three years (most to the day, some to the month or year),
and about a third of them re-reports of an earlier happening, fed in batches of 500 as ingest
does. Near-linear growth means the time per mention stays flat as the count grows.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from sitrep.corroboration import MemoryIndex, cluster
from sitrep.storage.corroboration_tables import MentionRow

TYPES = "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
COUNTRIES = [f"C{i:02d}" for i in range(40)]


def synthetic(n: int, seed: int = 1) -> list[MentionRow]:
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(COUNTRIES))]
    base = date(2022, 1, 1)
    rows: list[MentionRow] = []
    for i in range(n):
        if rows and rng.random() < 0.35:  # a re-report of an earlier happening
            r = rows[rng.randrange(len(rows))]
            rows.append(MentionRow(f"e{i:08d}", "", f"a{i // 5}", r.block, r.date_start, r.date_end, r.coarse, False, r.data))
            continue
        block = "|".join([rng.choice(TYPES.split()), *rng.choices(COUNTRIES, weights, k=2)])
        day = base + timedelta(days=rng.randrange(3 * 365))
        kind = rng.random()
        if kind < 0.8:
            start, end, coarse = day, day, False
        elif kind < 0.95:
            start = day.replace(day=1)
            end, coarse = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1), False
        else:
            start, end, coarse = date(day.year, 1, 1), date(day.year, 12, 31), True
        data = {"place": {"country": block.split("|")[2], "precision": "country"}}
        rows.append(MentionRow(f"e{i:08d}", "", f"a{i // 5}", block, start.isoformat(), end.isoformat(), coarse, False, data))
    return rows


def run(n: int, batch: int = 500) -> tuple[float, int]:
    rows = synthetic(n)
    index = MemoryIndex()
    t = time.perf_counter()
    for k in range(0, n, batch):
        index.upsert(cluster(rows[k : k + batch], index))
    return time.perf_counter() - t, len(index.clusters)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 30_000, 100_000]
    for n in sizes:
        seconds, clusters = run(n)
        print(f"{n:>9,} mentions: {seconds:7.2f} s  ({seconds / n * 1e6:6.1f} µs/mention), {clusters:,} clusters")


if __name__ == "__main__":
    main()
