"""The analysis's rewritten patterns and set tests give what the plain forms they replaced gave.

Each fast form is checked against the plain one on random strings built here from the
characters its reasoning is about (word characters of several scripts, apostrophes, hyphens,
stops, capitals), so a change that breaks the
equivalence fails here before it changes an analysis.
"""

from __future__ import annotations

import random
import re

import pytest

from briefing.analysis.actors import lexicon as actor_lexicon
from briefing.analysis.phrases import _TOKEN as PHRASE_TOKEN
from briefing.analysis.phrases import PhraseTable, words
from briefing.analysis.quotes import cues as quote_cues
from briefing.analysis.quotes import lexicon as quote_lexicon
from briefing.analysis.quotes import phrases as quote_phrases
from briefing.analysis.sections import terms, titles, word_classes
from briefing.analysis.sowhat import bottom_line

_ALPHABET = "aAbZzéÉß_'’-–—.,;:!?()\"“” \n0123456789sS²$£%ıİſ\u212a\u0301"


def _strings(seed: int, count: int = 30_000, alphabet: str = _ALPHABET) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(count)
    ]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (actor_lexicon._TOKEN, r"(?:[A-Z]\.){2,}|\w+(?:['’](?!s\b)\w+)*"),
        (PHRASE_TOKEN, r"[^\W_]+(?:'[^\W_]+)*|[^\w\s\-–]"),
        (terms._TOKEN, r"[^\W\d_](?:[\w’'\-]*[^\W\d_])?|[.!?;:,()\"“”—–]"),
        (
            word_classes.TOKEN,
            r"(?:[A-Z]\.){2,}(?:-[A-Za-z]+)*|[£$€¥]?[0-9]+(?:[.,][0-9]+)*%?"
            r"|[^\W_](?:[\w’'\-]*[^\W_])?|[^\w\s]",
        ),
    ],
)
def test_a_tokenizer_opening_on_one_class_matches_its_alternation(
    fast: re.Pattern[str], plain: str
) -> None:
    slow = re.compile(plain)
    for text in [*_strings(1), "U.S. and U.K.-led talks", "Trump’s d'Ivoire £6.5 37% José"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
        middle = len(text) // 2  # a window that cuts a word
        assert [m.span() for m in fast.finditer(text, 1, middle)] == [
            m.span() for m in slow.finditer(text, 1, middle)
        ], text


def test_a_word_start_alternation_matches_the_bounded_one() -> None:
    alternatives = ["Act", "Accord", "Foreign\\s+Minister", "Prof\\.", "Treaty"]
    fast = re.compile(quote_lexicon._word_start(alternatives) + r"(?:\s+(\w+))?")
    slow = re.compile(r"\b(?:" + "|".join(alternatives) + r")(?:\s+(\w+))?")
    pieces = ["Act", "Accord", "Foreign", "Minister", "Prof.", "Treaty", "x", "é", "_", "3"]
    rng = random.Random(2)
    texts = [
        "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", ".", "-"]) for _ in range(8))
        for _ in range(20_000)
    ]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in slow.finditer(text)
        ], text
    with pytest.raises(ValueError):
        quote_lexicon._word_start(["\\(Act"])


def test_a_table_never_misses_a_sentence_it_would_match() -> None:
    phrases = ["likely", "highly likely", "the most likely", "in the coming years", "will"]
    table = PhraseTable(phrases)
    vocabulary = ["the", "most", "likely", "highly", "in", "coming", "years", "will", "not", "."]
    rng = random.Random(4)
    for _ in range(20_000):
        sentence = words(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 8))))
        walked = _walk(table, sentence.texts)
        assert list(table.scan(sentence)) == walked
        assert table.misses(sentence) <= (not walked)  # a miss is never wrong


def _walk(table: PhraseTable, texts: list[str]) -> list[tuple[int, int, str]]:
    """Longest phrase at each word, left to right, no set tests: what `scan` must give."""
    found = []
    index = 0
    while index < len(texts):
        for length in range(len(texts) - index, 0, -1):
            candidate = " ".join(texts[index : index + length])
            if candidate in table_phrases(table):
                found.append((index, index + length, candidate))
                index += length
                break
        else:
            index += 1
    return found


def table_phrases(table: PhraseTable) -> set[str]:
    """Every phrase of the table, as `scan` names them."""
    phrases = set()
    for first, (longer, _, single) in table._by_first.items():
        if single:
            phrases.add(first)
        for _, options in longer:
            phrases.update(" ".join(parts) for parts in options)
    return phrases


def test_narrative_shortcut_is_the_pattern() -> None:
    pieces = [
        "may", "May", "Mayor", "fifth", "Fifth", "th", "month", "Months", "weeks", "weekly",
        "year", "years", "yearss", "day", "Days", "ago", "yesterday", "first", "two", "A", "an",
        "several", "tenth", "Monday", "x", "9", "_", "Erdoğan", "ſeptember",
    ]  # fmt: skip
    rng = random.Random(5)
    texts = [
        "".join(rng.choice(pieces) + rng.choice([" ", "  ", "\n", ", ", "-"]) for _ in range(6))
        for _ in range(30_000)
    ]
    pattern = bottom_line._narrative()
    for text in texts:
        assert bottom_line._is_narrative(text) == (pattern.search(text) is not None), text


