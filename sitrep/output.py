"""The output contract: one JSON object per article (``docs/schema.md``, ``data/schema/extract.schema.json``).

Field names follow PLOVER. Fields a stage has not filled are ``null`` or empty, never made up.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Actor, Article, Attribution, Event, EventDate, Item, Place, Presence
from .resources import data_file

SCHEMA_FILE = "schema/extract.schema.json"


def article_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "url": a.url,
        "site": a.site,
        "original_source": a.original_source,
        "byline": a.byline,
        "language": a.language,
        "published": {"value": a.published.value, "precision": a.published.precision, "source": a.published.source},
        "content_hash": a.content_hash,
        "duplicate_of": a.duplicate_of,
        "story_id": a.story_id,
        "source": a.source,
        "segments": [{"kind": s.kind, "start": s.start, "end": s.end} for s in a.segments],
        "captions": [
            {"text": a.text[s.start : s.end], "start": s.start, "end": s.end} for s in a.segments if s.kind == "caption"
        ],
        "provenance": dict(a.provenance),
    }


def actor_json(x: Actor) -> dict[str, Any]:
    return {"text": x.text, "country": x.country, "sector": x.sector, "name": x.name, "start": x.start, "end": x.end}


def place_json(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "text": p.text,
        "start": p.start,
        "end": p.end,
        "name": p.name,
        "country": p.country,
        "admin1": p.admin1,
        "lat": p.lat,
        "lon": p.lon,
        "precision": p.precision,
        "geonameid": p.geonameid,
    }


def date_mention_json(d: EventDate) -> dict[str, Any]:
    return {
        "text": d.text,
        "start": d.start,
        "end": d.end,
        "value": d.value,
        "precision": d.precision,
        "start_date": d.start_date,
        "end_date": d.end_date,
    }


def event_date_json(d: EventDate | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {
        "value": d.value,
        "precision": d.precision,
        "start": d.start_date,
        "end": d.end_date,
        "text": d.text,
        "source": d.source,
    }


def attribution_json(x: Attribution) -> dict[str, Any]:
    return {"text": x.text, "source": x.source, "kind": x.kind}


def event_json(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "context": list(e.context),
        "cameo": e.cameo,
        "actor": [actor_json(x) for x in e.actor],
        "recipient": [actor_json(x) for x in e.recipient],
        "negated": e.negated,
        "future": e.future,
        "hypothetical": e.hypothetical,
        "historical": e.historical,
        "date": event_date_json(e.date),
        "place": place_json(e.place),
        "attribution": [attribution_json(x) for x in e.attribution],
        "sentence": e.sentence,
        "sentence_index": e.sentence_index,
        "start": e.start,
        "end": e.end,
        "trigger": {"text": e.trigger.text, "start": e.trigger.start, "end": e.trigger.end},
        "confidence": e.confidence,
        "segment": e.segment,
    }


def presence_json(p: Presence) -> dict[str, Any]:
    return {
        "force": {"country": p.force.country, "sector": p.force.sector, "text": p.force.text},
        "host": p.host,
        "site": {"name": p.site.name, "lat": p.site.lat, "lon": p.site.lon, "precision": p.site.precision},
        "status": p.status,
        "strength": p.strength,
        "since": event_date_json(p.since),
        "as_of": event_date_json(p.as_of),
        "evidence": list(p.evidence),
        "articles": list(p.articles),
        "sentences": list(p.sentences),
        "sources": list(p.sources),
    }


def item_json(item: Item) -> dict[str, Any]:
    """One article's extraction, as ``sitrep extract`` prints it."""
    assert item.article is not None
    return {
        "article": article_json(item.article),
        "events": [event_json(e) for e in item.events],
        "places": [place_json(p) for p in item.places],
        "dates": [date_mention_json(d) for d in item.dates],
        "presence": [presence_json(p) for p in item.presence],
    }


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(data_file(SCHEMA_FILE).read_text("utf-8"))
    return loaded
