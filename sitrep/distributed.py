"""Scale-out on Ray Data, over the same stage functions as a local run.

Documents are read on the driver (cheap), spread as a Ray dataset, and each worker runs the
extraction stages (ingest … attribution) on its batches through ``Pipeline`` — built once per
worker, so models load once. Workers return the typed records without their spaCy docs; the
driver runs corroboration, store and presence, so the store keeps a single writer (DuckDB
allows one) and corroboration sees every article. Install with
``pip install 'sitrep[ray]'``; ``sitrep ingest --engine ray`` uses it.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from .model import Batch, Failure, Item, RawInput
from .pipeline import Pipeline
from .settings import Settings

# The stages a worker runs; the rest (corroboration, store, presence) run on the driver.
WORKER_STAGES = ("ingest", "metadata", "parse", "actors", "events", "places", "dates", "attribution")
DRIVER_STAGES = ("corroboration", "store", "presence")


class ExtractBatch:
    """A Ray Data callable class: the worker stages on a batch of raw documents."""

    def __init__(self, settings: Settings) -> None:
        from .api import pipeline

        self.settings = settings
        self.pipe = pipeline(settings, WORKER_STAGES)

    def __call__(self, rows: dict[str, Any]) -> dict[str, list[Any]]:
        from .api import run

        raws = [
            RawInput(str(row["source"]), bytes(row["data"]), row["format"], **{k: row[k] or None for k in _OPTIONAL})
            for row in _unzip(rows)
        ]
        out: dict[str, list[Any]] = {"record": []}
        for batch in run(raws, self.settings, WORKER_STAGES, pipe=self.pipe):
            # spaCy docs stay on the worker; the typed records travel (Ray pickles them)
            out["record"] += [pickle.dumps(replace(item, docs=())) for item in batch.items]
            out["record"] += [pickle.dumps(f) for f in batch.failures]
        return out


_OPTIONAL = ("input_id", "title", "published", "url", "site")


def _unzip(columns: dict[str, Any]) -> Iterator[dict[str, Any]]:
    keys = list(columns)
    for values in zip(*(columns[k] for k in keys), strict=True):
        yield dict(zip(keys, values, strict=True))


def _row(raw: RawInput) -> dict[str, Any]:
    return {"source": raw.source, "data": raw.data, "format": raw.format, **{k: getattr(raw, k) or "" for k in _OPTIONAL}}


def run(
    sources: Iterable[RawInput | Failure],
    settings: Settings,
    tail: Pipeline,
    *,
    workers: int = 2,
    address: str | None = None,
) -> Iterator[Batch]:
    """Run the worker stages on Ray and ``tail`` (the driver's stages) on what they return."""
    import ray

    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
    read_failures: list[Failure] = []
    raws: list[dict[str, Any]] = []
    for src in sources:
        if isinstance(src, Failure):
            read_failures.append(src)
        else:
            raws.append(_row(src))
    items: list[Item] = []
    failures = read_failures
    if raws:
        ds = ray.data.from_items(raws).map_batches(
            ExtractBatch, fn_constructor_kwargs={"settings": settings}, batch_size=settings.batch_size, concurrency=workers
        )
        for row in ds.iter_rows():
            record = pickle.loads(row["record"])  # noqa: S301 - our own workers' records
            (failures if isinstance(record, Failure) else items).append(record)
            if len(items) >= settings.batch_size:
                yield tail(Batch(tuple(items), tuple(failures)))
                items, failures = [], []
    if items or failures:
        yield tail(Batch(tuple(items), tuple(failures)))
