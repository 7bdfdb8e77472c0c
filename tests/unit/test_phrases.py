"""The phrase table used by the so-what and timeline stages: longest match, no overlaps."""

from __future__ import annotations

from briefing.analysis.phrases import PhraseTable, words


def _found(table: PhraseTable, text: str) -> list[str]:
    return [phrase for _, _, phrase in table.scan(words(text))]


def test_longest_phrase_wins_and_matches_do_not_overlap() -> None:
    table = PhraseTable(["the", "the most likely", "most likely", "likely", "the most"])
    assert _found(table, "The most likely outcome is likely.") == ["the most likely", "likely"]


def test_a_longer_phrase_that_runs_past_the_sentence_falls_back_to_a_shorter_one() -> None:
    table = PhraseTable(["in the coming years", "in the"])
    assert _found(table, "Not in the") == ["in the"]
    assert _found(table, "It will change in the coming years") == ["in the coming years"]


def test_a_sentence_without_any_first_word_gives_nothing() -> None:
    table = PhraseTable(["highly likely", "almost certainly"])
    assert _found(table, "Nothing here is certain.") == []
    assert _found(table, "It is highly-likely.") == ["highly likely"]


def test_given_positions_are_tried_only_where_a_phrase_can_start() -> None:
    table = PhraseTable(["will probably"])
    sentence = words("Russia will probably wait; it will not.")
    assert [(first, end) for first, end, _ in table.scan(sentence, [0, 1, 6])] == [(1, 3)]
