"""Absolute dates: full dates as written, and months and days placed in a year.

How a date without a year is placed, in order:

1. "this/last/next October" count from the publication date;
2. a year stated with a month earlier in the same sentence ("in January of 2023 and in March" is
   March 2023); a bare year does not lend its year ("elected in 2016 ... on May 20"), nor does a
   year that starts a span or sets a deadline ("since 2020", "by 2030");
3. the publication date, in the direction of the tense: the words right around the date first
   ("will meet on March 12", "talks collapsed on March 10"), then the sentence's ("will",
   "scheduled", "upcoming", "expected" look forward). Forward takes the next such date on or
   after publication (a vote "on 29 May" in an article of 28 May is this May, a summit "in March"
   in an article of 5 December is next March); a date with no tense near it that falls within
   `imminent_days` after publication is the coming one ("the pause expires on March 10",
   published 5 March); anything else is the most recent one on or before publication, since
   reports look back, and so is a date after "since", whatever the tense;
4. without a publication date, the latest full date the article states outside forward-looking
   sentences stands in for it (a report is written after the last thing it reports) for dates
   in the `STAND_IN_DAYS` before it; failing that, the year stated in the sentence before it in
   the same paragraph, else the last year the article stated;
5. otherwise the expression is skipped rather than guessed.

A month and day that name an event ("the September 11 attacks", "the October 7 attack") are
skipped too: the year is not stated and is rarely the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefing.analysis.timeline.vocabulary import Vocabulary, looks_forward

_NEXT_WORD = re.compile(r"\s*([\w%]+)")
STAND_IN_DAYS = 31
"""How soon before the stand-in date a yearless date must fall to be placed by it: the latest
date an article states is only a lower bound of when it was written, so only the weeks just
before it are safely the same stretch of time."""


@dataclass(slots=True)
class Context:
    """What a yearless date can be placed against while the article is read in order."""

    published: date | None
    """The publication date, or, without one, the latest full date the article states in a
    sentence that does not look forward (a report is written after the last thing it reports):
    yearless dates are placed against it, relative phrases ("last year") are not."""
    stand_in: bool = False
    """True when `published` is the latest stated date standing in for a missing publication
    date: it places only dates in the `STAND_IN_DAYS` before itself."""
    vocabulary: Vocabulary | None = None
    """The words that make a sentence look forward (`Vocabulary.future`); without them, none
    does."""
    sentence: str = ""
    """The sentence being read."""
    looks_forward: bool | None = None
    """Whether it looks forward, once a date has asked (see `forward`)."""
    local: bool | None = None
    """The tense of the words around the date being placed: True forward, False past."""
    sentence_year: int | None = None
    """A year stated with a month earlier in this sentence."""
    previous_year: int | None = None
    article_year: int | None = None
    paragraph: int = -1
    imminent_days: int = 45

    def read(self, sentence: str) -> None:
        """Start on the next sentence."""
        self.sentence = sentence
        self.looks_forward = None
        self.sentence_year = None

    @property
    def forward(self) -> bool:
        """Whether the sentence being read looks forward (future tense, "scheduled").

        Read once per sentence and only when a date asks: most of the numbers a text holds
        place no date, and a date before publication in a sentence with its own tense near it
        needs no tense of the sentence's."""
        if self.looks_forward is None:
            vocab = self.vocabulary
            self.looks_forward = vocab is not None and looks_forward(vocab, self.sentence)
        return self.looks_forward


def month_number(vocab: Vocabulary, name: str) -> int:
    return vocab.months[name.rstrip(".")]


def place_month(month: int, day: int | None, lead: str, context: Context) -> int | None:
    """The year of a month (and day) the text gave without one; None when it cannot be told."""
    published = context.published
    when = (month, day or 1)
    if published is not None and not context.stand_in and lead in ("this", "last", "next"):
        if lead == "this":
            return published.year
        if lead == "last":
            before = when < (published.month, published.day if day else 1)
            return published.year if before else published.year - 1
        return published.year + 1 if when <= (published.month, published.day) else published.year
    if context.sentence_year is not None:
        return context.sentence_year
    if published is not None:
        if not context.stand_in:
            return _by_tense(month, day, lead, published, context)
        year = published.year if when <= (published.month, published.day) else published.year - 1
        if (published - date(year, month, day or 1)).days <= STAND_IN_DAYS:
            return year
    if context.previous_year is not None:
        return context.previous_year
    return context.article_year


def _by_tense(month: int, day: int | None, lead: str, published: date, context: Context) -> int:
    """Step 3: the year by the tense around the date and the publication date."""
    when = (month, day or 1)
    start = (published.month, published.day if day else 1)
    ahead = published.year if when >= start else published.year + 1
    behind = published.year if when <= (published.month, published.day) else published.year - 1
    if lead == "since":
        return behind
    if context.local is not None:
        return ahead if context.local else behind
    if context.forward:
        return ahead
    gap = (date(ahead, month, day or 1) - published).days
    return ahead if gap <= context.imminent_days else behind


def next_word(text: str, end: int) -> str:
    following = _NEXT_WORD.match(text, end)
    return following.group(1).lower() if following is not None else ""


def resolve(
    vocab: Vocabulary, match: re.Match[str], lead: str, text: str, context: Context
) -> tuple[date, str, int | None, bool] | None:
    """(date, precision, year stated, whether it lends its year) for one match, or None.

    Raises ValueError for a day the calendar does not have ("31 February").
    """
    group = match.group
    if group("iso"):
        year = int(group("iy"))
        return date(year, int(group("im")), int(group("id"))), "day", year, True
    if group("mdy") or group("dmy"):
        year = int(group("y1") or group("y2"))
        month = month_number(vocab, group("m1") or group("m2"))
        day = int(re.sub(r"\D", "", group("d1") or group("d2")))
        return date(year, month, day), "day", year, True
    if group("my"):
        year = int(group("y3"))
        return date(year, month_number(vocab, group("m3")), 1), "month", year, True
    if group("md") or group("dm"):
        if next_word(text, match.end()) in vocab.event_nouns:
            return None
        month = month_number(vocab, group("m4") or group("m5"))
        day = int(re.sub(r"\D", "", group("d4") or group("d5")))
        placed = place_month(month, day, lead, context)
        return None if placed is None else (date(placed, month, day), "day", None, False)
    if group("m"):
        name = group("m6").rstrip(".")
        if name in vocab.ambiguous and (not lead or (lead in vocab.silent and lead != "of")):
            return None
        month = month_number(vocab, name)
        placed = place_month(month, None, lead, context)
        return None if placed is None else (date(placed, month, 1), "month", None, False)
    if group("y"):
        if lead not in vocab.year_leads or next_word(text, match.end()) in vocab.counts:
            return None
        year = int(group("y7"))
        anchor = None if lead in vocab.not_anchors else year
        return date(year, 1, 1), "year", anchor, False
    return None
