"""Quotes (placeholder until the quotes stage lands)."""

from __future__ import annotations

from briefing.model import Actor, Article, Quote, Sentence


def find_quotes(
    article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...]
) -> tuple[Quote, ...]:
    """Every direct quotation with its speaker, in reading order."""
    return ()
