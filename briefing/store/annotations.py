"""Highlights and notes: add, edit, delete, undo, and list in reading order.

A highlight is words of a paragraph (`paragraph`, `start`..`end`, and the words themselves);
a note is the same with the reader's text. Giving a highlight a note makes it a note; emptying
a note's text makes it a highlight again. Every change is one transaction and writes an undo
entry holding the row as it was (the whole deleted row, with its id), so `undo` restores a
deleted note exactly, takes back an edit, or removes what was just added. The last
`UNDO_DEPTH` changes of each article can be undone.

`annotations_for(article)` is what the exports and `briefing analyze --json` call: it only reads
(it creates no store when there is none, and an edited file's notes are re-anchored in memory,
never moved) and gives `()` for an article with no annotations.
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

from briefing.store.db import Store, default_path
from briefing.store.model import Annotation, Highlight, Note

UNDO_DEPTH = 100
"""Changes kept for undo per article."""

_COLUMNS = 'id, article, kind, paragraph, start, "end", quote, note, created, updated, lost'


def _annotation(row: sqlite3.Row | tuple[Any, ...]) -> Annotation:
    identifier, _, kind, paragraph, start, end, quote, note, created, updated, lost = row
    if kind == "note":
        return Note(identifier, paragraph, start, end, quote, created, updated, note, bool(lost))
    return Highlight(identifier, paragraph, start, end, quote, created, updated, bool(lost))


def _row(connection: sqlite3.Connection, identifier: int) -> tuple[Any, ...] | None:
    return connection.execute(  # type: ignore[no-any-return]
        f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (identifier,)
    ).fetchone()


def _log(
    connection: sqlite3.Connection, article: str, action: str, identifier: int, before: Any
) -> None:
    connection.execute(
        "INSERT INTO undo(article, action, annotation, before, at) VALUES (?, ?, ?, ?, ?)",
        (article, action, identifier, None if before is None else json.dumps(before), time.time()),
    )
    connection.execute(
        "DELETE FROM undo WHERE article = ? AND id NOT IN"
        " (SELECT id FROM undo WHERE article = ? ORDER BY id DESC LIMIT ?)",
        (article, article, UNDO_DEPTH),
    )


def _check_span(paragraph: int, start: int, end: int, text: str) -> None:
    if paragraph < 0 or start < 0 or end < start:
        raise ValueError(f"not a span of a paragraph: ¶ {paragraph}, {start}..{end}")
    if not text.strip():
        raise ValueError("a highlight or note covers some words (the text is empty)")


def add(
    store: Store, key: str, paragraph: int, start: int, end: int, text: str, note: str = ""
) -> Annotation:
    """Highlight `text` (paragraph `paragraph`'s `[start:end]`); a note when `note` is given."""
    from briefing.store.places import ensure_article

    _check_span(paragraph, start, end, text)
    now = time.time()
    with store.writing() as connection:
        ensure_article(connection, key)
        cursor = connection.execute(
            'INSERT INTO annotations(article, kind, paragraph, start, "end", quote, note,'
            " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, "note" if note.strip() else "highlight", paragraph, start, end, text,
             note.strip(), now, now),  # fmt: skip
        )
        identifier = int(cursor.lastrowid or 0)
        _log(connection, key, "add", identifier, None)
        row = _row(connection, identifier)
    assert row is not None
    return _annotation(row)


def add_highlight(
    store: Store, key: str, paragraph: int, start: int, end: int, text: str
) -> Annotation:
    """Highlight words of a paragraph (see `add`)."""
    return add(store, key, paragraph, start, end, text)


def add_note(
    store: Store, key: str, paragraph: int, start: int, end: int, text: str, note: str
) -> Annotation:
    """A note on words of a paragraph (see `add`); an empty `note` makes a highlight."""
    return add(store, key, paragraph, start, end, text, note)


def edit_note(store: Store, identifier: int, note: str) -> Annotation | None:
    """Set an annotation's note (a highlight becomes a note; empty makes it a highlight).

    None when there is no such annotation (deleted meanwhile, perhaps by another process).
    """
    with store.writing() as connection:
        before = _row(connection, identifier)
        if before is None:
            return None
        connection.execute(
            "UPDATE annotations SET note = ?, kind = ?, updated = ? WHERE id = ?",
            (note.strip(), "note" if note.strip() else "highlight", time.time(), identifier),
        )
        _log(connection, before[1], "edit", identifier, list(before))
        row = _row(connection, identifier)
    return _annotation(row) if row else None


def delete(store: Store, identifier: int) -> Annotation | None:
    """Delete an annotation, keeping the row for `undo`; None when it was not there."""
    with store.writing() as connection:
        before = _row(connection, identifier)
        if before is None:
            return None
        connection.execute("DELETE FROM annotations WHERE id = ?", (identifier,))
        _log(connection, before[1], "delete", identifier, list(before))
    return _annotation(before)


def delete_all(store: Store, key: str) -> int:
    """Delete all of an article's annotations (the caller asks first); each can be undone."""
    with store.writing() as connection:
        rows = connection.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE article = ?", (key,)
        ).fetchall()
        for row in rows:
            connection.execute("DELETE FROM annotations WHERE id = ?", (row[0],))
            _log(connection, key, "delete", row[0], list(row))
    return len(rows)


def undo(store: Store, key: str) -> str | None:
    """Undo the article's last change ("add", "edit" or "delete"); None when nothing is left."""
    with store.writing() as connection:
        entry = connection.execute(
            "SELECT id, action, annotation, before FROM undo WHERE article = ?"
            " ORDER BY id DESC LIMIT 1",
            (key,),
        ).fetchone()
        if entry is None:
            return None
        entry_id, action, identifier, before = entry
        connection.execute("DELETE FROM undo WHERE id = ?", (entry_id,))
        if action == "add":
            connection.execute("DELETE FROM annotations WHERE id = ?", (identifier,))
        else:
            row = json.loads(before)
            row[1] = key  # the article may have been re-keyed by an edit since
            connection.execute(
                f"INSERT OR REPLACE INTO annotations({_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
    return str(action)


def annotations(store: Store, key: str) -> tuple[Annotation, ...]:
    """The article's highlights and notes in reading order (paragraph, then start)."""
    rows = store.connection.execute(
        f"SELECT {_COLUMNS} FROM annotations WHERE article = ?"
        ' ORDER BY paragraph, start, "end", id',
        (key,),
    ).fetchall()
    return tuple(_annotation(row) for row in rows)


def annotations_for(article: Any, warnings: list[str] | None = None) -> tuple[Annotation, ...]:
    """The highlights and notes of a `briefing.model.Article`, in reading order; `()` when none.

    For the exports and `briefing analyze --json`: creates no store when there is none, and
    never raises for a bad store (its warning goes to `warnings` when given).
    """
    from briefing.store.edits import read_annotations

    if not default_path().exists():
        return ()
    try:
        with Store() as store:
            if warnings is not None:
                warnings.extend(store.warnings)
            return read_annotations(store, article)
    except sqlite3.Error as error:  # locked for longer than the timeout, or broken meanwhile
        if warnings is not None:
            warnings.append(f"the notes store could not be read ({error})")
        return ()
