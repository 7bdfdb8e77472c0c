"""The library screen's paste: pasted text or a web address offered as a new article.

A mixin of `LibraryScreen` (library.py); the offer, the clipboard and the saving live in
briefing/tui/paste.py, and a saved file is listed, selected and indexed by the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.events import Paste
from textual.widgets import DataTable, Input

if TYPE_CHECKING:
    from briefing.tui.screens.library import LibraryScreen

    _Base = LibraryScreen
else:
    _Base = object


class LibraryPasteMixin(_Base):
    """Paste and ctrl+v in the library: offer to add what was pasted."""

    def on_paste(self, event: Paste) -> None:
        """A paste outside the filter line offers to add the text, or the page at an address."""
        if not isinstance(self.focused, Input):
            from briefing.tui.paste import offer_paste

            event.stop()
            offer_paste(self, event.text, self.directory, self._added)

    def action_paste(self) -> None:
        """ctrl+v reaching the app as a key: the same offer, for the system clipboard."""
        from briefing.tui.paste import offer_paste, read_clipboard

        text = read_clipboard()
        if text is None:
            self.notify(
                "Nothing to paste: no clipboard program answered (use the terminal's paste).",
                severity="warning",
                markup=False,
            )
        else:
            offer_paste(self, text, self.directory, self._added)

    def _added(self, path: Path) -> None:
        """List a file just saved into the folder, select it, and index it."""
        if path not in self.paths:
            self.paths.append(path)
        self._fill()
        table = self.query_one(DataTable)
        if str(path) in table.rows:
            table.move_cursor(row=table.get_row_index(str(path)))
        self.load()
