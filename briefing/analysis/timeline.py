"""Timeline (placeholder until the timeline stage lands)."""

from __future__ import annotations

from briefing.model import Article, Event, Sentence


def find_events(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Event, ...]:
    """Dated events in date order."""
    return ()
