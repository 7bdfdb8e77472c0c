"""Actors: the people, states, organisations, places and groups an article names.

`find_actors` is the analysis stage; `attach_mentions` finds where the text names the actors a
user wrote in a curated briefing. Both run the same scanner (scan.py), whose docstring says
how names are matched, bound and resolved, and which conventions mentions follow. Actors come
out most salient first (noun mentions, their spread, the title and lead; see `_salience`), ties
by first appearance. Adjectival uses ("Russian officials") are kept apart in `Actor.adjectival`.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.actors.lexicon import Lexicon, gazetteer
from briefing.analysis.actors.names import surname
from briefing.analysis.actors.scan import Scan
from briefing.model import Actor, ActorKind, Article, Sentence, Span


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


def _in_title(actor: Actor, title: str) -> bool:
    """Whether the title writes one of the forms the text names the actor by."""
    if not title:
        return False
    for surface in {mention.surface for mention in (*actor.mentions, *actor.adjectival)}:
        at = title.find(surface)
        while at >= 0:
            end = at + len(surface)
            if (at == 0 or not title[at - 1].isalnum()) and (
                end == len(title) or not title[end].isalnum()
            ):
                return True
            at = title.find(surface, at + 1)
    return False


def _salience(actor: Actor, title: str, lead: int, openers: set[tuple[int, int]]) -> float:
    """How much the article is about an actor (the ranking key; higher first).

    Counted: noun mentions (1 each); the paragraphs they spread over (1 each: an actor named
    throughout matters more than one named often in a passage); mentions that open a sentence
    (0.5 each: the sentence's subject, as centering theory ranks subjects above other
    mentions); a role the text gives to someone it names again (1: a person introduced with a
    title, "President Mahamat Déby", is an actor the writer presents; a dignitary listed once
    is not); the title (3); the lead, the first `lead`
    paragraphs (1.5). Adjectival uses only break near-ties (0.1 each): "Russian officials"
    says less about Russia than "Russia", so a country the article is about is not outranked
    by one whose demonym qualifies many nouns. `openers` holds (paragraph, offset) of sentence
    openings. Weights chosen by reading the seed and the policy articles.
    """
    paragraphs = {mention.span.paragraph for mention in actor.mentions}
    subjects = sum(
        1 for mention in actor.mentions if (mention.span.paragraph, mention.span.start) in openers
    )
    score = len(actor.mentions) + len(paragraphs) + 0.5 * subjects + 0.1 * len(actor.adjectival)
    if actor.role and len(actor.mentions) >= 2:
        score += 1
    if _in_title(actor, title):
        score += 3
    if any(mention.span.paragraph < lead for mention in (*actor.mentions, *actor.adjectival)):
        score += 1.5
    return score


def _first_use(actor: Actor) -> Span:
    """Where the text first names or qualifies the actor (both lists are in reading order)."""
    return min(uses[0].span for uses in (actor.mentions, actor.adjectival) if uses)


def _ranked(
    actors: list[Actor], title: str, openers: set[tuple[int, int]]
) -> tuple[Actor, ...]:
    """Most salient first (see `_salience`); ties by first appearance. An actor the text never
    names, only uses as an adjective ("Soviet tanks", "Eurasian integration"), is no actor: a
    listed actor has at least one mention."""
    return tuple(
        sorted(
            (actor for actor in actors if actor.mentions),
            key=lambda actor: (
                -_salience(actor, title, _LEAD, openers),
                _first_use(actor),
            ),
        )
    )


def _openers(article: Article, starts: dict[int, set[int]]) -> set[tuple[int, int]]:
    """Where a sentence's first name may stand: its first word, or the word after "The"."""
    result = set()
    for paragraph in article.paragraphs:
        for start in starts.get(paragraph.index, ()):
            result.add((paragraph.index, start))
            if paragraph.text.startswith(("The ", "the "), start):
                result.add((paragraph.index, start + 4))
    return result


_LEAD = 2
"""Paragraphs that make the lead for ranking: the standfirst or first paragraph and the next."""


def find_actors(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Actor, ...]:
    """The article's actors, most salient first (see `_salience`), ties by first appearance."""
    scan = Scan(gazetteer())
    scan.define([(paragraph.index, paragraph.text) for paragraph in article.paragraphs])
    starts = _sentence_starts(sentences)
    for paragraph in article.paragraphs:
        scan.paragraph(paragraph.index, paragraph.text, starts.get(paragraph.index, {0}) | {0})
    scan.resolve()
    return _ranked(scan.actors(), article.meta.title or "", _openers(article, starts))


def attach_mentions(article: Article, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Curated actors with the places the text names them, everything the user wrote kept.

    Each actor is found by its name and aliases; a person also by the surname of a full name;
    an actor the gazetteer knows by name (a curated "Russia") also by the gazetteer's forms
    ("Moscow", "Kremlin"), its demonym ("Russian") as an adjectival use. Order, names, kinds,
    roles and aliases stay as written; an actor that already lists mentions keeps them.
    """
    known = gazetteer()
    lexicon = Lexicon()
    for actor in actors:
        forms = list(actor.aliases)
        adjectival: list[str] = []
        if actor.name in known.entities:
            for form, adjective in known.forms_of(actor.name):
                (adjectival if adjective else forms).append(form)
        lexicon.add(actor.name, actor.kind, forms, adjectival=adjectival)
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
            result.append(
                replace(
                    actor,
                    mentions=found[actor.name].mentions,
                    adjectival=found[actor.name].adjectival,
                )
            )
    return tuple(result)
