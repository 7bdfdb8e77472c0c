"""The library's persistent index: one SQLite database in the user's cache folder.

Per article file it keeps the path relative to its library folder, size, modification time,
content hash and the analysis version (all four decide whether the file must be analysed
again) and the metadata the library lists (table `articles`: small rows, so ten thousand read
in milliseconds); the analysis (the JSON contract, zlib-compressed) and the reader's `Briefing`
(pickled, compressed) in `analyses`, read one at a time; and an FTS5 table over title,
authors, actor names, quotes and text, ranked by bm25 with title > authors > actors > quotes >
text.

The index is a cache: deleting it loses nothing but time. A database that is corrupt, locked
for longer than `LOCK_TIMEOUT`, or written by another layout is moved aside (to
`library.sqlite3.broken`) and rebuilt, with a warning in `warnings`, never an exception; when
the cache folder cannot be written at all the index lives in memory for this run. WAL lets the
library read while a refresh writes, and several processes share the file: each write is one
short `BEGIN IMMEDIATE` transaction (one writer at a time), so two `briefing index` runs at
once interleave whole rows and never corrupt it.

Shapes: `entries()` gives `Entry` rows (no analysis: the library holds rows, not briefings),
`search()` gives `Hit`s (`briefing.library.fts`), `reader(name)` one `Briefing` on demand. One
`LibraryIndex` per thread (sqlite3 connections stay on the thread that made them).
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, NamedTuple

# Re-exported: tests and the index's callers name the cache folder through this module.
from briefing.folders import CACHE_ENVIRONMENT_VARIABLE as CACHE_ENVIRONMENT_VARIABLE
from briefing.folders import cache_dir as cache_dir
from briefing.library.fts import FullText
from briefing.sqlite_files import move_aside, write_transaction
from briefing.library.jobs import ANALYSIS_VERSION, Record, load_reader

SCHEMA = 2
"""The layout of the database (PRAGMA user_version); another value is moved aside and rebuilt."""
"""Overrides the cache folder (tests and benchmarks point it at a temporary folder)."""
FILE_NAME = "library.sqlite3"
LOCK_TIMEOUT = 5.0
"""Seconds to wait for another process's write before the index counts as locked."""
FIELD_WEIGHTS = (10.0, 6.0, 4.0, 2.0, 1.0)
"""bm25 weights of title, authors, actors, quotes and text: a title hit outranks many text hits."""

_SCHEMA_SQL = f"""
CREATE TABLE IF NOT EXISTS libraries (id INTEGER PRIMARY KEY, root TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    library INTEGER NOT NULL REFERENCES libraries(id),
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    title TEXT, author TEXT, source TEXT, published TEXT, minutes INTEGER, words INTEGER,
    error TEXT,
    UNIQUE (library, name, version)
);
CREATE TABLE IF NOT EXISTS analyses (
    id INTEGER PRIMARY KEY REFERENCES articles(id),
    analysis BLOB NOT NULL,
    reader BLOB NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
    title, authors, actors, quotes, text,
    tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO search(search, rank) VALUES ('rank', 'bm25({", ".join(map(str, FIELD_WEIGHTS))})');
PRAGMA user_version = {SCHEMA};
"""


def default_path() -> Path:
    """Where the index lives: `<cache>/library.sqlite3`."""
    return cache_dir() / FILE_NAME


@dataclass(frozen=True, slots=True)
class Entry:
    """One file's row in the library: what the list shows, without the analysis."""

    name: str
    title: str | None
    author: str | None
    source: str | None
    published: str | None
    minutes: int | None
    error: str | None
    current: bool
    """Whether the row was made by this version of the analysis (else it is refreshed soon)."""

    @classmethod
    def of(cls, record: Record) -> Entry:
        return cls(
            record.name,
            record.title,
            record.author,
            record.source,
            record.published,
            record.minutes,
            record.error,
            record.version == ANALYSIS_VERSION,
        )


class State(NamedTuple):
    """What decides whether a file changed: size, mtime (ns), content hash, analysis version."""

    size: int
    mtime_ns: int
    hash: str
    version: str


def safe_name(name: str) -> bool:
    """Whether `name` stays inside the library folder: relative, with no `..` part."""
    if name and "/" not in name and "\\" not in name:  # a plain file name: the usual case
        return name not in (".", "..")
    path = PurePath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and not path.drive


