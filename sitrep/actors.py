"""Actors: code the actors in each sentence: country (ISO3) and sector.

Not implemented yet: this stage passes batches through unchanged until its issue lands.
"""

from __future__ import annotations

from .model import Batch
from .pipeline import Stage


def process(batch: Batch) -> Batch:
    return batch


STAGE = Stage(
    name="actors",
    requires=("sentences",),
    sets=("actors",),
    factory=lambda settings: process,
    help="code the actors in each sentence: country (ISO3) and sector",
)
