"""Places: find and geocode place names; place each event.

Not implemented yet: this stage passes batches through unchanged until its issue lands.
"""

from __future__ import annotations

from .model import Batch
from .pipeline import Stage


def process(batch: Batch) -> Batch:
    return batch


STAGE = Stage(
    name="places",
    requires=("sentences", "events"),
    sets=("places", "events.place"),
    factory=lambda settings: process,
    help="find and geocode place names; place each event",
)
