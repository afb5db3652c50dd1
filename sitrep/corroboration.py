"""Corroboration: syndicated copies, and the same event reported many times.

Two questions analysts ask of event data: *is this one report or many?* and *how sure are we?*

- **Syndication.** MinHash over word shingles of the coded text, with an LSH index (datasketch),
  finds copies and near-copies of one story (the same agency text on several sites, lightly
  edited). Copies form a story: connected components of "estimated Jaccard ≥ threshold", so the
  answer does not depend on ingest order. The story's canonical copy is the earliest published,
  then the smallest content hash; every other copy records ``duplicate_of`` it, all record its
  ``story_id``. Signatures persist in the store and the in-memory LSH is rebuilt from them when
  the stage starts; a batch is checked against the stored articles and itself.
- **Event clusters.** Mentions of the same happening (same type family, same actor and recipient
  countries, date ranges that overlap, places that agree at the coarser precision) are one event
  with many mentions. Clusters are the connected components of that relation, found
  incrementally: a new mention is compared with the stored mentions of its block that overlap
  it in time, and joins (merges) the clusters it links to. A cluster's id is derived from its
  smallest member event id, so the same input in any order gives the same clusters. Fine dates
  (a month or less) link only with fine dates, coarse ones only with coarse ones, so a mention
  dated "2024" cannot chain two different days together.
- **Confidence.** A cluster's confidence grows with independent sources (syndicated copies of one
  story, and stories of one agency, count once) and with named, on-record attribution; a cluster
  holding both negated and affirmed mentions is ``contested`` and keeps both sets.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from math import cos, radians, sqrt
from typing import Any, Protocol

from datasketch import MinHash, MinHashLSH

from .model import Article, Batch, Event, Item
from .pipeline import Process, Stage
from .settings import Settings
from .storage.corroboration_tables import CorroborationWrite, MentionRow

log = logging.getLogger(__name__)

SHINGLE = 4  # words per shingle
NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2 permutation scheme; stored signatures are only comparable within one
THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets above which two articles are copies
FINE_DAYS = 31  # date ranges up to this long are "fine"; longer ones link only with each other
SAME_PLACE_KM = 50.0

# Types that report the same kind of happening; any other type is its own family.
FAMILY = {"COOPERATE": "AID", "AID": "AID", "ASSAULT": "ASSAULT", "COERCE": "COERCE", "FIGHT": "ASSAULT"}

_WORD = re.compile(r"\w+", re.UNICODE)


# ---------------------------------------------------------------- syndication
def coded_text(article: Article) -> str:
    """The text a copy shares with others: title, body and captions, without headers and footers."""
    parts = [article.text[s.start : s.end] for s in article.segments if s.kind in ("title", "body", "caption")]
    return "\n".join(parts) if parts else article.text


def minhash(text: str) -> MinHash:
    """MinHash of the text's word ``SHINGLE``-grams (lower-cased)."""
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([g.encode("utf-8") for g in grams])
    return m


def story_id_of(content_hash: str) -> str:
    return "s" + content_hash[:16]


@dataclass
class _Copy:
    article_id: str
    story_id: str
    published: str | None
    sig: MinHash


class Syndication:
    """The LSH index of every known article and the stories they form."""

    def __init__(self, stored: Iterable[tuple[str, str, str, str | None, list[int]]] = ()) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.copies: dict[str, _Copy] = {}
        self.stories: dict[str, set[str]] = {}
        for digest, article_id, story, published, values in stored:
            sig = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=values)
            self._insert(digest, _Copy(article_id, story, published, sig))

    def _insert(self, digest: str, copy: _Copy) -> None:
        self.copies[digest] = copy
        self.stories.setdefault(copy.story_id, set()).add(digest)
        self.lsh.insert(digest, copy.sig)

    def add(
        self, articles: Sequence[Article]
    ) -> tuple[dict[str, tuple[str, str | None]], list[tuple[str, str, str, str | None, list[int]]], list[tuple[str, str, str | None]]]:
        """Index new articles; return each one's (story_id, duplicate_of), their signature rows, and stored copies to update."""
        touched: set[str] = set()
        new: set[str] = set()
        for a in articles:
            if a.content_hash in self.copies:
                continue
            sig = minhash(coded_text(a))
            linked = {d for d in self.lsh.query(sig) if self.copies[d].sig.jaccard(sig) >= THRESHOLD}
            members = {a.content_hash}
            for d in linked:
                members |= self.stories.pop(self.copies[d].story_id, {d})
            self.copies[a.content_hash] = _Copy(a.id, "", a.published.value, sig)
            self.lsh.insert(a.content_hash, sig)
            story = self._canonical_story(members)
            for d in members:
                self.copies[d].story_id = story
            self.stories[story] = members
            touched.add(story)
            new.add(a.content_hash)
        assigned: dict[str, tuple[str, str | None]] = {}
        updates: list[tuple[str, str, str | None]] = []
        for story in touched:
            if story not in self.stories:  # merged into another story later in this batch
                continue
            members = self.stories[story]
            canonical = self.copies[min(members, key=self._order)]
            for d in sorted(members):
                c = self.copies[d]
                dup = None if c is canonical else canonical.article_id
                if d in new:
                    assigned[d] = (story, dup)
                else:
                    updates.append((c.article_id, story, dup))
        rows = [
            (d, self.copies[d].article_id, self.copies[d].story_id, self.copies[d].published,
             [int(v) for v in self.copies[d].sig.hashvalues])
            for d in sorted(new)
        ]
        return assigned, rows, updates

    def _order(self, digest: str) -> tuple[str, str]:
        return (self.copies[digest].published or "9999", digest)

    def _canonical_story(self, members: set[str]) -> str:
        return story_id_of(min(members, key=self._order))


