"""Raw text, as copied from a web page or typed: body paragraphs plus what the header says.

The page's lines go through the boilerplate classifier (`boilerplate.py`), which picks the
stretch that is the article. The lines above it (the header) are read for metadata: the site
line ("CPC - Caspian Policy Center"), the headline (often repeated, once in lower case), the
byline ("Author: ...", "By ...") and the date line, which alone is handed to python-dateutil,
never the running text. Inside the article, bylines, date lines, the headline and known
furniture (captions, bios, pull quotes, notices: `body.py` and `furniture.py`) is dropped, the
standfirst and endnotes are kept aside; every other paragraph is kept exactly as written, less
surrounding whitespace (non-breaking spaces included).

Paragraphs are lines, or the joined lines of a hard-wrapped paragraph (`paragraphs.py`).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from briefing.ingest.body import text_body
from briefing.ingest.boilerplate import Line, article_lines
from briefing.ingest.paragraphs import paragraphs_of
from briefing.model import Article, Metadata, Paragraph, SourceFormat

_SEPARATORS = re.compile(r"\s+[-|–—·:]\s+")
_BYLINE = re.compile(
    r"^(?:author|authors|by|written by|words by|posted by|reporting by)\b\s*:?\s*(?P<name>.+)$",
    re.I,
)
_NAME = re.compile(
    r"^(?:[A-Z][\w'’.-]*\.?|de|da|van|von|der|al|bin|la|le)(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|al|bin|la|le))*$"
)
_NAME_STOP = re.compile(r"\s*(?:[|,;•·]|\s[-–—]\s|\bon\b|\bupdated\b|\bpublished\b|\d).*$", re.I)
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+)?published|updated|last\s+updated|posted|date|dated)(?:\s+on)?\s*:?\s*", re.I
)
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MAX_DATE_WORDS = 10
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD_CHARS = re.compile(r"[^\W\d_]{2,}")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_COMMON_DATES = (
    re.compile(
        _WEEKDAY
        + r"(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})",
        re.I,
    ),
    re.compile(
        _WEEKDAY
        + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]{3,9})\.?,?\s+(?P<year>\d{4})",
        re.I,
    ),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
)
"""The date lines most pages write, read without importing dateutil (30 ms at start-up)."""
_HEADER_REACH = 40
"""How many lines above the article are read for metadata."""


@dataclass(frozen=True, slots=True)
class _Header:
    title: str | None = None
    author: str | None = None
    published: date | None = None
    source: str | None = None


def blocks_of(text: str) -> list[str]:
    """The page's blocks: one paragraph each, lines split or joined by `paragraphs.py`."""
    return paragraphs_of(text)


def parse_text(text: str, path: Path | None = None) -> Article:
    """Strip the page furniture from `text` and read its header; see the module docstring."""
    blocks = blocks_of(text)
    lines, first, end = article_lines(blocks)
    header = read_header(lines[max(0, first - _HEADER_REACH) : first], lines[:1])
    found = text_body(lines, first, end, header.title, _is_meta_line)
    body = list(found.paragraphs)
    if not body:
        body = [line.text for line in lines]
    if header.title is None and len(body) > 2 and _leading_headline(body[0]):
        # The headline set as the body's first line, full stop and all ("Poll: Voters Abandon
        # Party."), as text saved from news feeds often is.
        header = replace(header, title=_without_stop(body.pop(0)))
    title = header.title or (path.stem.replace("-", " ").replace("_", " ") if path else "Untitled")
    meta = Metadata(
        title=title,
        author=header.author,
        published=header.published,
        source=header.source,
        path=path,
        format=SourceFormat.TEXT,
    )
    return Article(
        meta,
        tuple(Paragraph(index, text) for index, text in enumerate(body)),
        standfirst=found.standfirst,
        notes=found.notes,
    )


def read_header(header: list[Line], top: list[Line]) -> _Header:
    """Title, author, date and source from the lines above the article and the first line."""
    author = next((name for line in header if (name := byline_name(line.text))), None)
    published = next((day for line in reversed(header) if (day := date_line(line.text))), None)
    site_title, source = _site_line(top[0].text) if top else (None, None)
    title = _headline(header) or site_title
    if source is None and title and top and top[0].text != title:
        source = _source_after_title(top[0].text, title)
    return _Header(title, author, published, source)


def byline_name(text: str) -> str | None:
    """The name in a byline ("Author: Nicholas Castillo", "By Jane Doe | Reuters"), else None."""
    match = _BYLINE.match(text)
    if not match or len(text.split()) > 12:
        return None
    name = _NAME_STOP.sub("", match["name"]).strip(" .:")
    return name if name and len(name.split()) <= 6 and _NAME.match(name) else None


def date_line(text: str) -> date | None:
    """The date of a line that is a date and little else ("Oct 31, 2023", "Updated: 19.11.2019")."""
    words = text.split()
    if not words or len(words) > _MAX_DATE_WORDS or not _YEAR.search(text):
        return None
    for part in [text, *_SEPARATORS.split(text)]:
        candidate = _DATE_PREFIX.sub("", part.strip())
        if not (_MONTH.search(candidate) or _NUMERIC_DATE.search(candidate)) or not _YEAR.search(
            candidate
        ):
            continue
        day = _parse_date(candidate)
        if day:
            return day
    return None


