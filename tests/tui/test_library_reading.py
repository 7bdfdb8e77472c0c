"""The library shows which articles are new, how far each was read and which are done; going
back to the library (a second escape) keeps the reader's place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from briefing.store.model import Position, StoredArticle
from briefing.tui import reading_place
from briefing.tui.app import BriefingApp
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.library_reading import read_label
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.article_view import ArticleView

SIZE = (100, 24)


def _write(folder: Path, name: str, title: str) -> Path:
    paragraphs = [
        f"Paragraph {n} of {title} says that the negotiators met again in the capital to discuss"
        " the corridor, the ports and the insurance of the convoys, and talks went on late."
        for n in range(1, 25)
    ]
    path = folder / name
    path.write_text(f"{title}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder, "corridor.txt", "Corridor Talks Go On")
    _write(folder, "ports.txt", "Ports Reopen Slowly")
    return folder


def _read_column(app: BriefingApp) -> dict[str, str]:
    table = app.screen.query_one(DataTable)
    return {
        Path(str(key.value)).name: str(table.get_cell(key, "read"))
        for key in table.rows
    }


async def _settled(app: BriefingApp, pilot: Pilot[Any]) -> None:
    await app.workers.wait_for_complete()
    for _ in range(50):
        screen = app.screen
        if isinstance(screen, LibraryScreen) and screen.reading is not None:
            break
        if isinstance(screen, ReaderScreen) and screen.reading_place.key is not None:
            break
        await pilot.pause(0.02)
    await pilot.pause()


async def _open(app: BriefingApp, pilot: Pilot[Any], name: str) -> None:
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    table = screen.query_one(DataTable)
    table.move_cursor(row=table.get_row_index(str(screen.directory / name)))
    await pilot.press("enter")
    assert isinstance(app.screen, ReaderScreen)
    await _settled(app, pilot)


def test_read_labels() -> None:
    def stored(paragraph: int | None, paragraphs: int = 11) -> StoredArticle:
        position = None if paragraph is None else Position(0, paragraph, 0.0)
        return StoredArticle("k", "/a.txt", "A", paragraphs, 0.0, position)

    assert read_label(None) == "new"
    assert read_label(stored(None)) == "0%"
    assert read_label(stored(4)) == "40%"
    assert read_label(stored(10)) == "read"


@pytest.fixture(autouse=True)
def quick_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    """What is on screen is looked at every 0.05 s (0.4 s in use), so the tests can be quick."""
    monkeypatch.setattr(reading_place, "SEEN_EVERY", 0.05)


async def _read(pilot: Pilot[Any], *keys: str) -> None:
    """Press the keys, staying on each screen long enough for it to count as seen."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause(0.2)


async def test_new_then_progress_then_read(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    app = BriefingApp(library=folder)
    async with app.run_test(size=SIZE) as pilot:
        await _settled(app, pilot)
        assert _read_column(app) == {"corridor.txt": "new", "ports.txt": "new"}
        await _open(app, pilot, "corridor.txt")
        await _read(pilot, "space", "space")
        await pilot.press("escape")
        await _settled(app, pilot)
        column = _read_column(app)
        assert column["ports.txt"] == "new"
        assert column["corridor.txt"].endswith("%") and column["corridor.txt"] != "0%"
        await _open(app, pilot, "ports.txt")
        await _read(pilot, "G")  # a jump to the end shows the end, not what comes before it
        await pilot.press("escape")
        await _settled(app, pilot)
        assert _read_column(app)["ports.txt"] not in ("read", "new")
        await _open(app, pilot, "ports.txt")
        await _read(pilot, "g", *["space"] * 12)  # read through, page by page, to the end
        await pilot.press("escape")
        await _settled(app, pilot)
        assert _read_column(app)["ports.txt"] == "read"


async def test_a_jump_to_a_late_hit_is_not_read_and_a_short_text_is(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    (folder / "note.txt").write_text("A Short Note\n\nOne paragraph, all on screen.\n")
    app = BriefingApp(library=folder)
    async with app.run_test(size=SIZE) as pilot:
        await _settled(app, pilot)
        await _open(app, pilot, "corridor.txt")
        await pilot.press("slash", *"Paragraph 20 ")
        await _read(pilot, "enter")  # a hit near the end
        assert app.screen.query_one(ArticleView).top_paragraph > 15
        await pilot.press("escape", "escape")
        await _settled(app, pilot)
        label = _read_column(app)["corridor.txt"]
        assert label.endswith("%") and int(label[:-1]) < 50, label  # was 79%: the place's share
        await _open(app, pilot, "note.txt")
        await pilot.pause(0.2)
        await pilot.press("escape")
        await _settled(app, pilot)
        assert _read_column(app)["note.txt"] == "read"  # was 0%: it never scrolled


async def test_going_back_to_the_library_keeps_the_place(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    app = BriefingApp(library=folder)
    async with app.run_test(size=SIZE) as pilot:
        await _settled(app, pilot)
        await _open(app, pilot, "corridor.txt")
        await pilot.press("space", "space", "slash", *"ports", "enter")
        await pilot.pause()
        place = app.screen.query_one(ArticleView).top_paragraph
        assert place > 0
        await pilot.press("escape")  # clears the search
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")  # the second goes back to the library
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")  # and a third on the library changes nothing
        await _open(app, pilot, "corridor.txt")
        for _ in range(50):
            if app.screen.query_one(ArticleView).top_paragraph == place:
                break
            await pilot.pause(0.02)
        assert app.screen.query_one(ArticleView).top_paragraph == place


async def test_the_end_reopens_at_the_end(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    app = BriefingApp(library=folder)
    async with app.run_test(size=SIZE) as pilot:
        await _settled(app, pilot)
        await _open(app, pilot, "ports.txt")
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("escape")
        await _settled(app, pilot)
        await _open(app, pilot, "ports.txt")
        view = app.screen.query_one(ArticleView)
        for _ in range(50):
            if view.at_end():
                break
            await pilot.pause(0.02)
        assert view.at_end()
