"""The side panel's one-widget tab strip (start-up, issue 15) draws what Textual's `Tabs` draws
with the reader's old rules, segment for segment (text, colours and meta), in both themes,
open tab by open tab, with and without the focus, and a label under the mouse."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Tab, Tabs

from briefing.tui.widgets.side_panel import TABS
from briefing.tui.widgets.tab_strip import TabStrip

# The rules the reader gave Textual's tabs before (briefing.tcss).
OLD_RULES = """
#old Tab { padding: 0 0 0 1; color: $foreground 70%; }
#old Tab:hover, #old Tab.-active { color: $foreground; }
#old:focus Tab.-active { color: $block-cursor-foreground; }
Vertical { width: 30; height: 2; }
"""


class Both(App[None]):
    CSS = OLD_RULES

    def on_mount(self) -> None:
        self.animation_level = "none"  # Tabs' bar slides; the strip's does not

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Tabs(*(Tab(title, id=name) for name, title in TABS), id="old")
        with Vertical():
            yield TabStrip(TABS, id="new")


def cells(line: list[Segment]) -> list[tuple[str, object, object, object]]:
    """Each cell's character and style (so that splits into segments do not count)."""
    out = []
    for segment in line:
        style = segment.style
        for character in segment.text:
            meta = style.meta if style is not None and style._meta else None
            color, ground = (style.color, style.bgcolor) if style else (None, None)
            out.append((character, color, ground, meta))
    return out


def drawn(app: App[None], y: int) -> list[tuple[str, object, object, object]]:
    strips = app.screen._compositor.render_strips()
    return cells(list(strips[y]))[:29]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_strip_draws_what_textual_tabs_draw(theme: str) -> None:
    app = Both()
    async with app.run_test(size=(30, 4)) as pilot:
        app.theme = theme
        old, new = app.query_one(Tabs), app.query_one(TabStrip)
        for name, _ in TABS:
            old.active, new.active = name, name
            app.set_focus(None)
            await pilot.pause(0.1)
            for y in (0, 1):
                assert drawn(app, y) == drawn(app, y + 2), (theme, name, y)
            old.focus()
            await pilot.pause(0.1)
            with_focus = [drawn(app, 0), drawn(app, 1)]
            new.focus()
            await pilot.pause(0.1)
            assert with_focus == [drawn(app, 2), drawn(app, 3)], (theme, name, "focused")
        app.set_focus(None)
        await pilot.hover("#old", offset=(9, 0))
        await pilot.pause(0.1)
        hovered = drawn(app, 0)
        await pilot.hover("#new", offset=(9, 0))
        await pilot.pause(0.1)
        assert drawn(app, 2) == hovered


async def test_keys_and_clicks_open_tabs() -> None:
    app = Both()
    async with app.run_test(size=(30, 4)) as pilot:
        new = app.query_one(TabStrip)
        await pilot.click("#new", offset=(9, 0))
        assert new.active == "quotes" and app.focused is new
        await pilot.click("#new", offset=(16, 1))  # the bar under "Timeline"
        assert new.active == "timeline"
        await pilot.press("right")
        assert new.active == "notes"
        await pilot.press("right", "left", "left")
        assert new.active == "timeline"
