"""A dialog's footer shows the dialog's keys (a tester's report, issue 15 point 12): under the
note editor the reader's footer showed through, offering `q Quit` and `/ Search`, which do
nothing there."""

from __future__ import annotations

import pytest

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.export import ExportScreen
from briefing.tui.screens.note_editor import NoteEditorScreen
from briefing.tui.screens.rename_section import RenameSectionScreen
from briefing.tui.widgets.key_footer import KeyFooter
from tests.tui.reading import SIZE


@pytest.mark.parametrize(
    ("key", "dialog", "shown"),
    [
        ("i", NoteEditorScreen, "ctrl+s Save note"),
        ("e", ExportScreen, "esc Cancel"),
        ("R", RenameSectionScreen, "esc Cancel"),
    ],
)
async def test_a_dialog_shows_its_own_keys(
    briefing: Briefing, key: str, dialog: type, shown: str
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, dialog)
        footer = app.screen.query_one(KeyFooter)
        text = footer.render_line(0).text
        assert shown in text
        assert "/ Search" not in text and "q Quit" not in text


async def test_a_question_shows_its_answers(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        app.push_screen(ConfirmScreen("Delete all of this article's notes?"))
        await pilot.pause()
        text = app.screen.query_one(KeyFooter).render_line(0).text
        assert "y Yes" in text and "n No" in text and "/ Search" not in text
