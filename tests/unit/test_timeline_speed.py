"""The timeline's shortcuts give what the full work gives (issues 12 and 13: speed)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import timeline
from briefing.analysis.phrases import PhraseTable, words
from briefing.analysis.sentences import split_sentences
from briefing.analysis.timeline import find_events
from briefing.analysis.timeline.absolute import Context
from briefing.analysis.timeline.vocabulary import (
    Vocabulary,
    looks_forward,
    phrase_pattern,
    vocabulary,
)
from briefing.model import Article, Event, Metadata, Paragraph

_ANY_DIGITS = re.compile(r"\d+")


def _hits_of_every_digit(vocab: Vocabulary, text: str) -> list[int]:
    """`_hits` as it was: month names and runs of any digits (`\\d`), each fully scanned."""
    starts = [match.start() for match in vocab.month_hit.finditer(text)]
    starts += [match.start() for match in _ANY_DIGITS.finditer(text)]
    return sorted(starts)


_PIECES = st.sampled_from(
    [
        "March", "May", "Sept.", "October", "2023", "2024", "13", "1", "31st", "05", "12",
        "٣", "١٢", "２０２３", "੧", "-", "–", ",", ".", " ", " ", " of ", "in ", "on ", "by ",
        "mid-", "$", "%", "/", "the ", "will ", "said ", "ago", " last year", " next week",
        "Christmas Day", "Friday", "x", "a", "1999", "9", "99", "0", "8",
    ]
)  # fmt: skip


def _events(texts: list[str], published: date | None) -> tuple[Event, ...]:
    article = Article(
        Metadata("Test", published=published),
        tuple(Paragraph(index, text) for index, text in enumerate(texts)),
    )
    return find_events(article, split_sentences(article))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(_PIECES, max_size=14).map("".join), min_size=1, max_size=4),
    st.sampled_from([date(2023, 10, 31), None]),
)
def test_dates_start_at_ascii_digits_and_months_only(
    texts: list[str], published: date | None
) -> None:
    """The hits of ASCII digits give the events the hits of every digit gave."""
    fast = _events(texts, published)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timeline, "_hits", _hits_of_every_digit)
        assert _events(texts, published) == fast


def _dates_at(hits: list[int], text: str) -> list[tuple[int, str]]:
    """The date matches the timeline reads at `hits` (as `_absolute` steps over them)."""
    dates = vocabulary().dates
    found: list[tuple[int, str]] = []
    consumed = 0
    for start in hits:
        match = dates.match(text, start) if start >= consumed else None
        if match is not None:
            consumed = match.end()
            found.append((start, match.group()))
    return found


_DATE_LIKE = st.lists(
    st.tuples(
        st.one_of(
            st.text("0123456789٣١２", min_size=1, max_size=4),
            st.sampled_from(["March", "May", "Sept.", "Oct", "mid-", "on", "x", "$", "٣"]),
        ),
        st.sampled_from([" ", " ", ", ", " of ", "-", ".", ""]),
    ),
    max_size=5,
).map(lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=3000, deadline=None)
@given(_DATE_LIKE)
def test_the_ascii_digit_hits_find_every_date(text: str) -> None:
    vocab = vocabulary()
    assert _dates_at(timeline._hits(vocab, text), text) == _dates_at(
        _hits_of_every_digit(vocab, text), text
    )


_SENTENCE_PIECES = st.sampled_from(
    [
        "The talks", " will ", " were held ", " resume ", " on Friday", " on 12 March",
        " in March", " in May 2023", " by October", " next week", " last year", " scheduled",
        " said", " on 31 October", " in November", " until August", " expected", ".", ",",
        " Christmas Day", " two weeks ago", " yesterday", " since 2020", " 2024",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(_SENTENCE_PIECES, min_size=1, max_size=8).map(lambda p: "".join(p) + "."),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from([date(2023, 10, 31), date(2024, 3, 5), None]),
)
def test_a_sentence_s_tense_read_when_asked_as_when_read_first(
    texts: list[str], published: date | None
) -> None:
    """Reading each sentence's tense at once (as before) gives the same events."""
    lazy = _events(texts, published)
    read = Context.read

    def read_at_once(context: Context, sentence: str) -> None:
        read(context, sentence)
        context.looks_forward = vocabulary().future.found(words(sentence))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Context, "read", read_at_once)
        assert _events(texts, published) == lazy


_WORDISH = st.sampled_from(
    [
        "will", "Will", "won't", "won’t", "wo", "n't", "’", "'", "t", "s", "is", "to", "are",
        "due", "set", "the", "coming", "next", "be", "held", "ahead", "of", "x", "1", "İ", "Σ",
        "é", "_", "-", "–", "—", ".", ",", " ", " ", "  ", "\n", "\u00a0", "²", "swill",
    ]
)  # fmt: skip


@settings(max_examples=5000, deadline=None)
@given(st.lists(_WORDISH, max_size=10).map("".join))
def test_the_future_pattern_finds_what_the_tokenizer_finds(text: str) -> None:
    vocab = vocabulary()
    assert looks_forward(vocab, text) == vocab.future.found(words(text))


_PHRASE_WORDS = ["is", "to", "won't", "a1", "be"]
_SPACED = st.lists(
    st.tuples(
        st.sampled_from([*_PHRASE_WORDS, "won’t", "İs"]),
        st.sampled_from([" ", "-", "–", "_", "", "'", "’", ".", "\n"]),
    ),
    max_size=5,
).map(lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=4000, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_PHRASE_WORDS), min_size=1, max_size=3).map(" ".join),
        min_size=1,
        max_size=4,
    ),
    _SPACED,
)
def test_a_phrase_pattern_finds_what_its_table_finds(phrases: list[str], text: str) -> None:
    lowered = text.lower().replace("’", "'")
    found = phrase_pattern(phrases).search(lowered) is not None
    assert found == PhraseTable(phrases).found(words(text))
