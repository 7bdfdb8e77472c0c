"""Two copies of one article share notes; editing one never empties the other, and read-only
commands (notes, export, analyze --json, the library's listing) never change the store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.ingest import load_article
from briefing.store import (
    add_note,
    annotations,
    annotations_for,
    default_path,
    get_position,
    open_store,
    reading_state,
    register,
    rename_section,
    set_mark,
    set_position,
)
from tests.unit.store_fixtures import PARAGRAPHS, write_article

EDITED = (PARAGRAPHS[0], PARAGRAPHS[1].replace("brokered", "negotiated"), *PARAGRAPHS[2:])


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """original.txt with a note, place, mark and section title; working.txt a copy opened once."""
    original = write_article(tmp_path / "original.txt")
    with open_store() as store:
        key = register(store, load_article(original), opened=True)
        add_note(store, key, 2, 0, 8, "Analysts", "which analysts?")
        set_position(store, key, 0, 2, PARAGRAPHS[2])
        set_mark(store, key, "a", 3, PARAGRAPHS[3])
        rename_section(store, key, 0, "Opening", PARAGRAPHS[0])
    working = tmp_path / "working.txt"
    shutil.copy(original, working)
    with open_store() as store:
        assert register(store, load_article(working), opened=True) == key
    write_article(working, EDITED)
    return original, working


def _dump() -> bytes:
    """The store's rows, to compare before and after a read-only command."""
    with open_store() as store:
        rows = [
            store.connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("articles", "paths", "positions", "marks", "annotations", "undo",
                          "section_titles")
        ]  # fmt: skip
    return repr(rows).encode()


def _notes(path: Path) -> list[str]:
    return [a.note for a in annotations_for(load_article(path))]


def test_read_only_commands_see_the_edited_copys_notes_and_change_nothing(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    original, working = copies
    before = _dump()
    assert main(["notes", str(working)]) == 0
    assert "which analysts?" in capsys.readouterr().out
    assert main(["analyze", str(working), "--json"]) == 0
    summary = original.parent / "x.md"
    assert main(["export", str(working), "--format", "md", "-o", str(summary)]) == 0
    assert main(["notes"]) == 0
    with open_store() as store:
        reading_state(store)
    capsys.readouterr()
    assert _dump() == before
    assert _notes(original) == _notes(working) == ["which analysts?"]
    assert main(["notes", str(original)]) == 0
    assert "which analysts?" in capsys.readouterr().out


def test_opening_the_edited_copy_copies_its_notes_and_leaves_the_original_its_own(
    copies: tuple[Path, Path],
) -> None:
    original, working = copies
    with open_store() as store:
        old_key = register(store, load_article(original), record=False)
        new_key = register(store, load_article(working), opened=True)
        assert new_key != old_key
        assert [a.note for a in annotations(store, new_key)] == ["which analysts?"]
        assert [a.note for a in annotations(store, old_key)] == ["which analysts?"]
        assert get_position(store, old_key) is not None
        assert get_position(store, new_key) is not None
        state = reading_state(store)
        assert state[str(original.resolve())].key == old_key
        assert state[str(working.resolve())].key == new_key
    assert _notes(original) == ["which analysts?"]
    # a note added to one copy now stays with that copy
    with open_store() as store:
        add_note(store, new_key, 0, 0, 5, "Ships", "only in the working copy")
    assert _notes(original) == ["which analysts?"]
    assert sorted(_notes(working)) == ["only in the working copy", "which analysts?"]


def test_a_single_file_edited_in_place_moves_its_notes(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path), opened=True)
        add_note(store, key, 2, 0, 8, "Analysts", "which analysts?")
    write_article(path, EDITED)
    with open_store() as store:
        new_key = register(store, load_article(path), opened=True)
        assert [a.note for a in annotations(store, new_key)] == ["which analysts?"]
        assert annotations(store, key) == ()  # moved, not duplicated in `briefing notes`


def test_a_copy_deleted_since_does_not_hold_the_notes_back(copies: tuple[Path, Path]) -> None:
    original, working = copies
    original.unlink()
    with open_store() as store:
        new_key = register(store, load_article(working), opened=True)
        keys = {row[0] for row in store.connection.execute("SELECT article FROM annotations")}
    assert keys == {new_key}


def test_read_only_commands_make_no_store(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    assert main(["notes", str(path)]) == 0
    assert annotations_for(load_article(path)) == ()
    assert not default_path().exists()
