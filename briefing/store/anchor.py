"""Finding a stored place again in an edited article (re-anchoring).

A highlight or note keeps the words it covered. When the article's text changed, the words are
looked for in the new paragraphs: exactly first, then allowing any white space between words
(a paragraph re-wrapped or re-spaced); of several finds the nearest to the old place wins
(paragraph distance first, then character distance), so a phrase that recurs stays on the copy
the reader meant when it did not move. Then, for a sentence changed by a word or two, the run
of words nearby with the highest word overlap (Jaccard >= `MIN_OVERLAP`, `closest`). No find
means the annotation is `lost`: it is kept at its old place (clamped to the text) and still
listed, never silently dropped.

Paragraph places (a reading position, a mark) keep the paragraph's opening words (`ANCHOR_CHARS`)
and are found again the same way, by the paragraph that starts with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

MIN_OVERLAP = 0.8
"""Jaccard overlap of word sets at which an edited sentence is taken for the highlighted one
(one word changed in a sentence of ten or more, two in twenty)."""
MIN_WORDS = 6
"""Words a highlight needs before an edited version of it is looked for."""
NEARBY = 2
"""Paragraphs on each side of the old place where an edited highlight is looked for."""
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+")
_PUNCTUATION = "\"'“”‘’()[]{}.,;:!?…—–-"

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
    close = closest(paragraph, start, quote, paragraphs)
    if close is not None:
        return close
    last = max(0, len(paragraphs) - 1)
    index = min(max(paragraph, 0), last)
    length = len(paragraphs[index]) if paragraphs else 0
    return Found(index, min(start, length), min(end, length), lost=True)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The words of `text`: (start, end, word folded, its punctuation taken off)."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group().strip(_PUNCTUATION).casefold()
        if word:
            tokens.append((match.start(), match.end(), word))
    return tokens


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph: ends at . ! or ? (and a closing quote or
    bracket) before a space; a rough cut, enough to offer whole sentences first."""
    spans, begin = [], len(text) - len(text.lstrip())
    for match in _SENTENCE_END.finditer(text, begin):
        end = match.start() + len(match.group(1))
        if text[begin:end].strip():
            spans.append((begin, end))
        begin = match.end()
    begin += len(text[begin:]) - len(text[begin:].lstrip())
    if text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    return spans


def closest(
    paragraph: int, start: int, quote: str, paragraphs: Sequence[str]
) -> Found | None:
    """The run of words most like `quote` (an edited sentence), or None when none is enough.

    Looked for in the old paragraph and the `NEARBY` paragraphs on each side: first each whole
    sentence, then every run of as many words as the quote, one fewer or one more (a word
    changed, dropped or added), scored by the Jaccard overlap of their word sets; the best at
    or above `MIN_OVERLAP` wins, nearest the old place on a tie. Quotes of fewer than
    `MIN_WORDS` words are never guessed at (one changed word of four is a different phrase,
    not an edit).
    """
    wanted = {token[2] for token in _tokens(quote)}
    size = len(quote.split())
    if size < MIN_WORDS or not wanted:
        return None
    best: tuple[float, int, int, Found] | None = None
    low, high = max(0, paragraph - NEARBY), min(len(paragraphs), paragraph + NEARBY + 1)
    needed = MIN_OVERLAP * len(wanted)  # shared words can be no more than the run's hits
    for index in range(low, high):  # whole sentences first: `h` highlights a sentence
        for sentence in _sentences(paragraphs[index]):
            words = {token[2] for token in _tokens(paragraphs[index][sentence[0] : sentence[1]])}
            overlap = len(words & wanted) / len(words | wanted) if words else 0.0
            if overlap >= MIN_OVERLAP:
                found = Found(index, *sentence)
                rank = (-overlap, abs(index - paragraph), abs(found.start - start), found)
                if best is None or rank[:3] < best[:3]:
                    best = rank
    if best is not None:
        return best[3]
    for index in range(low, high):
        tokens = _tokens(paragraphs[index])
        hits = [0]
        for token in tokens:
            hits.append(hits[-1] + (token[2] in wanted))
        for length in (size, size - 1, size + 1):
            for first in range(0, len(tokens) - length + 1):
                if hits[first + length] - hits[first] < needed:
                    continue
                run = tokens[first : first + length]
                words = {token[2] for token in run}
                overlap = len(words & wanted) / len(words | wanted)
                if overlap < MIN_OVERLAP:
                    continue
                found = Found(index, run[0][0], run[-1][1])
                rank = (-overlap, abs(index - paragraph), abs(found.start - start), found)
                if best is None or rank[:3] < best[:3]:
                    best = rank
    return best[3] if best else None


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
