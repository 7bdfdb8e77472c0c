"""Pilot tests of the reader: every key, the side panel, search and the so-what view."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.screens.so_what import SoWhatScreen
from briefing.tui.text import CURRENT
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.paragraph import ParagraphView
from tests.tui.briefings import MARKUP_TEXT
from tests.tui.reading import SIZE, header_text, reader, run_palette_command


async def test_number_keys_go_to_sections(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        assert reader(app).section == 2
        assert "§3/3 Trade and the outlook" in header_text(app)
        await pilot.press("1")
        assert reader(app).section == 0
        assert reader(app).query_one(ArticleView).scroll_y == 0
        await pilot.press("9")  # no ninth section: nothing happens
        assert reader(app).section == 0


async def test_brackets_step_through_sections(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        assert reader(app).section == 1
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert reader(app).section == 2
        await pilot.press("left_square_bracket")
        assert reader(app).section == 1


async def test_scroll_keys(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        view = reader(app).query_one(ArticleView)
        assert view.max_scroll_y > 0
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y > 10
        await pilot.press("b")
        assert view.scroll_y < 5
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        assert reader(app).section == 2, "the section follows the scrolling"
        await pilot.press("g")
        assert view.scroll_y == 0
        assert reader(app).section == 0


async def test_actor_selection_highlights_and_n_steps(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        actors = screen.query_one("#actors", OptionList)
        actors.focus()
        actors.highlighted = 2
        await pilot.pause()
        assert screen.selected_actor == 2
        await pilot.press("enter")
        vale = briefing.actors[2]
        assert screen.targets() == sorted(m.span for m in vale.mentions)
        assert screen.cursor == 0
        await pilot.press("n")
        assert screen.cursor == 1
        paragraph = screen.query_one("#article").query(".paragraph")[
            vale.mentions[1].span.paragraph
        ]
        assert CURRENT in str(paragraph.overlay)  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert screen.selected_actor == -1


async def test_quote_and_timeline_enter_jump(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(100, 16)) as pilot:
        screen = reader(app)
        view = screen.query_one(ArticleView)
        screen.show_tab("timeline")
        timeline = screen.query_one("#timeline", OptionList)
        timeline.focus()
        await pilot.pause()
        await pilot.press("down", "enter")  # the second event in date order: March 2022
        await pilot.pause()
        assert view.top_paragraph >= 3
        screen.show_tab("quotes")
        quotes = screen.query_one("#quotes", OptionList)
        quotes.focus()
        await pilot.press("home", "enter")
        await pilot.pause()
        top, bottom = view.visible_range()
        assert top <= screen.query(".paragraph")[0].virtual_region.y < bottom


async def test_so_what_view_and_jump(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SoWhatScreen)
        listing = app.screen.query_one(OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert prompts[0] == "Bottom line"
        assert any("[likely (55-80%)]" in prompt for prompt in prompts)
        assert any("[unlikely (20-45%)]" in prompt for prompt in prompts)
        # the watch item points to paragraph 6
        await pilot.press("end", "enter")
        assert isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one(ArticleView)
        top, bottom = view.visible_range()
        assert top <= app.screen.query(".paragraph")[6].virtual_region.y < bottom
        await pilot.press("s", "escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_tab_moves_between_panels(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        assert app.focused is not None and app.focused.id == "article"
        await pilot.press("tab")
        assert app.focused is not None and app.focused.id != "article"
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "article"
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "section-list"


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 12)])
async def test_tab_visits_the_panels_on_screen_as_textual_would(
    briefing: Briefing, size: tuple[int, int]
) -> None:
    """The reader's own cycle (it avoids a full repaint) keeps Textual's order of stops,
    skips panels a narrow terminal hides, and follows the side panel's open tab."""
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        chain = app.screen.focus_chain
        start = chain.index(app.focused)
        for step in range(1, len(chain) + 1):
            await pilot.press("tab")
            assert app.focused is chain[(start + step) % len(chain)], f"tab {step} at {size}"
        for step in range(1, len(chain) + 1):
            await pilot.press("shift+tab")
            assert app.focused is chain[(start - step) % len(chain)], f"shift+tab {step}"
        if size[0] >= 95:  # narrower, the side panel is hidden (tui/layout.py)
            reader(app).show_tab("quotes")
            await pilot.pause()
            assert app.screen.query_one("#quotes") in app.screen.focus_chain
            assert app.screen.query_one("#quotes") in reader(app)._panel_stops()


