"""The store's database: where it lives, its schema and migrations, and recovery from a bad file.

One SQLite file, `<data>/store.sqlite3`, in the user's data folder (platformdirs'
`user_data_dir("briefing")`, or `$BRIEFING_DATA_DIR`): unlike the library index (a cache that
can be rebuilt), this holds what the user made — reading places, marks, highlights, notes and
settings — so it lives with data, never beside the user's articles.

Reliability, after the library index's habits: WAL so a reader never blocks a writer; every write
is one short `BEGIN IMMEDIATE` transaction, so two `briefing` processes writing at once take
turns (each waits up to `LOCK_TIMEOUT` seconds) and lose nothing. A file that is not a database,
is corrupt or cannot be opened is moved aside to `store.sqlite3.broken` (with its -wal and -shm)
and a fresh store made, with a warning in `Store.warnings`; when the folder cannot be written at
all the store lives in memory for this run (another warning). Never an exception on opening.

The schema is versioned by the table `schema_version` (one row per migration applied, with the
time). `MIGRATIONS[n]` takes a store from version n to n + 1; a store written by a newer
`briefing` (a version above ours) is left untouched and this run uses memory, with a warning, so
going back a release never destroys notes.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Re-exported: the store's callers and tests name the data folder through this module.
from briefing.folders import DATA_ENVIRONMENT_VARIABLE as DATA_ENVIRONMENT_VARIABLE
from briefing.folders import data_dir as data_dir
from briefing.sqlite_files import move_aside, write_transaction

FILE_NAME = "store.sqlite3"
LOCK_TIMEOUT = 10.0
"""Seconds to wait for another process's write transaction before giving up."""

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: the first layout.
    """
    CREATE TABLE articles (
        key TEXT PRIMARY KEY,          -- content key: briefing.store.identity.article_key
        path TEXT,                     -- where it was last opened from (resolved), or NULL
        title TEXT,
        paragraphs INTEGER NOT NULL DEFAULT 0,
        first_seen REAL NOT NULL,      -- seconds since the epoch
        last_opened REAL
    );
    CREATE INDEX articles_path ON articles(path);
    CREATE TABLE positions (
        article TEXT PRIMARY KEY REFERENCES articles(key) ON UPDATE CASCADE,
        section INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        anchor TEXT NOT NULL DEFAULT '', -- the paragraph's opening words, to find it after an edit
        opened REAL NOT NULL
    );
    CREATE TABLE marks (
        article TEXT NOT NULL REFERENCES articles(key) ON UPDATE CASCADE,
        letter TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        anchor TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (article, letter)
    );
    CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles(key) ON UPDATE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('highlight', 'note')),
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,           -- the words highlighted, to re-anchor after an edit
        note TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL,
        updated REAL NOT NULL,
        lost INTEGER NOT NULL DEFAULT 0 -- 1: the quoted words are no longer in the text
    );
    CREATE INDEX annotations_article ON annotations(article, paragraph, start);
    CREATE TABLE undo (
        id INTEGER PRIMARY KEY,
        article TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'delete')),
        annotation INTEGER NOT NULL,
        before TEXT,                   -- JSON: the row as it was (edit, delete), NULL for add
        at REAL NOT NULL
    );
    CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 1 -> 2: section titles the reader renamed (never written into the user's file).
    """
    CREATE TABLE section_titles (
        article TEXT NOT NULL REFERENCES articles(key) ON UPDATE CASCADE,
        first INTEGER NOT NULL,        -- the section's first paragraph
        anchor TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        PRIMARY KEY (article, first)
    );
    """,
    # 2 -> 3: every path an article was opened from (two copies of one article are two paths
    # of one key), so editing one copy never takes the other's notes (briefing.store.edits).
    """
    CREATE TABLE paths (
        path TEXT PRIMARY KEY,         -- resolved file path
        key TEXT NOT NULL,             -- the content key it was last opened under
        seen REAL NOT NULL             -- seconds since the epoch
    );
    CREATE INDEX paths_key ON paths(key);
    INSERT OR IGNORE INTO paths(path, key, seen)
        SELECT path, key, coalesce(last_opened, first_seen) FROM articles WHERE path IS NOT NULL;
    """,
    # 3 -> 4: the paragraphs the reader had on screen, "0-4,10-12" (briefing.store.seen): how
    # far an article was read, for the library.
    """
    ALTER TABLE positions ADD COLUMN seen TEXT NOT NULL DEFAULT '';
    """,
)
SCHEMA = len(MIGRATIONS)
"""The layout this code writes: the number of migrations."""


def default_path() -> Path:
    """Where the store lives: `<data>/store.sqlite3`."""
    return data_dir() / FILE_NAME


class NewerStoreError(sqlite3.DatabaseError):
    """The file was written by a newer `briefing`: kept as it is, never moved aside."""


class Store:
    """An open store: one connection (one per thread), its path and the warnings met opening it.

    `path` is None for a store kept in memory (the folder could not be written, or the file is
    from a newer version). The API is the functions of `briefing.store.places` and
    `briefing.store.annotations`, which take a `Store`.
    """

    def __init__(self, path: Path | None = None, *, timeout: float = LOCK_TIMEOUT) -> None:
        self.path: Path | None = default_path() if path is None else Path(path)
        self.timeout = timeout
        self.warnings: list[str] = []
        """Problems met and worked around (a store moved aside), for the caller to show once."""
        self.connection = self._open()

    def _open(self) -> sqlite3.Connection:
        """A connection: the file, else a fresh file (the bad one moved aside), else memory."""
        assert self.path is not None
        try:
            return self._connect(self.path)
        except NewerStoreError as error:
            self.warnings.append(f"the notes store {error}; it is left as it is and not used now")
            return self._memory()
        except sqlite3.OperationalError as error:
            if _busy(error):  # another process holds it: a healthy store is never moved aside
                self.warnings.append(
                    f"the notes store is busy ({error}); notes are kept in memory this time"
                )
                return self._memory()
            self._move_aside(error)
        except (sqlite3.DatabaseError, OSError) as error:
            self._move_aside(error)
        try:
            return self._connect(self.path)
        except (sqlite3.DatabaseError, OSError) as error:
            self.warnings.append(
                f"the notes store cannot be written ({error}); notes are kept in memory this time"
            )
            return self._memory()

    def _memory(self) -> sqlite3.Connection:
        self.path = None
        return self._connect(None)

    def _connect(self, path: Path | None) -> sqlite3.Connection:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        target = ":memory:" if path is None else str(path)
        connection = sqlite3.connect(target, timeout=self.timeout, isolation_level=None)
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            _migrate(connection)
            if path is not None:
                check = connection.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise sqlite3.DatabaseError(f"damaged: {check}")
            return connection
        except BaseException:
            connection.close()
            raise

    def _move_aside(self, error: BaseException) -> None:
        assert self.path is not None
        aside = move_aside(self.path)
        self.warnings.append(
            f"the notes store was unreadable ({error}); moved to {aside.name}, a new one started"
        )

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is kept or none; other processes wait their turn."""
        with write_transaction(self.connection) as connection:
            yield connection

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _busy(error: sqlite3.OperationalError) -> bool:
    """Whether the error is another connection's lock (SQLITE_BUSY, SQLITE_LOCKED), not damage."""
    code = getattr(error, "sqlite_errorcode", None)
    return code in (5, 6) or "locked" in str(error)


def _version(connection: sqlite3.Connection) -> int:
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring the database up to `SCHEMA`, each step one transaction (two processes: one does it)."""
    version = _version(connection)
    if version > SCHEMA:
        raise NewerStoreError(f"was written by a newer briefing (layout {version}, ours {SCHEMA})")
    while version < SCHEMA:
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                " applied REAL NOT NULL)"
            )
            version = _version(connection)  # another process may have migrated meanwhile
            if version < SCHEMA:
                for statement in _statements(MIGRATIONS[version]):
                    connection.execute(statement)
                version += 1
                connection.execute(
                    "INSERT INTO schema_version(version, applied) VALUES (?, ?)",
                    (version, time.time()),
                )
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """A migration's statements (executescript would commit the transaction it runs in)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line.split("--", 1)[0].rstrip() + "\n" if "--" in line else line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [statement for statement in statements if statement]
