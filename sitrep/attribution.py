"""Attribution: the chain of who says so for each event.

Not implemented yet: this stage passes batches through unchanged until its issue lands.
"""

from __future__ import annotations

from .model import Batch
from .pipeline import Stage


def process(batch: Batch) -> Batch:
    return batch


STAGE = Stage(
    name="attribution",
    requires=("events",),
    sets=("events.attribution",),
    factory=lambda settings: process,
    help="the chain of who says so for each event",
)
