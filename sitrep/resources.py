"""The one loader for Sitrep's packaged data files (``sitrep/data/``).

Files are found through ``importlib.resources``, never relative to the working directory, and
parsed once per process.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any


def data_file(name: str) -> Traversable:
    """A packaged data file, e.g. ``data_file("agencies.yaml")``."""
    return resources.files("sitrep") / "data" / name


@functools.cache
def load_yaml(name: str) -> Any:
    import yaml

    return yaml.safe_load(data_file(name).read_text("utf-8"))
