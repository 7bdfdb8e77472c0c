"""A paste in the library offers to add the text or the page at a pasted address (tui/paste.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.tui.app import BriefingApp
from briefing.tui.paste import offer_paste
from briefing.tui.screens.confirm import ConfirmScreen
from tests.unit.web_server import ARTICLE, Route, serve

TEXT = (
    "Armenia Tries Looking West\n\n"
    "Armenia has long relied on Russia for its security, but that reliance has faltered. "
    "Yerevan now courts Washington and Paris, while Moscow warns of consequences.\n"
)


@pytest.fixture(autouse=True)
def _steady(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BriefingApp, "CURSOR_BLINK", False)


async def _paste(
    app: BriefingApp, pilot: object, text: str, answer: str
) -> tuple[list[Path], str]:
    """Paste `text`, answer the question with the key `answer`; (files added, question)."""
    added: list[Path] = []
    screen = app.screen
    assert offer_paste(screen, text, app.library, added.append)
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, ConfirmScreen)
    question = app.screen.question
    await pilot.press(answer)  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]
    return added, question


async def test_pasted_text_is_added_after_asking(tmp_path: Path) -> None:
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        added, question = await _paste(app, pilot, TEXT, "y")
        notes = [str(note.message) for note in app._notifications]
    saved = tmp_path / "armenia-tries-looking-west.txt"
    assert question.startswith("Add the pasted text (29 words: “Armenia Tries Looking West")
    assert added == [saved] and saved.read_text() == TEXT
    assert notes[-1] == "Saved armenia-tries-looking-west.txt: Armenia Tries Looking West"


async def test_no_adds_nothing(tmp_path: Path) -> None:
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        added, _ = await _paste(app, pilot, TEXT, "n")
    assert added == [] and list(tmp_path.glob("*.*")) == []


async def test_a_pasted_address_is_fetched_and_a_failure_one_notification(
    tmp_path: Path,
) -> None:
    app = BriefingApp(library=tmp_path)
    with serve({"/page.html": Route(ARTICLE.encode())}) as server:
        async with app.run_test(size=(120, 40)) as pilot:
            added, question = await _paste(app, pilot, f"  {server.url('/page.html')}\n", "y")
            assert question == f"Add the page at {server.url('/page.html')} to the library?"
            await _paste(app, pilot, server.url("/gone"), "y")
            notes = [str(note.message) for note in app._notifications]
    assert [path.suffix for path in added] == [".md"]
    assert notes[-1] == f"{server.url('/gone')}: the server answered 404 Not Found"


def test_the_clipboard_is_read_with_the_first_program_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from briefing.tui import paste

    program = tmp_path / "xclip"
    program.write_text("#!/bin/sh\nprintf 'https://example.org/a'\n")
    program.chmod(0o755)
    found = {"xclip": str(program)}
    monkeypatch.setattr(paste.shutil, "which", found.get)
    assert paste.read_clipboard() == "https://example.org/a"
    monkeypatch.setattr(paste.shutil, "which", lambda name: None)
    assert paste.read_clipboard() is None


async def test_a_paste_in_the_library_adds_a_row_for_the_new_article(tmp_path: Path) -> None:
    from textual import events
    from textual.widgets import DataTable

    library = tmp_path / "lib"
    library.mkdir()
    (library / "older.txt").write_text(TEXT.replace("Armenia Tries", "Georgia Tries"))
    app = BriefingApp(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        table = app.screen.query_one(DataTable)
        table.post_message(events.Paste(TEXT))
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        saved = library / "armenia-tries-looking-west.txt"
        assert saved.read_text() == TEXT
        assert table.row_count == 2
        assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value == str(saved)
        assert "Armenia Tries Looking West" in str(table.get_row(str(saved))[0])


async def test_ctrl_v_reads_the_clipboard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.tui import paste

    monkeypatch.setattr(paste, "read_clipboard", lambda: None)
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+v")
        await pilot.pause()
        assert "Nothing to paste" in str(list(app._notifications)[-1].message)
        monkeypatch.setattr(paste, "read_clipboard", lambda: TEXT)
        await pilot.press("ctrl+v")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith("Add the pasted text (29 words")
