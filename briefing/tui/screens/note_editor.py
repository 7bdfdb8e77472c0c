"""The note editor: a small dialog to write or change the note on some words of the article.

It shows the words the note is about, then a text area with the note so far. `ctrl+s` (or the
Save button) dismisses it with the text; `escape` (or Cancel) with None, leaving everything as
it was. Keys typed in one burst cannot dismiss it twice (`BriefingModal.dismiss`).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static, TextArea

from briefing.tui.screens.base import BriefingModal
from briefing.tui.text import plain
from briefing.tui.widgets.key_footer import KeyFooter

QUOTE_CHARS = 160
"""How much of the words noted the dialog repeats above the note."""
QUOTE_MARKS = "\"'“”‘’«»„"
"""Quote marks the noted words may open or close with; the title puts its own around them."""
TITLE_WORDS = 5
"""How many of the words noted the dialog's title names ("A note on “The ministry said on
Monday…”"): a title that ended "A note on" read as cut off."""


def title_for(words: str, *, editing: bool) -> str:
    """The dialog's title: what it does and the first words noted, with an ellipsis when
    more follow."""
    all_words = words.split()
    # the title puts its own quote marks around the words: no ““I’m ready…”
    shown = " ".join(all_words[:TITLE_WORDS]).lstrip(QUOTE_MARKS)
    if len(all_words) > TITLE_WORDS:
        shown = shown.rstrip(",;:." + QUOTE_MARKS) + "…"
    else:
        shown = shown.rstrip(QUOTE_MARKS)
    start = "Edit the note on" if editing else "A note on"
    return f"{start} “{shown}”" if shown else start


class NoteEditorScreen(BriefingModal[str | None]):
    """Dismissed with the note's text (stripped; may be empty) on save, None on cancel."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note_editor.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="note_editor.cancel"),
        # (none from the app reaches a dialog; in the note itself `?` is a character)
        Binding("question_mark", "app.help", "Help", id="note_editor.help"),
    ]

    def __init__(self, words: str, note: str = "", *, editing: bool = False) -> None:
        super().__init__()
        self.words = words
        """The article's words the note is about."""
        self.note = note
        """The note so far (empty for a new one)."""
        self.editing = editing
        """Whether a note already exists (the title says "Edit" rather than "Add")."""

    def compose(self) -> ComposeResult:
        words = " ".join(self.words.split())
        if len(words) > QUOTE_CHARS:
            words = words[: QUOTE_CHARS - 1].rstrip() + "…"
        with Vertical(id="note-dialog", classes="dialog") as dialog:
            # The title sits in the border: the dialog fits a 24-line terminal with room.
            dialog.border_title = title_for(self.words, editing=self.editing)
            yield Static(plain(f"“{words}”").stylize("italic"), id="note-words")
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(classes="buttons"):
                yield Static(plain("ctrl+s save · esc cancel"), id="note-hint")
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")
        yield KeyFooter()  # this dialog's keys, not the reader's showing through

    def on_mount(self) -> None:
        # A key typed in the same burst as the one that opened the dialog may have closed it.
        areas = self.query("#note-text")
        if areas:
            area = areas.first(TextArea)
            area.focus()
            area.move_cursor(area.document.end)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        areas = self.query("#note-text")
        text = areas.first(TextArea).text if areas else self.note
        self.dismiss(text.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
