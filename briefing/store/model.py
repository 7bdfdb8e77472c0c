"""What the store keeps, as frozen dataclasses: places, marks, highlights and notes.

Every location is a paragraph index into `Article.paragraphs` (0-based) and, for highlights and
notes, character offsets into that paragraph (`text[start:end]`, as `briefing.model.Span`),
plus the words themselves (`text`) so the place can be found again after the file is edited
(`briefing.store.anchor`). Times are seconds since the epoch (UTC), as `time.time()` gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar


def iso(seconds: float) -> str:
    """A stored time as ISO 8601 in UTC, to the second ("2026-11-30T23:40:00+00:00")."""
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class Position:
    """Where the reader was in an article: its section and paragraph, and when it was open."""

    section: int
    paragraph: int
    opened: float
    """Seconds since the epoch when the place was last saved (the article's last reading)."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A mark as in less and vim: a letter (or `'`, the place before the last jump) and its ¶."""

    letter: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Highlight:
    """Words the reader highlighted: `text` is what `paragraphs[paragraph][start:end]` said."""

    kind: ClassVar[str] = "highlight"
    id: int
    paragraph: int
    start: int
    end: int
    text: str
    created: float
    updated: float
    lost: bool = False
    """True when the words are no longer in the edited article (kept, shown at the old place)."""

    @property
    def note(self) -> str:
        """A highlight has no note (shared shape with `Note` for listing and export)."""
        return ""

    def as_dict(self) -> dict[str, Any]:
        """The JSON `annotations` item (see `annotation_dict`), its note null."""
        return annotation_dict(self, None)


@dataclass(frozen=True, slots=True)
class Note:
    """A note the reader wrote about words of the article (`text`, quoted as `Highlight.text`)."""

    kind: ClassVar[str] = "note"
    id: int
    paragraph: int
    start: int
    end: int
    text: str
    created: float
    updated: float
    note: str = ""
    lost: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The JSON `annotations` item (see `annotation_dict`)."""
        return annotation_dict(self, self.note)


Annotation = Highlight | Note
"""A highlight or a note; listed together in reading order (paragraph, then start)."""


def annotation_dict(annotation: Annotation, note: str | None) -> dict[str, Any]:
    """The JSON `annotations` item: kind, paragraph, start, end, text, note, created (ISO 8601)."""
    return {
        "kind": annotation.kind,
        "paragraph": annotation.paragraph,
        "start": annotation.start,
        "end": annotation.end,
        "text": annotation.text,
        "note": note,
        "created": iso(annotation.created),
    }


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article the store knows: its content key, last path and title, and how far it was read."""

    key: str
    path: str | None
    title: str | None
    paragraphs: int
    last_opened: float | None
    position: Position | None = None
    seen: int | None = None
    """How many paragraphs were on screen (`briefing.store.seen`); None when the store has no
    record of it (a place saved before it kept one)."""

    @property
    def progress(self) -> float:
        """How far the reader got, 0.0 (unread) to 1.0 (every paragraph was on screen).

        The share of paragraphs the reader had on screen; for a place saved before that was
        kept, the place's share of the article.
        """
        if self.seen is not None and self.paragraphs > 0:
            return min(1.0, self.seen / self.paragraphs)
        if self.position is None or self.paragraphs <= 1:
            return 1.0 if self.position is not None and self.paragraphs == 1 else 0.0
        return min(1.0, self.position.paragraph / (self.paragraphs - 1))
