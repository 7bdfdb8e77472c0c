"""The option list every panel uses: Textual's, with page keys that cannot crash.

Textual 8.2.8's OptionList pages by looking the highlighted option's line up in a cache that is
filled only once the list has a size. A resize and a page key in the same frame (found by the
seeded random-key test), or a page action on a list in a hidden tab, found the cache empty and
raised KeyError, which closed the app. Until the list is laid out there is no page to move by,
so the key does nothing.

It also counted each option's lines once, at the width the list had then, and never again when
only the scrollbar changed that width (no resize event): a list that grew a scrollbar drew its
items rewrapped two cells narrower, a line longer, and the last line of some was never shown
(the so-what view lost "Union." of a judgment). The lines are counted again at every new width.

A heading (a disabled option right above the cursor's) is scrolled into view with it: `home`
on a long so-what list went to its first item but left "Bottom line" above the top.

The cursor's row is drawn in the cursor's own text colour (`contrast.colourless`): a colour a
row takes in the list (a quote's "§1", a timeline date, a note) is legible on the list's ground,
not on the cursor (1.3:1 on the light theme's, 3.8:1 on the dark's).
"""

from __future__ import annotations

import contextlib

from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class SafeOptionList(OptionList):
    """An OptionList whose page up / page down are no-ops before its lines are laid out, and
    whose items are wrapped again whenever the width they are drawn at changes."""

    _lines_width: int | None = None
    """The width (cells) the cached line counts and renders were made for."""

    _cursor_prompt: tuple[Option, Content, Content] | None = None
    """The cursor's row: its option, prompt and `colourless` prompt (one row has the cursor)."""

    def _update_lines(self) -> None:
        """Count the lines again when the drawing width changed (a scrollbar came or went)."""
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        if width != self._lines_width:
            self._lines_width = width
            self._line_cache.clear()
            self._option_render_cache.clear()
        super()._update_lines()

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        """The cursor's row without its own colours (bold and italic kept): the cursor's
        legible text colour throughout. Its render is cached under the cursor's style, which
        only the cursor's row is drawn with."""
        prompt = option.prompt
        if not isinstance(prompt, Content) or self._option_to_index.get(option) != self.highlighted:
            return super()._get_option_render(option, style)
        kept = self._cursor_prompt
        if kept is None or kept[0] is not option or kept[1] is not prompt:
            from briefing.tui.contrast import colourless

            kept = self._cursor_prompt = (option, prompt, colourless(prompt))
        visual = option._visual
        option._visual = kept[2]
        try:
            return super()._get_option_render(option, style)
        finally:
            option._visual = visual

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Scroll the cursor's option into view, with the headings (disabled options) right
        above it when they fit on the screen too."""
        highlighted = self.highlighted
        if highlighted is None or not self.is_mounted:
            return
        first = highlighted
        while first > 0 and self.options[first - 1].disabled:
            first -= 1
        if first == highlighted:
            super().scroll_to_highlight(top)
            return
        self._update_lines()
        try:
            start = self._index_to_line[first]
            end = self._index_to_line[highlighted] + self._heights[highlighted]
        except KeyError:
            return
        region = self.scrollable_content_region
        if end - start > region.height:
            super().scroll_to_highlight(top)
            return
        self.scroll_to_region(
            Region(0, start, region.width, end - start),
            force=True,
            animate=False,
            top=top,
            immediate=True,
        )

    def action_page_up(self) -> None:
        with contextlib.suppress(KeyError):
            super().action_page_up()  # type: ignore[no-untyped-call]

    def action_page_down(self) -> None:
        with contextlib.suppress(KeyError):
            super().action_page_down()  # type: ignore[no-untyped-call]
