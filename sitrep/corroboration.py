"""Corroboration: syndicated copies and the same event reported many times.

Not implemented yet: this stage passes batches through unchanged until its issue lands.
"""

from __future__ import annotations

from .model import Batch
from .pipeline import Stage


def process(batch: Batch) -> Batch:
    return batch


STAGE = Stage(
    name="corroboration",
    requires=("events",),
    sets=("article.duplicate_of",),
    factory=lambda settings: process,
    help="syndicated copies and the same event reported many times",
)
