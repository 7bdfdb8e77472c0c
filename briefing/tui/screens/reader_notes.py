"""Highlights and notes in the reader: `h` highlights, `i` writes a note, `u` undoes, and the
Notes tab lists them (Enter goes there, `d` deletes one, `D` all of them after asking).

They act on the text selected with the mouse when there is a selection (Textual's text
selection: `Screen.selections`, each a `Selection` of character offsets into a paragraph's
drawn text), else on the current sentence (`reader_sentence.py`). A selection across
paragraphs becomes one highlight per paragraph (an annotation is words of one paragraph), and a
note on it goes on its first paragraph's part. `h` on a sentence that is already highlighted
takes the highlight away (undoable too).

The store is the one the reader's place uses (`ReadingPlace.store` and `.key`, opened once
every paragraph is mounted); until it is there, or when it could not be opened, these keys say
so in a notification. Every change is one store transaction (`briefing.store.annotations`),
after which the article's annotations are read again and drawn: highlights in the text
(`text.HIGHLIGHT`), notes under their paragraph, both listed in the Notes tab.

Mixed into `ReaderScreen`, which owns `reading_place`, `briefing`, `article` and the side panel.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingType

from briefing.model import Briefing, Span
from briefing.tui.text import HIGHLIGHT

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.store.db import Store
    from briefing.store.model import Annotation
    from briefing.tui.reading_place import ReadingPlace
    from briefing.tui.widgets.article_view import ArticleView
    from briefing.tui.widgets.notes_list import NotesList
    from briefing.tui.widgets.paragraph import ParagraphView
    from briefing.tui.widgets.side_panel import SidePanel

    _Base = Screen[None]
else:
    _Base = object

NOTES_BINDINGS: list[BindingType] = [
    Binding("right_parenthesis", "next_sentence", "Next sentence", show=False,
            id="reader.next_sentence", tooltip="Next sentence (what h, i and y act on)"),
    Binding("left_parenthesis", "previous_sentence", "Previous sentence", show=False,
            id="reader.previous_sentence"),
    Binding("h", "highlight", "Highlight", show=False, id="reader.highlight",
            tooltip="Highlight the current sentence or the selected text (again: remove)"),
    Binding("i", "note", "Note", show=False, id="reader.note",
            tooltip="Add or edit a note on the current sentence or the selected text"),
    Binding("y", "copy_cited", "Copy", show=False, id="reader.copy",
            tooltip="Copy the quote, note or sentence with its citation"),
    Binding("u", "undo_note", "Undo", show=False, id="reader.undo_note",
            tooltip="Undo the last highlight or note change"),
    Binding("I", "show_tab('notes')", "Notes tab", show=False, id="reader.tab_notes"),
]  # fmt: skip
"""The reader's keys for the sentence cursor, highlights, notes and copying."""

STORE_TRIES = 200
STORE_WAIT = 0.05
"""How often (every 0.05 s, for 10 s) to look for the store the reading place opens."""


def _add(store: Store, key: str, *, span: Span, words: str, note: str = "") -> Annotation:
    """Highlight `span` (its `words`), or write `note` on it."""
    from briefing.store import add

    return add(store, key, span.paragraph, span.start, span.end, words, note)


LEAD_WORDS = 4
"""How many of its words a note repeats under a paragraph with several highlights."""


def _opening(text: str) -> str:
    """The first `LEAD_WORDS` words of `text`, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words[:LEAD_WORDS]) + ("…" if len(words) > LEAD_WORDS else "")


def overlapping(annotation: Annotation, span: Span) -> bool:
    """Whether an annotation covers some of `span`'s words."""
    return (
        annotation.paragraph == span.paragraph
        and annotation.start < span.end
        and span.start < annotation.end
    )


