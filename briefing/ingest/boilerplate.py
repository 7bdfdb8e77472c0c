"""Which lines of a page are the article and which are furniture (menus, credits, teasers).

Text copied from a web page is one line per block: menu items, the headline, a byline, the body
paragraphs, share buttons, "Related Articles" and the teasers after it, the footer. Each line is
scored from general cues only:

- sentence-ness: a line of ten or more words ending like a sentence scores its word count; long
  lines that do not end like one score half; short non-sentences (menu items, headings) cost a
  little, more when they come in runs (a link list) or repeat elsewhere on the page;
- known furniture phrases from `data/boilerplate.json` ("Image source: ...", "Share", "Sign in")
  cost a little and are dropped wherever they stand;
- tail openers ("Related Articles", "Most Popular", "Comments") cost a lot, so the article does not
  run on into the teasers unless a great deal of prose follows.

The article is then the stretch of lines with the highest total score (a maximum-sum subarray,
the idea behind Finn et al.'s Body Text Extraction), so its position relative to the main text
block matters, not any one line alone. Linear in the number of lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from briefing.data import load

LONG_SENTENCE = 10
"""Words from which a sentence-like line counts as prose rather than a caption or heading."""

TAIL_PENALTY = 25.0
"""What a tail opener costs: about one good paragraph of prose must follow it to be crossed."""

GAP_GROWTH = 0.4
"""How much dearer each further non-prose line of a gap is than the one before."""

_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")
_ELLIPSIS_END = re.compile(r"(\.\.\.|…)$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of the page with what the classifier found."""

    index: int
    """Position among the page's blocks, for callers that keep their own list."""
    text: str
    score: float
    furniture: bool
    """A known furniture phrase or tail opener: dropped even inside the article."""
    tail: bool
    """A tail opener ("Related Articles")."""


@dataclass(frozen=True, slots=True)
class _Cues:
    whole: re.Pattern[str]
    prefix: re.Pattern[str]
    tail: re.Pattern[str]
    notice: re.Pattern[str]
    tail_word: re.Pattern[str]

    def furniture(self, text: str, words: int) -> bool:
        return bool(
            self.whole.match(text)
            or (words < 25 and self.prefix.match(text))
            or self.notice.match(text)
        )

    def opens_tail(self, text: str, words: int) -> bool:
        return bool(
            self.tail.match(text)
            or (words <= 6 and not is_sentence(text) and self.tail_word.search(text))
        )


@cache
def _cues() -> _Cues:
    """The cue patterns, compiled once from the data file."""
    data = {
        key: value["patterns"] for key, value in load("boilerplate.json").items() if key != "about"
    }

    def either(items: list[str], suffix: str) -> re.Pattern[str]:
        return re.compile(
            r"^(?:" + "|".join(f"(?:{item})" for item in items) + r")" + suffix, re.IGNORECASE
        )

    trailer = r"[\s:.!|»›>\-–—]*$"
    words = r"\b(?:" + "|".join(data["tail_words"]) + r")\b"
    return _Cues(
        whole=either(data["lines"], trailer),
        prefix=either(data["prefixes"], ""),
        tail=either(data["ends"], trailer),
        notice=either(data["notices"], ""),
        tail_word=re.compile(words, re.IGNORECASE),
    )


def is_furniture(text: str) -> bool:
    """True for a line that is a known furniture phrase (a credit, a share button, a menu word)."""
    cues = _cues()
    words = len(text.split())
    return cues.furniture(text, words) or bool(cues.tail.match(text))


@lru_cache(maxsize=8192)
def is_sentence(text: str) -> bool:
    """Ends like a sentence and has lower-case words in it (not a title-cased heading).

    Cached: the classifier and the furniture sorter ask it of the same paragraphs."""
    if not _SENTENCE_END.search(text) or _ELLIPSIS_END.search(text):
        return False
    words = _WORD.findall(text)
    lower = sum(1 for word in words if word[:1].islower())
    return lower >= max(1, len(words) // 4)


def classify(blocks: list[str]) -> list[Line]:
    """Score every block (one line of page text each) with the cues in the module docstring."""
    cues = _cues()
    counts = Counter(block.casefold() for block in blocks)
    short = [len(block.split()) < LONG_SENTENCE and not is_sentence(block) for block in blocks]
    runs = _run_lengths(short)
    lines: list[Line] = []
    for index, block in enumerate(blocks):
        words = len(block.split())
        tail = cues.opens_tail(block, words)
        furniture = tail or cues.furniture(block, words)
        if tail:
            score = -TAIL_PENALTY
        elif furniture:
            score = -3.0
        elif _ELLIPSIS_END.search(block) and words < 40:
            score = -2.0
        elif words >= LONG_SENTENCE and is_sentence(block):
            score = float(words)
        elif words >= 25:
            score = words / 2
        elif is_sentence(block):
            score = 0.5
        else:
            score = -1.0 - (1.0 if runs[index] >= 3 else 0.0) - min(words, 12) / 6
        if counts[block.casefold()] > 1 and score < LONG_SENTENCE:
            score -= 2.0
        lines.append(Line(index, block, score, furniture, tail))
    return lines


def _run_lengths(flags: list[bool]) -> list[int]:
    """Per block, the length of the run of flagged blocks it stands in (0 if unflagged)."""
    runs = [0] * len(flags)
    start = 0
    for position in range(len(flags) + 1):
        if position == len(flags) or not flags[position]:
            for inside in range(start, position):
                runs[inside] = position - start
            start = position + 1
    return runs


def main_region(lines: list[Line]) -> tuple[int, int]:
    """The stretch `lines[first:end]` with the highest total score (Kadane's algorithm)."""
    best, best_first, best_end = float("-inf"), 0, 0
    total, first, gap = 0.0, 0, 0
    for position, line in enumerate(lines):
        if total <= 0:
            total, first = 0.0, position
        if line.score < 0:
            # Each further line of a gap costs more: an advert inside the article is crossed,
            # a footer of thirty links before a last long blurb is not.
            total += line.score * (1 + gap * GAP_GROWTH)
            gap += 1
        else:
            total += line.score
            gap = 0
        if total > best:
            best, best_first, best_end = total, first, position + 1
    if best <= 0:
        return 0, len(lines)
    return best_first, best_end


def article_lines(blocks: list[str]) -> tuple[list[Line], int, int]:
    """Classified lines and the article's stretch: `(lines, first, end)`."""
    lines = classify(blocks)
    first, end = main_region(lines)
    return lines, first, end
