"""``sitrep serve``: the HTTP API and web UI (``create_app``)."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
