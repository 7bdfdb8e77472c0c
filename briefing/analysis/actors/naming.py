"""How an assembled actor is named: the name the text writes, its aliases, and mentions that
only gloss the one before them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.actors.lexicon import form_key
from briefing.analysis.actors.names import is_acronym, is_title, surname
from briefing.analysis.actors.state import Found
from briefing.model import ActorKind, Mention

if TYPE_CHECKING:
    from briefing.analysis.actors.scan import Scan

_OPEN_PAREN = re.compile(r"\s?\(\s?")


def written_name(scan: Scan, found: Found, mentions: tuple[Mention, ...]) -> str:
    """The name as the text writes it, when it never writes the canonical one.

    A state the text calls only "the US" is listed as "US", an office it calls "the Foreign
    Office" as that, a president it calls "Volodymyr Zelenskyy" with that spelling: the most
    used such form wins (ties: the longer one). Capitals and seats ("Washington", "the
    Kremlin"), demonyms and plural peoples ("Armenians") never become the name. A surname
    or an acronym alone does not replace a person's or an organisation's canonical name
    ("Nikol Pashinyan" of a text that says "Pashinyan", the "European Union" of one that
    says "EU"): it names them less clearly than the name a reader would look up.
    """
    if not scan.discover or found.name not in scan.lexicon.entities:
        return found.name  # a curated actor keeps the name its user wrote
    counts: dict[str, int] = {}
    canonical = found.name.removeprefix("the ").lower()
    for mention in mentions:
        surface = mention.surface
        if surface.lower() == canonical:
            return found.name
        key = form_key(surface)
        if key is None or key in scan.lexicon.metonyms or key in scan.lexicon.adjectival:
            continue
        if key in scan.glosses:
            continue
        acronym = is_acronym(surface.replace(".", ""))
        if surface.endswith("s") and not acronym and found.kind == ActorKind.COUNTRY:
            continue  # "Armenians": the people, not the state
        if found.kind == ActorKind.PERSON and (" " not in surface or is_title(surface.split()[0])):
            continue  # a surname alone, or a titled form ("Ayatollah Ali Khamenei")
        if found.kind in (ActorKind.ORGANISATION, ActorKind.GROUP) and acronym:
            continue
        counts[surface] = counts.get(surface, 0) + 1
    if not counts:
        return found.name
    return max(counts, key=lambda surface: (counts[surface], len(surface)))


def actor_aliases(
    scan: Scan,
    canonical: str,
    name: str,
    kind: ActorKind,
    mentions: tuple[Mention, ...],
    shared: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The canonical name when the text used another, the forms the text used (`mentions`,
    in reading order), then the usual short names (acronym, surname) it did not.

    A family name that two people the article names share (`shared`: "Shinawatra" for Thaksin
    and Paetongtarn Shinawatra) is an alias of neither.
    """
    known = scan.entities.get(canonical)
    short = list(known.short) if known else []
    if kind == ActorKind.PERSON and " " in canonical:
        short.append(surname(canonical))
    if kind == ActorKind.PERSON and shared:
        short = [form for form in short if form not in shared]
    written = (mention.surface for mention in mentions)  # in reading order
    forms = dict.fromkeys([canonical, *written, *short])
    forms.pop(name, None)
    return tuple(forms)


def without_echoes(scan: Scan, mentions: list[Mention]) -> tuple[Mention, ...]:
    """Drop the acronym that only glosses the name before it: "Foo Bar Council (FBC)" is
    one mention, not two."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if previous is not None and previous.span.paragraph == mention.span.paragraph:
            text = scan.paragraphs[mention.span.paragraph].text
            between = _unpossessive(text[previous.span.end : mention.span.start])
            after = _unpossessive(text[mention.span.end : mention.span.end + 4]).lstrip()
            if _OPEN_PAREN.fullmatch(between) and after[:1] == ")":
                continue  # "Hay'at Tahrir al-Sham's (HTS's)" is one mention too
        kept.append(mention)
    return tuple(kept)


def _unpossessive(text: str) -> str:
    """The text without a leading possessive "'s"."""
    return text[2:] if text[:2] in ("'s", "’s") else text
