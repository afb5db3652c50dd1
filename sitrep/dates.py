"""Dates: find and normalise every time expression in an article; date each event.

All time expressions come from :func:`sitrep.timex.find_dates`, run once over the whole article
text (header and byline lines included, though they are never parsed), anchored on the
publication date. An event takes the date expression that governs its clause in the dependency
parse; failing that, the sentence's date nearest its trigger; failing that, the publication date
(``source="publication"``). A caption is its own small story: its events are dated by the
caption's own dates (a photo "taken on 16 April 2018"), never by the body's. A historical event
with no date of its own is left undated rather than given the publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from .model import Article, Batch, Event, EventDate, Item
from .pipeline import Stage
from .timex import find_dates

# Dependency labels through which a date modifies a word of the clause it governs.
_CLAUSE_HEADS = ("VERB", "AUX")
# prepositions of a date an act lasts to
_DEADLINES = frozenset({"until", "till", "untill", "through", "thru"})


def anchor_date(article: Article) -> dt.date | None:
    """The publication date as a ``date`` (its first day when only a month or year is known)."""
    value = article.published.value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    parts = value[:7].split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
    except (ValueError, IndexError):
        return None


def publication_date(article: Article) -> EventDate | None:
    """The publication date as an :class:`EventDate` with ``source="publication"``."""
    pub = article.published
    if not pub.value:
        return None
    return EventDate(
        text=pub.evidence, start=None, end=None, value=pub.value[:10] if pub.precision in (None, "day", "second") else pub.value,
        precision="day" if pub.precision in (None, "second") else pub.precision, source="publication",
    )


def _token_at(doc: Any, offset: int) -> Any | None:
    """The token of ``doc`` covering character ``offset`` (doc-relative)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[0]


def _clause_head(token: Any) -> Any:
    """The verb whose clause ``token`` belongs to (the token itself when it is a verb)."""
    t = token
    while t.pos_ not in _CLAUSE_HEADS and t.head.i != t.i:
        t = t.head
    return t


def _governing_dates(
    event: Event, dates: Sequence[EventDate], docs: Iterable[tuple[Any, Any]]
) -> tuple[list[EventDate], list[EventDate], list[EventDate]]:
    """The sentence's dates split into those of the trigger's clause, of a clause above it, and the rest."""
    in_sentence = [d for d in dates if d.start is not None and event.start <= d.start < event.end]
    if not in_sentence:
        return [], [], []
    found = next(((seg, doc) for seg, doc in docs if seg.start <= event.trigger.start < seg.end), None)
    if found is None:
        return [], [], in_sentence
    seg, doc = found
    trigger = _token_at(doc, event.trigger.start - seg.start)
    if trigger is None:
        return [], [], in_sentence
    clause = _clause_head(trigger)
    above = {t.i for t in clause.ancestors}
    own: list[EventDate] = []
    upper: list[EventDate] = []
    rest: list[EventDate] = []
    for d in in_sentence:
        assert d.start is not None and d.end is not None
        span = doc.char_span(d.start - seg.start, d.end - seg.start, alignment_mode="expand")
        if span is None or not len(span):
            rest.append(d)
            continue
        if span.root.dep_ == "pobj" and span.root.head.lower_ in _DEADLINES:
            continue  # when something lasts to, not when it happened: "barred him from office until 2030"
        head = _clause_head(span.root)
        if head.i in (clause.i, trigger.i):
            own.append(d)
        elif head.i in above:
            upper.append(d)
        elif not _describes(head, trigger):
            rest.append(d)
    return own, upper, rest


def _describes(head: Any, trigger: Any) -> bool:
    """Whether the clause of ``head`` is a relative clause that describes someone and holds no part of the event: "the
    junta, which seized power in July, has ordered …" is not dated July."""
    t = head
    while t.head.i != t.i:
        if t.dep_ == "relcl" and t.pos_ in _CLAUSE_HEADS:  # (not a participle: "a news conference held on Friday")
            return not (t.left_edge.i <= trigger.i <= t.right_edge.i)
        t = t.head
    return False


def _nearest(event: Event, dates: list[EventDate]) -> EventDate:
    return min(dates, key=lambda d: abs((d.start or 0) - event.trigger.start))


def date_event(event: Event, dates: Sequence[EventDate], item: Item, published: EventDate | None) -> EventDate | None:
    """The date of one event: its clause's, else its sentence's, else (not historical) publication."""
    valued = [d for d in dates if d.value is not None]
    own, upper, rest = _governing_dates(event, valued, item.docs)
    for group in (own, upper, rest):
        if group:
            return _nearest(event, group)
    if event.segment == "caption" and item.article is not None:
        seg = item.article.segment_of(event.trigger.start)
        if seg is not None:
            in_caption = [d for d in valued if d.start is not None and seg.start <= d.start < seg.end]
            if in_caption:
                return replace(_nearest(event, in_caption), source="caption")
    if event.historical:
        return None
    return published


def process(batch: Batch) -> Batch:
    """Find every time expression in each article and date each of its events."""
    items: list[Item] = []
    for item in batch.items:
        article = item.article
        if article is None:
            items.append(item)
            continue
        dates = tuple(find_dates(article.text, anchor_date(article)))
        published = publication_date(article)
        events = tuple(
            replace(event, date=event.date or date_event(event, dates, item, published)) for event in item.events
        )
        items.append(replace(item, dates=dates, events=events))
    return replace(batch, items=tuple(items))


STAGE = Stage(
    name="dates",
    requires=("article.published", "events"),
    sets=("dates", "events.date"),
    factory=lambda settings: process,
    help="find and normalise time expressions; date each event",
)
