"""The timeline's date vocabulary, compiled once from data/timeline.yaml.

Dates are found with one regular expression built from the data rather than with a general date
parser: dateparser's search and dateutil's fuzzy mode both read "sat" or "Two years later" as
dates, and a timeline with false dates is worse than one with gaps. The expression only accepts
month names (capitalised), four-digit years in a date position ("in 2022", "the 2008 war") and
days next to a month, so counts such as "2,000 troops" or "Ukraine number 3" are never dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.analysis.phrases import PhraseTable, split

DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
NUM = r"(?<![\d$£€.,/-])"
LOOKBACK = 32
"""How far before a date to look for its lead word ("at the start of")."""


def alternation(words: list[str]) -> str:
    """A regex alternation of words or phrases, longest first, spaces matching any run."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in ordered)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The date patterns, compiled once, and the word lists they are checked against."""

    dates: re.Pattern[str]
    """Absolute dates, matched at a hit: a month name or a run of digits."""
    month_hit: re.Pattern[str]
    lead_before: re.Pattern[str]
    relative_before: re.Pattern[str]
    count_before: re.Pattern[str]
    weekday: re.Pattern[str]
    """ "on Friday", "last Monday", "next Tuesday": a weekday with its lead."""
    months: dict[str, int]
    weekdays: dict[str, int]
    ambiguous: frozenset[str]
    silent: frozenset[str]
    year_leads: frozenset[str]
    not_anchors: frozenset[str]
    counts: frozenset[str]
    event_nouns: frozenset[str]
    numbers: dict[str, int | None]
    day_units: dict[str, int]
    future: PhraseTable
    """Words that make a sentence look forward ("will", "scheduled", "upcoming")."""
    future_cue: re.Pattern[str]
    """The same phrases as one pattern (see `looks_forward`)."""
    past: frozenset[str]
    """Past-tense words; any other word ending in -ed counts too (see `tense_near`)."""
    imminent_days: int
    holiday: re.Pattern[str]
    """A fixed-date holiday ("Christmas Day"), with a year written after it in group "year"."""
    holidays: dict[str, tuple[int, int]]
    holiday_hints: tuple[str, ...]
    """The last word of each holiday name: a sentence without one has no holiday (a cheap test)."""
    """Holiday name, lower case with a plain apostrophe -> (month, day)."""
    deadline_leads: frozenset[str]
    deadline_modals: PhraseTable


def holiday_key(name: str) -> str:
    """A holiday as written ("New Year’s Day") in the form `Vocabulary.holidays` keys it."""
    return " ".join(name.replace("’", "'").lower().split())


