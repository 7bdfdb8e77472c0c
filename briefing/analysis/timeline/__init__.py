"""Timeline: dated events, resolved against the publication date, in date order.

The stage reads the article sentence by sentence (`vocabulary` holds the date patterns):

- `absolute`: full dates as written, and months and days without a year, placed by the
  sentence's tense and the publication date;
- `relative`: "last year", "next month", "two weeks ago", "yesterday", "on Friday", counted from
  the publication date, with their precision ("year", "month", "week" or "day");
- fixed-date holidays ("On Christmas Day", data/timeline.yaml `holidays`), placed like a day and
  month without a year.

One entry per date and sentence. An entry is `expected` when it has not happened by the
publication date: a date after it (a deadline "by 2030", a vote "on 29 May", a forecast for
"next year"), or a date in the publication's own day, week, month or year in a sentence that
looks forward ("will", "scheduled", "upcoming"). python-dateutil does the
calendar arithmetic; a date the calendar cannot hold (the day before 0001-01-01) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from briefing.analysis.phrases import words
from briefing.analysis.timeline.absolute import Context, place_month, resolve
from briefing.analysis.timeline.relative import relative_dates
from briefing.analysis.timeline.vocabulary import (
    LOOKBACK,
    Vocabulary,
    holiday_key,
    looks_forward,
    tense_near,
    vocabulary,
)
from briefing.model import Article, Event, Sentence

__all__ = ["find_events"]

_DIGITS = re.compile(r"[0-9]+")
"""Where a number starts. Every date that starts with a digit starts with an ASCII one (a
day or a year), and other digits (Arabic-Indic, full-width) beside ASCII ones make no date of
them either (the patterns look behind for any digit), so runs of other digits need no look."""
_ASCII_DIGITS = "0123456789"
_RELATIVE_HINT = re.compile(r"(?:year|month|week|day)s?\b|yesterday|tomorrow|day\b", re.IGNORECASE)
"""A cheap first look for relative dates; weekday names end in "day" too. Every pattern of
`relative_dates` needs one of these words (with the same case folding), so a sentence without
one has none, whatever digits or months it holds."""
_HINT_WORDS = ("year", "month", "week", "day", "tomorrow")
"""What every match of `_RELATIVE_HINT` holds once lower-cased ("yesterday" holds "day"): no
character but these letters' own folds to y, e, a, r, m, o, n, t, h, w, k or d (unlike "s" and
"i"), so substring tests (a microsecond) rule out most sentences before the pattern (tens)."""
_CITATION = re.compile(r"^\s*(?:\[\d+\]|\d{1,3}\.|\^\d+)\s+\S.*[“\"]", re.DOTALL)
"""A reference-list line ("[1] Reuters, "Title," March 15, 2023."): its dates are when the
sources were published, not events of the article (ingest sets endnotes aside; this is the
timeline's own guard when a note reaches the body)."""

_Found = tuple[date, str, str]
"""(date, precision, phrase as written)."""


def _hits(vocab: Vocabulary, text: str) -> list[int]:
    """Where a date can start: month names and runs of digits (two cheap scans, not one slow).

    Most sentences have neither: one search for a month and ten substring tests for a digit
    (each a fast scan in C) tell them, where building both scans' matches cost more."""
    month = vocab.month_hit.search(text)
    starts = (
        [] if month is None else [m.start() for m in vocab.month_hit.finditer(text, month.start())]
    )
    if any(map(text.__contains__, _ASCII_DIGITS)):
        starts += [match.start() for match in _DIGITS.finditer(text)]
        starts.sort()
    return starts


def _absolute(
    vocab: Vocabulary, text: str, context: Context, hits: list[int]
) -> list[tuple[int, _Found]]:
    """(where, found) for each absolute date of one sentence, updating the year context."""
    found: list[tuple[int, _Found]] = []
    consumed = 0
    for start in hits:
        if start < consumed:
            continue
        match = vocab.dates.match(text, start)
        if match is None:
            continue
        consumed = match.end()
        lead_match = vocab.lead_before.search(text, max(0, start - LOOKBACK), start)
        lead = " ".join(lead_match.group("lead").lower().split()) if lead_match else ""
        context.local = tense_near(vocab, text, start, match.end())
        if _looks_to_deadline(vocab, text, start, lead):
            context.local = True
        try:
            resolved = resolve(vocab, match, lead, text, context)
        except (ValueError, OverflowError):
            continue
        if resolved is None:
            continue
        when, precision, anchor, lends = resolved
        if anchor is not None:
            context.article_year = anchor
            context.previous_year = anchor
            if lends:
                context.sentence_year = anchor
        begin = start if lead_match is None or lead in vocab.silent else lead_match.start()
        found.append((begin, (when, precision, text[begin : match.end()])))
    return found


def _looks_to_deadline(vocab: Vocabulary, text: str, start: int, lead: str) -> bool:
    """ "would take until August", "was expected by March": the future in the past.

    A date after "until"/"by" with "would" (or "will", "expected") just before it is the end of
    a stretch still to come when it was said, so it is the coming one, even in a sentence told
    in the past ("Fingrid said repairs would take until August").
    """
    if lead not in vocab.deadline_leads:
        return False
    before = words(text[max(0, start - LOOKBACK) : start])
    return vocab.deadline_modals.found(before)


def _holidays(vocab: Vocabulary, text: str, context: Context) -> list[tuple[int, int, _Found]]:
    """(start, end, found) for each fixed-date holiday ("On Christmas Day") of one sentence."""
    found: list[tuple[int, int, _Found]] = []
    for match in vocab.holiday.finditer(text):
        month, day = vocab.holidays[holiday_key(match.group("name"))]
        start = match.start()
        lead_match = vocab.lead_before.search(text, max(0, start - LOOKBACK), start)
        lead = " ".join(lead_match.group("lead").lower().split()) if lead_match else ""
        if match.group("year"):
            year: int | None = int(match.group("year"))
        else:
            context.local = tense_near(vocab, text, start, match.end())
            year = place_month(month, day, lead, context)
        if year is None:
            continue
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        begin = start if lead_match is None or lead in vocab.silent else lead_match.start()
        found.append((begin, match.end(), (when, "day", text[begin : match.end()])))
    return found


def _after(when: date, precision: str, published: date) -> bool:
    """Whether the whole stretch a date names comes after the publication date."""
    if precision == "year":
        return when.year > published.year
    if precision == "month":
        return (when.year, when.month) > (published.year, published.month)
    return when > published


def _before(when: date, precision: str, published: date) -> bool:
    """Whether the whole stretch a date names comes before the publication date."""
    if precision == "year":
        return when.year < published.year
    if precision == "month":
        return (when.year, when.month) < (published.year, published.month)
    return when < published


def _expected(
    when: date, precision: str, published: date | None, forward: Callable[[], bool]
) -> bool:
    """After publication, or in its own week, month or year in a sentence that looks forward
    (`forward` asked only then)."""
    if published is None:
        return forward()
    if _after(when, precision, published):
        return True
    return not _before(when, precision, published) and forward()


def _latest_stated(vocab: Vocabulary, sentences: tuple[Sentence, ...]) -> date | None:
    """The latest full date (with its year and month) stated outside a forward-looking sentence."""
    latest: date | None = None
    for sentence in sentences:
        text = sentence.text
        for start in _hits(vocab, text):
            match = vocab.dates.match(text, start)
            full = match is not None and any(
                match.group(name) for name in ("iso", "mdy", "dmy", "my")
            )
            if match is None or not full:
                continue
            if looks_forward(vocab, text):
                break
            try:
                resolved = resolve(vocab, match, "", text, Context(None))
            except (ValueError, OverflowError):
                continue
            if resolved is not None and (latest is None or resolved[0] > latest):
                latest = resolved[0]
    return latest


def find_events(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Event, ...]:
    """Dated events in date order (events on the same date keep their reading order)."""
    vocab = vocabulary()
    published = article.meta.published
    reference = published if published is not None else _latest_stated(vocab, sentences)
    context = Context(
        reference,
        stand_in=published is None,
        vocabulary=vocab,
        imminent_days=vocab.imminent_days,
    )

    def forward() -> bool:
        return context.forward

    events: list[Event] = []
    citations = {
        paragraph.index for paragraph in article.paragraphs if _CITATION.match(paragraph.text)
    }
    for sentence in sentences:
        if sentence.span.paragraph in citations:
            continue
        if sentence.span.paragraph != context.paragraph:
            context.paragraph = sentence.span.paragraph
            context.previous_year = None
        context.read(sentence.text)
        hits = _hits(vocab, sentence.text)
        # substring tests mapped in C, no generator per sentence (most sentences have no date)
        holiday = any(map(sentence.text.__contains__, vocab.holiday_hints)) and (
            vocab.holiday.search(sentence.text) is not None
        )
        lowered = sentence.text.lower()
        relative = any(map(lowered.__contains__, _HINT_WORDS)) and (
            _RELATIVE_HINT.search(sentence.text) is not None
        )
        if not hits and not holiday and not relative:
            continue  # no month, number, weekday or relative word: no date (the common case)
        holidays = _holidays(vocab, sentence.text, context) if holiday else []
        found = [
            item
            for item in _absolute(vocab, sentence.text, context, hits)
            if not any(left <= item[0] < right for left, right, _ in holidays)
        ]
        found += [(start, item) for start, _, item in holidays]
        taken = [(start, start + len(phrase)) for start, (_, _, phrase) in found]
        for when, precision, start, end in (
            relative_dates(vocab, sentence.text, published, forward) if relative else ()
        ):
            if not any(left < end and start < right for left, right in taken):
                found.append((start, (when, precision, sentence.text[start:end])))
        found.sort(key=lambda item: item[0])
        seen: set[tuple[date, str]] = set()
        for _, (when, precision, phrase) in found:
            if (when, precision) in seen:
                continue
            seen.add((when, precision))
            expected = _expected(when, precision, published, forward)
            events.append(
                Event(when, precision, phrase, sentence.text, sentence.span, expected=expected)
            )
    events.sort(key=lambda event: event.when)
    return tuple(events)
