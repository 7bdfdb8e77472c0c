"""Which paragraphs of an article were on screen: the library's measure of how far it was read.

Progress is the share of paragraphs the reader has actually had on screen, over all sittings,
not the place last left: opening an article at a search hit in its last section shows that
part, not the sections before it, and an article whose whole text fits on one screen is read
as soon as it is shown. The reader reports each screen as a range of paragraphs; the store
keeps their union as text, "0-4,10-12" (inclusive, 0-based paragraph indexes, sorted, merged).

Shapes: `parse("0-4,7") -> [(0, 4), (7, 7)]`; `merge(ranges, more) -> sorted merged ranges`;
`dump(ranges) -> "0-4,7-7"`; `count(ranges, paragraphs) -> int` (clamped to the article).
"""

from __future__ import annotations

from collections.abc import Iterable


def parse(text: str | None) -> list[tuple[int, int]]:
    """The ranges a stored text holds; a malformed part is skipped (never raises)."""
    ranges = []
    for part in (text or "").split(","):
        first, _, last = part.strip().partition("-")
        try:
            low, high = int(first), int(last or first)
        except ValueError:
            continue
        if 0 <= low <= high:
            ranges.append((low, high))
    return merge(ranges, ())


def merge(
    ranges: Iterable[tuple[int, int]], more: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The union of two lists of inclusive ranges, sorted, touching ranges joined."""
    out: list[tuple[int, int]] = []
    for low, high in sorted((*ranges, *more)):
        if low > high:
            low, high = high, low
        if out and low <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


def dump(ranges: Iterable[tuple[int, int]]) -> str:
    """Ranges as the store keeps them: "0-4,7-7"."""
    return ",".join(f"{low}-{high}" for low, high in ranges)


def count(ranges: Iterable[tuple[int, int]], paragraphs: int) -> int:
    """How many of an article's `paragraphs` the ranges cover (ranges past its end ignored)."""
    return sum(max(0, min(high, paragraphs - 1) - low + 1) for low, high in ranges)
