"""Timeline: dated events, resolved against the publication date, in date order.

Dates are found with one regular expression built from data/timeline.yaml rather than with a
general date parser: dateparser's search and dateutil's fuzzy mode both read "sat" or "Two years
later" as dates, and a timeline with false dates is worse than one with gaps. The expression
only accepts month names (capitalised), four-digit years in a date position ("in 2022", "the
2008 war") and days next to a month, so counts such as "2,000 troops" or "Ukraine number 3" are
never dates. python-dateutil does the calendar arithmetic for relative dates ("last month").

How a date without a year is placed, in order:
1. "this/last/next October" count from the publication date;
2. a year stated earlier in the same sentence, or in the sentence before it in the same
   paragraph ("in January of 2023 and in March" is March 2023);
3. the publication date, reading the month as the most recent one on or before it: reports
   look back, so "in November" in an October article is last November;
4. without a publication date, the last year the article stated before it;
5. otherwise the expression is skipped rather than guessed.

A month and day that name an event ("the September 11 attacks", "the October 7 attack") are
skipped too: the year is not stated and is rarely the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from dateutil.relativedelta import relativedelta

from briefing import data
from briefing.model import Article, Event, Sentence

_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = r"(?<![\d$£€.,/-])"


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in ordered)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The date patterns, compiled once, and the word lists they are checked against."""

    dates: re.Pattern[str]
    """Absolute dates, matched at a hit: a month name or a run of digits."""
    month_hit: re.Pattern[str]
    lead_before: re.Pattern[str]
    relative_before: re.Pattern[str]
    count_before: re.Pattern[str]
    months: dict[str, int]
    ambiguous: frozenset[str]
    silent: frozenset[str]
    year_leads: frozenset[str]
    not_anchors: frozenset[str]
    counts: frozenset[str]
    event_nouns: frozenset[str]
    numbers: dict[str, int | None]


@cache
def _vocabulary() -> _Vocabulary:
    table = data.load("timeline.yaml")
    months: dict[str, int] = {name: int(number) for name, number in table["months"].items()}
    full = [name for name in months if len(name) > 4 or name == "May"]
    short = [name for name in months if name not in full]
    month = rf"(?:(?:{_alternation(full)})\b|(?:{_alternation(short)})\b\.?)"
    numbers = {str(word): value for word, value in table["numbers"].items()}
    parts = [
        rf"{_NUM}(?P<iso>(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))\b",
        rf"(?P<mdy>(?P<m1>{month})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}))\b",
        rf"{_NUM}(?P<dmy>(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{month}),?\s+(?P<y2>{_YEAR}))\b",
        rf"(?P<my>(?P<m3>{month}),?\s+(?:of\s+)?(?P<y3>{_YEAR}))\b",
        rf"(?P<md>(?P<m4>{month})\s+(?P<d4>{_DAY}))\b(?!\s*,?\s*\d)",
        rf"{_NUM}(?P<dm>(?P<d5>{_DAY})\s+(?:of\s+)?(?P<m5>{month}))(?!\w)",
        rf"(?<![\w-])(?P<m>(?P<m6>{month}))(?!\w)(?!\s*\d)",
        rf"(?:(?<=mid-)|{_NUM})(?P<y>(?P<y7>{_YEAR}))\b(?![.,]?\d)(?!\s*(?:%|-\d))",
    ]
    return _Vocabulary(
        dates=re.compile("|".join(parts)),
        month_hit=re.compile(rf"(?:{_alternation(list(months))})\b"),
        lead_before=re.compile(
            rf"\b(?P<lead>{_alternation(table['leads'])})(?:\s+|(?<=mid)-)$", re.IGNORECASE
        ),
        relative_before=re.compile(
            r"\b(?:(?:earlier|later|early|late)\s+)?(?P<which>this|last|next)\s+$", re.IGNORECASE
        ),
        count_before=re.compile(
            rf"\b(?P<n>\d{{1,2}}|{_alternation(list(numbers))})\s+$", re.IGNORECASE
        ),
        months=months,
        ambiguous=frozenset(table["ambiguous_months"]),
        silent=frozenset(table["silent_leads"]),
        year_leads=frozenset(table["year_leads"]),
        not_anchors=frozenset(table["not_anchors"]),
        counts=frozenset(table["count_nouns"]),
        event_nouns=frozenset(table["event_nouns"]),
        numbers=numbers,
    )


