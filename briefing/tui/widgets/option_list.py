"""The option list every panel uses: Textual's, with page keys that cannot crash.

Textual 8.2.8's OptionList pages by looking the highlighted option's line up in a cache that is
filled only once the list has a size. A resize and a page key in the same frame (found by the
seeded random-key test), or a page action on a list in a hidden tab, found the cache empty and
raised KeyError, which closed the app. Until the list is laid out there is no page to move by,
so the key does nothing.
"""

from __future__ import annotations

import contextlib

from textual.widgets import OptionList


class SafeOptionList(OptionList):
    """An OptionList whose page up / page down are no-ops before its lines are laid out."""

    def action_page_up(self) -> None:
        with contextlib.suppress(KeyError):
            super().action_page_up()  # type: ignore[no-untyped-call]

    def action_page_down(self) -> None:
        with contextlib.suppress(KeyError):
            super().action_page_down()  # type: ignore[no-untyped-call]
