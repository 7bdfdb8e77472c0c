"""Notifications never hide a dialog's buttons, and confirmations go away soon (a tester's
report on issue 15): at 100x30, `y` then `)` `)` `h` `i` left the "Copied..." toast over the
note editor's Save/Cancel row, where it stayed for seconds.

A dialog opens without the toasts of the screen under it (they were about that screen), and
shows its own at the top, away from its buttons at the bottom.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import Button
from textual.widgets._toast import Toast

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.note_editor import NoteEditorScreen
from tests.tui.reading import reader_opened

SIZES = [(80, 24), (100, 30), (120, 40)]


async def covered_buttons(app: BriefingApp, pilot: Pilot[Any]) -> list[tuple[str, Region]]:
    """The dialog's buttons that a toast on screen overlaps: (label, overlap) each."""
    await pilot.pause(0.1)
    screen = app.screen
    toasts = [toast.region for toast in screen.query(Toast) if toast.region]
    hidden = []
    for button in screen.query(Button):
        for toast in toasts:
            overlap = toast.intersection(button.region)
            if overlap.area:
                hidden.append((str(button.label), overlap))
    return hidden


@pytest.mark.parametrize("size", SIZES)
async def test_a_copy_toast_does_not_cover_the_note_editor_buttons(
    briefing: Briefing, size: tuple[int, int]
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=size, notifications=True) as pilot:
        await reader_opened(app, pilot)
        await pilot.press("y", "right_parenthesis", "right_parenthesis", "h", "i")
        await pilot.pause(0.1)
        assert isinstance(app.screen, NoteEditorScreen)
        assert list(app.screen.query(Button)), "the editor has its buttons"
        assert await covered_buttons(app, pilot) == []
        below = app.screen_stack[-2]
        assert not list(below.query(Toast)), "nor do the reader's show through the backdrop"


@pytest.mark.parametrize("size", SIZES)
async def test_toasts_raised_in_a_dialog_stay_off_its_buttons(
    briefing: Briefing, size: tuple[int, int]
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=size, notifications=True) as pilot:
        await reader_opened(app, pilot)
        for opening in ("e", "i", "confirm"):
            if opening == "confirm":
                app.push_screen(ConfirmScreen("Delete all of this article's notes?"))
            else:
                await pilot.press(opening)
            await pilot.pause(0.1)
            app.notify("Give a file to write.", severity="warning")
            app.notify("The note was empty: nothing was added.")
            assert await covered_buttons(app, pilot) == [], (opening, size)
            await pilot.press("escape")
            await pilot.pause()


async def test_confirmations_leave_within_a_few_seconds(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await reader_opened(app, pilot)
        await pilot.press("y")  # "Copied the sentence with its citation: ..."
        await pilot.pause()
        copied = [n for n in app._notifications if n.title == "Copied"]
        assert copied and all(n.timeout <= 4 for n in copied)
