"""A small hand-made store for tests and for trying the UI without running the pipeline.

Four short articles (written by us) about Russia, Niger, the United States and Chad in spring
2024, with events, places, dates and attribution set by hand in the shapes of sitrep.model,
and a presence ledger. ``build(path)`` writes them through the store's own ``add``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..model import Actor, Article, Attribution, Batch, Event, EventDate, Item, Place, Published, Segment, Trigger
from ..storage import open_store

NIAMEY = {"name": "Niamey", "country": "NER", "admin1": "Niamey", "lat": 13.51366, "lon": 2.1098, "precision": "city", "geonameid": 2440485}
AGADEZ = {"name": "Agadez", "country": "NER", "admin1": "Agadez", "lat": 16.97333, "lon": 7.99111, "precision": "city", "geonameid": 2448085}

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "rtn-instructors",
        "published": "2024-04-12",
        "site": "Sahel Wire",
        "agency": "RTN",
        "title": "Russian instructors arrive in Niger",
        "body": "Russian military instructors arrived in Niamey on Wednesday with an air defence system, "
        "Niger's state television RTN reported. The junta said the instructors would train the army.",
        "events": [
            {
                "type": "COOPERATE",
                "mode": None,
                "context": ("military",),
                "trigger": "arrived",
                "actor": ("Russian military instructors", "RUS", "MIL"),
                "recipient": ("Niger", "NER", "GOV"),
                "place": ("Niamey", NIAMEY),
                "date": ("on Wednesday", "2024-04-10"),
                "attribution": [("Niger's state television RTN reported", "RTN", "outlet")],
                "confidence": 0.86,
            },
            {
                "type": "AID",
                "mode": None,
                "context": ("military",),
                "trigger": "train",
                "actor": ("the instructors", "RUS", "MIL"),
                "recipient": ("the army", "NER", "MIL"),
                "place": None,
                "date": None,
                "attribution": [("The junta said", "the junta", "official")],
                "confidence": 0.61,
                "future": True,
            },
        ],
    },
    {
        "id": "reuters-airbase",
        "published": "2024-05-03",
        "site": "Reuters",
        "agency": "Reuters",
        "title": "Russian troops enter base hosting US forces in Niger",
        "body": "Russian troops have moved into Airbase 101 in Niamey, a senior US defence official told Reuters on Thursday. "
        "The United States agreed in April to withdraw its troops from Niger.",
        "events": [
            {
                "type": "MOBILIZE",
                "mode": None,
                "context": ("military",),
                "trigger": "moved into",
                "actor": ("Russian troops", "RUS", "MIL"),
                "recipient": ("Niamey", "NER", "GOV"),
                "place": ("Niamey", NIAMEY),
                "date": ("on Thursday", "2024-05-02"),
                "attribution": [
                    ("told Reuters", "Reuters", "agency"),
                    ("a senior US defence official told", "a senior US defence official", "anonymous"),
                ],
                "confidence": 0.9,
            },
            {
                "type": "RETREAT",
                "mode": "withdraw",
                "context": ("military",),
                "trigger": "withdraw",
                "actor": ("The United States", "USA", "GOV"),
                "recipient": ("Niger", "NER", "GOV"),
                "place": None,
                "date": ("in April", "2024-04"),
                "attribution": [],
                "confidence": 0.8,
            },
        ],
    },
    {
        "id": "afp-accord",
        "published": "2024-03-17",
        "site": "AFP",
        "agency": "AFP",
        "title": "Niger revokes military accord with the United States",
        "body": "Niger's junta revoked a military accord with the United States on Saturday, "
        "spokesman Amadou Abdramane said on state television in Niamey.",
        "events": [
            {
                "type": "REJECT",
                "mode": None,
                "context": ("military",),
                "trigger": "revoked",
                "actor": ("Niger's junta", "NER", "GOV"),
                "recipient": ("the United States", "USA", "GOV"),
                "place": ("Niamey", NIAMEY),
                "date": ("on Saturday", "2024-03-16"),
                "attribution": [("spokesman Amadou Abdramane said", "Amadou Abdramane", "official")],
                "confidence": 0.92,
            }
        ],
    },
    {
        "id": "dpa-agadez",
        "published": "2024-05-21",
        "site": "dpa",
        "agency": "dpa",
        "title": "Russia sends more instructors to Niger",
        "body": "Russia sent a second group of military instructors to Niger on Monday, deploying them in Agadez, the Russian defence ministry said. "
        "Russia did not attack any positions, the ministry added.",
        "events": [
            {
                "type": "COOPERATE",
                "mode": None,
                "context": ("military",),
                "trigger": "sent",
                "actor": ("Russia", "RUS", "GOV"),
                "recipient": ("Niger", "NER", "GOV"),
                "place": ("Agadez", AGADEZ),
                "date": ("on Monday", "2024-05-20"),
                "attribution": [("the Russian defence ministry said", "the Russian defence ministry", "official")],
                "confidence": 0.84,
            },
            {
                "type": "ASSAULT",
                "mode": None,
                "context": (),
                "trigger": "attack",
                "actor": ("Russia", "RUS", "GOV"),
                "recipient": ("positions", "NER", "MIL"),
                "place": None,
                "date": None,
                "attribution": [("the ministry added", "the Russian defence ministry", "official")],
                "confidence": 0.5,
                "negated": True,
            },
        ],
    },
]

PRESENCE: list[dict[str, Any]] = [
    {
        "force": {"country": "RUS", "sector": "MIL", "text": "Russian military instructors"},
        "host": "NER",
        "site": {"name": "Airbase 101, Niamey", "lat": 13.4817, "lon": 2.1836, "precision": "facility"},
        "status": "present",
        "strength": 100,
        "since": {"value": "2024-04-10", "precision": "day", "start": "2024-04-10", "end": "2024-04-10", "text": "on Wednesday", "source": "text"},
        "as_of": {"value": "2024-05-02", "precision": "day", "start": "2024-05-02", "end": "2024-05-02", "text": "on Thursday", "source": "text"},
        "evidence": [],
    },
    {
        "force": {"country": "USA", "sector": "MIL", "text": "US forces"},
        "host": "NER",
        "site": {"name": "Air Base 201, Agadez", "lat": 16.9603, "lon": 8.0186, "precision": "facility"},
        "status": "withdrawal_announced",
        "strength": 1000,
        "since": {"value": "2024-04", "precision": "month", "start": "2024-04-01", "end": "2024-04-30", "text": "in April", "source": "text"},
        "as_of": {"value": "2024-05-03", "precision": "day", "start": "2024-05-03", "end": "2024-05-03", "text": None, "source": "publication"},
        "evidence": [],
    },
]


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def _date(text: str, phrase: str, value: str, after: int) -> EventDate:
    start, end = _span(text, phrase, after)
    if len(value) == 7:  # a month
        import calendar

        y, m = int(value[:4]), int(value[5:])
        first, last, precision = f"{value}-01", f"{value}-{calendar.monthrange(y, m)[1]:02d}", "month"
    else:
        first = last = value
        precision = "day"
    return EventDate(phrase, start, end, value, precision, first, last, "text")  # type: ignore[arg-type]


def items() -> list[Item]:
    """The sample articles as pipeline items."""
    out = []
    for a in ARTICLES:
        title, body = str(a["title"]), str(a["body"])
        text = f"{title}\n\n{body}"
        b0 = len(title) + 2
        article = Article(
            id=str(a["id"]),
            text=text,
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            source=f"sample:{a['id']}",
            title=title,
            site=str(a["site"]),
            original_source=str(a["agency"]),
            language="en",
            published=Published(str(a["published"]), "day", "input"),
            segments=(Segment("title", 0, len(title)), Segment("body", b0, len(text))),
        )
        events, places, dates = [], [], []
        sentences = [(m, text.index(m)) for m in body.replace(". ", ".\n").split("\n")]
        for spec in a["events"]:
            sentence, s0 = next((s, o) for s, o in sentences if spec["trigger"] in s)
            t0, t1 = _span(text, spec["trigger"], s0)

            def actor(x: tuple[str, str, str], s0: int = s0, text: str = text) -> Actor:
                start, end = _span(text, x[0], s0)
                return Actor(x[0], start, end, x[1], x[2])

            place = None
            if spec["place"]:
                p0, p1 = _span(text, spec["place"][0], s0)
                place = Place(spec["place"][0], p0, p1, **spec["place"][1])
                places.append(place)
            date = _date(text, spec["date"][0], spec["date"][1], s0) if spec["date"] else None
            if date:
                dates.append(date)
            attribution = []
            for cue, who, kind in spec["attribution"]:
                c0, c1 = _span(text, cue, s0)
                attribution.append(Attribution(cue, who, kind, c0, c1))
            key = f"{article.id}|{s0}|{t0}|{spec['type']}"
            events.append(
                Event(
                    id=hashlib.sha256(key.encode()).hexdigest()[:16],
                    article_id=article.id,
                    type=spec["type"],
                    trigger=Trigger(spec["trigger"], t0, t1),
                    sentence=sentence,
                    sentence_index=[s for s, _ in sentences].index(sentence),
                    start=s0,
                    end=s0 + len(sentence),
                    mode=spec["mode"],
                    context=spec["context"],
                    actor=(actor(spec["actor"]),),
                    recipient=(actor(spec["recipient"]),),
                    negated=spec.get("negated", False),
                    future=spec.get("future", False),
                    date=date
                    or EventDate(None, None, None, str(a["published"]), "day", str(a["published"]), str(a["published"]), "publication"),
                    place=place,
                    attribution=tuple(attribution),
                    confidence=spec["confidence"],
                )
            )
        out.append(Item(article=article, events=tuple(events), places=tuple(places), dates=tuple(dates)))
    return out


def build(path: str) -> None:
    """Write the sample store to ``path`` (a DuckDB file), with a presence ledger when the store has none."""
    store = open_store(path)
    try:
        store.add(Batch(tuple(items())))
        con = getattr(store, "con", None)
        if con is not None:
            columns = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'presence'").fetchall()]
            if not columns:
                con.execute("CREATE TABLE presence (data JSON NOT NULL)")
                columns = ["data"]
            for n, p in enumerate(PRESENCE):  # one state per ledger entry, in the store's own ledger table
                row = {"key": f"{p['force']['country']}|{p['host']}|{n}", "seq": 0, "force_country": p["force"]["country"],
                       "host": p["host"], "data": json.dumps(p)}
                con.execute(f"INSERT INTO presence ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", [row.get(c) for c in columns])
    finally:
        store.close()


__all__ = ["build", "items"]
