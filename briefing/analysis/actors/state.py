"""What the actors scanner holds while it reads: actors being assembled, words left for the
second pass, and each paragraph's words with the gazetteer matches that cover them."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.analysis.actors.names import Token
from briefing.model import ActorKind, Mention


@dataclass(slots=True)
class Found:
    """An actor being assembled."""

    name: str
    kind: ActorKind
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    adjectival: list[Mention] = field(default_factory=list)
    titled: list[str] = field(default_factory=list)
    """A person's name with the personal title the text wrote before it ("Lord Leggatt")."""


@dataclass(slots=True)
class Pending:
    """A capitalised word left unexplained by its paragraph, resolved after the whole text."""

    paragraph: int
    index: int
    titled: bool


@dataclass(slots=True)
class ParagraphState:
    """One paragraph's words and which gazetteer match covers each."""

    index: int
    text: str
    tokens: list[Token]
    owner: list[int]
    matches: list[tuple[int, int, str]]
    match_start: dict[int, int]
    initial: set[int] = field(default_factory=set)
    """Character offsets where the paragraph's sentences start."""

