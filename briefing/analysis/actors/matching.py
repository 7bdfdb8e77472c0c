"""Matching the gazetteer's and the article's own forms in a paragraph (the scanner's step 1).

Forms are matched longest first, left to right (lexicon.py says how a form is keyed); a match
glued to an unknown capitalised word is part of another name and is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.actors.lexicon import Entity
from briefing.analysis.actors.names import Token, is_titlecase, namelike, words
from briefing.analysis.actors.places import of_place, of_place_heads
from briefing.analysis.actors.state import ParagraphState
from briefing.model import ActorKind

if TYPE_CHECKING:
    from briefing.analysis.actors.scan import Scan

_TIGHT = frozenset({" ", "-", "\u00a0", "", "–", "'", "’", " “", "” ", ' "', '" '})
"""What may stand between the words of one form: a space, a hyphen, a possessive's
apostrophe, or the quotation marks around a nickname ("Mohamed Hamdan “Hemedti” Dagalo")."""


def match_forms(scan: Scan, para: ParagraphState) -> None:
    """Longest gazetteer forms, left to right; a "Head of Name" place (places.py) unless a
    known form is as long. A form's words match ignoring case, and an inner word also as its
    plural ("Islamic Revolutionary Guards Corps" is the Islamic Revolutionary Guard Corps)."""
    tokens, index, text = para.tokens, scan.lexicon.index, para.text
    local = scan.local
    heads = of_place_heads()
    count = len(tokens)
    # Only a word that starts a known form or heads a place can start a match: the rest of
    # the paragraph (most of its words) is stepped over in one pass instead of one at a time.
    starts = [
        number
        for number, (_, _, word) in enumerate(tokens)
        if word in index or word in heads or (local and word in local)
    ]
    position = 0
    for start in starts:
        if start < position:
            continue  # inside a form matched before
        position = start
        word = tokens[position][2]
        candidates = index.get(word)
        if local and word in local:
            candidates = sorted(
                [*local[word], *(candidates or ())],
                key=lambda candidate: -len(candidate[0]),
            )
        matched = False
        place = of_place(text, tokens, position) if word in heads else None
        if candidates:
            following = None  # the next word, to skip most multi-word candidates at once
            for rest, name in candidates:
                last = position + len(rest)
                if last >= count or (place is not None and last < place):
                    continue
                if rest:
                    if following is None:
                        following = tokens[position + 1][2].lower()
                    if rest[0] != following and (len(rest) < 2 or following != rest[0] + "s"):
                        continue
                    if not _rest_matches(text, tokens, position, rest):
                        continue
                para.matches.append((position, last, name))
                position = last + 1
                matched = True
                break
        if not matched and place is not None:
            # "Gulf of Aden", "Sea of Japan": one place, whatever names it holds.
            name = text[tokens[position][0] : tokens[place][1]]
            scan.entities.setdefault(name, Entity(name, ActorKind.PLACE))
            para.matches.append((position, place, name))
            position = place + 1


def drop_glued(scan: Scan, para: ParagraphState, initial: set[int]) -> None:
    """Drop a match that is only part of a longer unknown name ("Rome Statute").

    A known person's full name stays: "Barack Obama Election Day" still names Obama; and a
    given name after a match starts the next name ("Special Envoy for Syria Tom Barrack").
    An organisation's one-word form after a capitalised adjective is another body's name:
    the "Congress" of the "African National Congress" is not the US Congress.
    """
    tokens, text = para.tokens, para.text
    lists = words()
    taken = {p for first, last, _ in para.matches for p in range(first, last + 1)}
    for number, (first, last, name) in enumerate(para.matches):
        kind = scan.entities[name].kind
        if kind == ActorKind.PERSON:
            continue
        after, before = last + 1, first - 1
        # Only a capitalised word glues (`namelike` and `is_titlecase` ask for a capital
        # first): a match between lower-case words, most of them, is kept without more tests.
        following = tokens[after][2] if after < len(tokens) else ""
        glued_after = (
            following[:1].isupper()
            and after not in taken
            and text[tokens[last][1] : tokens[after][0]] == " "
            and namelike(following)
            and following not in lists.given_names
        )
        previous = tokens[before][2] if before >= 0 else ""
        glued_before = (
            previous[:1].isupper()
            and before not in taken
            and tokens[before][0] not in initial
            and text[tokens[before][1] : tokens[first][0]] == " "
            and (
                namelike(previous)
                or (
                    kind in (ActorKind.ORGANISATION, ActorKind.GROUP)
                    and first == last
                    and is_titlecase(previous)
                    and previous.lower() in lists.adjectives
                )
            )
        )
        if glued_after or glued_before:
            para.matches[number] = (-1, -1, name)


def _rest_matches(text: str, tokens: list[Token], position: int, rest: tuple[str, ...]) -> bool:
    """Whether the words after `tokens[position]` are `rest` (lower case), tightly written; an
    inner word may be written as its plural.

    A plain loop rather than all() over a generator: it runs for every candidate form whose
    second word matches, the scanner's most frequent comparison on long texts."""
    last_inner = len(rest) - 1
    for k, word in enumerate(rest):
        written = tokens[position + 1 + k][2].lower()
        if written != word and (k == last_inner or written != word + "s"):
            return False
        if not _tight(text, tokens[position + k], tokens[position + 1 + k]):
            return False
    return True


def _tight(text: str, left: Token, right: Token) -> bool:
    """Words of one multi-word form: only what `_TIGHT` allows between them, or the stop of a
    short abbreviation ("St. Petersburg", "Ft. Worth")."""
    gap = text[left[1] : right[0]]
    return gap in _TIGHT or (gap == ". " and len(left[2]) <= 2 and left[2][:1].isupper())