async def test_help_is_generated_from_bindings(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys").render())
        hidden = {f"reader.section_{n}" for n in range(4, 10)} | {"reader.open_url"}
        hidden.add("reader.back")  # opened from a path, no search, no actor: esc does nothing
        for binding in ReaderScreen.BINDINGS:
            what = binding.tooltip or binding.description  # type: ignore[union-attr]
            if binding.id in hidden:  # type: ignore[union-attr]
                # only three sections: 4-9 do nothing; no URL: `o` does nothing
                assert what not in keys
            else:
                assert what in keys
        assert "So what" in keys and "Quit" in keys
        assert "(not now)" in keys, "n/N are marked disabled with no search"
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_export_key_without_export_package(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefing.tui.screens.export.export_api", lambda: None)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert any("not available yet" in str(n.message) for n in app._notifications)


async def test_export_dialog_writes_and_asks_before_overwriting(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[str, Path, bool]] = []

    class Result:
        def __init__(self, path: Path) -> None:
            self.path, self.omitted = path, ("timeline",)

    def write_summary(
        b: Briefing, fmt: str, target: Path, *, force: bool = False, paper: str = "a4"
    ) -> Result:
        calls.append((fmt, target, force))
        target.write_text("summary")
        return Result(target)

    def default_target(b: Briefing, fmt: str, directory: Path) -> Path:
        return tmp_path / f"summary.{fmt}"

    monkeypatch.setattr(
        "briefing.tui.screens.export.export_api", lambda: (write_summary, default_target)
    )
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        field = app.screen.query_one("#export-path", Input)
        assert field.value == str(tmp_path / "summary.pdf")
        field.focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls == [("pdf", tmp_path / "summary.pdf", False)]
        assert isinstance(app.screen, ReaderScreen)
        assert any("timeline" in str(n.message) for n in app._notifications)
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).focus()
        await pilot.press("enter")  # the file exists now: asked first
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls[-1] == ("pdf", tmp_path / "summary.pdf", True)


async def test_command_palette_goes_to_section(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await run_palette_command(app, pilot, "Go to section: Trade")
        assert reader(app).section == 2


async def test_q_quits(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_markup_and_escape_codes_render_literally(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.press("2")
        paragraph = reader(app).query(".paragraph")[3]
        shown = "".join(paragraph.render_line(y).text for y in range(paragraph.size.height))
        assert "Literal: [bold]not bold[/bold] [1] [sic] [/x] and ␛[31mred␛[0m" in shown
        assert "\x1b" not in shown
        assert MARKUP_TEXT.replace("\x1b", "␛") == str(paragraph.render())


async def test_tiny_terminal_does_not_crash(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(40, 12)) as pilot:
        for key in (
            "j",
            "2",
            "slash",
            "a",
            "enter",
            "n",
            "escape",
            "s",
            "escape",
            "question_mark",
            "escape",
            "tab",
            "G",
        ):
            await pilot.press(key)
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        assert app.is_running


async def test_resize_keeps_the_place(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.press("3")
        view = reader(app).query_one(ArticleView)
        before = view.top_paragraph
        assert before == 4
        await pilot.resize_terminal(70, 20)
        await pilot.pause(0.2)
        assert view.top_paragraph == before
        assert reader(app).section == 2


async def test_article_shows_first_then_fills_in_the_analysis(seed_path: Path) -> None:
    from briefing.ingest import load_article

    app = BriefingApp(article=load_article(seed_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        assert "What might be described" in str(screen.query(".paragraph")[0].render())
        assert screen.check_action("search", ()) is None, "search waits for its panel"
        # The panels come after a short delay and the analysis in a worker: wait for both,
        # however slow the machine (a fixed pause flaked under load).
        for _ in range(200):
            await app.workers.wait_for_complete()
            if screen.ready and screen.briefing.sections[0].title != "Analysing…":
                break
            await pilot.pause(0.05)
        await pilot.pause()
        assert screen.ready
        assert screen.briefing.sections[0].title != "Analysing…"
        assert len(screen.query(".section-title")) == len(screen.briefing.sections)
        await pilot.press("slash", *"pashinyan", "enter")
        assert screen.cursor == 0 and len(screen.matches) >= 5


@pytest.mark.parametrize("size", [(40, 12), (80, 24), (120, 40), (200, 60)])
async def test_the_first_frame_is_full_of_text_though_only_part_is_built(
    seed_path: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.ingest import load_article
    from briefing.tui.screens import reader as reader_module

    monkeypatch.setattr(reader_module, "COMPLETE_DELAY", 60.0)  # hold the rest back
    article = load_article(seed_path)
    app = BriefingApp(article=article)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        view = reader(app).query_one(ArticleView)
        built = len(view.query(".paragraph"))
        assert built < len(article.paragraphs)
        assert view.virtual_size.height > view.size.height, "no gap under the first paragraphs"


async def test_the_place_follows_scrolling_after_the_text_reflows(briefing: Briefing) -> None:
    """Paragraph positions are cached by layout: a narrower column must not leave them stale."""
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 20)) as pilot:
        screen = reader(app)
        view = screen.query_one(ArticleView)
        await pilot.press("j", "j", "j")  # positions worked out at 120 columns
        await pilot.resize_terminal(70, 20)
        await pilot.pause(0.2)
        for _ in range(60):
            await pilot.press("j")
            top = round(view.scroll_y)
            paragraph = view.paragraph_at(top)
            regions = [p.virtual_region for p in view.query(ParagraphView)]
            expected = next(
                (i for i, region in enumerate(regions) if region.bottom > top), len(regions) - 1
            )
            assert paragraph == expected
        assert screen.section == screen.briefing.section_of(view.top_paragraph)
