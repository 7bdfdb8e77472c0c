"""How the library's table shows its rows: cut text ends with "…", duplicate titles name their
file, and the rows can be sorted by title, source or date.

Two files with one title (a copy, `name.txt` and `name-2.txt`) are told apart by the part of
their file names that differs, shown after the title where no cut can reach it: the title is
cut to leave it room (`titled`), and a long name loses what comes before the place where it
differs from its twins' (`file_tag`): a name cut at its end would lose the difference ("-2").

Kept apart from the library screen so the rules are tested without a terminal; the screen
calls `fit`, `twins`, `twin_title` and `sorted_paths`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
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
    return set(twins(titles))


def twins(titles: Mapping[Path, str | None]) -> dict[Path, tuple[Path, ...]]:
    """Each path whose title (case aside) other paths share, with those other paths."""
    groups: dict[str, list[Path]] = {}
    for path, title in titles.items():
        if title:
            groups.setdefault(title.casefold(), []).append(path)
    return {
        path: tuple(other for other in group if other != path)
        for group in groups.values()
        if len(group) > 1
        for path in group
    }


TAG_SHARE = 2
"""A duplicate's file name takes at most 1/TAG_SHARE of the title column."""
TAG_CONTEXT = 4
"""Characters of the name kept before the place where it differs from its twins' ("tion-2")."""


def file_tag(path: Path, others: Iterable[Path], budget: int) -> str:
    """`path`'s file name in at most `budget` cells, keeping what tells it from `others`.

    The whole name when it fits; else from `TAG_CONTEXT` characters before the first place it
    differs from the most alike of `others` (a leading "…" says the start is cut), cut at its
    end with "…" if still too long. ("fortification-2.txt" and "fortification.txt" at 14 cells:
    "…tion-2.txt" and "…tion.txt".)
    """
    name = path.name
    budget = max(budget, 2)
    if len(name) <= budget:
        return name
    shared = max((_common_prefix(name, other.name) for other in others), default=0)
    start = max(0, shared - TAG_CONTEXT)
    if start and len(name) - start + 1 > budget:  # less of what comes before the difference
        start = max(start, min(shared, len(name) - budget + 1))
    tag = name if start == 0 else "…" + name[start:]
    return tag if len(tag) <= budget else tag[: budget - 1] + "…"


def _common_prefix(one: str, other: str) -> int:
    length = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        length += 1
    return length


def twin_title(
    title: Content, path: Path, others: Sequence[Path], width: int | None
) -> Content:
    """The title cell of `path`, whose title `others` share, in a column `width` cells wide:
    the title cut alike for every twin, then the part of the file name that tells them apart
    (up to 1/TAG_SHARE of the column)."""
    budget = (width or 10**6) // TAG_SHARE
    group = (path, *others)
    room = max(len(file_tag(one, [p for p in group if p != one], budget)) for one in group)
    return titled(title, file_tag(path, others, budget), width, room)


def titled(title: Content, tag: str, width: int | None, room: int = 0) -> Content:
    """A duplicate's title cell: the title, cut with "…" to leave room for " · tag" (muted)
    within `width` cells, so the file's name is never what is cut. `room`: cells to leave for
    the longest of its twins' tags, so twins' titles are cut alike."""
    suffix = Content(f" · {tag}").stylize("$text-muted")
    if width:
        room = max(room, len(tag)) + 3
        title = fit(title, max(1, width - room))  # type: ignore[assignment]
    return title + suffix


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
