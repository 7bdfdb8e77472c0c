"""Keys typed in one burst on a dialog: every dialog is dismissed once (issue 14, class 2).

Pilot's `press` waits for the app to settle after each key, which hides the race: the keys here
are posted all at once, so the second one reaches a dialog whose dismissal is still on its way,
as it does when a user types fast or a terminal delivers a paste.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widgets import Input

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.export import ExportScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.screens.so_what import SoWhatScreen

_CHARACTERS = {"enter": "\r", "escape": "\x1b"}


def burst(app: BriefingApp, *keys: str) -> None:
    """Queue `keys` on the app without waiting between them."""
    for key in keys:
        app.post_message(events.Key(key, _CHARACTERS.get(key, key)))


async def handled(app: BriefingApp, pilot: Any, settle: float) -> None:
    """Wait `settle` seconds, then until every queued key has been handled: a key still
    queued when the test leaves `run_test` meets an app with no screens (the flake seen on
    a loaded machine was that, not a second dismissal)."""
    await pilot.pause(settle)
    for _ in range(250):
        if app.message_queue_size == 0:
            break
        await pilot.pause(0.02)
    await pilot.pause()


@pytest.mark.parametrize(
    "keys", [("enter", "enter"), ("enter", "s"), ("escape", "escape"), ("s", "enter", "escape")]
)
async def test_the_so_what_view_closes_once(briefing: Briefing, keys: tuple[str, ...]) -> None:
    app = BriefingApp(briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SoWhatScreen)
        burst(app, *keys)
        await handled(app, pilot, 0.2)
        assert app.is_running
        assert isinstance(app.screen_stack[0], ReaderScreen)
        assert len(app.screen_stack) in (1, 2)


@pytest.mark.parametrize(
    "keys",
    [
        ("escape", "escape"),
        ("enter", "escape"),
        ("enter", "enter"),
        ("enter", "y", "y"),
        ("enter", "enter", "n", "y", "escape"),
    ],
)
async def test_the_export_and_confirm_dialogs_close_once(
    briefing: Briefing,
    keys: tuple[str, ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An existing target opens the confirm dialog over the export dialog: fast keys on both."""
    monkeypatch.chdir(tmp_path)
    app = BriefingApp(briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        field = dialog.query_one("#export-path", Input)
        Path(field.value).write_text("already here\n", encoding="utf-8")
        field.focus()
        await pilot.pause()
        burst(app, *keys)
        await handled(app, pilot, 0.3)
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        assert app.is_running
        stack = app.screen_stack
        assert isinstance(stack[0], ReaderScreen)
        # Whatever is still open is the dialogs in their order, each at most once.
        names = [type(screen) for screen in stack[1:]]
        assert names in ([], [ExportScreen], [ExportScreen, ConfirmScreen])
        burst(app, "escape", "escape", "escape")
        await handled(app, pilot, 0.3)
        assert isinstance(app.screen, ReaderScreen)


async def test_a_dialog_answered_before_it_mounts_does_not_crash(briefing: Briefing) -> None:
    app = BriefingApp(briefing)
    answers: list[bool | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ConfirmScreen("Overwrite?"), answers.append)
        burst(app, "y", "n", "y")
        await handled(app, pilot, 0.2)
        assert app.is_running
        assert answers == [True]
        assert isinstance(app.screen, ReaderScreen)
