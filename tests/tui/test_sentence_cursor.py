"""The sentence cursor (issue 16, point 4): where it starts, how it moves, and that it
follows jumps and stays on screen.

The hand-built briefing's `sentences` is empty: the reader splits paragraphs itself then, as it
does before the analysis arrives.
"""

from __future__ import annotations

from briefing.model import Briefing, Span
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from tests.tui.annotating import FIRST, SECOND, paragraph_view, stored
from tests.tui.briefings import PARAGRAPHS
from tests.tui.reading import SIZE, reader

# The sentence cursor


async def test_the_cursor_starts_at_the_first_sentence_and_moves_by_sentence(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        assert screen.sentence_cursor == Span(0, 0, FIRST)
        assert paragraph_view(app, 0).sentence == (0, FIRST), "drawn on the paragraph"
        await pilot.press("right_parenthesis")
        assert screen.sentence_cursor == Span(0, *SECOND)
        await pilot.press("right_parenthesis")
        assert screen.sentence_cursor is not None and screen.sentence_cursor.paragraph == 1
        assert (
            paragraph_view(app, 0).sentence is None and paragraph_view(app, 1).sentence is not None
        )
        await pilot.press("left_parenthesis", "left_parenthesis")
        assert screen.sentence_cursor == Span(0, 0, FIRST)
        await pilot.press("left_parenthesis")  # the first sentence: it stays, and says so
        assert screen.sentence_cursor == Span(0, 0, FIRST)


async def test_the_cursor_follows_jumps(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        await pilot.press("3")  # section 3 starts at paragraph 4
        await pilot.pause()
        assert screen.sentence_cursor is not None
        assert screen.sentence_cursor.paragraph == briefing.sections[2].first
        assert screen.sentence_cursor.start == 0
        await pilot.press("slash", *"fragile", "enter")  # a search hit, in paragraph 1
        await pilot.pause()
        hit = PARAGRAPHS[1].index("fragile")
        cursor = screen.sentence_cursor
        assert cursor is not None and cursor.paragraph == 1 and cursor.start <= hit < cursor.end
        await pilot.press("escape")
        await pilot.press("t", "enter")  # the first timeline entry (by date): paragraph 0
        await pilot.pause()
        assert screen.sentence_cursor == Span(0, 0, FIRST)


async def test_scrolling_the_cursor_out_of_view_brings_it_back_on_screen(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 16)) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        await pilot.press("G")
        await pilot.pause()
        top = screen.query_one(ArticleView).top_paragraph
        cursor = screen.sentence_cursor
        assert top > 0 and cursor is not None and cursor.paragraph >= top


async def test_in_a_paragraph_taller_than_the_screen_the_cursor_stays_on_screen() -> None:
    from briefing.model import Article, Metadata, Paragraph
    from briefing.tui.screens.reader import provisional

    long = " ".join(
        f"Sentence {n} says that the convoys crossed the border before the ports were shut."
        for n in range(1, 41)
    )
    article = Article(Metadata(title="One Long Paragraph"), (Paragraph(0, long),))
    app = BriefingApp(briefing=provisional(article, "One long paragraph"))
    async with app.run_test(size=(80, 16)) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        view = screen.query_one(ArticleView)

        def on_screen() -> bool:
            cursor = screen.sentence_cursor
            assert cursor is not None
            line = screen._line_of(cursor)
            top, bottom = view.visible_range()
            return line is not None and top <= line < bottom

        assert screen.sentence_cursor == Span(0, 0, long.index(". ") + 1)
        for _ in range(8):  # the first sentences scroll away above
            await pilot.press("j")
            assert on_screen()
        assert screen.sentence_cursor is not None and screen.sentence_cursor.start > 0
        for _ in range(25):  # onwards by sentence: the text follows
            await pilot.press("right_parenthesis")
            assert on_screen()
        assert view.scroll_y > 8
        for _ in range(12):  # back up: the cursor comes up from below
            await pilot.press("k")
            assert on_screen()
