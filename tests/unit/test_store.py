"""The notes store's core: identity, places, marks, settings, annotations, undo (no Textual)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.ingest import load_article
from briefing.store import (
    Highlight,
    Note,
    add_highlight,
    add_note,
    annotations,
    annotations_for,
    article_key,
    default_path,
    delete,
    delete_all,
    edit_note,
    get_mark,
    get_marks,
    get_position,
    get_setting,
    open_store,
    reading_state,
    register,
    rename_section,
    section_titles,
    set_mark,
    set_position,
    set_setting,
    stored_articles,
    undo,
)
from briefing.store.db import MIGRATIONS, SCHEMA, Store, _statements
from tests.unit.store_fixtures import PARAGRAPHS, write_article


def test_the_store_lives_in_the_test_data_folder_never_the_users(tmp_path: Path) -> None:
    assert default_path() == tmp_path / "data" / "briefing" / "store.sqlite3"
    with open_store() as store:
        assert store.path == default_path() and store.warnings == []
    assert default_path().exists()


def test_the_store_is_wal_with_a_schema_version(tmp_path: Path) -> None:
    with open_store() as store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        versions = store.connection.execute("SELECT version FROM schema_version").fetchall()
        assert versions == [(n,) for n in range(1, SCHEMA + 1)]
    with open_store() as store:  # opening again migrates nothing twice
        count = store.connection.execute("SELECT count(*) FROM schema_version").fetchone()[0]
        assert count == SCHEMA


def test_an_older_store_is_migrated_and_keeps_its_notes(tmp_path: Path) -> None:
    path = default_path()
    path.parent.mkdir(parents=True)
    old = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        old.execute(statement)
    old.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied REAL)")
    old.execute("INSERT INTO schema_version VALUES (1, 0)")
    old.execute("INSERT INTO articles(key, first_seen) VALUES ('k', 0)")
    old.execute(
        "INSERT INTO annotations(article, kind, paragraph, start, \"end\", quote, note, created,"
        " updated) VALUES ('k', 'note', 0, 0, 5, 'Ships', 'kept', 0, 0)"
    )
    old.commit()
    old.close()
    with open_store() as store:
        assert store.warnings == []
        assert [a.note for a in annotations(store, "k")] == ["kept"]
        rename_section(store, "k", 0, "Renamed")  # the table migration 2 added
        assert section_titles(store, "k") == {0: "Renamed"}


def test_renamed_section_titles_are_kept_and_follow_an_edit(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path))
        rename_section(store, key, 2, "  The   risks ", PARAGRAPHS[2])
        rename_section(store, key, 3, "Insurance", PARAGRAPHS[3])
        rename_section(store, key, 0, "Opening", PARAGRAPHS[0])
        rename_section(store, key, 0, "")  # forgotten
        assert section_titles(store, key) == {2: "The risks", 3: "Insurance"}
    write_article(path, ("A new first paragraph.", *PARAGRAPHS))
    with open_store() as store:
        key = register(store, load_article(path))
        assert section_titles(store, key) == {3: "The risks", 4: "Insurance"}
    assert (tmp_path / "a.txt").read_text(encoding="utf-8").count("The risks") == 0


def test_an_article_is_known_by_its_text_not_its_path(tmp_path: Path) -> None:
    first = load_article(write_article(tmp_path / "a.txt"))
    moved = load_article(write_article(tmp_path / "elsewhere" / "renamed.txt", title="Other"))
    rewrapped = load_article(
        write_article(tmp_path / "b.txt", tuple(p.replace(" ", "  ") for p in PARAGRAPHS))
    )
    edited = load_article(write_article(tmp_path / "c.txt", (*PARAGRAPHS[:3], "New ending.")))
    assert article_key(first) == article_key(moved) == article_key(rewrapped)
    assert article_key(first) != article_key(edited)
    assert len(article_key(first)) == 32


def test_a_copy_shares_its_notes(tmp_path: Path) -> None:
    original = load_article(write_article(tmp_path / "a.txt"))
    copy = load_article(write_article(tmp_path / "copy" / "a-copy.txt"))
    with open_store() as store:
        key = register(store, original, opened=True)
        add_note(store, key, 2, 0, 8, "Analysts", "who?")
    assert [a.note for a in annotations_for(copy)] == ["who?"]


def test_reading_place_is_kept_and_listed_as_progress(tmp_path: Path) -> None:
    article = load_article(write_article(tmp_path / "a.txt"))
    with open_store() as store:
        key = register(store, article, opened=True)
        assert get_position(store, key) is None
        set_position(store, key, 1, 2, PARAGRAPHS[2])
    with open_store() as store:  # another run
        position = get_position(store, key)
        assert position is not None and (position.section, position.paragraph) == (1, 2)
        state = reading_state(store)[str((tmp_path / "a.txt").resolve())]
        assert state.title == "Grain Corridor Reopens After Months of Talks"
        assert state.progress == pytest.approx(2 / 3)
        with pytest.raises(ValueError):
            set_position(store, key, 0, -1)


def test_marks_by_letter_and_the_jump_back_mark(tmp_path: Path) -> None:
    article = load_article(write_article(tmp_path / "a.txt"))
    with open_store() as store:
        key = register(store, article)
        set_mark(store, key, "a", 1, PARAGRAPHS[1])
        set_mark(store, key, "a", 3, PARAGRAPHS[3])  # a letter moves
        set_mark(store, key, "'", 0, PARAGRAPHS[0])
        assert get_mark(store, key, "a") is not None and get_mark(store, key, "a").paragraph == 3
        assert get_mark(store, key, "b") is None
        assert [m.letter for m in get_marks(store, key)] == ["'", "a"]
        for bad in ("", "ab", "1", "é"):
            with pytest.raises(ValueError):
                set_mark(store, key, bad, 0)


def test_settings_are_json_values_and_tolerate_junk(tmp_path: Path) -> None:
    with open_store() as store:
        assert get_setting(store, "theme", "textual-dark") == "textual-dark"
        set_setting(store, "theme", "nord")
        set_setting(store, "panel_layout", {"side": "right", "width": 40})
        store.connection.execute("INSERT INTO settings VALUES ('broken', '{not json')")
    with open_store() as store:
        assert get_setting(store, "theme") == "nord"
        assert get_setting(store, "panel_layout") == {"side": "right", "width": 40}
        assert get_setting(store, "broken", 1) == 1


def test_highlights_and_notes_in_reading_order(tmp_path: Path) -> None:
    article = load_article(write_article(tmp_path / "a.txt"))
    with open_store() as store:
        key = register(store, article)
        late = add_note(store, key, 3, 0, 8, "Insurers", "check premiums")
        early = add_highlight(store, key, 0, 10, 15, "Odesa")
        middle = add_highlight(store, key, 0, 0, 5, "Ships")
        listed = annotations(store, key)
        assert [a.id for a in listed] == [middle.id, early.id, late.id]
        assert isinstance(listed[0], Highlight) and isinstance(listed[2], Note)
        assert listed[2].as_dict() == {
            "kind": "note", "paragraph": 3, "start": 0, "end": 8, "text": "Insurers",
            "note": "check premiums", "created": listed[2].as_dict()["created"],
        }  # fmt: skip
        assert listed[0].as_dict()["note"] is None
        with pytest.raises(ValueError):
            add_highlight(store, key, 0, 5, 2, "x")
        with pytest.raises(ValueError):
            add_highlight(store, key, 0, 0, 0, " ")


def test_edit_delete_and_undo(tmp_path: Path) -> None:
    article = load_article(write_article(tmp_path / "a.txt"))
    with open_store() as store:
        key = register(store, article)
        highlight = add_highlight(store, key, 1, 4, 13, "agreement")
        note = edit_note(store, highlight.id, "brokered by whom?")
        assert isinstance(note, Note) and note.note == "brokered by whom?"
        assert delete(store, highlight.id) is not None
        assert annotations(store, key) == ()
        assert undo(store, key) == "delete"  # the deleted row comes back, same id and note
        (restored,) = annotations(store, key)
        assert (restored.id, restored.note) == (highlight.id, "brokered by whom?")
        assert undo(store, key) == "edit"
        assert isinstance(annotations(store, key)[0], Highlight)
        assert undo(store, key) == "add"
        assert annotations(store, key) == ()
        assert undo(store, key) is None
        assert delete(store, 12345) is None and edit_note(store, 12345, "x") is None


def test_deleting_all_notes_can_be_undone_one_by_one(tmp_path: Path) -> None:
    article = load_article(write_article(tmp_path / "a.txt"))
    with open_store() as store:
        key = register(store, article)
        add_highlight(store, key, 0, 0, 5, "Ships")
        add_note(store, key, 2, 0, 8, "Analysts", "fragile")
        assert delete_all(store, key) == 2 and annotations(store, key) == ()
        undo(store, key)
        undo(store, key)
        assert len(annotations(store, key)) == 2


def test_annotations_for_creates_no_store(tmp_path: Path) -> None:
    article = load_article(write_article(tmp_path / "a.txt"))
    assert annotations_for(article) == ()
    assert not default_path().exists()
    with open_store():
        pass
    assert annotations_for(article) == ()  # a store, but nothing for this article
    with open_store() as store:
        assert stored_articles(store) == []  # and reading it recorded nothing


def test_a_corrupt_store_is_moved_aside_with_a_warning(tmp_path: Path) -> None:
    path = default_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    with open_store() as store:
        assert store.path == path
        assert len(store.warnings) == 1 and "store.sqlite3.broken" in store.warnings[0]
        set_setting(store, "theme", "nord")  # and the fresh one works
    assert path.with_name("store.sqlite3.broken").read_bytes().startswith(b"this is not")
    with open_store() as store:
        assert store.warnings == [] and get_setting(store, "theme") == "nord"


def test_a_store_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    with open_store() as store:
        store.connection.execute("INSERT INTO schema_version VALUES (?, 0)", (SCHEMA + 5,))
    with open_store() as store:
        assert store.path is None and "newer" in store.warnings[0]
        set_setting(store, "theme", "nord")  # works, in memory
    assert default_path().exists() and not default_path().with_suffix(".sqlite3.broken").exists()


def test_a_store_locked_by_another_process_is_not_moved_aside(tmp_path: Path) -> None:
    path = default_path()
    path.parent.mkdir(parents=True)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE mine (x)")
    other.execute("BEGIN EXCLUSIVE")  # another process in the middle of a write
    try:
        store = Store(path, timeout=0.1)
        assert store.path is None and "busy" in store.warnings[0]
        store.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not path.with_name("store.sqlite3.broken").exists()


def test_a_damaged_page_is_found_on_opening(tmp_path: Path) -> None:
    with open_store() as store:
        key = "k" * 32
        for number in range(300):
            add_note(store, key, number, 0, 5, "words", "a note long enough to fill pages " * 4)
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(default_path().read_bytes())
    data[len(data) // 2 : len(data) // 2 + 2000] = b"\xff" * 2000  # a page in the middle
    default_path().write_bytes(bytes(data))
    with open_store() as store:
        assert "moved to store.sqlite3.broken" in store.warnings[0]
        assert annotations(store, key) == ()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unwritable_folder_keeps_the_store_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        store = Store(folder / "sub" / "store.sqlite3")
        assert store.path is None and "memory" in store.warnings[-1]
        set_setting(store, "theme", "nord")
        assert get_setting(store, "theme") == "nord"
        store.close()
    finally:
        folder.chmod(0o700)


def test_the_store_does_not_import_textual() -> None:
    code = "import sys, briefing.store, briefing.cli_notes; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
