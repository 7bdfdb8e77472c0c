"""So what (placeholder until the so-what stage lands)."""

from __future__ import annotations

from briefing.model import Actor, Article, Section, Sentence, SoWhat


def find_so_what(
    article: Article,
    sentences: tuple[Sentence, ...],
    sections: tuple[Section, ...],
    actors: tuple[Actor, ...],
) -> SoWhat:
    """Bottom line, key judgments, implications and what to watch."""
    return SoWhat()
