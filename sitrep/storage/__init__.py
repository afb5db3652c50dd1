"""Storage: one small interface, implemented by DuckDB (default, one file) and PostgreSQL (a shared server).

Every SQL statement lives behind a ``Store``; the CLI, the API and distributed code call only the
methods below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from ..errors import SitrepError
from ..model import Batch


@dataclass(frozen=True)
class AddResult:
    """What one atomic write of a batch did."""

    added: int = 0  # new articles
    existing: int = 0  # articles whose content was already stored
    events: int = 0
    failures: int = 0


@dataclass(frozen=True)
class EventQuery:
    """Filters for stored events; ``None`` means no filter."""

    actor_country: str | None = None
    recipient_country: str | None = None
    type: str | None = None
    article_id: str | None = None
    since: str | None = None  # ISO date: events whose date range ends on or after it
    until: str | None = None
    text: str | None = None  # words in the evidence sentence
    limit: int = 100
    offset: int = 0
    actor_sector: str | None = None
    recipient_sector: str | None = None
    mode: str | None = None
    context: str | None = None  # one PLOVER context the event carries
    place_country: str | None = None
    min_confidence: float | None = None
    # auxiliary modes: True keeps only events with the mode, False only events without it
    negated: bool | None = None
    future: bool | None = None
    hypothetical: bool | None = None
    historical: bool | None = None
    sort: str = "date"  # one of SORTS


# How ``EventQuery.sort`` orders events; a leading "-" means descending.
SORTS = ("date", "-date", "confidence", "-confidence", "type", "-type")
INTERVALS = ("day", "week", "month", "year")


class Store(Protocol):
    def add(self, batch: Batch) -> AddResult: ...

    def articles(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]: ...

    def article(self, article_id: str) -> dict[str, Any] | None: ...

    def events(self, query: EventQuery = EventQuery()) -> list[dict[str, Any]]: ...

    def event(self, event_id: str) -> dict[str, Any] | None: ...

    def count_events(self, query: EventQuery = EventQuery()) -> int: ...

    def aggregate(self, query: EventQuery, interval: str, by_type: bool = False) -> list[dict[str, Any]]: ...

    def facets(self) -> dict[str, list[tuple[str, int]]]: ...

    def presence(self, as_of: str | None = None) -> list[dict[str, Any]]: ...

    def failures(self, limit: int = 100) -> list[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def redact(db: str) -> str:
    """The store's location fit to show: a PostgreSQL URL without its password."""
    db = re.sub(r"(://[^:/@]*:)[^/]*@", r"\1***@", db)
    return re.sub(r"([?&]password=)[^&]*", r"\1***", db)


def open_store(db: str, backend: str = "duckdb", read_only: bool = False) -> Store:
    """The store at ``db``: a DuckDB file (created when missing) or a PostgreSQL URL (its tables created when missing)."""
    if db.startswith(("postgresql://", "postgres://")):
        backend = "postgresql"  # a URL is never a DuckDB file
    if backend == "postgresql":
        from .postgres_store import PostgresStore

        return PostgresStore(db, read_only=read_only)
    if backend == "duckdb":
        from .duckdb_store import DuckDBStore

        return DuckDBStore(db, read_only=read_only)
    raise SitrepError("E202", backend=backend)
