"""Pilot tests of issue 15, "the reader, polished": every key shows where it took you."""

from __future__ import annotations

import dataclasses

from textual.widgets import OptionList

from briefing.model import Article, Briefing, Metadata, Paragraph, Sentence, Span
from briefing.tui.app import BriefingApp
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.text import CURRENT, FLASH, MATCH, SELECTED
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.paragraph import ParagraphView
from tests.tui.reading import SIZE, count_text, header_text, reader, run_palette_command


def overlay_of(screen: ReaderScreen, paragraph: int) -> tuple[tuple[int, int, str], ...]:
    return screen.query(ParagraphView)[paragraph].overlay


def with_sentences(briefing: Briefing) -> Briefing:
    """The hand briefing with its sentences (split at ". "), as the analysis gives them."""
    sentences = []
    for paragraph in briefing.article.paragraphs:
        start = 0
        text = paragraph.text
        while start < len(text):
            end = text.find(". ", start)
            end = len(text) if end < 0 else end + 1
            sentences.append(Sentence(Span(paragraph.index, start, end), text[start:end]))
            start = end + 1
    return dataclasses.replace(briefing, sentences=tuple(sentences))


# 1. The current mention has its own style and a counter


async def test_current_mention_has_its_own_style_and_a_counter(briefing: Briefing) -> None:
    assert len({CURRENT, SELECTED, MATCH}) == 3
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        screen.select_actor(0)  # Ruritania: mentions in paragraphs 0, 2, 6, 7
        await pilot.pause()
        total = len(briefing.actors[0].mentions)
        assert str(app.screen.query_one("#search-mention").render()) == "Ruritania"
        assert count_text(app) == f"1/{total}"
        await pilot.press("n")
        assert count_text(app) == f"2/{total}"
        current = screen.targets()[screen.cursor]
        styles = [style for start, _, style in overlay_of(screen, current.paragraph)
                  if start == current.start]
        assert styles[-1] == CURRENT, "the current mention is drawn last, in its own style"
        others = [style for start, _, style in overlay_of(screen, 0)]
        assert SELECTED in others and CURRENT not in others
        await pilot.press("escape")
        assert screen.selected_actor == -1
        assert not app.screen.query_one("#search").display, "the footer is back"


# 2. G makes the last section current


async def test_bottom_makes_the_last_section_current(briefing: Briefing) -> None:
    for size in (SIZE, (80, 24), (200, 60)):
        app = BriefingApp(briefing=briefing)
        async with app.run_test(size=size) as pilot:
            await pilot.press("G")
            await pilot.pause()
            view = app.screen.query_one(ArticleView)
            if view.max_scroll_y:
                assert reader(app).section == 2, size
                assert "§3/3" in header_text(app)


# 3. A jump from a quote, timeline entry or so-what item marks its sentence


async def test_quote_jump_flashes_its_sentence(briefing: Briefing) -> None:
    app = BriefingApp(briefing=with_sentences(briefing))
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        quote = briefing.quotes[1]  # "fragile at best", paragraph 1, second sentence
        quotes = screen.query_one("#quotes", OptionList)
        screen.show_tab("quotes")
        quotes.focus()
        quotes.highlighted = 1
        await pilot.press("enter")
        assert quote.span is not None
        assert screen.flash is not None
        flash = screen.flash
        assert flash.paragraph == 1 and flash.start <= quote.span.start < flash.end
        text = briefing.article.paragraphs[1].text
        assert text[flash.start : flash.end].startswith("Minister Otto Brand warned")
        assert (flash.start, flash.end, FLASH) in overlay_of(screen, 1)
        await pilot.pause(1.8)
        assert screen.flash is None
        assert not any(style == FLASH for _, _, style in overlay_of(screen, 1))


