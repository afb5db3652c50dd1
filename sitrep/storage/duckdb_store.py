"""The DuckDB store: one file, one transaction per batch. The SQL itself is shared (``sql.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from ..errors import SitrepError
from . import corroboration_tables
from .duckdb_bulk import bulk_insert
from .sql import MIGRATIONS, SCHEMA, SqlStore


class DuckDBStore(SqlStore):
    """Sitrep's default store: an embedded DuckDB file (one writer at a time)."""

    # DuckDB fetches rows by their physical row id fastest
    ROW_KEY = "rowid"

    def __init__(self, path: str, read_only: bool = False) -> None:
        self.path = path
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(path, read_only=read_only)
            if not read_only:
                self.con.execute(SCHEMA)
                self.con.execute(corroboration_tables.SCHEMA)
                self.con.execute(MIGRATIONS)
        except (duckdb.Error, OSError) as exc:
            raise SitrepError("E201", path=path, reason=str(exc)) from exc

    def _insert_rows(self, table: str, columns: str, rows: Sequence[Sequence[Any]], replace: bool = False) -> None:
        # one statement per table: row-by-row INSERTs cost about a millisecond each in DuckDB
        bulk_insert(self.con, table, rows, columns, replace=replace)
