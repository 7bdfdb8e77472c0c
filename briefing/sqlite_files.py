"""What the library index and the notes store share about their SQLite files.

Both are one SQLite database in WAL mode in a folder of the user's (cache or data). Both must
survive damage without a crash (the file and its -wal and -shm companions are moved aside as
`.broken` and a fresh one made) and keep every write whole with other processes waiting their
turn (one `BEGIN IMMEDIATE` transaction per write).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def move_aside(path: Path) -> Path:
    """Rename `path` and its -wal and -shm files to `<name>.broken*`; returns the new main name.

    A companion that cannot be moved is left where it is: the fresh database starts all the
    same, and SQLite ignores a -wal or -shm file that does not match its database.
    """
    aside = path.with_name(path.name + ".broken")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        try:
            if source.exists():
                os.replace(source, Path(f"{aside}{suffix}"))
        except OSError:
            pass
    return aside


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is kept or none; other processes wait their turn."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
