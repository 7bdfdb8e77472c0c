"""A light noun-phrase chunker for section titles, on the word classes of `word_classes`.

`candidates` finds what a title can be made of: noun phrases ("Armenia's drift"), phrases
joined through attaching prepositions ("drift away from Moscow", "conflict between Serbia and
Kosovo") and a subject with a copula's prepositional predicate ("relations had been in
decline" -> "relations in decline"), each complete (never cut inside a name, an idiom or a
coordination). Only the few central sentences of a section are tagged, so the cost stays small
and linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.sections.word_classes import (
    ADJ,
    ADV,
    AUX,
    DET,
    HEADS,
    NEG,
    NOMINAL,
    NUM,
    PREP,
    PUNCT,
    TOKEN,
    VERB,
    Lexicon,
    Token,
    adjectival,
    classify,
    content_stem,
    lexicon,
)

__all__ = ["candidates"]

_WARD = ("ward", "wards")
_VERB_CLAUSES = False
"""Whether a subject with its verb ("Yerevan has begun to look westward") may be a title. Off:
issue 13 asks for noun phrases, and without a parser a verb's object is too often cut off."""
_ATTACHED_SPAN = 10
"""How far past a phrase its attachments are followed when looking for its predicate."""
_GROUP = frozenset((AUX, NEG, VERB, ADV))
"""The classes a verb group opens with (`_clause`): after a phrase followed by none of them,
`_clause` finds no group, so it is not asked (it was asked after every phrase)."""


def candidates(tokens: Sequence[Token], room: int) -> list[tuple[list[Token], list[int]]]:
    """Noun phrases of one sentence, alone or with up to two attached phrases ("drift away
    from Moscow"), or with a copula's prepositional predicate ("relations in decline"), each at
    most `room` words, ending in a noun or a name, and complete: never cut inside "between X
    and Y", an idiom ("in line (with)") or before a bare time ("in days")."""
    lex = lexicon()
    phrases = _noun_phrases(tokens)
    found: list[tuple[list[Token], list[int]]] = []
    by_start = {start: end for start, end in phrases}

    def add(words: list[Token], after: int | None = None) -> None:
        if _complete(words, tokens, after, lex):
            found.append((words, [t.kind for t in words]))

    count = len(tokens)

    for start, end in phrases:
        if end - start == 1 and tokens[start].lower in lex.partitives:
            continue  # "kind (of)": the phrase after "of" stands alone
        if _denied(tokens, end, lex) or tokens[end - 1].lower in lex.abbreviations:
            continue  # "a full split ... is unlikely"; "Gov" cut from "Gov. Pence"
        words = [t for t in tokens[start:end] if t.lower not in lex.dropped]
        if 0 < len(words) <= room:
            add(words, end)
        if end < count and tokens[end].kind in _GROUP:  # else no verb group: no clause
            clause = _clause(tokens, end, words, by_start, lex, room)
            if clause is not None:
                add(clause)
        # attach "of"/"from"/"with"... phrases, up to two, within the limit
        cursor = end
        joined = list(words)
        for _ in range(2):
            link = _link(tokens, cursor, lex)
            if link is None:
                break
            linkers, target = link
            tail = by_start.get(target)
            if tail is None or (
                linkers[-1].lower == "to"
                and tail - target == 1
                and tokens[target].lower in lex.verbs
            ):
                break  # "steps to shape": an infinitive, not a phrase
            extra = [t for t in tokens[target:tail] if t.lower not in lex.dropped]
            if _names_the(tokens, target, tail) and len(joined) + len(linkers) + len(extra) < room:
                extra.insert(0, tokens[target - 1])  # "for the United States"
            if linkers[-1].lower == "between" and tail < len(tokens) - 1:
                pair = _link_and(tokens, tail, by_start, lex)
                if pair is not None:
                    extra, tail = extra + pair[0], pair[1]  # "between X and Y" whole
            joined = joined + linkers + extra
            if len(joined) > room:
                break
            add(joined, tail)
            cursor = tail
            if cursor < count and tokens[cursor].kind in _GROUP:
                clause = _clause(tokens, cursor, joined, by_start, lex, room)
                if clause is not None:
                    add(clause)
    return found


