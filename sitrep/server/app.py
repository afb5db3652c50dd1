"""The HTTP API and web UI over a Sitrep store (``sitrep serve``).

``create_app(settings, write_token=None)`` builds a FastAPI application: JSON endpoints under
``/api`` (documented in docs/api.md and at ``/api/docs``), the web UI at ``/``, and one JSON
error shape for everything that goes wrong. Without a write token the store is opened
read-only and ``POST /api/ingest`` answers E403.
"""

from __future__ import annotations

import functools
import hmac
import json
import logging
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import export as exporter
from ..errors import SitrepError
from ..resources import data_file
from ..settings import Settings
from ..storage import INTERVALS, EventQuery, Store, open_store, redact
from . import params
from .params import ApiError, Checker

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
T = TypeVar("T")

_FILTER_DOCS = {
    "actor": "actor country, ISO 3166 alpha-3 (RUS)",
    "recipient": "recipient country, ISO 3166 alpha-3 (NER)",
    "actor_sector": "actor sector (GOV, MIL, REB …)",
    "recipient_sector": "recipient sector",
    "type": "PLOVER event type (AGREE, RETREAT …)",
    "mode": "PLOVER mode",
    "context": "one PLOVER context the event carries (military …)",
    "place": "country of the event's place, ISO 3166 alpha-3",
    "since": "events whose date range ends on or after this date (YYYY-MM-DD, YYYY-MM, YYYY)",
    "until": "events whose date range starts on or before this date",
    "q": "words in the evidence sentence (case-insensitive)",
    "min_confidence": "events with at least this confidence (0–1)",
    "negated": "true: only negated events; false: none of them",
    "future": "true/false: events stated as future",
    "hypothetical": "true/false: hypothetical events",
    "historical": "true/false: historical background events",
    "limit": f"page size, 1–{params.MAX_LIMIT} (default 100)",
    "offset": "events to skip",
    "sort": "one of " + ", ".join(params.SORTS),
}


def _openapi_params(names: tuple[str, ...], docs: dict[str, str]) -> dict[str, Any]:
    return {
        "parameters": [
            {"name": n, "in": "query", "required": False, "schema": {"type": "string"}, "description": docs[n]} for n in names
        ]
    }


