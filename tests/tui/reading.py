"""What the reader's Pilot tests share: the terminal size and ways to look at the screen."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.article_header import ArticleHeader

SIZE = (120, 40)


def reader(app: BriefingApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def header_text(app: BriefingApp) -> str:
    return str(app.screen.query_one(ArticleHeader).render())


def count_text(app: BriefingApp) -> str:
    return str(app.screen.query_one("#search-count").render())


async def run_palette_command(app: BriefingApp, pilot: Pilot[Any], query: str) -> None:
    """Open the command palette, type `query` and run the first hit.

    The palette searches in the background, so this waits for its hits (a fixed pause flaked
    under load) rather than for a set time.
    """
    from textual.widgets import OptionList

    await pilot.press("ctrl+p")
    await pilot.press(*query)
    for _ in range(100):
        await pilot.pause(0.05)
        if app.screen.query_one(OptionList).option_count:
            break
    await pilot.press("enter")
    await pilot.pause()
