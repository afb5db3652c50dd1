"""The PostgreSQL store: a shared server that several ingest workers may write to at once.

The SQL is shared with DuckDB (``sql.py``); this module holds what differs: the connection (psycopg 3,
the ``postgres`` extra), the spelling of three column types, ``?`` placeholders, bulk upserts with
ON CONFLICT, and retrying a batch that lost a deadlock to another writer. Text columns use the "C"
collation so that every ORDER BY sorts as DuckDB does, whatever the database's locale.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from ..errors import SitrepError
from ..model import Batch
from . import AddResult, corroboration_tables, redact
from .corroboration_tables import KEYS
from .sql import MIGRATIONS, SCHEMA, SqlStore

_TYPES = {"VARCHAR": 'TEXT COLLATE "C"', "DOUBLE": "DOUBLE PRECISION", "UBIGINT": "BIGINT"}
_TYPE_NAMES = re.compile(r"\b(" + "|".join(_TYPES) + r")\b")
# Only PostgreSQL's: concurrent writers could otherwise both record the same failure.
_EXTRA = "CREATE UNIQUE INDEX IF NOT EXISTS failures_once ON failures (source, code);"
# Only PostgreSQL's too (DuckDB scans its columns faster than it would maintain these). A row store reads
# whole rows, about 1 kB each with the JSON, so on a million events any query that reads the table
# takes 0.2-1 s. These let every filter be found, and counted, from an index alone, and every sort
# order be walked: the country, sector and type indexes lead with their filter, go on in the default
# sort (date) and carry the other filters' columns, so "RUS's events against NER by date" or "RUS, not
# negated, by confidence" reads one index range and never the table; dedup keeps the flag index tiny.
_COVER = (
    " INCLUDE (actor_country, recipient_country, place_country, actor_sector, recipient_sector, type, negated,"
    " hypothetical, confidence, date_end)"
)
INDEXES = f"""
CREATE INDEX IF NOT EXISTS events_by_date ON events (date_start, id) INCLUDE (date_end);
CREATE INDEX IF NOT EXISTS events_by_date_desc ON events (date_start DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS events_by_confidence ON events (confidence, id) INCLUDE (date_start, type);
CREATE INDEX IF NOT EXISTS events_by_confidence_desc ON events (confidence DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, date_start, id){_COVER};
CREATE INDEX IF NOT EXISTS events_by_type_desc ON events (type DESC, date_start, id);
CREATE INDEX IF NOT EXISTS events_date_end ON events (date_end, date_start) INCLUDE (id, confidence, type);
CREATE INDEX IF NOT EXISTS events_actor_country ON events (actor_country, date_start, id){_COVER};
CREATE INDEX IF NOT EXISTS events_recipient_country ON events (recipient_country, date_start, id){_COVER};
CREATE INDEX IF NOT EXISTS events_place_country ON events (place_country, date_start, id){_COVER};
CREATE INDEX IF NOT EXISTS events_actor_sector ON events (actor_sector, date_start, id){_COVER};
CREATE INDEX IF NOT EXISTS events_recipient_sector ON events (recipient_sector, date_start, id){_COVER};
CREATE INDEX IF NOT EXISTS events_mode ON events (mode, date_start, id);
CREATE INDEX IF NOT EXISTS events_flags ON events (negated, hypothetical, future, historical, context);
CREATE INDEX IF NOT EXISTS events_hypothetical ON events (date_start, id) WHERE hypothetical;
CREATE INDEX IF NOT EXISTS events_future ON events (date_start, id) WHERE future;
CREATE INDEX IF NOT EXISTS events_historical ON events (date_start, id) WHERE historical;
"""
# Words in the evidence sentence (ILIKE '%word%') through trigrams, where the server has pg_trgm
# (PostgreSQL's contrib, trusted: a database owner may create it); without it text search reads the table.
TEXT_INDEX = "CREATE INDEX IF NOT EXISTS events_sentence ON events USING gin (sentence gin_trgm_ops);"
# Re-analyse the events table once this share of it changed since its last ANALYZE (autovacuum waits
# for 10% and up to a minute; the planner's choices on a store being filled need fresher counts).
_ANALYZE_SHARE = 0.05
# A filtered page whose filters keep fewer than sqrt(_WALK * rows * table) events is sorted from its
# matches; with more, walking a sort index finds the page sooner (it passes over about rows * table /
# matches events, so _WALK leaves room for matches that cluster late in the sort order).
_WALK = 4
_SMALL_TABLE = 20_000  # below this many events every plan is quick
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
        self._last_count: tuple[str, list[Any], int] | None = None
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
            # JIT compiles for 40 ms what these short queries run in 5
            self.con.execute("SET DateStyle = ISO; SET TimeZone = 'UTC'; SET jit = off")
            if not read_only or not self._has_table("articles"):
                with self._transaction():
                    self.con.execute("SELECT pg_advisory_xact_lock(?)", [_SCHEMA_LOCK])
                    self.con.execute(postgres_ddl(SCHEMA + corroboration_tables.SCHEMA + MIGRATIONS) + _EXTRA + INDEXES)
                    self._text_index()
            if read_only:
                self.con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except psycopg.Error as exc:
            raw.close()
            raise SitrepError("E201", path=redact(url), reason=str(exc).strip()) from exc

    def _text_index(self) -> None:
        """The trigram index for text search, when pg_trgm is there or may be created (inside the schema transaction)."""
        self.con.execute("SAVEPOINT text_index")
        try:
            self.con.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm; " + TEXT_INDEX)
        except self._errors.Error:  # not installed, or not ours to create: text search scans instead
            self.con.execute("ROLLBACK TO SAVEPOINT text_index")
        self.con.execute("RELEASE SAVEPOINT text_index")

    def add(self, batch: Batch) -> AddResult:
        self._last_count = None
        result = super().add(batch)
        if result.events:
            self._analyze_when_stale()
        return result

    def _analyze_when_stale(self) -> None:
        """ANALYZE the events table when enough of it changed that the planner's counts are stale."""
        row = self.con.execute(
            "SELECT c.reltuples, s.n_mod_since_analyze FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid"
            " WHERE c.oid = CAST('events' AS regclass)",
            [],
        ).fetchone()
        if row is not None and row[1] > _ANALYZE_SHARE * max(row[0], 0) + 500:
            self.con.execute("ANALYZE events")

    def _page(self, where: str, params: list[Any], order: str, limit: int, offset: int) -> list[Any]:
        # The planner pages a filtered query by walking the sort order's index when it expects the
        # filters to keep many events, and that walk passes over the whole table when they keep few
        # (0.3 s -> 2.6 s on a million events). So gather the matches first, up to the number past
        # which walking wins, and sort them when there are fewer: then their count, which the API asks
        # for next, is known too.
        self._last_count = None
        if not where:
            return super()._page(where, params, order, limit, offset)
        row = self.con.execute("SELECT reltuples FROM pg_class WHERE oid = CAST('events' AS regclass)", []).fetchone()
        table = float(row[0]) if row else 0.0
        if table < _SMALL_TABLE:
            return super()._page(where, params, order, limit, offset)
        enough = int(math.sqrt(_WALK * (limit + offset) * table))
        # Counted, not estimated: the planner puts a week's window at 250k events where 7k match. Only
        # the sort's columns, so that the filter's index alone may answer; MATERIALIZED, so that the
        # matches are found through the filters' indexes, never by walking a sort index.
        columns = ", ".join(["id"] + [c for c in ("date_start", "confidence", "type") if c in order])
        found = self.con.execute(
            f"WITH m AS MATERIALIZED (SELECT {columns} FROM events{where} LIMIT ?)"
            f" SELECT (SELECT count(*) FROM m), ARRAY(SELECT id FROM m ORDER BY {order} LIMIT ? OFFSET ?)",
            [*params, enough, limit, offset],
        ).fetchone()
        if found[0] >= enough:
            return super()._page(where, params, order, limit, offset)
        self._last_count = (where, params, int(found[0]))
        return list(found[1])

    def _counted(self, where: str, params: list[Any]) -> int | None:
        # Only the page read just before, with the same filters: its count is as fresh as its events.
        last, self._last_count = self._last_count, None
        return last[2] if last is not None and last[:2] == (where, params) else None

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
