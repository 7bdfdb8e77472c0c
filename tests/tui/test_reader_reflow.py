"""Hiding or showing a panel (`c`, `p`), focus mode (`f`) and a terminal resize reflow the text;
the line that was at the top stays at the top, mid-paragraph too, instead of the view going
back to the paragraph's start or its section's title (issue 15, tester item 10)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from briefing.model import (
    Article,
    Briefing,
    Metadata,
    Paragraph,
    Section,
    SoWhat,
    Span,
)
from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.paragraph import ParagraphView
from tests.tui.reading import reader

WORDS = (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu"
).split()


def long_paragraph(index: int) -> str:
    """About 900 characters, every word numbered so each line starts differently."""
    return " ".join(f"{WORDS[n % len(WORDS)]}{index}x{n}" for n in range(90)) + "."


def long_briefing() -> Briefing:
    paragraphs = tuple(Paragraph(index, long_paragraph(index)) for index in range(14))
    return Briefing(
        article=Article(Metadata(title="Long paragraphs"), paragraphs),
        sentences=(),
        sections=(Section("First part", 0, 4), Section("Second part", 4, 14)),
        actors=(),
        quotes=(),
        so_what=SoWhat(),
        timeline=(),
    )


def view_of(screen: ReaderScreen, paragraph: int) -> ParagraphView:
    return list(screen.article.query(ParagraphView))[paragraph]


def word_offset(paragraph: int, n: int) -> int:
    return long_paragraph(paragraph).index(f"{WORDS[n % len(WORDS)]}{paragraph}x{n} ")


def line_y(screen: ReaderScreen, paragraph: int, offset: int) -> int:
    """The line of the scrolled text holding character `offset` of `paragraph`."""
    view = view_of(screen, paragraph)
    return view.virtual_region.y + view.line_of(offset)


async def put_at_top(pilot: Pilot[Any], screen: ReaderScreen, paragraph: int, n: int) -> int:
    """Scroll so the line holding word `n` of `paragraph` is at the top; the offset of the
    line's first word."""
    view = view_of(screen, paragraph)
    line = view.line_of(word_offset(paragraph, n))
    offsets = [word_offset(paragraph, k) for k in range(89)]  # (the last word ends in ".")
    offset = min(found for found in offsets if view.line_of(found) == line)
    screen.article.scroll_to(y=line_y(screen, paragraph, offset), animate=False, immediate=True)
    await pilot.pause()
    assert screen.article.scroll_y == line_y(screen, paragraph, offset)
    return offset


async def settled(pilot: Pilot[Any]) -> None:
    for _ in range(6):
        await pilot.pause(0.02)


@pytest.mark.parametrize("keys", [("c",), ("p",), ("f",), ("c", "c"), ("f", "f")])
async def test_a_panel_key_keeps_the_top_line(keys: tuple[str, ...]) -> None:
    app = BriefingApp(briefing=long_briefing())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        offset = await put_at_top(pilot, screen, 5, 40)  # mid-paragraph, in §2
        width = screen.article.size.width
        for key in keys:
            await pilot.press(key)
            await settled(pilot)
        if len(keys) == 1:
            assert screen.article.size.width != width, "the text reflowed"
        assert screen.article.scroll_y == line_y(screen, 5, offset)
        assert screen.article.top_paragraph == 5 and screen.section == 1


async def test_a_terminal_resize_keeps_the_top_line() -> None:
    app = BriefingApp(briefing=long_briefing())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = reader(app)
        offset = await put_at_top(pilot, screen, 2, 50)
        await pilot.resize_terminal(140, 30)
        await settled(pilot)
        assert screen.article.scroll_y == line_y(screen, 2, offset)
        await pilot.resize_terminal(80, 30)
        await settled(pilot)
        assert screen.article.scroll_y == line_y(screen, 2, offset)


async def test_a_section_title_at_the_top_stays_at_the_top() -> None:
    app = BriefingApp(briefing=long_briefing())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("2")
        await settled(pilot)
        title = screen.article.query_one("#s1")
        top = screen.article.scroll_y
        assert top == title.virtual_region.y - title.styles.margin.top
        await pilot.press("c")
        await settled(pilot)
        assert screen.article.scroll_y == title.virtual_region.y - title.styles.margin.top


async def test_scrolling_after_a_panel_key_goes_on_from_the_kept_line() -> None:
    app = BriefingApp(briefing=long_briefing())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        offset = await put_at_top(pilot, screen, 5, 40)
        await pilot.press("c")
        await settled(pilot)
        await pilot.press("j", "j")
        assert screen.article.scroll_y == line_y(screen, 5, offset) + 2


async def test_the_current_sentence_stays_current_and_on_screen() -> None:
    app = BriefingApp(briefing=long_briefing())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("c")  # the text alone in its column: 76 characters
        await settled(pilot)
        view = screen.article
        height = view.scrollable_content_region.height
        view.scroll_to(y=line_y(screen, 8, 0) - height + 1, animate=False, immediate=True)
        await pilot.pause()
        sentence = Span(8, 0, len(long_paragraph(8)))
        screen.set_sentence(sentence)  # on the last line of the view
        for key in ("c", "c", "f", "f"):  # narrower (more lines), wider, ...
            await pilot.press(key)
            await settled(pilot)
            assert screen.sentence_cursor == sentence, key
            top, bottom = screen.article.visible_range()
            assert top <= line_y(screen, 8, 0) < bottom, key
