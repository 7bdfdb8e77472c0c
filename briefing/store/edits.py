"""Following an edited file: its notes, place and marks go to the new text's key, safely.

An article's key is a hash of its text (`briefing.store.identity`), so editing a word gives a
new key. The store remembers which key each path was last opened under (the `paths` table); a
path whose text now hashes to an unknown key was edited, and the reader opening it carries the
old key's rows over to the new key, re-anchored in the new text (`briefing.store.anchor`).

Two rules keep this from losing anything:

* Carrying over MOVES the rows only when no other existing file was last opened under the old
  key; when one was (two copies of one article, one of them edited), the rows are COPIED, so
  the untouched copy keeps its notes and the edited one starts with the same notes re-anchored.
* Only the reader opening an article (`register`, a write) carries anything over. Read-only
  commands (`briefing notes`, `export`, `analyze --json`, the library) look the old key up and
  re-anchor in memory (`read_annotations`): they never change the store.

Shapes: `old_key(connection, path, key) -> str | None`; `carry_over(connection, old, new, texts,
path)` inside the caller's write transaction; `read_annotations(store, article) -> tuple of
Highlight | Note` in reading order.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefing.store.anchor import found_anywhere, paragraph_anchor, reanchor, reanchor_paragraph
from briefing.store.db import Store
from briefing.store.identity import article_key
from briefing.store.model import Annotation


def path_of(article: Any) -> str | None:
    """The article's file as the store records it (resolved), or None (no file)."""
    path = getattr(article.meta, "path", None)
    if path is None:
        return None
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


def old_key(connection: sqlite3.Connection, path: str | None, key: str) -> str | None:
    """The key `path` was last opened under, when it differs from `key` and is still stored."""
    if path is None:
        return None
    row = connection.execute(
        "SELECT p.key FROM paths p JOIN articles a ON a.key = p.key"
        " WHERE p.path = ? AND p.key != ?",
        (path, key),
    ).fetchone()
    return str(row[0]) if row else None


def same_article(connection: sqlite3.Connection, old: str, texts: list[str]) -> bool:
    """Whether a file at a known path is that article edited, not another article in its place.

    It is when any of the words the store kept for the old one (quoted highlights and notes,
    found again as `reanchor` finds them, edited by a word or two; the opening words of its
    saved place, marks and renamed sections) stand in the new text,
    or when nothing was kept (then nothing can be lost or wrongly moved either way). A file
    overwritten with a different article starts afresh; the old notes stay under the old key.
    """
    quoted = connection.execute(
        'SELECT paragraph, start, "end", quote FROM annotations WHERE article = ?', (old,)
    ).fetchall()
    kept = [row[0] for row in connection.execute(
        "SELECT anchor FROM positions WHERE article = ?1 UNION ALL"
        " SELECT anchor FROM marks WHERE article = ?1 UNION ALL"
        " SELECT anchor FROM section_titles WHERE article = ?1", (old,)
    ) if row[0]]  # fmt: skip
    if not kept and not any(row[3].strip() for row in quoted):
        return True
    return any(found_anywhere(words, texts) for words in kept) or any(
        quote.strip() and not reanchor(paragraph, start, end, quote, texts).lost
        for paragraph, start, end, quote in quoted
    )


def claimed_elsewhere(connection: sqlite3.Connection, key: str, path: str) -> str | None:
    """Another file that still exists and was last opened under `key` (a copy), or None."""
    others = connection.execute(
        "SELECT path FROM paths WHERE key = ? AND path != ? ORDER BY seen DESC", (key, path)
    ).fetchall()
    return next((other for (other,) in others if os.path.exists(other)), None)


def carry_over(
    connection: sqlite3.Connection, old: str, new: str, texts: list[str], path: str
) -> None:
    """Give the edited article at `path` the old key's rows, re-anchored in `texts`.

    Moved when only this file held the old key; copied when another existing file still does
    (its notes must not leave it). Inside the caller's write transaction.
    """
    other = claimed_elsewhere(connection, old, path)
    if other is not None:
        _copy(connection, old, new)
        connection.execute("UPDATE articles SET path = ? WHERE key = ?", (other, old))
    else:
        connection.execute("UPDATE articles SET key = ? WHERE key = ?", (new, old))  # cascades
        connection.execute("UPDATE undo SET article = ? WHERE article = ?", (new, old))
        connection.execute("UPDATE paths SET key = ? WHERE key = ?", (new, old))
    _reanchor_rows(connection, new, texts)


