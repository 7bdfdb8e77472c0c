"""Terms for lexical cohesion and titles: words of any script, function words, stems.

`tokenize` reads each paragraph once into content words (written form, stem, is a name) that
the segmenter counts and the titler phrases; `stem` is a light suffix stripper and
`cohesion_term` reduces a stem further for cohesion only ("violent"/"violence").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from briefing import data

_TOKEN = re.compile(r"\S(?:(?<=[^\W\d_])(?:[\w’'\-]*[^\W\d_])?|(?<=[.!?;:,()\"“”—–]))")
r"""Words of any script (so "José Jerí" is two words, not four pieces) and the punctuation
that breaks a phrase: `[^\W\d_](?:[\w’'\-]*[^\W\d_])?|[.!?;:,()\"“”—–]`, written to open on
`\S` so that `re` skips spaces in C, a look-behind then telling a word from a mark (the same
matches on the corpora and 200,000 random strings; 0.51 of the time)."""


@cache
def stopwords() -> frozenset[str]:
    """Function words that say nothing about the topic."""
    return frozenset(data.load("stopwords.yaml")["words"])


_SUFFIXES = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("iness", "y"),
    ("ness", ""),
    ("ments", ""),
    ("ment", ""),
    ("ities", ""),
    ("ity", ""),
    ("ically", "ic"),
    ("ally", "al"),
    ("ily", "y"),
    ("ingly", ""),
    ("ing", ""),
    ("edly", ""),
    ("ied", "y"),
    ("ies", "y"),
    ("ed", ""),
    ("ly", ""),
    ("ians", "ia"),
    ("ian", "ia"),
    ("sses", "ss"),
    ("es", "e"),
    ("s", ""),
)


_DERIVATIONAL = (
    ("ers", ""), ("er", ""), ("est", ""), ("ives", ""), ("ive", ""), ("ful", ""), ("ous", ""),
    ("isms", ""), ("ism", ""), ("ists", ""), ("ist", ""), ("ants", ""), ("ant", ""),
    ("ents", ""), ("ent", ""), ("ence", ""), ("ance", ""), ("als", ""), ("al", ""),
)  # fmt: skip
"""Derivational endings cohesion strips after `stem` ("violent"/"violence", "nationalist"/
"nationalism", "workers"/"work"): topics recur in related words, not only in one form (Choi
Pk 0.097 -> 0.096; the worst subset, 3-5, 0.120 -> 0.117). Titles keep the lighter `stem`."""


@cache
def cohesion_term(stemmed: str) -> str:
    """A stem reduced further for lexical cohesion (see `_DERIVATIONAL`)."""
    if stemmed.startswith("@") or len(stemmed) <= 4:
        return stemmed
    for suffix, replacement in _DERIVATIONAL:
        if stemmed.endswith(suffix) and len(stemmed) - len(suffix) >= 3:
            return stemmed[: -len(suffix)] + replacement
    return stemmed


@cache
def stem(word: str) -> str:
    """A light suffix stripper, so "sanctions" and "sanctioned" count as one term.

    Cruder than Porter's stemmer but consistent, which is all cohesion needs; demonym endings
    map to the country ("Armenian" -> "armenia") so a country and its adjective cohere.
    """
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if len(word) <= 4:
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)] + replacement
    return word


_CHUNKS = 1 << 16
"""Distinct chunks of text remembered by `_chunk_tokens` (an article has a few thousand)."""

Word = tuple[str, str, bool]
"""A content word: (written form, stem, is a name); names keep their capitals."""


def tokenize(texts: Sequence[str]) -> list[list[Word | None]]:
    """Each paragraph as content words, with None for breaks (punctuation, function words).

    Done once per article and shared by segmentation (the stems) and titling (the phrases). A
    word the article capitalises inside a sentence anywhere counts as a name everywhere, so a
    sentence-initial "Military" reads "military" but "Russia" stays "Russia".
    """
    raw: list[list[str]] = []
    propers: set[str] = set()
    for text in texts:
        words: list[str] = []
        initial = True
        for chunk in text.split():  # see `_chunk_tokens`
            if chunk.isalpha():  # most chunks are a plain word: one token, no pattern
                words.append(chunk)
                if not initial and chunk[0].isupper():
                    propers.add(chunk.lower())
                initial = False
                continue
            for token in _chunk_tokens(chunk):
                words.append(token)
                if token[0].isalpha():
                    if not initial and token[0].isupper():
                        propers.add(token.lower())
                    initial = False
                else:
                    initial = initial or token in ".!?"
        raw.append(words)
    # each distinct word classified once: as a plain word, then as a name where it is one
    distinct = set().union(*raw)
    seen = dict(zip(distinct, map(_plain_word, distinct), strict=True))
    for token, word in seen.items():
        if word is not None and token[0].isupper() and word[0] in propers:
            seen[token] = (token, word[1], True)
    return [list(map(seen.__getitem__, words)) for words in raw]


@lru_cache(maxsize=_CHUNKS)
def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """`_TOKEN`'s matches in a chunk of text between white space.

    A match never crosses white space and its look-behinds see only its own characters, so
    `_TOKEN.findall(text)` is the chunks' matches in order; a plain word ("Armenia") needs no
    pattern at all, and the others ("Armenia's", "West.", "(Russia") repeat, so they are
    matched once (the pattern cost 4.5 of the seed's 8.8 M instructions of tokenizing).
    """
    return tuple(_TOKEN.findall(chunk))


@cache
def _plain_word(token: str) -> Word | None:
    """A token as a content word that is not a name, or None for punctuation and function
    words (`tokenize` makes it a name where the article capitalises it mid-sentence)."""
    known = _word_stem(token)
    if known is None:
        return None
    lowered, stemmed = known
    return (lowered, stemmed, False)


@cache
def _word_stem(token: str) -> tuple[str, str] | None:
    """(lower case, stem) of a content word; None for punctuation and function words."""
    stop = stopwords()
    lowered = token.lower()
    if not token[0].isalpha() or len(token) < 2 or lowered in stop or _base(lowered) in stop:
        return None
    return lowered, stem(lowered)


def _base(word: str) -> str:
    """A word without its clitic ("Russia's" -> "russia", "don't" -> "don")."""
    return word.replace("’", "'").split("'")[0]
