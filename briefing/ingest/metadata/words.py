"""The word lists of metadata reading (briefing/data/metadata.json), loaded once."""

from __future__ import annotations

from functools import cache
from typing import Any

from briefing import data


@cache
def lexicon() -> dict[str, Any]:
    """The parsed briefing/data/metadata.json: labels, role words, months, front matter keys."""
    return data.load("metadata.json")  # type: ignore[no-any-return]
