"""Colours as drawn meet WCAG AA (4.5:1) in both built-in themes, in truecolor and in a
256-colour terminal (issue 15, point 10; a tester's report): the side panel's tab labels, the
section strip of the highlighted actor row (focused or not), the header's "§1/3" and byline.

A 256-colour terminal shows each colour as Rich's nearest palette colour
(`Color.downgrade(ColorSystem.EIGHT_BIT)`), so both colours of a pair are downgraded and
measured again: 94 on 251 (the light theme's titles before) is 3.35:1.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.segment import Segment
from textual.color import Color
from textual.widgets import Tab, Tabs

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.contrast import AA, contrast
from briefing.tui.widgets.actor_list import ActorList
from briefing.tui.widgets.article_header import ArticleHeader
from tests.tui.reading import SIZE

THEMES = ("textual-dark", "textual-light")


def _256(color: RichColor) -> Color:
    triplet = color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return Color(triplet.red, triplet.green, triplet.blue)


def _ratios(foreground: RichColor, background: RichColor) -> tuple[float, float]:
    true = contrast(Color.from_rich_color(foreground), Color.from_rich_color(background))
    return true, contrast(_256(foreground), _256(background))


def _check(what: str, foreground: RichColor | None, background: RichColor | None) -> None:
    assert foreground is not None and background is not None, what
    true, palette = _ratios(foreground, background)
    assert true >= AA, (what, "truecolor", round(true, 2))
    assert palette >= AA, (what, "256 colours", round(palette, 2))


def _check_segments(what: str, lines: Iterable[Iterable[Segment]]) -> int:
    """Check every visible character's colours; the number of segments checked."""
    checked = 0
    for line in lines:
        for segment in line:
            style = segment.style
            if not segment.text.strip() or style is None or segment.text.strip("─━▁▔") == "":
                continue  # blanks and rules are not text
            _check(f"{what}: {segment.text!r}", style.color, style.bgcolor)
            checked += 1
    return checked


async def test_tab_labels_actor_strip_and_header_meet_aa_in_truecolor_and_256(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            tabs = list(screen.query("#side-tabs Tab").results(Tab))
            assert len(tabs) >= 3 and any(not tab.has_class("-active") for tab in tabs)
            for tab in tabs:
                style = tab.rich_style
                _check(f"{theme} tab {tab.label}", style.color, style.bgcolor)
            screen.query_one("#side-tabs", Tabs).focus()
            await pilot.pause()
            for tab in tabs:
                style = tab.rich_style
                _check(f"{theme} focused tab {tab.label}", style.color, style.bgcolor)
            actors = screen.query_one(ActorList)
            actors.highlighted = 0
            for focused in (False, True):
                if focused:
                    actors.focus()
                else:
                    screen.set_focus(None)
                await pilot.pause()
                rows = [actors.render_line(y) for y in range(3)]  # name, details, strip
                strip = "".join(segment.text for segment in rows[2])
                assert "■" in strip, strip
                assert _check_segments(f"{theme} actor row (focused={focused})", rows) >= 3
            header = screen.query_one(ArticleHeader)
            lines = [header.render_line(y) for y in range(2)]
            assert "§1/" in "".join(segment.text for segment in lines[1])
            assert _check_segments(f"{theme} header", lines) >= 2
