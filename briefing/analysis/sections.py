"""Sections (placeholder until the sections stage lands)."""

from __future__ import annotations

from briefing.model import Actor, Article, Section, Sentence


def find_sections(
    article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...]
) -> tuple[Section, ...]:
    """The article's sections, covering every paragraph in order."""
    if not article.paragraphs:
        return ()
    return (Section(article.meta.title[:40] or "Article", 0, len(article.paragraphs)),)
