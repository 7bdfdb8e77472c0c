"""The library's "Read" column: which articles are new, how far each was read, which are done.

A mixin of `LibraryScreen` (library.py), which owns the table. How far each article was read
comes from the notes store (`briefing.store.reading_state`: file path to its saved place and
length), read after the first frame so listing pays nothing for it, and again whenever the
library comes back to the front (the reader just saved its place). The column says "new" for
an article never opened, the share of its paragraphs before the saved place ("40%"), or "read"
once the place is at its end (`StoredArticle.progress`). A store that cannot be read leaves the
column blank.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.content import Content
from textual.widgets import DataTable

from briefing.tui.text import plain

if TYPE_CHECKING:
    from briefing.store.model import StoredArticle
    from briefing.tui.screens.library import LibraryScreen

    _Base = LibraryScreen
else:
    _Base = object

READ_COLUMN = "read"
"""The column's key in the table (see `COLUMNS` in library.py)."""
BLANK = plain("")
NEW = plain("new").stylize("bold $text-accent")
READ = plain("read").stylize("$text-muted")
_PERCENTS: dict[str, Content] = {}


def cell(label: str) -> Content:
    """The cell showing `label`: one shared object per label, so an unchanged cell is seen
    to be unchanged by identity and not updated again."""
    if label == "new":
        return NEW
    if label == "read":
        return READ
    found = _PERCENTS.get(label)
    if found is None:
        found = _PERCENTS[label] = plain(label)
    return found


def read_label(stored: StoredArticle | None) -> str:
    """"new" (never opened), "40%" (the share read), or "read" (the place is at the end)."""
    if stored is None:
        return "new"
    progress = stored.progress
    if progress >= 1.0:
        return "read"
    return f"{int(progress * 100)}%"


class LibraryReadingMixin(_Base):
    """Reads the store's reading places for `LibraryScreen` and fills the Read column."""

    reading: dict[str, StoredArticle] | None = None
    """Resolved file path to what the store knows of it; None until the store is read (or if
    it cannot be)."""
    _resolved: str | None = None
    _reader: Any = None
    """The reader opened over the library, while it is open."""

    def read_cell(self, path: Path) -> Content:
        """The Read column's cell for one file (blank until the store has been read)."""
        if self.reading is None:
            return BLANK
        return cell(read_label(self.reading.get(self._key_of(str(path)))))

    def _key_of(self, path: str) -> str:
        """The store's key for a listed file: its resolved path (strings, not `Path`s: this
        runs for every row, and building 500 paths took most of the column's time)."""
        if self._resolved is None:
            try:
                self._resolved = str(self.directory.resolve())
            except OSError:
                self._resolved = str(self.directory)
        return os.path.join(self._resolved, os.path.basename(path))

    def load_reading(self) -> None:
        """Read how far each article was read, and show it."""
        import sqlite3

        from briefing.store import open_store, reading_state

        try:
            with open_store() as store:
                for warning in store.warnings:  # a damaged store moved aside
                    self.notify(warning, title="Notes", severity="warning", markup=False)
                reading = reading_state(store)
        except (sqlite3.Error, OSError):
            return
        if reading == self.reading:
            return
        self.reading = reading
        self._show_reading()

    def _show_reading(self) -> None:
        """Update the cells whose label changed (all of them only the first time)."""
        table: DataTable[Any] = self.query_one(DataTable)
        if READ_COLUMN not in table.columns or self.reading is None:
            return
        reading = self.reading
        errors = {str(path) for path in self.errors}
        for row_key in list(table.rows):
            key = row_key.value
            if key is None or key in errors:
                continue
            shown = cell(read_label(reading.get(self._key_of(key))))
            if table.get_cell(row_key, READ_COLUMN) is not shown:
                table.update_cell(row_key, READ_COLUMN, shown)

    def on_screen_suspend(self) -> None:
        screen = self.app.screen  # (already the screen pushed over the library)
        self._reader = screen if hasattr(screen, "reading_place") else None

    def on_screen_resume(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:  # back from the reader: its place now, not after it closes
            reader.reading_place.save()
        if self.reading is not None:
            self.load_reading()
