"""The tables behind corroboration and the presence ledger, shared by both backends.

Kept apart from ``sql.py`` so the core store stays small: ``SqlStore`` mixes this class in. Three tables: article MinHash signatures with their story (syndication), cluster
membership of every event (one row per mention; a cluster's counts are aggregated on read, so
they can never disagree with its members), and the presence statements read from each article
(the ledger is folded from them on read, which makes it independent of ingest order).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS signatures (
    content_hash VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    published VARCHAR,
    signature UBIGINT[] NOT NULL  -- 32-bit values (affine32): PostgreSQL stores them as BIGINT
);
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id VARCHAR PRIMARY KEY,
    cluster_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    block VARCHAR NOT NULL,
    date_start DATE,
    date_end DATE,
    coarse BOOLEAN NOT NULL,
    negated BOOLEAN NOT NULL,
    data JSON NOT NULL
);
CREATE INDEX IF NOT EXISTS event_mentions_block ON event_mentions(block, date_start);
CREATE INDEX IF NOT EXISTS event_mentions_cluster ON event_mentions(cluster_id);
CREATE TABLE IF NOT EXISTS presence_statements (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    force_country VARCHAR NOT NULL,
    host VARCHAR NOT NULL,
    date_start DATE,
    data JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS presence (
    key VARCHAR NOT NULL,  -- force country|sector|host|site: one ledger entry, refolded when its statements change
    seq INTEGER NOT NULL,  -- the change's place in the entry's timeline
    force_country VARCHAR NOT NULL,
    host VARCHAR NOT NULL,
    data JSON NOT NULL,
    PRIMARY KEY (key, seq)
);
"""


@dataclass(frozen=True)
class MentionRow:
    """One event mention as clustering sees it (``data`` holds the mention's JSON)."""

    event_id: str
    cluster_id: str
    article_id: str
    block: str
    date_start: str | None
    date_end: str | None
    coarse: bool
    negated: bool
    data: dict[str, Any]


@dataclass(frozen=True)
class CorroborationWrite:
    """Everything one batch's corroboration adds, written in one transaction."""

    signatures: Sequence[tuple[str, str, str, str | None, list[int]]] = ()  # hash, article, story, published, signature
    stories: Sequence[tuple[str, str, str | None]] = ()  # article_id, story_id, duplicate_of: re-canonicalised
    mentions: Sequence[MentionRow] = ()  # new or re-clustered mentions (upserted)
    presence: Sequence[tuple[str, str, str, str, str | None, dict[str, Any]]] = ()  # id, article, force, host, date, json
    ledger: dict[str, list[dict[str, Any]]] | None = None  # refolded ledger entries by key (their timeline)


# The upserted tables' primary keys (PostgreSQL's ON CONFLICT names them).
KEYS = {"events": "id", "signatures": "content_hash", "event_mentions": "event_id", "presence_statements": "id"}
SIGNATURE_COLUMNS = "content_hash, article_id, story_id, published, signature"
EVENT_MENTION_COLUMNS = "event_id, cluster_id, article_id, block, date_start, date_end, coarse, negated, data"
PRESENCE_STATEMENT_COLUMNS = "id, article_id, force_country, host, date_start, data"
PRESENCE_COLUMNS = "key, seq, force_country, host, data"