@functools.cache
def goldstein() -> dict[str, float]:
    """PLOVER type → cooperation–conflict score (data/dyads/goldstein.tsv, with its source)."""
    scores = {}
    for line in data_file("dyads/goldstein.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, score = line.split("\t")
            scores[kind] = float(score)
    return scores


def _next_url(request: Request, query: EventQuery, total: int) -> str | None:
    if query.offset + query.limit >= total:
        return None
    return str(request.url.include_query_params(offset=query.offset + query.limit))


def _evidence(event: dict[str, Any]) -> dict[str, Any]:
    """The evidence sentence with every span inside it, offsets into the article text."""
    spans: list[dict[str, Any]] = []
    trigger = event.get("trigger") or {}
    if trigger.get("start") is not None:
        spans.append({"kind": "trigger", "text": trigger.get("text"), "start": trigger["start"], "end": trigger["end"]})
    for role in ("actor", "recipient"):
        for a in event.get(role) or []:
            if a.get("start") is not None:
                spans.append({"kind": role, "text": a.get("text"), "start": a["start"], "end": a["end"]})
    place = event.get("place") or {}
    if place.get("start") is not None:
        spans.append({"kind": "place", "text": place.get("text"), "start": place["start"], "end": place["end"]})
    start, end = event.get("start"), event.get("end")
    if start is not None and end is not None:
        spans = [s for s in spans if start <= s["start"] and s["end"] <= end]
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return {"sentence": event.get("sentence"), "start": start, "end": end, "spans": spans, "attribution": event.get("attribution") or []}


def _json(body: Any) -> Response:
    """Rows straight from the store are plain JSON already: skip FastAPI's encoder, which walks
    every value of a page of events (a third of the response time on large pages)."""
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


def _article_summary(article: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "title", "url", "site", "original_source", "published", "duplicate_of", "story_id")
    return {k: article.get(k) for k in keys}


def create_app(settings: Settings, write_token: str | None = None) -> FastAPI:
    """The API and UI over the store at ``settings.db``; writes need ``write_token``."""
    store = _open(settings, writable=write_token is not None)
    lock = threading.Lock()  # one DuckDB connection, used by one request at a time
    ingest_state: dict[str, Any] = {}

    def read(fn: Callable[[Store], T]) -> T:
        with lock:
            return fn(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        with lock:
            store.close()

    app = FastAPI(
        title="Sitrep",
        summary="Political events from news text: who did what to whom, where, when — and who says so.",
        version="0.1.0",
        docs_url=None,  # the bundled /api/docs page works offline; Swagger UI would load from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.writable = write_token is not None

    # ------------------------------------------------------------ errors: one JSON shape
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = [{"field": ".".join(str(p) for p in e["loc"] if p not in ("query", "body", "path")), "message": e["msg"]} for e in exc.errors()]
        return JSONResponse(params.invalid(fields).body(), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 405:
            err = ApiError(405, "E406", method=request.method, path=request.url.path)
        elif exc.status_code == 404:
            err = ApiError(404, "E405", path=request.url.path)
        else:
            err = ApiError(exc.status_code, "E409", reason=str(exc.detail))
        return JSONResponse(err.body(), status_code=err.status)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("request failed: %s", request.url)
        reason = str(exc) if isinstance(exc, SitrepError) else type(exc).__name__
        return JSONResponse(ApiError(500, "E409", reason=reason).body(), status_code=500)

    # ------------------------------------------------------------ UI
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/api/docs", include_in_schema=False)
    def docs_page() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    @app.get("/basemap.json", include_in_schema=False)
    def basemap() -> Response:
        body = data_file("basemap/countries.geojson").read_bytes()
        return Response(body, media_type="application/geo+json", headers={"Cache-Control": "max-age=86400"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # ------------------------------------------------------------ API
    @app.get("/api", summary="What this server holds and what it offers")
    def root() -> dict[str, Any]:
        counts = read(lambda s: s.counts())
        return {
            "name": "sitrep",
            "db": redact(settings.db),
            "writable": write_token is not None,
            "counts": counts,
            "endpoints": sorted({r.path for r in app.routes if getattr(r, "path", "").startswith("/api/")}),  # type: ignore[attr-defined]
        }

    @app.get(
        "/api/events",
        summary="Events, filtered, sorted and paged",
        openapi_extra=_openapi_params(params.EVENT_PARAMS, _FILTER_DOCS),
    )
    def events(request: Request) -> Response:
        c = Checker(request.query_params, params.EVENT_PARAMS)
        query = params.event_query(c)
        c.done()
        rows, total = read(lambda s: (s.events(query), s.count_events(query)))
        body = {"events": rows, "total": total, "limit": query.limit, "offset": query.offset, "next": _next_url(request, query, total)}
        return _json(body)

    @app.get("/api/events/{event_id}", summary="One event with its article, mentions and evidence")
    def event(event_id: str) -> dict[str, Any]:
        found = read(lambda s: s.event(event_id))
        if found is None:
            raise ApiError(404, "E404", kind="event", id=event_id)
        article = found.pop("article")
        mentions = found.get("mentions") or []  # the event's cluster, once corroboration has run
        if not mentions:
            mentions = [
                {
                    "event_id": found["id"],
                    "article_id": found["article_id"],
                    "sentence": found.get("sentence"),
                    "start": found.get("start"),
                    "end": found.get("end"),
                    "source": article.get("original_source") or article.get("site"),
                    "article": _article_summary(article),
                }
            ]
        return {"event": found, "article": _article_summary(article), "mentions": mentions, "evidence": _evidence(found)}

    @app.get(
        "/api/articles",
        summary="Articles with their metadata and event counts",
        openapi_extra=_openapi_params(("limit", "offset"), _FILTER_DOCS),
    )
    def articles(request: Request) -> dict[str, Any]:
        c = Checker(request.query_params, ("limit", "offset"))
        limit = c.integer("limit", 100, 1, params.MAX_LIMIT, params.MSG_LIMIT)
        offset = c.integer("offset", 0, 0, 10**9, params.MSG_OFFSET)
        c.done()
        rows, counts = read(lambda s: (s.articles(limit=limit, offset=offset), s.counts()))
        total = counts["articles"]
        nxt = str(request.url.include_query_params(offset=offset + limit)) if offset + limit < total else None
        return {"articles": rows, "total": total, "limit": limit, "offset": offset, "next": nxt}

    @app.get("/api/articles/{article_id}", summary="One article with its text, events, places and dates")
    def article(article_id: str) -> dict[str, Any]:
        found = read(lambda s: s.article(article_id))
        if found is None:
            raise ApiError(404, "E404", kind="article", id=article_id)
        return found

    @app.get(
        "/api/presence",
        summary="The presence ledger: which foreign forces are where",
        openapi_extra=_openapi_params(("as_of",), {"as_of": "the ledger as of this date (YYYY-MM-DD, YYYY-MM, YYYY)"}),
    )
    def presence(request: Request) -> dict[str, Any]:
        c = Checker(request.query_params, ("as_of",))
        as_of = c.date("as_of", end=True)
        c.done()
        return {"as_of": as_of, "presence": read(lambda s: s.presence(as_of))}

    dyad_docs = {
        "actor": _FILTER_DOCS["actor"],
        "recipient": _FILTER_DOCS["recipient"],
        "interval": "week (default), month, day or year",
        "since": _FILTER_DOCS["since"],
        "until": _FILTER_DOCS["until"],
    }

    @app.get(
        "/api/dyads",
        summary="Events from actor to recipient per period, with a cooperation–conflict score",
        openapi_extra=_openapi_params(tuple(dyad_docs), dyad_docs),
    )
    def dyads(request: Request) -> dict[str, Any]:
        c = Checker(request.query_params, tuple(dyad_docs))
        for name in ("actor", "recipient"):
            if c.raw(name) is None:
                c.fail(name, params.MSG_REQUIRED)
        base = params.event_query(c)
        interval = c.choice("interval", INTERVALS, "week", params.MSG_INTERVAL)
        c.done()
        # what did not happen, or has not yet, does not move the score
        query = replace(base, negated=False, future=False, hypothetical=False)
        rows = read(lambda s: s.aggregate(query, interval, by_type=True))
        scores = goldstein()
        periods: dict[str, dict[str, Any]] = {}
        for r in rows:
            p = periods.setdefault(r["period"], {"period": r["period"], "count": 0, "types": {}, "score": None, "_sum": 0.0, "_n": 0})
            p["count"] += r["count"]
            p["types"][r["type"]] = r["count"]
            if r["type"] in scores:
                p["_sum"] += scores[r["type"]] * r["count"]
                p["_n"] += r["count"]
        out = []
        for p in periods.values():
            p["score"] = round(p.pop("_sum") / p["_n"], 2) if p["_n"] else None
            p.pop("_n")
            out.append(p)
        return {
            "actor": query.actor_country,
            "recipient": query.recipient_country,
            "interval": interval,
            "scale": "mean Goldstein-like score of the period's events, -10 (conflict) to +10 (cooperation)",
            "periods": out,
        }

    timeline_names = (*params.EVENT_PARAMS, "interval")

    @app.get(
        "/api/timeline",
        summary="Counts of the filtered events per period (the UI's timeline)",
        openapi_extra=_openapi_params(timeline_names, {**_FILTER_DOCS, "interval": dyad_docs["interval"]}),
    )
    def timeline(request: Request) -> dict[str, Any]:
        c = Checker(request.query_params, timeline_names)
        query = params.event_query(c)
        interval = c.choice("interval", INTERVALS, "week", params.MSG_INTERVAL)
        c.done()
        return {"interval": interval, "periods": read(lambda s: s.aggregate(query, interval))}

    @app.get("/api/facets", summary="Values present in the store for the main filters, with counts")
    def facets() -> dict[str, Any]:
        return {k: [{"value": v, "count": n} for v, n in rows] for k, rows in read(lambda s: s.facets()).items()}

    export_names = (*params.EVENT_PARAMS, "format")

    @app.get(
        "/api/export",
        summary="The filtered events as CSV, Parquet, GeoJSON or PLOVER JSON",
        openapi_extra=_openapi_params(export_names, {**_FILTER_DOCS, "format": "csv, parquet, geojson or plover", "limit": "at most this many events (default: all)"}),
    )
    def export(request: Request) -> FileResponse:
        c = Checker(request.query_params, export_names)
        fmt = c.raw("format")
        if fmt is None:
            c.fail("format", params.MSG_REQUIRED)
        elif fmt not in exporter.FORMATS:
            c.fail("format", params.MSG_FORMAT)
        query = params.event_query(c, max_limit=10**9)
        c.done()
        assert fmt is not None
        tmp = tempfile.NamedTemporaryFile(prefix="sitrep-export-", suffix="." + exporter.SUFFIXES[fmt], delete=False)  # noqa: SIM115
        with tmp:
            read(lambda s: exporter.export(s, query, fmt, tmp))
        return FileResponse(
            tmp.name,
            media_type=exporter.MEDIA_TYPES[fmt],
            filename=f"sitrep-events.{exporter.SUFFIXES[fmt]}",
            background=BackgroundTask(Path(tmp.name).unlink, missing_ok=True),
        )

    @app.post(
        "/api/ingest",
        summary="Extract and store documents (needs the write token)",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "description": 'one document or a list: {"text", "title", "published", "url", "source", "id"}',
                            "oneOf": [{"type": "object"}, {"type": "array", "items": {"type": "object"}}],
                        }
                    }
                },
            }
        },
    )
    async def ingest(request: Request) -> dict[str, Any]:
        if write_token is None:
            raise ApiError(403, "E403")
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), write_token.encode()):
            raise ApiError(401, "E402")
        raw = await request.body()
        try:
            body = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ApiError(400, "E407", reason=str(exc)) from exc
        docs = params.documents(body)
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_ingest, docs)

    def _ingest(docs: list[dict[str, Any]]) -> dict[str, Any]:
        from .. import api
        from ..pipeline import BUILTIN_STAGES, Pipeline
        from ..store import StoreWriter

        with lock:
            run_settings = replace(settings, on_error="skip")
            names = tuple(m.rsplit(".", 1)[1] for m in BUILTIN_STAGES)
            if "pipe" not in ingest_state:  # models load once, on the first ingest
                ingest_state["pipe"] = Pipeline(names, run_settings)
            pipe = ingest_state["pipe"]
            writer = next(p for name, p in pipe.processes if name == "store")
            assert isinstance(writer, StoreWriter)
            before = writer.total
            articles: list[dict[str, Any]] = []
            failures: list[dict[str, Any]] = []
            sources = api.as_raw({**d, "source_path": f"api:{d.get('url') or d.get('id') or n}"} for n, d in enumerate(docs, 1))
            for batch in api.run(sources, run_settings, names, pipe=pipe):
                for item in batch.items:
                    if item.article is not None:
                        articles.append({"id": item.article.id, "title": item.article.title, "events": len(item.events)})
                failures += [{"source": f.source, "code": f.code, "message": f.message} for f in batch.failures]
            after = writer.total
        return {
            "read": len(docs),
            "added": after.added - before.added,
            "existing": after.existing - before.existing,
            "events": after.events - before.events,
            "articles": articles,
            "failures": failures,
        }

    return app


def _open(settings: Settings, writable: bool) -> Store:
    """The store, read-only unless writes are allowed; a missing DuckDB file is created first."""
    path = settings.db
    if settings.backend == "duckdb" and path != ":memory:" and not Path(path).exists():
        open_store(path, settings.backend).close()
    return open_store(path, settings.backend, read_only=not writable and path != ":memory:")
