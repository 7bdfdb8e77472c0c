"""The quotes stage's cue-word scan gives what the plain pattern it replaced gives, on any text.

`cues._opener_matches` reads each word behind the character before it (a pattern re skips
letters with in C); the plain form opens on a look-behind for a letter and lists the opening
words case-insensitively, with the same ending, and a window that cuts a word is read as
before (`_WORD` for the cut part). Random texts of cue words, other words, apostrophes,
digits, underscores, letters outside ASCII that fold to ASCII ones (the Kelvin sign, long s)
and windows that cut words.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.quotes import cues
from briefing.analysis.quotes.lexicon import lexicon

_PIECES = [
    "said",
    "SAID",
    "Says",
    "told",
    "according",
    "to",
    "in",
    "states",
    "x",
    "é",
    "K",
    "\u212a",
    "ſ",
    "_",
    "3",
    " ",
    " ",
    ",",
    ".",
    "’",
    "'",
    "-",
    "“",
    "\n",
    "s",
]


def _plain(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    words = "|".join(sorted(lexicon().openers, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![A-Za-z])(?:{words})(?=[^A-Za-z’']|[’'](?![a-z])|$)", re.IGNORECASE | re.ASCII
    )
    found = []
    start = max(0, start)
    edge = text[start - 1 : start + 1]
    if 0 < start < stop and edge.isascii() and edge.isalpha():
        first = cues._WORD.match(text, start, stop)
        if first is not None and first.group().lower() in lexicon().openers:
            found.append((first.start(), first.end(), first.group()))
        start = re.compile("[A-Za-z]+").match(text, start).end()
    found += [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, stop)]
    return found


@settings(max_examples=3_000, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
    st.integers(-2, 60),
    st.integers(0, 60),
)
def test_opener_words_are_every_word_looked_up(text: str, start: int, length: int) -> None:
    stop = min(len(text), max(0, start) + length)
    assert list(cues._opener_matches(text, start, stop)) == _plain(text, start, stop)
    assert list(cues._opener_matches(text, 0, len(text))) == _plain(text, 0, len(text))