async def test_so_what_and_timeline_jumps_flash(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert screen.flash is not None and screen.flash.paragraph == 5
        screen.show_tab("timeline")
        timeline = screen.query_one("#timeline", OptionList)
        timeline.focus()
        timeline.highlighted = 0
        await pilot.press("enter")
        assert screen.flash is not None and screen.flash.paragraph == 0  # January 2021 first


# 4. A palette actor is selected in the side panel; none looks selected when none is


async def test_palette_actor_selects_its_row(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        actors = app.screen.query_one("#actors", OptionList)
        assert actors.highlighted is None, "no actor row looks selected before one is chosen"
        await run_palette_command(app, pilot, "Actor: Northern")
        await pilot.pause()
        assert reader(app).selected_actor == 3
        assert actors.highlighted == 3
        await pilot.press("escape")
        await pilot.pause()
        assert actors.highlighted is None


# 5. The section list's cursor is on the current section at first focus


async def test_section_list_cursor_follows_after_analysis(briefing: Briefing) -> None:
    article = briefing.article
    app = BriefingApp(article=article)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        for _ in range(200):  # until the analysis has arrived
            await pilot.pause(0.05)
            if screen.ready and screen.briefing.sentences:
                break
        count = len(screen.briefing.sections)
        assert count > 1, "the analysis finds sections in the hand-made text"
        screen.action_section(count)
        await pilot.pause()
        sections = screen.section_list
        assert sections is not None
        await pilot.press("shift+tab")  # from the article, back to the section list
        assert sections.has_focus
        assert sections.highlighted == count - 1
        await pilot.press("up")
        assert sections.highlighted == count - 2, "the first arrow moves from where you are"


# 7. The measure: panels never squeeze the text; keys hide them, remembered for the session


async def test_text_column_is_the_layouts_measure(briefing: Briefing) -> None:
    from briefing.tui.layout import reader_layout

    for size in ((80, 24), (100, 30), SIZE, (200, 60)):
        app = BriefingApp(briefing=briefing)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            paragraph = app.screen.query(ParagraphView)[0]
            assert paragraph.size.width == reader_layout(size[0]).text, size
            assert 60 <= paragraph.size.width <= 80


async def test_panel_keys_and_focus_mode_are_remembered(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert screen.query_one("#side").display and screen.query_one("#sections").display
        await pilot.press("p")
        await pilot.pause()
        assert not screen.query_one("#side").display
        assert screen.query_one("#sections").display
        await pilot.press("p", "c")
        await pilot.pause()
        assert screen.query_one("#side").display and not screen.query_one("#sections").display
        await pilot.press("c", "f")
        await pilot.pause()
        assert not screen.query_one("#side").display and not screen.query_one("#sections").display
        assert screen.query(ParagraphView)[0].size.width == 76
        # A reader opened later in the session keeps focus mode.
        app.push_screen(ReaderScreen(briefing))
        await pilot.pause()
        assert not app.screen.query_one("#side").display
        await pilot.press("f")
        await pilot.pause()
        assert app.screen.query_one("#side").display


# 8. No-break spaces never end a line


def test_no_break_spaces_glue_words_in_wrapping() -> None:
    import briefing.tui.widgets.paragraph  # noqa: F401 - installs the wrapping rule
    from textual.content import Content

    glued = ("1\u00a0200\u00a0000\u00a0tonnes", "United\u00a0Nations", "21\u202fJuly")
    text = f"some {glued[0]} of grain waited as the {glued[1]} said on {glued[2]} again"
    for width in range(16, 60):  # the longest run is 15 cells
        lines = [line.plain for line in Content(text).wrap(width)]
        joined = "\n".join(lines)
        for run in glued:
            assert run in joined, (width, lines)


# 9. Search: any space matches any space; invisible characters are ignored; "1 match"


def _one_paragraph(text: str) -> Briefing:
    from briefing.tui.screens.reader import provisional

    return provisional(Article(Metadata(title="T"), (Paragraph(0, text),)))


async def test_search_sees_spaces_and_ignores_invisible_characters() -> None:
    text = "Prices rose 8\u00a0per\u00a0cent near Izma\u00adil and Avdi\u200bivka today."
    app = BriefingApp(briefing=_one_paragraph(text))
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        for query, found in (("8 per cent", "8\u00a0per\u00a0cent"), ("izmail", "Izma\u00adil"),
                             ("Avdiivka", "Avdi\u200bivka")):
            await pilot.press("slash", *query)
            await pilot.pause()
            assert len(screen.matches) == 1, query
            span = screen.matches[0]
            assert text[span.start : span.end] == found
            assert count_text(app) == "1 match"
            await pilot.press("escape")


def test_find_spans_maps_offsets_back() -> None:
    from briefing.library.matching import find_all, find_spans
    from briefing.library.search import SearchIndex

    text = "a\u00a0b  Izma\u00adil\u200b x"
    assert find_spans(text, "a b") == [(0, 3)]
    assert find_spans(text, "izmail") == [(5, 12)]
    assert find_spans(text, "IZMAIL") == [], "a capital makes the search exact"
    assert find_spans(text, "\u00ad") == [], "a query of invisible characters finds nothing"
    assert find_all("plain text, plain", "plain") == [0, 12]
    index = SearchIndex()
    index.add("k", title="x", paragraphs=["rose 8\u00a0per\u00a0cent"])
    assert [result.key for result in index.search("8 per cent")] == ["k"]


# 10. Every text style meets 4.5:1 in both built-in themes; neutral estimative badges


async def test_every_text_style_meets_aa_contrast_in_both_themes(briefing: Briefing) -> None:
    from textual.color import Color

    from briefing.tui.contrast import AA, BACKGROUNDS, TEXT_VARIABLES, contrast
    from briefing.tui.text import STYLES

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            variables = app.theme_variables

            def color(name: str, ground: Color) -> Color:
                value = variables[name.lstrip("$")]
                parsed = Color.parse(value) if not value.startswith("auto") else None
                if parsed is None:
                    return ground.get_contrast_text(int(value.split()[1].rstrip("%")) / 100)
                return ground + parsed  # alpha composited over the ground

            for ground_name in BACKGROUNDS:
                ground = Color.parse(variables[ground_name])
                for name in TEXT_VARIABLES:
                    if name in variables:
                        ratio = contrast(color(name, ground), ground)
                        assert ratio >= AA, (theme, name, ground_name, ratio)
            base = Color.parse(variables["background"])
            for label, style in STYLES.items():
                words = style.split()
                fg_name = next((w for w in words if w.startswith("$")), "$foreground")
                background = base
                if "on" in words:
                    background = base + Color.parse(
                        variables[words[words.index("on") + 1].lstrip("$")]
                    )
                    fg_name = words[words.index("on") - 1]
                foreground = color(fg_name, base)
                if "reverse" in words:
                    foreground, background = background, foreground
                ratio = contrast(foreground, background)
                assert ratio >= AA, (theme, label, ratio)


# 11. Direct keys and palette entries for the side panel's tabs


async def test_tab_keys_and_palette_entries(briefing: Briefing) -> None:
    from textual.widgets import Tabs

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        tabs = app.screen.query_one("#side-tabs", Tabs)
        await pilot.press("t")
        assert tabs.active == "tab-timeline"
        assert app.focused is app.screen.query_one("#timeline")
        await pilot.press("quotation_mark")
        assert tabs.active == "tab-quotes"
        await pilot.press("a")
        assert tabs.active == "tab-actors"
        await run_palette_command(app, pilot, "Show: timeline")
        assert tabs.active == "tab-timeline"
    narrow = BriefingApp(briefing=briefing)
    async with narrow.run_test(size=(80, 24)) as pilot:
        assert not narrow.screen.query_one("#side").display
        await pilot.press("t")
        await pilot.pause()
        assert narrow.screen.query_one("#side").display, "asking for a tab shows the panel"


# 12. Help: readable names, nothing that does nothing, ctrl+p as the footer writes it


async def test_help_is_readable_and_honest(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "tab", "tab")  # into the side panel
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys").render())
        prose = str(app.screen.query_one("#help-prose").render())
        for name in ("ArticleView", "Tabs", "ActorList", "OptionList", "focused"):
            assert name not in keys
        for sideways in ("Scroll Left", "Scroll Right", "Page Left", "Page Right"):
            assert sideways not in keys
        assert "ctrl+p" in keys and "ctrl+p" in prose and "^p" not in keys


async def test_library_help_explains_filter_and_search(library: object) -> None:
    app = BriefingApp(library=library)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.action_help()
        await pilot.pause()
        prose = str(app.screen.query_one("#help-prose").render())
        assert "filters the list" in prose and "searches the text of every article" in prose


def test_measure_is_monotonic_and_comfortable() -> None:
    from briefing.tui.layout import MAX_MEASURE, MIN_MEASURE, reader_layout

    previous = 0
    for width in range(20, 301):
        layout = reader_layout(width)
        parts = layout.sections + layout.side + layout.text + layout.left + layout.right + 1
        assert parts == width, width
        assert layout.text >= previous, f"the text narrows from {width - 1} to {width}"
        if width >= MIN_MEASURE + 5:
            assert MIN_MEASURE <= layout.text <= MAX_MEASURE, width
        if layout.side or layout.sections:
            assert layout.text >= MIN_MEASURE, "a panel never squeezes the text"
        previous = layout.text
    for hidden in ({"side": False}, {"sections": False}, {"side": False, "sections": False}):
        previous = 0
        for width in range(20, 301):
            text = reader_layout(width, **hidden).text
            assert text >= previous, (hidden, width)
            previous = text
    assert reader_layout(80).side == 0, "80 columns: the text alone, at a full measure"
    assert reader_layout(100).side and reader_layout(120).sections


def test_estimative_badges_are_one_neutral_scale() -> None:
    from briefing.model import Estimative
    from briefing.tui.screens.so_what import band_style

    bands = [Estimative("unlikely", "20-45%", 20, 45), Estimative("likely", "55-80%", 55, 80),
             Estimative("roughly even", "45-55%", 45, 55)]
    styles = {band_style(band) for band in bands}
    assert len(styles) == 1, "no band is coloured as good or bad news"
    (style,) = styles
    assert "success" not in style and "error" not in style


# 6. A library search hit opens at the hit, with the query live, on one Enter


async def test_library_search_hit_opens_at_the_hit(library: object) -> None:
    from briefing.library.matching import reader_query

    assert reader_query('"black sea" -grain sanct*') == "black sea"
    assert reader_query("-grain") == ""
    app = BriefingApp(library=library)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("slash", *"mediate")  # only in the body of river-islands.txt
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, ReaderScreen) and app.screen.matches:
                break
        screen = reader(app)
        assert screen.search_query == "mediate"
        assert screen.cursor == 0 and screen.matches
        assert count_text(app) == f"1/{len(screen.matches)}"
        assert screen.check_action("next_match", ()) is True


# 16. An article read before opens complete from the cached analysis


async def test_cached_analysis_fills_the_reader_without_analysing(
    briefing: Briefing, monkeypatch: object
) -> None:
    from briefing.analysis_cache import store

    store(briefing.article, briefing)
    app = BriefingApp(article=briefing.article)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        assert screen.briefing is not briefing and screen.briefing == briefing
        def analyse_again() -> None:
            raise AssertionError("analysed again")

        screen.run_analysis = analyse_again  # type: ignore[method-assign]
        for _ in range(40):
            await pilot.pause(0.05)
            if screen.ready:
                break
        assert screen.ready and "§1/3" in header_text(app)
        actors = screen.query_one("#actors", OptionList)
        assert actors.option_count == len(briefing.actors)
