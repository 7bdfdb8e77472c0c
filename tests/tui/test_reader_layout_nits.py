"""The reader's layout at every width (issue 15, tester item 19): the header's line fits, whole
parts left out before a word is cut; the text's scrollbar keeps its distance from the text."""

from __future__ import annotations

import pytest

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_header import fitting_byline
from tests.tui.reading import header_text, reader


def test_the_byline_loses_reading_time_then_date_then_source(briefing: Briefing) -> None:
    full = "Jane Analyst · Test Institute · 2023-05-01 · 1 min read"
    assert fitting_byline(briefing, 200) == full
    assert fitting_byline(briefing, len(full)) == full
    assert fitting_byline(briefing, len(full) - 1) == "Jane Analyst · Test Institute · 2023-05-01"
    assert fitting_byline(briefing, 30) == "Jane Analyst · Test Institute"
    assert fitting_byline(briefing, 12) == "Jane Analyst"
    assert fitting_byline(briefing, 11) == ""


@pytest.mark.parametrize("width", [60, 70, 80, 90, 100, 120])
async def test_the_header_line_fits_without_cutting_a_word(briefing: Briefing, width: int) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        line = header_text(app).splitlines()[1]
        assert "…" not in line
        assert line.startswith("§1/3 The accord is signed")
        assert len(line) <= width - 2  # (the header's padding)
        byline = line.removeprefix("§1/3 The accord is signed").strip()
        parts = ["Jane Analyst", "Test Institute", "2023-05-01", "1 min read"]
        kept = byline.split(" · ") if byline else []
        assert kept == parts[: len(kept)], "whole parts, the least important gone first"
        if width >= 100:
            assert kept == parts


async def test_the_header_follows_a_resize(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        assert "1 min read" in header_text(app)
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        assert "min read" not in header_text(app) and "…" not in header_text(app)
        await pilot.resize_terminal(120, 24)
        await pilot.pause()
        assert "1 min read" in header_text(app)
        await pilot.press("3")
        assert "§3/3" in header_text(app)


@pytest.mark.parametrize("key", ["a", "t", "p"])
async def test_a_panel_shown_by_hand_at_80_columns_leaves_a_readable_measure(
    briefing: Briefing, key: str
) -> None:
    from briefing.tui.widgets.paragraph import ParagraphView

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press(key)
        await pilot.pause()
        assert screen.query_one("#side").display
        paragraph = screen.article.query(ParagraphView).first()
        # the side panel keeps its tab labels whole (at 20 cells they were cut); the text has
        # the rest
        assert screen.query_one("#side").outer_size.width >= 30
        assert paragraph.size.width >= 44


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 30), (160, 24), (200, 20)])
async def test_one_column_between_the_text_and_its_scrollbar(
    briefing: Briefing, size: tuple[int, int]
) -> None:
    from briefing.tui.widgets.paragraph import ParagraphView

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        paragraph = screen.article.query(ParagraphView).first().region
        scrollbar = screen.article.vertical_scrollbar.region
        assert scrollbar.x == paragraph.right + 1, "one column between"
        side = screen.query_one("#side")
        if side.display:
            assert side.region.x == scrollbar.right, "the scrollbar against the side panel"
