"""Dates in every common written form, deterministic: nothing depends on today.

ISO ("2024-04-08", with or without a time), "8 April 2024", "April 8, 2024", "Tue, 8 Apr. 2024",
year-first dotted "2025.12.03", and dotted numeric dates day first ("04.03.2024" is 4 March: the
German, Polish, Russian... convention; US pages never write dots). Slashed dates are month first
unless the first number cannot be a month. Month names come in eight languages
(briefing/data/metadata.json). A month without a day ("February 2024") is the first of the
month with precision "month", a bare year (only where a field holds nothing else) the first of
January with precision "year". dateutil, the fallback for rarer forms, is run with two default
dates: a part that changes with the default was not written, and then the value is refused
rather than completed from today.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from briefing.ingest.metadata.words import lexicon


@dataclass(frozen=True, slots=True)
class Dated:
    """A date and how much of it was written: "day", "month" or "year"."""

    when: date
    precision: str = "day"


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = r"(?P<month>[^\W\d_]{3,12})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_TIME = (
    r"(?:(?:[ ,T]+|\s+at\s+)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:Z|[A-Z]{2,5}|(?:UTC|GMT)?[+-]\d{1,2}:?\d{2})?)?"
)
_FORMS = tuple(
    (re.compile(pattern + _TIME, re.I), kind)
    for pattern, kind in (
        (r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})", "ymd"),
        (r"(?P<year>\d{4})[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})\.?", "ymd"),
        (r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})", "ymd"),
        (r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})", "slash"),
        (_MONTH_NAME + r"\s+" + _DAY + r",?\s+" + _YEAR, "ymd"),
        (_DAY + r"\.?\s+(?:of\s+|de\s+)?" + _MONTH_NAME + r",?\s+(?:de\s+|del\s+)?" + _YEAR, "ymd"),
        (_MONTH_NAME + r",?\s+(?:of\s+|de\s+)?" + _YEAR, "ym"),
        (r"(?P<year>\d{4})-(?P<month>\d{2})", "ym"),
        (_YEAR, "y"),
    )
)
"""Written forms read directly, whole value only (a trailing time of day is allowed)."""
_HAS_YEAR = re.compile(r"\b(?:1[6-9]|2\d)\d\d\b")
_WORD_CHARS = re.compile(r"[^\W\d_]{2,}")
_SEPARATORS = re.compile(r"\s+[-|–—·•/:]\s+|\s*[|•·]\s*")
_MAX_DATE_WORDS = 14


@cache
def _month_names() -> dict[str, int]:
    return {name: int(number) for number, names in lexicon()["months"].items() for name in names}


def month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation ("Sept", "Nov.", "outubro", "März"), or a
    number written as text; else 0. The names are in briefing/data/metadata.json."""
    if name.isdigit():
        number = int(name)
        return number if 1 <= number <= 12 else 0
    key = name.lower().rstrip(".")
    number = _month_names().get(key, 0)
    if number or len(key) < 3:
        return number
    # An English name cut short anywhere after its third letter ("Septem", "Octob").
    prefix = key[:3]
    if prefix in _MONTHS:
        full = date(2000, _MONTHS.index(prefix) + 1, 1).strftime("%B").lower()
        return _MONTHS.index(prefix) + 1 if full.startswith(key) else 0
    return 0


def parse_date(value: object, *, year_alone: bool = True) -> Dated | None:
    """The date a field or line states, with its precision; None when it states none.

    `value` may be a date, a datetime, a number (a year) or text. A bare year counts only when
    `year_alone` (a front matter field, not a line of running text). Never raises.
    """
    if isinstance(value, datetime):
        return Dated(value.date())
    if isinstance(value, date):
        return Dated(value)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = _strip_label(" ".join(value.split()).strip(" .,;"))
    text = _WEEKDAY.sub("", text)
    if not text or len(text) > 80:
        return None
    found = _written_form(text, year_alone)
    if found is not None:
        return found
    return _dateutil(text) if _HAS_YEAR.search(text) else None


def _strip_label(text: str) -> str:
    """ "Published on: 8 April 2024" -> "8 April 2024"."""
    labels = sorted(lexicon()["date_labels"], key=len, reverse=True)
    lowered = text.lower()
    for label in labels:
        if lowered.startswith(label) and not lowered[len(label) : len(label) + 1].isalpha():
            return text[len(label) :].lstrip(" :-–—")
    return text


