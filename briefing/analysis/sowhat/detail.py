"""A narrative detail: a sentence with a figure or a date, which the bottom line marks down.

"In April", "on Monday", "a year ago", "the fifth year", "2,000 troops": a sentence holding one
tells what happened rather than what the article argues. `narrative` is the definition (a
case-insensitive pattern); `is_narrative` gives its answer with word lookups where it can.
"""

from __future__ import annotations

import re
from functools import cache

from briefing import data


def is_narrative(text: str) -> bool:
    """Whether `text` holds a figure or a date: `narrative().search(text)`, answered cheaply
    when it can be (the full pattern, a case-insensitive alternation tried at every character,
    cost about a millisecond a seed article and most of the bottom line's time).

    In text whose letters and digits are all ASCII (the common case; curly quotes and dashes
    do not matter) a digit or a whole word that is a month or weekday name, "ago" or
    "yesterday" is a match, and text without "day", "week", "month" or "year" holds no "second
    year"-like span; anything else goes to the pattern, which also folds letters such as "ſ"
    that a lower-case comparison would not.

    With a unit, what is left of the pattern is that span: a whole word ending in "th", an
    ordinal or a number word, whitespace, then the unit ("fifth year", "two weeks"), which the
    words before each unit tell (the pattern, tried at every word, cost about 0.1 ms a sentence;
    it now reads 9 of the policy-dev articles' sentences, which have non-ASCII letters, not 27,
    and none of the seed's, not 2)."""
    if _NON_ASCII_WORD.search(text) is None:
        if _DIGIT.search(text) is not None:
            return True
        lowered = text.lower()
        if not _date_words().isdisjoint(_ASCII_WORD.findall(lowered)):
            return True
        if not any(unit in lowered for unit in ("day", "week", "month", "year")):
            return False
        counts = _counts()
        return any(
            word in counts or (len(word) > 2 and word.endswith("th"))
            for word in _BEFORE_UNIT.findall(lowered)
        )
    return narrative().search(text) is not None


_DIGIT = re.compile(r"\d")
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f\W]")
_ASCII_WORD = re.compile(r"\w+")
_BEFORE_UNIT = re.compile(r"\b(\w+)\s+(?=(?:year|month|week|day)s?\b)")
"""The word before each unit of time (the unit is not consumed: it may count the next one)."""


@cache
def _counts() -> frozenset[str]:
    """The words other than "-th" ones that count a span in `narrative` ("first", "two")."""
    numbers = data.load("timeline.yaml")["numbers"]
    return frozenset(("first", "second", "third", *(str(word).lower() for word in numbers)))


@cache
def _date_words() -> frozenset[str]:
    """Month and weekday names, "ago" and "yesterday", lower case (see `narrative`)."""
    calendar = data.load("timeline.yaml")
    names = [*calendar["months"], *calendar["weekdays"], "ago", "yesterday"]
    return frozenset(str(name).lower() for name in names)


@cache
def narrative() -> re.Pattern[str]:
    """A figure or a date ("in April", "on Monday", "a year ago"): the mark of a detail."""
    calendar = data.load("timeline.yaml")
    names = "|".join([*calendar["months"], *calendar["weekdays"]])
    numbers = "|".join(str(word) for word in calendar["numbers"])
    span = rf"\b(?:\w+th|first|second|third|{numbers})\s+(?:year|month|week|day)s?\b"
    return re.compile(rf"\d|\b(?:{names})\b|\b(?:ago|yesterday)\b|{span}", re.IGNORECASE)
