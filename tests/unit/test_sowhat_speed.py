"""The so-what stage's shortcuts give what the full work gives (issues 12 and 13: speed).

Each shortcut skips work whose answer is known without it; these tests pin the answer in the
cases the shortcut tells apart.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.sentences import split_sentences
from briefing.analysis.sowhat import bottom_line, estimative
from briefing.analysis.sowhat.judgments import judge
from briefing.analysis.sowhat.reading import _with_centrality, read
from briefing.ingest import load_article
from briefing.model import Article, Metadata, Paragraph, Sentence, Span


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


@dataclass(frozen=True)
class _Candidate:
    order: int
    score: float
    lowered_by: float
    ruled_out: bool


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(-3, 6, allow_nan=False),
            st.sampled_from([0.0, 0.0, 0.3, 0.6, 1e-9, 2.5]),
            st.booleans(),
        ),
        max_size=30,
    ),
    st.integers(1, 6),
)
def test_the_best_few_are_the_first_of_the_full_ranking(
    specs: list[tuple[float, float, bool]], count: int
) -> None:
    """A bound at least the score (ties included) finds the full ranking's first `count`."""
    candidates = [
        _Candidate(order, round(score, 1), lowered_by, ruled)
        for order, (score, lowered_by, ruled) in enumerate(specs)
    ]

    def score(candidate: Any, exact: bool) -> float:
        return candidate.score if exact else candidate.score + candidate.lowered_by

    def ruled_out(candidate: Any) -> bool:
        return bool(candidate.ruled_out)

    full = bottom_line._best(candidates, score, ruled_out, None)  # type: ignore[arg-type]
    assert bottom_line._best(candidates, score, ruled_out, count) == full[:count]  # type: ignore[arg-type]


_SEED = load_article(Path(__file__).parents[2] / "articles" / "armenia-looks-west.txt")
_POOL = [sentence.text for sentence in split_sentences(_SEED)] + [
    "In sum, sanctions will very likely fail to change Moscow's course.",
    "The most important lesson is that Europe must now carry its own defence.",
    "Ultimately, Armenia is unlikely to leave the CSTO before the 2026 election.",
    "This article will examine the talks.",
    "What will Baku do next?",
    'Officials said the deal was "almost certain" to be signed in May 2024.',
    "It remains to be seen whether the ceasefire will hold.",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_POOL), min_size=1, max_size=4), min_size=1, max_size=8),
    st.sampled_from(["", "Armenia looks west", "Sanctions and the ceasefire"]),
)
def test_the_bottom_line_candidates_ranked_in_part_as_in_full(
    paragraphs: list[list[str]], title: str
) -> None:
    article = Article(
        Metadata(title),
        tuple(Paragraph(index, " ".join(texts)) for index, texts in enumerate(paragraphs)),
    )
    full = bottom_line.rank(read(split_sentences(article)), article, len(paragraphs))
    readings = read(split_sentences(article))
    best = bottom_line.rank(readings, article, len(paragraphs), bottom_line.SECOND_LOOK)
    assert [(score, r.order) for score, r in best] == [
        (score, r.order) for score, r in full[: bottom_line.SECOND_LOOK]
    ]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.frozensets(st.sampled_from([f"word{k}" for k in range(40)]), max_size=15),
        min_size=1,
        max_size=60,
    )
)
def test_centrality_weighs_each_count_s_log_as_each_word_s(word_sets: list[frozenset[str]]) -> None:
    """The logs taken once per count give the centralities the logs per word gave."""
    readings = read(tuple(Sentence(Span(k, 0, 1), "x") for k in range(len(word_sets))))
    for reading, content in zip(readings, word_sets, strict=True):
        reading.words = content
    frequency: Counter[str] = Counter()
    for content in word_sets:
        frequency.update(content)
    weight = {word: math.log(count) for word, count in frequency.items()}
    raw = [math.fsum(map(weight.__getitem__, c)) / math.sqrt(len(c) + 4) for c in word_sets]
    top = max(raw) or 1.0
    centralities = [r.centrality for r in _with_centrality(readings)]
    assert centralities == [value / top for value in raw]