@cache
def vocabulary() -> Vocabulary:
    table = data.load("timeline.yaml")
    months: dict[str, int] = {name: int(number) for name, number in table["months"].items()}
    full = [name for name in months if len(name) > 4 or name in ("May", "June", "July")]
    short = [name for name in months if name not in full]
    month = rf"(?:(?:{alternation(full)})\b|(?:{alternation(short)})\b\.?)"
    numbers = {str(word): value for word, value in table["numbers"].items()}
    weekdays = {str(name): int(number) for name, number in table["weekdays"].items()}
    holidays = {
        holiday_key(str(name)): (int(month), int(day))
        for name, (month, day) in table["holidays"].items()
    }
    holiday_names = alternation(list(table["holidays"])).replace("'", "['’]")
    parts = [
        rf"{NUM}(?P<iso>(?P<iy>{YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))\b",
        rf"(?P<mdy>(?P<m1>{month})\s+(?P<d1>{DAY}),?\s+(?P<y1>{YEAR}))\b",
        rf"{NUM}(?P<dmy>(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{month}),?\s+(?P<y2>{YEAR}))\b",
        rf"(?P<my>(?P<m3>{month}),?\s+(?:of\s+)?(?P<y3>{YEAR}))\b",
        rf"(?P<md>(?P<m4>{month})\s+(?P<d4>{DAY}))\b(?!\s*,?\s*\d)",
        rf"{NUM}(?P<dm>(?P<d5>{DAY})(?:\s*[-–]\s*{DAY})?\s+(?:of\s+)?(?P<m5>{month}))(?!\w)",
        rf"(?<![\w-])(?P<m>(?P<m6>{month}))(?!\w)(?!\s*\d)",
        rf"(?:(?<=mid-)|{NUM})(?P<y>(?P<y7>{YEAR}))\b(?![.,]?\d)(?!\s*(?:%|-\d))",
    ]
    return Vocabulary(
        dates=re.compile("|".join(parts)),
        month_hit=re.compile(rf"(?:{alternation(list(months))})\b"),
        lead_before=re.compile(
            rf"\b(?P<lead>{alternation(table['leads'])})(?:\s+|(?<=mid)-)$", re.IGNORECASE
        ),
        relative_before=re.compile(
            r"\b(?:(?:earlier|later|early|late)\s+)?(?P<which>this|last|next)\s+$", re.IGNORECASE
        ),
        count_before=re.compile(
            rf"\b(?P<n>\d{{1,2}}|{alternation(list(numbers))})\s+$", re.IGNORECASE
        ),
        weekday=re.compile(
            rf"\b(?P<lead>on|this|last|next|by|until|from|since|before|after)\s+"
            rf"(?:(?:the\s+)?(?:morning|evening|night)\s+of\s+)?"
            rf"(?P<day>{alternation(list(weekdays))})\b(?!\s*,?\s*(?:{DAY}\b|{month}))",
            re.IGNORECASE,
        ),
        months=months,
        weekdays={name.lower(): number for name, number in weekdays.items()},
        ambiguous=frozenset(table["ambiguous_months"]),
        silent=frozenset(table["silent_leads"]),
        year_leads=frozenset(table["year_leads"]),
        not_anchors=frozenset(table["not_anchors"]),
        counts=frozenset(table["count_nouns"]),
        event_nouns=frozenset(table["event_nouns"]),
        numbers=numbers,
        day_units={str(unit): int(days) for unit, days in table["day_units"].items()},
        future=PhraseTable(table["future_cues"]),
        future_cue=phrase_pattern(table["future_cues"]),
        past=frozenset(table["past_cues"]),
        imminent_days=int(table["imminent_days"]),
        holiday=re.compile(rf"(?<!\w)(?P<name>{holiday_names})(?!\w)(?:,?\s+(?P<year>{YEAR})\b)?"),
        holidays=holidays,
        holiday_hints=tuple(sorted({str(name).split()[-1] for name in table["holidays"]})),
        deadline_leads=frozenset(table["deadline_leads"]),
        deadline_modals=PhraseTable(table["deadline_modals"]),
    )


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One pattern that finds any of `phrases` in lower-cased text (a curly apostrophe made
    straight) exactly where `PhraseTable(phrases).found(words(text))` does, in one pass of `re`
    instead of tokenising the text first (a third of the time).

    A phrase's words must be whole tokens (`phrases`): a word is a run of letters and digits
    with inner apostrophes ("won't"), so a phrase starts neither right after a letter or digit
    nor after one and an apostrophe, and ends neither before a letter or digit nor before an
    apostrophe and one; its words stand apart by what the tokenizer skips (spaces, hyphens,
    en dashes, underscores). Tested against the tokenizer on random text."""
    alternatives = sorted(
        {r"[\s_\-–]+".join(map(re.escape, split(str(phrase)))) for phrase in phrases},
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<![^\W_])(?<![^\W_]')(?:{'|'.join(alternatives)})(?![^\W_])(?!'[^\W_])")


def looks_forward(vocab: Vocabulary, text: str) -> bool:
    """Whether `text` holds a word that looks forward: `vocab.future.found(words(text))`."""
    return vocab.future_cue.search(text.lower().replace("’", "'")) is not None


_WORD = re.compile(r"[A-Za-z']+")
TENSE_WINDOW = 40
"""Characters on each side of a date read for its own tense ("expires on March 10")."""


def tense_near(vocab: Vocabulary, text: str, start: int, end: int) -> bool | None:
    """The tense of the words right around a date: True forward, False past, None unknown."""
    before = text[max(0, start - TENSE_WINDOW) : start]
    after = text[end : end + TENSE_WINDOW]
    for window in (before, after):
        lowered = window.lower()
        if vocab.future_cue.search(lowered.replace("’", "'")) is not None:
            return True  # `looks_forward`, with the window lower-cased once
        for word in _WORD.findall(lowered):
            if word in vocab.past or (word.endswith("ed") and len(word) > 4):
                return False
    return None
