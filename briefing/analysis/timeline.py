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
    pattern: re.Pattern[str]
    months: dict[str, int]
    ambiguous: frozenset[str]
    silent: frozenset[str]
    year_leads: frozenset[str]
    not_anchors: frozenset[str]
    counts: frozenset[str]
    numbers: dict[str, int | None]


@cache
def _vocabulary() -> _Vocabulary:
    table = data.load("timeline.yaml")
    months: dict[str, int] = {name: int(number) for name, number in table["months"].items()}
    full = [name for name in months if len(name) > 4 or name == "May"]
    short = [name for name in months if name not in full]
    month = rf"(?:(?:{_alternation(full)})\b|(?:{_alternation(short)})\b\.?)"
    numbers = {str(word): value for word, value in table["numbers"].items()}
    number_words = _alternation(list(numbers))
    parts = [
        rf"{_NUM}(?P<iso>(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))\b",
        rf"(?P<mdy>(?P<m1>{month})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}))\b",
        rf"{_NUM}(?P<dmy>(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{month}),?\s+(?P<y2>{_YEAR}))\b",
        rf"(?P<my>(?P<m3>{month}),?\s+(?:of\s+)?(?P<y3>{_YEAR}))\b",
        rf"(?P<md>(?P<m4>{month})\s+(?P<d4>{_DAY}))\b(?!\s*,?\s*\d)",
        rf"{_NUM}(?P<dm>(?P<d5>{_DAY})\s+(?:of\s+)?(?P<m5>{month}))(?!\w)",
        rf"(?P<m>(?P<m6>{month}))(?!\w)(?!\s*\d)",
        rf"(?:(?<=mid-)|{_NUM})(?P<y>(?P<y7>{_YEAR}))\b(?![.,]?\d)(?!\s*(?:%|-\d))",
        r"(?P<rel>(?i:(?:earlier|later|early|late)\s+)?(?P<which>(?i:this|last|next))\s+"
        r"(?P<unit>(?i:year|month)))\b",
        rf"(?P<ago>(?P<n>\d{{1,2}}|(?i:{number_words}))\s+(?P<aunit>(?i:years?|months?))"
        r"\s+(?i:ago))\b",
    ]
    leads = rf"(?:\b(?P<lead>(?i:{_alternation(table['leads'])}))(?:\s+|(?<=mid)-))?"
    pattern = re.compile(leads + "(?:" + "|".join(parts) + ")")
    return _Vocabulary(
        pattern=pattern,
        months=months,
        ambiguous=frozenset(table["ambiguous_months"]),
        silent=frozenset(table["silent_leads"]),
        year_leads=frozenset(table["year_leads"]),
        not_anchors=frozenset(table["not_anchors"]),
        counts=frozenset(table["count_nouns"]),
        numbers=numbers,
    )


_NEXT_WORD = re.compile(r"\s*([\w%]+)")


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
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() in vocab.counts


def _resolve(
    vocab: _Vocabulary, match: re.Match[str], text: str, context: _Context
) -> tuple[date, str, int | None] | None:
    """(date, precision, explicit year stated) for one match, or None when it is no date."""
    lead = (match.group("lead") or "").lower()
    lead = " ".join(lead.split())
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
    return _relative(vocab, match, context.published)


def _relative(
    vocab: _Vocabulary, match: re.Match[str], published: date | None
) -> tuple[date, str, int | None] | None:
    """ "last year", "this month", "two years ago": only with a publication date to count from."""
    if published is None:
        return None
    if match.group("rel"):
        step = {"this": 0, "last": -1, "next": 1}[match.group("which").lower()]
        if match.group("unit").lower() == "year":
            return date(published.year + step, 1, 1), "year", None
        moved = published.replace(day=1) + relativedelta(months=step)
        return moved, "month", None
    count_text = match.group("n").lower()
    count = int(count_text) if count_text.isdigit() else vocab.numbers.get(count_text)
    if not count:
        return None
    if match.group("aunit").lower().startswith("year"):
        return date(published.year - count, 1, 1), "year", None
    return published.replace(day=1) - relativedelta(months=count), "month", None


def _phrase(vocab: _Vocabulary, match: re.Match[str]) -> str:
    lead = match.group("lead")
    if lead and lead.lower() in vocab.silent:
        return match.group()[match.end("lead") - match.start() :].strip()
    return match.group()


def find_events(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Event, ...]:
    """Dated events in date order (events on the same date keep their reading order)."""
    vocab = _vocabulary()
    context = _Context(article.meta.published)
    events: list[Event] = []
    seen: set[tuple[date, str, int, int]] = set()
    for sentence in sentences:
        if sentence.span.paragraph != context.paragraph:
            context.paragraph = sentence.span.paragraph
            context.previous_year = None
        context.sentence_year = None
        sentence_anchor: int | None = None
        for match in vocab.pattern.finditer(sentence.text):
            try:
                resolved = _resolve(vocab, match, sentence.text, context)
            except ValueError:
                continue
            if resolved is None:
                continue
            when, precision, anchor = resolved
            if anchor is not None:
                context.sentence_year = sentence_anchor = anchor
                context.article_year = anchor
            key = (when, precision, sentence.span.paragraph, sentence.span.start)
            if key in seen:
                continue
            seen.add(key)
            events.append(
                Event(when, precision, _phrase(vocab, match), sentence.text, sentence.span)
            )
        context.previous_year = sentence_anchor
    events.sort(key=lambda event: event.when)
    return tuple(events)
