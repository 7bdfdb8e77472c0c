"""Paragraphs from lines: tell a hard-wrapped paragraph from text written one paragraph a line.

Text and Markdown arrive in two shapes that look alike at a glance. Hard-wrapped prose (e-mail,
`fmt`, a Markdown file written at 80 columns) breaks every paragraph into lines of nearly the
same length, most of them running on into the next line. Crawler output and text copied from a
browser put each paragraph on one line of its own, with single newlines between them (the
policy-dev corpus's "form C"), so lines vary from two words (a menu item) to hundreds.

`line_groups` decides, for one block of consecutive non-blank lines, which lines make one
paragraph, from two cues only:

- line lengths: a block is hard-wrapped when no line is longer than a wrap width (`WRAP_MAX`
  characters), most lines before the last fill at least `FULL` of the block's widest line, and a
  third of the line breaks fall mid-clause (the next line opens in lower case, or the line ends
  on a comma, hyphen, article or preposition), which a list of menu items of even length never
  does;
- sentence ends: inside a hard-wrapped block a line shorter than `FULL` of the width that ends
  like a sentence closes its paragraph, and a list item ("- ", "* ", "1. ") opens a new one.

Anything else is one paragraph a line, so a multi-paragraph blob never comes out of a block whose
lines are paragraphs. Linear in the number of lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

WRAP_MAX = 100
"""Characters: hard-wrapped text is wrapped at 72-80 columns, and never much over 100."""

WRAP_MIN = 40
"""Characters: narrower blocks are lists or menus, whatever their line lengths."""

FULL = 0.7
"""Share of the block's widest line from which a line counts as filled to the wrap width."""

_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]*_]*$""")
_RUNS_ON = re.compile(r"[,\-–(]$|\b(?:a|an|the|of|to|and|or|in|on|for|with|by|that|as)$", re.I)
"""A line that ends mid-clause (a comma, a hyphen, an article or preposition) runs on."""
_LIST_ITEM = re.compile(r"^(?:[-*+•]\s|\d{1,3}[.)]\s)")


def line_groups(lines: Sequence[str]) -> list[tuple[int, int]]:
    """`(first, end)` index ranges of `lines` (one block, no blank lines) that form paragraphs.

    >>> line_groups(["A short menu item", "Another one"])
    [(0, 1), (1, 2)]
    """
    count = len(lines)
    if count < 2 or not hard_wrapped(lines):
        return [(index, index + 1) for index in range(count)]
    width = max(len(line.strip()) for line in lines)
    groups: list[tuple[int, int]] = []
    first = 0
    for index in range(count - 1):
        here = lines[index].strip()
        after = lines[index + 1].strip()
        closes = len(here) < FULL * width and bool(_SENTENCE_END.search(here))
        if closes or _LIST_ITEM.match(after):
            groups.append((first, index + 1))
            first = index + 1
    groups.append((first, count))
    return groups


def hard_wrapped(lines: Sequence[str]) -> bool:
    """True when the block's prose was wrapped at a fixed width (see the module docstring)."""
    lengths = [len(line.strip()) for line in lines]
    width = max(lengths)
    if not WRAP_MIN <= width <= WRAP_MAX:
        return False
    body = lengths[:-1]
    full = sum(1 for length in body if length >= FULL * width)
    running_on = sum(
        1
        for here, after in zip(lines, lines[1:], strict=False)
        if _RUNS_ON.search(here.strip()) or after.strip()[:1].islower()
    )
    return full * 2 >= len(body) and running_on * 3 >= len(body)


def join(lines: Sequence[str]) -> str:
    """The lines of one paragraph as one line, each trimmed, joined by single spaces."""
    return " ".join(line.strip() for line in lines if line.strip())


def paragraphs_of(text: str) -> list[str]:
    """Every paragraph of plain text: blocks between blank lines, each split by `line_groups`.

    >>> paragraphs_of("Menu\\nHome\\n\\nA paragraph on one line.")
    ['Menu', 'Home', 'A paragraph on one line.']
    """
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip():
            block.append(line)
            continue
        if block:
            paragraphs.extend(join(block[first:end]) for first, end in line_groups(block))
            block = []
    return paragraphs
