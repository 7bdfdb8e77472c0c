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
"""

from __future__ import annotations

import contextlib

from textual.widgets import OptionList


class SafeOptionList(OptionList):
    """An OptionList whose page up / page down are no-ops before its lines are laid out, and
    whose items are wrapped again whenever the width they are drawn at changes."""

    _lines_width: int | None = None
    """The width (cells) the cached line counts and renders were made for."""

    def _update_lines(self) -> None:
        """Count the lines again when the drawing width changed (a scrollbar came or went)."""
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        if width != self._lines_width:
            self._lines_width = width
            self._line_cache.clear()
            self._option_render_cache.clear()
        super()._update_lines()

    def action_page_up(self) -> None:
        with contextlib.suppress(KeyError):
            super().action_page_up()  # type: ignore[no-untyped-call]

    def action_page_down(self) -> None:
        with contextlib.suppress(KeyError):
            super().action_page_down()  # type: ignore[no-untyped-call]
