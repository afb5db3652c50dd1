"""Store: write each batch to the store in one transaction (ingest is idempotent)."""

from __future__ import annotations

import logging

from .model import Batch
from .pipeline import Process, Stage
from .settings import Settings
from .storage import AddResult, Store, open_store

log = logging.getLogger(__name__)


class StoreWriter:
    """The store stage's process: adds batches and keeps a running total."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.total = AddResult()

    def __call__(self, batch: Batch) -> Batch:
        result = self.store.add(batch)
        t = self.total
        self.total = AddResult(
            t.added + result.added, t.existing + result.existing, t.events + result.events, t.failures + result.failures
        )
        return batch


def _factory(settings: Settings) -> Process:
    return StoreWriter(open_store(settings.db, settings.backend))


STAGE = Stage(
    name="store",
    requires=("article.published", "events"),
    sets=("stored",),
    factory=_factory,
    help="write articles, events, place and date mentions and failures, one transaction per batch",
)
