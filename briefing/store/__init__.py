"""The user's own state: reading places, marks, highlights, notes and settings, in SQLite.

The store adds the user's annotations beside a briefing, never inside it (the analysis and the
library's cache know nothing of it). Articles are identified by their content
(`identity.article_key`), so moving, renaming or copying a file keeps its notes. No Textual here.

Shapes:
    store = open_store()                      # a `Store`; read `store.warnings` once
    key = register(store, article, opened=True)
    set_position(store, key, section, paragraph, paragraph_text); get_position(store, key)
    add_seen(store, key, [(0, 4)])            # paragraphs on screen: the library's progress
    set_mark(store, key, "a", paragraph, paragraph_text); get_mark(store, key, "a")
    rename_section(store, key, first_paragraph, "My title", paragraph_text)
    add_note(store, key, paragraph, start, end, words, "my note"); undo(store, key)
    annotations(store, key) -> tuple[Highlight | Note, ...] in reading order
    annotations_for(article) -> the same, read-only, for exports and JSON (no store: `()`)
"""

from __future__ import annotations

from pathlib import Path

from briefing.store.annotations import (
    add,
    add_highlight,
    add_note,
    annotations,
    annotations_for,
    delete,
    delete_all,
    edit_note,
    undo,
)
from briefing.store.db import Store, data_dir, default_path
from briefing.store.identity import article_key
from briefing.store.model import Annotation, Highlight, Mark, Note, Position, StoredArticle
from briefing.store.places import (
    add_seen,
    get_mark,
    get_marks,
    get_position,
    get_setting,
    reading_state,
    register,
    rename_section,
    section_titles,
    set_mark,
    set_position,
    set_setting,
    stored_articles,
)


def open_store(path: Path | None = None) -> Store:
    """Open (or create) the store; never raises for a bad file (see `Store.warnings`)."""
    return Store(path)


__all__ = [
    "Annotation", "Highlight", "Mark", "Note", "Position", "Store", "StoredArticle",
    "add", "add_highlight", "add_seen", "add_note", "annotations", "annotations_for", "article_key",
    "data_dir", "default_path", "delete", "delete_all", "edit_note", "get_mark", "get_marks",
    "get_position", "get_setting", "open_store", "reading_state", "register", "rename_section",
    "section_titles", "set_mark",
    "set_position", "set_setting", "stored_articles", "undo",
]  # fmt: skip
