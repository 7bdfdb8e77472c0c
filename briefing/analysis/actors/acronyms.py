"""Names an article defines with an acronym in brackets: "the Democratic Progressive Party (DPP)".

Writers introduce an organisation, party or movement by its full name followed by its acronym
in parentheses, then use either. That pattern is the best evidence there is for where a name
starts and ends, better than capitalisation alone: "Syrian Democratic Forces (SDF)" is one name
although "Syrian" alone is a demonym, and "African National Congress (ANC)" is one name although
"Congress" alone is the US Congress. So the whole text is read for such definitions before any
name is matched, and each defined name becomes a form of its own actor for the article.

Where the name starts: walking back from the bracket, each capitalised word must supply the
acronym's next capital from the end ("Organization of Turkic States" for OTS), skipping
connectors ("of", "and", "al-") and possessives ("People's"); the second part of a hyphenated
compound may be skipped ("Trans-Caspian" gives one letter). An acronym whose capitals do not
follow the words ("Democratic Union Party (PYD)", a Kurdish acronym) still defines the
capitalised run before it when that run ends in an organisation word ("Party"). Mixed-case
acronyms count by their capitals, and may spell only the name's first words when the rest is
a complement ("Coordinating Committee for Multilateral Export Controls (CoCom)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.actors.names import Token, words

_MAX_WORDS = 12
"""Longest name considered before a bracket, in words (connectors included)."""

_CONNECTORS = frozenset(
    {"of", "for", "and", "the", "on", "in", "to", "de", "del", "des", "du", "la", "le", "al",
     "el", "bin", "ibn", "wal", "wa", "s", "&"}
)
"""Lower-case words inside a name that give no letter to its acronym ("s" is a possessive)."""

_GAPS = frozenset({" ", "-", "'", "’", "\u00a0", " & "})
"""What may stand between two words of one name."""

_BRACKET = re.compile(r"\s?\(\s?")


@dataclass(frozen=True, slots=True)
class Definition:
    """One "Full Name (ACR)" in a paragraph: the name as written (without a leading "the")
    and the acronym. `first`..`last` are token indices of the name, `acronym` the acronym's."""

    paragraph: int
    first: int
    last: int
    acronym_index: int
    name: str
    acronym: str
    spelled: bool = True
    """Whether the name's capitals spell the acronym (False: found by its organisation word)."""


def looks_like_acronym(word: str) -> bool:
    """ "DPP", "E3", "CoCom": 2-10 letters or digits, a capital first, at least two capitals,
    and no run of three lower-case letters (which would make it a word such as "Hamas")."""
    if not 2 <= len(word) <= 10 or not word[:1].isupper() or not word.isalnum():
        return False
    capitals = sum(1 for char in word if char.isupper())
    return capitals >= 2 and not re.search(r"[a-z]{3}", word)


def definitions(index: int, text: str, tokens: list[Token]) -> list[Definition]:
    """Every "Full Name (ACR)" and "ACR (Full Name)" of a paragraph, in reading order.

    A possessive on both sides is read through: "Hay'at Tahrir al-Sham's (HTS's)".
    """
    if "(" not in text:
        return []
    found = []
    for position in range(1, len(tokens)):
        word = tokens[position][2]
        if not looks_like_acronym(word):
            continue
        last = position - 1
        if _possessive(text, tokens, last):
            last -= 1
        gap = text[tokens[last][1] : tokens[position][0]] if last >= 0 else ""
        if not _BRACKET.fullmatch(re.sub(r"^['’]s", "", gap)):
            reverse = _bracketed_after(index, text, tokens, position)
            if reverse is not None:
                found.append(reverse)
            continue
        if not _CLOSE.match(text, tokens[position][1]):
            continue
        first = _start_by_initials(text, tokens, last, word)
        if first is None:
            first = _start_by_prefix(text, tokens, last, word)
        spelled = first is not None
        if first is None:
            first = _start_by_head(text, tokens, last)
        if first is None:
            continue
        name = text[tokens[first][0] : tokens[last][1]]
        found.append(Definition(index, first, last, position, name, word, spelled))
    return found


_CLOSE = re.compile(r"(?:['’]s)?\s?\)")


def _possessive(text: str, tokens: list[Token], position: int) -> bool:
    """Whether token `position` is the "s" of a possessive ("Sham's")."""
    return (
        position > 0
        and tokens[position][2] == "s"
        and text[tokens[position - 1][1] : tokens[position][0]] in ("'", "’")
    )


