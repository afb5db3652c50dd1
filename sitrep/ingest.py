"""Ingest: read documents from files, folders, globs, feeds, JSON Lines and stdin; check and decode them.

Reading (``read``) turns paths into ``RawInput`` items and never fails as a whole: what cannot be
read becomes a ``Failure`` with its code. ``process`` checks each raw document (size, binary,
encoding, language), extracts the text of HTML pages, and makes the ``Article``.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .errors import SitrepError
from .model import Article, Batch, Failure, Item, Published, RawInput
from .pipeline import Stage
from .settings import Settings

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}
# What a folder is searched for; other files (README.md, gold.yaml, scripts) are passed over.
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

# Function words for a cheap language check: the share of tokens that are English function
# words is ~0.35 in news prose and near 0 in other languages.
_FUNCTION_WORDS = {
    "en": ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "said", "it", "at", "from", "has", "have", "are", "be", "were", "which", "an", "this", "will", "their"],
    "fr": ["le", "la", "les", "des", "et", "est", "dans", "du", "une", "pour", "que", "qui", "sur", "au", "par", "pas", "avec", "ce", "il"],
    "de": ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "im", "dem", "sich", "auf", "ein", "eine", "für"],
    "es": ["el", "los", "las", "del", "que", "y", "por", "con", "una", "para", "se", "al", "su", "como", "más", "pero"],
    "nb": ["og", "er", "det", "som", "på", "til", "av", "med", "har", "ikke", "for", "en", "den", "de", "skal"],
    "pt": ["o", "os", "das", "dos", "que", "e", "em", "um", "uma", "para", "com", "não", "por", "se", "ao"],
    "it": ["il", "che", "di", "e", "la", "per", "un", "una", "non", "sono", "della", "con", "del", "gli"],
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def content_hash(text: str) -> str:
    """The same content gives the same hash whatever its whitespace."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def guess_language(text: str, min_english: float) -> str | None:
    """'en', another code, or None when the text is too short to tell."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < 12:
        return None
    scores = {}
    for lang, stop in _FUNCTION_WORDS.items():
        stopset = set(stop)
        scores[lang] = sum(w in stopset for w in words) / len(words)
    if scores["en"] >= min_english and scores["en"] >= max(scores.values()) * 0.6:
        return "en"
    return max(scores, key=lambda k: scores[k])


# ---------------------------------------------------------------- reading
def _kind(path: Path, forced: str | None) -> str:
    if forced:
        return forced
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "text"


def read(paths: Iterable[str], input_format: str | None = None) -> Iterator[RawInput | Failure]:
    """Every document under ``paths`` ('-' is stdin), in a stable order.

    A folder is searched recursively for articles by suffix (.txt, .html, .jsonl, .xml …); a file
    named explicitly is read whatever its suffix.
    """
    for spec in paths:
        if spec == "-":
            data = sys.stdin.buffer.read()
            yield from _read_bytes("<stdin>", data, input_format or "text")
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES
            )
        elif path.exists():
            files = [path]
        else:
            files = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            if not files:
                yield Failure(spec, "E011", SitrepError("E011", path=spec).message, "ingest")
                continue
        for file in files:
            try:
                data = file.read_bytes()
            except OSError as exc:
                err = SitrepError("E007", path=str(file), reason=exc.strerror or str(exc))
                yield Failure(str(file), err.code, err.message, "ingest")
                continue
            yield from _read_bytes(str(file), data, _kind(file, input_format))


def _read_bytes(source: str, data: bytes, kind: str) -> Iterator[RawInput | Failure]:
    if kind == "jsonl":
        yield from _read_jsonl(source, data)
    elif kind == "feed":
        yield from _read_feed(source, data)
    elif kind == "html":
        yield RawInput(source, data, "html")
    else:
        yield RawInput(source, data, "text")


def _read_jsonl(source: str, data: bytes) -> Iterator[RawInput | Failure]:
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError(f"a JSON {type(row).__name__}, not an object")
        except (ValueError, UnicodeDecodeError) as exc:
            err = SitrepError("E008", line=n, reason=str(exc))
            yield Failure(where, err.code, err.message, "ingest")
            continue
        text = row.get("text")
        if not isinstance(text, str):
            err = SitrepError("E009", line=n)
            yield Failure(where, err.code, err.message, "ingest")
            continue
        ident = row.get("id")
        yield RawInput(
            where,
            text.encode("utf-8", "surrogatepass"),
            "jsonl",
            input_id=None if ident is None else str(ident),
            title=_str(row.get("title")),
            published=_str(row.get("published") or row.get("date")),
            url=_str(row.get("url")),
            site=_str(row.get("source") or row.get("site")),
        )


def _str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _read_feed(source: str, data: bytes) -> Iterator[RawInput | Failure]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        err = SitrepError("E010", reason=str(feed.get("bozo_exception", "unknown error")))
        yield Failure(source, err.code, err.message, "ingest")
        return
    site = feed.feed.get("title")
    for n, entry in enumerate(feed.entries):
        content = entry.get("content") or []
        body = content[0].get("value") if content else entry.get("summary", "")
        published = None
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            published = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*parsed[:6])
        yield RawInput(
            f"{source}#{entry.get('id') or entry.get('link') or n}",
            (body or "").encode("utf-8"),
            "feed-entry",
            title=entry.get("title"),
            published=published,
            url=entry.get("link"),
            site=site,
        )


# ---------------------------------------------------------------- checking
def decode(raw: RawInput, settings: Settings) -> str:
    """The document's text, or a ``SitrepError`` saying why there is none."""
    data = raw.data
    if len(data) > settings.max_bytes:
        raise SitrepError("E003", size=len(data), limit=settings.max_bytes)
    if not data.strip():
        raise SitrepError("E001")
    if b"\x00" in data[:8192] or _mostly_binary(data[:8192]):
        raise SitrepError("E002")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SitrepError("E004", position=exc.start) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if raw.format in ("html", "feed-entry") and "<" in text:
        text = html_to_text(text, raw.format == "html")
    if not text.strip():
        raise SitrepError("E005" if raw.format == "html" else "E001")
    return text


