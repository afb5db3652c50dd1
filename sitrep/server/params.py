"""Query and body validation for the HTTP API: every field is checked, and every problem is
reported with its field name, so a client can fix them all in one go."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..errors import CODES
from ..storage import INTERVALS, SORTS, EventQuery

MAX_LIMIT = 1000
MAX_DOCUMENTS = 100
DOCUMENT_FIELDS = ("text", "title", "published", "url", "source", "id")

# Field messages: pinned by tests/test_api.py, so change them there too.
MSG_COUNTRY = "must be a three-letter ISO 3166 alpha-3 code, e.g. RUS"
MSG_SECTOR = "must be a PLOVER sector code of 2 to 5 letters, e.g. GOV, MIL, REB"
MSG_TYPE = "must be a PLOVER event type in capitals, e.g. AGREE or ASSAULT"
MSG_WORD = "must be a PLOVER code word (letters and _ only), e.g. military"
MSG_DATE = "must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY"
MSG_RANGE = "must not be before since"
MSG_BOOL = "must be true or false"
MSG_CONFIDENCE = "must be a number from 0 to 1"
MSG_LIMIT = f"must be a whole number from 1 to {MAX_LIMIT}"
MSG_OFFSET = "must be a whole number, 0 or more"
MSG_SORT = "must be one of " + ", ".join(SORTS)
MSG_INTERVAL = "must be one of " + ", ".join(INTERVALS)
MSG_TEXT = "must be at most 200 characters"
MSG_UNKNOWN = "unknown parameter"
MSG_REQUIRED = "is required"
MSG_FORMAT = "must be one of csv, parquet, geojson, plover"

EVENT_PARAMS = (
    "actor",
    "recipient",
    "actor_sector",
    "recipient_sector",
    "type",
    "mode",
    "context",
    "place",
    "since",
    "until",
    "q",
    "min_confidence",
    "negated",
    "future",
    "hypothetical",
    "historical",
    "limit",
    "offset",
    "sort",
)

_COUNTRY = re.compile(r"[A-Za-z]{3}")
_SECTOR = re.compile(r"[A-Za-z]{2,5}")
_TYPE = re.compile(r"[A-Z][A-Z_]*")
_WORD = re.compile(r"[A-Za-z_]+")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message", "fields"}}`` with an HTTP status."""

    def __init__(self, status: int, code: str, fields: list[dict[str, str]] | None = None, **values: object) -> None:
        self.status = status
        self.code = code
        self.message = CODES[code].format(**values)
        self.fields = fields or []
        super().__init__(f"[{code}] {self.message}")

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "fields": self.fields}}


def invalid(fields: list[dict[str, str]]) -> ApiError:
    return ApiError(400, "E401", fields, count=len(fields))


class Checker:
    """Reads fields from a mapping, collecting one message per bad field."""

    def __init__(self, values: Mapping[str, Any], known: tuple[str, ...] = ()) -> None:
        self.values = values
        self.errors: list[dict[str, str]] = []
        for name in values:
            if known and name not in known:
                self.fail(name, MSG_UNKNOWN)

    def fail(self, field: str, message: str) -> None:
        self.errors.append({"field": field, "message": message})

    def raw(self, name: str) -> str | None:
        value = self.values.get(name)
        return None if value in (None, "") else str(value)

    def match(self, name: str, pattern: re.Pattern[str], message: str, upper: bool = False) -> str | None:
        value = self.raw(name)
        if value is None:
            return None
        if not pattern.fullmatch(value):
            self.fail(name, message)
            return None
        return value.upper() if upper else value

    def date(self, name: str, end: bool = False) -> str | None:
        """An ISO date; ``2024-05`` means its first day, or its last with ``end``."""
        value = self.raw(name)
        if value is None:
            return None
        m = _DATE.fullmatch(value)
        try:
            if not m:
                raise ValueError(value)
            y, mo, d = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
            if d is None:
                import calendar

                day = calendar.monthrange(y, mo)[1] if end else 1
            else:
                day = int(d)
            return date(y, mo, day).isoformat()
        except ValueError:
            self.fail(name, MSG_DATE)
            return None

    def boolean(self, name: str) -> bool | None:
        value = self.raw(name)
        if value is None:
            return None
        if value.lower() in ("true", "1", "yes"):
            return True
        if value.lower() in ("false", "0", "no"):
            return False
        self.fail(name, MSG_BOOL)
        return None

    def integer(self, name: str, default: int, low: int, high: int, message: str) -> int:
        value = self.raw(name)
        if value is None:
            return default
        try:
            n = int(value)
        except ValueError:
            self.fail(name, message)
            return default
        if not low <= n <= high:
            self.fail(name, message)
            return default
        return n

    def number(self, name: str, low: float, high: float, message: str) -> float | None:
        value = self.raw(name)
        if value is None:
            return None
        try:
            x = float(value)
        except ValueError:
            self.fail(name, message)
            return None
        if not low <= x <= high:
            self.fail(name, message)
            return None
        return x

    def choice(self, name: str, choices: tuple[str, ...], default: str, message: str) -> str:
        value = self.raw(name)
        if value is None:
            return default
        if value not in choices:
            self.fail(name, message)
            return default
        return value

    def done(self) -> None:
        if self.errors:
            raise invalid(self.errors)


