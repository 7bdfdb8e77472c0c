"""Keys pressed between the first frame and the complete screen take effect once the reader can
serve them, in the order typed, and never say something false (issue 15, tester item 2).

The analysis comes from a stand-in for the read-ahead process that delivers it when the test
says so: until then the reader shows the provisional text, as `briefing PATH` does for its
first half second or more.
"""

from __future__ import annotations

import threading
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.so_what import SoWhatScreen
from briefing.tui.widgets.actor_list import ActorList
from tests.tui.reading import header_text, reader, wait_until


class LateAnalysis:
    """What `briefing.read_ahead.ReadAhead` gives the app: an analysis made elsewhere, which
    arrives when `arrive` is set."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.arrive = threading.Event()
        self.analysing = True

    def ready(self) -> bool:
        return self.arrive.is_set()

    def analysis(self) -> Briefing:
        self.arrive.wait(30)
        self.analysing = False
        return self.briefing

    def cancel(self) -> None:
        self.analysing = False


def early_app(briefing: Briefing) -> tuple[BriefingApp, LateAnalysis]:
    ahead = LateAnalysis(briefing)
    return BriefingApp(article=briefing.article, analysis=ahead), ahead  # type: ignore[arg-type]


def holding(screen: Any) -> bool:
    return bool(getattr(screen, "early_holding", lambda: False)())


async def arrived(app: BriefingApp, pilot: Pilot[Any], ahead: LateAnalysis) -> None:
    """Let the analysis arrive; wait until the reader is complete, its text all mounted and
    no key is held any more."""
    ahead.arrive.set()
    screen = reader(app)
    await wait_until(
        pilot,
        lambda: screen.ready and screen.article.complete and not holding(screen),
        tries=200,
    )
    await pilot.pause(0.1)


async def test_a_section_key_pressed_early_goes_to_that_section(briefing: Briefing) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert not screen.ready and "Analysing" in header_text(app)
        await pilot.press("3")
        await arrived(app, pilot, ahead)
        assert screen.section == 2
        assert "§3/3" in header_text(app)
        assert screen.article.top_paragraph == briefing.sections[2].first


async def test_keys_pressed_early_keep_their_order(briefing: Briefing) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("2", "j", "j")  # j needs nothing, but comes after 2
        await arrived(app, pilot, ahead)
        title = screen.article.query_one("#s1")
        assert screen.article.scroll_y == title.virtual_region.y - title.styles.margin.top + 2


async def test_a_search_typed_early_goes_into_the_search_line(briefing: Briefing) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("slash", *"vale")  # "a" and "e" are keys of their own
        await arrived(app, pilot, ahead)
        assert isinstance(screen.focused, Input)
        assert screen.search_query == "vale"
        assert app.screen is screen, "e did not open the export dialog"


async def test_g_pressed_early_goes_to_the_end_of_the_whole_text(briefing: Briefing) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert not screen.article.complete, "only the first screen is built"
        await pilot.press("G")
        await arrived(app, pilot, ahead)
        assert screen.article.at_end()
        assert screen.section == len(briefing.sections) - 1


async def test_a_pressed_early_opens_the_actor_list(briefing: Briefing) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("a", "down")
        await arrived(app, pilot, ahead)
        actors = screen.query_one(ActorList)
        assert screen.focused is actors
        assert actors.option_count == len(briefing.actors)
        assert actors.highlighted == 1 and screen.selected_actor == 1


async def test_s_pressed_early_opens_the_so_what_view(briefing: Briefing) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await arrived(app, pilot, ahead)
        assert isinstance(app.screen, SoWhatScreen)


async def test_h_pressed_before_the_store_is_open_highlights_once_it_is(
    briefing: Briefing,
) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(80, 16), notifications=True) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.notes_store() is None  # (it opens once the whole text is mounted)
        await pilot.press("h")
        assert not [n for n in app._notifications if "not open" in str(n.message)]
        await arrived(app, pilot, ahead)
        await wait_until(pilot, lambda: screen.annotations_shown, tries=100)
        (highlight,) = screen.annotations_shown
        assert highlight.paragraph == 0
        messages = [str(n.message) for n in app._notifications]
        assert not [m for m in messages if "not open" in m], messages


async def test_q_quits_at_once_with_keys_held(briefing: Briefing) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("3", "q")
        await pilot.pause()
        assert not app.is_running or app._exit_renderables is not None or app.return_code == 0
    assert not app.is_running


async def test_keys_wait_for_nothing_once_the_reader_is_complete(briefing: Briefing) -> None:
    app, ahead = early_app(briefing)
    async with app.run_test(size=(80, 16)) as pilot:
        await arrived(app, pilot, ahead)
        screen = reader(app)
        await wait_until(pilot, lambda: screen.notes_store() is not None)
        await pilot.press("3")
        assert screen.section == 2 and not holding(screen)
