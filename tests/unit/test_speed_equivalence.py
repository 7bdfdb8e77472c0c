"""The speed-ups of the analysis give what the slower code they replaced gave.

Each shortcut is checked against the plain form it stands for (a pattern tried everywhere, a
word-by-word loop), on inputs built here, including the edge cases the shortcut reasons about.
"""

from __future__ import annotations

import gc
import random
import re

import pytest

from briefing.analysis import pipeline
from briefing.analysis.collector import collector_paused
from briefing.analysis.quotes import cues
from briefing.analysis.quotes.lexicon import lexicon as quote_lexicon
from briefing.analysis.sentences import _word_before
from briefing.analysis.timeline import _HINT_WORDS, _RELATIVE_HINT
from briefing.model import Article, Metadata, Paragraph


def test_word_before_is_the_pattern_it_replaced() -> None:
    pattern = re.compile(r"(\S+)$")
    rng = random.Random(7)
    alphabet = "ab .\n\t\u00a0\u2003x\r\x1c\x85"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        low = rng.randint(0, len(text))
        high = rng.randint(low, len(text))
        match = pattern.search(text, low, high)
        assert _word_before(text, low, high) == (match.group(1) if match else None), (
            text,
            low,
            high,
        )


def _cues_word_by_word(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """The opening words `find_cues` starts from, found as before: every word looked up."""
    openers = quote_lexicon().openers
    stop = len(text) if end is None else end
    return [
        (match.start(), match.group().lower())
        for match in cues._WORD.finditer(text, start, stop)
        if match.group().lower() in openers
    ]


def _cues_now(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    stop = len(text) if end is None else end
    return [(first, word.lower()) for first, _, word in cues._opener_matches(text, start, stop)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Monday that talks would resume, officials SAID.",
        "unsaid words, he said’s, x said' and “said” — Says who? said_",
        "Analysts warned; the spokesman added: “No.” She told reporters it was over.",
    ],
)
def test_quote_cue_words_are_found_as_before(text: str) -> None:
    assert _cues_now(text) == _cues_word_by_word(text)
    assert _cues_now(text)  # the sentences do hold cue words
    for start in range(len(text) + 1):  # windows cutting words at either edge
        for end in (start, min(len(text), start + 7), min(len(text), start + 30), len(text)):
            assert _cues_now(text, start, end) == _cues_word_by_word(text, start, end)


def test_relative_hint_words_rule_out_only_sentences_without_a_match() -> None:
    samples = [
        "Two years ago", "last MONTH", "next week’s vote", "on Friday", "yesterday", "ýesterday",
        "Tomorrow", "the 2020s", "in March", "ſunday", "K-pop", "weekday", "birthday",
    ]
    for text in samples:
        hinted = any(word in text.lower() for word in _HINT_WORDS)
        if _RELATIVE_HINT.search(text):
            assert hinted, text


def _article(text: str) -> Article:
    return Article(meta=Metadata(title="T"), paragraphs=(Paragraph(0, text),))


def test_the_collector_is_back_on_after_an_analysis() -> None:
    assert gc.isenabled()
    pipeline.analyze(_article("Russia will probably respond. Officials said so on Monday."))
    assert gc.isenabled()


def test_a_paused_collector_stays_paused_and_an_error_resumes_it() -> None:
    gc.disable()
    try:
        pipeline.analyze(_article("Russia will probably respond."))
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RuntimeError):
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("a stage failed")
    assert gc.isenabled()
