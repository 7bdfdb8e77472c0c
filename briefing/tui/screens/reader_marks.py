"""Marks as in less and vim: `m` then a letter marks the paragraph at the top of the text,
`'` then the letter goes back to it, and `''` returns to where the reader was before the last
jump (a section key, a search hit or mention, a so-what line, quote or timeline entry, `g`/`G`,
a mark, or `''` itself).

Mixed into `ReaderScreen`. The second key is read by a pending-key state rather than a dialog:
`m` and `'` are priority bindings, so they take effect as they arrive, and the letter typed right
after them in one burst ("ma") is read here (`on_key`, before the screen's other bindings)
instead of running `a` (the Actors tab). While a key is pending, a one-line prompt takes the
footer's row (docked over it, so the text keeps its size). Escape, or any key that is not a
letter, cancels; moving the focus (the search line) does too.

Marks are kept in the store by the article's content key (`briefing.store.set_mark`), beside the
reading place (`reading_place.py`), so they survive quitting; until the store is open (after the
first frame) or when it cannot be, they are kept for the session. `'` itself is the mark of the
place before the last jump, as in vim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import Input, Static

from briefing.model import Briefing
from briefing.tui.text import plain

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.tui.reading_place import ReadingPlace
    from briefing.tui.widgets.article_view import ArticleView

    _Base = Screen[None]
else:
    _Base = object

BACK = "'"
"""The mark of the place before the last jump (vim's and less's `''`)."""
SET, GO = "set", "go"
"""What a pending key is for: setting a mark or going to one."""


def is_mark_letter(character: str | None) -> bool:
    """Whether a typed character names a mark: one ASCII letter, a-z or A-Z."""
    return character is not None and len(character) == 1 and character.isascii() and (
        character.isalpha()
    )


class ReaderMarksMixin(_Base):
    """`m`, `'` and `''` for `ReaderScreen`."""

    if TYPE_CHECKING:
        briefing: Briefing
        article: ArticleView
        reading_place: ReadingPlace
        _requested_section: int | None

        def _on_top_paragraph(self, paragraph: int) -> None: ...

    _pending_mark: str | None = None
    """SET or GO while the letter of a mark is awaited, else None."""
    _marks: dict[str, int] | None = None
    """Mark letter to paragraph, this session (None until first used: then read from the store)."""
    _marks_from_store = False
    """Whether `_marks` includes what the store holds (it opens after the first frame)."""
    _back_view: tuple[int, float, int] | None = None
    """The place before the last jump exactly, this session: (paragraph at the top, scroll
    offset, text width). `''` goes back to the very line when the text has not reflowed since
    (at the end of the text the top paragraph alone would name another section)."""

    # The keys

    def action_set_mark(self) -> None:
        """`m`: wait for the letter of the mark to set here (or take `m` as the awaited letter)."""
        if self._pending_mark is not None:
            self._mark_letter("m")
        else:
            self._await_mark(SET)

    def action_go_to_mark(self) -> None:
        """`'`: wait for the letter of the mark to go to; a second `'` goes back."""
        if self._pending_mark == GO:
            self._end_pending()
            self.go_back()
        elif self._pending_mark == SET:
            self._end_pending()
            self.notify("A mark is a letter, a-z or A-Z: ' is not one.", markup=False)
        else:
            self._await_mark(GO)

    def on_key(self, event: events.Key) -> None:
        """The awaited letter (any other key cancels the pending mark)."""
        if self._pending_mark is None:
            return
        event.stop()
        event.prevent_default()
        if event.key == "escape":
            self._end_pending()
        elif is_mark_letter(event.character):
            assert event.character is not None
            self._mark_letter(event.character)
        else:
            self._end_pending()
            shown = event.character if event.is_printable and event.character else event.key
            self.notify(f"A mark is a letter, a-z or A-Z: {shown} is not one.", markup=False)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if self._pending_mark is not None and isinstance(event.widget, Input):
            self._end_pending()  # the search line took the keys

    def _await_mark(self, what: str) -> None:
        self._pending_mark = what
        if what == SET:
            prompt = "m: press a letter to mark this place (a-z, A-Z) · escape cancels"
        else:
            letters = " ".join(self.marks())
            where = f"marks {letters}" if letters else "no marks yet (m sets one)"
            prompt = f"': press a mark's letter ({where}) · ' back · escape cancels"
        found = self.query("#mark-prompt")
        if found:
            line = found.first(Static)
            line.update(plain(prompt), layout=False)
            line.display = True
        else:  # made on first use (docked over the footer's row: no layout change)
            self.mount(Static(plain(prompt), id="mark-prompt"))

    def _end_pending(self) -> None:
        self._pending_mark = None
        for line in self.query("#mark-prompt"):
            line.display = False

    def _mark_letter(self, letter: str) -> None:
        what = self._pending_mark
        self._end_pending()
        if what == SET:
            self.set_mark(letter)
        elif what == GO:
            self.go_to_mark(letter)

    # Marks

    def marks(self) -> dict[str, int]:
        """The article's marks, letter to paragraph, in letter order (not `'`)."""
        found = self._load_marks()
        return {letter: found[letter] for letter in sorted(found) if letter != BACK}

    def _load_marks(self) -> dict[str, int]:
        if self._marks is None:
            self._marks = {}
        place = self.reading_place
        if not self._marks_from_store and place.store is not None and place.key is not None:
            import sqlite3

            from briefing.store import get_marks

            self._marks_from_store = True
            try:
                stored = {mark.letter: mark.paragraph for mark in get_marks(place.store, place.key)}
            except (sqlite3.Error, OSError):
                stored = {}
            self._marks = {**stored, **self._marks}  # set this session before it opened: kept
            for letter, paragraph in self._marks.items():
                if stored.get(letter) != paragraph:
                    self._store_mark(letter, paragraph)
        return self._marks

    def _store_mark(self, letter: str, paragraph: int) -> bool:
        """Write a mark to the store; False when there is no store to keep it."""
        place = self.reading_place
        if place.store is None or place.key is None:
            return False
        import sqlite3

        from briefing.store import set_mark

        paragraphs = self.briefing.article.paragraphs
        anchor = paragraphs[paragraph].text if 0 <= paragraph < len(paragraphs) else ""
        try:
            set_mark(place.store, place.key, letter, paragraph, anchor)
        except (sqlite3.Error, OSError):
            return False
        return True

    def where(self, paragraph: int) -> str:
        """A paragraph's place as the reader names it: "§2 The turn west"."""
        sections = self.briefing.sections
        if not sections:
            return f"paragraph {paragraph + 1}"
        index = self.briefing.section_of(paragraph)
        return f"§{index + 1} {sections[index].label}"

    def set_mark(self, letter: str) -> None:
        """Mark the paragraph at the top of the text with `letter`."""
        paragraph = self.article.top_paragraph
        self._load_marks()[letter] = paragraph
        kept = self._store_mark(letter, paragraph)
        message = f"Mark '{letter}' set ({self.where(paragraph)})"
        if not kept:
            message += "; kept until you quit (no notes store)"
        self.notify(message, markup=False)

    def go_to_mark(self, letter: str) -> None:
        """Go to the paragraph marked `letter` (the place left is remembered for `''`)."""
        paragraph = self._load_marks().get(letter)
        if paragraph is None:
            self.notify(f"No mark {letter} in this article (m {letter} sets it).", markup=False)
            return
        self.remember_place()
        self.go_to_paragraph(paragraph)

    def go_back(self) -> None:
        """`''`: back to the place before the last jump (and the place left becomes `''`)."""
        paragraph = self._load_marks().get(BACK)
        if paragraph is None:
            self.notify("No jump to go back from yet.", markup=False)
            return
        exact = self._back_view
        self.remember_place()
        view = self.article
        if exact is not None and exact[0] == paragraph and exact[2] == view.size.width:
            self._requested_section = None
            view.cancel_restore()
            view.scroll_to(y=exact[1], animate=False, immediate=True)
            self._on_top_paragraph(view.top_paragraph)  # (also when the view did not move)
        else:
            self.go_to_paragraph(paragraph)

    def remember_place(self) -> None:
        """A jump is about to move the reader: keep the place for `''`."""
        view = self.article
        paragraph = view.top_paragraph
        self._back_view = (paragraph, view.scroll_y, view.size.width)
        marks = self._load_marks()
        if marks.get(BACK) != paragraph:
            marks[BACK] = paragraph
            self._store_mark(BACK, paragraph)

    def go_to_paragraph(self, paragraph: int) -> None:
        """Put a paragraph (or the title of the section it opens) at the top of the text."""
        from briefing.tui.widgets.paragraph import ParagraphView

        view = self.article
        paragraphs = list(view.query(ParagraphView))
        if not paragraphs:
            return
        paragraph = max(0, min(paragraph, len(paragraphs) - 1))  # an edited, shorter article
        target: Static = paragraphs[paragraph]
        for index, section in enumerate(self.briefing.sections):
            if section.first == paragraph and index > 0:
                target = next(iter(view.query(f"#s{index}").results(Static)), target)
        self._requested_section = None
        view.cancel_restore()
        y = max(0, target.virtual_region.y - target.styles.margin.top)
        view.scroll_to(y=y, animate=False, immediate=True)
        self._on_top_paragraph(view.top_paragraph)  # the section, even if the view did not move
