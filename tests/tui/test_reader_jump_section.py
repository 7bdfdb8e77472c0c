"""After a jump to a sentence (a timeline entry, a quote, a so-what line, a hit), the header and
the section list name the section of the sentence jumped to, even where the text above it or
the end of the text would name another; scrolling (and `G`) name the text's section again
(issue 15, tester item 11)."""

from __future__ import annotations

from briefing.model import Briefing, Span
from briefing.tui.app import BriefingApp
from tests.tui.reading import header_text, reader


async def test_a_jump_to_a_sentence_already_on_screen_names_its_section(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.section == 0
        screen.jump_to(Span(3, 0, 8), flash=True)  # §2's one paragraph, on screen already
        await pilot.pause(0.1)
        assert screen.section == 1
        assert "§2/3" in header_text(app)
        assert screen.section_list is not None and screen.section_list.highlighted == 1


async def test_a_jump_at_the_end_of_the_text_names_the_sentence_s_section(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(100, 30)) as pilot:  # at the end: §2's paragraph, then §3
        await pilot.pause()
        screen = reader(app)
        view = screen.article
        await pilot.press("G")
        assert view.at_end() and screen.section == 2, "G: the last section"
        screen.jump_to(Span(3, 0, 8), flash=True)
        await pilot.pause(0.1)
        assert view.at_end(), "the sentence is on screen at the end of the text"
        assert screen.section == 1
        assert "§2/3" in header_text(app)
        await pilot.press("k", "j")  # scrolling: the text names the section again
        assert view.at_end() and screen.section == 2


async def test_a_jump_then_scrolling_it_out_of_sight_follows_the_text(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.pause()
        screen = reader(app)
        view = screen.article
        screen.jump_to(Span(4, 0, 8))  # §3's first paragraph
        await pilot.pause(0.1)
        assert screen.section == 2
        await pilot.press("g")
        assert view.scroll_y == 0 and screen.section == 0