def _written_form(text: str, year_alone: bool) -> Dated | None:
    for pattern, kind in _FORMS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if kind == "y":
            return Dated(date(int(match["year"]), 1, 1), "year") if year_alone else None
        if kind == "slash":
            first, second = int(match["a"]), int(match["b"])
            # Slashed dates are month first (US) unless the first number cannot be a month.
            day, month = (first, second) if first > 12 else (second, first)
        else:
            month = month_number(match["month"])
            day = int(match["day"]) if kind == "ymd" else 1
        try:
            when = date(int(match["year"]), month, day) if month else None
        except ValueError:
            return None
        if when is None:
            return None
        return Dated(when, "day" if kind in ("ymd", "slash") else "month")
    return None


def _dateutil(text: str) -> Dated | None:
    """dateutil on one short value; None unless it is a date and little else.

    Parsed with two default dates: a part that changes with the default was not written, and
    then the value is not a date this fallback trusts ("Octopus 3, 2023" is not March). Words
    dateutil skipped may be a few linking words ("at", "on"), not a clause.
    """
    from dateutil import parser

    results = []
    skipped: tuple[str, ...] = ()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for default in (datetime(2000, 1, 1), datetime(2001, 2, 2)):
            try:
                parsed, skipped = parser.parse(text, fuzzy_with_tokens=True, default=default)
            except (ValueError, OverflowError, parser.ParserError):
                return None
            results.append(parsed.date())
    if len(_WORD_CHARS.findall(" ".join(skipped))) > 2:
        return None
    first, second = results
    return Dated(first) if first == second else None


def date_line(text: str) -> date | None:
    """The date of a line that is a date and little else ("Oct 31, 2023", "Updated: 19.11.2019",
    "Jane Doe | 2024.04.08"); None for running text ("In 2023 the talks stalled in May.")."""
    if len(text) > 250:  # longer than any date line: running text
        return None
    words = text.split()
    if not words or len(words) > _MAX_DATE_WORDS or not _HAS_YEAR.search(text):
        return None
    for part in [text, *_SEPARATORS.split(text)]:
        part = part.strip()
        if not _HAS_YEAR.search(part) or part.isdigit():
            continue
        found = parse_date(part, year_alone=False) or _leading_date(part)
        if found is not None:
            return found.when
    return None


def labelled_date(lines: list[str]) -> date | None:
    """The date of the first line that says what it dates ("Published: ...", "First published
    on ...", else "Updated ..."), anywhere on the page: a page may set it under the article."""
    for wanted in ("publ", ""):
        for line in lines:
            lowered = line.lower().lstrip(" *_")
            labels = lexicon()["date_labels"]
            if not any(lowered.startswith(label) for label in labels if wanted in label):
                continue
            if (found := date_line(line.strip(" *_"))) is not None:
                return found
    return None


_DATE_AT_START = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b",
        r"(?P<month>[^\W\d_]{3,12})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b",
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+|de\s+)?(?P<month>[^\W\d_]{3,12})\.?,?"
        r"\s+(?:de\s+|del\s+)?(?P<year>\d{4})\b",
        r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b",
        r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b",
    )
)
_ISO_STAMP = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})T\d{2}:\d{2}")
_NUMERIC_IN_LINE = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<year>\d{4})(?![\d/.])"
)


def _leading_date(text: str) -> Dated | None:
    """A full date opening a short line, whatever follows it: "Nov 20 2019 4:29 AM EST
    Updated an hour ago", "November 18, 2019 7:45 am PST by Joe Rossignol"."""
    text = _WEEKDAY.sub("", _strip_label(text))
    if len(text.split()) > 6 and re.search(r"[.!?][\"'”’)]?$", text):
        return None  # a sentence that opens with a date is running text, not a date line
    matches = [pattern.match(text) for pattern in _DATE_AT_START]
    # Unambiguous anywhere in a short line: an ISO timestamp, a full numeric date
    # ("Carlos Nadalim 23/08/2018 2 comments", "By Tim Childers 2019-11-19T12:48:14Z").
    matches += [_ISO_STAMP.search(text), _NUMERIC_IN_LINE.search(text)]
    for match in matches:
        if match is None:
            continue
        groups = match.groupdict()
        if "a" in groups:
            first, second = int(groups["a"]), int(groups["b"])
            dotted = "." in match.group(0)
            # Dotted dates are day first; slashed ones month first unless that cannot be.
            day, month = (first, second) if dotted or first > 12 else (second, first)
        else:
            day, month = int(groups["day"]), month_number(groups["month"])
        try:
            return Dated(date(int(groups["year"]), month, day)) if month else None
        except ValueError:
            return None
    return None
