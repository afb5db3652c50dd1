"""The library functions behind the command line and the HTTP API."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import SitrepError
from .model import Batch, Failure, Item, RawInput
from .pipeline import BUILTIN_STAGES, EXTRACT, Pipeline
from .settings import Settings, load_settings
from .storage import AddResult, Store, open_store


@functools.cache
def pipeline(settings: Settings, names: tuple[str, ...] = EXTRACT, given: tuple[str, ...] = ()) -> Pipeline:
    """The pipeline for these settings, built once (models load once per process).

    ``given`` names stages that already ran elsewhere (on Ray workers).
    """
    return Pipeline(names, settings, given)


def _raw(doc: str | dict[str, object] | RawInput, n: int) -> RawInput:
    if isinstance(doc, RawInput):
        return doc
    if isinstance(doc, str):
        return RawInput(f"<text {n}>", doc.encode("utf-8", "surrogatepass"), "text")
    text = doc.get("text")
    if not isinstance(text, str):
        raise SitrepError("E009", line=n)
    get = lambda k: None if doc.get(k) in (None, "") else str(doc.get(k))  # noqa: E731
    return RawInput(
        str(doc.get("source_path") or f"<doc {n}>"),
        text.encode("utf-8", "surrogatepass"),
        "jsonl",
        input_id=get("id"),
        title=get("title"),
        published=get("published") or get("date"),
        url=get("url"),
        site=get("source") or get("site"),
    )


def extract(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Item:
    """Extract one article's events, places, dates and presence; raises ``SitrepError`` on bad input."""
    settings = settings or load_settings()
    raw = RawInput("<text>", text.encode("utf-8", "surrogatepass"), "jsonl", title=title, published=published, url=url)
    batch = pipeline(replace(settings, on_error="raise"))(Batch((Item(raw=raw),)))
    return batch.items[0]


def extract_many(
    docs: Iterable[str | dict[str, object] | RawInput], settings: Settings | None = None
) -> Iterator[Item | Failure]:
    """Extract many documents (texts, ``{"text", "published", …}`` dicts or raw inputs), in order.

    A document that fails yields its ``Failure`` and the rest go on.
    """
    settings = replace(settings or load_settings(), on_error="skip")
    for batch in run(as_raw(docs), settings, EXTRACT):
        yield from batch.failures
        yield from batch.items


def as_raw(docs: Iterable[str | dict[str, object] | RawInput]) -> Iterator[RawInput | Failure]:
    """Texts, ``{"text", "published", …}`` dicts or raw inputs as raw inputs; a dict without text fails."""
    for n, doc in enumerate(docs, 1):
        try:
            yield _raw(doc, n)
        except SitrepError as exc:
            yield Failure(f"<doc {n}>", exc.code, exc.message, "ingest")


def run(
    sources: Iterable[RawInput | Failure],
    settings: Settings,
    names: tuple[str, ...],
    pipe: Pipeline | None = None,
) -> Iterator[Batch]:
    """Run documents through the named stages in batches; read failures travel with their batch."""
    pipe = pipe or pipeline(settings, names)
    items: list[Item] = []
    failures: list[Failure] = []
    for src in sources:
        if isinstance(src, Failure):
            failures.append(src)
        else:
            items.append(Item(raw=src))
        if len(items) >= settings.batch_size:
            yield pipe(Batch(tuple(items), tuple(failures)))
            items, failures = [], []
    if items or failures:
        yield pipe(Batch(tuple(items), tuple(failures)))


def read_inputs(
    paths: Iterable[str], input_format: str | None = None, published: str | None = None
) -> Iterator[RawInput | Failure]:
    """Every document under ``paths``; ``published`` fills in for documents that carry no date."""
    from .ingest import read

    for doc in read(paths, input_format):
        if published and isinstance(doc, RawInput) and not doc.published:
            doc = replace(doc, published=published)
        yield doc


@dataclass
class IngestSummary:
    read: int = 0
    stored: AddResult = field(default_factory=AddResult)
    failures: list[Failure] = field(default_factory=list)


def ingest(
    paths: Iterable[str],
    settings: Settings,
    input_format: str | None = None,
    *,
    published: str | None = None,
    progress: Any = None,
    engine: str = "local",
    workers: int = 2,
) -> IngestSummary:
    """Read, extract and store every document under ``paths``; one transaction per batch.

    ``engine="ray"`` runs the extraction stages on Ray Data workers (``sitrep.distributed``).
    """
    from .store import StoreWriter

    names = tuple(m.rsplit(".", 1)[1] for m in BUILTIN_STAGES)
    sources = read_inputs(paths, input_format, published)
    summary = IngestSummary()
    if engine == "ray":
        from . import distributed

        pipe = Pipeline(distributed.DRIVER_STAGES, settings, given=distributed.WORKER_STAGES)
        batches = distributed.run(sources, settings, pipe, workers=workers)
    else:
        pipe = Pipeline(names, settings)  # a fresh store connection for this run
        batches = run(sources, settings, names, pipe=pipe)
    try:
        for batch in batches:
            summary.read += len(batch.items) + len(batch.failures)
            summary.failures += batch.failures
            if progress is not None:
                progress.update(len(batch.items) + len(batch.failures))
    finally:
        writer = next(p for name, p in pipe.processes if name == "store")
        assert isinstance(writer, StoreWriter)
        summary.stored = writer.total
        writer.store.close()
        if progress is not None:
            progress.close()
    return summary


def open(db: str | None = None, settings: Settings | None = None, read_only: bool = False) -> Store:  # noqa: A001
    """The store (``sitrep.open("sitrep.duckdb")``)."""
    settings = settings or load_settings()
    return open_store(db or settings.db, settings.backend, read_only=read_only)
