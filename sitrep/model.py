"""Typed records that flow between Sitrep's stages.

Every record is a frozen dataclass: a stage never mutates what it receives, it returns new
records (``dataclasses.replace``). Character offsets (``start``, ``end``) always index
``Article.text``, the article's full text exactly as ingested (newlines normalised to ``\\n``).
Where a value is unknown it is ``None``; no sentinel strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["second", "day", "week", "month", "season", "quarter", "year", "decade", "century"]
PlacePrecision = Literal["facility", "city", "admin1", "country", "region"]
SegmentKind = Literal["header", "title", "caption", "byline", "dateline", "body", "footer"]
PresenceStatus = Literal["arriving", "present", "withdrawal_announced", "withdrawing", "withdrawn"]
AttributionKind = Literal["agency", "outlet", "official", "anonymous", "person", "organisation"]


@dataclass(frozen=True)
class RawInput:
    """One document as read from a file, feed, JSON line or stdin, before any checking."""

    source: str  # path, URL or "<stdin>", with ":line" or "#entry" where one file holds many
    data: bytes
    format: Literal["text", "html", "jsonl", "feed-entry"]
    input_id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class Segment:
    """A span of the article text with its role; only ``body`` and ``caption`` are coded."""

    kind: SegmentKind
    start: int
    end: int


@dataclass(frozen=True)
class Published:
    """The publication date: ISO ``value``, its ``precision``, and where it was read (``source``)."""

    value: str | None = None
    precision: Precision | None = None
    source: str | None = None  # "input", "byline", "header", "html-meta", "feed", ...
    evidence: str | None = None  # the text the date was read from


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    content_hash: str
    source: str
    title: str | None = None
    url: str | None = None
    site: str | None = None  # the site that published this copy
    original_source: str | None = None  # the agency that wrote it (NTB, Reuters, AP, ...)
    byline: str | None = None
    language: str | None = None
    published: Published = field(default_factory=Published)
    segments: tuple[Segment, ...] = ()
    duplicate_of: str | None = None
    story_id: str | None = None
    # where each metadata value came from: {"title": "first line", "original_source": "(© NTB)"}
    provenance: tuple[tuple[str, str], ...] = ()

    def segment_of(self, offset: int) -> Segment | None:
        for seg in self.segments:
            if seg.start <= offset < seg.end:
                return seg
        return None


@dataclass(frozen=True)
class Sentence:
    """A sentence of a coded segment, with offsets into the article text."""

    index: int
    start: int
    end: int
    segment: SegmentKind
    # who says what the sentence's main clause says, innermost first (set by the attribution stage)
    attribution: tuple[Attribution, ...] = ()


@dataclass(frozen=True)
class Actor:
    """An actor or recipient: the text as written and its code."""

    text: str
    start: int
    end: int
    country: str | None = None  # ISO 3166 alpha-3, or an IGO code such as "IGO"
    sector: str | None = None  # PLOVER sector: GOV, MIL, REB, COP, ...
    name: str | None = None  # canonical name where one is known
    source: str | None = None  # "dictionary", "coref", "ner", ...


@dataclass(frozen=True)
class Place:
    """A place name found in the text and, where resolved, its gazetteer entry."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision | None = None
    geonameid: int | None = None
    feature: str | None = None  # GeoNames feature code or our own ("AIRB", "PCLI", ...)
    score: float | None = None
    evidence: str | None = None  # why this reading won


@dataclass(frozen=True)
class EventDate:
    """A time expression and its normalised value, anchored on the publication date."""

    text: str | None
    start: int | None
    end: int | None
    value: str | None  # ISO at its precision: "2024-05-03", "2024-04", "2024-W18", "2023"
    precision: Precision | None
    start_date: str | None = None  # first day of the range (ISO date)
    end_date: str | None = None  # last day of the range (ISO date)
    source: str | None = None  # "text", "publication", "caption", ...


@dataclass(frozen=True)
class Attribution:
    """One link of the chain of who says so."""

    text: str  # the cue as written: "according to CNN"
    source: str  # who: "CNN", "an unnamed US defense source"
    kind: AttributionKind
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: str
    article_id: str
    type: str  # PLOVER event type
    trigger: Trigger
    sentence: str
    sentence_index: int
    start: int  # the sentence's offsets in the article text
    end: int
    mode: str | None = None
    context: tuple[str, ...] = ()
    # the CAMEO code a CAMEO coder's verb dictionary gives the predicate, for compatibility: where the classifier retyped
    # the event it may name another root than ``type`` (PETRARCH2's own tests agree with it 0.587, the retyped codes 0.418)
    cameo: str | None = None
    actor: tuple[Actor, ...] = ()
    recipient: tuple[Actor, ...] = ()
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    date: EventDate | None = None
    place: Place | None = None
    attribution: tuple[Attribution, ...] = ()
    confidence: float | None = None
    segment: SegmentKind = "body"


@dataclass(frozen=True)
class Mention:
    """One article's report of a (possibly multiply reported) event."""

    event_id: str
    article_id: str
    sentence: str
    start: int
    end: int
    source: str | None = None  # the independent source this copy counts for


@dataclass(frozen=True)
class PresenceForce:
    country: str
    sector: str | None
    text: str


@dataclass(frozen=True)
class PresenceSite:
    name: str | None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision | None = None


@dataclass(frozen=True)
class Presence:
    """A foreign force's status at a site, with the evidence for it."""

    force: PresenceForce
    host: str  # ISO 3166 alpha-3 of the host country
    site: PresenceSite
    status: PresenceStatus
    strength: int | None = None
    since: EventDate | None = None
    as_of: EventDate | None = None
    evidence: tuple[str, ...] = ()  # event ids
    # added by the presence issue: where the evidence is when no event codes it, and who says so
    articles: tuple[str, ...] = ()  # article ids
    sentences: tuple[str, ...] = ()  # the evidence sentences
    sources: tuple[str, ...] = ()  # who says so: "NTB", "Reuters < an unnamed US defense source"


@dataclass(frozen=True)
class Failure:
    """An input that could not be processed, with its stable error code."""

    source: str
    code: str
    message: str
    stage: str
    content_hash: str | None = None


@dataclass(frozen=True)
class Item:
    """One document's state as it passes through the pipeline."""

    raw: RawInput | None = None
    article: Article | None = None
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[EventDate, ...] = ()
    presence: tuple[Presence, ...] = ()
    # spaCy Docs of the coded segments, (segment, doc) pairs; kept out of serialised output
    docs: tuple[tuple[Segment, Any], ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Batch:
    items: tuple[Item, ...] = ()
    failures: tuple[Failure, ...] = ()

    def __len__(self) -> int:
        return len(self.items)
