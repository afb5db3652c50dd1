"""What the DuckDB and PostgreSQL stores share: the schema, the writes and the queries.

Every statement here is written in the SQL both engines accept, with ``?`` placeholders (the
PostgreSQL connection translates them). An engine module (``duckdb_store``, ``postgres_store``)
supplies only the connection, the spelling of its column types, bulk inserts and the row key
that pages events; so the two backends give the same answers to the same batches.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from ..model import Article, Batch, Event
from ..output import article_json, date_mention_json, event_json, place_json
from . import INTERVALS, SORTS, AddResult, EventQuery
from .corroboration_tables import CorroborationTables

T = TypeVar("T")

# Written in DuckDB's type names; ``postgres_store`` respells VARCHAR, DOUBLE and UBIGINT.
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR UNIQUE NOT NULL,
    source VARCHAR,
    title VARCHAR,
    url VARCHAR,
    site VARCHAR,
    original_source VARCHAR,
    byline VARCHAR,
    published VARCHAR,
    published_precision VARCHAR,
    published_source VARCHAR,
    duplicate_of VARCHAR,
    story_id VARCHAR,
    text VARCHAR NOT NULL,
    data JSON NOT NULL,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    cameo VARCHAR,
    actor_country VARCHAR,
    actor_sector VARCHAR,
    recipient_country VARCHAR,
    recipient_sector VARCHAR,
    date_value VARCHAR,
    date_start DATE,
    date_end DATE,
    place_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    negated BOOLEAN,
    future BOOLEAN,
    hypothetical BOOLEAN,
    historical BOOLEAN,
    confidence DOUBLE,
    sentence VARCHAR,
    data JSON NOT NULL,
    context VARCHAR  -- PLOVER contexts joined as ';a;b;' so one can be matched with LIKE
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,  -- place or date
    start_char INTEGER,
    end_char INTEGER,
    data JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (
    source VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    content_hash VARCHAR,
    failed_at TIMESTAMP DEFAULT current_timestamp
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
"""
# Columns added after a store may have been created: applied to existing stores on open.
MIGRATIONS = """
ALTER TABLE events ADD COLUMN IF NOT EXISTS context VARCHAR;
"""
ARTICLE_COLUMNS = (
    "id, content_hash, source, title, url, site, original_source, byline, published, published_precision,"
    " published_source, duplicate_of, story_id, text, data"
)
EVENT_COLUMNS = (
    "id, article_id, type, mode, cameo, actor_country, actor_sector, recipient_country, recipient_sector, date_value,"
    " date_start, date_end, place_country, lat, lon, negated, future, hypothetical, historical, confidence, sentence,"
    " data, context"
)
MENTION_COLUMNS = "article_id, kind, start_char, end_char, data"
_ORDER = {
    "date": "date_start ASC NULLS LAST, id",
    "-date": "date_start DESC NULLS LAST, id",
    "confidence": "confidence ASC NULLS LAST, id",
    "-confidence": "confidence DESC NULLS LAST, id",
    "type": "type, date_start NULLS LAST, id",
    "-type": "type DESC, date_start NULLS LAST, id",
}
assert set(_ORDER) == set(SORTS)
_FILTERS = (
    "actor_country",
    "recipient_country",
    "actor_sector",
    "recipient_sector",
    "type",
    "mode",
    "place_country",
    "article_id",
    "negated",
    "future",
    "hypothetical",
    "historical",
)


def _event_row(e: Event, article_id: str) -> list[Any]:
    first_a = e.actor[0] if e.actor else None
    first_r = e.recipient[0] if e.recipient else None
    return [
        e.id,
        article_id,
        e.type,
        e.mode,
        e.cameo,
        first_a.country if first_a else None,
        first_a.sector if first_a else None,
        first_r.country if first_r else None,
        first_r.sector if first_r else None,
        e.date.value if e.date else None,
        e.date.start_date if e.date else None,
        e.date.end_date if e.date else None,
        e.place.country if e.place else None,
        e.place.lat if e.place else None,
        e.place.lon if e.place else None,
        e.negated,
        e.future,
        e.hypothetical,
        e.historical,
        e.confidence,
        e.sentence,
        json.dumps(event_json(e)),
        ";" + ";".join(e.context) + ";" if e.context else None,
    ]


