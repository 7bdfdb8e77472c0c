"""briefing: read policy analysis in a terminal as structure, not a wall of text."""

from __future__ import annotations

__version__ = "0.1.0"
