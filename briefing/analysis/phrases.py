"""Finding listed phrases in a sentence by its words, in one pass.

The cue lists of the so-what stage and the estimative vocabulary run to a few hundred phrases.
A regular expression alternating over all of them costs about a millisecond per list on a
2,000-word article (Python's `re` tries each branch at each position); looking each word up in
a table keyed by a phrase's first word costs a fraction of that and stays linear.

Words are lower-cased runs of letters and digits, apostrophes kept ("won't"; curly ones made
straight). Punctuation marks are tokens of their own that no phrase contains, so a phrase
matches only across spaces and hyphens: "highly-likely" is "highly likely", but "unlikely, very"
is not "unlikely very".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[^\w\s\-–]")


class Words:
    """The tokens of a sentence; offsets are worked out only when someone asks for them."""

    __slots__ = ("_spans", "lowered", "texts")

    def __init__(self, text: str) -> None:
        self.lowered = text.lower().replace("’", "'")
        self.texts: list[str] = _TOKEN.findall(self.lowered)
        """Lower-case words and punctuation marks, in order."""
        self._spans: list[tuple[int, int]] | None = None

    def __len__(self) -> int:
        return len(self.texts)

    def span(self, first: int, end: int) -> tuple[int, int]:
        """Character offsets covering tokens `first` up to (not including) `end`."""
        if self._spans is None:
            self._spans = [match.span() for match in _TOKEN.finditer(self.lowered)]
        return self._spans[first][0], self._spans[end - 1][1]


def words(text: str) -> Words:
    """The words of `text`, in order."""
    return Words(text)


def split(phrase: str) -> tuple[str, ...]:
    """A listed phrase as the tokens it matches."""
    return tuple(_TOKEN.findall(phrase.lower().replace("’", "'")))


class PhraseTable:
    """Phrases keyed by their first word; `scan` finds the longest one at each word."""

    __slots__ = ("_by_first",)

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            parts = split(phrase)
            if parts:
                by_first.setdefault(parts[0], []).append(parts)
        for options in by_first.values():
            options.sort(key=len, reverse=True)
        self._by_first = by_first

    def at(self, sentence: Words, index: int) -> tuple[str, ...] | None:
        """The longest phrase starting at token `index`, or None."""
        options = self._by_first.get(sentence.texts[index])
        if options is None:
            return None
        texts = sentence.texts
        for parts in options:
            if len(parts) == 1 or tuple(texts[index : index + len(parts)]) == parts:
                return parts
        return None

    @property
    def first_words(self) -> frozenset[str]:
        """The words a phrase of this table can start with."""
        return frozenset(self._by_first)

    def scan(
        self, sentence: Words, positions: list[int] | None = None
    ) -> Iterator[tuple[int, int, str]]:
        """(first token, end token, phrase) for each match, left to right, never overlapping.

        `positions`, when given, lists the tokens worth trying (a superset of those starting a
        phrase of this table), so several tables can share one pass over the words.
        """
        by_first = self._by_first
        texts = sentence.texts
        if positions is None:
            positions = [k for k, text in enumerate(texts) if text in by_first]
        following = 0
        for index in positions:
            if index < following or texts[index] not in by_first:
                continue
            parts = self.at(sentence, index)
            if parts is not None:
                following = index + len(parts)
                yield index, following, " ".join(parts)