def _link_and(
    tokens: Sequence[Token], cursor: int, by_start: dict[int, int], lex: Lexicon
) -> tuple[list[Token], int] | None:
    """ "and Y" after "between X": the second term and where it ends, or None."""
    if tokens[cursor].lower != "and":
        return None
    index = cursor + 1
    while index < len(tokens) and tokens[index].lower in lex.dropped:
        index += 1
    end = by_start.get(index)
    if end is None:
        return None
    return [tokens[cursor], *(t for t in tokens[index:end] if t.lower not in lex.dropped)], end


def _names_the(tokens: Sequence[Token], target: int, tail: int) -> bool:
    """Whether "the" before a phrase belongs to a name of two words or more ("the United
    States", "the Wall Street Journal"), which keeps its article in a title."""
    if target < 3 or tokens[target - 1].lower != "the" or not tokens[target].proper:
        return False
    return (tail - target >= 2 and tokens[target + 1].proper) or tokens[target - 3].proper


def _complete(
    words: Sequence[Token], tokens: Sequence[Token], after: int | None, lex: Lexicon
) -> bool:
    """Whether a candidate reads as a whole phrase: it ends on a noun or name, is not the
    first half of "between X and Y", does not end in an idiom that needs its preposition
    ("in line" with) or in a bare time ("machine in days")."""
    if not words or words[-1].kind not in HEADS or words[0].lower in lex.frames:
        return False  # "backdrop (of the invasion)" frames a sentence, it names no topic
    lowered = [token.lower for token in words]
    if words[0].proper:  # else no name opens the phrase
        bare = next((i for i, token in enumerate(words) if not token.proper), len(words))
        if bare < len(words) and lowered[bare] in ("to", "from"):
            return False  # a name takes no "to" phrase: "US | to the EU" is a cut route
    if lowered[-1] in lex.times and all(
        t.kind in (NUM, ADJ) or t.lower in lex.numbers for t in words[:-1]
    ):
        return False  # "four months"
    following = tokens[after].lower if after is not None and after < len(tokens) else ""
    if "between" in lowered and "and" not in lowered[lowered.index("between") :]:
        return False
    if following in ("and", "or", "&") and after is not None and after + 1 < len(tokens):
        if tokens[after + 1].kind in NOMINAL and len(lowered) >= 2 and lowered[-2] in lex.attaching:
            return False  # "war between Nazi Germany | and the Soviet Union"
    if len(lowered) >= 2 and " ".join(lowered[-2:]) in lex.idioms:
        return False
    if (
        following[:1].isalpha()
        and following not in lex.classes
        and not words[-1].proper
        and adjectival(lowered[-1], lex)
    ):
        return False  # "likelihood of Western military | support": the phrase goes on
    if following == "of" and (lowered[-1] in lex.frames or lowered[-1] in lex.partitives):
        return False  # "territory in the southern part | of ..."
    if (
        words[-1].proper
        and following in ("of", "for", "and", "&")
        and after is not None
        and after + 1 < len(tokens)
        and tokens[after + 1].proper
    ):
        return False  # a name cut short: "Institute for the Study | of War"
    if lex.times.isdisjoint(lowered):
        return True
    for end, word in enumerate(lowered):
        if word not in lex.times:
            continue
        index = end - 1
        while index >= 0 and (words[index].kind == NUM or lowered[index] in lex.numbers):
            index -= 1
        if index >= 0 and lowered[index] in lex.attaching:
            return False  # "machine in days", "third in four months", "Post in December on"
    return True


def _denied(tokens: Sequence[Token], end: int, lex: Lexicon) -> bool:
    """Whether the phrase is the subject of a denial ("a full split between X and Y is
    unlikely"): skip what attaches to the phrase, then look past auxiliaries."""
    limit = min(len(tokens), end + _ATTACHED_SPAN)
    while end < limit and (
        tokens[end].kind in NOMINAL
        or tokens[end].kind in (PREP, DET)
        or tokens[end].lower == "and"
    ):
        end += 1
    for token in tokens[end : end + 4]:
        if token.lower in lex.denials:
            return True
        if token.kind not in (AUX, ADV):
            return False
    return False


