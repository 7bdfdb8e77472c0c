"""Actors: the people, states, organisations, places and groups an article names.

`find_actors` is the analysis stage; `attach_mentions` finds where the text names the actors a
user wrote in a curated briefing. Both run the same scanner (scan.py), whose docstring says
how names are matched, bound and resolved, and which conventions mentions follow. Actors come
out most mentioned first, ties by first appearance.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.actors.lexicon import Lexicon, gazetteer
from briefing.analysis.actors.names import surname
from briefing.analysis.actors.scan import Scan
from briefing.model import Actor, ActorKind, Article, Sentence


def _sentence_starts(sentences: tuple[Sentence, ...]) -> dict[int, set[int]]:
    starts: dict[int, set[int]] = {}
    for sentence in sentences:
        span = sentence.span
        offset = span.start
        text = sentence.text
        while offset - span.start < len(text) and not text[offset - span.start].isalnum():
            offset += 1
        starts.setdefault(span.paragraph, set()).add(offset)
    return starts


def _ranked(actors: list[Actor]) -> tuple[Actor, ...]:
    """Most mentioned first; ties by first appearance."""
    return tuple(
        sorted(
            (actor for actor in actors if actor.mentions),
            key=lambda actor: (-actor.mention_count, actor.mentions[0].span),
        )
    )


def find_actors(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Actor, ...]:
    """The article's actors, most mentioned first, ties by first appearance."""
    scan = Scan(gazetteer())
    starts = _sentence_starts(sentences)
    for paragraph in article.paragraphs:
        scan.paragraph(paragraph.index, paragraph.text, starts.get(paragraph.index, {0}) | {0})
    scan.resolve()
    return _ranked(scan.actors())


def attach_mentions(article: Article, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Curated actors with the places the text names them, everything the user wrote kept.

    Each actor is found by its name and aliases; a person also by the surname of a full name;
    an actor the gazetteer knows by name (a curated "Russia") also by the gazetteer's forms
    ("Moscow", "Kremlin", "Russian"). Order, names, kinds, roles and aliases stay as written;
    an actor that already lists mentions keeps them.
    """
    known = gazetteer()
    lexicon = Lexicon()
    for actor in actors:
        forms = list(actor.aliases)
        if actor.name in known.entities:
            forms += [
                (" ".join((first, *rest)))
                for first, candidates in known.index.items()
                for rest, name in candidates
                if name == actor.name
            ]
        lexicon.add(actor.name, actor.kind, forms)
        if actor.kind == ActorKind.PERSON and " " in actor.name:
            lexicon.standalone.setdefault(surname(actor.name), actor.name)
    scan = Scan(lexicon.freeze(), discover=False)
    for paragraph in article.paragraphs:
        scan.paragraph(paragraph.index, paragraph.text, {0})
    scan.resolve()
    found = {actor.name: actor for actor in scan.actors()}
    result = []
    for actor in actors:
        if actor.mentions or actor.name not in found:
            result.append(actor)
        else:
            result.append(replace(actor, mentions=found[actor.name].mentions))
    return tuple(result)