def _copy(connection: sqlite3.Connection, old: str, new: str) -> None:
    """Copy an article's rows (not its undo history) to a new key."""
    connection.execute(
        "INSERT OR IGNORE INTO articles(key, path, title, paragraphs, first_seen, last_opened)"
        " SELECT ?, path, title, paragraphs, first_seen, last_opened FROM articles WHERE key = ?",
        (new, old),
    )
    connection.execute(
        "INSERT OR IGNORE INTO positions(article, section, paragraph, anchor, opened, seen)"
        " SELECT ?, section, paragraph, anchor, opened, seen FROM positions WHERE article = ?",
        (new, old),
    )
    connection.execute(
        "INSERT OR IGNORE INTO marks(article, letter, paragraph, anchor)"
        " SELECT ?, letter, paragraph, anchor FROM marks WHERE article = ?",
        (new, old),
    )
    connection.execute(
        "INSERT OR IGNORE INTO section_titles(article, first, anchor, title)"
        " SELECT ?, first, anchor, title FROM section_titles WHERE article = ?",
        (new, old),
    )
    connection.execute(
        'INSERT INTO annotations(article, kind, paragraph, start, "end", quote, note, created,'
        " updated, lost) SELECT ?, kind, paragraph, start, \"end\", quote, note, created,"
        " updated, lost FROM annotations WHERE article = ? ORDER BY id",
        (new, old),
    )


def _reanchor_rows(connection: sqlite3.Connection, key: str, texts: list[str]) -> None:
    """Find the article's place, marks, section titles and annotations in its new text."""
    row = connection.execute(
        "SELECT paragraph, anchor FROM positions WHERE article = ?", (key,)
    ).fetchone()
    if row:
        paragraph = reanchor_paragraph(row[0], row[1], texts)
        anchor = paragraph_anchor(texts[paragraph]) if texts else ""
        connection.execute(
            "UPDATE positions SET paragraph = ?, anchor = ? WHERE article = ?",
            (paragraph, anchor, key),
        )
    for letter, paragraph, anchor in connection.execute(
        "SELECT letter, paragraph, anchor FROM marks WHERE article = ?", (key,)
    ).fetchall():
        moved = reanchor_paragraph(paragraph, anchor, texts)
        connection.execute(
            "UPDATE marks SET paragraph = ?, anchor = ? WHERE article = ? AND letter = ?",
            (moved, paragraph_anchor(texts[moved]) if texts else anchor, key, letter),
        )
    titles = connection.execute(
        "SELECT first, anchor, title FROM section_titles WHERE article = ?", (key,)
    ).fetchall()  # all moved at once: shifting one onto another's old place must not lose it
    connection.execute("DELETE FROM section_titles WHERE article = ?", (key,))
    connection.executemany(
        "INSERT OR REPLACE INTO section_titles(article, first, anchor, title) VALUES (?, ?, ?, ?)",
        [(key, reanchor_paragraph(first, anchor, texts), anchor, title)
         for first, anchor, title in titles],  # fmt: skip
    )
    rows = connection.execute(
        'SELECT id, paragraph, start, "end", quote FROM annotations WHERE article = ?', (key,)
    ).fetchall()
    for identifier, paragraph, start, end, quote in rows:
        found = reanchor(paragraph, start, end, quote, texts)
        if not found.lost:
            quote = texts[found.paragraph][found.start : found.end]
        connection.execute(
            'UPDATE annotations SET paragraph = ?, start = ?, "end" = ?, quote = ?, lost = ?'
            " WHERE id = ?",
            (found.paragraph, found.start, found.end, quote, int(found.lost), identifier),
        )


def read_annotations(store: Store, article: Any) -> tuple[Annotation, ...]:
    """The article's highlights and notes, in reading order, WITHOUT writing to the store.

    Its own key's when the store knows its text; else, when its file was edited since the
    reader last opened it, the old key's re-anchored in memory in the new text (the reader
    carries them over for good when it next opens the file). `()` when there are none.
    """
    from briefing.store.annotations import annotations

    key = article_key(article)
    connection = store.connection
    if connection.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone():
        return annotations(store, key)
    texts = [paragraph.text for paragraph in article.paragraphs]
    old = old_key(connection, path_of(article), key)
    if old is None or not same_article(connection, old, texts):
        return ()
    moved = []
    for annotation in annotations(store, old):
        found = reanchor(
            annotation.paragraph, annotation.start, annotation.end, annotation.text, texts
        )
        text = annotation.text if found.lost else texts[found.paragraph][found.start : found.end]
        moved.append(replace(
            annotation, paragraph=found.paragraph, start=found.start, end=found.end, text=text,
            lost=found.lost,
        ))  # fmt: skip
    return tuple(sorted(moved, key=lambda a: (a.paragraph, a.start, a.end, a.id)))
