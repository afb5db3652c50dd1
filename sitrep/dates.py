"""Dates: find and normalise time expressions; date each event.

Not implemented yet: this stage passes batches through unchanged until its issue lands.
"""

from __future__ import annotations

from .model import Batch
from .pipeline import Stage


def process(batch: Batch) -> Batch:
    return batch


STAGE = Stage(
    name="dates",
    requires=("article.published", "events"),
    sets=("dates", "events.date"),
    factory=lambda settings: process,
    help="find and normalise time expressions; date each event",
)
