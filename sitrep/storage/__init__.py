"""Storage: one small interface, implemented by DuckDB (default, one file) and later PostgreSQL.

Every SQL statement lives behind a ``Store``; the CLI, the API and distributed code call only the
methods below.
"""

from __future__ import annotations

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


class Store(Protocol):
    def add(self, batch: Batch) -> AddResult: ...

    def articles(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]: ...

    def article(self, article_id: str) -> dict[str, Any] | None: ...

    def events(self, query: EventQuery = EventQuery()) -> list[dict[str, Any]]: ...

    def failures(self, limit: int = 100) -> list[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def open_store(db: str, backend: str = "duckdb", read_only: bool = False) -> Store:
    """The store at ``db``: a DuckDB file (created when missing) or a PostgreSQL URL."""
    if backend == "duckdb":
        from .duckdb_store import DuckDBStore

        return DuckDBStore(db, read_only=read_only)
    raise SitrepError("E202", backend=backend)