def _noun_phrases(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of modifiers ending in a noun or name."""
    spans = []
    index = 0
    count = len(tokens)
    while index < count:
        if tokens[index].kind not in NOMINAL:
            index += 1
            continue
        start = index
        while index < count and tokens[index].kind in NOMINAL:
            index += 1
        end = index
        while end > start and tokens[end - 1].kind not in HEADS:
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _link(tokens: Sequence[Token], cursor: int, lex: Lexicon) -> tuple[list[Token], int] | None:
    """The attaching preposition (with "away"/"apart" before it) after a phrase, and where
    the next phrase starts (after dropped determiners)."""
    linkers = []
    index = cursor
    if index < len(tokens) and tokens[index].lower in ("away", "apart"):
        linkers.append(tokens[index])
        index += 1
    if index >= len(tokens) or tokens[index].lower not in lex.attaching:
        return None
    linkers.append(tokens[index])
    index += 1
    while index < len(tokens) and tokens[index].lower in lex.dropped:
        index += 1
    if (
        index + 1 < len(tokens)
        and tokens[index].lower in lex.partitives
        and tokens[index + 1].lower == "of"
    ):
        index += 2  # "protection of some kind of polity" -> "protection of polity"
        while index < len(tokens) and tokens[index].lower in lex.dropped:
            index += 1
    return linkers, index


def _clause(
    tokens: Sequence[Token],
    end: int,
    subject: list[Token],
    by_start: dict[int, int],
    lex: Lexicon,
    room: int,
) -> list[Token] | None:
    """Subject + predicate when a verb group follows the phrase: "X has begun to look
    westward", or with a copula and a prepositional phrase, "X in decline"."""
    if not subject:
        return None
    index = end
    group: list[Token] = []
    has_verb = False
    copula = False
    count = len(tokens)
    while index < count:
        token = tokens[index]
        if token.kind in (AUX, NEG):
            group.append(token)
            copula = token.lower in lex.copulas
        elif token.kind == VERB:
            group.append(token)
            has_verb = True
            copula = token.lower in lex.copulas
        elif token.kind == ADV and token.lower not in ("away", "apart"):
            pass  # adverbs drop out of a headline ("had already been")
        elif (
            token.lower == "to"
            and has_verb
            and index + 1 < count
            and tokens[index + 1].kind == VERB
        ):
            group.append(token)
        else:
            break
        index += 1
    if not group:
        return None
    negated = any(token.kind == NEG for token in group)
    if (copula and not has_verb) or (copula and group[-1].lower in lex.copulas):
        # "relations had been in decline" -> "relations in decline"
        if negated or index >= count or tokens[index].lower not in lex.attaching:
            return None
        link = _link(tokens, index, lex)
        if link is None or link[1] not in by_start:
            return None
        linkers, target = link
        tail = [t for t in tokens[target : by_start[target]] if t.lower not in lex.dropped]
        words = subject + linkers + tail
        return words if len(words) <= room else None
    if not has_verb or (len(group) == 1 and group[0].lower.endswith("ing")):
        return None  # a participle alone is not a predicate ("Michael taking")
    if not _VERB_CLAUSES:
        return None  # a title is a noun phrase: "Russia's economy has entered" is a fragment
    words = subject + group
    while index < count and tokens[index].lower in lex.dropped:
        index += 1
    if index in by_start:
        obj = [t for t in tokens[index : by_start[index]] if t.lower not in lex.dropped]
        space = room - len(words)
        if space <= 0:
            return None
        words = words + obj[-space:]  # the head and its nearest modifiers
    elif index < count and tokens[index].kind == ADV and tokens[index].lower.endswith(_WARD):
        words = [*words, tokens[index]]
    elif group[-1].kind != VERB or (index < count and tokens[index].kind != PUNCT):
        return None  # only an intransitive verb may end a title ("the polity collapsed")
    if len(words) > room:
        return None
    return words
