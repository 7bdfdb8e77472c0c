"""Keys that arrive in one burst (a fast typist, a key held down, a terminal that sends several
in one write) each count, as they do one at a time (issue 15, tester item 16).

Pilot's `press` waits for the app to settle after each key, which hides the loss: here the keys
are handed to the driver all at once, as a terminal's single write delivers them.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual import events

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.actor_list import ActorList
from tests.tui.reading import reader, wait_until

_CHARACTERS = {"enter": "\r", "down": None, "up": None}


def burst(app: BriefingApp, *keys: str) -> None:
    """Hand `keys` to the driver in one go, without waiting between them."""
    assert app._driver is not None
    for key in keys:
        app._driver.send_message(events.Key(key, _CHARACTERS.get(key, key)))


async def settled(app: BriefingApp, pilot: Any) -> None:
    """Until every queued key has been handled, then a refresh or two."""
    await pilot.pause(0.1)
    for _ in range(100):
        if app.message_queue_size == 0:
            break
        await pilot.pause(0.02)
    await pilot.pause(0.05)


@pytest.mark.parametrize("key", ["j", "down"])
async def test_ten_scroll_keys_in_one_burst_scroll_ten_lines(briefing: Briefing, key: str) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = reader(app).article
        assert view.max_scroll_y >= 12
        burst(app, *[key] * 10)
        await settled(app, pilot)
        assert view.scroll_y == 10
        burst(app, *["k" if key == "j" else "up"] * 4)
        await settled(app, pilot)
        assert view.scroll_y == 6


async def test_page_keys_in_one_burst_each_count(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.pause()
        view = reader(app).article
        page = view.scrollable_content_region.height
        assert view.max_scroll_y >= 2 * page
        burst(app, "space", "space")
        await settled(app, pilot)
        assert view.scroll_y == 2 * page


async def test_down_down_enter_in_one_burst_chooses_the_third_actor(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("a")
        actors = screen.query_one(ActorList)
        assert screen.focused is actors
        start = actors.highlighted if actors.highlighted is not None else -1
        burst(app, "down", "down", "enter")
        await settled(app, pilot)
        await wait_until(pilot, lambda: screen.cursor >= 0, tries=20)
        assert actors.highlighted == start + 2
        assert screen.selected_actor == start + 2
        assert screen.cursor >= 0, "Enter went to the actor's first mention"
