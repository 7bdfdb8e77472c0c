"""Issue 16, point 6, in the reader: the export dialog's summary carries the reader's notes
(the dialog calls the same `write_summary` as `briefing export`, which reads the store)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from briefing.model import Briefing
from briefing.store import add_note, open_store, register
from briefing.tui.app import BriefingApp
from tests.tui.reading import SIZE


async def test_the_export_dialog_writes_the_notes_part(briefing: Briefing, tmp_path: Path) -> None:
    words = briefing.article.paragraphs[1].text[:9]
    with open_store() as store:
        key = register(store, briefing.article, opened=True)
        add_note(store, key, 1, 0, 9, words, "Brand's doubts, \x1b[2J quoted twice")
    target = tmp_path / "mine.md"
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path", Input)
        field.value = str(target)
        field.focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    text = target.read_text(encoding="utf-8")
    part = text.split("## Notes\n\n", 1)[1]
    assert part.startswith(f"> {words}\n\nBrand's doubts, ␛\\[2J quoted twice\n\n(¶ 2")
