"""Marks (m, ', ''), and renaming a section (R): kept in the store, shown on the next opening."""

from __future__ import annotations

from textual.widgets import Input

from briefing.model import Briefing
from briefing.store import get_mark, get_marks, open_store, register, section_titles
from briefing.tui.app import BriefingApp
from briefing.tui.screens.rename_section import RenameSectionScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.section_list import SectionList
from tests.tui.reading import header_text, reader, reader_opened, run_palette_command

SMALL = (80, 16)  # the text scrolls, so places differ


_opened = reader_opened


def _top(app: BriefingApp) -> int:
    return reader(app).query_one(ArticleView).top_paragraph


def _messages(app: BriefingApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


def _prompt(app: BriefingApp) -> str:
    found = app.screen.query("#mark-prompt")
    if not found or not found.first().display:
        return ""
    return str(found.first().render())


async def test_m_then_a_letter_marks_the_paragraph_at_the_top(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        third = briefing.sections[2].first
        assert _top(app) == third
        await pilot.press("m")
        assert "press a letter" in _prompt(app)
        await pilot.press("a")
        await pilot.pause()
        assert _prompt(app) == ""
        assert any(message.startswith("Mark 'a' set") for message in _messages(app))
        assert reader(app).section == 2  # `a` did not open the Actors tab's focus either
        assert not reader(app).side_panel.query_one("#actors").has_focus
    with open_store() as store:
        mark = get_mark(store, register(store, briefing.article), "a")
        assert mark is not None and mark.paragraph == third


async def test_apostrophe_and_a_letter_go_to_the_mark_and_two_go_back(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("2", "m", "b")
        await pilot.pause()
        second = briefing.sections[1].first
        assert _top(app) == second
        await pilot.press("3")
        await pilot.pause()
        third = briefing.sections[2].first
        assert _top(app) == third
        await pilot.press("apostrophe", "b")
        await pilot.pause()
        assert _top(app) == second and reader(app).section == 1
        await pilot.press("apostrophe", "apostrophe")  # back where the jump started
        await pilot.pause()
        assert _top(app) == third and reader(app).section == 2
        await pilot.press("apostrophe", "apostrophe")  # and back again, as in vim
        await pilot.pause()
        assert _top(app) == second


async def test_two_apostrophes_return_from_any_jump(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        third = _top(app)
        await pilot.press("g")  # the top is a jump too
        await pilot.pause()
        assert _top(app) == 0
        await pilot.press("apostrophe", "apostrophe")
        await pilot.pause()
        assert _top(app) == third
        await pilot.press("G")
        await pilot.pause()
        view = reader(app).query_one(ArticleView)
        end, last = view.scroll_y, reader(app).section
        await pilot.press("apostrophe", "apostrophe")
        await pilot.pause()
        assert _top(app) == third
        await pilot.press("apostrophe", "apostrophe")  # back to the very line, not its paragraph
        await pilot.pause()
        assert view.scroll_y == end and reader(app).section == last
        # a search hit is a jump
        await pilot.press("slash", *"crossing", "enter")
        await pilot.pause()
        moved = _top(app)
        await pilot.press("escape", "1")  # clear the search; section 1 is a jump
        await pilot.pause()
        assert _top(app) == 0
        await pilot.press("apostrophe", "apostrophe")
        await pilot.pause()
        assert _top(app) == moved


async def test_marks_survive_quitting(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("3", "m", "Z", "1")
        await pilot.pause()
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SMALL) as pilot:
        await _opened(again, pilot)
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("apostrophe", "Z")
        await pilot.pause()
        assert _top(again) == briefing.sections[2].first


async def test_the_prompt_lists_the_marks_and_escape_cancels(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("2", "m", "c", "apostrophe")
        assert "marks c" in _prompt(app)
        await pilot.press("escape")
        await pilot.pause()
        assert _prompt(app) == ""
        assert isinstance(app.screen, type(reader(app)))  # escape did not leave the reader
        await pilot.press("m", "escape", "1")
        await pilot.pause()
        assert _top(app) == 0  # `1` is a section key again
        with open_store() as store:
            marks = get_marks(store, register(store, briefing.article))
            assert [mark.letter for mark in marks if mark.letter != "'"] == ["c"]


async def test_an_unknown_letter_and_a_non_letter_say_so(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("apostrophe", "q")  # `q` is the letter, not quit
        await pilot.pause()
        assert any("No mark q" in message for message in _messages(app))
        await pilot.press("m", "5")
        await pilot.pause()
        assert any("5 is not one" in message for message in _messages(app))
        assert _top(app) == 0  # `5` was not a section key
        await pilot.press("apostrophe", "apostrophe")
        await pilot.pause()
        assert any("No jump to go back" in message for message in _messages(app))


async def test_m_in_the_search_line_is_text(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("slash", *"markets")
        await pilot.pause()
        assert reader(app).query_one("#search-input", Input).value == "markets"
        assert _prompt(app) == ""


async def test_the_palette_lists_marks(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("3", "m", "d", "1")
        await pilot.pause()
        await run_palette_command(app, pilot, "go to mark: d")
        assert _top(app) == briefing.sections[2].first


async def test_r_renames_the_section_and_the_name_is_kept(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("2", "R")
        await pilot.pause()
        assert isinstance(app.screen, RenameSectionScreen)
        field = app.screen.query_one(Input)
        assert field.value == "Literal text"
        field.value = ""
        await pilot.press(*"Markup stays literal", "enter")
        await pilot.pause()
        screen = reader(app)
        assert "Markup stays literal" in header_text(app)
        option = screen.query_one(SectionList).get_option_at_index(1)
        assert str(option.prompt) == "2 Markup stays literal"
        assert "Markup stays literal" in str(screen.query_one("#s1").render())
    with open_store() as store:
        key = register(store, briefing.article)
        assert section_titles(store, key) == {3: "Markup stays literal"}
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SMALL) as pilot:
        await _opened(again, pilot)
        await pilot.pause()
        labels = [str(option.prompt) for option in reader(again).query_one(SectionList).options]
        assert labels[1] == "2 Markup stays literal"
        # empty restores the original
        await pilot.press("2", "R")
        await pilot.pause()
        app_screen = again.screen
        assert isinstance(app_screen, RenameSectionScreen)
        app_screen.query_one(Input).value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert "Literal text" in header_text(again)
    with open_store() as store:
        assert section_titles(store, register(store, briefing.article)) == {}


async def test_escape_cancels_a_rename_and_the_section_list_names_its_own(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await _opened(app, pilot)
        await pilot.press("R")
        await pilot.pause()
        await pilot.press(*"xyz", "escape")
        await pilot.pause()
        assert "The accord is signed" in header_text(app)
        # on the section list, R renames the section under its cursor
        section_list = reader(app).query_one(SectionList)
        section_list.focus()
        await pilot.pause()
        await pilot.press("down", "down", "R")
        await pilot.pause()
        assert isinstance(app.screen, RenameSectionScreen)
        assert app.screen.query_one(Input).value == "Trade and the outlook"
        await pilot.press("enter", "enter")  # twice in a burst: dismissed once
        await pilot.pause()
        assert isinstance(app.screen, type(reader(app)))


async def test_the_palette_sets_a_mark_with_the_next_letter(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        await run_palette_command(app, pilot, "mark: set a mark here")
        assert "press a letter" in _prompt(app)
        await pilot.press("e")
        await pilot.pause()
        assert reader(app).marks() == {"e": briefing.sections[1].first}


async def test_a_mark_on_screen_already_names_its_section(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        await pilot.press("m", "t", "3")
        await pilot.pause()
        reader(app).section = 2  # the header says another section, the text did not move
        await pilot.press("g")
        await pilot.pause()
        reader(app).section = 2
        await pilot.press("apostrophe", "t")
        await pilot.pause()
        assert _top(app) == 0 and reader(app).section == 0


async def test_the_prompt_takes_the_footer_row_without_moving_the_text(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _opened(app, pilot)
        view = reader(app).query_one(ArticleView)
        before = view.region
        await pilot.press("m")
        await pilot.pause()
        prompt = app.screen.query_one("#mark-prompt")
        assert view.region == before
        assert prompt.region.y == SMALL[1] - 1 and prompt.region.height == 1
        await pilot.press("escape")
