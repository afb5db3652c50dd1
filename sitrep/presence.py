"""Presence: which foreign forces are where, from events and statements.

Not implemented yet: this stage passes batches through unchanged until its issue lands.
"""

from __future__ import annotations

from .model import Batch
from .pipeline import Stage


def process(batch: Batch) -> Batch:
    return batch


STAGE = Stage(
    name="presence",
    requires=("events",),
    sets=("presence",),
    factory=lambda settings: process,
    help="which foreign forces are where, from events and statements",
)
