"""Events: code PLOVER events from the dependency parse.

Not implemented yet: this stage passes batches through unchanged until its issue lands.
"""

from __future__ import annotations

from .model import Batch
from .pipeline import Stage


def process(batch: Batch) -> Batch:
    return batch


STAGE = Stage(
    name="events",
    requires=("sentences", "actors"),
    sets=("events",),
    factory=lambda settings: process,
    help="code PLOVER events from the dependency parse",
)
