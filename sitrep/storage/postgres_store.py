"""The PostgreSQL store: a shared server that several ingest workers may write to at once.

The SQL is shared with DuckDB (``sql.py``); this module holds what differs: the connection (psycopg 3,
the ``postgres`` extra), the spelling of three column types, ``?`` placeholders, bulk upserts with
ON CONFLICT, and retrying a batch that lost a deadlock to another writer. Text columns use the "C"
collation so that every ORDER BY sorts as DuckDB does, whatever the database's locale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..errors import SitrepError
from . import corroboration_tables, redact
from .corroboration_tables import KEYS
from .sql import MIGRATIONS, SCHEMA, SqlStore

_TYPES = {"VARCHAR": 'TEXT COLLATE "C"', "DOUBLE": "DOUBLE PRECISION", "UBIGINT": "BIGINT"}
_TYPE_NAMES = re.compile(r"\b(" + "|".join(_TYPES) + r")\b")
# Only PostgreSQL's: concurrent writers could otherwise both record the same failure.
_EXTRA = "CREATE UNIQUE INDEX IF NOT EXISTS failures_once ON failures (source, code);"
_SCHEMA_LOCK = 7_407_001  # pg_advisory_xact_lock key: writers starting together create the tables once


def postgres_ddl(ddl: str) -> str:
    """The shared DDL (DuckDB's type names) as PostgreSQL spells it."""
    return _TYPE_NAMES.sub(lambda m: _TYPES[m.group(1)], ddl)


class _Connection:
    """A psycopg connection with DuckDB's call shape: ``?`` placeholders, ``execute`` returns the cursor."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    @staticmethod
    def _sql(sql: str, params: Any) -> str:
        return sql if params is None else sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        return self.raw.execute(self._sql(sql, params), params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.raw.cursor() as cur:
            cur.executemany(self._sql(sql, ()), rows)

    def close(self) -> None:
        self.raw.close()


class PostgresStore(SqlStore):
    """The store in a PostgreSQL database (``postgresql://user:password@host:port/dbname``)."""

    FAILURE_CONFLICT = " ON CONFLICT DO NOTHING"

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.path = url
        try:
            import psycopg
            from psycopg.types.string import TextLoader
        except ImportError as exc:
            raise SitrepError("E203") from exc
        self._errors = psycopg.errors
        try:
            raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise SitrepError("E204", url=redact(url), reason=str(exc).strip()) from exc
        for name in ("json", "jsonb"):  # JSON as its text, as DuckDB returns it: the stored key order is kept
            raw.adapters.register_loader(name, TextLoader)
        self.con = _Connection(raw)
        try:
            self.con.execute("SET DateStyle = ISO; SET TimeZone = 'UTC'")
            if not read_only or not self._has_table("articles"):
                with self._transaction():
                    self.con.execute("SELECT pg_advisory_xact_lock(?)", [_SCHEMA_LOCK])
                    self.con.execute(postgres_ddl(SCHEMA + corroboration_tables.SCHEMA + MIGRATIONS) + _EXTRA)
            if read_only:
                self.con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except psycopg.Error as exc:
            raw.close()
            raise SitrepError("E201", path=redact(url), reason=str(exc).strip()) from exc

    def _insert_rows(self, table: str, columns: str, rows: Sequence[Sequence[Any]], replace: bool = False) -> None:
        if not rows:
            return
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(rows[0]))})"
        if replace:
            key = KEYS[table]
            updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in (c.strip() for c in columns.split(",")) if c != key)
            sql += f" ON CONFLICT ({key}) DO UPDATE SET {updates}"
        self.con.executemany(sql, rows)  # psycopg pipelines the rows: one round trip, not one per row

    def _transient(self, exc: Exception) -> bool:
        # a deadlock, or another writer's row appearing under a key this batch refolds (presence)
        return isinstance(exc, self._errors.DeadlockDetected | self._errors.SerializationFailure | self._errors.UniqueViolation)
