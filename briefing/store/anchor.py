"""Finding a stored place again in an edited article (re-anchoring).

A highlight or note keeps the words it covered. When the article's text changed, the words are
looked for in the new paragraphs: exactly first, then allowing any white space between words
(a paragraph re-wrapped or re-spaced); of several finds the nearest to the old place wins
(paragraph distance first, then character distance), so a phrase that recurs stays on the copy
the reader meant when it did not move. No find means the annotation is `lost`: it is kept at its
old place (clamped to the text) and still listed, never silently dropped.

Paragraph places (a reading position, a mark) keep the paragraph's opening words (`ANCHOR_CHARS`)
and are found again the same way, by the paragraph that starts with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

ANCHOR_CHARS = 80
"""How many opening characters of a paragraph identify it for a reading position or a mark."""


class Found(NamedTuple):
    """Where words were found: paragraph index and character offsets, `lost` when not found."""

    paragraph: int
    start: int
    end: int
    lost: bool = False


def paragraph_anchor(text: str) -> str:
    """The opening words that identify a paragraph (white space collapsed)."""
    return " ".join(text.split())[:ANCHOR_CHARS]


def _finds(quote: str, paragraphs: Sequence[str]) -> list[Found]:
    finds = []
    for index, text in enumerate(paragraphs):
        start = text.find(quote)
        while start >= 0:
            finds.append(Found(index, start, start + len(quote)))
            start = text.find(quote, start + 1)
    if finds:
        return finds
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    for index, text in enumerate(paragraphs):
        finds.extend(Found(index, m.start(), m.end()) for m in pattern.finditer(text))
    return finds


def reanchor(
    paragraph: int, start: int, end: int, quote: str, paragraphs: Sequence[str]
) -> Found:
    """Where `quote` (once at `paragraph`, `start`..`end`) stands in `paragraphs` now.

    Unchanged text answers at once; else the nearest find; else the old place clamped, `lost`.
    """
    if 0 <= paragraph < len(paragraphs) and paragraphs[paragraph][start:end] == quote:
        return Found(paragraph, start, end)
    finds = _finds(quote, paragraphs) if quote.strip() else []
    if finds:
        return min(finds, key=lambda f: (abs(f.paragraph - paragraph), abs(f.start - start)))
    last = max(0, len(paragraphs) - 1)
    index = min(max(paragraph, 0), last)
    length = len(paragraphs[index]) if paragraphs else 0
    return Found(index, min(start, length), min(end, length), lost=True)


def found_anywhere(quote: str, paragraphs: Sequence[str]) -> bool:
    """Whether the words stand somewhere in `paragraphs` (any spacing)."""
    return bool(quote.strip()) and bool(_finds(quote, paragraphs))


def reanchor_paragraph(paragraph: int, anchor: str, paragraphs: Sequence[str]) -> int:
    """The paragraph now opening with `anchor`, nearest the old index; else the old one clamped."""
    last = max(0, len(paragraphs) - 1)
    if not anchor:
        return min(max(paragraph, 0), last)
    starts = [paragraph_anchor(text) for text in paragraphs]
    if 0 <= paragraph < len(starts) and starts[paragraph] == anchor:
        return paragraph
    candidates = [i for i, text in enumerate(starts) if text == anchor]
    if not candidates:
        candidates = [i for i, text in enumerate(starts) if text and anchor.startswith(text)]
        candidates += [i for i, text in enumerate(starts) if text.startswith(anchor[:40])]
    if candidates:
        return min(candidates, key=lambda i: abs(i - paragraph))
    return min(max(paragraph, 0), last)
