"""The so-what view of a long article: the key judgments ranked and capped, and all of them a
key away (`sowhat.view.for_view`)."""

from __future__ import annotations

import dataclasses

from textual.widgets import OptionList

from briefing.analysis.sowhat.view import VIEW_JUDGMENTS
from briefing.model import Briefing, Estimative, Judgment, Span
from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.screens.so_what import SoWhatScreen
from tests.tui.reading import SIZE

EXTRA = 3


def many_judgments(briefing: Briefing) -> Briefing:
    """The hand briefing with `VIEW_JUDGMENTS + EXTRA` key judgments: the banded ones last, so
    the cap must rank them, not cut the list."""
    likely = Estimative("likely", "55-80%", 55, 80)
    hedges = [
        Judgment(f"Hedge {number} may happen.", Estimative("may", "", 0, 100), Span(7, 0, 10))
        for number in range(1, VIEW_JUDGMENTS + 1)
    ]
    banded = [
        Judgment(f"Banded {number} is likely.", likely, Span(8, 0, 10))
        for number in range(1, EXTRA + 1)
    ]
    so_what = dataclasses.replace(briefing.so_what, key_judgments=tuple(hedges + banded))
    return dataclasses.replace(briefing, so_what=so_what)


def prompts(listing: OptionList) -> list[str]:
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_key_judgments_are_capped_with_a_more_line_that_expands(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=many_judgments(briefing))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SoWhatScreen)
        listing = app.screen.query_one(OptionList)
        shown = prompts(listing)
        judgments = [text for text in shown if "Hedge" in text or "Banded" in text]
        assert len(judgments) == VIEW_JUDGMENTS
        assert sum("Banded" in text for text in judgments) == EXTRA  # ranked first, ...
        assert judgments[0].endswith("Hedge 1 may happen.")  # ... shown in reading order
        more = f"+{EXTRA} more key judgments"
        assert more in shown
        listing.highlighted = shown.index(more)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SoWhatScreen), "the more line expands, it does not jump"
        shown = prompts(listing)
        assert more not in shown
        judgments = [text for text in shown if "Hedge" in text or "Banded" in text]
        assert len(judgments) == VIEW_JUDGMENTS + EXTRA
        # A line after the expanded list still jumps to its own paragraph.
        listing.highlighted = next(i for i, text in enumerate(shown) if "Banded 3" in text)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.flash is not None and app.screen.flash.paragraph == 8


async def test_a_short_list_has_no_more_line(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert not any("more key judgments" in text for text in prompts(
            app.screen.query_one(OptionList)
        ))
