"""A light noun-phrase chunker for section titles: word classes from a lexicon, no model.

No part-of-speech model is available offline, so closed classes (determiners, prepositions,
auxiliaries...) come from `title_words.yaml`, open ones from frequent-word lists, suffix cues
("-ed", "-ing", "-ous") and the neighbouring words ("the fighting" is a noun, "Armenia
ratified" a verb). On that, `candidates` finds what a title can be made of: noun phrases
("Armenia's drift"), phrases joined through attaching prepositions ("drift away from Moscow")
and short clauses ("relations had been in decline" -> "relations in decline"). Only the few
central sentences of a section are tagged, so the cost stays small and linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from briefing import data
from briefing.analysis.sections.segment import stem, stopwords

TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?:-[A-Za-z]+)*|[A-Za-z0-9][A-Za-z0-9’'\-]*[A-Za-z0-9]|[A-Za-z0-9]|[^\sA-Za-z0-9]"
)
"""Words (with hyphens, apostrophes and initialisms like "U.S.") and single punctuation marks."""
_WARD = ("ward", "wards")
_ATTACHED_SPAN = 10
"""How far past a phrase its attachments are followed when looking for its predicate."""

DET, PREP, CONJ, PRON, AUX, NEG, ADV, VERB, ADJ, NOUN, NAME, NUM, POSS, PUNCT = range(14)
_NOMINAL = frozenset((ADJ, NOUN, NAME, NUM, POSS))
HEADS = frozenset((NOUN, NAME))
_CONTENT = frozenset((NOUN, NAME, ADJ, VERB, POSS, NUM))


@dataclass(frozen=True, slots=True)
class _Lexicon:
    classes: dict[str, int]
    dropped: frozenset[str]
    attaching: frozenset[str]
    copulas: frozenset[str]
    verbs: frozenset[str]
    adjectives: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    suffix_nouns: frozenset[str]
    ly_words: frozenset[str]
    partitives: frozenset[str]
    denials: frozenset[str]
    abbreviations: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    table = data.load("title_words.yaml")
    classes: dict[str, int] = {}
    for name, kind in (
        ("adverbs", ADV),
        ("prepositions", PREP),
        ("conjunctions", CONJ),
        ("auxiliaries", AUX),
        ("pronouns", PRON),
        ("determiners", DET),
        ("negations", NEG),
    ):
        for word in table[name]:
            classes[str(word)] = kind
    verbs: set[str] = set(table["irregular"])
    for base in table["verbs"]:
        verbs.update(_inflections(str(base)))
    return _Lexicon(
        classes=classes,
        dropped=frozenset(table["dropped"]),
        attaching=frozenset(str(word) for word in table["attaching"]),
        copulas=frozenset(table["copulas"]),
        verbs=frozenset(verbs),
        adjectives=frozenset(table["adjectives"]),
        adjective_suffixes=tuple(table["adjective_suffixes"]),
        suffix_nouns=frozenset(table["suffix_nouns"]),
        ly_words=frozenset(table["ly_words"]),
        partitives=frozenset(table["partitives"]),
        denials=frozenset(str(word) for word in table["denials"]),
        abbreviations=frozenset(data.load("abbreviations.yaml")["titles"]),
    )


def _inflections(base: str) -> set[str]:
    """A verb's regular forms, generously (a spare wrong form costs nothing)."""
    forms = {base}
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        forms.update((base[:-1] + "ies", base[:-1] + "ied", base + "ing"))
        return forms
    if base.endswith("e"):
        forms.update((base + "s", base + "d", base[:-1] + "ing"))
        return forms
    plural = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
    forms.update((plural, base + "ed", base + "ing"))
    last = base[-1]
    if last not in "aeiouwxy" and base[-2:-1] in ("a", "e", "i", "o", "u"):
        forms.update((base + last + "ed", base + last + "ing"))
    return forms


class Token(NamedTuple):
    """One classified word (a named tuple: thousands are made per article)."""

    text: str
    lower: str
    kind: int
    stem: str
    """The stem when the token is a content word, else ""."""
    proper: bool


@cache
def content_stem(word: str) -> str:
    """The stem of a content word, "" for a function word or punctuation."""
    low = word.lower().replace("’", "'")
    stop = stopwords()
    if low in stop or low.split("'")[0] in stop or len(low) < 2:
        return ""
    return stem(low)


def classify(words: Sequence[str], propers: set[str]) -> tuple[Token, ...]:
    """Coarse word classes: the lexicon for closed classes, then suffixes and context."""
    lex = _lexicon()
    lowered = [word.lower().replace("’", "'") for word in words]
    kinds: list[int] = []
    for index, (word, low) in enumerate(zip(words, lowered, strict=True)):
        kinds.append(_kind(word, low, index, lowered, kinds, lex, propers))
    return tuple(
        Token(
            word,
            low,
            kind,
            content_stem(word) if kind in _CONTENT else "",
            _is_name(word, low, propers),
        )
        for word, low, kind in zip(words, lowered, kinds, strict=True)
    )


def _is_name(word: str, low: str, propers: set[str]) -> bool:
    if not word[0].isupper():
        return False
    return low.split("'")[0] in propers or word.isupper()


