"""Re-anchoring: an edited article keeps its place, marks and notes as far as the text allows."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_article
from briefing.store import (
    add_highlight,
    add_note,
    annotations,
    annotations_for,
    get_mark,
    get_position,
    open_store,
    register,
    set_mark,
    set_position,
    stored_articles,
    undo,
)
from briefing.store.anchor import reanchor, reanchor_paragraph
from tests.unit.store_fixtures import PARAGRAPHS, write_article


def test_unchanged_text_stays_put() -> None:
    assert reanchor(1, 4, 13, "agreement", PARAGRAPHS) == (1, 4, 13, False)


def test_words_moved_to_another_paragraph_are_found() -> None:
    edited = ("A new opening paragraph about the ports.", *PARAGRAPHS)
    found = reanchor(1, 4, 13, "agreement", edited)
    assert (found.paragraph, edited[found.paragraph][found.start : found.end]) == (2, "agreement")


def test_of_several_finds_the_nearest_to_the_old_place_wins() -> None:
    paragraphs = ("the deal held", "filler text here", "filler", "the deal held again")
    assert reanchor(3, 0, 8, "the deal", paragraphs).paragraph == 3
    assert reanchor(0, 0, 8, "the deal", paragraphs).paragraph == 0
    assert reanchor(2, 0, 8, "the deal", ("x", "the deal", "y", "z", "the deal")).paragraph == 1


def test_rewrapped_words_are_found_with_any_spacing() -> None:
    found = reanchor(0, 0, 17, "fragile and could", ("remains fragile  and\ncould collapse",))
    assert (found.paragraph, found.start, found.lost) == (0, 8, False)


def test_words_edited_away_are_kept_as_lost_at_the_old_place() -> None:
    found = reanchor(5, 3, 9, "vanished", ("short", "text"))
    assert found.lost and found.paragraph == 1 and found.end <= len("text")


def test_a_paragraph_place_follows_its_opening_words() -> None:
    edited = ("Inserted first.", *PARAGRAPHS)
    assert reanchor_paragraph(2, " ".join(PARAGRAPHS[2].split())[:80], edited) == 3
    assert reanchor_paragraph(9, "nothing like it", edited) == len(edited) - 1


def test_editing_the_file_carries_notes_place_and_marks_over(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path), opened=True)
        note = add_note(store, key, 2, 0, 8, "Analysts", "who are they?")
        add_highlight(store, key, 3, 0, 8, "Insurers")
        set_position(store, key, 0, 2, PARAGRAPHS[2])
        set_mark(store, key, "a", 3, PARAGRAPHS[3])
    edited = (
        "An editor's note added at the top of the piece.",
        *PARAGRAPHS[:2],
        "Several analysts warned that the deal remains fragile.",  # "Analysts" edited away
        PARAGRAPHS[3],
    )
    write_article(path, edited)
    with open_store() as store:
        new_key = register(store, load_article(path), opened=True)
        assert new_key != key
        (lost, insurers) = annotations(store, new_key)
        assert (lost.id, lost.note, lost.lost) == (note.id, "who are they?", True)
        assert (insurers.paragraph, insurers.start, insurers.lost) == (4, 0, False)
        assert get_mark(store, new_key, "a") is not None
        assert get_mark(store, new_key, "a").paragraph == 4
        assert get_position(store, new_key) is not None
        assert [a.key for a in stored_articles(store)] == [new_key]
        assert undo(store, new_key) == "add"  # the undo history followed too
        assert len(annotations(store, new_key)) == 1


def test_exports_see_the_notes_of_an_edited_file_too(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path), opened=True)
        add_note(store, key, 1, 4, 13, "agreement", "signed in July")
    write_article(path, ("A new first paragraph.", *PARAGRAPHS))
    (found,) = annotations_for(load_article(path))
    assert (found.paragraph, found.start, found.end, found.note) == (2, 4, 13, "signed in July")


def test_another_article_saved_over_the_file_does_not_take_its_notes(tmp_path: Path) -> None:
    path = write_article(tmp_path / "article.txt")
    with open_store() as store:
        old_key = register(store, load_article(path), opened=True)
        add_note(store, old_key, 2, 0, 8, "Analysts", "about the corridor")
    write_article(
        path,
        (
            "Parliament passed the budget after a long night of amendments and walkouts.",
            "The opposition said it would challenge two of the spending lines in court.",
        ),
        "Budget Passes After a Long Night",
    )
    with open_store() as store:
        new_key = register(store, load_article(path), opened=True)
        assert annotations(store, new_key) == ()
        assert [a.note for a in annotations(store, old_key)] == ["about the corridor"]
        assert {a.title for a in stored_articles(store)} == {
            "Grain Corridor Reopens After Months of Talks", "Budget Passes After a Long Night",
        }  # fmt: skip
