"""Sentence splitting with character offsets.

A small rule-based splitter rather than pysbd: pysbd takes about 33 ms for the seed article
alone (0.6 ms a sentence), which is the whole analysis budget, and three seconds for a
100,000-word report. These rules cover what policy prose needs: titles and abbreviations
("Gen.", "e.g."), initials, initialisms ("U.S."), decimals, and quotations, which are kept whole
when their marks balance so a multi-sentence quotation is one sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from briefing import data
from briefing.model import Article, Sentence, Span

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]*)(\S)")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_NEXT_WORD = re.compile(r"[\w’']+")
_CURLY_QUOTED = re.compile(r"“[^“”]*”")
_STRAIGHT_QUOTED = re.compile(r'"[^"]*"')
_WORD_WINDOW = 100
"""How far back to look for the word before a full stop; no abbreviation is longer, and a
bounded look keeps the splitter linear on a paragraph of a million characters."""


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = data.load("abbreviations.yaml")
    abbreviations = frozenset(table["titles"]) | frozenset(table["other"])
    return abbreviations, frozenset(table["before_numbers"]), frozenset(table["sentence_starters"])


def _quoted_regions(text: str) -> list[list[tuple[int, int]]]:
    """Stretches inside balanced quotation marks, where no sentence may end mid-way.

    One sorted, non-overlapping list per kind of mark, so `_inside` can bisect them.
    """
    regions = [[match.span() for match in _CURLY_QUOTED.finditer(text)]]
    if text.count('"') % 2 == 0:
        regions.append([match.span() for match in _STRAIGHT_QUOTED.finditer(text)])
    return regions


def _inside(regions: list[list[tuple[int, int]]], start: int, end: int) -> bool:
    """True when `start`..`end` lies strictly inside one quoted region (log time per kind)."""
    for spans in regions:
        index = bisect_left(spans, (start, 0)) - 1
        if index >= 0 and spans[index][0] < start and end < spans[index][1]:
            return True
    return False


def _word_before(text: str, low: int, high: int) -> str | None:
    r"""The run of non-space characters ending at `high` (not before `low`), or None.

    What `re.compile(r"(\S+)$").search(text, low, high)` finds, read backwards from `high`:
    the pattern tried a match at every character of the window, a third of the splitter's time.
    Like `$`, a newline just before `high` may end the run.
    """
    end = high - 1 if high > low and text[high - 1] == "\n" else high
    start = end
    while start > low and not text[start - 1].isspace():
        start -= 1
    return text[start:end] if start < end else None


def _is_boundary(text: str, stop: re.Match[str], next_char: str, next_word: str) -> bool:
    abbreviations, before_numbers, starters = _word_lists()
    if not (next_char.isupper() or next_char.isdigit()):
        return False
    marks = stop.group()
    if marks[0] != ".":
        return True
    before = _word_before(text, max(0, stop.start() - _WORD_WINDOW), stop.start())
    if before is None:
        return True
    word = before.lstrip("\"'“‘([")
    if len(marks) > 1 and marks[1] in "\"'”’)]":
        return True
    if word.lower() in abbreviations:
        return False
    if word.lower() in before_numbers and next_char.isdigit():
        return False
    if len(word) == 1 and word.isupper():
        return False
    if _INITIALISM.match(word):
        return next_word.lower() in starters
    return True


def split_paragraph(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) offsets of the sentences of one paragraph, trimmed of spaces."""
    quoted = _quoted_regions(text)
    start = 0
    for stop in _CANDIDATE.finditer(text):
        end = stop.end()
        if _inside(quoted, stop.start(), end):
            continue
        following = _NEXT_START.match(text, end)
        if following is None:
            continue
        next_word_match = _NEXT_WORD.match(text, following.start(2))
        next_word = next_word_match.group() if next_word_match else following.group(2)
        if _is_boundary(text, stop, following.group(2), next_word):
            yield from _trimmed(text, start, end)
            start = following.start(1)
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article, in reading order."""
    return tuple(
        Sentence(Span(paragraph.index, start, end), paragraph.text[start:end])
        for paragraph in article.paragraphs
        for start, end in split_paragraph(paragraph.text)
    )
