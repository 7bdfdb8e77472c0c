"""The side panel's actor row: mentions and adjectival uses reported apart."""

from __future__ import annotations

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
from briefing.tui.widgets.actor_list import actor_prompt


def _briefing(actor: Actor) -> Briefing:
    article = Article(Metadata("t"), (Paragraph(0, "Russia and Russian troops."),))
    return Briefing(
        article=article,
        sentences=(),
        sections=(Section("All", 0, 1),),
        actors=(actor,),
        quotes=(),
        so_what=SoWhat(),
        timeline=(),
    )


def test_row_reports_adjectival_uses_apart() -> None:
    russia = Actor(
        "Russia",
        ActorKind.COUNTRY,
        mentions=(Mention(Span(0, 0, 6), "Russia"),),
        adjectival=(Mention(Span(0, 11, 18), "Russian"),),
    )
    text = actor_prompt(_briefing(russia), russia).plain
    assert "1 mention · 1 adjectival" in text


def test_row_without_adjectives_says_nothing_of_them() -> None:
    russia = Actor("Russia", ActorKind.COUNTRY, mentions=(Mention(Span(0, 0, 6), "Russia"),))
    text = actor_prompt(_briefing(russia), russia).plain
    assert "adjectival" not in text
