"""Where the reader is, and moving there: the current section, section keys, scrolling, and
jumps to a span (a search hit, a mention, a quote, a so-what line) with a brief flash.

Mixed into `ReaderScreen`, which owns the `section` reactive, `briefing`, `article` (the
centre column) and `_requested_section`/`flash` state; this mixin turns the paragraph at the top
of the view into the current section and carries out the moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.model import Briefing, Span
from briefing.tui.widgets.article_header import ArticleHeader

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.tui.widgets.article_view import ArticleView
    from briefing.tui.widgets.section_list import SectionList

    _Base = Screen[None]
else:
    _Base = object

FLASH_SECONDS = 1.5
"""How long the sentence a jump landed on stays marked."""


class ReaderJumpMixin(_Base):
    """Section tracking, section keys, scrolling and jumps for `ReaderScreen`."""

    if TYPE_CHECKING:
        briefing: Briefing
        article: ArticleView
        section_list: SectionList | None
        section: int
        flash: Span | None
        _requested_section: int | None
        _flash_token: int

        def _redraw(self) -> None: ...

    _jump_target: Span | None = None
    """Where the last jump to a span (a hit, a mention, a quote, a timeline entry, a so-what
    line) went: while its paragraph is on screen, its section is the current one, though the
    paragraph at the top (or, at the end of the text, the last title) is in another. Any other
    move forgets it."""

    def _on_top_paragraph(self, paragraph: int) -> None:
        requested = self._requested_section
        if requested is not None and self.article.heading_visible(requested):
            self.section = requested
            return
        self._requested_section = None
        if not self.briefing.sections:
            return
        target = self._jump_target
        if target is not None:
            if self.article.jump_pending or self._paragraph_on_screen(target.paragraph):
                self.section = self.briefing.section_of(target.paragraph)
                return
            self._jump_target = None
        self.section = self._section_at(paragraph)

    def _paragraph_on_screen(self, paragraph: int) -> bool:
        """Whether some of a paragraph is on screen now."""
        article = self.article
        top, bottom = article.visible_range()
        return article.paragraph_at(top) <= paragraph <= article.paragraph_at(max(top, bottom - 1))

    def remember_place(self) -> None:
        """Every jump starts here (for ''): the jump before it no longer names the section."""
        self._jump_target = None
        super().remember_place()  # type: ignore[misc]

    def _section_at(self, paragraph: int) -> int:
        """The section of the paragraph at the top; at the end of the text, the last section
        whose title is on screen (its first lines may never reach the top: `G`)."""
        section = self.briefing.section_of(paragraph)
        if self.article.at_end():
            last = self.article.last_heading_on_screen()
            if last is not None:
                return max(section, last)
        return section

    def watch_section(self, section: int) -> None:
        self.query_one(ArticleHeader).show_section(section)
        if self.section_list is not None:
            self.section_list.follow(section)

    def action_section(self, number: int) -> None:
        """Jump to section `number` (1-based)."""
        index = number - 1
        if 0 <= index < len(self.briefing.sections):
            self.remember_place()
            self._requested_section = index
            self.article.go_to_section(index)
            self.section = index

    def action_next_section(self) -> None:
        self.action_section(min(len(self.briefing.sections), self.section + 2))

    def action_previous_section(self) -> None:
        self.action_section(max(1, self.section))

    def action_scroll(self, how: str) -> None:
        """Scroll the article whichever panel has focus."""
        article = self.article
        article.cancel_restore()
        self._jump_target = None  # scrolling: the section is the text's again
        if how in ("home", "end"):
            self.remember_place()  # g and G are jumps: '' comes back
        # Now, not after the next refresh (Textual's default): each move starts from where
        # the last one left the text, so ten keys in one burst scroll ten lines, not one.
        if how == "end":
            article.scroll_end(animate=False, immediate=True)
            return
        page = article.scrollable_content_region.height
        targets = {
            "down": article.scroll_y + 1,
            "up": article.scroll_y - 1,
            "page_down": article.scroll_y + page,
            "page_up": article.scroll_y - page,
            "home": 0,
        }
        article.scroll_to(y=max(0, targets[how]), animate=False, immediate=True)

    def jump_to(self, span: Span, *, flash: bool = False) -> None:
        """Bring a span into view; the section follows. With `flash`, the sentence holding it
        is marked for a moment, so the eye finds where the jump landed."""
        self.remember_place()
        self._requested_section = None
        if self.briefing.sections and 0 <= span.paragraph < len(self.briefing.article.paragraphs):
            self._jump_target = span
            self.section = self.briefing.section_of(span.paragraph)  # (if it moves nothing)
        self.article.reveal(span)
        if flash:
            self.flash_sentence(span)

    def flash_sentence(self, span: Span) -> None:
        """Mark the sentence holding `span` (or the span itself) for `FLASH_SECONDS`."""
        target = span
        for sentence in self.briefing.sentences:
            found = sentence.span
            if found.paragraph == span.paragraph and found.start <= span.start < found.end:
                target = Span(found.paragraph, found.start, max(found.end, span.end))
                break
        self.flash = target
        self._flash_token += 1
        token = self._flash_token
        self._redraw()

        def clear() -> None:
            if token == self._flash_token:
                self.flash = None
                self._redraw()

        self.set_timer(FLASH_SECONDS, clear)
