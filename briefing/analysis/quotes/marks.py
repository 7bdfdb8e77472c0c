"""Quotation marks: where each quoted stretch of a paragraph starts and ends.

Curly marks say which way they face; straight ones (" and the typewriter '') are read from their
neighbours: after a space or an opening bracket a mark opens, after a word or punctuation it
closes. A mark glued to "=" (markup such as author="...") opens nothing, so scraped embeds do
not turn into quotes. A quotation left open at the end of a paragraph runs to its end: that is
how a quotation spanning paragraphs is written (the next paragraph opens again). One pass over
the marks, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"“|”|„|''|``|\"")
_OPENERS_BEFORE = frozenset("([{—–-/")


@dataclass(frozen=True, slots=True)
class Marked:
    """One quoted stretch of a paragraph: `start:end` are the words inside the marks."""

    paragraph: int
    start: int
    end: int
    open_at: int
    """Offset of the opening mark (-1 when the paragraph picks up an open quotation)."""
    close_at: int
    """Offset of the closing mark, or -1 when the quotation runs on to the next paragraph."""


def _facing(text: str, match: re.Match[str], is_open: bool) -> str:
    """'open', 'close' or '' (no quotation mark) for one mark in its context."""
    mark = match.group()
    if mark in {"“", "„", "``"}:
        return "open"
    if mark == "”":
        return "close"
    position = match.start()
    before = text[position - 1] if position > 0 else " "
    after_at = match.end()
    after = text[after_at] if after_at < len(text) else " "
    if before == "=":
        return ""
    if before.isspace() or before in _OPENERS_BEFORE:
        if after.isspace():
            return "close" if is_open else "open"
        return "open"
    if before.isalnum() and after.isalnum():
        return "close" if is_open else ""
    return "close"


def quoted_stretches(index: int, text: str, continued: bool) -> list[Marked]:
    """The quoted stretches of one paragraph, in order.

    `continued` says the previous paragraph ended inside a quotation: then a closing mark with no
    opening one before it closes a stretch that starts at the paragraph's beginning.
    """
    found: list[Marked] = []
    open_at = -1
    open_len = 0
    for match in _MARK.finditer(text):
        facing = _facing(text, match, open_at >= 0)
        if facing == "open":
            if open_at >= 0 and match.group() in {'"', "''"}:
                facing = "close"
            else:
                open_at, open_len = match.start(), len(match.group())
                continue
        if facing != "close":
            continue
        if open_at >= 0:
            found.append(_trimmed(index, text, open_at + open_len, match.start(), open_at, match))
            open_at = -1
        elif continued and not found:
            found.append(_trimmed(index, text, 0, match.start(), -1, match))
    if open_at >= 0:
        found.append(_trimmed(index, text, open_at + open_len, len(text), open_at, None))
    return [stretch for stretch in found if stretch.end > stretch.start]


def _trimmed(
    index: int, text: str, start: int, end: int, open_at: int, close: re.Match[str] | None
) -> Marked:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(index, start, end, open_at, close.start() if close else -1)


def ends_open(stretches: list[Marked]) -> bool:
    """Whether a paragraph's last quotation runs on past its end."""
    return bool(stretches) and stretches[-1].close_at < 0
