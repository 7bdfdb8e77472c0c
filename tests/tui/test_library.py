"""Pilot tests of the library: instant listing, errors shown, filter, full-text search, open."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import DataTable, Input, Static

from briefing.tui.app import BriefingApp
from briefing.tui.screens.library import LibraryScreen
from briefing.tui.screens.reader import ReaderScreen
from tests.tui.reading import run_palette_command

SIZE = (120, 40)


def titles(app: BriefingApp) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [str(table.get_row_at(row)[0]) for row in range(table.row_count)]


async def loaded(app: BriefingApp, pilot: object) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]


async def test_lists_articles_and_shows_failures(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        shown = titles(app)
        assert len(shown) == 3
        assert any(t.startswith("⚠ empty.txt") for t in shown), (
            "a bad file is listed with its error"
        )
        assert not any(t.endswith(".md") for t in shown if not t.startswith("⚠")), (
            "titles replace file names once read"
        )


async def test_rows_appear_before_the_files_are_read(tmp_path: Path) -> None:
    for number in range(500):
        (tmp_path / f"article-{number:03}.txt").write_text(f"Title {number}\n\nBody text.\n")
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.query_one(DataTable).row_count == 500
        await loaded(app, pilot)
        assert app.screen.query_one(DataTable).row_count == 500


async def test_typing_filters_the_list(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press(*"river")
        field = app.screen.query_one("#filter", Input)
        assert field.value == "river"
        assert len(titles(app)) == 1
        await pilot.press("escape")
        assert field.value == ""
        assert len(titles(app)) == 3


async def test_a_filter_typed_in_one_burst_keeps_every_key(library: Path) -> None:
    """ "iraq" arriving at once: the keys after the first were routed to the list before the
    filter took focus; none is lost, and the `q` does not quit."""
    from textual import events

    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        assert app._driver is not None
        for character in "iraq":
            app._driver.send_message(events.Key(character, character))
        await pilot.pause()
        assert app.is_running
        assert app.screen.query_one("#filter", Input).value == "iraq"
        await pilot.press("escape", "ctrl+q")
        assert not app.is_running, "ctrl+q quits the library (q is a letter of the filter)"


async def test_slash_searches_the_text_of_every_article(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("slash", *"mediate")  # only in the body of river-islands.txt
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and screen.full_text
        assert len(titles(app)) == 1
        assert "mediate" in str(screen.query_one("#preview").render())
        await pilot.press("enter", "enter")
        assert isinstance(app.screen, ReaderScreen)


async def test_enter_opens_the_reader_and_escape_comes_back(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        table = app.screen.query_one(DataTable)
        row = next(i for i, title in enumerate(titles(app)) if not title.startswith("⚠"))
        table.move_cursor(row=row)
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_opening_a_failed_file_says_why(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        row = next(i for i, title in enumerate(titles(app)) if title.startswith("⚠"))
        app.screen.query_one(DataTable).move_cursor(row=row)
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)
        assert any("empty.txt" in str(n.message) for n in app._notifications)


async def test_library_at_40x12_does_not_crash(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=(40, 12)) as pilot:
        await loaded(app, pilot)
        await pilot.press("slash", "a", "escape", "question_mark", "escape", "down", "enter")
        assert app.is_running


async def test_command_palette_opens_an_article_by_title(library: Path) -> None:

    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await run_palette_command(app, pilot, "Open: river")
        assert isinstance(app.screen, ReaderScreen)
        assert "river" in (app.screen.briefing.article.meta.title or "").lower()


async def test_a_relaunch_lists_from_the_index_before_any_file_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(5):
        (tmp_path / f"a-{number}.txt").write_text(
            f"Talks Resume in Vienna, Round {number}\n\nDiplomats met in Vienna again.\n"
        )
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
    monkeypatch.setattr(LibraryScreen, "load", lambda self: None)  # no refresh this time
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert titles(app) == [f"Talks Resume in Vienna, Round {number}" for number in range(5)]


async def test_the_reader_opens_the_stored_analysis(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.analysis import pipeline

    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)

        def fail(*_: object) -> object:
            raise AssertionError("analysed again")

        monkeypatch.setattr(pipeline, "analyze", fail)
        await run_palette_command(app, pilot, "Open: river")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.briefing.sentences, "the full analysis, not a provisional one"


async def test_indexing_shows_a_bar_and_a_count(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert not screen.has_class("-indexing")
        screen._indexed(1, 4, [])
        await pilot.pause()
        assert screen.has_class("-indexing")
        assert "3 articles · indexing 1/4" in str(screen.query_one("#library-title").render())
        screen._finished(None)
        await pilot.pause()
        assert not screen.has_class("-indexing")


async def test_search_results_follow_each_key_and_mark_the_hit(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("slash", *"media")  # a prefix of "mediate", still being typed
        await pilot.pause()
        assert len(titles(app)) == 1
        preview = app.screen.query_one("#preview", Static).render()
        assert isinstance(preview, Content) and preview.spans, "the hit is highlighted"
        await pilot.press(*" -river")
        await pilot.pause()
        assert titles(app) == []


async def test_a_corrupt_index_is_a_warning_and_the_library_still_opens(library: Path) -> None:
    from briefing.library.index import default_path

    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database" * 200)
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        assert any("rebuilt" in str(n.message) for n in app._notifications)
        assert len(titles(app)) == 3
        assert not any(t.endswith(".md") for t in titles(app) if not t.startswith("⚠"))
