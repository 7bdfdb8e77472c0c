"""Bylines and author bios: every author, in order.

"By A and B", "Written by A, B and C", "A & B", "Authors: A; B", "A and B | 2022.07.18",
"Jane Doe @jane", "... PST by A", "Meg James Staff Writer"; "et al." is kept as a flag so a
reader can complete the list from the author bios at the foot of the page ("Jane Doe is a
senior fellow at ..."). Names written in capitals are set in title case. A part with a role or
organisation word ("Senior Fellow", "Atlantic Council") is never a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.ingest.metadata.dates import date_line, month_number
from briefing.ingest.metadata.sources import affiliation, copyright_holder
from briefing.ingest.metadata.words import lexicon


@dataclass(frozen=True, slots=True)
class Byline:
    """The names of a byline in order; `et_al` when it ended with "et al." (more authors)."""

    names: tuple[str, ...]
    et_al: bool = False


_ET_AL = re.compile(r",?\s*\bet\.?\s+al\b\.?", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b(?!\.? al))\s*", re.I)
_NAME_STOP = re.compile(
    r"\s*(?:\||\s[-–—/]\s|\(|@|\bon\s|\bupdated\b|\bpublished\b|\bfor\s|\bin\s|\d).*$",
    re.I,
)
_PARTS = re.compile(r"\s+[|•·/]\s+|\s+[-–—]\s+")
_HANDLE_THEN_DATE = re.compile(r"^(?P<handle>[\w.-]{2,30})\s+[-–—|/·]\s+(?P<date>.+)$")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*\.?|[^\W\d_]\.")


def _is_name(text: str) -> bool:
    """A person's name: 2 to 6 words, each capitalised (or a particle such as "de", "van"),
    at least two capitalised; "Ryan C. Berg", "Joana de Deus Pereira", "Łukasz Rachel"."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    particles, roles, openers = _name_sets()
    if words[0].lower() in openers:
        return False
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


@cache
def _name_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(particles, words that are never part of a name, words that open no name)."""
    words = lexicon()
    never = frozenset(words["role_words"]) | frozenset(words["organisation_words"])
    return frozenset(words["name_particles"]), never, frozenset(words["not_name_words"])


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
    stops = set(lexicon()["role_words"])
    for index, word in enumerate(words):
        if word.lower().strip(".,") in stops:
            name = " ".join(words[:index])
            return name if _is_name(name) else None
    return None


def byline(text: str) -> Byline | None:
    """The names a byline line gives ("By Colby Hart and Mira Stein", "Written by A, B",
    "Paul Haenle and Evan Medeiros | 2022.07.18"); None for any other line."""
    if len(text) > 400:  # a paragraph, not a byline: no need to split it
        return None
    line = " ".join(text.split()).strip(" _*")
    if not line or len(line.split()) > 24:
        return None
    label = _labels().match(line)
    if label:
        rest = line[label.end() :].lstrip(" :")
        handle = _HANDLE_THEN_DATE.match(rest)  # "By admin - 2018-09-16"
        if handle and date_line(handle["date"]):
            return Byline((handle["handle"],))
        return split_names(rest) if rest and rest[0].isupper() else None
    parts = [part.strip() for part in _PARTS.split(line) if part.strip()]
    if len(parts) >= 2 and any(date_line(part) for part in parts[1:]):
        return split_names(parts[0])
    if len(parts) >= 2 and date_line(parts[0]) and _credit(parts[-1]):
        return Byline((parts[-1],))  # "Updated on: November 19, 2019 / 10:07 AM / CBS News"
    after = re.search(r"\bby\s+(?=[A-Z])", line)  # "Monday November 18, 2019 7:45 am PST by A"
    if after and date_line(line[: after.start()]):
        return split_names(line[after.end() :])
    if re.match(r"^[^@]{4,60}\s\(?@\w+", line):  # "Jane Doe @janedoe"
        return split_names(line)
    stamp = _STAMP_FIRST.match(line)  # "2019-11-20 17:27:46 Marcus De Guzman"
    if stamp:
        return split_names(stamp["rest"])
    return _credit_before_date(line)


_STAMP_FIRST = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(?P<rest>\D+)$"
)
_DATE_START = re.compile(
    r"\s(?=(?:[^\W\d_]{3,12}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_]{3,12}),?\s+\d{4})"
)
_WIRE = re.compile(r"^[A-Z][\w .,'’-]{0,40}\((?P<agency>[A-Z][\w&. ]{1,30})\)\s*[-—–]")


@cache
def _labels() -> re.Pattern[str]:
    """The byline labels ("By", "Written by", "Authors:") as one pattern, longest first."""
    labels = sorted(lexicon()["byline_labels"], key=len, reverse=True)
    return re.compile(r"(?:%s)(?=[ :])" % "|".join(map(re.escape, labels)), re.I)


def _credit_before_date(line: str) -> Byline | None:
    """ "Reuters November 18, 2019 11:03 PM", "Jane Doe 8 April 2024": a credit, then the date."""
    match = _DATE_START.search(line)
    if match is None or date_line(line[match.end() :]) is None:
        return None
    credit = line[: match.start()].strip(" ,|-–—")
    words = credit.split()
    if not words or len(words) > 5 or any(char.isdigit() for char in credit):
        return None
    if len(words) == 1:
        word = words[0]
        skip = set(lexicon()["date_labels"]) | set(lexicon()["role_words"])
        if not word[:1].isupper() or word.isupper() or word.lower().strip(",.") in skip:
            return None
        weekday = re.match(r"(?:mon|tue|wed|thu|fri|sat|sun)", word, re.I)
        if month_number(word.strip(",.")) or weekday:
            return None
        return Byline((word,))
    return split_names(credit)


def _credit(text: str) -> bool:
    """A credit: one to four capitalised words with no digits ("CBS News", "Harbourwire")."""
    words = text.split()
    return (
        1 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and not any(char.isdigit() for char in text)
        and not re.match(r"(?:[ap]\.?m\.?|[A-Z]{2,4}T)$", text)
    )


def labelled_byline(lines: list[str]) -> Byline | None:
    """The first "By ..." line anywhere on the page, for pages that set it under the article."""
    for text in lines:
        if _labels().match(text.strip(" _*")):
            found = byline(text)
            if found:
                return found
    return None


def wire_credit(lines: list[str]) -> Byline | None:
    """The agency of a wire story's dateline ("WASHINGTON (Reuters) - ..."), in its first lines."""
    for text in lines[:3]:
        match = _WIRE.match(text)
        if match:
            return Byline((match["agency"].strip(),))
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
    at = line.lower().rfind(last.lower())
    tail = line[at + len(last) :] if at >= 0 else ""
    role = bool(set(re.findall(r"[a-z]+", tail.lower())) & set(lexicon()["role_words"]))
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
    if len(text) > 1200:
        return None
    line = " ".join(text.replace("_", " ").replace("*", " ").split())
    if len(line.split()) > 90:
        return None
    lowered = line.lower()
    for verb in lexicon()["bio_verbs"]:
        at = lowered.find(f" {verb} ")
        if at <= 0:
            continue
        name = re.sub(r"\s*\(@?\w+\)$", "", line[:at].strip(" ,"))  # "Jane Doe (@jane)"
        rest = set(re.findall(r"[a-z]+", lowered[at : at + 160]))
        if _is_name(name) and rest & set(lexicon()["bio_roles"]):
            return _name_case(name)
        return None
    return None


