"""The dialog that renames a section: its title in a line to edit, Enter saves, escape cancels.

Dismissed with the new title, `""` to go back to the original title (the field emptied), or
None (escape). Dismissed once (`BriefingModal`): an Enter typed twice in a burst saves once.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from briefing.tui.screens.base import BriefingModal
from briefing.tui.text import plain
from briefing.tui.widgets.key_footer import KeyFooter


class RenameSectionScreen(BriefingModal[str | None]):
    """A one-line editor for a section's title (kept in the notes store, never in the file)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="rename.cancel"),
    ]

    def __init__(self, number: int, title: str, original: str) -> None:
        super().__init__()
        self.number = number
        """The section's number, 1-based (as the section list shows it)."""
        self.title = title
        """The title it has now (a renamed one, or the original)."""
        self.original = original
        """The title from the article or the analysis, which an empty field restores."""

    def compose(self) -> ComposeResult:
        with Vertical(id="rename-dialog", classes="dialog"):
            yield Static(plain(f"Rename section {self.number}"), id="rename-question")
            yield Input(self.title, placeholder=self.original, id="rename-input")
            hint = "enter saves · empty restores the original · escape cancels"
            if self.title != self.original:
                hint = f"Original: {self.original}\n{hint}"
            yield Static(plain(hint), id="rename-hint")
        yield KeyFooter()  # this dialog's keys, not the reader's showing through

    def on_mount(self) -> None:
        # A key typed in the same burst as the one that opened the dialog may have closed it.
        fields = self.query("#rename-input")
        if fields:
            fields.first(Input).focus()

    @on(Input.Submitted, "#rename-input")
    def _submitted(self, event: Input.Submitted) -> None:
        title = " ".join(event.value.split())
        self.dismiss("" if title == self.original else title)

    def action_cancel(self) -> None:
        self.dismiss(None)
