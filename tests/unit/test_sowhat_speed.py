"""The so-what stage's shortcuts give what the full work gives (issues 12 and 13: speed).

Each shortcut skips work whose answer is known without it; these tests pin the answer in the
cases the shortcut tells apart.
"""

from __future__ import annotations

import pytest

from briefing.analysis.sowhat import estimative
from briefing.analysis.sowhat.judgments import judge
from briefing.analysis.sowhat.reading import read
from briefing.model import Sentence, Span


def _term(text: str) -> str | None:
    reading = read((Sentence(Span(0, 0, len(text)), text),))[0]
    found = judge(reading)
    return found.term if found is not None else None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # No hyphen in the sentence: the term's offsets are never worked out.
        ("Western officials say the reform would slow the economy for years.", None),
        ("The reform would slow the Armenian economy for several years.", "would"),
        # A hyphen elsewhere: the term itself is read as before.
        ("The Russian-backed reform would slow the Armenian economy for years.", "would"),
        ("Tehran is a would-be proliferator that watches its neighbours closely.", None),
        ("Tehran is a would‐be proliferator that watches its neighbours closely.", None),
        ("The long-standing would-be proliferator may test a device next spring.", "may"),
    ],
)
def test_a_term_joined_by_a_hyphen_is_part_of_a_word(text: str, term: str | None) -> None:
    assert _term(text) == term


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('The envoy called a deal "very unlikely", but a ceasefire is likely.', "likely"),
        ("While a deal is likely, a full split is unlikely.", "unlikely"),
        ("A deal is likely and a full split is unlikely.", "likely"),
        ("A full split is unlikely.", "unlikely"),
    ],
)
def test_the_main_claim_among_several_terms(text: str, term: str) -> None:
    found = estimative.find(text)
    assert found is not None and found.term == term
