"""Markup and escape codes in article text render literally (issue 6; the crash class of
frogmouth #88 and textual #3689 must be impossible here).

The snapshot shows the reader at 120x40 on tests/data/nasty/literal-markup.md, whose title,
author, source and body hold `[bold]not bold[/bold]`, `[1]`, `[sic]`, `[/x]`,
`[@click=app.quit]q[/]` and a raw ANSI colour code. The Pilot test says the same in words; the
hypothesis tests throw arbitrary text and spans at the functions that turn text into Content.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from textual.pilot import Pilot

from briefing.analysis.pipeline import analyze
from briefing.ingest import load_article
from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.text import plain, styled, visible
from briefing.tui.widgets.article_header import ArticleHeader
from briefing.tui.widgets.paragraph import ParagraphView
from tests.unit.robustness_strategies import ROBUST, article_texts

SIZE = (120, 40)
ARTICLE = Path(__file__).resolve().parent.parent / "data" / "nasty" / "literal-markup.md"
LITERALS = ("[bold]not bold[/bold]", "[1]", "[sic]", "[/x]", "[@click=app.quit]q[/]")


def literal_briefing() -> Briefing:
    return analyze(load_article(ARTICLE))


async def settle(pilot: Pilot[Any]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_reader_shows_markup_and_escape_codes_literally(snap_compare: Any) -> None:
    app = BriefingApp(briefing=literal_briefing())
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


async def test_the_words_on_screen_are_the_words_in_the_file() -> None:
    app = BriefingApp(briefing=literal_briefing())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = "\n".join(str(view.render()) for view in app.screen.query(ParagraphView))
        for literal in LITERALS:
            assert literal in shown, literal
        assert "␛[31mred␛[0m" in shown and "\x1b" not in shown
        header = str(app.screen.query_one(ArticleHeader).render())
        assert "Literal [b]markup[/b] stays text" in header
        assert "\x1b" not in header
        await pilot.click(ParagraphView, offset=(10, 0))
        await pilot.pause()
        assert app.is_running, "a click on the text ran an action written in it"


@ROBUST
@given(text=article_texts(max_fragments=40))
@example(text="[bold]not bold[/bold] [1] [sic] [/x] [@click=app.quit]q[/] \x1b[31mred\x1b[0m")
@example(text="\x00\x07\x1b\x7f\x85\x9b")
def test_plain_keeps_every_character_in_its_place(text: str) -> None:
    content = plain(text)
    assert len(content.plain) == len(text), "offsets into the text must stay valid"
    assert content.plain == visible(text)
    assert not any(ord(char) < 32 and char not in "\n" for char in content.plain)
    assert not any(0x7F <= ord(char) < 0xA0 for char in content.plain)
    assert not content.spans, "no markup was read"


@ROBUST
@given(
    text=article_texts(max_fragments=30),
    spans=st.lists(
        st.tuples(
            st.integers(-5, 400),
            st.integers(-5, 400),
            st.sampled_from(("$text-primary", "italic $text-success", "bold reverse")),
        ),
        max_size=12,
    ),
)
def test_styled_accepts_any_spans(text: str, spans: list[tuple[int, int, str]]) -> None:
    content = styled(text, spans)
    assert content.plain == visible(text)
    for span in content.spans:
        assert 0 <= span.start < span.end <= len(text)
