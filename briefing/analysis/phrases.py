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
from collections.abc import Iterable
from itertools import pairwise

_TOKEN = re.compile(r"[^\s_\-–](?:(?<=[^\W_])[^\W_]*(?:'[^\W_]+)*|(?<!\w))")
r"""A word (`[^\W_]+(?:'[^\W_]+)*`) or a punctuation mark (`[^\w\s\-–]`), written to open on
one character class, the union of both first characters: `re` then skips spaces and hyphens in
C, and a look-behind tells which kind the first character began (the same matches on the
corpora and 200,000 random strings; 0.79 of the time)."""


_MARKS = frozenset(",.;:?!")
"""Marks that often end a run of letters ("said,", "end."): each is a token of its own."""


def _tokens(lowered: str) -> list[str]:
    r"""`_TOKEN.findall(lowered)`, read a run of non-spaces at a time: a run of letters and
    digits alone (nine runs in ten) is one word, and a word followed by a comma or a full stop
    is those two tokens; any other run goes through the pattern. A token never holds a space
    and the pattern looks behind no further than the token's first character, so the runs'
    tokens are the sentence's. `str.isalnum` and `str.split` use the same Unicode properties
    as the pattern's `[^\W_]` and `\s`. Half the instructions of the pattern over the whole
    sentence: `re` set up a match and made a string for every word."""
    tokens: list[str] = []
    for run in lowered.split():
        if run.isalnum():
            tokens.append(run)
        elif run[-1] in _MARKS and run[:-1].isalnum():
            tokens += (run[:-1], run[-1])
        else:
            tokens += _TOKEN.findall(run)
    return tokens


class Words:
    """The tokens of a sentence; offsets are worked out only when someone asks for them."""

    __slots__ = ("_pairs", "_spans", "lowered", "present", "texts")

    def __init__(self, text: str) -> None:
        self.lowered = text.lower().replace("’", "'")
        self.texts: list[str] = _tokens(self.lowered)
        """Lower-case words and punctuation marks, in order."""
        self.present = frozenset(self.texts)
        """The distinct tokens: a table whose first words are all absent is skipped with one
        set test (most tables miss most sentences). Made at once, not on demand: every
        sentence is tested, hundreds of times per article, and a property cost more."""
        self._spans: list[tuple[int, int]] | None = None
        self._pairs: frozenset[str] | None = None

    @property
    def pairs(self) -> frozenset[str]:
        """The distinct pairs of adjacent tokens ("highly likely"), made once when a table
        asks: a phrase of two words or more starts with one of them, so a table none of whose
        phrases' first pairs is here (nor a one-word phrase) matches nothing. Strings, not
        tuples: a string keeps its hash, a tuple works it out again at every set test (a
        sentence is tested against most tables). Tokens never hold a space."""
        if self._pairs is None:
            self._pairs = frozenset(map(" ".join, pairwise(self.texts)))
        return self._pairs

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


_Entry = tuple[tuple[tuple[int, frozenset[tuple[str, ...]]], ...], frozenset[str], bool]
"""Per first word: the longer phrases by length (longest first), the second words they can
have, and whether the first word alone is a phrase."""


