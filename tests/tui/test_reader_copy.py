"""`y` (issue 16, point 5): the current item is copied with its citation."""

from __future__ import annotations

from textual.geometry import Offset
from textual.selection import Selection
from textual.widgets import OptionList

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from tests.tui.annotating import FIRST, paragraph_view, stored
from tests.tui.briefings import PARAGRAPHS
from tests.tui.reading import SIZE, reader

# y: copy with the citation


async def test_y_copies_the_current_sentence_with_its_citation(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("y")
        expected = (
            f"“{PARAGRAPHS[0][:FIRST]}” — Jane Analyst, “Ruritania and Freedonia: A Fragile"
            " Accord”, Test Institute, 1 May 2023, ¶ 1"
        )
        assert app.clipboard == expected
        messages = [notification.message for notification in app._notifications]
        assert any(message.startswith("Copied the sentence") for message in messages)


async def test_y_copies_the_quote_focused_in_the_quotes_tab(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("quotation_mark", "down", "y")
        assert app.clipboard.startswith("Otto Brand: “fragile at best” — Jane Analyst")
        assert app.clipboard.endswith("¶ 2")


async def test_y_copies_the_judgment_focused_in_the_so_whatview(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        listing = app.screen.query_one(OptionList)
        judgment = briefing.so_what.key_judgments[1]
        index = next(i for i, span in app.screen.spans.items() if span == judgment.span)
        listing.highlighted = index
        await pilot.press("y")
        words = PARAGRAPHS[5][judgment.span.start : judgment.span.end]
        assert app.clipboard.startswith(f"“{words}” — Jane Analyst")
        assert app.clipboard.endswith("¶ 6")
        messages = [notification.message for notification in app._notifications]
        assert any(message.startswith("Copied the judgment") for message in messages)


async def test_y_copies_the_highlight_under_the_cursor(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        view = paragraph_view(app, 0)
        start = PARAGRAPHS[0].index("a border accord")
        end = start + len("a border accord")
        screen.selections = {view: Selection(Offset(start, 0), Offset(end, 0))}
        await pilot.press("h", "y")
        assert app.clipboard.startswith("“a border accord” — ")
