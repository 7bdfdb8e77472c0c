"""Section labels: a long author heading shows in its short form where space is short (the
section list and the palette), and whole in the header."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from briefing.analysis.pipeline import analyze
from briefing.ingest import load_article
from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.section_list import SectionList
from tests.tui.reading import SIZE, header_text, reader

LONG = (
    "How the appellate body lost its quorum and what dispute settlement performance now "
    "looks like"
)
ARTICLE = f"""# Trade rules under strain

## {LONG}

The appellate body of the trade organisation stopped working in December 2019 when the terms
of its last members expired. Members have since appealed panel reports into the void.

Trade lawyers say the system can still resolve disputes, but only when both parties agree to
abide by the outcome. Many do not.

## Interim arrangements

Some members joined an interim appeal arrangement. It has heard few cases so far, and its
future depends on wider reform talks.
"""


def long_heading_briefing(tmp_path: Path) -> Briefing:
    path = tmp_path / "long-heading.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return analyze(load_article(path))


async def test_a_long_heading_is_short_in_the_list_and_palette_whole_in_the_header(
    tmp_path: Path,
) -> None:
    briefing = long_heading_briefing(tmp_path)
    first = briefing.sections[0]
    assert first.title == LONG and first.short_title, "the analysis gives a short form"
    short = first.label
    assert len(short.split()) <= 6
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listing = app.screen.query_one(SectionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert prompts[0] == f"1 {short}"
        assert prompts[1] == "2 Interim arrangements"  # a short heading is itself
        assert LONG in header_text(app)  # the header keeps the full title

        await pilot.press("2")
        assert reader(app).section == 1
        await pilot.press("ctrl+p")
        await pilot.press(*"Go to section: ")
        palette = app.screen.query_one(OptionList)
        for _ in range(100):
            await pilot.pause(0.05)
            if palette.option_count:
                break
        shown = [
            str(palette.get_option_at_index(i).prompt) for i in range(palette.option_count)
        ]
        assert any(f"Go to section: {short}" in text for text in shown), shown
        assert not any("quorum" in text for text in shown), "the palette shows the short form"
        await pilot.press("escape")
        await pilot.pause()
        reader(app).action_section(1)
        await pilot.pause()
        assert LONG in header_text(app)
