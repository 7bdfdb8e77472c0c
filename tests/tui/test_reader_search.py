"""Pilot tests of the reader's search: highlights, stepping, smart case, the search line in
the footer's row, and keys typed in one burst."""

from __future__ import annotations

from textual.widgets import OptionList

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.search_bar import SearchBar
from tests.tui.reading import SIZE, count_text, reader


async def test_search_highlights_steps_and_wraps(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        assert screen.check_action("next_match", ()) is None, "n is disabled with no search"
        await pilot.press("slash")
        assert screen.query_one(SearchBar).display
        assert screen.query_one(SearchBar).input.has_focus
        await pilot.press(*"border")
        # "border" appears in paragraphs 0, 4, 8; smart case: lower case matches any case
        assert [span.paragraph for span in screen.matches] == [0, 4, 8]
        assert count_text(app) == "3 matches"
        await pilot.press("enter")
        assert screen.cursor == 0
        assert count_text(app) == "1/3"
        assert screen.check_action("next_match", ()) is True
        await pilot.press("n", "n")
        assert count_text(app) == "3/3"
        await pilot.press("n")
        assert count_text(app) == "1/3", "n wraps around"
        await pilot.press("N")
        assert count_text(app) == "3/3", "N wraps around backwards"
        await pilot.press("escape")
        assert screen.search_query == ""
        assert not screen.query_one(SearchBar).display
        assert screen.matches == []


async def test_search_smart_case_and_actor_names(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("slash", *"Markets")
        assert len(screen.matches) == 1
        screen.query_one(SearchBar).input.value = "MARKETS"
        await pilot.pause()
        assert screen.matches == [], "a capital makes the search exact"
        # an actor's full name finds its other forms too; an alias finds only itself
        alliance = briefing.actors[3]
        screen.query_one(SearchBar).input.value = "northern alliance"
        await pilot.pause()
        assert {m.span for m in alliance.mentions} <= set(screen.matches)
        screen.query_one(SearchBar).input.value = "the bloc"
        await pilot.pause()
        assert all(briefing.article.text_of(span).lower() == "the bloc" for span in screen.matches)


async def test_search_enter_goes_to_first_match_after_position(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = reader(app)
        await pilot.press("3")
        await pilot.press("slash", *"ruritania", "enter")
        current = screen.matches[screen.cursor]
        assert current.paragraph >= 4, "the first match after the reader's place, not the first"


async def test_the_search_line_takes_the_footer_row_and_gives_it_back(briefing: Briefing) -> None:
    from briefing.tui.widgets.key_footer import KeyFooter

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        footer, bar = screen.query_one(KeyFooter), screen.query_one(SearchBar)
        assert footer.display and not bar.display
        await pilot.press("slash")
        assert bar.display and not footer.display
        assert bar.region.y == SIZE[1] - 1, "the bar is on the bottom row"
        await pilot.press(*"border", "enter")
        assert bar.display and not footer.display, "still there while stepping with n/N"
        await pilot.press("escape")
        await pilot.pause()
        assert footer.display and not bar.display
        assert footer.region.y == SIZE[1] - 1


async def test_the_footer_always_shows_the_keys_of_the_moment(briefing: Briefing) -> None:
    """It skips rebuilds when nothing changed, so check it is never left stale."""
    from briefing.tui.widgets.key_footer import KeyFooter, shown_bindings

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        # While a search is open the footer is hidden; choosing an actor then changes n/N
        # from disabled to enabled behind it, and the footer must catch up when it returns.
        steps = ["tab", "tab", "tab", "slash", "r", "enter", "n", "choose an actor", "escape"]
        for key in [*steps, "s", "escape"]:
            if key == "choose an actor":
                actors = screen.query_one("#actors", OptionList)
                actors.focus()
                actors.highlighted = 2
            else:
                await pilot.press(key)
            await pilot.pause()
            footer = app.screen.query_one(KeyFooter)
            if not footer.display:
                continue
            first_per_action: dict[str, tuple[str, str, bool]] = {}
            for binding_key, description, action, enabled, _ in shown_bindings(app.screen):
                first_per_action.setdefault(action, (binding_key, description, enabled))
            expected = list(first_per_action.values())
            shown = [(item.key, item.description, item.enabled) for item in footer.items]
            assert sorted(shown) == sorted(expected), f"after {key}"
        assert app.screen is screen


async def test_a_search_typed_in_one_burst_goes_into_the_search_line(briefing: Briefing) -> None:
    """ "/vale" arriving at once (a fast typist, a paste): no key runs a reader action."""
    from textual import events

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert app._driver is not None
        for key, character in [("slash", "/"), *((c, c) for c in "vales/e")]:
            app._driver.send_message(events.Key(key, character))
        await pilot.pause()
        assert app.screen is screen, "`s` and `e` did not open their screens"
        assert screen.search_query == "vales/e", "a `/` typed in the line is text"
