"""A highlighted sentence changed by a word or two is found again, not lost."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_article
from briefing.store import add_highlight, annotations, annotations_for, open_store, register
from briefing.store.anchor import reanchor
from tests.unit.store_fixtures import PARAGRAPHS, write_article

SENTENCE = PARAGRAPHS[2]  # "Analysts warned that the deal remains fragile and could collapse …"


def test_one_word_changed_finds_the_edited_sentence() -> None:
    edited = (*PARAGRAPHS[:2], SENTENCE.replace("could", "would"), PARAGRAPHS[3])
    found = reanchor(2, 0, len(SENTENCE), SENTENCE, edited)
    assert not found.lost
    assert edited[found.paragraph][found.start : found.end] == edited[2]


def test_a_changed_last_word_keeps_the_whole_sentence() -> None:
    quote = SENTENCE.rstrip(".")  # a highlight that stopped short of the full stop
    edited = (*PARAGRAPHS[:2], SENTENCE.replace("resumes", "starts again"), PARAGRAPHS[3])
    found = reanchor(2, 0, len(quote), quote, edited)
    assert edited[2][found.start : found.end] == edited[2]


def test_a_word_added_and_one_changed_in_a_moved_paragraph_is_found() -> None:
    changed = SENTENCE.replace("remains fragile", "remains very fragile").replace("could", "might")
    edited = ("A new first paragraph.", *PARAGRAPHS[:2], changed, PARAGRAPHS[3])
    found = reanchor(2, 0, len(SENTENCE), SENTENCE, edited)
    assert (found.paragraph, found.lost) == (3, False)
    assert edited[3][found.start : found.end] == changed


def test_a_sentence_mostly_rewritten_or_a_short_phrase_is_still_lost() -> None:
    rewritten = "Analysts think the arrangement will hold unless the ports are hit again."
    edited = (*PARAGRAPHS[:2], rewritten, PARAGRAPHS[3])
    assert reanchor(2, 0, len(SENTENCE), SENTENCE, edited).lost
    assert reanchor(0, 0, 14, "Ships left Odesa", ("Boats left Odesa today.",)).lost


def test_far_away_paragraphs_are_not_searched() -> None:
    edited = (*(f"Filler paragraph {n}." for n in range(8)), SENTENCE.replace("could", "would"))
    assert reanchor(0, 0, len(SENTENCE), SENTENCE, edited).lost


def test_the_store_keeps_a_highlight_whose_sentence_changed_by_a_word(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path), opened=True)
        add_highlight(store, key, 2, 0, len(SENTENCE), SENTENCE)
    edited = (*PARAGRAPHS[:2], SENTENCE.replace("could", "would"), PARAGRAPHS[3])
    write_article(path, edited)
    (read,) = annotations_for(load_article(path))  # read-only, re-anchored in memory
    assert not read.lost and "would collapse" in read.text
    with open_store() as store:
        (kept,) = annotations(store, register(store, load_article(path), opened=True))
    assert not kept.lost and kept.text == edited[2]