_BIO_REACH = 12
"""Author bios sit at the foot of a page: read among the last lines (at least this many)."""


def bio_names(lines: list[str]) -> tuple[str, ...]:
    """Names of the author bios at the foot of a page ("Jane Doe is a senior fellow at ..."),
    in order, looked for in its last third (at least its last dozen lines)."""
    reach = max(_BIO_REACH, len(lines) // 3)
    names = [name for line in lines[-reach:] if (name := bio_name(line))]
    return tuple(dict.fromkeys(names))


def bio_affiliation(lines: list[str]) -> str | None:
    """The organisation most author bios at the foot of the page name (the first bio's on a
    tie): the publisher of a think tank's own staff, the last cue for a repost's source."""
    reach = max(_BIO_REACH, len(lines) // 3)
    found = [org for line in lines[-reach:] if bio_name(line) and (org := affiliation(line))]
    if not found:
        return None
    return max(dict.fromkeys(found), key=found.count)


def complete_authors(names: tuple[str, ...], et_al: bool, lines: list[str]) -> tuple[str, ...]:
    """The byline's names, completed from the author bios when the byline says "et al." (the
    bios must include its first name), or read from them when there is no byline and the bio's
    subject is not someone the body talks about (a byline line naming them does not count)."""
    if names and not et_al:
        return names
    bios = bio_names(lines)
    if names:
        return names + tuple(bio for bio in bios if bio not in names) if names[0] in bios else names
    if not bios:
        # A personal site's copyright line names its author ("© 2026 Jane Doe").
        footer = lines[-_BIO_REACH:]
        holder = next((found for line in footer if (found := copyright_holder(line))), None)
        return (holder,) if holder and _is_name(holder) else ()
    reach = max(_BIO_REACH, len(lines) // 3)
    # The body may name the author (a byline line "By Jane Doe" above it): only the text's own
    # mentions make a bio's subject someone the article is about.
    before = "\n".join(line for line in lines[:-reach] if byline(line) is None)
    return tuple(
        bio for bio in bios if not re.search(rf"\b{re.escape(bio.split()[-1])}\b", before)
    )
