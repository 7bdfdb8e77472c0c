"""The so-what list after "+N more key judgments" (a tester's report, issue 15): the cursor goes
to the first judgment that was hidden, and `home` brings the "Bottom line" heading back into view
with the first item (it went to the item and left the heading above the top).
"""

from __future__ import annotations

import dataclasses

import pytest

from briefing.analysis.sowhat.view import for_view
from briefing.model import Briefing, Estimative, Judgment, Span
from briefing.tui.app import BriefingApp
from tests.tui.reading import so_what_expanded

LIKELY = Estimative("likely", "likely (55-80%)", 55, 80)
MAY = Estimative("may", "", 0, 100)


def many_judgments(briefing: Briefing) -> Briefing:
    """Thirty judgments, the hedged ones ("may") first: the view keeps the banded ones, so the
    first hidden judgment comes before every shown one in reading order."""
    judgments = tuple(
        Judgment(f"Judgment {n} says the accord {'may' if n < 10 else 'is likely to'} hold.",
                 MAY if n < 10 else LIKELY, Span(5, 0, 10))
        for n in range(30)
    )  # fmt: skip
    so_what = dataclasses.replace(briefing.so_what, key_judgments=judgments)
    return dataclasses.replace(briefing, so_what=so_what)


async def test_expanding_puts_the_cursor_on_the_first_judgment_that_was_hidden(
    briefing: Briefing,
) -> None:
    long = many_judgments(briefing)
    shown, hidden = for_view(long.so_what.key_judgments)
    assert hidden and shown[0] is not long.so_what.key_judgments[0]
    app = BriefingApp(briefing=long)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, listing = await so_what_expanded(app, pilot)
        cursor = listing.highlighted
        assert cursor is not None
        assert screen.judgment_rows[cursor] is long.so_what.key_judgments[0]


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_home_shows_the_bottom_line_heading(
    briefing: Briefing, size: tuple[int, int]
) -> None:
    app = BriefingApp(briefing=many_judgments(briefing))
    async with app.run_test(size=size) as pilot:
        _screen, listing = await so_what_expanded(app, pilot)
        await pilot.press("end")
        await pilot.pause()
        assert listing.scroll_offset.y > 0
        await pilot.press("home")
        await pilot.pause()
        assert listing.highlighted == 1
        assert listing.scroll_offset.y == 0, "the Bottom line heading is in view"
