"""The phrase tables' shortcuts give what the plain forms they stand for give.

A sentence's tokens are read a run of non-spaces at a time (`phrases._tokens`) instead of by
one pattern over the whole sentence, and word pairs are strings instead of tuples; both must
give the same tokens and the same answers on any text, including the characters the
reasoning is about: spaces `str.split` and `\\s` agree on, underscores, hyphens, apostrophes,
digits that are not decimals, combining marks and letters whose lower case grows.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import phrases
from briefing.analysis.phrases import PhraseTable, words

_ALPHABET = "aAbzéß_'’-–—.,;:!?()\"“” \n\t\x1c\x85\u00a0\u2003019²½ıİſ\u0301"


@settings(max_examples=3_000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_runs_give_the_tokens_of_the_whole_sentence(text: str) -> None:
    lowered = text.lower().replace("’", "'")
    assert phrases._tokens(lowered) == phrases._TOKEN.findall(lowered)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_runs_give_the_tokens_of_any_text(text: str) -> None:
    lowered = text.lower().replace("’", "'")
    assert phrases._tokens(lowered) == phrases._TOKEN.findall(lowered)


def test_a_scan_finds_what_walking_every_word_finds() -> None:
    table = PhraseTable(["likely", "highly likely", "the most likely", "in the coming years"])
    plain = {("likely",), ("highly", "likely"), ("the", "most", "likely")}
    plain.add(("in", "the", "coming", "years"))
    vocabulary = ["the", "most", "likely", "highly", "in", "coming", "years", "not", ".", "-"]
    rng = random.Random(8)
    for _ in range(5_000):
        sentence = words(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 9))))
        texts = sentence.texts
        walked = []
        index = 0
        while index < len(texts):
            longest = min(4, len(texts) - index)
            length = next(
                (n for n in range(longest, 0, -1) if tuple(texts[index : index + n]) in plain), 0
            )
            if length:
                walked.append((index, index + length, " ".join(texts[index : index + length])))
            index += length or 1
        assert list(table.scan(sentence)) == walked
        assert not (walked and table.misses(sentence))  # a miss is never wrong
        assert table.found(sentence) == bool(walked)
