"""What the reader's Pilot tests share: the terminal size and ways to look at the screen."""

from __future__ import annotations

from collections.abc import Callable
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


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], object], *, tries: int = 100, settle: float = 0
) -> None:
    """Pause until `condition()` holds (at most `tries` x 20 ms; the store opens after the
    first frame, later on a loaded machine), then let the screen settle for `settle` seconds."""
    for _ in range(tries):
        if condition():
            break
        await pilot.pause(0.02)
    await pilot.pause(settle) if settle else await pilot.pause()


async def reader_opened(app: BriefingApp, pilot: Pilot[Any], *, settle: float = 0) -> None:
    """Wait until the reader is complete and its notes store is open (its article registered)."""
    await wait_until(
        pilot,
        lambda: getattr(app.screen, "ready", False) and reader(app).reading_place.key is not None,
        settle=settle,
    )


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


async def so_what_expanded(app: BriefingApp, pilot: Pilot[Any]) -> tuple[Any, Any]:
    """Open the so-what view and choose its "+N more key judgments" line: (screen, list)."""
    from textual.widgets import OptionList

    from briefing.tui.screens.so_what import SoWhatScreen

    await pilot.press("s")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, SoWhatScreen)
    listing = screen.query_one(OptionList)
    assert screen.more is not None
    listing.highlighted = screen.more
    await pilot.press("enter")
    await pilot.pause()
    assert screen.expanded
    return screen, listing
