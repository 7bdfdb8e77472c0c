"""Issue 15, point 14: the library's table cuts with "…", names duplicate titles' files,
counts what the filter shows and sorts by title, source or date."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content
from textual.widgets import DataTable, Static

from briefing.tui.app import BriefingApp
from briefing.tui.library_rows import fit, name_duplicates, sorted_paths
from tests.tui.reading import run_palette_command


def write(folder: Path, name: str, title: str, date: str, source: str) -> None:
    body = "The talks went on for a second day and the two sides met again at noon. " * 3
    (folder / name).write_text(
        f"---\ntitle: {title}\ndate: {date}\nsource: {source}\n---\n\n{body}\n", encoding="utf-8"
    )


def test_fit_cuts_with_an_ellipsis() -> None:
    cut = fit(Content("A very long title indeed"), 10)
    assert isinstance(cut, Content) and cut.cell_length == 10 and cut.plain.endswith("…")
    assert fit(Content("short"), 10) == Content("short")


def test_duplicates_and_sorting() -> None:
    class Row:
        def __init__(self, title: str, source: str, published: str) -> None:
            self.title, self.source, self.published = title, source, published

    rows = {
        Path("a.md"): Row("Same", "Zeta", "2021-01-01"),
        Path("b.md"): Row("same", "Alpha", "2023-05-01"),
        Path("c.md"): Row("Other", "Mid", ""),
    }
    assert name_duplicates({p: r.title for p, r in rows.items()}) == {Path("a.md"), Path("b.md")}
    assert sorted_paths(rows, "date", rows) == [Path("b.md"), Path("a.md"), Path("c.md")]
    assert sorted_paths(rows, "source", rows) == [Path("b.md"), Path("c.md"), Path("a.md")]
    assert sorted_paths(rows, "title", rows)[0] == Path("c.md")


async def test_library_table_cuts_names_counts_and_sorts(tmp_path: Path) -> None:
    long = "An Exceptionally Long Title About Grain Corridors And Naval Escorts In The Black Sea"
    write(tmp_path, "a.md", long, "2021-03-01", "Alpha Review")
    write(tmp_path, "b.md", "Same Title", "2023-05-01", "Beta Post")
    write(tmp_path, "c.md", "Same Title", "2022-01-01", "Gamma Daily")
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        titles = [table.get_row_at(row)[0] for row in range(table.row_count)]
        cut = [title for title in titles if "Exceptionally" in str(title)]
        assert cut and str(cut[0]).endswith("…")
        same = sorted(str(title) for title in titles if "Same Title" in str(title))
        assert "b.md" in same[0] and "c.md" in same[1]
        await pilot.press(*"same")
        await pilot.pause()
        status = str(app.screen.query_one("#library-title", Static).render())
        assert "2 shown" in status and table.row_count == 2
        await pilot.press("escape")
        await run_palette_command(app, pilot, "Sort: by date")
        await pilot.pause()
        keys = [Path(str(key.value)).name for key in table.rows]
        assert keys == ["b.md", "c.md", "a.md"]
