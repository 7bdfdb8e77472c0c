"""Metadata fields read the same way for every format: dates, bylines, titles and sources.

Every reader (text, Markdown and its front matter, HTML, YAML briefings) hands the raw value of a
field to one function here, so a date or a byline means the same thing whatever file it came in.

- **Dates** (`parse_date`): ISO ("2024-04-08", with or without a time), "8 April 2024",
  "April 8, 2024", "Tue, 8 Apr. 2024", year-first dotted "2025.12.03", and dotted numeric dates
  day first ("04.03.2024" is 4 March: the German, Polish, Russian... convention; US pages never
  write dots). A month without a day ("February 2024") is the first of the month with precision
  "month", a bare year (only where a field holds nothing else) the first of January with
  precision "year". Nothing depends on today: dateutil, the fallback for rarer forms, is run
  with two different default dates and a part that changes with them was never written.
- **Bylines** (`byline`, `split_names`): "By A and B", "Written by A, B and C", "A & B",
  "Authors: A; B", "A and B | 2022.07.18"; "et al." is kept as a flag so a reader can complete
  the list from the author bios (`bio_name`). Names written in capitals are set in title case.
- **Titles** (`split_site_suffix`, `choose_title`): " | Site", " - Site", " — Site" suffixes go
  to the source; a front matter `description` that is the real headline wins over a short label.
- **Sources** (`source_of_line`, `site_of_url`): a copyright line ("© 2024 X"), a disclaimer
  ("... do not reflect the views of X"), a producer credit ("Coproduced by X"), else the page
  URL's host. The URL itself is never a source.

Word lists live in briefing/data/metadata.yaml.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from briefing import data

__all__ = [
    "Byline",
    "Dated",
    "bio_name",
    "bio_names",
    "bare_names",
    "byline",
    "choose_title",
    "complete_authors",
    "date_line",
    "join_names",
    "labelled_date",
    "parse_date",
    "site_of_url",
    "source_in_lines",
    "source_of_line",
    "split_names",
    "split_site_suffix",
]


@dataclass(frozen=True, slots=True)
class Dated:
    """A date and how much of it was written: "day", "month" or "year"."""

    when: date
    precision: str = "day"


@dataclass(frozen=True, slots=True)
class Byline:
    """The names of a byline in order; `et_al` when it ended with "et al." (more authors)."""

    names: tuple[str, ...]
    et_al: bool = False


@cache
def _words() -> dict[str, Any]:
    return data.load("metadata.yaml")  # type: ignore[no-any-return]


# ---------------------------------------------------------------- dates

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
    return {name: int(number) for number, names in _words()["months"].items() for name in names}


def month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation ("Sept", "Nov.", "outubro", "März"), or a
    number written as text; else 0. The names are in briefing/data/metadata.yaml."""
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
    labels = sorted(_words()["date_labels"], key=len, reverse=True)
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
            labels = _words()["date_labels"]
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
_NUMERIC_IN_LINE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<year>\d{4})(?![\d/.])")


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


# ---------------------------------------------------------------- bylines

