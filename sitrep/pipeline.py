"""Stages declared once, with what they require and what they set; batches flow through them.

A stage is a module with a ``STAGE`` declaration and a ``process(batch) -> batch`` function.
``BUILTIN_STAGES`` lists the built-in ones in order; third-party stages are found through the
``sitrep.stages`` entry point group and loaded by the same mechanism.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points

from .errors import SitrepError
from .model import Batch, Failure, Item
from .settings import Settings

log = logging.getLogger(__name__)

Process = Callable[[Batch], Batch]


@dataclass(frozen=True)
class Stage:
    """A stage's declaration, in the spirit of spaCy's ``Language.factory``."""

    name: str
    requires: tuple[str, ...]
    sets: tuple[str, ...]
    # builds the stage's process function from the settings (loading models once)
    factory: Callable[[Settings], Process]
    help: str = ""


BUILTIN_STAGES: tuple[str, ...] = (
    "sitrep.ingest",
    "sitrep.metadata",
    "sitrep.parse",
    "sitrep.actors",
    "sitrep.events",
    "sitrep.places",
    "sitrep.dates",
    "sitrep.attribution",
    "sitrep.corroboration",
    "sitrep.store",
    "sitrep.presence",
)

# What `extract` runs: everything that needs no store.
EXTRACT = ("ingest", "metadata", "parse", "actors", "events", "places", "dates", "attribution", "presence")


def registry() -> dict[str, Stage]:
    """All stages by name: the built-ins, then any registered through entry points."""
    stages: dict[str, Stage] = {}
    modules = list(BUILTIN_STAGES)
    modules += [ep.value for ep in entry_points(group="sitrep.stages")]
    for path in modules:
        stage = importlib.import_module(path).STAGE
        stages[stage.name] = stage
    return stages


def check_order(stages: Sequence[Stage], given: Iterable[str] = ()) -> None:
    """Refuse an order in which a stage runs before what it requires has been set.

    ``given`` are fields the batches arrive with (set by stages that ran elsewhere).
    """
    have: set[str] = set(given)
    for stage in stages:
        for need in stage.requires:
            if need not in have:
                raise SitrepError("E101", stage=stage.name, field=need)
        have.update(stage.sets)


class Pipeline:
    """Stages in order, built once from the settings; ``__call__`` runs a batch through them."""

    def __init__(self, names: Iterable[str], settings: Settings, given: Iterable[str] = ()) -> None:
        known = registry()
        names = list(names)
        for name in names:
            if name not in known:
                raise SitrepError("E102", stage=name, known=", ".join(known))
        self.stages = [known[n] for n in names]
        check_order(self.stages, {f for n in given for f in known[n].sets})
        self.settings = settings
        self.processes = [(s.name, s.factory(settings)) for s in self.stages]

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, batch: Batch) -> Batch:
        for name, process in self.processes:
            batch = run_stage(name, process, batch, self.settings.on_error)
        return batch

    def pipe(self, items: Iterable[Item], batch_size: int | None = None) -> Iterator[Batch]:
        """Run a stream of items in batches of ``batch_size``."""
        size = batch_size or self.settings.batch_size
        chunk: list[Item] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= size:
                yield self(Batch(tuple(chunk)))
                chunk = []
        if chunk:
            yield self(Batch(tuple(chunk)))


def run_stage(name: str, process: Process, batch: Batch, on_error: str) -> Batch:
    """Run one stage; where it fails, retry document by document and quarantine the failures."""
    if not batch.items:
        return batch
    try:
        return process(batch)
    except SitrepError:
        if on_error == "raise":
            raise
    except Exception:
        if on_error == "raise":
            raise
        log.exception("stage %s failed on a batch; retrying its documents one by one", name)
    items: list[Item] = []
    failures = list(batch.failures)
    for item in batch.items:
        try:
            out = process(Batch((item,)))
        except Exception as exc:  # a bad document must not sink the batch
            code = exc.code if isinstance(exc, SitrepError) else "E104"
            message = exc.message if isinstance(exc, SitrepError) else f"stage {name!r} failed: {exc}"
            source = item.article.source if item.article else (item.raw.source if item.raw else "?")
            digest = item.article.content_hash if item.article else None
            failures.append(Failure(source, code, message, name, digest))
            continue
        items.extend(out.items)
        failures.extend(out.failures)
    return dataclasses.replace(batch, items=tuple(items), failures=tuple(failures))