# ---------------------------------------------------------------- event clusters
def family(event_type: str) -> str:
    return FAMILY.get(event_type, event_type)


def block_of(e: Event) -> str:
    """The blocking key: type family, first actor country, first recipient country."""
    actor = next((a.country for a in e.actor if a.country), None) or "-"
    recipient = next((a.country for a in e.recipient if a.country), None) or "-"
    return f"{family(e.type)}|{actor}|{recipient}"


def source_key(article: Article | dict[str, Any]) -> str:
    """What counts as one independent source: the agency where known, else the story, else the article."""
    if isinstance(article, Article):
        agency, story, ident = article.original_source, article.story_id, article.id  # type: str | None, str | None, str | None
    else:
        agency, story, ident = (str(article[k]) if article.get(k) else None for k in ("original_source", "story_id", "article_id"))
    if agency:
        return "agency:" + agency.lower()
    return "story:" + (story or ident or "?")


def mention_row(e: Event, article: Article) -> MentionRow:
    """An event as a cluster mention, with what clustering and confidence need."""
    d = e.date
    start = d.start_date if d and d.start_date and len(d.start_date) == 10 else None
    end = (d.end_date if d.end_date and len(d.end_date) == 10 else start) if d and start else None
    coarse = _span_days(start, end) > FINE_DAYS
    data: dict[str, Any] = {
        "event_id": e.id,
        "article_id": article.id,
        "type": e.type,
        "mode": e.mode,
        "sentence": e.sentence,
        "start": e.start,
        "end": e.end,
        "negated": e.negated,
        "date": {"value": d.value, "precision": d.precision, "start": start, "end": end} if d else None,
        "place": (
            {"name": e.place.name, "country": e.place.country, "precision": e.place.precision, "lat": e.place.lat,
             "lon": e.place.lon}
            if e.place and e.place.country
            else None
        ),
        "attribution": [{"source": x.source, "kind": x.kind} for x in e.attribution],
        "published": article.published.value,
        "original_source": article.original_source,
        "site": article.site,
        "story_id": article.story_id,
    }
    return MentionRow(e.id, "", article.id, block_of(e), start, end, coarse, e.negated, data)


def _span_days(start: str | None, end: str | None) -> int:
    if not start or not end:
        return 0
    try:
        return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    except ValueError:
        return 0


_RANK = {"facility": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}


