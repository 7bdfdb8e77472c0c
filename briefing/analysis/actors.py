"""Actors (placeholder until the actors stage lands)."""

from __future__ import annotations

from briefing.model import Actor, Article, Sentence


def find_actors(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Actor, ...]:
    """The article's actors, most mentioned first."""
    return ()


def attach_mentions(article: Article, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Curated actors with the places the text names them."""
    return actors