def _bracketed_after(
    index: int, text: str, tokens: list[Token], position: int
) -> Definition | None:
    """ "the PYD (Democratic Union Party)": the full name in brackets after the acronym."""
    acronym = tokens[position][2]
    if position + 1 >= len(tokens):
        return None
    if not _BRACKET.fullmatch(text[tokens[position][1] : tokens[position + 1][0]]):
        return None
    last = position + 1
    while last + 1 < len(tokens) and last - position < _MAX_WORDS:
        if _CLOSE.match(text, tokens[last][1]) or not _joined(text, tokens[last], tokens[last + 1]):
            break
        last += 1
    if not _CLOSE.match(text, tokens[last][1]):
        return None
    first = position + 1
    if not tokens[first][2][:1].isupper():
        return None
    spelled = _start_by_initials(text, tokens, last, acronym) == first
    if not spelled and _start_by_head(text, tokens, last) != first:
        return None
    name = text[tokens[first][0] : tokens[last][1]]
    return Definition(index, first, last, position, name, acronym, spelled)


def _joined(text: str, left: Token, right: Token) -> bool:
    return text[left[1] : right[0]] in _GAPS


def _start_by_initials(text: str, tokens: list[Token], last: int, acronym: str) -> int | None:
    """First token of the name whose capitalised words spell the acronym's capitals."""
    letters = [char for char in acronym if char.isupper()]
    need = len(letters) - 1
    position = last
    start: int | None = None
    while position >= 0 and last - position < _MAX_WORDS:
        if position < last and not _joined(text, tokens[position], tokens[position + 1]):
            return None
        word = tokens[position][2]
        if word[:1].isupper() and word[0] == letters[need]:
            start = position
            need -= 1
            if need < 0:
                return start
        elif word[:1].isupper() and position > 0 and text[tokens[position - 1][1]] == "-":
            pass  # "Trans-Caspian": the compound's first part gives the letter
        elif word.lower() not in _CONNECTORS or start is None:
            return None
        position -= 1
    return None


def _start_by_prefix(text: str, tokens: list[Token], last: int, acronym: str) -> int | None:
    """First token of a name whose first words spell the acronym and whose rest is a
    complement ("Coordinating Committee for Multilateral Export Controls (CoCom)")."""
    letters = [char for char in acronym if char.isupper()]
    lists = words()
    start = last
    while (
        start > 0
        and last - start < _MAX_WORDS
        and _joined(text, tokens[start - 1], tokens[start])
        and (tokens[start - 1][2][:1].isupper() or tokens[start - 1][2].lower() in _CONNECTORS)
    ):
        start -= 1
    for first in range(start, last):
        word = tokens[first][2]
        if not word[:1].isupper() or word.lower() in lists.common - lists.adjectives:
            continue
        position, need = first, 0
        while position <= last and need < len(letters):
            if tokens[position][2][:1] != letters[need]:
                break
            need += 1
            position += 1
        if need == len(letters) and position <= last and tokens[position][2] in ("for", "of", "on"):
            return first
    return None


def _start_by_head(text: str, tokens: list[Token], last: int) -> int | None:
    """First token of a capitalised run (at most six words) that ends in an organisation word."""
    lists = words()
    if tokens[last][2] not in lists.org_heads:
        return None
    start = last
    position = last - 1
    while (
        position >= 0
        and last - position < 6
        and _joined(text, tokens[position], tokens[position + 1])
    ):
        word = tokens[position][2]
        lower = word.lower()
        if not word[:1].isupper() or (lower in lists.common and lower not in lists.adjectives):
            break
        start = position
        position -= 1
    return start if start < last else None


def term_definitions(text: str, tokens: list[Token]) -> list[str]:
    """Acronyms a paragraph defines with a lower-case phrase: "advanced persistent threat
    (APT)", "exclusive economic zone (EEZ)". The words before the bracket, all lower case,
    spell the acronym's letters in order; such an acronym names a term, not an organisation."""
    if "(" not in text:
        return []
    found = []
    for position in range(1, len(tokens)):
        start, end, word = tokens[position]
        if text[start - 1 : start] != "(" or not word[:1].isupper():
            continue
        if not looks_like_acronym(word) or not _CLOSE.match(text, end):
            continue
        if not _BRACKET.fullmatch(text[tokens[position - 1][1] : start]):
            continue
        letters = [char.lower() for char in word if char.isupper()]
        first = position - len(letters)
        if first < 0:
            continue
        phrase = tokens[first:position]
        if all(
            token[2][:1] == letter and token[2].islower()
            for token, letter in zip(phrase, letters, strict=True)
        ):
            found.append(word)
    return found