def test_a_speaker_phrase_read_from_the_first_tokens_is_the_whole_windows() -> None:
    # names and brackets run on to the end of the first tokens, where only the whole window
    # shows how a bracket closes or what a run of modifiers leads to
    pieces = [
        "John", "Kerry", "Lars", "Eide", "(", ")", "(R-N.C.)", "Ministry", "of", "analyst",
        "official", "shipping", "Norwegian", "the", "said", "Baerbock.",
    ]  # fmt: skip
    rng = random.Random(6)
    for _ in range(2_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(15, 40)))
        for start in range(0, min(len(text), 40), 4):
            stop = len(text) - rng.randint(0, 10)
            whole = quote_phrases._tokens(text, start, min(stop, start + quote_phrases.WINDOW))
            expected = quote_phrases._phrase_after(text, start, whole)[0]
            assert quote_phrases.phrase_after(text, start, stop) == expected, (text, start)


@pytest.mark.parametrize("short", [20, quote_phrases._SHORT_BEFORE])
def test_a_speaker_phrase_read_from_the_last_tokens_is_the_whole_windows(
    short: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # phrases that run back to the short window's edge (names, appositions, brackets,
    # relatives, descriptions with prepositions), with few or many tokens before the cut; a
    # 20-character window reaches the edges often (one edge token instead of two fails here)
    monkeypatch.setattr(quote_phrases, "_SHORT_BEFORE", short)
    pieces = [
        "John", "Kerry", "Lars", "Eide,", ",", "(", ")", "(R-N.C.)", "Ministry", "of", "at",
        "analyst", "official", "shipping", "Norwegian", "the", "a", "who", "that", "said",
        "Baerbock.", "also", "Two", "analysts", "spoke", "to", "Reuters", "“", "he",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(3_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(12, 60)))
        for end in range(len(text), max(0, len(text) - 40), -5):
            floor = rng.choice([0, 0, max(0, end - 130), max(0, end - 104)])
            whole = quote_phrases._tokens(text, max(floor, end - quote_phrases.WINDOW), end)
            expected = quote_phrases._subject_before(text, whole)
            assert quote_phrases.subject_before(text, end, floor) == expected, (text, end, floor)


def test_a_windows_cue_forms_taken_from_its_paragraphs_are_the_windows_own() -> None:
    # windows cut inside words, after apostrophes and at cue forms of several words
    pieces = [
        "said", "says", "Said", "told", "according", "to", "claimed", "statement", "wrote",
        "the", "United", "States", "his", "claim", "Trump’s", "said’s", "sai", "d", "’", "'",
        "rates", "were", "“", "”", ",", ".", "x", "stated", "aim", "noted", "that",
    ]  # fmt: skip
    rng = random.Random(8)
    for _ in range(1_500):
        text = "".join(
            rng.choice(pieces) + rng.choice([" ", " ", "", ", "]) for _ in range(rng.randint(3, 25))
        )
        windows = [(rng.randint(-2, len(text)), rng.randint(0, len(text) + 3)) for _ in range(30)]
        expected = [quote_cues._find_cues(text, start, stop) for start, stop in windows]
        with quote_cues.whole_paragraphs([text, text]):
            got = [quote_cues.find_cues(text, start, stop) for start, stop in windows]
            assert quote_cues.find_cues(text) == quote_cues._find_cues(text, 0, len(text))
        assert got == expected, text
        assert text not in quote_cues._WHOLE


def test_a_word_class_looked_up_without_context_is_the_context_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # closed-class words in and out of capitals, adverbs that are also adjectives after a
    # determiner ("the long war"), "n't" forms, numbers, possessives and punctuation, among
    # open-class words (without the adverbs' exception this fails)
    vocabulary = [
        "the", "The", "further", "Further", "long", "only", "in", "In", "of", "and", "has",
        "have", "been",
        "doesn't", "Can't", "not", "very", "more", "most", "it", "which", "to", "To", "Armenia",
        "Russia's", "37%", "£6.5", "2008", ",", ".", "(", "—", "support", "supports", "talks",
        "military", "limited", "peacekeeping", "reabsorb", "Western", "U.S.", "well", "still",
    ]  # fmt: skip
    propers = {"armenia", "russia", "western"}
    rng = random.Random(9)
    sentences = [
        [rng.choice(vocabulary) for _ in range(rng.randint(1, 14))] for _ in range(20_000)
    ]
    fast = [word_classes.classify(sentence, propers) for sentence in sentences]
    monkeypatch.setattr(word_classes, "_fixed", lambda word: -1)
    for sentence, tokens in zip(sentences, fast, strict=True):
        assert word_classes.classify(sentence, propers) == tokens, sentence


def test_a_paragraphs_first_sentences_are_the_look_behind_splits() -> None:
    # end marks, closing quotes and brackets, spaces and what follows them
    alphabet = "aZé .!?…\"'”’)]\n ,xY1"
    plain = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[^a-z\s])")
    for text in [*_strings(10, 30_000, alphabet), "He left. “She stayed.” Then (x.) Y? no. Z"]:
        assert titles._first_sentences(text) == plain.split(text, 3)[:3], text
