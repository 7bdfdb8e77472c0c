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
    r"(?:[A-Z]\.){2,}(?:-[A-Za-z]+)*"
    r"|[£$€¥]?[0-9]+(?:[.,][0-9]+)*%?"
    r"|[^\W_](?:[\w’'\-]*[^\W_])?"
    r"|[^\w\s]"
)
"""Words of any script ("José", "Jerí", with hyphens and apostrophes), initialisms ("U.S."),
amounts ("£6.5", "37%") and single punctuation marks: a word is never split."""
_CURRENCY = "£$€¥"
_WARD = ("ward", "wards")
_VERB_CLAUSES = False
"""Whether a subject with its verb ("Yerevan has begun to look westward") may be a title. Off:
issue 13 asks for noun phrases, and without a parser a verb's object is too often cut off."""
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
    idioms: frozenset[str]
    times: frozenset[str]
    frames: frozenset[str]
    numbers: frozenset[str]


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
        idioms=frozenset(table["idioms"]),
        times=frozenset(table["times"]),
        frames=frozenset(table["frames"]),
        numbers=frozenset(table["numbers"]),
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
        kinds.append(_kind(word, low, index, lowered, kinds, lex, propers, words))
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
    if word[0].isdigit() or (word[0] in _CURRENCY and len(word) > 1):
        return NUM, 0
    if not word[0].isalnum():
        return PUNCT, 0
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
    words: Sequence[str] = (),
) -> int:
    settled, form = _static(word)
    if settled in (PUNCT, NUM, POSS):
        return settled
    if low.endswith("n't"):
        return AUX  # "wasn't", "doesn't", "can't"
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
    if form in (0, 1) and _verb_by_context(low, index, lowered, previous, lex, words):
        return VERB
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
        if low.endswith("ing") and previous == NOUN and not lowered[index - 1].endswith("s"):
            return NOUN  # "arms manufacturing capacity"; "strikes targeting" is a verb
    if previous == NOUN and low.endswith("s") and not low.endswith("ss"):
        return VERB if _starts_complement(following, lex) else NOUN
    if "-" in low and low.endswith("ed"):
        return ADJ  # "Russian-backed", "long-awaited"
    return VERB


_NOUN_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence", "acy")


def _verb_by_context(
    low: str,
    index: int,
    lowered: Sequence[str],
    previous: int,
    lex: _Lexicon,
    words: Sequence[str] = (),
) -> bool:
    """A word the lexicon does not know is a verb after "to" with no noun ending ("to
    reabsorb Ukraine"), after an auxiliary ("doesn't retrain"), or as a present tense after a
    name or pronoun and before its object ("Azerbaijan explains the...")."""
    if low.endswith(_NOUN_SUFFIXES):
        return False
    following = lowered[index + 1] if index + 1 < len(lowered) else "."
    if following == "of":
        return False
    if index > 0 and lowered[index - 1] == "to" and not low.endswith("s"):
        return index < 2 or lowered[index - 2] not in lex.attaching
    if previous in (AUX, NEG):
        return True
    subject = previous in (NAME, PRON) or lowered[index - 1] in ("which", "who", "that", "this")
    return (
        subject
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and (
            _starts_complement(following, lex)
            or (index + 1 < len(words) and words[index + 1][:1].isupper())
        )
    )


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
    """Noun phrases of one sentence, alone or with up to two attached phrases ("drift away
    from Moscow"), or with a copula's prepositional predicate ("relations in decline"), each at
    most `room` words, ending in a noun or a name, and complete: never cut inside "between X
    and Y", an idiom ("in line (with)") or before a bare time ("in days")."""
    lex = _lexicon()
    phrases = _noun_phrases(tokens)
    found: list[tuple[list[Token], list[int]]] = []
    by_start = {start: end for start, end in phrases}

    class _Out:
        @staticmethod
        def append(item: tuple[list[Token], list[int]], after: int | None = None) -> None:
            if _complete(item[0], tokens, after, lex):
                found.append(item)

    out = _Out()
    for start, end in phrases:
        if end - start == 1 and tokens[start].lower in lex.partitives:
            continue  # "kind (of)": the phrase after "of" stands alone
        if _denied(tokens, end, lex) or tokens[end - 1].lower in lex.abbreviations:
            continue  # "a full split ... is unlikely"; "Gov" cut from "Gov. Pence"
        words = [t for t in tokens[start:end] if t.lower not in lex.dropped]
        if 0 < len(words) <= room:
            out.append((words, [t.kind for t in words]), end)
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
            if _names_the(tokens, target, tail) and len(joined) + len(linkers) + len(extra) < room:
                extra.insert(0, tokens[target - 1])  # "for the United States"
            if linkers[-1].lower == "between" and tail < len(tokens) - 1:
                pair = _link_and(tokens, tail, by_start, lex)
                if pair is not None:
                    extra, tail = extra + pair[0], pair[1]  # "between X and Y" whole
            joined = joined + linkers + extra
            if len(joined) > room:
                break
            out.append((joined, [t.kind for t in joined]), tail)
            cursor = tail
            clause = _clause(tokens, cursor, joined, by_start, lex, room)
            if clause is not None:
                out.append((clause, [t.kind for t in clause]))
    return found


def _link_and(
    tokens: Sequence[Token], cursor: int, by_start: dict[int, int], lex: _Lexicon
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
    words: Sequence[Token], tokens: Sequence[Token], after: int | None, lex: _Lexicon
) -> bool:
    """Whether a candidate reads as a whole phrase: it ends on a noun or name, is not the
    first half of "between X and Y", does not end in an idiom that needs its preposition
    ("in line" with) or in a bare time ("machine in days")."""
    if not words or words[-1].kind not in HEADS or words[0].lower in lex.frames:
        return False  # "backdrop (of the invasion)" frames a sentence, it names no topic
    lowered = [token.lower for token in words]
    bare = next((i for i, token in enumerate(words) if not token.proper), len(words))
    if 0 < bare < len(words) and lowered[bare] in ("to", "from"):
        return False  # a name takes no "to" phrase: "US | to the EU" is a cut route
    if lowered[-1] in lex.times and all(
        t.kind in (NUM, ADJ) or t.lower in lex.numbers for t in words[:-1]
    ):
        return False  # "four months"
    following = tokens[after].lower if after is not None and after < len(tokens) else ""
    if "between" in lowered and "and" not in lowered[lowered.index("between") :]:
        return False
    if following in ("and", "or", "&") and after is not None and after + 1 < len(tokens):
        if tokens[after + 1].kind in _NOMINAL and len(lowered) >= 2 and lowered[-2] in lex.attaching:
            return False  # "war between Nazi Germany | and the Soviet Union"
    if len(lowered) >= 2 and " ".join(lowered[-2:]) in lex.idioms:
        return False
    if (
        following[:1].isalpha()
        and following not in lex.classes
        and not words[-1].proper
        and _adjectival(lowered[-1], lex)
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
    if lowered[-1] in lex.times:
        index = len(words) - 2
        while index >= 0 and (words[index].kind == NUM or lowered[index] in lex.numbers):
            index -= 1
        if index >= 0 and lowered[index] in lex.attaching:
            return False  # "machine in days", "third in four months"
    return True


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
