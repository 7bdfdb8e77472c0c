"""The theme and the panel layout are kept in the store and restored on the next start."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from briefing.model import Briefing
from briefing.store import get_setting, open_store, set_setting
from briefing.tui.app import BriefingApp
from tests.tui.reading import SIZE, reader, wait_until


async def _restored(app: BriefingApp, pilot: Pilot[Any]) -> None:
    await wait_until(pilot, lambda: getattr(app.screen, "ready", False), tries=50, settle=0.1)


async def test_hiding_the_side_panel_is_kept_for_the_next_start(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _restored(app, pilot)
        assert reader(app).query_one("#side").display
        await pilot.press("p", "c")
        await pilot.pause()
        assert not reader(app).query_one("#side").display
        assert not reader(app).query_one("#sections").display
    with open_store() as store:  # for 120 columns and more, where they were hidden
        assert get_setting(store, "panel_layout") == {
            "focus": False,
            "by_width": {"wide": {"side": False, "sections": False}},
        }
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SIZE) as pilot:
        await _restored(again, pilot)
        assert not reader(again).query_one("#side").display
        assert not reader(again).query_one("#sections").display
        await pilot.press("p")  # shown again, and that is kept too
        await pilot.pause()
        assert reader(again).query_one("#side").display
    with open_store() as store:  # shown is the default at 120: no choice left for it
        assert get_setting(store, "panel_layout")["by_width"] == {"wide": {"sections": False}}


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
    with open_store() as store:  # the default at 120 again (p had hidden it)
        assert get_setting(store, "panel_layout")["by_width"] == {}


NARROW = (80, 24)
MEDIUM = (100, 30)


def _shown(app: BriefingApp) -> tuple[bool, bool]:
    screen = reader(app)
    return screen.query_one("#side").display, screen.query_one("#sections").display


def _text_width(app: BriefingApp) -> int:
    layout = reader(app)._layout
    assert layout is not None
    return layout.text


def _saved() -> Any:
    with open_store() as store:
        return get_setting(store, "panel_layout")


async def test_a_tab_key_at_80_columns_shows_the_panel_for_this_run_only(
    briefing: Briefing,
) -> None:
    """`t` at 80 columns brings the side panel in for a look; the next start at 80 is the
    text alone again, at its full measure."""
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=NARROW) as pilot:
        await _restored(app, pilot)
        assert _shown(app) == (False, False)
        await pilot.press("t")
        await pilot.pause()
        assert _shown(app) == (True, False)
    assert (_saved() or {}).get("by_width", {}) == {}
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=NARROW) as pilot:
        await _restored(again, pilot)
        assert _shown(again) == (False, False)
        assert _text_width(again) >= 60


async def test_a_choice_holds_in_the_class_of_width_it_was_made_in(briefing: Briefing) -> None:
    """Hiding the side panel at 80 columns (after a look with `t`) leaves nothing saved: the
    panel is there at 120; `c` twice at 120 (hide, show) is the default again: nothing forces
    the section list on at 80; hiding the side panel at 120 does not hide it at 100."""
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=NARROW) as pilot:
        await _restored(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert _shown(app) == (False, False)
    assert (_saved() or {}).get("by_width", {}) == {}
    wide = BriefingApp(briefing=briefing)
    async with wide.run_test(size=SIZE) as pilot:
        await _restored(wide, pilot)
        assert _shown(wide) == (True, True)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert _shown(wide) == (True, True)
        assert _saved()["by_width"] == {}
        await pilot.press("p")  # hidden at 120: kept for 120 and wider only
        await pilot.pause()
    assert _saved()["by_width"] == {"wide": {"side": False}}
    narrow = BriefingApp(briefing=briefing)
    async with narrow.run_test(size=NARROW) as pilot:
        await _restored(narrow, pilot)
        assert _shown(narrow) == (False, False)
        assert _text_width(narrow) >= 60
    medium = BriefingApp(briefing=briefing)
    async with medium.run_test(size=MEDIUM) as pilot:
        await _restored(medium, pilot)
        assert _shown(medium) == (True, False)
        await pilot.resize_terminal(*SIZE)  # into the class where it was hidden
        await pilot.pause(0.1)
        assert _shown(medium) == (False, True)


async def test_a_saved_panel_never_squeezes_the_text_at_start(briefing: Briefing) -> None:
    """A side panel shown by hand at 80 columns is kept, but at the next start it would leave
    the text 45 characters wide: the panel waits for its key."""
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=NARROW) as pilot:
        await _restored(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        assert _shown(app) == (True, False)  # asked for now: shown, however narrow
    assert _saved()["by_width"] == {"narrow": {"side": True}}
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=NARROW) as pilot:
        await _restored(again, pilot)
        assert _shown(again) == (False, False)
        assert _text_width(again) >= 60
        await pilot.press("p")
        await pilot.pause()
        assert _shown(again) == (True, False)


async def test_the_first_global_format_is_read_without_its_panels(briefing: Briefing) -> None:
    """`{"side": true, "sections": true}` from before: no class recorded, so no panel forced
    at 80 columns (and the defaults at 120); its focus mode still holds."""
    with open_store() as store:
        set_setting(store, "panel_layout", {"side": True, "sections": True, "focus": False})
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=NARROW) as pilot:
        await _restored(app, pilot)
        assert _shown(app) == (False, False)
    wide = BriefingApp(briefing=briefing)
    async with wide.run_test(size=SIZE) as pilot:
        await _restored(wide, pilot)
        assert _shown(wide) == (True, True)
    with open_store() as store:
        set_setting(store, "panel_layout", {"side": None, "sections": False, "focus": True})
    focus = BriefingApp(briefing=briefing)
    async with focus.run_test(size=SIZE) as pilot:
        await _restored(focus, pilot)
        assert _shown(focus) == (False, False)


async def test_settings_read_ahead_are_on_the_first_frame_and_the_store_is_not_opened(
    briefing: Briefing, monkeypatch: Any
) -> None:
    """`briefing ARTICLE` has the settings read with the article (briefing.read_ahead): the
    first frame has the saved theme, the panels come in the saved layout, the store's warnings
    are shown, and the reader does not open the store itself on its way to the complete
    screen; a theme chosen afterwards is still saved."""
    import briefing.tui.saved_settings as saved_settings

    def no_store(app: object) -> None:
        raise AssertionError("the store was opened again")

    monkeypatch.setattr(saved_settings, "_read", no_store)
    read = {
        "values": {
            "theme": "textual-light",
            "panel_layout": {"focus": False, "by_width": {"wide": {"side": False}}},
            "export_format": "txt",
        },
        "warnings": ["The notes store was damaged"],
    }
    app = BriefingApp(briefing=briefing, settings=read)
    themes: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        themes.append(app.theme)  # the first frame
        await _restored(app, pilot)
        assert _shown(app) == (False, True)
        assert app.last_export_format == "txt"  # type: ignore[attr-defined]
        assert [n.message for n in app._notifications] == ["The notes store was damaged"]
        app.theme = "textual-dark"
        await pilot.pause()
    assert themes == ["textual-light"]
    with open_store() as store:
        assert get_setting(store, "theme") == "textual-dark"


async def test_a_theme_read_ahead_styles_the_first_frame_once(
    briefing: Briefing, monkeypatch: Any
) -> None:
    """The saved theme is the app's before it starts: the screen is styled in it once, with no
    restyle queued (as setting `app.theme` would), and looks as with the theme set by hand."""
    from textual.app import App

    restyles: list[bool] = []
    refresh_css = App.refresh_css

    def counted(self: App[Any], animate: bool = True) -> None:
        restyles.append(animate)
        refresh_css(self, animate)

    monkeypatch.setattr(App, "refresh_css", counted)
    app = BriefingApp(briefing=briefing, settings={"values": {"theme": "textual-light"}})
    async with app.run_test(size=SIZE) as pilot:
        await _restored(app, pilot)
        assert restyles == []
        assert "-light-mode" in app.classes and "-dark-mode" not in app.classes
        light = app.get_css_variables()["background"]
        assert app.stylesheet._variables["background"] == light
        assert app.screen.styles.background.hex.upper() == light.upper()
        app.theme = "textual-dark"  # switching afterwards restyles as usual
        await pilot.pause()
        assert restyles == [False]


async def test_settings_the_child_could_not_read_are_read_after_the_first_frame(
    briefing: Briefing,
) -> None:
    with open_store() as store:
        set_setting(store, "theme", "textual-light")
    app = BriefingApp(briefing=briefing, settings=None)
    async with app.run_test(size=SIZE) as pilot:
        await _restored(app, pilot)
        assert app.theme == "textual-light"