class SqlStore(CorroborationTables):
    """A store over one SQL connection. Ingest is idempotent: content already stored is counted, not added.

    Subclasses set ``con`` (``execute(sql, params)`` returning a cursor, DuckDB's call shape) and
    implement ``_insert_rows``.
    """

    con: Any
    # the column events are paged by before their JSON is fetched (late materialisation)
    ROW_KEY = "id"
    # appended to the failure insert where a unique index keeps concurrent writers from doubling it
    FAILURE_CONFLICT = ""

    # ------------------------------------------------------------ engine hooks
    def _insert_rows(self, table: str, columns: str, rows: Sequence[Sequence[Any]], replace: bool = False) -> None:
        """Insert ``rows`` in one go; ``replace`` overwrites rows with the same primary key."""
        raise NotImplementedError

    def _transient(self, exc: Exception) -> bool:
        """Whether a failed transaction may succeed when run again (a deadlock between writers)."""
        return False

    # ------------------------------------------------------------ transactions
    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _atomic(self, write: Callable[[], T], attempts: int = 5) -> T:
        """``write()`` in one transaction, run again while it fails for a transient reason."""
        for attempt in range(attempts):
            try:
                with self._transaction():
                    return write()
            except Exception as exc:
                if attempt == attempts - 1 or not self._transient(exc):
                    raise
        raise AssertionError("unreachable")

    # ------------------------------------------------------------ writing
    def add(self, batch: Batch) -> AddResult:
        return self._atomic(lambda: self._add(batch))

    def _insert_article(self, a: Article, article_id: str) -> bool:
        """Insert the article under ``article_id``; False when its id or content is already stored."""
        data = {**article_json(a), "id": article_id}
        inserted = self.con.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 15)}) ON CONFLICT DO NOTHING RETURNING id",
            [
                article_id,
                a.content_hash,
                a.source,
                a.title,
                a.url,
                a.site,
                a.original_source,
                a.byline,
                a.published.value,
                a.published.precision,
                a.published.source,
                a.duplicate_of,
                a.story_id,
                a.text,
                json.dumps(data),
            ],
        ).fetchall()  # fetchall: DuckDB refuses further work while a result is unfinished
        return bool(inserted)

    def _add(self, batch: Batch) -> AddResult:
        added = existing = n_events = 0
        event_rows: list[list[Any]] = []
        mention_rows: list[list[Any]] = []
        for item in batch.items:
            a = item.article
            if a is None:
                continue
            # ON CONFLICT rather than a lookup first: a concurrent writer of the same content waits, then counts it
            article_id = a.id
            if not self._insert_article(a, article_id):
                if self.con.execute("SELECT 1 FROM articles WHERE content_hash = ?", [a.content_hash]).fetchall():
                    existing += 1
                    continue
                article_id = f"{a.id}-{a.content_hash[:8]}"  # same input id, other content
                if not self._insert_article(a, article_id):
                    existing += 1
                    continue
            added += 1
            event_rows += [_event_row(e, article_id) for e in item.events]
            n_events += len(item.events)
            mention_rows += [[article_id, "place", p.start, p.end, json.dumps(place_json(p))] for p in item.places]
            mention_rows += [[article_id, "date", d.start, d.end, json.dumps(date_mention_json(d))] for d in item.dates]
        self._insert_rows("events", EVENT_COLUMNS, event_rows, replace=True)
        self._insert_rows("mentions", MENTION_COLUMNS, mention_rows)
        for f in batch.failures:  # the same input failing again is recorded once
            self.con.execute(
                "INSERT INTO failures (source, code, message, stage, content_hash)"
                " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM failures WHERE source = ? AND code = ?)"
                + self.FAILURE_CONFLICT,
                [f.source, f.code, f.message, f.stage, f.content_hash, f.source, f.code],
            )
        return AddResult(added, existing, n_events, len(batch.failures))

    # ------------------------------------------------------------ reading
    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def articles(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        rows = self._rows(
            "SELECT a.data, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events"
            " FROM articles a ORDER BY a.published NULLS LAST, a.id LIMIT ? OFFSET ?",
            [limit, offset],
        )
        return [{**json.loads(r["data"]), "n_events": r["n_events"]} for r in rows]

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT data, text FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        out = {**json.loads(rows[0]["data"]), "text": rows[0]["text"]}
        out["events"] = self.events(EventQuery(article_id=article_id, limit=10_000))
        # (by span, so that places sharing a start, "Nigeria" and "Nigeria's capital", come out in one order everywhere)
        mentions = self._rows(
            "SELECT kind, data FROM mentions WHERE article_id = ? ORDER BY start_char, end_char, kind", [article_id]
        )
        out["places"] = [json.loads(m["data"]) for m in mentions if m["kind"] == "place"]
        out["dates"] = [json.loads(m["data"]) for m in mentions if m["kind"] == "date"]
        return out

    @staticmethod
    def _where(query: EventQuery) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for column in _FILTERS:
            value = getattr(query, column)
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if query.context:
            where.append("context LIKE ?")
            params.append(f"%;{query.context};%")
        if query.min_confidence is not None:
            where.append("confidence >= ?")
            params.append(query.min_confidence)
        if query.since:
            where.append("date_end >= CAST(? AS DATE)")
            params.append(query.since)
        if query.until:
            where.append("date_start <= CAST(? AS DATE)")
            params.append(query.until)
        if query.text:
            where.append("sentence ILIKE ?")
            params.append(f"%{query.text}%")
        return (" WHERE " + " AND ".join(where) if where else ""), params

    def events(self, query: EventQuery = EventQuery()) -> list[dict[str, Any]]:
        where, params = self._where(query)
        order = _ORDER.get(query.sort, _ORDER["date"])
        key = self.ROW_KEY
        # Late materialisation: sort and page row keys only, then fetch the JSON of the page's rows.
        # Sorting with the JSON column carried along costs 60 ms on a million events in DuckDB; this, 4 ms.
        page = self._page(where, params, order, query.limit, query.offset)
        if not page:
            return []
        found = {
            r[0]: {**json.loads(r[2]), "article_id": r[1]}
            for r in self.con.execute(f"SELECT {key}, article_id, data FROM events WHERE {key} = ANY(?)", [page]).fetchall()
        }
        return self.with_clusters([found[r] for r in page if r in found])

    def _page(self, where: str, params: list[Any], order: str, limit: int, offset: int) -> list[Any]:
        """The row keys of one page of the events matching ``where``, in ``order``."""
        sql = f"SELECT {self.ROW_KEY} FROM events{where} ORDER BY {order} LIMIT ? OFFSET ?"
        return [r[0] for r in self.con.execute(sql, [*params, limit, offset]).fetchall()]

    def count_events(self, query: EventQuery = EventQuery()) -> int:
        where, params = self._where(query)
        counted = self._counted(where, params)
        if counted is not None:
            return counted
        row = self.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()
        return int(row[0]) if row else 0

    def _counted(self, where: str, params: list[Any]) -> int | None:
        """The count of these filters' matches when the page just read found it on the way, else None."""
        return None

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._rows(
            "SELECT e.article_id, e.data, a.data AS article FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?",
            [event_id],
        )
        if not rows:
            return None
        out: dict[str, Any] = {**json.loads(rows[0]["data"]), "article_id": rows[0]["article_id"]}
        out["article"] = json.loads(rows[0]["article"])
        return self.with_clusters([out])[0]

    def aggregate(self, query: EventQuery, interval: str, by_type: bool = False) -> list[dict[str, Any]]:
        """Dated events counted per ``interval`` (and per type): ``[{period, type?, count}]``."""
        if interval not in INTERVALS:
            raise ValueError(f"interval must be one of {INTERVALS}")
        where, params = self._where(query)
        where = (where + " AND" if where else " WHERE") + " date_start IS NOT NULL"
        group, keys = (", type", "1, 2") if by_type else ("", "1")
        rows = self._rows(
            f"SELECT CAST(date_trunc('{interval}', CAST(date_start AS TIMESTAMP)) AS DATE) AS period{group}, count(*) AS count"
            f" FROM events{where} GROUP BY {keys} ORDER BY {keys}",
            params,
        )
        for r in rows:
            r["period"] = r["period"].isoformat()
        return rows

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Distinct values of the main filter columns with their event counts, most frequent first."""
        out: dict[str, list[tuple[str, int]]] = {}
        for column in ("actor_country", "recipient_country", "place_country", "type"):
            rows = self.con.execute(
                f"SELECT {column}, count(*) FROM events WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 300"
            ).fetchall()
            out[column] = [(str(v), int(n)) for v, n in rows]
        return out

    def presence(self, as_of: str | None = None) -> list[dict[str, Any]]:
        """The presence ledger as of a date: each entry's latest state on or before ``as_of``
        (its last state without one), as the presence JSON of docs/schema.md; [] while the store
        has no presence table."""
        if not self._has_column("presence", "data"):
            return []
        has_key = self._has_column("presence", "seq")
        order = " ORDER BY key, seq" if has_key else ""
        latest: dict[Any, dict[str, Any]] = {}
        for n, (data,) in enumerate(self.con.execute(f"SELECT data FROM presence{order}").fetchall()):
            entry = json.loads(data)
            when = (entry.get("since") or {}).get("start") or (entry.get("as_of") or {}).get("start")  # when this state began
            if as_of and when and when > as_of:
                continue
            force, site = entry.get("force") or {}, entry.get("site") or {}
            key = (force.get("country"), force.get("sector"), entry.get("host"), site.get("name")) if has_key else n
            latest[key] = entry  # rows come in timeline order: the last kept is the state as of the date
        return list(latest.values())

    def failures(self, limit: int = 100) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT source, code, message, stage, content_hash FROM failures ORDER BY failed_at, source, code LIMIT ?", [limit]
        )

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "failures"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
