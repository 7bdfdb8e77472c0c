"""How the library's table shows its rows: cut text ends with "…", duplicate titles name their
file, and the rows can be sorted by title, source or date.

Kept apart from the library screen so the rules are tested without a terminal; the screen
calls `fit`, `name_duplicates` and `sort_key`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from textual.content import Content

SORTS = ("title", "source", "date")
"""Columns the library can be sorted by (besides the folder's own order)."""


def fit(cell: object, width: int | None) -> object:
    """A cell cut to `width` cells with a final "…" when it is longer; other cells as given."""
    if not isinstance(cell, Content) or not width or cell.cell_length <= width:
        return cell
    return cell.truncate(width, ellipsis=True)


def name_duplicates(titles: Mapping[Path, str | None]) -> set[Path]:
    """The paths whose title another path shares: their rows add the file name."""
    counts = Counter(title.casefold() for title in titles.values() if title)
    return {path for path, title in titles.items() if title and counts[title.casefold()] > 1}


def sort_key(column: str, rows: Mapping[Path, Any]) -> Callable[[Path], tuple[object, ...]]:
    """A key for `sorted` over paths: by title (A-Z), source (A-Z) or date (newest first);
    rows with no value go last, and ties keep the folder's order (the sort is stable)."""

    def key(path: Path) -> tuple[object, ...]:
        row = rows.get(path)
        if column == "date":
            value = getattr(row, "published", None) or ""
            # Newest first: invert the ISO date's characters for a descending string order.
            return (value == "", "".join(chr(0x10FFFF - ord(c)) for c in value))
        field = "title" if column == "title" else "source"
        value = (getattr(row, field, None) or (path.name if column == "title" else "")).casefold()
        return (value == "", value)

    return key


def sorted_paths(
    paths: Iterable[Path], column: str | None, rows: Mapping[Path, Any]
) -> list[Path]:
    """`paths` in the order of `column` (None: as given)."""
    if column not in SORTS:
        return list(paths)
    return sorted(paths, key=sort_key(column, rows))
