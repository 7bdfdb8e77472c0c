"""The article, section by section, that reports which paragraph is at the top as you scroll."""

from __future__ import annotations

import asyncio
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.geometry import Region, Size
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.timer import Timer

from briefing.model import Briefing, Span
from briefing.tui.text import MENTION, QUOTE, plain
from briefing.tui.widgets.paragraph import ParagraphView, SpanStyle


LAND_WAIT = 0.05
LAND_TRIES = 200
"""How often (seconds), and how many times with no paragraphs mounted meanwhile, a jump looks
again for a target not yet mounted or laid out."""

CONFIRM_TRIES = 5
"""Refreshes after a section jump that check its title is still at the top."""

MOUNT_CHUNK = 40
"""Paragraphs mounted at a time after the first frame. A 3 MB text has 3,700 paragraphs: mounted
at once they held the app for ten seconds, keys and `q` included; between two chunks it handles
keys and draws. A chunk and the layout after it (wrapping the new paragraphs) take 0.1-0.2 s on
an idle machine, a second or two on a loaded one: with 100 a chunk `q` waited 2-3 s there."""


def base_spans(briefing: Briefing) -> dict[int, list[SpanStyle]]:
    """The highlights that never change, by paragraph: actor mentions, then quotes over them."""
    base: dict[int, list[SpanStyle]] = defaultdict(list)
    for actor in briefing.actors:
        for mention in actor.mentions:
            span = mention.span
            base[span.paragraph].append((span.start, span.end, MENTION))
    for quote in briefing.quotes:
        if quote.span is not None:
            span = quote.span
            base[span.paragraph].append((span.start, span.end, QUOTE))
    return base


def text_width_guess(width: int) -> int:
    """The width of the article's text column in a terminal `width` cells wide, as the
    reader lays it out at start-up (briefing.tui.layout)."""
    from briefing.tui.layout import reader_layout

    return reader_layout(width).text