@cache
def _static(word: str) -> tuple[int, int]:
    """What a word's form alone says: a settled class (or -1 when context decides) and, for
    context to use, 1 for a verb-like form, 2 for an adjective-like one, 0 otherwise."""
    lex = _lexicon()
    if not word[0].isalnum():
        return PUNCT, 0
    if word[0].isdigit():
        return NUM, 0
    low = word.lower().replace("’", "'")
    if low.endswith("'s") and len(low) > 2:
        return POSS, 0
    if low in lex.adjectives:
        return -1, 2
    if low.endswith("ly") and low not in lex.ly_words and low not in lex.classes:
        return ADV, 0
    if low in lex.verbs or (
        low.endswith(_VERB_SUFFIXES) and len(low) > 4 and low not in lex.suffix_nouns
    ):
        return -1, 1
    return -1, 2 if _adjectival(low, lex) else 0


_VERB_SUFFIXES = ("ed", "ing", "ize", "ise", "izes", "ises", "ify", "ifies")


def _kind(
    word: str,
    low: str,
    index: int,
    lowered: Sequence[str],
    before: Sequence[int],
    lex: _Lexicon,
    propers: set[str],
) -> int:
    settled, form = _static(word)
    if settled in (PUNCT, NUM, POSS):
        return settled
    previous = before[-1] if before else PUNCT
    kind = lex.classes.get(low)
    if kind is not None and not (word[0].isupper() and index > 0):
        if kind == ADV and previous in (DET, ADJ, POSS) and low in lex.adjectives:
            return ADJ
        return kind
    if word[0].isupper() and (index > 0 or low.split("'")[0] in propers or word.isupper()):
        if form == 2 and not low.endswith("s"):
            return ADJ  # demonyms and "Western": modifiers, never a title's last word
        return NAME
    if settled >= 0:
        return settled
    if form != 1:
        return ADJ if form == 2 else NOUN
    following = lowered[index + 1] if index + 1 < len(lowered) else "."
    if (
        previous in (DET, ADJ, POSS, NUM)
        or following == "of"
        or (previous == PREP and lowered[index - 1] != "to")
    ):
        return NOUN if not low.endswith("ed") else ADJ
    if low.endswith(("ed", "ing")) and _starts_noun(following, lex):
        if previous in (PUNCT, CONJ, PREP, DET):
            return ADJ  # "limited assistance", "peacekeeping troops"
        if low.endswith("ing") and previous in (NOUN, NAME):
            return NOUN  # "military training exercises"
    if previous == NOUN and low.endswith("s") and not low.endswith("ss"):
        return VERB if _starts_complement(following, lex) else NOUN
    if "-" in low and low.endswith("ed"):
        return ADJ  # "Russian-backed", "long-awaited"
    return VERB


def _adjectival(low: str, lex: _Lexicon) -> bool:
    if low in lex.suffix_nouns or low.endswith(("ment", "ments")):
        return False
    return low in lex.adjectives or low.endswith(lex.adjective_suffixes)


def _starts_noun(word: str, lex: _Lexicon) -> bool:
    return (
        word[:1].isalpha()
        and word not in lex.classes
        and not word.endswith("ly")
        and (word not in lex.verbs or word.endswith("s"))
    )


def _starts_complement(word: str, lex: _Lexicon) -> bool:
    kind = lex.classes.get(word)
    return kind in (DET, PREP, PRON) or word[:1].isupper()


def candidates(tokens: Sequence[Token], room: int) -> list[tuple[list[Token], list[int]]]:
    """Noun phrases, attached phrases and short clauses of one sentence, each at most `room`
    words, that end in a noun (or, for a clause, in its verb or a direction)."""
    lex = _lexicon()
    phrases = _noun_phrases(tokens)
    out: list[tuple[list[Token], list[int]]] = []
    by_start = {start: end for start, end in phrases}
    for start, end in phrases:
        if end - start == 1 and tokens[start].lower in lex.partitives:
            continue  # "kind (of)": the phrase after "of" stands alone
        if _denied(tokens, end, lex) or tokens[end - 1].lower in lex.abbreviations:
            continue  # "a full split ... is unlikely"; "Gov" cut from "Gov. Pence"
        words = [t for t in tokens[start:end] if t.lower not in lex.dropped]
        if 0 < len(words) <= room:
            out.append((words, [t.kind for t in words]))
        clause = _clause(tokens, end, words, by_start, lex, room)
        if clause is not None:
            out.append((clause, [t.kind for t in clause]))
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
            joined = joined + linkers + extra
            if len(joined) > room:
                break
            out.append((joined, [t.kind for t in joined]))
            cursor = tail
            clause = _clause(tokens, cursor, joined, by_start, lex, room)
            if clause is not None:
                out.append((clause, [t.kind for t in clause]))
    return out


def _denied(tokens: Sequence[Token], end: int, lex: _Lexicon) -> bool:
    """Whether the phrase is the subject of a denial ("a full split between X and Y is
    unlikely"): skip what attaches to the phrase, then look past auxiliaries."""
    limit = min(len(tokens), end + _ATTACHED_SPAN)
    while end < limit and (
        tokens[end].kind in _NOMINAL
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
        if tokens[index].kind not in _NOMINAL:
            index += 1
            continue
        start = index
        while index < count and tokens[index].kind in _NOMINAL:
            index += 1
        end = index
        while end > start and tokens[end - 1].kind not in HEADS:
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _link(tokens: Sequence[Token], cursor: int, lex: _Lexicon) -> tuple[list[Token], int] | None:
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
    lex: _Lexicon,
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
