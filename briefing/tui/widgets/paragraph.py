"""One paragraph of the article, drawn from its own text with highlights laid over by offset."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import Static

from briefing.model import Paragraph
from briefing.tui.text import styled
from briefing.tui.wrap import install as keep_glued_words_together

keep_glued_words_together()  # no line breaks at no-break spaces (tui/wrap.py)

SpanStyle = tuple[int, int, str]


class ParagraphView(Static):
    """A paragraph whose permanent highlights (actors, quotes) sit under a changeable overlay.

    The overlay carries what depends on the reader's state: the selected actor's mentions and
    search hits. Only paragraphs whose overlay changes are redrawn, and without a layout pass:
    highlights change colours, never the text, so the paragraph keeps its height.
    """

    def __init__(self, paragraph: Paragraph, base: Sequence[SpanStyle]) -> None:
        self.paragraph = paragraph
        """The paragraph shown; its index is the one spans refer to."""
        self.base = tuple(base)
        """Highlights that never change: actor mentions and quotes."""
        self.overlay: tuple[SpanStyle, ...] = ()
        """Highlights that follow the reader's state, drawn over the base."""
        super().__init__(styled(paragraph.text, self.base), classes="paragraph")

    def set_base(self, base: Sequence[SpanStyle]) -> None:
        """New permanent highlights (a fresh analysis of the same paragraph)."""
        self.base = tuple(base)
        self.update(styled(self.paragraph.text, (*self.base, *self.overlay)), layout=False)

    def set_overlay(self, overlay: Sequence[SpanStyle]) -> None:
        """Redraw with new state highlights, unless they did not change."""
        overlay = tuple(overlay)
        if overlay != self.overlay:
            self.overlay = overlay
            self.update(styled(self.paragraph.text, (*self.base, *overlay)), layout=False)