class ReaderNotesMixin(_Base):
    """Highlights, notes, undo and the Notes tab for `ReaderScreen`."""

    if TYPE_CHECKING:
        briefing: Briefing
        article: ArticleView
        reading_place: ReadingPlace
        ready: bool
        side_panel: SidePanel
        sentence_cursor: Span | None

        def paragraph_views(self) -> dict[int, ParagraphView]: ...
        def sentence_at(self, span: Span) -> None: ...
        def jump_to(self, span: Span, *, flash: bool = False) -> None: ...

    annotations_shown: tuple[Annotation, ...] = ()
    """The article's highlights and notes as last read from the store, in reading order."""
    _store_tries = 0

    # The store

    def notes_attach(self) -> None:
        """Show the article's highlights and notes once the reading place has the store."""
        self.call_after_refresh(self._notes_when_stored)

    def _notes_when_stored(self) -> None:
        if not self.is_attached:
            return
        if self.notes_store() is None or not self.ready:
            if self._store_tries < STORE_TRIES:
                self._store_tries += 1
                self.set_timer(STORE_WAIT, self._notes_when_stored)
            return
        self.refresh_notes()

    def notes_store(self) -> tuple[Store, str] | None:
        """The store and the article's key, once the reading place has opened the store."""
        place = self.reading_place
        if place.store is None or place.key is None:
            return None
        return place.store, place.key

    def _store_or_say(self) -> tuple[Store, str] | None:
        found = self.notes_store()
        if found is None:
            self.notify(
                "Highlights and notes are not available: the notes store is not open.",
                title="Notes",
                severity="warning",
                markup=False,
            )
        return found

    def _write(self, change: Callable[[Store, str], Any]) -> Any:
        """Run one change on the store and show the result; None when it failed (said)."""
        found = self._store_or_say()
        if found is None:
            return None
        try:
            result = change(*found)
        except (sqlite3.Error, OSError, ValueError) as error:
            self.notify(
                f"The notes store could not be written: {error}",
                title="Notes",
                severity="error",
                markup=False,
            )
            return None
        self.refresh_notes()
        return result

    def refresh_notes(self) -> None:
        """Read the article's annotations again and draw them (text, notes, Notes tab)."""
        from briefing.store import annotations

        found = self.notes_store()
        if found is None:
            return
        try:
            shown = annotations(*found)
        except sqlite3.Error as error:
            self.notify(f"The notes store could not be read: {error}", markup=False)
            return
        self.annotations_shown = shown
        self._draw_annotations()
        if self.ready:
            self.side_panel.set_annotations(shown)

    def _draw_annotations(self) -> None:
        marks: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        notes: dict[int, list[str]] = defaultdict(list)
        for annotation in self.annotations_shown:
            marks[annotation.paragraph].append((annotation.start, annotation.end, HIGHLIGHT))
        for annotation in self.annotations_shown:
            if annotation.note:
                # Under a paragraph with several highlights, a note says which words it is on.
                several = len(marks[annotation.paragraph]) > 1
                lead = f"“{_opening(annotation.text)}” " if several else ""
                notes[annotation.paragraph].append(lead + annotation.note)
        for index, view in self.paragraph_views().items():
            view.set_notes(marks.get(index, ()), notes.get(index, ()))

    # What a key acts on

    def selected_spans(self) -> list[Span]:
        """The text selected with the mouse, one span per paragraph, trimmed of spaces."""
        from briefing.tui.widgets.paragraph import ParagraphView

        spans = []
        for widget, selection in self.selections.items():
            if not isinstance(widget, ParagraphView) or not widget.is_attached:
                continue
            text = widget.paragraph.text
            start = 0 if selection.start is None else widget.text_offset(*selection.start)
            end = len(text) if selection.end is None else widget.text_offset(*selection.end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                spans.append(Span(widget.paragraph.index, start, end))
        return sorted(spans)

    def annotation_under_cursor(self) -> Annotation | None:
        """The highlight or note on the current sentence: the one covering exactly it, else
        a note on some of its words, else any highlight on them."""
        cursor = self.sentence_cursor
        if cursor is None:
            return None
        found = [a for a in self.annotations_shown if overlapping(a, cursor)]
        exact = [a for a in found if (a.start, a.end) == (cursor.start, cursor.end)]
        noted = [a for a in found if a.note]
        return next(iter(exact or noted or found), None)

    def _words(self, span: Span) -> str:
        from briefing.tui.cite import words_at

        return words_at(self.briefing.article, span)

    # Keys

    def action_highlight(self) -> None:
        """`h`: highlight the selection, else the current sentence (again: remove it)."""
        from briefing.store import delete

        if self._store_or_say() is None:
            return
        spans = self.selected_spans()
        if spans:
            done = [
                self._write(partial(_add, span=span, words=self._words(span))) for span in spans
            ]
            self.clear_selection()
            self.sentence_at(spans[0])
            if all(done):  # (else the store failed, and said so)
                self.notify("Highlighted the selected text (u undoes).", markup=False, timeout=3)
            return
        cursor = self.sentence_cursor
        if cursor is None:
            self.notify("There is no sentence here to highlight.", markup=False)
            return
        existing = self.annotation_under_cursor()
        if existing is not None and (existing.start, existing.end) == (cursor.start, cursor.end):
            if existing.note:
                self.notify(
                    "This sentence has a note: i edits it, and the Notes tab (I) deletes it.",
                    markup=False,
                )
                return
            if self._write(lambda store, _: delete(store, existing.id)) is not None:
                self.notify("Highlight removed (u undoes).", markup=False, timeout=3)
            return
        if self._write(partial(_add, span=cursor, words=self._words(cursor))) is not None:
            self.notify("Highlighted (u undoes).", markup=False, timeout=3)

    def action_note(self) -> None:
        """`i`: write a note on the selection or the current sentence, or edit the note (or
        highlight) already there, in the note editor; in the Notes tab, the entry under its
        cursor."""
        from briefing.tui.screens.note_editor import NoteEditorScreen
        from briefing.tui.widgets.notes_list import NotesList

        if self._store_or_say() is None:
            return
        spans = self.selected_spans()
        existing: Annotation | None
        focused = self.focused
        if isinstance(focused, NotesList) and focused.current is not None:
            existing = focused.current  # the entry under the Notes tab's cursor
            target = Span(existing.paragraph, existing.start, existing.end)
        elif spans:
            target = spans[0]
            existing = next(
                (a for a in self.annotations_shown
                 if (a.paragraph, a.start, a.end) == (target.paragraph, target.start, target.end)),
                None,
            )  # fmt: skip
            self.clear_selection()
            self.sentence_at(target)
        else:
            cursor = self.sentence_cursor
            if cursor is None:
                self.notify("There is no sentence here to write a note on.", markup=False)
                return
            existing = self.annotation_under_cursor()
            target = cursor
        if existing is not None:
            words, note = existing.text, existing.note
        else:
            words, note = self._words(target), ""
        editor = NoteEditorScreen(words, note, editing=bool(note))
        self.app.push_screen(editor, partial(self._note_written, target, existing))

    def _note_written(self, target: Span, existing: Annotation | None, text: str | None) -> None:
        from briefing.store import edit_note

        if text is None:
            return
        if existing is not None:
            if text == existing.note:
                return
            done = self._write(lambda store, _: edit_note(store, existing.id, text) or "gone")
            if done == "gone":  # deleted meanwhile (the Notes tab, another `briefing`)
                self.notify("That highlight or note is no longer there.", markup=False)
                return
            said = "Note saved" if text else "Note removed; the words stay highlighted"
        elif text:
            words = self._words(target)
            done = self._write(partial(_add, span=target, words=words, note=text))
            said = "Note saved"
        else:
            self.notify("The note was empty: nothing was added.", markup=False, timeout=3)
            return
        if done is not None:  # (None: the store failed, and said so)
            self.notify(f"{said} (u undoes).", markup=False, timeout=3)

    def action_undo_note(self) -> None:
        """`u`: undo the article's last highlight or note change."""
        from briefing.store import undo

        if self._store_or_say() is None:
            return
        done = self._write(lambda store, key: undo(store, key) or "nothing")
        if done is None:
            return  # the store failed (said)
        said = {
            "nothing": "Nothing to undo.",
            "add": "Undone: the highlight or note just added is gone.",
            "edit": "Undone: the note is as it was.",
            "delete": "Undone: the highlight or note is back.",
        }
        self.notify(said.get(done, f"Undone: {done}."), markup=False, timeout=3)

    # The Notes tab

    def on_notes_list_chosen(self, message: NotesList.Chosen) -> None:
        annotation = message.annotation
        self.jump_to(Span(annotation.paragraph, annotation.start, annotation.end), flash=True)

    def on_notes_list_delete(self, message: NotesList.Delete) -> None:
        from briefing.store import delete

        annotation = message.annotation
        if annotation is None:
            self.ask_delete_all()
            return
        if self._write(lambda store, _: delete(store, annotation.id)) is not None:
            kind = "note" if annotation.note else "highlight"
            self.notify(f"Deleted the {kind} (u undoes).", markup=False, timeout=3)

    def ask_delete_all(self) -> None:
        """Delete all of the article's highlights and notes, after asking."""
        from briefing.store import delete_all
        from briefing.tui.screens.confirm import ConfirmScreen

        count = len(self.annotations_shown)
        if not count:
            self.notify("This article has no highlights or notes.", markup=False)
            return
        noun = "highlight or note" if count == 1 else "highlights and notes"

        def answered(yes: bool | None) -> None:
            if yes and (deleted := self._write(delete_all)) is not None:
                self.notify(f"Deleted {deleted} {noun} (u brings them back one by one).",
                            markup=False)  # fmt: skip

        whole = "the only highlight or note" if count == 1 else f"all {count} {noun}"
        question = f"Delete {whole} of this article? u brings them back one by one."
        self.app.push_screen(ConfirmScreen(question), answered)


def notes_commands(screen: Any) -> Iterator[tuple[str, Callable[[], object], str]]:
    """The palette's entries for highlights and notes (commands.py lists them)."""
    yield ("Notes: highlight the current sentence", screen.action_highlight,
           "Or the selected text; again to remove (h)")  # fmt: skip
    yield ("Notes: add or edit a note", screen.action_note,
           "On the current sentence or the selected text (i)")  # fmt: skip
    yield ("Notes: copy with citation", screen.action_copy_cited,
           "The quote, note or sentence with title, author, date, source, ¶ (y)")  # fmt: skip
    yield ("Notes: undo", screen.action_undo_note, "The last highlight or note change (u)")
    yield ("Notes: delete all of this article's highlights and notes", screen.ask_delete_all,
           "Asks first")  # fmt: skip