class ArticleView(VerticalScroll, can_focus=True, inherit_bindings=False):
    """The centre column: section titles and paragraphs, highlights driven by the screen.

    Its scroll keys are the reader's (`reader_keys.py`: each moves at once, so a burst of ten
    counts ten), not the scrolling container's, whose arrows animated and were coalesced."""

    top_paragraph: var[int] = var(0, init=False)
    """The paragraph at the top of the view: where the reader is. The screen derives the
    current section from it, and a resize scrolls back to it so the reader keeps their place."""
    at_bottom: var[bool] = var(False, init=False)
    """Whether the text is scrolled to its end: there the current section is the last one
    whose title is on screen, though its first paragraph never reaches the top."""

    def __init__(
        self, briefing: Briefing, *, id: str | None = None, first_screen: Size | None = None
    ) -> None:
        super().__init__(id=id)
        self.briefing = briefing
        self.first_screen = first_screen
        """When given, compose only the paragraphs that can fill a terminal of this size;
        `mount_rest` adds the others after the first frame (start-up time, issue 3)."""
        self._paragraphs: list[ParagraphView] = []
        self._headings: dict[int, Static] = {}
        self._before: dict[int, Static] = {}
        self._layout_generation = 0
        """Bumped when children come or go, so `_regions` is worked out again."""
        self._regions_key: tuple[object, ...] = ()
        self._regions_cache: dict[Widget, Region] = {}
        self._restoring = False
        self._restore_token = 0
        self._last_width = 0
        self._overlay: Mapping[int, Sequence[SpanStyle]] = {}
        """The state highlights last laid over the text, for paragraphs mounted later."""
        self._mounting = asyncio.Lock()
        """Held while paragraphs or titles are mounted: a chunk of paragraphs and a new
        analysis's titles must not interleave."""
        self._pending: int | Span | None = None
        """A jump asked for before its target was mounted and laid out (a section index or a
        span): carried out once it is (`_land`), unless the reader moves meanwhile."""
        self._pending_tries = 0
        self._land_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield from self._widgets(self._first_count())

    def watch_has_focus(self, _has_focus: bool) -> None:
        """Restyle the column alone (its scrollbar takes the accent on focus), not the text.

        Textual restyles a widget's every descendant when its focus changes, in case a rule
        styles them by it; none does here (briefing.tcss styles `#article:focus` only), and
        restyling thousands of paragraphs made each focus change (`tab`, a dialog, quitting)
        take a second or more on a 3 MB text.
        """
        self.app.stylesheet.update_nodes([self], animate=True)  # (and its scrollbars)

    def _widgets(self, paragraphs: int, start: int = 0) -> list[Static]:
        """Titles and views for paragraphs [start, start + paragraphs), in reading order."""
        base = base_spans(self.briefing)
        if start == 0:
            self._before = self._make_headings()
        widgets: list[Static] = []
        for paragraph in self.briefing.article.paragraphs[start : start + paragraphs]:
            heading = self._before.get(paragraph.index)
            if heading is not None:
                widgets.append(heading)
            view = ParagraphView(paragraph, base[paragraph.index])
            if overlay := self._overlay.get(paragraph.index):
                view.set_overlay(overlay)
            self._paragraphs.append(view)
            widgets.append(view)
        return widgets

    def _first_count(self) -> int:
        """How many paragraphs surely fill `first_screen` (all of them without one).

        A paragraph of n characters takes at least n / width lines, plus its margin; the
        width is a guess at the text column's that errs wide, so it never leaves a gap.
        """
        paragraphs = self.briefing.article.paragraphs
        if self.first_screen is None:
            return len(paragraphs)
        width = text_width_guess(self.first_screen.width)
        starts = {section.first for section in self.briefing.sections}
        lines = 0
        for count, paragraph in enumerate(paragraphs, 1):
            lines += len(paragraph.text) // width + 2 + (3 if paragraph.index in starts else 0)
            if lines > self.first_screen.height:
                return count
        return len(paragraphs)

    @property
    def complete(self) -> bool:
        """Whether every paragraph is mounted."""
        return len(self._paragraphs) >= len(self.briefing.article.paragraphs)

    async def mount_rest(self, limit: int | None = None) -> None:
        """Mount the paragraphs left out of the first frame (at most `limit` of them)."""
        async with self._mounting:
            done = len(self._paragraphs)
            left = len(self.briefing.article.paragraphs) - done
            rest = self._widgets(left if limit is None else min(limit, left), start=done)
            if rest:
                await self.mount_all(rest)
                self._layout_generation += 1
        if self._pending is not None:
            self._pending_tries = 0  # more came: the wait starts again
            self.call_after_refresh(self._land)

    async def mount_remaining(self) -> None:
        """Mount what is left `MOUNT_CHUNK` paragraphs at a time, letting the app handle keys
        and draw between chunks."""
        while not self.complete:
            await self.mount_rest(MOUNT_CHUNK)
            await asyncio.sleep(0)

    def _make_headings(self) -> dict[int, Static]:
        """Section titles keyed by the paragraph they stand before."""
        self._headings = {}
        before: dict[int, Static] = {}
        for index, section in enumerate(self.briefing.sections):
            heading = Static(
                plain(f"{index + 1}  {section.title}"), classes="section-title", id=f"s{index}"
            )
            self._headings[index] = heading
            before[section.first] = heading
        return before

    async def set_briefing(self, briefing: Briefing) -> None:
        """Show a new analysis of the same article in place, keeping the reader's place."""
        place = self.top_paragraph
        async with self._mounting:
            self.briefing = briefing
            base = base_spans(briefing)
            for view in self._paragraphs:
                view.set_base(base[view.paragraph.index])
            await self.query(".section-title").remove()
            # the titles of paragraphs still to be mounted come with their chunk (`_widgets`)
            self._before = self._make_headings()
            for paragraph, heading in self._before.items():
                if 0 <= paragraph < len(self._paragraphs):
                    await self.mount(heading, before=self._paragraphs[paragraph])
        self._layout_generation += 1
        if self._pending is not None:  # a jump asked for meanwhile wins over the old place
            self.call_after_refresh(self._land)
            return
        self._restoring = True
        self._restore_token += 1
        self.call_after_refresh(self._restore_place, place, self._restore_token)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        # A width change reflows the text and may clamp the scroll before on_resize runs:
        # that is not the reader moving, so the place is not updated until it is restored.
        if not self._restoring and self.size.width == self._last_width:
            self.top_paragraph = self.paragraph_at(round(new_value))
            self.at_bottom = self.at_end()

    def on_resize(self) -> None:
        """Keep the reader's place when the width changes and the text reflows."""
        width = self.size.width
        if width != self._last_width and self._last_width and self._pending is None:
            self._restoring = True
            self._restore_token += 1
            self.call_after_refresh(self._restore_place, self.top_paragraph, self._restore_token)
        self._last_width = width

    def cancel_restore(self) -> None:
        """The reader moved on purpose: a pending return to the old place (or a jump still
        waiting for its target) must not undo it."""
        self._restore_token += 1
        self._restoring = False
        self._pending = None

    def _restore_place(self, paragraph: int, token: int) -> None:
        if token != self._restore_token:
            return
        if 0 <= paragraph < len(self._paragraphs):
            target = self._top_of(self._paragraphs[paragraph])
            heading = self._heading_before(paragraph)
            if heading is not None:
                target = self._top_of(heading)
            self.scroll_to(y=target, animate=False, immediate=True)
        self._restoring = False

    def _heading_before(self, paragraph: int) -> Static | None:
        for index, section in enumerate(self.briefing.sections):
            if section.first == paragraph:
                return self._headings.get(index)
        return None

    def paragraph_at(self, y: int) -> int:
        """The first paragraph not wholly above virtual line `y`: the one being read."""
        if not self._paragraphs:
            return 0
        regions = self._regions()
        bottoms = [regions[view].bottom for view in self._paragraphs]
        return min(len(bottoms) - 1, bisect_right(bottoms, y))

    def _region_of(self, widget: Widget) -> Region:
        """Where `widget` is in the scrolled text (see `_regions`)."""
        region = self._regions().get(widget)  # not a default: that would be worked out
        return widget.virtual_region if region is None else region

    def _regions(self) -> dict[Widget, Region]:
        """Every child's region in the scrolled text, from one pass over the layout.

        Asking Textual for an off-screen widget's region makes it rebuild its map of every
        widget and forget which are on screen, so the next frame repaints the whole terminal:
        finding the paragraph at the top did that on every scroll, and a line's scroll cost
        twice the work it needed. Regions move only when the layout does, which changes the
        column's size or virtual size, or its children (`_layout_generation`): the cache key.
        """
        key = (self.size, self.virtual_size, len(self.children), self._layout_generation)
        if key != self._regions_key:
            self._regions_cache = {child: child.virtual_region for child in self.children}
            # A child mounted but not laid out yet has no region (and those after it are
            # where they were before it came): kept only once every child has its place.
            laid_out = all(region.height for region in self._regions_cache.values())
            self._regions_key = key if laid_out else ()
        return self._regions_cache

    def visible_range(self) -> tuple[int, int]:
        """Virtual lines now on screen, as [top, bottom)."""
        top = round(self.scroll_y)
        return top, top + self.scrollable_content_region.height

    def go_to_section(self, index: int) -> None:
        """Put a section's title at the top of the view (once it is mounted and laid out:
        a key pressed as the analysis lands, or before a long text's chunk holding the
        title is mounted, waits for it)."""
        self.cancel_restore()
        if index in self._headings:
            self._pending = index
            self._pending_tries = 0
            self._land()

    @property
    def restoring(self) -> bool:
        """Whether the view is on its way back to the reader's place after a reflow."""
        return self._restoring

    @property
    def jump_pending(self) -> bool:
        """Whether a jump is waiting for its target (a saved place must not undo it)."""
        return self._pending is not None

    def _target(self, pending: int | Span) -> Widget | None:
        """The widget a pending jump goes to, once mounted and laid out; None until then."""
        if isinstance(pending, int):
            target: Widget | None = self._headings.get(pending)
        elif 0 <= pending.paragraph < len(self._paragraphs):
            target = self._paragraphs[pending.paragraph]
        else:
            target = None
        if target is None or not target.is_attached or target.parent is not self:
            return None
        if not self._region_of(target).height:  # not laid out yet
            return None
        return target

    def _land(self) -> None:
        """Carry out the pending jump if its target has its place; else look again soon."""
        pending = self._pending
        if pending is None or not self.is_attached:
            return
        if isinstance(pending, int) and pending not in self._headings:
            self._pending = None  # a new analysis with fewer sections
            return
        if self._target(pending) is None:
            self._pending_tries += 1
            if self._pending_tries > LAND_TRIES:
                self._pending = None  # never came (a text being replaced)
            elif self._land_timer is None:
                self._land_timer = self.set_timer(LAND_WAIT, self._look_again)
            return
        self._pending = None
        self._go(pending)
        self.call_after_refresh(self._confirm, pending, self._restore_token, CONFIRM_TRIES)

    def _go(self, pending: int | Span) -> None:
        if isinstance(pending, int):
            heading = self._headings[pending]
            self.scroll_to(y=self._top_of(heading), animate=False, immediate=True)
        else:
            self._reveal_now(pending)
        self._settle()

    def _confirm(self, pending: int | Span, token: int, tries: int) -> None:
        """Go there again if the text above the target moved after the jump (the layout of
        what was mounted with it, a width change), unless the reader has moved since."""
        if token != self._restore_token or not self.is_attached or tries <= 0:
            return
        if isinstance(pending, int):
            heading = self._headings.get(pending)
            if heading is None or not heading.is_attached:
                return
            y = max(0, heading.virtual_region.y - heading.styles.margin.top)  # fresh
            if abs(y - self.scroll_y) >= 1 and y <= self.max_scroll_y:
                self.scroll_to(y=y, animate=False, immediate=True)
                self._settle()
        self.call_after_refresh(self._confirm, pending, token, tries - 1)

    def _look_again(self) -> None:
        self._land_timer = None
        self._land()

    def _settle(self) -> None:
        """Report the paragraph at the top after a jump (the place is saved from it), even
        where the scroll watcher would not (a width change not yet restored)."""
        self.top_paragraph = self.paragraph_at(round(self.scroll_y))
        self.at_bottom = self.at_end()

    def _top_of(self, widget: Widget) -> int:
        """The line above a widget's top margin, so a title is shown with its spacing."""
        return max(0, self._region_of(widget).y - widget.styles.margin.top)

    def at_end(self) -> bool:
        """Whether the text is scrolled as far down as it goes (and scrolls at all)."""
        return self.max_scroll_y > 0 and self.scroll_y >= self.max_scroll_y - 0.5

    def last_heading_on_screen(self) -> int | None:
        """The last section whose title is on screen now, or None."""
        top, bottom = self.visible_range()
        for index in sorted(self._headings, reverse=True):
            y = self._region_of(self._headings[index]).y
            if top <= y < bottom:
                return index
        return None

    def heading_visible(self, index: int) -> bool:
        """Whether a section's title is on screen now."""
        heading = self._headings.get(index)
        if heading is None:
            return False
        top, bottom = self.visible_range()
        return top <= self._region_of(heading).y < bottom

    def reveal(self, span: Span) -> None:
        """Scroll so the line holding `span` is on screen, a third of the way down if it moves."""
        if not 0 <= span.paragraph < len(self.briefing.article.paragraphs):
            return
        self.cancel_restore()
        self._pending = span
        self._pending_tries = 0
        self._land()

    def _reveal_now(self, span: Span) -> None:
        view = self._paragraphs[span.paragraph]
        region = self._region_of(view)
        length = max(1, len(view.paragraph.text))
        height = max(1, region.height - 1)
        line = region.y + min(height - 1, int(span.start / length * height))
        top, bottom = self.visible_range()
        if top <= line < bottom - 1:
            return
        offset = max(1, (bottom - top) // 3)
        self.scroll_to(y=max(0, line - offset), animate=False, immediate=True)

    def set_overlay(self, overlay: Mapping[int, Sequence[SpanStyle]]) -> None:
        """Lay state highlights over paragraphs; any paragraph not named gets none."""
        self._overlay = overlay
        for view in self._paragraphs:
            view.set_overlay(overlay.get(view.paragraph.index, ()))
