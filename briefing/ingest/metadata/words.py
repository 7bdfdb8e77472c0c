"""The word lists of metadata reading (briefing/data/metadata.yaml), loaded once."""

from __future__ import annotations

from functools import cache
from typing import Any

from briefing import data


@cache
def lexicon() -> dict[str, Any]:
    """The parsed briefing/data/metadata.yaml: labels, role words, months, front matter keys."""
    return data.load("metadata.yaml")  # type: ignore[no-any-return]
