"""The publisher a page names: copyright, disclaimer and producer lines, or the URL's host.

"© 2026 Jane Doe · Privacy", "... do not necessarily reflect the views of the X Council",
"Coproduced by X and Y"; the page's URL itself is never a source, only its host as a last resort.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefing.ingest.metadata.dates import month_number
from briefing.ingest.metadata.words import lexicon


_ORG_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z](?:[\w’'&-]|\.(?=\w))*)"
"""A capitalised word of a name; a full stop only inside it ("U.S.", "e.V") or after initials,
so a run never crosses a sentence end ("... for Water Policy. Sok Dara is ...")."""
_ORG = rf"((?:the\s+)?{_ORG_WORD}(?:\s+(?:{_ORG_WORD}|of|for|and|on|the|de|&))*)"
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*(?:\d{4})?)?", re.I
)


_DISCLAIMER = re.compile(
    r"\b(?:views?|opinions?|positions?|content|article|commentary|analysis|post|piece)\b.*"
    r"\b(?:expressed|author|authors|writer|contributor|necessarily|solely|own)"
)


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
        return copyright_holder(line)
    lowered = line.lower()
    for opener in (*lexicon()["disclaimer_openers"], *lexicon()["producer_openers"]):
        at = lowered.find(opener + " ")
        if at < 0:
            continue
        if opener in lexicon()["producer_openers"]:
            if len(lowered[:at].split()) > 2:  # "Coproduced by X" opens the line
                continue
        elif not (
            re.search(r"\b(?:not|no|solely|only|own)\b", lowered[:at])
            and _DISCLAIMER.search(lowered[:at])
        ):
            continue  # "He did not share the views of the Kremlin" is running text
        found = re.match(_ORG, line[at + len(opener) + 1 :])
        if found:
            name = _trim_org(found.group(1))
            if name and name[0].isupper() and name.lower() not in ("any", "its"):
                return name
    return None


def copyright_holder(text: str) -> str | None:
    """The holder a copyright line names ("© 2024 The X Institute. All rights reserved.")."""
    line = " ".join(text.replace("_", " ").split())
    match = _COPYRIGHT.match(line)
    if not match or match.end() >= len(line) or len(line.split()) > 30:
        return None
    holder = re.split(r"\s*[|·•∙]\s*|\.\s|\s[-–—]\s", line[match.end() :])[0]
    noise = set(lexicon()["copyright_noise"])
    words = [word for word in holder.split() if word.lower().strip(".,") not in noise]
    holder = " ".join(words).strip(" .,")
    return _trim_org(holder) if holder and holder[0].isupper() else None


_AFFILIATION = re.compile(r"\b(?:at|with|of|within)\s+" + _ORG)


def affiliation(bio: str) -> str | None:
    """The organisation an author bio names ("... a fellow at the Center for Strategic and
    International Studies (CSIS)", "... with RUSI's Nuclear Policy programme"): the first
    capitalised run after "at", "with", "of" or "within" that holds an institution word or is
    an acronym; None when the bio names none."""
    line = " ".join(bio.replace("_", " ").replace("*", " ").split())
    org_words = set(lexicon()["institution_words"])
    for match in _AFFILIATION.finditer(line):
        name = re.split(r"[’']s\b", match.group(1))[0]
        name = _trim_org(name) or ""
        words = name.split()
        if not words:
            continue
        acronym = re.fullmatch(r"[A-Z]{2,6}", words[0]) is not None
        if acronym or {word.lower().strip(".,") for word in words} & org_words:
            return " ".join(words[:1]) if acronym and len(words) <= 2 else name
    return None


def site_of_url(url: str | None) -> str | None:
    """The host of a page address, less "www." ("rusi.org"); None for anything not a URL."""
    if not url or not re.match(r"https?://", url.strip(), re.I):
        return None
    host = urlsplit(url.strip()).hostname or ""
    host = re.sub(r"^(?:www\d?|m|amp)\.", "", host)
    return host or None


def republished_by(lines: list[str]) -> str | None:
    """The organisation a republication line names ("This commentary was originally published
    by the Mekong Policy Review.", "This article first appeared in River Affairs."): where
    the piece first ran, the publisher to name even on a repost's page. None when no line says
    so. Openers are `republication_openers` in metadata.json."""
    openers = [re.compile(opener, re.I) for opener in lexicon()["republication_openers"]]
    for text in reversed(lines):
        line = " ".join(text.replace("_", " ").replace("*", " ").split())
        if len(line.split()) > 60:
            continue
        for opener in openers:
            match = opener.search(line)
            found = re.match(_ORG, line[match.end() :]) if match else None
            name = _trim_org(found.group(1)) if found else None
            if name and name[0].isupper() and not month_number(name.split()[0]):
                return name  # "First published on November 19, 2019" names a day, not a site
    return None


def source_in_lines(lines: list[str]) -> str | None:
    """The publisher a page's copyright, disclaimer or producer line names, footer first."""
    return next((source for line in reversed(lines) if (source := source_of_line(line))), None)
