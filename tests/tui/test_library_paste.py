"""A paste in the library as terminals send it: line breaks as CR (xterm's and tmux's bracketed
paste), sometimes CRLF. The article is titled and saved as if the breaks were newlines."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from briefing.tui.app import BriefingApp
from briefing.tui.screens.confirm import ConfirmScreen
from tests.tui.reading import SIZE, wait_until

LINES = [
    "Ministers Clash Over Lagoon Plan",
    "",
    "The cabinet met on Tuesday to settle the lagoon plan, but ministers disagreed "
    "sharply over its cost and over who would pay for the sea wall.",
    "",
    "The finance minister said the plan could not go ahead this year.",
]


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
async def test_a_paste_with_cr_line_breaks_is_titled_and_saved_with_newlines(
    tmp_path: Path, newline: str
) -> None:
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.screen.post_message(events.Paste(newline.join(LINES) + newline))
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        saved = tmp_path / "ministers-clash-over-lagoon-plan.txt"
        await wait_until(pilot, saved.exists)
        await app.workers.wait_for_complete()
        await pilot.pause()
        notes = [str(note.message) for note in app._notifications]
    assert notes[-1] == f"Saved {saved.name}: Ministers Clash Over Lagoon Plan"
    data = saved.read_bytes()
    assert b"\r" not in data
    assert data.decode() == "\n".join(LINES) + "\n"
