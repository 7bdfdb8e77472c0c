"""The theme and the panel layout are kept in the store and restored on the next start."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from briefing.model import Briefing
from briefing.store import get_setting, open_store, set_setting
from briefing.tui.app import BriefingApp
from tests.tui.reading import SIZE, reader


async def _restored(app: BriefingApp, pilot: Pilot[Any]) -> None:
    for _ in range(50):
        if getattr(app.screen, "ready", False):
            break
        await pilot.pause(0.02)
    await pilot.pause(0.1)


async def test_hiding_the_side_panel_is_kept_for_the_next_start(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _restored(app, pilot)
        assert reader(app).query_one("#side").display
        await pilot.press("p", "c")
        await pilot.pause()
        assert not reader(app).query_one("#side").display
        assert not reader(app).query_one("#sections").display
    with open_store() as store:
        assert get_setting(store, "panel_layout") == {
            "side": False,
            "sections": False,
            "focus": False,
        }
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SIZE) as pilot:
        await _restored(again, pilot)
        assert not reader(again).query_one("#side").display
        assert not reader(again).query_one("#sections").display
        await pilot.press("p")  # shown again, and that is kept too
        await pilot.pause()
        assert reader(again).query_one("#side").display
    with open_store() as store:
        assert get_setting(store, "panel_layout")["side"] is True


async def test_focus_mode_is_kept(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _restored(app, pilot)
        await pilot.press("f")
        await pilot.pause()
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SIZE) as pilot:
        await _restored(again, pilot)
        screen = reader(again)
        assert not screen.query_one("#side").display
        assert not screen.query_one("#sections").display
        await pilot.press("f")  # the panels come back
        await pilot.pause()
        assert screen.query_one("#side").display


async def test_the_theme_is_kept(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _restored(app, pilot)
        assert app.theme != "textual-light"
        app.theme = "textual-light"  # what ctrl+p "Change theme" does on Enter
        await pilot.pause()
    with open_store() as store:
        assert get_setting(store, "theme") == "textual-light"
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SIZE) as pilot:
        await _restored(again, pilot)
        assert again.theme == "textual-light"


async def test_a_bad_saved_setting_is_ignored(briefing: Briefing) -> None:
    with open_store() as store:
        set_setting(store, "theme", "no-such-theme")
        set_setting(store, "panel_layout", ["not", "a", "layout"])
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _restored(app, pilot)
        assert app.theme == "textual-dark"
        assert reader(app).query_one("#side").display


async def test_the_library_restores_the_theme_too(library: Any) -> None:
    with open_store() as store:
        set_setting(store, "theme", "textual-light")
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        assert app.theme == "textual-light"


async def test_a_tab_key_showing_the_hidden_panel_is_kept(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _restored(app, pilot)
        await pilot.press("p", "t")  # hidden, then shown again by the Timeline tab's key
        await pilot.pause()
        assert reader(app).query_one("#side").display
    with open_store() as store:
        assert get_setting(store, "panel_layout")["side"] is True
