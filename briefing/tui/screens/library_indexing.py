"""The library screen's index: rows from it at once, then a worker that brings it up to date.

A mixin of `LibraryScreen` (library.py), which owns the table; this part owns the
`LibraryIndex` (library/index.py) and the refresh worker, and hands each batch of fresh rows to
the screen's `_update_rows` and `_show_status`. The index is a cache: when it cannot be had,
the library lists its folder all the same, with a warning.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.widgets import ProgressBar

from briefing.counted import counted

if TYPE_CHECKING:
    from briefing.library.index import Entry, LibraryIndex
    from briefing.library.refresh import Summary
    from briefing.tui.screens.library import LibraryScreen

    _Base = LibraryScreen
else:
    _Base = object


class LibraryIndexingMixin(_Base):
    """Reads and refreshes the library index for the screen's folder."""

    index: LibraryIndex | None
    directory: Path
    rows: dict[Path, Entry]
    errors: dict[Path, str]

    def _open_index(self) -> list[Entry]:
        """Rows from the index, its warnings shown; none if the index cannot be had at all."""
        from briefing.library.index import LibraryIndex

        try:
            self.index = LibraryIndex(self.directory)
        except Exception as error:  # the index is a cache: the library works without it
            self.notify(f"No library index: {error}", severity="warning", markup=False)
            return []
        for warning in self.index.warnings:
            self.notify(warning, severity="warning", markup=False)
        return self.index.entries()

    def _take(self, path: Path, entry: Entry) -> None:
        if entry.error is not None:
            self.errors[path] = entry.error
            self.rows.pop(path, None)
        else:
            self.rows[path] = entry
            self.errors.pop(path, None)

    @work(thread=True, exclusive=True, exit_on_error=False, name="library indexer")
    def load(self) -> None:
        """Bring the index up to date; rows, the count and the bar update after each batch."""
        import sqlite3

        from textual.worker import get_current_worker

        from briefing.library.index import LibraryIndex
        from briefing.library.refresh import refresh

        worker = get_current_worker()

        def stopped() -> bool:
            return worker.is_cancelled

        def progress(done: int, total: int, entries: list[Entry]) -> None:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._indexed, done, total, entries)

        summary: Summary | None = None
        try:
            index = LibraryIndex(self.directory)
            try:
                summary = refresh(index, progress=progress, stop=stopped)
            finally:
                index.close()
        except (sqlite3.Error, OSError) as error:  # a cache: the list stays usable without it
            if not worker.is_cancelled:
                self.app.call_from_thread(
                    self.notify, f"The library index was not updated: {error}", severity="warning"
                )
        if not worker.is_cancelled:
            self.app.call_from_thread(self._finished, summary)

    def _indexed(self, done: int, total: int, entries: list[Entry]) -> None:
        self.progress = (done, total)
        self.set_class(bool(total), "-indexing")
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=total or None, progress=done)
        paths = [self.directory / entry.name for entry in entries]
        for path, entry in zip(paths, entries, strict=True):
            self._take(path, entry)
        self._update_rows(paths)
        self._show_status()

    def _finished(self, summary: Summary | None) -> None:
        self.progress = None
        self.set_class(False, "-indexing")
        if summary is not None and summary.failures:
            failed = len(summary.failures)
            self.notify(
                f"{counted(failed, 'article')} could not be read; listed with why.",
                severity="warning",
            )
        self._show_preview()
        self._show_status()
