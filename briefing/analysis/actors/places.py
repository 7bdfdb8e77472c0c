"""Places whose names hold another name: "Gulf of Aden", "Strait of Hormuz", "Sea of Japan".

A geographic head word, "of" and a capitalised name make one place: the name after "of" is part
of it, not an actor of its own (the Sea of Japan names no country, the Gulf of Aden is neither
"the Gulf" nor the city of Aden). The head words are actor_stopwords.yaml's `of_place_heads`.

A name the text writes right before a facility noun ("the Shahid Beheshti terminal",
"Hambantota port") names that facility, a place, even when it looks like a person's name
(`facility_nouns`).
"""

from __future__ import annotations

from functools import cache

from briefing import data
from briefing.analysis.actors.names import Token, is_titlecase, words


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    stop = data.load("actor_stopwords.yaml")
    return frozenset(stop["of_place_heads"]), frozenset(stop["facility_nouns"])


def of_place_heads() -> frozenset[str]:
    """The head words of "Head of Name" places ("Gulf", "Strait")."""
    return _lists()[0]


def of_place(text: str, tokens: list[Token], position: int) -> int | None:
    """The last token of a place "Head of Name" that starts at `position`, or None.

    Shape: a head word, " of ", then one to four capitalised words joined by spaces or hyphens
    ("Gulf of Aden", "Bay of Bengal", "Strait of Kerch", "Cape of Good Hope").
    """
    heads, _ = _lists()
    if tokens[position][2] not in heads or position + 2 >= len(tokens):
        return None
    if tokens[position + 1][2] != "of" or text[tokens[position][1] : tokens[position + 1][0]] != " ":
        return None
    last = position + 1
    lists = words()
    while last + 1 < len(tokens) and last - position <= 5:
        word = tokens[last + 1][2]
        gap = text[tokens[last][1] : tokens[last + 1][0]]
        if gap not in (" ", "-") or not is_titlecase(word) or word.lower() in lists.breakers:
            break
        last += 1
    return last if last >= position + 2 else None


def before_facility(text: str, tokens: list[Token], last: int) -> bool:
    """Whether a facility noun follows token `last` ("Shahid Beheshti terminal")."""
    _, facilities = _lists()
    after = last + 1
    return (
        after < len(tokens)
        and text[tokens[last][1] : tokens[after][0]] == " "
        and tokens[after][2] in facilities
    )
