"""The current sentence after upward jumps and scrolling (issue 16, point 4; a tester's report).

After any jump the current sentence is the jump's target (`g`: the article's first sentence; a
mark: the first sentence of the marked paragraph; `''`: the sentence current before the jump);
after plain scrolling that leaves it off screen, the first sentence whose line is at the top.
The store is in the test's own folder (BRIEFING_DATA_DIR, set by tests/conftest.py).
"""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from briefing.model import Briefing, Span
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from tests.tui.briefings import PARAGRAPHS
from tests.tui.reading import reader, reader_opened

SMALL = (80, 16)  # the text scrolls
FIRST = PARAGRAPHS[0].index(". ") + 1


async def _opened(app: BriefingApp, pilot: Pilot[Any]) -> None:
    await reader_opened(app, pilot, settle=0.05)


def _top_sentence(app: BriefingApp) -> Span | None:
    """The first sentence whose first line is on screen, as the view shows it now."""
    screen = reader(app)
    return screen._visible_sentence(*screen._visible_paragraphs())


async def test_g_after_G_puts_the_cursor_on_the_first_sentence(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("G")
        await pilot.pause()
        screen = reader(app)
        assert screen.query_one(ArticleView).top_paragraph > 0
        assert screen.sentence_cursor is not None and screen.sentence_cursor.paragraph > 0
        await pilot.press("g")
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one(ArticleView).scroll_y == 0
        assert screen.sentence_cursor == Span(0, 0, FIRST)


async def test_an_upward_mark_jump_puts_the_cursor_on_the_marked_paragraph(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        second = briefing.sections[1].first
        await pilot.press("2", "m", "b", "G")
        await pilot.pause()
        screen = reader(app)
        await pilot.press("right_parenthesis")  # a sentence of its own before the jump
        before = screen.sentence_cursor
        assert before is not None and before.paragraph > second
        await pilot.press("apostrophe", "b")
        await pilot.pause()
        cursor = screen.sentence_cursor
        assert cursor is not None and (cursor.paragraph, cursor.start) == (second, 0)
        await pilot.press("apostrophe", "apostrophe")  # back: the sentence current before
        await pilot.pause()
        assert screen.sentence_cursor == before


async def test_scrolling_up_past_the_cursor_brings_it_to_the_top_line(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("G")
        await pilot.pause()
        screen = reader(app)
        view = screen.query_one(ArticleView)
        moved = 0
        for _ in range(60):  # line by line: a cursor that leaves goes to the top line
            if view.scroll_y == 0:
                break
            before = screen.sentence_cursor
            await pilot.press("k")
            cursor = screen.sentence_cursor
            assert cursor is not None
            assert screen._sentence_visible(cursor, *screen._visible_paragraphs())
            if cursor != before:
                moved += 1
                assert cursor == _top_sentence(app)
        assert moved > 0 and view.scroll_y == 0


async def test_a_section_key_right_after_g_is_not_undone(briefing: Briefing) -> None:
    """`g` scrolls at once: a late scroll to the top used to land after a section key typed
    straight after it, leaving the header on §2 over §1's text."""
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("G")
        await pilot.pause()
        screen = reader(app)
        view = screen.query_one(ArticleView)
        screen.action_scroll("home")
        assert view.scroll_y == 0, "at the top before the next refresh"
        screen.action_section(2)
        await pilot.pause()
        await pilot.pause()
        assert view.top_paragraph == briefing.sections[1].first and screen.section == 1

