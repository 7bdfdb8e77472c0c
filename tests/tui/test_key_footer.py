"""The footer drawn as one widget (start-up, issue 15): it shows, highlights, explains and
presses keys as Textual's footer of key widgets did."""

from __future__ import annotations

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.help import HelpScreen
from briefing.tui.widgets.key_footer import KeyFooter
from tests.tui.reading import SIZE, reader


def footer_text(app: BriefingApp) -> str:
    footer = app.screen.query_one(KeyFooter)
    return footer.render_line(0).text


def x_of(app: BriefingApp, label: str) -> int:
    return footer_text(app).index(label)


async def test_the_footer_is_one_widget_with_every_key(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        assert not footer.children
        text = footer_text(app)
        assert text.startswith(" / Search  n Next  N Prev  s So what  e Export  q Quit  ? Help ")
        assert text.endswith("▏ctrl+p palette ") and len(text) == SIZE[0]
        assert [item.enabled for item in footer.items[:3]] == [True, False, False]


async def test_a_click_on_a_key_presses_it(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rings: list[bool] = []
        app.bell = lambda: rings.append(True)  # type: ignore[method-assign]
        footer = app.screen.query_one(KeyFooter)
        await pilot.click(footer, offset=(x_of(app, " n Next") + 1, 0))  # disabled: no targets
        await pilot.pause()
        assert rings == [True] and app.screen is reader(app)
        await pilot.click(footer, offset=(x_of(app, " ? Help") + 2, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_key_under_the_mouse_is_highlighted_with_its_tooltip(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        x = x_of(app, " s So what")
        before = footer.render_line(0)
        await pilot.hover(footer, offset=(x + 1, 0))
        await pilot.pause()
        assert footer.tooltip == "So what: bottom line, judgments, implications"
        after = footer.render_line(0)
        assert after.crop(x, x + 3) != before.crop(x, x + 3), "the key's background changed"
        assert after.crop(0, 3) == before.crop(0, 3), "only that key"
        await pilot.hover(footer, offset=(SIZE[0] - 30, 0))  # between the keys
        await pilot.pause()
        assert footer.tooltip is None


async def test_a_narrow_footer_leaves_whole_keys_out_but_never_quit_or_help(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        text = footer_text(app)
        assert text.endswith("▏ctrl+p palette ")
        assert " q Quit " in text and " ? Help " in text, "the way out and the help stay"
        assert " n Next" not in text, "a disabled key goes first"
        assert " / Search " in text, "the first keys stay"
        footer = app.screen.query_one(KeyFooter)
        shown = {footer.items[index].description for _start, _end, index in footer._spans}
        for item in footer.items:  # every key is whole or absent: none is cut
            if item.description in shown and not item.palette:
                assert f" {item.display} {item.description} " in text
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert " n Next " in footer_text(app), "all keys back when there is room"


async def test_keys_past_a_very_narrow_footer_scroll_into_view(briefing: Briefing) -> None:
    from textual import events

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(30, 24)) as pilot:
        await pilot.pause()
        text = footer_text(app)
        assert text.endswith("▏ctrl+p palette ") and " ? Help" not in text
        footer = app.screen.query_one(KeyFooter)
        for _ in range(20):
            footer.post_message(
                events.MouseScrollDown(footer, 1, 0, 0, 0, 0, False, False, False)
            )
        await pilot.pause()
        assert " ? Help" in footer_text(app) and footer_text(app).endswith("palette ")
