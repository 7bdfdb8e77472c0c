"""Relative dates: "last year", "next month", "two weeks ago", "yesterday", "on Friday".

Each is counted from the publication date, so without one they are skipped. The precision is
what the phrase pins down: a year ("last year"), a month ("next month"), a week ("last week",
dated to the same weekday that week) or a day ("yesterday", "on Friday", "three days ago").

A weekday is the nearest such day before publication in a sentence that looks back, and the
nearest one after it in a sentence that looks forward ("will meet on Friday"); "last Friday" and
"next Friday" say which way themselves.

Dates near the ends of the calendar (a publication date of 0001-01-01 with "last year", or
9999-12-31 with "next year") have no such neighbour: those phrases are skipped, never raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from briefing.analysis.timeline.vocabulary import LOOKBACK, Vocabulary

_UNIT = re.compile(r"(?:year|month|week|day)s?\b", re.IGNORECASE)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
_ONE_DAY = re.compile(r"\b(?:yesterday|tomorrow)\b", re.IGNORECASE)

Found = tuple[date, str, int, int]
"""(date, precision, where the phrase starts, where it ends)."""


def _count(vocab: Vocabulary, text: str, window: int, end: int) -> tuple[int, int] | None:
    """(count, where it starts) of "two" in "two years ago"; None when it is not a number."""
    match = vocab.count_before.search(text, window, end)
    if match is None:
        return None
    word = match.group("n").lower()
    count = int(word) if word.isdigit() else vocab.numbers.get(word)
    return (count, match.start()) if count else None


def _unit_date(vocab: Vocabulary, text: str, unit: re.Match[str], published: date) -> Found | None:
    """One "last year" / "two weeks ago" phrase; raises ValueError/OverflowError at the ends."""
    if unit.start() > 0 and text[unit.start() - 1].isalpha():
        return None
    window = max(0, unit.start() - LOOKBACK)
    name = unit.group().lower().rstrip("s")
    ago = _AGO.match(text, unit.end())
    if ago is not None:
        counted = _count(vocab, text, window, unit.start())
        if counted is None:
            return None
        count, start = counted
        if name == "year":
            return date(published.year - count, 1, 1), "year", start, ago.end()
        if name == "month":
            return published.replace(day=1) - relativedelta(months=count), "month", start, ago.end()
        days = vocab.day_units[name] * count
        precision = "week" if name == "week" else "day"
        return published - timedelta(days=days), precision, start, ago.end()
    if unit.group().lower().endswith("s"):
        return None
    which = vocab.relative_before.search(text, window, unit.start())
    if which is None:
        return None
    step = {"this": 0, "last": -1, "next": 1}[which.group("which").lower()]
    if name == "year":
        return date(published.year + step, 1, 1), "year", which.start(), unit.end()
    if name == "month":
        moved = published.replace(day=1) + relativedelta(months=step)
        return moved, "month", which.start(), unit.end()
    if name == "week":
        return published + timedelta(days=7 * step), "week", which.start(), unit.end()
    return None  # "this day", "next day": relative to another event, not to publication


def _weekday(vocab: Vocabulary, match: re.Match[str], published: date, forward: bool) -> Found:
    """ "on Friday": the nearest Friday before publication, or after it in a forward sentence."""
    target = vocab.weekdays[match.group("day").lower()]
    lead = match.group("lead").lower()
    ahead = lead == "next" or (lead not in ("last", "since", "after") and forward)
    if ahead:
        days = (target - published.weekday()) % 7 or 7
        when = published + timedelta(days=days)
    else:
        days = (published.weekday() - target) % 7
        when = published - timedelta(days=days or (7 if lead == "last" else 0))
    start = match.start() if lead in ("on", "last", "next", "this") else match.start("day")
    return when, "day", start, match.end()


def relative_dates(
    vocab: Vocabulary, text: str, published: date | None, forward: Callable[[], bool]
) -> list[Found]:
    """Every relative date of one sentence, in reading order (`forward` tells whether the
    sentence looks forward; asked only for a weekday)."""
    if published is None:
        return []
    found: list[Found] = []
    for unit in _UNIT.finditer(text):
        try:
            resolved = _unit_date(vocab, text, unit, published)
        except (ValueError, OverflowError):
            continue
        if resolved is not None:
            found.append(resolved)
    for match in _ONE_DAY.finditer(text):
        step = -1 if match.group().lower() == "yesterday" else 1
        try:
            found.append((published + timedelta(days=step), "day", match.start(), match.end()))
        except (ValueError, OverflowError):
            continue
    # A weekday name ends in "day", and no letter folds to "d", "a" or "y" but these (unlike
    # "s" or "i"), so without "day" in the lower-cased text the long pattern cannot match.
    for match in vocab.weekday.finditer(text) if "day" in text.lower() else ():
        try:
            found.append(_weekday(vocab, match, published, forward()))
        except (ValueError, OverflowError):
            continue
    found.sort(key=lambda item: item[2])
    return found
