"""The actor list has a cursor as soon as it has the focus, as the section, quote and timeline
lists do, and keeps it after Enter and escape (issue 15, tester item 5): on the actor whose
mentions are live, else the first. Unfocused with no actor chosen, no row looks selected
(issue 15, point 4)."""

from __future__ import annotations

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.actor_list import ActorList
from tests.tui.reading import SIZE, reader


async def test_a_shows_a_cursor_on_the_first_actor(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        actors = screen.query_one(ActorList)
        assert actors.highlighted is None
        await pilot.press("a")
        assert screen.focused is actors
        assert actors.highlighted == 0, "a cursor at first focus"
        assert screen.selected_actor == -1, "the cursor alone selects nothing"
        await pilot.press("enter")
        assert screen.selected_actor == 0 and screen.cursor >= 0, "Enter chooses where it is"


async def test_the_first_down_goes_to_the_second_actor(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("a", "down")
        assert screen.query_one(ActorList).highlighted == 1
        assert screen.selected_actor == 1


async def test_the_cursor_stays_after_enter_and_escape(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        actors = screen.query_one(ActorList)
        await pilot.press("a", "down", "down", "enter")
        assert screen.selected_actor == 2 and actors.highlighted == 2
        await pilot.press("escape")
        assert screen.selected_actor == -1, "escape clears the actor's highlights"
        assert screen.focused is actors
        assert actors.highlighted == 2, "the cursor stays where it was"
        await pilot.press("down")
        assert actors.highlighted == 3 and screen.selected_actor == 3


async def test_focus_lands_on_the_actor_chosen_elsewhere(briefing: Briefing) -> None:
    """An actor chosen with the list unfocused (the palette): focus shows its row."""
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        screen.select_actor(3)
        await pilot.pause()
        await pilot.press("a")
        assert screen.query_one(ActorList).highlighted == 3
        assert screen.selected_actor == 3


async def test_leaving_the_list_with_no_actor_chosen_leaves_no_row_selected(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        actors = screen.query_one(ActorList)
        await pilot.press("a")
        assert actors.highlighted == 0
        await pilot.press("tab")  # on to another stop
        assert screen.focused is not actors
        assert actors.highlighted is None