class PhraseTable:
    """Phrases keyed by their first word; `scan` finds the longest one at each word.

    Per first word, the phrases are grouped by length, longest first, each group a set: a
    common first word ("the", "a") starts dozens of phrases, and one set lookup per length
    is much cheaper than comparing each phrase in turn (`at` runs for every candidate word);
    the set of second words rules the longer phrases out at once in most places.
    """

    __slots__ = ("_by_first", "_firsts", "_pairs", "_singles")

    def __init__(self, phrases: Iterable[str]) -> None:
        grouped: dict[str, dict[int, set[tuple[str, ...]]]] = {}
        for phrase in phrases:
            parts = split(phrase)
            if parts:
                grouped.setdefault(parts[0], {}).setdefault(len(parts), set()).add(parts)
        self._by_first: dict[str, _Entry] = {}
        for first, lengths in grouped.items():
            longer = tuple(
                (length, frozenset(options))
                for length, options in sorted(lengths.items(), reverse=True)
                if length > 1
            )
            seconds = frozenset(parts[1] for _, options in longer for parts in options)
            self._by_first[first] = (longer, seconds, 1 in lengths)
        self._firsts = frozenset(self._by_first)
        self._singles = frozenset(first for first, lengths in grouped.items() if 1 in lengths)
        self._pairs = frozenset(
            f"{first} {second}"
            for first, (_, seconds, _) in self._by_first.items()
            for second in seconds
        )

    def misses(self, sentence: Words) -> bool:
        """Whether no phrase of the table can occur in `sentence`, told by set tests alone:
        none of its first words is there, or none of its one-word phrases and none of its
        phrases' first two words side by side. Exact, not a guess: `scan` then finds nothing.
        The pair test set aside 412 of the 539 scans the first-word test let through on the
        seed (a table's common first words, "the", "a", "will", are in most sentences)."""
        present = sentence.present
        if self._firsts.isdisjoint(present):
            return True
        if not self._singles.isdisjoint(present):
            return False
        pairs = sentence._pairs  # `pairs` without the property call (hundreds per article)
        return self._pairs.isdisjoint(sentence.pairs if pairs is None else pairs)

    def found(self, sentence: Words, positions: list[int] | None = None) -> bool:
        """Whether any phrase of the table occurs in `sentence` (`positions` as for `scan`)."""
        return bool(self.scan(sentence, positions))

    def at(self, sentence: Words, index: int) -> tuple[str, ...] | None:
        """The longest phrase starting at token `index`, or None."""
        texts = sentence.texts
        entry = self._by_first.get(texts[index])
        if entry is None:
            return None
        longer, seconds, single = entry
        if index + 1 < len(texts) and texts[index + 1] in seconds:
            for length, options in longer:
                candidate = tuple(texts[index : index + length])
                if candidate in options:
                    return candidate
        return (texts[index],) if single else None

    @property
    def first_words(self) -> frozenset[str]:
        """The words a phrase of this table can start with."""
        return self._firsts

    def scan(
        self, sentence: Words, positions: list[int] | None = None
    ) -> list[tuple[int, int, str]] | tuple[()]:
        """(first token, end token, phrase) for each match, left to right, never overlapping.

        `positions`, when given, lists the tokens worth trying (a superset of those starting a
        phrase of this table), so several tables can share one pass over the words. Either way
        a sentence no phrase of the table can match is set aside with set tests first
        (`misses`: most tables miss most sentences; walking `positions` cost more). A list, not
        a generator: most scans find nothing, and an empty tuple is cheaper to make and test.
        `misses`'s tests are written out here: its call cost a sixth of a scan that misses.
        """
        present = sentence.present
        if self._firsts.isdisjoint(present):
            return ()
        if self._singles.isdisjoint(present):
            pairs = sentence._pairs
            if self._pairs.isdisjoint(sentence.pairs if pairs is None else pairs):
                return ()
        found: list[tuple[int, int, str]] = []
        by_first = self._by_first
        texts = sentence.texts
        if positions is None:
            positions = [k for k, text in enumerate(texts) if text in by_first]
        following = 0
        count = len(texts)
        for index in positions:  # `at`, inlined: this loop runs for every candidate word
            if index < following:
                continue
            entry = by_first.get(texts[index])
            if entry is None:
                continue
            longer, seconds, single = entry
            parts: tuple[str, ...] | None = None
            if index + 1 < count and texts[index + 1] in seconds:
                for length, options in longer:
                    candidate = tuple(texts[index : index + length])
                    if candidate in options:
                        parts = candidate
                        break
            if parts is None:
                if not single:
                    continue
                following = index + 1
                found.append((index, following, texts[index]))
            else:
                following = index + len(parts)
                found.append((index, following, " ".join(parts)))
        return found
