"""The current sentence: what a highlight, a note or a copy acts on, underlined in the text.

It starts at the first sentence of the paragraph at the top, and stays where it is while the
line it starts on is on screen; scrolled out of view (either way), it comes back to the first
sentence whose line is at the top of the view, where reading resumes. A jump (a section key,
`g`, a mark, `''`, a search hit or mention, a quote, a timeline entry, a so-what line, a note
chosen in the Notes tab) puts it on the sentence the jump landed on, worked out from the jump's
target and not from the view (a scroll can land after the next refresh, and an upward jump
would otherwise leave it on whatever sentence the scroll passed last); `)` and `(` move it to
the next and previous sentence, as in vim, scrolling only when that sentence's line is not on
screen. Lines are the paragraph's as wrapped at its width
(`ParagraphView.line_of`), so this holds in a paragraph taller than the screen.

Sentences are the analysis's (`Briefing.sentences`); before the analysis arrives (and for a
briefing without them) each paragraph is split on demand by the same splitter
(`briefing.analysis.sentences.split_paragraph`), once the panels are up.

Mixed into `ReaderScreen` ahead of `ReaderJumpMixin`, whose `jump_to` and `action_section` it
extends.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from briefing.model import Briefing, Span

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.tui.widgets.article_view import ArticleView
    from briefing.tui.widgets.paragraph import ParagraphView

    _Base = Screen[None]
else:
    _Base = object


PLACE_WAIT = 0.1
"""Seconds between looks for the panels before placing the cursor (a provisional reader)."""


class SentenceIndex:
    """The sentences of one briefing, by paragraph, as (start, end) offsets in reading order."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._by_paragraph: dict[int, list[tuple[int, int]]] | None = None
        if briefing.sentences:
            grouped: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for sentence in briefing.sentences:
                span = sentence.span
                grouped[span.paragraph].append((span.start, span.end))
            self._by_paragraph = dict(grouped)
        self._split: dict[int, list[tuple[int, int]]] = {}

    def of(self, paragraph: int) -> list[tuple[int, int]]:
        """The sentences of a paragraph; the whole paragraph when it has none (a heading-like
        line without a full stop is still one sentence); [] outside the article."""
        paragraphs = self.briefing.article.paragraphs
        if not 0 <= paragraph < len(paragraphs):
            return []
        if self._by_paragraph is not None:
            found = self._by_paragraph.get(paragraph)
        else:
            found = self._split.get(paragraph)
            if found is None:
                from briefing.analysis.sentences import split_paragraph

                found = list(split_paragraph(paragraphs[paragraph].text))
                self._split[paragraph] = found
        text = paragraphs[paragraph].text
        return found or ([(0, len(text))] if text.strip() else [])

    def first(self, paragraph: int) -> Span | None:
        """The first sentence of a paragraph (or of the next one that has any)."""
        count = len(self.briefing.article.paragraphs)
        for index in range(max(0, paragraph), count):
            sentences = self.of(index)
            if sentences:
                return Span(index, *sentences[0])
        return None

    def holding(self, span: Span) -> Span | None:
        """The sentence that holds the start of `span` (the nearest before it when the start
        falls between sentences)."""
        sentences = self.of(span.paragraph)
        if not sentences:
            return self.first(span.paragraph)
        chosen = sentences[0]
        for start, end in sentences:
            if start <= span.start:
                chosen = (start, end)
        return Span(span.paragraph, *chosen)

    def step(self, span: Span, forward: bool) -> Span | None:
        """The sentence after (or before) `span`, across paragraphs; None at either end."""
        sentences = self.of(span.paragraph)
        here = -1  # the sentence holding the span's start (-1: before the first)
        for index, (start, _) in enumerate(sentences):
            if start <= span.start:
                here = index
        target = here + (1 if forward else -1)
        if 0 <= target < len(sentences):
            return Span(span.paragraph, *sentences[target])
        paragraphs = range(span.paragraph + 1, len(self.briefing.article.paragraphs))
        if not forward:
            paragraphs = range(span.paragraph - 1, -1, -1)
        for index in paragraphs:
            found = self.of(index)
            if found:
                return Span(index, *(found[0] if forward else found[-1]))
        return None


