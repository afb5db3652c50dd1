"""Sitrep: political events from news text — who did what to whom, where, when, and who says so.

>>> import sitrep
>>> item = sitrep.extract("Niger's junta told US troops to leave.", published="2024-03-17")
>>> store = sitrep.open("sitrep.duckdb")
"""

from __future__ import annotations

import logging

from .api import extract, extract_many, open
from .errors import SitrepError

__all__ = ["SitrepError", "extract", "extract_many", "open"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
