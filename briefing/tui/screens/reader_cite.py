"""`y` in the reader: copy what the reader is on with its citation (`briefing.tui.cite`).

What is copied, first that applies: the text selected with the mouse; the entry under the
cursor of the focused Quotes, Timeline or Notes list; the highlight or note on the current
sentence; else the current sentence itself. The so-what view has its own `y` for its lines
(`screens/so_what.py`).

Mixed into `ReaderScreen`, with `ReaderSentenceMixin` and `ReaderNotesMixin`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.model import Briefing, Span

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.store.model import Annotation

    _Base = Screen[None]
else:
    _Base = object


class ReaderCiteMixin(_Base):
    """`y` for `ReaderScreen`."""

    if TYPE_CHECKING:
        briefing: Briefing
        sentence_cursor: Span | None

        def selected_spans(self) -> list[Span]: ...
        def annotation_under_cursor(self) -> Annotation | None: ...

    def action_copy_cited(self) -> None:
        """`y`: copy the selection, the focused quote, event or note, the note or highlight
        on the current sentence, or the sentence, with the article's citation."""
        from briefing.tui.cite import copy_cited, words_at

        article = self.briefing.article
        found = self._focused_item()
        if found is None:
            self.notify("There is nothing here to copy.", markup=False)
            return
        what, span, text, note, speaker = found
        if span is not None and not text:
            text = words_at(article, span)
        copy_cited(
            self.app,
            article,
            text,
            None if span is None else span.paragraph,
            what=what,
            note=note,
            speaker=speaker,
        )

    def _focused_item(self) -> tuple[str, Span | None, str, str, str] | None:
        """What `y` copies: (what it is, where, its words or "" for the span's, the note, the
        speaker of a quotation)."""
        from briefing.tui.widgets.notes_list import NotesList
        from briefing.tui.widgets.quote_list import QuoteList
        from briefing.tui.widgets.timeline_list import TimelineList

        spans = self.selected_spans()
        if spans:
            from briefing.tui.cite import words_at

            words = " ".join(words_at(self.briefing.article, span) for span in spans)
            return "the selection", spans[0], words, "", ""
        focused = self.focused
        index = getattr(focused, "highlighted", None)
        if isinstance(focused, QuoteList) and index is not None and index < len(focused.quotes):
            quote = focused.quotes[index]
            return "the quote", quote.span, quote.text, "", quote.speaker or ""
        if isinstance(focused, TimelineList) and index is not None and index < len(focused.events):
            return "the event", focused.events[index].span, "", "", ""
        if isinstance(focused, NotesList) and (annotation := focused.current) is not None:
            return _annotation_item(annotation)
        if (annotation := self.annotation_under_cursor()) is not None:
            return _annotation_item(annotation)
        if (cursor := self.sentence_cursor) is not None:
            return "the sentence", cursor, "", "", ""
        return None


def _annotation_item(annotation: Annotation) -> tuple[str, Span | None, str, str, str]:
    what = "the note" if annotation.note else "the highlight"
    span = Span(annotation.paragraph, annotation.start, annotation.end)
    return what, span, annotation.text, annotation.note, ""