_DIGITS = re.compile(r"\d+")
_UNIT = re.compile(r"(?:year|month)s?\b", re.IGNORECASE)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([\w%]+)")
_LOOKBACK = 32
"""How far before a date to look for its lead word ("at the start of")."""


@dataclass(slots=True)
class _Context:
    """What a bare month can be placed against while the article is read in order."""

    published: date | None
    sentence_year: int | None = None
    previous_year: int | None = None
    article_year: int | None = None
    paragraph: int = -1


def _month_number(vocab: _Vocabulary, name: str) -> int:
    return vocab.months[name.rstrip(".")]


def _place_month(month: int, day: int | None, lead: str, context: _Context) -> int | None:
    """The year of a month (and day) the text gave without one; None when it cannot be told."""
    published = context.published
    if published is not None and lead in ("this", "last", "next"):
        on_or_before = (month, day or 1) <= (published.month, published.day)
        if lead == "this":
            return published.year
        if lead == "last":
            before = (month, day or 1) < (published.month, published.day if day else 1)
            return published.year if before else published.year - 1
        return published.year if not on_or_before else published.year + 1
    for year in (context.sentence_year, context.previous_year):
        if year is not None:
            return year
    if published is not None:
        on_or_before = (month, day or 1) <= (published.month, published.day)
        return published.year if on_or_before else published.year - 1
    return context.article_year


def _is_count(vocab: _Vocabulary, text: str, end: int) -> bool:
    return _next_word(text, end) in vocab.counts


def _names_event(vocab: _Vocabulary, text: str, end: int) -> bool:
    """Whether a month and day name an event ("the September 11 attacks") rather than date one."""
    return _next_word(text, end) in vocab.event_nouns


def _next_word(text: str, end: int) -> str:
    following = _NEXT_WORD.match(text, end)
    return following.group(1).lower() if following is not None else ""


def _resolve(
    vocab: _Vocabulary, match: re.Match[str], lead: str, text: str, context: _Context
) -> tuple[date, str, int | None] | None:
    """(date, precision, explicit year stated) for one match, or None when it is no date."""
    group = match.group
    if group("iso"):
        return date(int(group("iy")), int(group("im")), int(group("id"))), "day", int(group("iy"))
    if group("mdy") or group("dmy"):
        year = int(group("y1") or group("y2"))
        month = _month_number(vocab, group("m1") or group("m2"))
        day = int(re.sub(r"\D", "", group("d1") or group("d2")))
        return date(year, month, day), "day", year
    if group("my"):
        year = int(group("y3"))
        return date(year, _month_number(vocab, group("m3")), 1), "month", year
    if group("md") or group("dm"):
        if _names_event(vocab, text, match.end()):
            return None
        month = _month_number(vocab, group("m4") or group("m5"))
        day = int(re.sub(r"\D", "", group("d4") or group("d5")))
        placed = _place_month(month, day, lead, context)
        return None if placed is None else (date(placed, month, day), "day", None)
    if group("m"):
        name = group("m6").rstrip(".")
        if name in vocab.ambiguous and (not lead or (lead in vocab.silent and lead != "of")):
            return None
        month = _month_number(vocab, name)
        placed = _place_month(month, None, lead, context)
        return None if placed is None else (date(placed, month, 1), "month", None)
    if group("y"):
        if lead not in vocab.year_leads or _is_count(vocab, text, match.end()):
            return None
        year = int(group("y7"))
        anchor = None if lead in vocab.not_anchors else year
        return date(year, 1, 1), "year", anchor
    return None