def _parse_date(text: str) -> date | None:
    """A common date line directly, anything else with dateutil."""
    return _common_date(text.strip()) or _dateutil_date(text)


def _common_date(text: str) -> date | None:
    """ "Oct 31, 2023", "Tuesday, 31 October 2023", "2023-10-31": the whole line, else None."""
    for pattern in _COMMON_DATES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        month = match["month"]
        number = int(month) if month.isdigit() else _month_number(month)
        try:
            return date(int(match["year"]), number, int(match["day"])) if number else None
        except ValueError:
            return None
    return None


def _month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation ("Sept" too), else 0."""
    key = name.lower()
    prefix = key[:3]
    if prefix not in _MONTHS:
        return 0
    number = _MONTHS.index(prefix) + 1
    full = date(2000, number, 1).strftime("%B").lower()
    return number if full.startswith(key) or key == "sept" else 0


def _dateutil_date(text: str) -> date | None:
    """dateutil on one short date string; None unless it is a full date and little else.

    Parsed twice with different default days: a line that does not state its day ("May 2023")
    would otherwise get today's. Words dateutil skipped may be a few linking words ("at", "on"),
    not a clause: "In 2023 the talks stalled in May." is running text, not a date line.
    """
    from dateutil import parser

    results = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for default in (datetime(2000, 1, 1), datetime(2001, 2, 2)):
            try:
                parsed, skipped = parser.parse(text, fuzzy_with_tokens=True, default=default)
            except (ValueError, OverflowError, parser.ParserError):
                return None
            results.append(parsed.date())
    leftover = _WORD_CHARS.findall(" ".join(skipped))
    if results[0] != results[1] or len(leftover) > 2:
        return None
    return results[0]


def _is_meta_line(text: str) -> bool:
    """A byline or a date line: metadata, not body."""
    return bool(byline_name(text)) or (
        len(text.split()) <= _MAX_DATE_WORDS and date_line(text) is not None
    )


def _headline(header: list[Line]) -> str | None:
    """The headline: the title-like line nearest the article, preferring one the page repeats."""
    candidates = [line.text for line in header if _title_like(line)]
    if not candidates:
        return None
    keys = [text.casefold() for text in candidates]
    repeated = [text for text, key in zip(candidates, keys, strict=True) if keys.count(key) > 1]
    pool = repeated or candidates
    best = pool[-1]
    # Of a repeated pair ("as relations..." / "As Relations..."), keep the one with capitals.
    same = [text for text in pool if text.casefold() == best.casefold()]
    return _without_stop(max(same, key=lambda text: sum(char.isupper() for char in text)))


def _leading_headline(text: str) -> bool:
    """A first line that reads as a headline: headline case, or one short sentence (no lead
    paragraph is a dozen words)."""
    words = len(text.split())
    one_sentence = not re.search(r"[.!?][\"'’”]?\s+[A-Z]", text)
    return headline_case(text) or (3 <= words <= 16 and one_sentence)


def _without_stop(title: str) -> str:
    """ "Voters Abandon Party." loses its full stop; "Talks With the U.S." keeps it."""
    return title[:-1] if title.endswith(".") and title[-2:-1].islower() else title


def headline_case(text: str) -> bool:
    """Words capitalised as headlines are ("Wealthy Voters Abandon Republican Party"): most of
    the words of four letters or more start with a capital, in a line of 3 to 25 words."""
    words: list[str] = _HEADLINE_WORD.findall(text)
    long = [word for word in words if len(word) >= 4]
    if not 3 <= len(words) <= 25 or not long:
        return False
    return sum(word[0].isupper() for word in long) >= 0.6 * len(long)


def _title_like(line: Line) -> bool:
    """A line that could be a headline: a few words, no full stop, not furniture or metadata."""
    words = len(line.text.split())
    return (
        3 <= words <= 25
        and not line.furniture
        and (not line.text.endswith(".") or headline_case(line.text))
        and not _is_meta_line(line.text)
        and not _SEPARATORS.search(line.text[:1])
        and any(char.isupper() for char in line.text)
    )


def _site_line(text: str) -> tuple[str | None, str | None]:
    """(title, source) from a first line such as "CPC - Caspian Policy Center" or "Title | Site"."""
    parts = [part.strip() for part in _SEPARATORS.split(text) if part.strip()]
    if len(parts) != 2:
        return None, None
    left, right = parts
    if _initials_of(left, right):
        return None, right
    if _initials_of(right, left):
        return None, left
    return None, None


def _source_after_title(text: str, title: str) -> str | None:
    """The site in a "Headline - Site" first line, when the headline is the article's title."""
    if not text.casefold().startswith(title.casefold()):
        return None
    rest = _SEPARATORS.sub(" ", text[len(title) :], count=1).strip(" -|–—:")
    return rest if rest and len(rest.split()) <= 6 else None


def _initials_of(short: str, long: str) -> bool:
    """True when `short` is an acronym of `long` ("CPC" of "Caspian Policy Center")."""
    if not short.isupper() or " " in short or len(short) < 2:
        return False
    initials = "".join(word[0] for word in long.split() if word[:1].isupper())
    return short == initials
