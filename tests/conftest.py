"""Shared fixtures. Text written by others stays in ../shared; tests read it from there and skip
with a clear message where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_d36ac531d386e4ed.txt"
DEMO = REPO / "examples" / "demo"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED} (../shared is absent)")
    return SEED


@pytest.fixture(scope="session")
def seed_item(seed_path: Path):  # noqa: ANN201
    """The seed run through the whole extraction pipeline, once per session."""
    import sitrep

    return sitrep.extract(seed_path.read_text("utf-8"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"../shared is absent ({SHARED})")
    return SHARED
