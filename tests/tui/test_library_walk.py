"""What a new user met in the library (issue 15, tester's walk): counts, duplicate titles at
every width, relevance while searching, and `q` as the first letter of a filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from briefing.tui.app import BriefingApp
from tests.tui.reading import SIZE

BODY = "The talks went on for a second day and the two sides met again at noon. " * 3


def write(folder: Path, name: str, title: str, body: str = BODY, date: str = "") -> Path:
    dated = f"date: {date}\n" if date else ""
    path = folder / name
    path.write_text(f"---\ntitle: {title}\n{dated}---\n\n{body}\n", encoding="utf-8")
    return path


def status(app: BriefingApp) -> str:
    return str(app.screen.query_one("#library-title", Static).render())


async def test_one_article_is_counted_in_the_singular(tmp_path: Path) -> None:
    write(tmp_path, "one.md", "Grain Corridor Reopens")
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert f"Library: {tmp_path.name} · 1 article" in status(app)
        assert "1 articles" not in status(app)
        await pilot.press("slash", *"grain")
        await pilot.pause()
        assert "· 1 hit ·" in status(app), status(app)


async def test_a_search_ranks_by_relevance_whatever_the_sort(tmp_path: Path) -> None:
    from textual.widgets import DataTable

    from tests.tui.reading import run_palette_command

    write(tmp_path, "bomb.md", "Will Tehran Build the Bomb?",
          BODY + "Enrichment of uranium goes on at two sites.", "2024-05-01")  # fmt: skip
    write(tmp_path, "coup.md", "The Coup and the Uranium Mines",
          BODY + "Uranium is half of the exports; uranium prices rose.", "2023-01-01")  # fmt: skip
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(DataTable)

        def order() -> list[str]:
            return [Path(str(key.value)).name for key in table.rows]

        await run_palette_command(app, pilot, "Sort: by date")
        await pilot.pause()
        assert order() == ["bomb.md", "coup.md"]
        await pilot.press("slash", *"uranium")
        await pilot.pause()
        assert order() == ["coup.md", "bomb.md"], "best match first"
        assert "by relevance" in status(app) and "by date" not in status(app)
        await pilot.press("escape")
        await pilot.pause()
        assert order() == ["bomb.md", "coup.md"], "the chosen sort again"
        assert "by date" in status(app)


async def test_q_is_a_letter_of_the_filter_and_ctrl_q_quits(tmp_path: Path) -> None:
    """Help says any letter typed on the list goes to the filter line: "qatar" must not quit.
    Quitting stays on ctrl+q, which the footer shows instead of q."""
    from textual.widgets import Input

    from briefing.tui.widgets.key_footer import shown_bindings

    write(tmp_path, "gas.md", "Qatar Sells Gas to Europe")
    write(tmp_path, "oil.md", "Oil Prices Fall Again")
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        keys = {(key, label) for key, label, *_ in shown_bindings(app.screen)}
        assert ("ctrl+q", "Quit") in keys and ("q", "Quit") not in keys
        await pilot.press(*"qatar")
        await pilot.pause()
        assert app.is_running
        assert app.screen.query_one("#filter", Input).value == "qatar"
        assert "1 shown" in status(app)
        await pilot.press("escape")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


def test_the_part_of_a_name_that_tells_twins_apart() -> None:
    from briefing.tui.library_rows import file_tag

    long, copy = Path("warsaw-pushes-for-border-fortification.txt"), Path(
        "warsaw-pushes-for-border-fortification-2.txt"
    )
    assert file_tag(long, (copy,), 60) == long.name, "whole when it fits"
    assert file_tag(copy, (long,), 14) == "…tion-2.txt"
    assert file_tag(long, (copy,), 14) == "…tion.txt"
    assert file_tag(copy, (long,), 8) == "…n-2.txt" and file_tag(long, (copy,), 8) == "…ion.txt"
    assert file_tag(copy, (long,), 6) != file_tag(long, (copy,), 6), "narrow: still apart"
    early = file_tag(Path("a-" + long.name), (Path("b-" + long.name),), 12)
    assert early == "a-warsaw-pu…", "a difference at the start is kept, the end cut"


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40), (200, 60)])
async def test_duplicate_titles_are_told_apart_at_every_width(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from textual.widgets import DataTable

    title = "Warsaw Pushes for Faster Border Fortification"
    write(tmp_path, "warsaw-pushes-for-faster-border-fortification.md", title)
    write(tmp_path, "warsaw-pushes-for-faster-border-fortification-2.md", title)
    write(tmp_path, "other.md", "An Exceptionally Long Title About Grain Corridors And Naval Escorts")
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        width = table.columns["title"].width
        cells = [table.get_row_at(row)[0] for row in range(table.row_count)]
        texts = [str(cell) for cell in cells]
        twins = [text for text in texts if text.startswith("Warsaw")]
        assert len(twins) == 2 and twins[0] != twins[1], twins
        assert all(cell.cell_length <= width for cell in cells)
        assert any(text.endswith("-2.md") for text in twins), twins
        other = next(text for text in texts if text.startswith("An "))
        assert other.endswith("…") or size[0] >= 200