class LibraryIndex(FullText):
    """The index of one library folder inside the shared database."""

    def __init__(self, root: Path, path: Path | None = None, *, timeout: float = LOCK_TIMEOUT):
        self.root = Path(root).resolve()
        self.path = path or default_path()
        self.timeout = timeout
        self.warnings: list[str] = []
        """Problems met and worked around (a rebuilt index), for the caller to show once."""
        self.connection, self.library = self._open()

    # Opening, and recovering from a broken file

    def _open(self) -> tuple[sqlite3.Connection, int]:
        """A connection and this library's id: the file, else a fresh file, else memory."""
        try:
            return self._connect(self.path)
        except (sqlite3.DatabaseError, OSError) as error:
            self._move_aside(error)
        try:
            return self._connect(self.path)
        except (sqlite3.DatabaseError, OSError) as error:
            self.warnings.append(
                f"the library index cannot be written ({error}); it is kept in memory this time"
            )
            return self._connect(None)

    def _connect(self, path: Path | None) -> tuple[sqlite3.Connection, int]:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        target = ":memory:" if path is None else str(path)
        connection = sqlite3.connect(target, timeout=self.timeout, isolation_level=None)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA):
                raise sqlite3.DatabaseError(f"written by another version (layout {version})")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            if version == 0:  # IF NOT EXISTS: two processes may both get here
                connection.executescript(f"BEGIN IMMEDIATE;{_SCHEMA_SQL}COMMIT;")
            return connection, self._library_id(connection)
        except BaseException:
            connection.close()
            raise

    def _move_aside(self, error: BaseException) -> None:
        aside = move_aside(self.path)
        self.warnings.append(
            f"the library index was unusable ({error}); moved to {aside.name} and rebuilt"
        )

    def recover(self, error: BaseException) -> None:
        """Replace a database found broken while in use with a fresh one (a warning, no raise)."""
        self.connection.close()
        self._move_aside(error)
        self.connection, self.library = self._open()

    def _library_id(self, connection: sqlite3.Connection) -> int:
        root = str(self.root)
        for _ in range(2):
            row = connection.execute("SELECT id FROM libraries WHERE root = ?", (root,)).fetchone()
            if row:
                return int(row[0])
            connection.execute("INSERT OR IGNORE INTO libraries(root) VALUES (?)", (root,))
        raise sqlite3.DatabaseError("cannot register the library folder")

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction; other processes wait (up to `timeout`) for it."""
        with write_transaction(self.connection) as connection:
            yield connection

    # Reading rows

    def entries(self) -> list[Entry]:
        """Every file's row, by name: all the library needs to list itself at once."""
        try:
            rows = self.connection.execute(
                "SELECT name, title, author, source, published, minutes, error, version "
                "FROM articles WHERE library = ? ORDER BY name",
                (self.library,),
            ).fetchall()
        except sqlite3.DatabaseError as error:
            self.recover(error)
            return []
        return [Entry(*row[:7], row[7] == ANALYSIS_VERSION) for row in rows]

    def states(self) -> dict[str, State]:
        """Name to `State` for every file indexed in this library."""
        rows = self.connection.execute(
            "SELECT name, size, mtime_ns, hash, version FROM articles WHERE library = ?",
            (self.library,),
        )
        return {row[0]: State._make(row[1:]) for row in rows}

    def reader(self, name: str) -> Any:
        """The stored `Briefing` of a file, or None (not indexed, failed, or unreadable)."""
        try:
            row = self.connection.execute(
                "SELECT b.reader FROM articles a JOIN analyses b ON b.id = a.id"
                " WHERE a.library = ? AND a.name = ? AND a.version = ?",
                (self.library, name, ANALYSIS_VERSION),
            ).fetchone()
            if not row or not row[0]:
                return None
            return load_reader(row[0], self.root / name)
        except Exception:  # a cache that no longer loads is analysed again by the caller
            return None

    def analysis(self, name: str) -> dict[str, Any] | None:
        """The stored JSON contract of a file, or None."""
        import json

        row = self.connection.execute(
            "SELECT b.analysis FROM articles a JOIN analyses b ON b.id = a.id"
            " WHERE a.library = ? AND a.name = ? AND a.version = ?",
            (self.library, name, ANALYSIS_VERSION),
        ).fetchone()
        if not row or not row[0]:
            return None
        data: dict[str, Any] = json.loads(zlib.decompress(row[0]))
        return data

    # Writing

    def write(self, records: Iterable[Record]) -> None:
        """Store analysed (or failed) files, replacing their earlier rows, in one transaction."""
        with self._writing() as connection:
            for record in records:
                if record.transient or not safe_name(record.name):
                    continue
                self._delete(connection, record.name)
                cursor = connection.execute(
                    "INSERT INTO articles (library, name, version, size, mtime_ns, hash, title,"
                    " author, source, published, minutes, words, error)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        self.library, record.name, record.version, record.size,
                        record.mtime_ns, record.hash, record.title, record.author,
                        record.source, record.published, record.minutes, record.words,
                        record.error,
                    ),
                )  # fmt: skip
                if record.error is None:
                    connection.execute(
                        "INSERT INTO analyses (id, analysis, reader) VALUES (?, ?, ?)",
                        (cursor.lastrowid, record.analysis, record.reader),
                    )
                    connection.execute(
                        "INSERT INTO search (rowid, title, authors, actors, quotes, text)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (cursor.lastrowid, *record.fields),
                    )

    def touch(self, name: str, mtime_ns: int) -> None:
        """Record a new modification time for a file whose content did not change."""
        with self._writing() as connection:
            connection.execute(
                "UPDATE articles SET mtime_ns = ? WHERE library = ? AND name = ?",
                (mtime_ns, self.library, name),
            )

    def remove(self, names: Iterable[str]) -> None:
        """Forget files that left the folder."""
        with self._writing() as connection:
            for name in names:
                self._delete(connection, name)

    def _delete(self, connection: sqlite3.Connection, name: str) -> None:
        ids = connection.execute(
            "SELECT id FROM articles WHERE library = ? AND name = ?", (self.library, name)
        ).fetchall()
        for (row_id,) in ids:
            connection.execute("DELETE FROM search WHERE rowid = ?", (row_id,))
            connection.execute("DELETE FROM analyses WHERE id = ?", (row_id,))
            connection.execute("DELETE FROM articles WHERE id = ?", (row_id,))
