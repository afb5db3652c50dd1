"""Stable error codes for everything a user can see.

Each code keeps its meaning forever; tests assert codes, not message wording. The table is
documented in ``docs/errors.md`` (generated from ``CODES`` by ``sitrep errors``).
"""

from __future__ import annotations

CODES: dict[str, str] = {
    # ingest: the input itself
    "E001": "empty input: the document has no text",
    "E002": "binary input: the document is not text (it contains NUL bytes or is mostly non-printable)",
    "E003": "input too large: {size} bytes is over the limit of {limit} bytes (setting max_bytes)",
    "E004": "invalid UTF-8 at byte {position}: save the file as UTF-8",
    "E005": "no article text could be extracted from the HTML page",
    "E006": "not English (detected {language!r}): Sitrep codes English text only",
    "E007": "cannot read {path}: {reason}",
    "E008": "line {line} is not a JSON object: {reason}",
    "E009": "line {line} has no 'text' field",
    "E010": "feed could not be parsed: {reason}",
    "E011": "no input matched {path}",
    # pipeline and configuration
    "E101": "stage {stage!r} requires {field!r}, which no earlier stage sets",
    "E102": "unknown stage {stage!r}; known stages: {known}",
    "E103": "invalid setting {name!r}: {reason}",
    "E104": "stage {stage!r} failed on this document: {reason}",
    "E105": "could not load the spaCy model from {path}: {reason}",
    # storage
    "E201": "cannot open the store at {path}: {reason}",
    "E202": "unknown storage backend {backend!r} (use duckdb or postgresql)",
    "E203": "the PostgreSQL backend needs the psycopg driver: pip install 'sitrep[postgres]'",
    "E204": "cannot reach the PostgreSQL server at {url}: {reason}",
    # evaluation
    "E301": "no evaluation data at {path}: eval sets are read from ../shared/eval",
    "E302": "{metric} on {name} is {value:.3f}, below its floor {floor:.3f}",
    # HTTP API (sitrep serve)
    "E401": "invalid request: {count} field(s) failed validation",
    "E402": "missing or wrong write token: send the header 'Authorization: Bearer <token>'",
    "E403": "this server is read-only: start it with --write-token (or SITREP_WRITE_TOKEN) to accept writes",
    "E404": "no {kind} with id {id!r}",
    "E405": "no such page or endpoint: {path}",
    "E406": "method {method} is not allowed on {path}",
    "E407": "the request body is not valid JSON: {reason}",
    "E408": "too many documents in one request: {count} is over the limit of {limit}",
    "E409": "the server failed on this request: {reason}",
}


class SitrepError(Exception):
    """An error with a stable code, e.g. ``[E004] invalid UTF-8 at byte 12``."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = values
        self.message = CODES[code].format(**values)
        super().__init__(f"[{code}] {self.message}")