def _mostly_binary(head: bytes) -> bool:
    control = sum(b < 9 or 13 < b < 32 for b in head)
    return control > len(head) * 0.1


def html_to_text(html: str, page: bool) -> str:
    """The article text of an HTML page (trafilatura), or the text of an HTML fragment."""
    if page:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        if not text:
            raise SitrepError("E005")
        return text
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception as exc:  # lxml raises several types for broken markup
        raise SitrepError("E005") from exc
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for p in root.iter("p", "div", "li", "h1", "h2", "h3", "figcaption"):
        p.tail = "\n\n" + (p.tail or "")
    return re.sub(r"\n{3,}", "\n\n", root.text_content()).strip()


def html_metadata(html: str) -> dict[str, str | None]:
    """Title, author, site and date from a page's markup (its meta tags first)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, only_with_metadata=False)
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    found = re.search(
        r'<meta[^>]+(?:property|name)=["\'](?:article:published_time|datePublished|date|pubdate)["\'][^>]*content=["\']([^"\']+)',
        html,
        re.I,
    )
    return {
        "title": meta.get("title"),
        "byline": meta.get("author"),
        "site": meta.get("sitename"),
        "published": found.group(1) if found else None,
        "url": meta.get("url"),
    }


def make_article(raw: RawInput, settings: Settings) -> Article:
    text = decode(raw, settings)
    language = guess_language(text, settings.min_english)
    if language not in (None, "en"):
        raise SitrepError("E006", language=language)
    digest = content_hash(text)
    article = Article(
        id=raw.input_id or digest[:16],
        text=text,
        content_hash=digest,
        source=raw.source,
        title=raw.title,
        url=raw.url,
        site=raw.site,
        language=language or "en",
    )
    provenance: list[tuple[str, str]] = []
    if raw.title:
        provenance.append(("title", raw.format))
    if raw.site:
        provenance.append(("site", raw.format))
    if raw.published:
        article = replace(article, published=Published(raw.published, None, "input", raw.published))
    if raw.format == "html":
        meta = html_metadata(raw.data.decode("utf-8", "replace"))
        article = replace(
            article,
            title=article.title or meta["title"],
            byline=meta["byline"],
            site=article.site or meta["site"],
            url=article.url or meta["url"],
        )
        if meta["published"] and not raw.published:
            article = replace(article, published=Published(meta["published"], None, "html-meta", meta["published"]))
        provenance += [(k, "html-meta") for k in ("title", "byline", "site") if meta[k]]
    return replace(article, provenance=tuple(provenance))


def process(batch: Batch, settings: Settings | None = None) -> Batch:
    """Make an ``Article`` of every raw document; quarantine those that fail with their code."""
    settings = settings or Settings()
    items: list[Item] = []
    failures = list(batch.failures)
    for item in batch.items:
        if item.article is not None or item.raw is None:
            items.append(item)
            continue
        try:
            article = make_article(item.raw, settings)
        except SitrepError as exc:
            if settings.on_error == "raise":
                raise
            failures.append(Failure(item.raw.source, exc.code, exc.message, "ingest"))
            continue
        items.append(replace(item, article=article, raw=None))
    return Batch(tuple(items), tuple(failures))


STAGE = Stage(
    name="ingest",
    requires=(),
    sets=("article", "article.text"),
    factory=lambda settings: lambda batch: process(batch, settings),
    help="check and decode raw documents into articles",
)
