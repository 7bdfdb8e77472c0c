"""Where `briefing` keeps its own files: the user's cache and data folders.

The folders come from platformdirs (the platform's conventions: `~/.cache/briefing` and
`~/.local/share/briefing` on Linux), each overridable by an environment variable so tests and
users can move them. Nothing is ever written beside the user's articles.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENVIRONMENT_VARIABLE = "BRIEFING_CACHE_DIR"
"""Moves the cache folder (the library's index, the reader's analysis cache)."""
DATA_ENVIRONMENT_VARIABLE = "BRIEFING_DATA_DIR"
"""Moves the data folder (the store of places, marks, highlights and notes)."""


def cache_dir() -> Path:
    """$BRIEFING_CACHE_DIR, else the platform's user cache folder for briefing."""
    override = os.environ.get(CACHE_ENVIRONMENT_VARIABLE)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir  # imported only when no override is set

    return Path(user_cache_dir("briefing", appauthor=False))


def data_dir() -> Path:
    """$BRIEFING_DATA_DIR, else the platform's user data folder for briefing."""
    override = os.environ.get(DATA_ENVIRONMENT_VARIABLE)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir  # imported only when no override is set

    return Path(user_data_dir("briefing", appauthor=False))