_ET_AL = re.compile(r",?\s*\bet\.?\s+al\b\.?", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b(?!\.? al))\s*", re.I)
_NAME_STOP = re.compile(
    r"\s*(?:\||\s[-–—/]\s|\(|@|\bon\s|\bupdated\b|\bpublished\b|\bfor\s|\bin\s|\d).*$",
    re.I,
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*\.?|[^\W\d_]\.")


def _is_name(text: str) -> bool:
    """A person's name: 2 to 6 words, each capitalised (or a particle such as "de", "van"),
    at least two capitalised; "Ryan C. Berg", "Joana de Deus Pereira", "Łukasz Rachel"."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    particles = set(_words()["name_particles"])
    roles = set(_words()["role_words"]) | set(_words()["organisation_words"])
    capitals = 0
    for word in words:
        if word.lower() in particles:
            continue
        if not _NAME_WORD.fullmatch(word) or not word[0].isupper():
            return False
        if word.lower().strip(".") in roles:
            return False
        capitals += 1
    return capitals >= 2


def _name_case(name: str) -> str:
    """ "RUTH ABBOTT" -> "Ruth Abbott"; a name with small letters is kept as written."""
    if not name.isupper():
        return name
    return " ".join(
        "-".join(part.capitalize() for part in word.split("-")) for word in name.split()
    )


def split_names(text: str) -> Byline | None:
    """The names in the name part of a byline ("A, B and C", "A & B, et al."); None unless
    every part reads as a name (a role such as "Senior Fellow" ends the list)."""
    et_al = bool(_ET_AL.search(text))
    text = _ET_AL.sub("", text)
    text = _NAME_STOP.sub("", text).strip(" .,;:")
    names: list[str] = []
    for part in _NAME_SPLIT.split(text):
        part = part.strip(" .,;:")
        if not part:
            continue
        if _is_name(part):
            names.append(_name_case(part))
            continue
        name = None if names else _before_role(part)  # "Meg James Staff Writer"
        if name:
            names.append(_name_case(name))
        if names:
            break
        return None
    return Byline(tuple(names), et_al) if names else None


def _before_role(text: str) -> str | None:
    """The name before a role or furniture word: "Meg James Staff Writer" -> "Meg James"."""
    words = text.split()
    stops = set(_words()["role_words"])
    for index, word in enumerate(words):
        if word.lower().strip(".,") in stops:
            name = " ".join(words[:index])
            return name if _is_name(name) else None
    return None


def byline(text: str) -> Byline | None:
    """The names a byline line gives ("By Colby Hart and Mira Stein", "Written by A, B",
    "Paul Haenle and Evan Medeiros | 2022.07.18"); None for any other line."""
    line = " ".join(text.split()).strip(" _*")
    if not line or len(line.split()) > 24:
        return None
    lowered = line.lower()
    for label in sorted(_words()["byline_labels"], key=len, reverse=True):
        if lowered.startswith(label) and lowered[len(label) : len(label) + 1] in (" ", ":"):
            rest = line[len(label) :].lstrip(" :")
            return split_names(rest) if rest and rest[0].isupper() else None
    parts = [part.strip() for part in re.split(r"\s+[|•·]\s+|\s+[-–—]\s+", line) if part.strip()]
    if len(parts) >= 2 and any(date_line(part) for part in parts[1:]):
        return split_names(parts[0])
    after = re.search(r"\bby\s+(?=[A-Z])", line)  # "Monday November 18, 2019 7:45 am PST by A"
    if after and date_line(line[: after.start()]):
        return split_names(line[after.end() :])
    if re.match(r"^[^@]{4,60}\s\(?@\w+", line):  # "Jane Doe @janedoe"
        return split_names(line)
    return None


def bare_names(text: str) -> Byline | None:
    """A line that is names and nothing else, or names and their role ("Tom Krisher, AP Auto
    Writer"): a byline without "By", trusted only next to a date line (the caller's test)."""
    line = " ".join(text.split()).strip(" _*")
    if not line or len(line.split()) > 12 or line.endswith((".", "?", "!", ":")):
        return None
    found = split_names(line)
    if found is None or any(len(name.split()) > 4 for name in found.names):
        return None
    first = found.names[0]
    given = first.split()[0] in _given_names()
    initial = re.search(r"\b[A-Z]\.(?:\s|$)", first) is not None
    last = found.names[-1].split()[-1]
    tail = line[line.lower().rfind(last.lower()) + len(last) :] if last.lower() in line.lower() else ""
    role = bool(set(re.findall(r"[a-z]+", tail.lower())) & set(_words()["role_words"]))
    return found if given or initial or role else None


@cache
def _given_names() -> frozenset[str]:
    """Common given names (briefing/data/names.yaml), to trust a bare name line."""
    try:
        return frozenset(data.load("names.yaml").get("given_names", ()))
    except (OSError, AttributeError):
        return frozenset()


def join_names(names: Iterable[str]) -> str | None:
    """ "A", "A and B", "A, B and C": one string for the `author` field."""
    names = list(names)
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def bio_name(text: str) -> str | None:
    """The name an author bio opens with ("Jane Doe is a senior fellow at ..."), else None."""
    line = " ".join(text.replace("_", " ").replace("*", " ").split())
    if len(line.split()) > 90:
        return None
    lowered = line.lower()
    for verb in _words()["bio_verbs"]:
        at = lowered.find(f" {verb} ")
        if at <= 0:
            continue
        name = line[:at].strip(" ,")
        rest = set(re.findall(r"[a-z]+", lowered[at : at + 160]))
        if _is_name(name) and rest & set(_words()["bio_roles"]):
            return _name_case(name)
        return None
    return None


# ---------------------------------------------------------------- titles

_SUFFIX = re.compile(r"^(?P<title>.+?)\s+(?:[|–—:]|-{1,2}|::)\s+(?P<site>[^|–—:]+)$")
_KICKER = re.compile(r"^(?P<title>.*[a-z]{2}[a-z’'\)]?)\.\s+(?P<rest>[A-Z].*)$")


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """(headline, site) from "Headline | Site", "Headline - Site" or "Headline — Site".

    The site part must be short (at most five words) and capitalised or a domain, and the
    headline part at least three words, so "Russia and Ukraine - the view from Kyiv" keeps its
    dash. A trailing kicker sentence ("Four Years of War. The Big Five 22 February edition.")
    goes too: a headline is one sentence.
    """
    title = " ".join(title.split())
    site = None
    match = _SUFFIX.match(title)
    if match:
        head, tail = match["title"].strip(), match["site"].strip()
        words = tail.split()
        capitalised = all(word[0].isupper() or not word[0].isalpha() for word in words[:1])
        is_domain = bool(re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", tail))
        if len(head.split()) >= 3 and len(words) <= 5 and (capitalised or is_domain):
            title, site = head, tail
    kicker = _KICKER.match(title)
    if (
        kicker
        and len(kicker["title"].split()) >= 3
        and not kicker["rest"].endswith("?")
        and _balanced(kicker["title"])
    ):
        title = kicker["title"]
    return title, site


def _balanced(text: str) -> bool:
    """No quotation left open: "on ‘Meth. We’re on it.’" must not be cut at its full stop."""
    return (
        text.count("‘") <= text.count("’")
        and text.count("“") == text.count("”")
        and text.count('"') % 2 == 0
    )


def _content_words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W_]+", text) if len(word) > 3}


def choose_title(label: str | None, subtitle: str | None) -> str | None:
    """The headline from a title field and a description (or subtitle) field.

    Static sites often keep a short label in `title` and the headline, or the second half of
    it, in `description`. The description is the headline when it holds the label's words;
    a short phrase that is not a sentence completes the label ("Sudan's Nadir?" and "Pressing
    Needs and New Realities"); a sentence (a standfirst) is left aside.
    """
    if not subtitle:
        return label
    subtitle = " ".join(subtitle.split())
    words = subtitle.split()
    sentence = (
        subtitle.endswith((".", "!"))
        or len(words) > 16
        or re.match(r"(?:\S+\s+){0,2}by\s", subtitle, re.I) is not None
    )
    if not label:
        return None if sentence else subtitle
    if sentence or not subtitle[0].isupper():
        return label
    if _content_words(label) <= _content_words(subtitle):
        return subtitle
    if _content_words(subtitle) <= _content_words(label):
        return label
    joiner = " " if label.endswith(("?", "!", ":")) else ": "
    return label + joiner + subtitle


# ---------------------------------------------------------------- sources

_ORG = r"((?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|for|and|on|the|de|&))*)"
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*(?:\d{4})?)?", re.I)


def _trim_org(name: str) -> str | None:
    name = re.sub(r"^the\s+", "", name.strip(" .,;:"), flags=re.I)
    while name.split() and name.split()[-1].lower() in ("of", "for", "and", "on", "the", "&"):
        name = " ".join(name.split()[:-1])
    return name if name and len(name.split()) <= 14 else None


def source_of_line(text: str) -> str | None:
    """The publisher a page line names: "© 2026 Jane Doe · Privacy", "Copyright 2024 The X
    Institute. All rights reserved.", "... do not necessarily reflect the views of the X
    Council, its staff ...", "Coproduced by X and Y"; None for other lines."""
    line = " ".join(text.replace("_", " ").split())
    if len(line.split()) > 60:
        return None
    if _COPYRIGHT.match(line):
        return _copyright(line)
    lowered = line.lower()
    for opener in (*_words()["disclaimer_openers"], *_words()["producer_openers"]):
        at = lowered.find(opener + " ")
        if at < 0:
            continue
        if opener in _words()["producer_openers"]:
            if len(lowered[:at].split()) > 2:  # "Coproduced by X" opens the line
                continue
        elif not re.search(r"\b(?:not|no|solely|only|own)\b", lowered[:at]):
            continue
        found = re.match(_ORG, line[at + len(opener) + 1 :])
        if found:
            name = _trim_org(found.group(1))
            if name and name[0].isupper() and name.lower() not in ("any", "its"):
                return name
    return None


def _copyright(text: str) -> str | None:
    """The holder a copyright line names ("© 2024 The X Institute. All rights reserved.")."""
    line = " ".join(text.replace("_", " ").split())
    match = _COPYRIGHT.match(line)
    if not match or match.end() >= len(line) or len(line.split()) > 30:
        return None
    holder = re.split(r"\s*[|·•∙]\s*|\.\s|\s[-–—]\s", line[match.end() :])[0]
    noise = set(_words()["copyright_noise"])
    words = [word for word in holder.split() if word.lower().strip(".,") not in noise]
    holder = " ".join(words).strip(" .,")
    return _trim_org(holder) if holder and holder[0].isupper() else None


def site_of_url(url: str | None) -> str | None:
    """The host of a page address, less "www." ("rusi.org"); None for anything not a URL."""
    if not url or not re.match(r"https?://", url.strip(), re.I):
        return None
    host = urlsplit(url.strip()).hostname or ""
    host = re.sub(r"^(?:www\d?|m|amp)\.", "", host)
    return host or None


# ---------------------------------------------------------------- from the page's lines

_BIO_REACH = 12
"""Author bios sit at the foot of a page: read among the last lines (at least this many)."""


def bio_names(lines: list[str]) -> tuple[str, ...]:
    """Names of the author bios at the foot of a page ("Jane Doe is a senior fellow at ..."),
    in order, looked for in its last third (at least its last dozen lines)."""
    reach = max(_BIO_REACH, len(lines) // 3)
    names = [name for line in lines[-reach:] if (name := bio_name(line))]
    return tuple(dict.fromkeys(names))


def complete_authors(names: tuple[str, ...], et_al: bool, lines: list[str]) -> tuple[str, ...]:
    """The byline's names, completed from the author bios when the byline says "et al." (the
    bios must include its first name), or read from them when there is no byline and the bio's
    subject is not someone the body talks about."""
    if names and not et_al:
        return names
    bios = bio_names(lines)
    if names:
        return names + tuple(bio for bio in bios if bio not in names) if names[0] in bios else names
    if not bios:
        # A personal site's copyright line names its author ("© 2026 Jane Doe").
        holder = next((found for line in lines[-_BIO_REACH:] if (found := _copyright(line))), None)
        return (holder,) if holder and _is_name(holder) else ()
    reach = max(_BIO_REACH, len(lines) // 3)
    before = "\n".join(lines[:-reach])
    return tuple(
        bio for bio in bios if not re.search(rf"\b{re.escape(bio.split()[-1])}\b", before)
    )


def source_in_lines(lines: list[str]) -> str | None:
    """The publisher a page's copyright, disclaimer or producer line names, footer first."""
    return next((source for line in reversed(lines) if (source := source_of_line(line))), None)