class CorroborationTables:
    """Signatures, event clusters and presence statements; mixed into ``SqlStore``."""

    con: Any
    _insert_rows: Callable[..., None]  # SqlStore's engine hooks
    _atomic: Callable[..., Any]

    def _has_table(self, name: str) -> bool:
        known: set[str] = self.__dict__.setdefault("_tables_seen", set())
        if name not in known:
            row = self.con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?", [name]
            ).fetchone()
            if row and row[0]:
                known.add(name)  # tables are never dropped; a missing one may yet be created
        return name in known

    def _has_column(self, table: str, column: str) -> bool:
        row = self.con.execute(
            "SELECT count(*) FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?",
            [table, column],
        ).fetchone()
        return bool(row and row[0])

    # ------------------------------------------------------------ syndication
    def signatures(self) -> list[tuple[str, str, str, str | None, list[int]]]:
        """Every stored article's (content_hash, article_id, story_id, published, MinHash signature)."""
        if not self._has_table("signatures"):
            return []
        rows = self.con.execute(f"SELECT {SIGNATURE_COLUMNS} FROM signatures ORDER BY content_hash").fetchall()
        return [(r[0], r[1], r[2], r[3], list(r[4])) for r in rows]

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are already stored as articles."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        rows = self.con.execute("SELECT content_hash FROM articles WHERE content_hash = ANY(?)", [wanted]).fetchall()
        return {r[0] for r in rows}

    # ------------------------------------------------------------ clusters
    def _mention_rows(self, sql: str, params: list[Any]) -> list[MentionRow]:
        if not self._has_table("event_mentions"):
            return []
        rows = self.con.execute(
            "SELECT event_id, cluster_id, article_id, block, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR),"
            " coarse, negated, data FROM event_mentions " + sql + " ORDER BY event_id",
            params,
        ).fetchall()
        return [MentionRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8])) for r in rows]

    def cluster_candidates(self, block: str, start: str, end: str) -> list[MentionRow]:
        """Stored mentions in ``block`` whose date range overlaps ``[start, end]``."""
        return self._mention_rows(
            "WHERE block = ? AND date_start <= CAST(? AS DATE) AND date_end >= CAST(? AS DATE)", [block, end, start]
        )

    def cluster_members(self, cluster_ids: Iterable[str]) -> list[MentionRow]:
        ids = sorted(set(cluster_ids))
        if not ids:
            return []
        return self._mention_rows("WHERE cluster_id = ANY(?)", [ids])

    def clusters_of(self, event_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """For each event id, the mentions of its cluster with their article's publication and source."""
        ids = sorted(set(event_ids))
        if not ids or not self._has_table("event_mentions"):
            return {}
        rows = self.con.execute(
            "SELECT m.event_id AS asked, o.cluster_id, o.data, a.published, a.original_source, a.site, a.story_id"
            " FROM event_mentions m JOIN event_mentions o ON o.cluster_id = m.cluster_id"
            " LEFT JOIN articles a ON a.id = o.article_id"
            " WHERE m.event_id = ANY(?) ORDER BY o.event_id",
            [ids],
        ).fetchall()
        out: dict[str, list[dict[str, Any]]] = {}
        for asked, cluster_id, data, published, agency, site, story in rows:
            mention = {**json.loads(data), "cluster_id": cluster_id}
            stored = {"published": published, "original_source": agency, "site": site, "story_id": story}
            mention.update({k: v for k, v in stored.items() if v is not None})
            out.setdefault(asked, []).append(mention)
        return out

    # ------------------------------------------------------------ presence
    def presence_statements(self, host: str | None = None, force: str | None = None) -> list[dict[str, Any]]:
        """Stored presence statements (``model.Presence`` JSON with ``article``), oldest first."""
        if not self._has_table("presence_statements"):
            return []
        where, params = [], []
        if host:
            where.append("host = ?")
            params.append(host)
        if force:
            where.append("force_country = ?")
            params.append(force)
        sql = "SELECT data FROM presence_statements"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.con.execute(sql + " ORDER BY date_start NULLS LAST, id", params).fetchall()
        return [json.loads(r[0]) for r in rows]

    def with_clusters(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Events with their cluster's counts, confidence and mentions (``docs/schema.md``, event cluster)."""
        from ..corroboration import summarize

        found = self.clusters_of(e["id"] for e in events)
        return [{**e, **summarize(found[e["id"]])} if e["id"] in found else e for e in events]

    def ledger_statements(self, keys: Iterable[str]) -> list[dict[str, Any]]:
        """The stored presence statements of these ledger keys."""
        wanted = sorted(set(keys))
        if not wanted:
            return []
        rows = self.con.execute(
            "SELECT data FROM presence_statements WHERE data->>'key' = ANY(?) ORDER BY id",
            [wanted],
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    # ------------------------------------------------------------ writing
    def add_corroboration(self, write: CorroborationWrite) -> None:
        """Write one batch's signatures, story changes, clustered mentions and presence statements atomically."""
        self._atomic(lambda: self._add_corroboration(write))

    def _add_corroboration(self, write: CorroborationWrite) -> None:
        con = self.con
        self._insert_rows("signatures", SIGNATURE_COLUMNS, [list(s) for s in write.signatures], replace=True)
        for article_id, story_id, duplicate_of in write.stories:
            con.execute("UPDATE signatures SET story_id = ? WHERE article_id = ?", [story_id, article_id])
            row = con.execute("SELECT data FROM articles WHERE id = ?", [article_id]).fetchone()
            if row is None:
                continue
            data = {**json.loads(row[0]), "story_id": story_id, "duplicate_of": duplicate_of}
            con.execute(
                "UPDATE articles SET story_id = ?, duplicate_of = ?, data = ? WHERE id = ?",
                [story_id, duplicate_of, json.dumps(data), article_id],
            )
        mentions = [
            [m.event_id, m.cluster_id, m.article_id, m.block, m.date_start, m.date_end, m.coarse, m.negated, json.dumps(m.data)]
            for m in write.mentions
        ]
        self._insert_rows("event_mentions", EVENT_MENTION_COLUMNS, mentions, replace=True)
        statements = [[i, a, f, h, d, json.dumps(p)] for i, a, f, h, d, p in write.presence]
        self._insert_rows("presence_statements", PRESENCE_STATEMENT_COLUMNS, statements, replace=True)
        ledger = write.ledger or {}
        if ledger:
            con.execute("DELETE FROM presence WHERE key = ANY(?)", [list(ledger)])
        rows = [[key, n, p["force"]["country"], p["host"], json.dumps(p)] for key, tl in ledger.items() for n, p in enumerate(tl)]
        self._insert_rows("presence", PRESENCE_COLUMNS, rows)