def _relative(
    vocab: _Vocabulary, text: str, unit: re.Match[str], published: date | None
) -> tuple[date, str, int] | None:
    """ "last year", "this month", "two years ago": (date, precision, where the phrase starts).

    Only with a publication date to count from; without one they are skipped.
    """
    if published is None or (unit.start() > 0 and text[unit.start() - 1].isalpha()):
        return None
    window = max(0, unit.start() - _LOOKBACK)
    is_year = unit.group().lower().startswith("year")
    ago = _AGO.match(text, unit.end())
    if ago is not None:
        count_match = vocab.count_before.search(text, window, unit.start())
        if count_match is None:
            return None
        count_text = count_match.group("n").lower()
        count = int(count_text) if count_text.isdigit() else vocab.numbers.get(count_text)
        if not count:
            return None
        if is_year:
            return date(published.year - count, 1, 1), "year", count_match.start()
        moved = published.replace(day=1) - relativedelta(months=count)
        return moved, "month", count_match.start()
    if unit.group().lower().endswith("s"):
        return None
    which = vocab.relative_before.search(text, window, unit.start())
    if which is None:
        return None
    step = {"this": 0, "last": -1, "next": 1}[which.group("which").lower()]
    if is_year:
        return date(published.year + step, 1, 1), "year", which.start()
    return published.replace(day=1) + relativedelta(months=step), "month", which.start()


def _hits(vocab: _Vocabulary, text: str) -> list[int]:
    """Where a date can start: month names and runs of digits (two cheap scans, not one slow)."""
    starts = [match.start() for match in vocab.month_hit.finditer(text)]
    starts += [match.start() for match in _DIGITS.finditer(text)]
    return sorted(starts)


def _sentence_events(
    vocab: _Vocabulary, sentence: Sentence, context: _Context
) -> list[tuple[date, str, str]]:
    """(date, precision, phrase) for each date of one sentence, updating the year context."""
    text = sentence.text
    found: list[tuple[date, str, str]] = []
    consumed = 0
    for start in _hits(vocab, text):
        if start < consumed:
            continue
        match = vocab.dates.match(text, start)
        if match is None:
            continue
        consumed = match.end()
        lead_match = vocab.lead_before.search(text, max(0, start - _LOOKBACK), start)
        lead = " ".join(lead_match.group("lead").lower().split()) if lead_match else ""
        try:
            resolved = _resolve(vocab, match, lead, text, context)
        except ValueError:
            continue
        if resolved is None:
            continue
        when, precision, anchor = resolved
        if anchor is not None:
            context.sentence_year = context.article_year = anchor
        begin = start if lead_match is None or lead in vocab.silent else lead_match.start()
        found.append((when, precision, text[begin : match.end()]))
    for unit in _UNIT.finditer(text):
        relative = _relative(vocab, text, unit, context.published)
        if relative is not None:
            when, precision, begin = relative
            ago = _AGO.match(text, unit.end())
            found.append((when, precision, text[begin : ago.end() if ago else unit.end()]))
    return found


def find_events(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Event, ...]:
    """Dated events in date order (events on the same date keep their reading order)."""
    vocab = _vocabulary()
    context = _Context(article.meta.published)
    events: list[Event] = []
    for sentence in sentences:
        if sentence.span.paragraph != context.paragraph:
            context.paragraph = sentence.span.paragraph
            context.previous_year = None
        context.sentence_year = None
        seen: set[tuple[date, str]] = set()
        for when, precision, phrase in _sentence_events(vocab, sentence, context):
            if (when, precision) not in seen:
                seen.add((when, precision))
                events.append(Event(when, precision, phrase, sentence.text, sentence.span))
        context.previous_year = context.sentence_year
    events.sort(key=lambda event: event.when)
    return tuple(events)
