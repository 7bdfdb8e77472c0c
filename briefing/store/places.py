"""Articles, reading places, marks and settings in the store.

An article enters the store by `register` (when the reader opens it), which returns its content
key (`briefing.store.identity`); every other call takes that key. When the key is new but the
file at the same path was known under another key, the file was edited: its place, marks and
annotations are carried over to the new key and re-anchored in the new text
(`briefing.store.edits`), so editing a file keeps the reader's notes as far as the text allows.
Two copies of one file share a key; when one copy is then edited, it gets a copy of the notes
and the other keeps them. Only `register` (the reader opening a file) writes such changes.

Marks are letters a-z and A-Z, as in less and vim, plus `'`: the place before the last jump,
which `''` returns to. Section titles the reader renamed are kept by the section's first
paragraph, in the store only (never in the user's file). Settings are small JSON values by name
(`theme`, `panel_layout`).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from typing import Any

from briefing.store.anchor import paragraph_anchor
from briefing.store.db import Store
from briefing.store.edits import carry_over, old_key, path_of, same_article
from briefing.store.identity import article_key
from briefing.store.model import Mark, Position, StoredArticle
from briefing.store.seen import count, dump, merge, parse

SETTINGS = ("theme", "panel_layout")
"""The settings the reader saves (others are accepted: the store is tolerant of new names)."""


def ensure_article(connection: sqlite3.Connection, key: str) -> None:
    """Make sure the article has a row (inside the caller's transaction)."""
    connection.execute(
        "INSERT OR IGNORE INTO articles(key, first_seen) VALUES (?, ?)", (key, time.time())
    )


def register(store: Store, article: Any, *, opened: bool = False, record: bool = True) -> str:
    """The article's content key, after recording its path and title (and following an edit).

    `opened` stamps the last-opened time (the reader opening it). `record=False` only computes
    the key and never writes (read-only callers use `briefing.store.edits.read_annotations`,
    which also finds the notes of a file edited since it was last opened).
    """
    key = article_key(article)
    if not record:
        return key
    path = path_of(article)
    title = getattr(article.meta, "title", None)
    texts = [paragraph.text for paragraph in article.paragraphs]
    now = time.time()
    with store.writing() as connection:
        known = connection.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone()
        if not known and path is not None:
            old = old_key(connection, path, key)
            if old is not None and same_article(connection, old, texts):
                carry_over(connection, old, key, texts, path)
        ensure_article(connection, key)
        connection.execute(
            "UPDATE articles SET path = coalesce(?, path), title = coalesce(?, title),"
            " paragraphs = ?, last_opened = CASE WHEN ? THEN ? ELSE last_opened END WHERE key = ?",
            (path, title, len(texts), opened, now, key),
        )
        if path is not None:
            connection.execute(
                "INSERT INTO paths(path, key, seen) VALUES (?, ?, ?) ON CONFLICT(path)"
                " DO UPDATE SET key = excluded.key, seen = excluded.seen",
                (path, key, now),
            )
    return key


# Reading places


def get_position(store: Store, key: str) -> Position | None:
    """Where the reader left the article, or None when it was never left anywhere."""
    row = store.connection.execute(
        "SELECT section, paragraph, opened FROM positions WHERE article = ?", (key,)
    ).fetchone()
    return Position(*row) if row else None


def set_position(store: Store, key: str, section: int, paragraph: int, anchor: str = "") -> None:
    """Save the reading place; `anchor` is the paragraph's text (its opening words are kept)."""
    if section < 0 or paragraph < 0:
        raise ValueError(f"a reading place is never negative (section {section}, ¶ {paragraph})")
    with store.writing() as connection:
        ensure_article(connection, key)
        connection.execute(
            "INSERT INTO positions(article, section, paragraph, anchor, opened)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(article) DO UPDATE SET section = excluded.section,"
            " paragraph = excluded.paragraph, anchor = excluded.anchor, opened = excluded.opened",
            (key, section, paragraph, paragraph_anchor(anchor), time.time()),
        )


def add_seen(store: Store, key: str, ranges: Sequence[tuple[int, int]]) -> None:
    """Add paragraphs the reader had on screen (inclusive ranges) to the article's record.

    Never moves the saved place: an article with no place yet gets one at its start.
    """
    if not ranges:
        return
    with store.writing() as connection:
        ensure_article(connection, key)
        row = connection.execute("SELECT seen FROM positions WHERE article = ?", (key,)).fetchone()
        if row is None:
            connection.execute(
                "INSERT INTO positions(article, section, paragraph, anchor, opened, seen)"
                " VALUES (?, 0, 0, '', ?, ?)",
                (key, time.time(), dump(merge((), ranges))),
            )
            return
        merged = dump(merge(parse(row[0]), ranges))
        if merged != row[0]:
            connection.execute(
                "UPDATE positions SET seen = ? WHERE article = ?", (merged, key)
            )


# Marks


def _check_letter(letter: str) -> None:
    if not (len(letter) == 1 and (letter == "'" or (letter.isascii() and letter.isalpha()))):
        raise ValueError(f"a mark is a letter a-z or A-Z (or '), not {letter!r}")


def set_mark(store: Store, key: str, letter: str, paragraph: int, anchor: str = "") -> Mark:
    """Set mark `letter` at a paragraph (replacing the letter's old place); `anchor` its text."""
    _check_letter(letter)
    if paragraph < 0:
        raise ValueError(f"a mark's paragraph is never negative ({paragraph})")
    with store.writing() as connection:
        ensure_article(connection, key)
        connection.execute(
            "INSERT OR REPLACE INTO marks(article, letter, paragraph, anchor) VALUES (?, ?, ?, ?)",
            (key, letter, paragraph, paragraph_anchor(anchor)),
        )
    return Mark(letter, paragraph)


def get_mark(store: Store, key: str, letter: str) -> Mark | None:
    """The mark to jump to, or None when the letter is not set in this article."""
    _check_letter(letter)
    row = store.connection.execute(
        "SELECT paragraph FROM marks WHERE article = ? AND letter = ?", (key, letter)
    ).fetchone()
    return Mark(letter, row[0]) if row else None


def get_marks(store: Store, key: str) -> tuple[Mark, ...]:
    """Every mark of the article, by letter."""
    rows = store.connection.execute(
        "SELECT letter, paragraph FROM marks WHERE article = ? ORDER BY letter", (key,)
    )
    return tuple(Mark(*row) for row in rows)


# Section titles


def rename_section(store: Store, key: str, first: int, title: str, anchor: str = "") -> None:
    """Save the reader's title for the section starting at paragraph `first`; `""` forgets it.

    `anchor` is that paragraph's text (its opening words find the section after an edit).
    """
    if first < 0:
        raise ValueError(f"a section's first paragraph is never negative ({first})")
    title = " ".join(title.split())
    with store.writing() as connection:
        if not title:
            connection.execute(
                "DELETE FROM section_titles WHERE article = ? AND first = ?", (key, first)
            )
            return
        ensure_article(connection, key)
        connection.execute(
            "INSERT OR REPLACE INTO section_titles(article, first, anchor, title)"
            " VALUES (?, ?, ?, ?)",
            (key, first, paragraph_anchor(anchor), title),
        )


def section_titles(store: Store, key: str) -> dict[int, str]:
    """The reader's section titles: first paragraph to title."""
    rows = store.connection.execute(
        "SELECT first, title FROM section_titles WHERE article = ? ORDER BY first", (key,)
    )
    return dict(rows.fetchall())


# Settings


def get_setting(store: Store, name: str, default: Any = None) -> Any:
    """A saved setting's value, or `default` when unset or unreadable."""
    row = store.connection.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
    if not row:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def set_setting(store: Store, name: str, value: Any) -> None:
    """Save a setting (any JSON value)."""
    with store.writing() as connection:
        connection.execute(
            "INSERT OR REPLACE INTO settings(name, value) VALUES (?, ?)", (name, json.dumps(value))
        )


# Listing


def _stored(row: tuple[Any, ...]) -> StoredArticle:
    """A `StoredArticle` from key, path, title, paragraphs, last_opened, section, paragraph,
    opened, seen (the position's columns NULL when it has none)."""
    position = Position(*row[5:8]) if row[5] is not None else None
    seen = count(parse(row[8]), row[3]) if row[8] else None
    return StoredArticle(*row[:5], position, seen)


_LISTED = (
    "a.key, {path}, a.title, a.paragraphs, a.last_opened, p.section, p.paragraph, p.opened,"
    " p.seen"
)


def stored_articles(store: Store, *, with_annotations: bool = False) -> list[StoredArticle]:
    """Every article the store knows (or only those with highlights or notes), last opened first."""
    where = " WHERE a.key IN (SELECT article FROM annotations)" if with_annotations else ""
    rows = store.connection.execute(
        f"SELECT {_LISTED.format(path='a.path')} FROM articles a"
        f" LEFT JOIN positions p ON p.article = a.key{where}"
        " ORDER BY coalesce(a.last_opened, a.first_seen) DESC, a.title"
    ).fetchall()
    return [_stored(row) for row in rows]


def reading_state(store: Store) -> dict[str, StoredArticle]:
    """Path to stored article (read or not, progress): what the library shows beside each file.

    Every file opened is listed, copies of one article too (each under the key it was last
    opened as); only reads.
    """
    state = {article.path: article for article in stored_articles(store) if article.path}
    rows = store.connection.execute(
        f"SELECT {_LISTED.format(path='f.path')} FROM paths f"
        " JOIN articles a ON a.key = f.key LEFT JOIN positions p ON p.article = a.key"
    ).fetchall()
    for row in rows:
        state[row[1]] = _stored(row)
    return state