def event_query(c: Checker, max_limit: int = MAX_LIMIT) -> EventQuery:
    """The event filters shared by /api/events, /api/export and the timeline, checked field by field."""
    since = c.date("since")
    until = c.date("until", end=True)
    if since and until and until < since:
        c.fail("until", MSG_RANGE)
    q = c.raw("q")
    if q is not None and len(q) > 200:
        c.fail("q", MSG_TEXT)
        q = None
    limit_message = MSG_LIMIT if max_limit == MAX_LIMIT else f"must be a whole number from 1 to {max_limit}"
    return EventQuery(
        actor_country=c.match("actor", _COUNTRY, MSG_COUNTRY, upper=True),
        recipient_country=c.match("recipient", _COUNTRY, MSG_COUNTRY, upper=True),
        actor_sector=c.match("actor_sector", _SECTOR, MSG_SECTOR, upper=True),
        recipient_sector=c.match("recipient_sector", _SECTOR, MSG_SECTOR, upper=True),
        type=c.match("type", _TYPE, MSG_TYPE),
        mode=c.match("mode", _WORD, MSG_WORD),
        context=c.match("context", _WORD, MSG_WORD),
        place_country=c.match("place", _COUNTRY, MSG_COUNTRY, upper=True),
        since=since,
        until=until,
        text=q,
        min_confidence=c.number("min_confidence", 0.0, 1.0, MSG_CONFIDENCE),
        negated=c.boolean("negated"),
        future=c.boolean("future"),
        hypothetical=c.boolean("hypothetical"),
        historical=c.boolean("historical"),
        limit=c.integer("limit", 100 if max_limit == MAX_LIMIT else max_limit, 1, max_limit, limit_message),
        offset=c.integer("offset", 0, 0, 10**9, MSG_OFFSET),
        sort=c.choice("sort", SORTS, "date", MSG_SORT),
    )


def documents(body: Any) -> list[dict[str, Any]]:
    """The documents of a POST /api/ingest body: one object or a list of them."""
    docs = body if isinstance(body, list) else [body]
    if isinstance(body, list) and not body:
        raise invalid([{"field": "body", "message": "must hold at least one document"}])
    if len(docs) > MAX_DOCUMENTS:
        raise ApiError(413, "E408", count=len(docs), limit=MAX_DOCUMENTS)
    errors: list[dict[str, str]] = []
    prefix = (lambda i: f"[{i}].") if isinstance(body, list) else (lambda i: "")
    for i, doc in enumerate(docs):
        if not isinstance(doc, dict):
            errors.append({"field": prefix(i).rstrip(".") or "body", "message": "must be a JSON object with a text field"})
            continue
        for key in doc:
            if key not in DOCUMENT_FIELDS:
                errors.append({"field": f"{prefix(i)}{key}", "message": "unknown field; known: " + ", ".join(DOCUMENT_FIELDS)})
        text = doc.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append({"field": f"{prefix(i)}text", "message": "is required and must be a non-empty string"})
        for key in ("title", "url", "source", "id"):
            if doc.get(key) is not None and not isinstance(doc[key], str):
                errors.append({"field": f"{prefix(i)}{key}", "message": "must be a string"})
        published = doc.get("published")
        if published is not None and not (isinstance(published, str) and _DATE.match(published)):
            errors.append({"field": f"{prefix(i)}published", "message": "must be an ISO date or datetime, e.g. 2024-05-03"})
    if errors:
        raise invalid(errors)
    return docs
