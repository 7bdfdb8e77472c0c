"""The export dialog starts on the format used last, in this run and the next, and its cursor
starts on the chosen format (a tester's report on issue 15, point 13): the format was kept on
the app object only, so a restart forgot it; and the list's bold cursor sat on "Markdown"
while the ● was on PDF, so Markdown looked chosen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, RadioButton, RadioSet

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.export import ExportScreen
from tests.tui.reading import SIZE, reader_opened


class Result:
    def __init__(self, path: Path) -> None:
        self.path, self.omitted = path, ()


@pytest.fixture
def fake_export(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, Path]]:
    """Exports written to tmp_path, without typesetting: (format, path) each."""
    written: list[tuple[str, Path]] = []

    def write_summary(
        b: Briefing, fmt: str, target: Path, *, force: bool = False, paper: str = "a4"
    ) -> Result:
        written.append((fmt, target))
        target.write_text("summary")
        return Result(target)

    def default_target(b: Briefing, fmt: str, directory: Path) -> Path:
        return tmp_path / f"summary.{fmt}"

    monkeypatch.setattr(
        "briefing.tui.screens.export.export_api", lambda: (write_summary, default_target)
    )
    return written


def chosen_and_cursor(app: BriefingApp) -> tuple[list[str], list[str]]:
    """The ids of the formats marked ● and of those under the list's cursor."""
    buttons = list(app.screen.query_one(RadioSet).query(RadioButton))
    return (
        [str(button.id) for button in buttons if button.value],
        [str(button.id) for button in buttons if button.has_class("-selected")],
    )


async def open_dialog(app: BriefingApp, pilot: Pilot[Any]) -> None:
    await reader_opened(app, pilot, settle=0.1)  # (the saved settings come after the frame)
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(app.screen, ExportScreen)


async def test_the_cursor_starts_on_the_chosen_format(
    briefing: Briefing, fake_export: list[tuple[str, Path]]
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(app, pilot)
        assert app.focused is app.screen.query_one(RadioSet)
        assert chosen_and_cursor(app) == (["fmt-pdf"], ["fmt-pdf"])
        await pilot.press("up", "enter")  # the one above the chosen one: HTML
        await pilot.pause()
        assert chosen_and_cursor(app) == (["fmt-html"], ["fmt-html"])


async def test_the_last_format_is_kept_for_the_next_run(
    briefing: Briefing, fake_export: list[tuple[str, Path]], tmp_path: Path
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(app, pilot)
        field = app.screen.query_one("#export-path", Input)
        field.value = str(tmp_path / "mine.txt")  # the extension chooses plain text
        field.focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert fake_export == [("txt", tmp_path / "mine.txt")]
    app = BriefingApp(briefing=briefing)  # a new run, the same data folder
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog(app, pilot)
        assert chosen_and_cursor(app) == (["fmt-txt"], ["fmt-txt"])
        assert app.screen.query_one("#export-path", Input).value == str(tmp_path / "summary.txt")