class ReaderSentenceMixin(_Base):
    """The sentence cursor for `ReaderScreen`: where it is, drawing it, moving it."""

    if TYPE_CHECKING:
        briefing: Briefing
        article: ArticleView

    sentence_cursor: Span | None = None
    """The current sentence (paragraph and offsets), or None before the text is shown."""
    _sentence_index: SentenceIndex | None = None
    _paragraph_views: dict[int, ParagraphView] | None = None

    # Sentences and paragraph views

    def sentences(self) -> SentenceIndex:
        """The sentences of the briefing shown (worked out again when a new analysis comes)."""
        index = self._sentence_index
        if index is None or index.briefing is not self.briefing:
            index = self._sentence_index = SentenceIndex(self.briefing)
        return index

    def paragraph_views(self) -> dict[int, ParagraphView]:
        """Paragraph index to its view, for the paragraphs mounted so far."""
        from briefing.tui.widgets.paragraph import ParagraphView

        views = self._paragraph_views
        if (
            views is None
            or len(views) < len(self.briefing.article.paragraphs)  # more were mounted since
            or (views and not next(iter(views.values())).is_attached)  # mounted anew
        ):
            views = {view.paragraph.index: view for view in self.article.query(ParagraphView)}
            self._paragraph_views = views
        return views

    # Where the cursor goes

    def sentence_attach(self) -> None:
        """Start at the first sentence of the paragraph at the top and follow the scrolling."""
        # Every scroll, not only a new paragraph at the top: a paragraph can be taller than
        # the screen, and its sentences scroll out of sight one by one.
        self.watch(self.article, "scroll_y", self._sentence_follow_view, init=False)
        self._place_first_sentence()

    def _place_first_sentence(self) -> None:
        """Put the cursor on the first sentence at the top, unless it is placed already.

        Without the analysis's sentences, only once the panels are mounted: splitting a
        paragraph loads the splitter's word lists (about 20 ms with YAML), which the first
        frame of a provisional reader should not wait for (start-up, issue 3).
        """
        if not self.is_attached or self.sentence_cursor is not None:
            return
        if self.briefing.sentences or getattr(self, "ready", True):
            self.set_sentence(self.sentences().first(self.article.top_paragraph))
        else:
            self.set_timer(PLACE_WAIT, self._place_first_sentence)

    def set_sentence(self, span: Span | None) -> None:
        """Make `span` the current sentence and underline it (the old one loses its line)."""
        old = self.sentence_cursor
        self.sentence_cursor = span
        views = self.paragraph_views()
        if old is not None and (span is None or old.paragraph != span.paragraph):
            if (view := views.get(old.paragraph)) is not None:
                view.set_sentence(None)
        if span is not None and (view := views.get(span.paragraph)) is not None:
            view.set_sentence((span.start, span.end))

    def sentence_at(self, span: Span) -> None:
        """Put the cursor on the sentence holding `span`'s start."""
        self.set_sentence(self.sentences().holding(span))

    def _visible_paragraphs(self) -> tuple[int, int]:
        """The first and last paragraph with a line on screen."""
        top, bottom = self.article.visible_range()
        return self.article.top_paragraph, self.article.paragraph_at(max(top, bottom - 1))

    def _line_of(self, span: Span) -> int | None:
        """The line of the scrolled text where `span` starts (None: its paragraph is not
        mounted). Asked only of paragraphs on screen, whose regions Textual has at hand."""
        view = self.paragraph_views().get(span.paragraph)
        if view is None:
            return None
        return view.virtual_region.y + view.line_of(span.start)

    def _sentence_visible(self, span: Span, first: int, last: int) -> bool:
        """Whether the line `span` starts on is on screen (`first`/`last`: the paragraphs on
        screen; only those two can be cut by the screen's edges)."""
        if not first <= span.paragraph <= last:
            return False
        if first < span.paragraph < last:
            return True
        line = self._line_of(span)
        top, bottom = self.article.visible_range()
        return line is None or top <= line < bottom

    def _visible_sentence(self, first: int, last: int) -> Span | None:
        """The first sentence whose first line is on screen; None when none is (one sentence
        taller than the screen)."""
        for paragraph in range(first, last + 1):
            for start, end in self.sentences().of(paragraph):
                span = Span(paragraph, start, end)
                if self._sentence_visible(span, first, last):
                    return span
        return None

    def _sentence_follow_view(self, _scroll_y: float) -> None:
        """The view scrolled: a cursor scrolled out of sight comes back onto the screen, to
        the first sentence whose line is on screen (the top of the view, whichever way it
        scrolled: reading resumes there, after `k` or page up as after `j`)."""
        cursor = self.sentence_cursor
        if cursor is None:
            return  # not placed yet (`_place_first_sentence` will, at the top as it is then)
        first, last = self._visible_paragraphs()
        if self._sentence_visible(cursor, first, last):
            return
        target = self._visible_sentence(first, last)
        if target is not None:
            self.set_sentence(target)

    def _show_sentence(self, span: Span) -> None:
        """Scroll so the line `span` starts on is on screen, a third of the way down if the
        text has to move (`ArticleView.reveal` places a span by an estimate; this is exact)."""
        line = self._line_of(span)
        if line is None:
            self.article.reveal(span)
            return
        top, bottom = self.article.visible_range()
        if top <= line < bottom:
            return
        self.article.cancel_restore()
        offset = max(1, (bottom - top) // 3)
        self.article.scroll_to(y=max(0, line - offset), animate=False, immediate=True)

    def _sentence_step(self, forward: bool) -> None:
        cursor = self.sentence_cursor
        if cursor is None:
            target = self.sentences().first(self.article.top_paragraph)
        else:
            target = self.sentences().step(cursor, forward)
        if target is None:
            self.notify(
                "This is the last sentence." if forward else "This is the first sentence.",
                markup=False,
                timeout=2,
            )
            return
        self.set_sentence(target)
        self._show_sentence(target)

    def action_next_sentence(self) -> None:
        """`)`: the next sentence."""
        self._sentence_step(forward=True)

    def action_previous_sentence(self) -> None:
        """`(`: the previous sentence."""
        self._sentence_step(forward=False)

    # Jumps move the cursor too (extending ReaderJumpMixin)

    def jump_to(self, span: Span, *, flash: bool = False) -> None:
        super().jump_to(span, flash=flash)  # type: ignore[misc]
        self.sentence_at(span)
        if (cursor := self.sentence_cursor) is not None:
            self._show_sentence(cursor)  # its first line too (a long sentence, a tall paragraph)

    def action_section(self, number: int) -> None:
        super().action_section(number)  # type: ignore[misc]
        sections = self.briefing.sections
        if 0 < number <= len(sections):
            self.set_sentence(self.sentences().first(sections[number - 1].first))

    def action_scroll(self, how: str) -> None:
        if how != "home":
            super().action_scroll(how)  # type: ignore[misc]
            return
        # `g`: the top now, not after the next refresh (a key pressed before that refresh, a
        # section key, was undone by the late scroll), and the article's first sentence.
        self.remember_place()
        self.article.cancel_restore()
        self.article.scroll_home(animate=False, immediate=True)
        self.set_sentence(self.sentences().first(0))

    def go_to_paragraph(self, paragraph: int) -> None:
        """A mark (or `''` to a paragraph): the first sentence of the paragraph it put at the
        top."""
        super().go_to_paragraph(paragraph)  # type: ignore[misc]
        count = len(self.briefing.article.paragraphs)
        if count:
            self.set_sentence(self.sentences().first(max(0, min(paragraph, count - 1))))

    def remember_place(self) -> None:
        """Keep the current sentence with the place `''` comes back to."""
        self._back_sentence = self.sentence_cursor
        super().remember_place()  # type: ignore[misc]

    def go_back(self) -> None:
        """`''`: the sentence that was current before the jump, when it is on screen again
        (else the first sentence of the paragraph gone back to)."""
        before = getattr(self, "_back_sentence", None)
        super().go_back()  # type: ignore[misc]
        if before is not None and self._sentence_visible(before, *self._visible_paragraphs()):
            self.set_sentence(before)
