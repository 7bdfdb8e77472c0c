"""The sections stage's faster forms give what the plain forms they replaced gave.

Each test keeps the plain form here, as it stood before the change, and checks the fast one
against it on random text built from the characters the reasoning is about (letters of several
scripts, capitals, apostrophes, hyphens, stops, digits, odd white space), so a change that
breaks the equivalence fails here before it changes an analysis.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.sections import terms, titles, word_classes

_ALPHABET = "aAbZzéÉß_'’-–—.,;:!?()\"“”‘ \n\t\xa0\u2028\x1c0123456789sS²$£%ıİſ\u212a\u0301"
_WORDS = ["Armenia", "armenia", "the", "Russia's", "U.S.", "West.", "(Moscow", "don't", "e-mail"]

_texts = st.lists(
    st.one_of(st.text(alphabet=_ALPHABET, max_size=12), st.sampled_from(_WORDS)), max_size=30
).map(" ".join)
_paragraphs = st.lists(_texts, min_size=1, max_size=4)


def _plain_tokenize(texts: list[str]) -> list[list[terms.Word | None]]:
    """`terms.tokenize` as it was: the pattern over each whole paragraph, then a pass for
    the names, then each distinct word classified against them."""
    raw: list[list[str]] = []
    propers: set[str] = set()
    for text in texts:
        words = terms._TOKEN.findall(text)
        initial = True
        for token in words:
            if token[0].isalpha():
                if not initial and token[0].isupper():
                    propers.add(token.lower())
                initial = False
            else:
                initial = initial or token in ".!?"
        raw.append(words)
    out: list[list[terms.Word | None]] = []
    for words in raw:
        row: list[terms.Word | None] = []
        for token in words:
            known = terms._word_stem(token)
            if known is None:
                row.append(None)
                continue
            lowered, stemmed = known
            proper = token[0].isupper() and lowered in propers
            row.append((token if proper else lowered, stemmed, proper))
        out.append(row)
    return out


@settings(max_examples=3000, deadline=None)
@given(_paragraphs)
def test_tokenize_by_chunks_matches_the_whole_text_pattern(texts: list[str]) -> None:
    assert terms.tokenize(texts) == _plain_tokenize(texts)


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_words_by_chunks_match_the_whole_text_pattern(text: str) -> None:
    assert word_classes.words_of(text) == word_classes.TOKEN.findall(text)


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_stems_by_chunks_match_the_whole_text_pattern(text: str) -> None:
    plain = frozenset(filter(None, map(word_classes.content_stem, titles._WORD.findall(text))))
    assert titles._content_stems(text) == plain
