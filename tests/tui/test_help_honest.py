"""The `?` help lists only keys that do something on the screen it is opened over, with
readable names (issue 15, point 12): the library, the so-what view and the export dialog."""

from __future__ import annotations

from pathlib import Path

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.help import HelpScreen, binding_rows
from tests.tui.reading import SIZE

BUILT_IN_NAMES = ("Focus Next", "Focus Previous", "Scroll Home", "Scroll End", "Page Up")


def _keys(app: BriefingApp) -> dict[str, str]:
    """Every listed key (as the help writes it) to its description, over the current screen."""
    return {
        keys: what for _, rows in binding_rows(app.screen) for keys, what, _ in rows
    }


async def test_the_library_help_lists_no_sideways_keys_and_readable_names(
    library: Path,
) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        keys = _keys(app)
        assert "←" not in keys and "→" not in keys, "left/right only scroll a fitted table"
        assert "home" not in keys and "end" not in keys, "home/end scroll sideways only"
        assert keys.get("tab") == "Next field" and keys.get("shift+tab") == "Previous field"
        assert not set(BUILT_IN_NAMES) & set(keys.values())
        assert keys.get("ctrl+home") == "Top" and "↓" in keys
        app.action_help()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = str(app.screen.query_one("#help-keys").render())
        assert "Cursor left" not in shown and "Focus Next" not in shown


async def test_the_so_what_and_export_help_leave_out_keys_that_do_nothing(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        groups = [group for group, _ in binding_rows(app.screen)]
        keys = _keys(app)
        assert groups[0] == "So what"
        assert "tab" not in keys, "one focusable list: tab moves nowhere"
        assert not set(BUILT_IN_NAMES) & set(keys.values())
        await pilot.press("escape", "e")
        await pilot.pause()
        keys = _keys(app)
        assert [group for group, _ in binding_rows(app.screen)][0] == "Export"
        assert keys.get("tab") == "Next field", "the dialog has several fields"
        assert not set(BUILT_IN_NAMES) & set(keys.values())
        assert "home" not in keys, "the format list does not scroll"
