"""Moved to ``corroboration_tables`` (both backends share it); the old import path still works."""

from .corroboration_tables import CorroborationWrite, MentionRow

__all__ = ["CorroborationWrite", "MentionRow"]