def places_agree(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Places agree at the coarser of their precisions (an unknown place agrees with any)."""
    if not a or not b:
        return True
    if a.get("country") != b.get("country"):
        return False
    coarser = max(_RANK.get(a.get("precision") or "country", 3), _RANK.get(b.get("precision") or "country", 3))
    if coarser >= 2:  # admin1 or country: the same country is enough
        return True
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        dy = (a["lat"] - b["lat"]) * 111.0
        dx = (a["lon"] - b["lon"]) * 111.0 * cos(radians((a["lat"] + b["lat"]) / 2))
        return sqrt(dx * dx + dy * dy) <= SAME_PLACE_KM
    return bool(a.get("name") and a.get("name") == b.get("name"))


def linked(a: MentionRow, b: MentionRow) -> bool:
    """Whether two mentions report the same happening (symmetric, so clusters are order-free)."""
    if a.block != b.block or not (a.date_start and a.date_end and b.date_start and b.date_end):
        return False
    if a.coarse != b.coarse:
        return False
    if a.date_start > b.date_end or b.date_start > a.date_end:
        return False
    return places_agree(a.data.get("place"), b.data.get("place"))


class ClusterIndex(Protocol):
    """Where the already clustered mentions are: the store, or memory (tests, bench)."""

    def cluster_candidates(self, block: str, start: str, end: str) -> list[MentionRow]: ...

    def cluster_members(self, cluster_ids: Iterable[str]) -> list[MentionRow]: ...


def cluster_id_of(event_ids: Iterable[str]) -> str:
    return "c" + hashlib.sha256(min(event_ids).encode("utf-8")).hexdigest()[:16]


def cluster(new: Sequence[MentionRow], index: ClusterIndex) -> list[MentionRow]:
    """Cluster new mentions against the index and each other; return every mention whose cluster is new or changed."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    new_ids = {m.event_id for m in new}
    by_block: dict[str, list[MentionRow]] = {}
    for m in new:
        find("e:" + m.event_id)
        if not (m.date_start and m.date_end):
            continue
        for c in index.cluster_candidates(m.block, m.date_start, m.date_end):
            if c.event_id not in new_ids and linked(m, c):
                union("e:" + m.event_id, "c:" + c.cluster_id)
        by_block.setdefault(m.block, []).append(m)
    for rows in by_block.values():  # the batch against itself: sort-and-sweep over start dates
        rows.sort(key=lambda r: (r.date_start or "", r.event_id))
        for i, m in enumerate(rows):
            for o in rows[i + 1 :]:
                if (o.date_start or "") > (m.date_end or ""):
                    break
                if linked(m, o):
                    union("e:" + m.event_id, "e:" + o.event_id)
    old = sorted({k[2:] for k in parent if k.startswith("c:")})
    members: dict[str, list[MentionRow]] = {}
    for m in index.cluster_members(old):
        if m.event_id not in new_ids:
            members.setdefault(find("c:" + m.cluster_id), []).append(m)
    for m in new:
        members.setdefault(find("e:" + m.event_id), []).append(m)
    out: list[MentionRow] = []
    for rows in members.values():
        cid = cluster_id_of(r.event_id for r in rows)
        out.extend(replace(r, cluster_id=cid) for r in rows if r.cluster_id != cid)
    return out


class MemoryIndex:
    """An in-memory ``ClusterIndex`` (tests and the bench): mentions by block and start month."""

    def __init__(self) -> None:
        self.by_id: dict[str, MentionRow] = {}
        self.buckets: dict[tuple[str, str], dict[str, MentionRow]] = {}
        self.clusters: dict[str, set[str]] = {}

    @staticmethod
    def _months(start: str, end: str) -> list[str]:
        months: list[str] = []
        y, m = int(start[:4]), int(start[5:7])
        last = (int(end[:4]), int(end[5:7]))
        while (y, m) <= last and len(months) < 400:
            months.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return months

    def cluster_candidates(self, block: str, start: str, end: str) -> list[MentionRow]:
        seen: dict[str, MentionRow] = {}
        # a stored fine mention starts at most FINE_DAYS before a range that it overlaps
        lo = (date.fromisoformat(start) - timedelta(days=FINE_DAYS)).isoformat()
        for month in self._months(lo, end):
            for r in self.buckets.get((block, month), {}).values():
                if r.date_start and r.date_end and r.date_start <= end and r.date_end >= start:
                    seen[r.event_id] = r
        for r in self.buckets.get((block, "coarse"), {}).values():
            if r.date_start and r.date_end and r.date_start <= end and r.date_end >= start:
                seen[r.event_id] = r
        return list(seen.values())

    def cluster_members(self, cluster_ids: Iterable[str]) -> list[MentionRow]:
        return [self.by_id[e] for c in sorted(set(cluster_ids)) for e in sorted(self.clusters.get(c, ()))]

    def upsert(self, rows: Iterable[MentionRow]) -> None:
        for r in rows:
            old = self.by_id.get(r.event_id)
            if old is not None:
                self.clusters.get(old.cluster_id, set()).discard(r.event_id)
            self.by_id[r.event_id] = r
            self.clusters.setdefault(r.cluster_id, set()).add(r.event_id)
            if r.date_start:
                bucket = "coarse" if r.coarse else r.date_start[:7]
                self.buckets.setdefault((r.block, bucket), {})[r.event_id] = r
        for c in [c for c, ids in self.clusters.items() if not ids]:
            del self.clusters[c]


# ---------------------------------------------------------------- confidence
_KIND_WEIGHT = {"official": 0.65, "person": 0.6, "organisation": 0.6, "agency": 0.6, "outlet": 0.55, "anonymous": 0.35}
_DIRECT = 0.5  # the reporter states it, no attribution


def mention_confidence(m: dict[str, Any]) -> float:
    """One mention's weight: the weakest link of its attribution chain (an anonymous source weakens it)."""
    kinds = [a.get("kind") for a in m.get("attribution") or []]
    if not kinds:
        return _DIRECT
    return min(_KIND_WEIGHT.get(k or "", _DIRECT) for k in kinds)


def summarize(mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A cluster's counts, confidence and mentions, as ``sitrep events --format json`` shows them."""
    mentions = sorted(mentions, key=lambda m: m["event_id"])
    sources: dict[str, float] = {}
    for m in mentions:
        key = source_key(m)
        sources[key] = max(sources.get(key, 0.0), mention_confidence(m))
    doubt = 1.0
    for weight in sources.values():
        doubt *= 1.0 - weight
    negated = {bool(m.get("negated")) for m in mentions}
    contested = len(negated) == 2
    confidence = (1.0 - doubt) * (0.6 if contested else 1.0)
    published = sorted(str(m["published"]) for m in mentions if m.get("published"))
    return {
        "cluster_id": mentions[0]["cluster_id"] if mentions and "cluster_id" in mentions[0] else None,
        "num_mentions": len(mentions),
        "num_articles": len({m["article_id"] for m in mentions}),
        "num_independent_sources": len(sources),
        "first_reported": published[0] if published else None,
        "contested": contested,
        "cluster_confidence": round(min(confidence, 0.99), 3),
        "mentions": [
            {
                "event_id": m["event_id"],
                "article_id": m["article_id"],
                "sentence": m.get("sentence"),
                "start": m.get("start"),
                "end": m.get("end"),
                "negated": bool(m.get("negated")),
                "attribution": m.get("attribution") or [],
                "source": source_key(m),
                "published": m.get("published"),
                "story_id": m.get("story_id"),
            }
            for m in mentions
        ],
    }


# ---------------------------------------------------------------- the stage
class Corroborate:
    """The corroboration stage: the LSH rebuilt from the store at start, a store connection per batch.

    The connection is opened per batch (DuckDB shares the open database within the process), so
    the stage leaves nothing open when the run ends.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        with self._open() as store:
            self.syndication = Syndication(store.signatures())

    def _open(self) -> Any:  # a SQL store (DuckDB or PostgreSQL): the CorroborationTables methods
        from .storage import open_store

        return open_store(self.settings.db, self.settings.backend)

    def __call__(self, batch: Batch) -> Batch:
        with self._open() as store:
            return self._run(batch, store)

    def _run(self, batch: Batch, store: Any) -> Batch:
        from . import presence

        items = [i for i in batch.items if i.article is not None]
        stored = store.stored_hashes(i.article.content_hash for i in items if i.article)
        fresh: dict[str, Item] = {}
        for i in items:
            assert i.article is not None
            if i.article.content_hash not in stored:
                fresh.setdefault(i.article.content_hash, i)
        assigned, signatures, updates = self.syndication.add([i.article for i in fresh.values() if i.article])
        out: list[Item] = []
        new_mentions: list[MentionRow] = []
        statements: list[tuple[str, str, str, str, str | None, dict[str, Any]]] = []
        for item in batch.items:
            a = item.article
            if a is not None and a.content_hash in assigned:
                story, dup = assigned[a.content_hash]
                a = replace(a, story_id=story, duplicate_of=dup)
                item = replace(item, article=a)
                if fresh.get(a.content_hash) is not None:
                    fresh[a.content_hash] = item
                    new_mentions.extend(mention_row(e, a) for e in item.events)
                    statements.extend(presence.statement_rows(item))
            out.append(item)
        changed = cluster(new_mentions, store)
        ledger = presence.refold(store, statements)
        store.add_corroboration(CorroborationWrite(signatures, updates, changed, statements, ledger))
        return replace(batch, items=tuple(out))


def _factory(settings: Settings) -> Process:
    return Corroborate(settings)


STAGE = Stage(
    name="corroboration",
    requires=("events",),
    sets=("article.duplicate_of", "article.story_id", "clusters"),
    factory=_factory,
    help="syndicated copies (MinHash/LSH) and the same event reported many times (clusters, confidence)",
)
