"""Word lists and small tests for names the gazetteer does not know.

An unknown capitalised name becomes an actor only on evidence: a title right before it
("EU President Charles Michael"), a verb of saying next to it, a common given name at its
start, an organisation head word ("Wall Street Journal"), or an acronym in parentheses after it.
A title alone ("Prime Minister"), a month, page furniture ("Image", "Related Articles") or a
word capitalised because it opens a sentence is never one. The lists live in
briefing/data/titles.yaml, names.yaml and actor_stopwords.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefing import data

Token = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists, as sets for constant-time tests."""

    titles: frozenset[str]
    title_nouns: frozenset[str]
    modifiers: frozenset[str]
    role_connectors: frozenset[str]
    speech_verbs: frozenset[str]
    org_heads: frozenset[str]
    particles: frozenset[str]
    connectors: frozenset[str]
    given_names: frozenset[str]
    breakers: frozenset[str]
    """Lower-case words that never belong to a name: months, weekdays, page furniture."""
    common: frozenset[str]
    """Lower-case words that only open a name by accident (sentence starts, adjectives)."""


@cache
def words() -> Words:
    """Load the word lists once per process."""
    titles = data.load("titles.yaml")
    stop = data.load("actor_stopwords.yaml")
    return Words(
        titles=frozenset(titles["titles"]),
        title_nouns=frozenset(titles["title_nouns"]),
        modifiers=frozenset(titles["role_modifiers"]),
        role_connectors=frozenset(titles["role_connectors"]),
        speech_verbs=frozenset(titles["speech_verbs"]),
        org_heads=frozenset(titles["organisation_heads"]),
        particles=frozenset(titles["name_particles"]),
        connectors=frozenset(titles["name_connectors"]),
        given_names=frozenset(data.load("names.yaml")["given_names"]),
        breakers=frozenset(stop["calendar"]) | frozenset(stop["furniture"]),
        common=frozenset(stop["function_words"]) | frozenset(stop["adjectives"]),
    )


def is_capitalised(word: str) -> bool:
    """Starts with a capital letter ("Armenia", "CSTO", "U.S.")."""
    return word[:1].isupper()


def is_titlecase(word: str) -> bool:
    """A capital then lower-case letters: a word that looks like part of a name, not an acronym."""
    return word[:1].isupper() and any(char.islower() for char in word[1:])


def is_acronym(word: str) -> bool:
    """Two to ten capitals, perhaps with digits ("CSTO", "G20", "EAEU")."""
    return (
        2 <= len(word) <= 10
        and word[:1].isupper()
        and word.replace("&", "").isalnum()
        and (word.upper() == word)
    )


def is_title(word: str) -> bool:
    """A capitalised word of a title ("President", "Gen")."""
    return word in words().titles


def joins(text: str, left: Token, right: Token) -> bool:
    """Whether two words are close enough to belong to one name: a space, a hyphen, or the
    stop after an initial ("George W. Bush")."""
    gap = text[left[1] : right[0]]
    if gap in (" ", "-", "\u00a0"):
        return True
    return gap == ". " and len(left[2]) == 1 and left[2].isupper()


def surname(name: str) -> str:
    """The word a person is named by on their own: the last, skipping "Jr." and numerals."""
    parts = [part.rstrip(".") for part in name.split()]
    while len(parts) > 1 and parts[-1] in ("Jr", "Sr", "II", "III", "IV"):
        parts.pop()
    return parts[-1] if parts else name


def role_before(
    text: str, tokens: list[Token], first: int, match_start: dict[int, int]
) -> str | None:
    """The title written right before the name at token `first`, as the text words it.

    Walks back over title words, modifiers ("former"), connectors ("of the") and names of
    countries or organisations ("EU President", "former Speaker of the House of
    Representatives"); `match_start` maps the last token of each gazetteer match to its first.
    Returns None when no title word is found.
    """
    lists = words()
    k = first - 1
    start: int | None = None
    has_title = False
    while k >= 0 and joins(text, tokens[k], tokens[k + 1]):
        word = tokens[k][2]
        lower = word.lower()
        if k in match_start:
            k = match_start[k]
            start = k
        elif word.rstrip(".") in lists.titles or lower in lists.title_nouns:
            has_title = True
            start = k
        elif lower in lists.modifiers:
            start = k
        elif lower in lists.role_connectors:
            pass
        elif is_titlecase(word) and lower not in lists.common and lower not in lists.breakers:
            start = k
        else:
            break
        k -= 1
    if not has_title or start is None:
        return None
    return text[tokens[start][0] : tokens[first - 1][1]]
