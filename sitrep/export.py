"""Exports of stored events: CSV, Parquet, GeoJSON (for QGIS) and PLOVER JSON.

One function, :func:`export`, serves ``sitrep export`` and ``/api/export``. Events are read from
the store in pages, so an export of a million events never holds them all as JSON at once
(Parquet is written one row group per page).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import IO, Any

from .storage import EventQuery, Store

FORMATS = ("csv", "parquet", "geojson", "plover")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "geojson": "application/geo+json",
    "plover": "application/json",
}
SUFFIXES = {"csv": "csv", "parquet": "parquet", "geojson": "geojson", "plover": "json"}
PAGE = 10_000

# The flat columns of CSV, Parquet and GeoJSON properties: (name, Arrow type name).
# Compound actors and attribution chains are joined with ";" and " > " so one event is one row.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("article_id", "string"),
    ("date", "string"),
    ("date_start", "string"),
    ("date_end", "string"),
    ("date_precision", "string"),
    ("date_source", "string"),
    ("type", "string"),
    ("mode", "string"),
    ("context", "string"),
    ("cameo", "string"),
    ("actor_country", "string"),
    ("actor_sector", "string"),
    ("actor_text", "string"),
    ("recipient_country", "string"),
    ("recipient_sector", "string"),
    ("recipient_text", "string"),
    ("place_name", "string"),
    ("place_country", "string"),
    ("place_admin1", "string"),
    ("place_precision", "string"),
    ("lat", "float64"),
    ("lon", "float64"),
    ("negated", "bool"),
    ("future", "bool"),
    ("hypothetical", "bool"),
    ("historical", "bool"),
    ("confidence", "float64"),
    ("attribution", "string"),
    ("attribution_kind", "string"),
    ("trigger", "string"),
    ("sentence", "string"),
    ("segment", "string"),
)


@dataclass(frozen=True)
class ExportResult:
    events: int = 0
    skipped: int = 0  # events left out: GeoJSON has no feature for an event without coordinates


def _join(items: list[dict[str, Any]] | None, key: str, sep: str = ";") -> str | None:
    values = [str(x.get(key)) for x in items or [] if x.get(key) not in (None, "")]
    return sep.join(values) if values else None


def flat(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row with the columns of :data:`COLUMNS`."""
    date = event.get("date") or {}
    place = event.get("place") or {}
    trigger = event.get("trigger") or {}
    return {
        "id": event.get("id"),
        "article_id": event.get("article_id"),
        "date": date.get("value"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "date_precision": date.get("precision"),
        "date_source": date.get("source"),
        "type": event.get("type"),
        "mode": event.get("mode"),
        "context": ";".join(event.get("context") or []) or None,
        "cameo": event.get("cameo"),
        "actor_country": _join(event.get("actor"), "country"),
        "actor_sector": _join(event.get("actor"), "sector"),
        "actor_text": _join(event.get("actor"), "text"),
        "recipient_country": _join(event.get("recipient"), "country"),
        "recipient_sector": _join(event.get("recipient"), "sector"),
        "recipient_text": _join(event.get("recipient"), "text"),
        "place_name": place.get("name") or place.get("text"),
        "place_country": place.get("country"),
        "place_admin1": place.get("admin1"),
        "place_precision": place.get("precision"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "negated": bool(event.get("negated")),
        "future": bool(event.get("future")),
        "hypothetical": bool(event.get("hypothetical")),
        "historical": bool(event.get("historical")),
        "confidence": event.get("confidence"),
        "attribution": _join(event.get("attribution"), "source", " > "),
        "attribution_kind": _join(event.get("attribution"), "kind", " > "),
        "trigger": trigger.get("text"),
        "sentence": event.get("sentence"),
        "segment": event.get("segment"),
    }


def plover(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER record: the field names of PLOVER's gold standard records
    (``event_type``, ``source``, ``target``, ``event_text``, ``location`` …), with what only
    Sitrep knows (evidence, attribution, confidence) under ``sitrep``."""
    date = event.get("date") or {}
    place = event.get("place")

    def actors(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        return [{"actorText": a.get("text"), "code": a.get("country"), "sector": a.get("sector")} for a in items or []]

    return {
        "id": event.get("id"),
        "date": date.get("start") or date.get("value"),
        "event_type": event.get("type"),
        "mode": event.get("mode"),
        "context": ",".join(event.get("context") or []) or None,
        "source": actors(event.get("actor")),
        "target": actors(event.get("recipient")),
        "event_text": (event.get("trigger") or {}).get("text"),
        "location": None
        if not place
        else {
            "placename": place.get("name") or place.get("text"),
            "country": place.get("country"),
            "admin1": place.get("admin1"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "precision": place.get("precision"),
            "geonameid": place.get("geonameid"),
        },
        "size": None,
        "dead": None,
        "injured": None,
        "sitrep": {
            "article_id": event.get("article_id"),
            "cameo": event.get("cameo"),
            "date": event.get("date"),
            "negated": event.get("negated"),
            "future": event.get("future"),
            "hypothetical": event.get("hypothetical"),
            "historical": event.get("historical"),
            "attribution": event.get("attribution") or [],
            "sentence": event.get("sentence"),
            "confidence": event.get("confidence"),
        },
    }


def iter_events(store: Store, query: EventQuery, page: int = PAGE) -> Iterator[list[dict[str, Any]]]:
    """Every event matching ``query`` (its ``limit`` caps the total; ``offset`` is honoured), page by page."""
    remaining = query.limit
    offset = query.offset
    while remaining > 0:
        rows = store.events(replace(query, limit=min(page, remaining), offset=offset))
        if not rows:
            return
        yield rows
        remaining -= len(rows)
        offset += len(rows)
        if len(rows) < page:
            return


def export(store: Store, query: EventQuery, fmt: str, out: IO[bytes]) -> ExportResult:
    """Write the events matching ``query`` to the binary stream ``out`` in format ``fmt`` (one of FORMATS)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    pages = iter_events(store, query)
    if fmt == "parquet":
        return _parquet(pages, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        if fmt == "csv":
            return _csv(pages, text)
        if fmt == "geojson":
            return _geojson(pages, text)
        return _plover(pages, text)
    finally:
        text.flush()
        text.detach()  # leave ``out`` open for the caller


def _csv(pages: Iterator[list[dict[str, Any]]], out: IO[str]) -> ExportResult:
    writer = csv.DictWriter(out, fieldnames=[c for c, _ in COLUMNS])
    writer.writeheader()
    n = 0
    for rows in pages:
        writer.writerows(flat(e) for e in rows)
        n += len(rows)
    return ExportResult(n)


def _geojson(pages: Iterator[list[dict[str, Any]]], out: IO[str]) -> ExportResult:
    n = skipped = 0
    out.write('{"type": "FeatureCollection", "features": [\n')
    for rows in pages:
        for e in rows:
            row = flat(e)
            if row["lat"] is None or row["lon"] is None:
                skipped += 1
                continue
            feature = {"type": "Feature", "id": row["id"], "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]}}
            feature["properties"] = row
            out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
    out.write("\n]}\n")
    return ExportResult(n, skipped)


def _plover(pages: Iterator[list[dict[str, Any]]], out: IO[str]) -> ExportResult:
    n = 0
    out.write("[\n")
    for rows in pages:
        for e in rows:
            out.write((",\n" if n else "") + json.dumps(plover(e), ensure_ascii=False))
            n += 1
    out.write("\n]\n")
    return ExportResult(n)


def _parquet(pages: Iterator[list[dict[str, Any]]], out: IO[bytes]) -> ExportResult:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "float64": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for rows in pages:
            flats = [flat(e) for e in rows]
            writer.write_table(pa.Table.from_pylist(flats, schema=schema))
            n += len(rows)
    return ExportResult(n)
