"""One paragraph of the article, drawn from its own text with highlights laid over by offset."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static

from briefing.model import Paragraph
from briefing.tui.text import NOTE, SENTENCE, plain, styled, visible
from briefing.tui.wrap import install as keep_glued_words_together

keep_glued_words_together()  # no line breaks at no-break spaces (tui/wrap.py)

SpanStyle = tuple[int, int, str]

NOTE_MARK = "✎ "
"""What stands before a note shown under its paragraph."""


def note_lines(notes: Sequence[str]) -> list[Content]:
    """The reader's notes as lines under the paragraph: a pencil, then the note (dim, italic);
    a note of several lines keeps them, indented under the first."""
    lines = []
    for note in notes:
        text = "\n  ".join(line.rstrip() for line in note.strip().splitlines())
        lines.append(plain(NOTE_MARK).stylize("$text-accent") + plain(text).stylize(NOTE))
    return lines


class ParagraphView(Static):
    """A paragraph whose permanent highlights (actors, quotes) sit under changeable layers.

    From the bottom up: the base (actor mentions, quotes), the reader's own highlights and
    noted words (`marks`), the current sentence (`sentence`), and the overlay of what depends
    on the reader's state (the selected actor's mentions, search hits, a jump's flash). Only
    paragraphs whose layers change are redrawn, and without a layout pass: highlights change
    colours, never the text, so the paragraph keeps its height. Notes are the exception: they
    are lines under the paragraph's text (`notes`), so changing them lays the text out again.
    Offsets everywhere are into `paragraph.text`; the notes' lines come after it.
    """

    def __init__(self, paragraph: Paragraph, base: Sequence[SpanStyle]) -> None:
        self.paragraph = paragraph
        """The paragraph shown; its index is the one spans refer to."""
        self.base = tuple(base)
        """Highlights that never change: actor mentions and quotes."""
        self.overlay: tuple[SpanStyle, ...] = ()
        """Highlights that follow the reader's state, drawn over the base."""
        self.marks: tuple[SpanStyle, ...] = ()
        """The reader's highlights and noted words (from the notes store)."""
        self.sentence: tuple[int, int] | None = None
        """The current sentence's offsets when it is in this paragraph, else None."""
        self.notes: tuple[str, ...] = ()
        """The reader's notes on words of this paragraph, in reading order."""
        self._line_starts: list[int] = [0]
        self._line_starts_width = 0
        super().__init__(self._content(), classes="paragraph")

    def _content(self) -> Content:
        spans: list[SpanStyle] = [*self.base, *self.marks]
        if self.sentence is not None:
            spans.append((*self.sentence, SENTENCE))
        spans.extend(self.overlay)
        content = styled(self.paragraph.text, spans)
        if self.notes:
            content = Content("\n").join([content, *note_lines(self.notes)])
        return content

    def set_base(self, base: Sequence[SpanStyle]) -> None:
        """New permanent highlights (a fresh analysis of the same paragraph)."""
        self.base = tuple(base)
        self.update(self._content(), layout=False)

    def set_overlay(self, overlay: Sequence[SpanStyle]) -> None:
        """Redraw with new state highlights, unless they did not change."""
        overlay = tuple(overlay)
        if overlay != self.overlay:
            self.overlay = overlay
            self.update(self._content(), layout=False)

    def set_sentence(self, sentence: tuple[int, int] | None) -> None:
        """Underline the current sentence (None: it is not in this paragraph)."""
        if sentence != self.sentence:
            self.sentence = sentence
            self.update(self._content(), layout=False)

    def set_notes(self, marks: Sequence[SpanStyle], notes: Sequence[str]) -> None:
        """Show the reader's highlights and notes; a layout pass only when the notes changed."""
        marks, notes = tuple(marks), tuple(notes)
        if marks == self.marks and notes == self.notes:
            return
        relayout = notes != self.notes
        self.marks, self.notes = marks, notes
        self.update(self._content(), layout=relayout)

    def line_of(self, offset: int) -> int:
        """The line (0 = the first) of the drawn paragraph that holds character `offset`, as
        the text wraps at the widget's present width (0 before it has a width)."""
        width = self.content_size.width
        if width <= 0:
            return 0
        if self._line_starts_width != width:
            self._line_starts = self._wrapped_starts(width)
            self._line_starts_width = width
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def _wrapped_starts(self, width: int) -> list[int]:
        """Where each line of the wrapped text starts in `paragraph.text` (found in order, since
        wrapping drops the spaces at line breaks)."""
        text = visible(self.paragraph.text)
        starts: list[int] = []
        position = 0
        for line in Content(text).wrap(width):
            words = line.plain.strip()
            found = text.find(words, position) if words else -1
            if found < 0:
                continue
            starts.append(found)
            position = found + len(words)
        return starts or [0]

    def text_offset(self, x: int, y: int) -> int:
        """A selection's (x, y) (character `x` of line `y` of the drawn text, as Textual's
        text selection gives it) as an offset into `paragraph.text`, clamped to the text (a
        selection running into the notes' lines ends at the end of the paragraph)."""
        text = self.paragraph.text
        lines = text.split("\n")
        if y >= len(lines):
            return len(text)
        offset = sum(len(line) + 1 for line in lines[: max(0, y)])
        return min(len(text), offset + max(0, min(x, len(lines[y]))))
