"""Selecting an actor highlights and steps through its adjectival uses as well as its mentions
("Russian officials" for Russia), in text order, and the counter counts both."""

from __future__ import annotations

import re

from briefing.model import (
    Actor,
    ActorKind,
    Article,
    Briefing,
    Mention,
    Metadata,
    Paragraph,
    Section,
    SoWhat,
    Span,
)
from briefing.tui.app import BriefingApp
from briefing.tui.text import SELECTED
from briefing.tui.widgets.paragraph import ParagraphView
from tests.tui.reading import SIZE, count_text, reader

PARAGRAPHS = (
    "Russia closed the crossing on Monday. Russian officials gave no reason.",
    "Diplomats in Vienna said Moscow had not replied to a note sent last week.",
    "A Russian spokesman later said the crossing would reopen once repairs were done.",
)


def spans(word: str) -> list[Span]:
    """Where `word` stands as a whole word ("Russia" not inside "Russian")."""
    pattern = re.compile(rf"\b{word}\b")
    return [
        Span(index, found.start(), found.end())
        for index, text in enumerate(PARAGRAPHS)
        for found in pattern.finditer(text)
    ]


def russia_briefing() -> Briefing:
    mentions = tuple(Mention(span, "Russia") for span in spans("Russia")) + tuple(
        Mention(span, "Moscow") for span in spans("Moscow")
    )
    adjectival = tuple(Mention(span, "Russian") for span in spans("Russian"))
    article = Article(
        Metadata(title="The crossing"),
        tuple(Paragraph(index, text) for index, text in enumerate(PARAGRAPHS)),
    )
    return Briefing(
        article=article,
        sentences=(),
        sections=(Section("The crossing", 0, len(PARAGRAPHS)),),
        actors=(
            Actor("Russia", ActorKind.COUNTRY, mentions=mentions, adjectival=adjectival),
        ),
        quotes=(),
        so_what=SoWhat(),
        timeline=(),
    )


async def test_n_steps_through_mentions_and_adjectival_uses_in_text_order() -> None:
    briefing = russia_briefing()
    russia = briefing.actors[0]
    assert len(russia.mentions) == 2 and len(russia.adjectival) == 2
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        screen.select_actor(0)
        await pilot.pause()
        words = [PARAGRAPHS[s.paragraph][s.start : s.end] for s in screen.targets()]
        assert words == ["Russia", "Russian", "Moscow", "Russian"]  # text order
        assert count_text(app) == "1/4", "the counter counts adjectival uses too"
        await pilot.press("n")
        assert count_text(app) == "2/4"
        current = screen.targets()[screen.cursor]
        assert PARAGRAPHS[current.paragraph][current.start : current.end] == "Russian"
        await pilot.press("n", "n")
        assert count_text(app) == "4/4"
        overlay = app.screen.query(ParagraphView)[0].overlay
        selected = {(start, end) for start, end, style in overlay if style == SELECTED}
        adjective = spans("Russian")[0]
        assert (adjective.start, adjective.end) in selected, "adjectival uses are highlighted"
