"""Many rows into DuckDB in one statement: row-by-row INSERTs cost about a millisecond each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb


def bulk_insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[Sequence[Any]],
    columns: str | None = None,
    replace: bool = False,
) -> None:
    """Insert ``rows`` (in ``columns`` order, or the table's own) through an Arrow table."""
    if not rows:
        return
    import pyarrow as pa

    names = [c.strip() for c in columns.split(",")] if columns else [f"c{i}" for i in range(len(rows[0]))]
    arrow = pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)})
    con.register("_sitrep_rows", arrow)
    try:
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        target = f"{table} ({columns})" if columns else table
        con.execute(f"{verb} INTO {target} SELECT {', '.join(names)} FROM _sitrep_rows")
    finally:
        con.unregister("_sitrep_rows")
