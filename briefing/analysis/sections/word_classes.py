"""Word classes for the section-title chunker: a lexicon and context rules, no model.

No part-of-speech model is available offline, so closed classes (determiners, prepositions,
auxiliaries...) come from `title_words.yaml`, open ones from frequent-word lists, suffix cues
("-ed", "-ing", "-ous") and the neighbouring words ("the fighting" is a noun, "Armenia
ratified" a verb, "to reabsorb" a verb though the lexicon does not know it). `classify` turns a
sentence's words into `Token`s that `title_chunks.candidates` cuts into phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from typing import NamedTuple

from briefing import data
from briefing.analysis.sections.terms import stem, stopwords

TOKEN = re.compile(
    r"[^\s_]"
    r"(?:(?<=[A-Z])\.(?:[A-Z]\.)+(?:-[A-Za-z]+)*"
    r"|(?<=[£$€¥])[0-9]+(?:[.,][0-9]+)*%?"
    r"|(?<=[0-9])[0-9]*(?:[.,][0-9]+)*%?"
    r"|(?<=[^\W_])(?:[\w’'\-]*[^\W_])?"
    r"|(?<!\w))"
)
r"""Words of any script ("José", "Jerí", with hyphens and apostrophes), initialisms ("U.S."),
amounts ("£6.5", "37%") and single punctuation marks: a word is never split.

The alternation `(?:[A-Z]\.){2,}(?:-[A-Za-z]+)*|[£$€¥]?[0-9]+(?:[.,][0-9]+)*%?|[^\W_](?:[\w’'\-]*
[^\W_])?|[^\w\s]`, written to open on one class (the union of their first characters) so
that `re` skips spaces in C; a look-behind then tells which alternative the first character
began (the same matches on the corpora and 200,000 random strings; 0.75 of the time)."""
_CURRENCY = "£$€¥"
_CHUNKS = 1 << 16
"""Distinct chunks of text remembered by `_chunk_words` (an article has a few thousand)."""


def words_of(text: str) -> list[str]:
    """`TOKEN.findall(text)`, matched chunk by chunk between white space.

    A match never crosses white space and its look-behinds see only its own characters, so
    the text's matches are its chunks' in order; chunks repeat ("the", "Armenia's", "West."),
    so each distinct one is matched once (the pattern cost as much as classifying)."""
    return list(chain.from_iterable(map(_chunk_words, text.split())))


@lru_cache(maxsize=_CHUNKS)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(chunk))


DET, PREP, CONJ, PRON, AUX, NEG, ADV, VERB, ADJ, NOUN, NAME, NUM, POSS, PUNCT = range(14)
NOMINAL = frozenset((ADJ, NOUN, NAME, NUM, POSS))
HEADS = frozenset((NOUN, NAME))
_CONTENT = frozenset((NOUN, NAME, ADJ, VERB, POSS, NUM))


@dataclass(frozen=True, slots=True)
class Lexicon:
    classes: dict[str, int]
    dropped: frozenset[str]
    attaching: frozenset[str]
    copulas: frozenset[str]
    verbs: frozenset[str]
    bases: frozenset[str]
    """Verbs in their base form only ("support", never "brought")."""
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
def lexicon() -> Lexicon:
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
    return Lexicon(
        classes=classes,
        dropped=frozenset(table["dropped"]),
        attaching=frozenset(str(word) for word in table["attaching"]),
        copulas=frozenset(table["copulas"]),
        verbs=frozenset(verbs),
        bases=frozenset(str(base) for base in table["verbs"]),
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
    """Coarse word classes: the lexicon for closed classes, then suffixes and context.

    Each token is made as its class is found, in one pass, by `tuple.__new__` (what the named
    tuple's own `__new__` calls, without its Python frame): the central sentences' words are
    the bulk of the titling's tokens."""
    lex = lexicon()
    lowered = [word.lower().replace("’", "'") for word in words]
    kinds: list[int] = []
    tokens: list[Token] = []
    fixed = _fixed
    for index, (word, low) in enumerate(zip(words, lowered, strict=True)):
        kind = fixed(word)
        if kind < 0:
            kind = _kind(word, low, index, lowered, kinds, lex, propers, words)
        kinds.append(kind)
        stemmed = content_stem(word) if kind in _CONTENT else ""
        # a name: capitalised, and capitalised mid-sentence somewhere in the article, or in capitals
        name = word[0].isupper() and (low.split("'")[0] in propers or word.isupper())
        tokens.append(_new_tuple(Token, (word, low, kind, stemmed, name)))
    return tuple(tokens)


_new_tuple = tuple.__new__


@cache
def _static(word: str) -> tuple[int, int]:
    """What a word's form alone says: a settled class (or -1 when context decides) and, for
    context to use, 1 for a verb-like form, 2 for an adjective-like one, 0 otherwise."""
    lex = lexicon()
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
    return -1, 2 if adjectival(low, lex) else 0


_VERB_SUFFIXES = ("ed", "ing", "ize", "ise", "izes", "ises", "ify", "ifies")


@cache
def _fixed(word: str) -> int:
    """The class `_kind` gives a word whatever its neighbours, or -1 when they decide:
    punctuation, numbers, possessives, "n't" forms and a lower-case word of a closed class
    (not an adverb that is also an adjective: "long" after "the" is one). About half a
    sentence's words: worked out once per word form, not through `_kind` at each use."""
    settled = _static(word)[0]
    if settled in (PUNCT, NUM, POSS):
        return settled
    low = word.lower().replace("’", "'")
    if low.endswith("n't"):
        return AUX
    if word[0].isupper():
        return -1
    lex = lexicon()
    kind = lex.classes.get(low)
    if kind is None or (kind == ADV and low in lex.adjectives):
        return -1
    return kind


def _kind(
    word: str,
    low: str,
    index: int,
    lowered: Sequence[str],
    before: Sequence[int],
    lex: Lexicon,
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
    if low in lex.copulas and previous in (NOUN, NAME, PRON):
        return VERB  # "the situation remains catastrophic"
    if previous == CONJ and len(before) >= 2 and before[-2] == VERB and form in (0, 1):
        return VERB  # "to mobilize or recruit troops"
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
    if previous == NOUN and not lowered[index - 1].endswith("s") and low in lex.bases:
        return NOUN  # "military support": a singular noun takes no bare verb ("supports")
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
    lex: Lexicon,
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


def adjectival(low: str, lex: Lexicon) -> bool:
    if low in lex.suffix_nouns or low.endswith(("ment", "ments")):
        return False
    return low in lex.adjectives or low.endswith(lex.adjective_suffixes)


def _starts_noun(word: str, lex: Lexicon) -> bool:
    return (
        word[:1].isalpha()
        and word not in lex.classes
        and not word.endswith("ly")
        and (word not in lex.verbs or word.endswith("s"))
    )


def _starts_complement(word: str, lex: Lexicon) -> bool:
    kind = lex.classes.get(word)
    return kind in (DET, PREP, PRON) or word[:1].isupper()
