"""The briefing model: frozen dataclasses that every layer shares.

Data flows one way: a file is ingested into an `Article`, the analysis turns the article into a
`Briefing`, and the TUI, the exports and the JSON output only read it. Everything is frozen so a
briefing can be cached, shared between threads and compared in tests without defensive copies.

Findings never copy the article's text to say where they are: a `Span` (paragraph index plus
character offsets into that paragraph) ties each mention, quote, judgment and event to the words
it came from, so the reader can highlight them and jump to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path


class ActorKind(StrEnum):
    """What sort of thing an actor is; the side panel groups and colours by it."""

    PERSON = "person"
    COUNTRY = "country"
    ORGANISATION = "organisation"
    PLACE = "place"
    GROUP = "group"


class SourceFormat(StrEnum):
    """The format an article was read from; curated YAML changes what the analysis may compute."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    YAML = "yaml"


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A stretch of one paragraph: `text[start:end]` of `Article.paragraphs[paragraph]`."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the article body, exactly as the source wrote it (whitespace trimmed)."""

    index: int
    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading the source wrote itself; it opens a section starting at paragraph `before`.

    An empty title means the source marked a section but gave it no title (a curated YAML section
    without one), so the analysis names it.
    """

    title: str
    before: int
    level: int = 2


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the header of a piece says about it."""

    title: str
    author: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    path: Path | None = None
    format: SourceFormat = SourceFormat.TEXT
    authors: tuple[str, ...] = ()
    """Every author, in byline order; `author` is them joined ("A and B", "A, B and C")."""
    warnings: tuple[str, ...] = ()
    """Side issues met while reading (front matter that did not parse, a field ignored), each
    one line naming the file; the article opened all the same."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its place; the text is kept because nearly every stage reads it."""

    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an actor is named, with the words used ("the Kremlin" for Russia)."""

    span: Span
    surface: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, state, organisation, place or group, with every form of its name merged."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    role: str | None = None
    mentions: tuple[Mention, ...] = ()
    adjectival: tuple[Mention, ...] = ()
    """Adjectival uses, kept apart from `mentions`: a demonym qualifying a noun ("Russian
    officials", "French troops") says something about the actor without naming it."""

    @property
    def mention_count(self) -> int:
        """How often the article names the actor in any form (adjectival uses not counted)."""
        return len(self.mentions)


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it.

    `speaker` is an actor's canonical name when the speaker could be resolved to one (then
    `speaker_is_actor` is true), otherwise a description such as "Russian officials", or None
    when the text does not say. `span` covers the quoted words without their quotation marks; a
    curated quote that cannot be found in the text has none.
    """

    text: str
    speaker: str | None
    cue: str | None = None
    span: Span | None = None
    speaker_is_actor: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    """Paragraphs `first` up to (not including) `end`, with a title.

    A computed title is at most six words. An author's heading is kept whole as `title` (the
    reader's header shows it) and, when longer than six words, `short_title` holds the form the
    section list shows ("Dispute Settlement Performance" for a ten-word subhead).
    """

    title: str
    first: int
    end: int
    short_title: str = ""
    """The title for the section list when `title` is too long for it; "" when it is not."""

    @property
    def label(self) -> str:
        """What the section list shows: `short_title`, else `title`."""
        return self.short_title or self.title

    def __contains__(self, paragraph: object) -> bool:
        return isinstance(paragraph, int) and self.first <= paragraph < self.end


@dataclass(frozen=True, slots=True)
class Estimative:
    """An estimative term and its ICD 203 probability band ("unlikely", 20-45%)."""

    term: str
    band: str
    low: int
    high: int

    @property
    def label(self) -> str:
        """The term with its band, as the reader and exports print it; a hedge ("may"), which
        has no band (band ""), is the term alone."""
        return f"{self.term} ({self.band})" if self.band else self.term


@dataclass(frozen=True, slots=True)
class Point:
    """A line of the so-what view, pointing back to where the article says it."""

    text: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Judgment:
    """A key judgment: an analytic claim, with its estimative language when it has any."""

    text: str
    estimative: Estimative | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class SoWhat:
    """Why the piece matters: bottom line up front, judgments, implications, what to watch."""

    bottom_line: Point = field(default_factory=lambda: Point(""))
    key_judgments: tuple[Judgment, ...] = ()
    implications: tuple[Point, ...] = ()
    watch: tuple[Point, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event, resolved against the publication date, for the timeline."""

    when: date
    precision: str
    """"day", "week", "month" or "year": how much of `when` the article actually stated ("week"
    for "last week", dated to the same weekday that week)."""
    phrase: str
    """The date expression as written ("On October 13")."""
    text: str
    """The sentence that reports the event."""
    span: Span
    expected: bool = False
    """True when the event had not happened by the publication date: a deadline, a scheduled
    vote, a forecast ("will meet on Friday", "by 2030", "next year")."""


@dataclass(frozen=True, slots=True)
class Curated:
    """What a user wrote in a YAML briefing; the analysis uses these as written.

    None means "not written, compute it"; an empty tuple means "written as empty".
    """

    actors: tuple[Actor, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    bottom_line: str | None = None
    key_judgments: tuple[Judgment, ...] | None = None
    implications: tuple[Point, ...] | None = None
    watch: tuple[Point, ...] | None = None
    timeline: tuple[Event, ...] | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An ingested article: metadata, body paragraphs and the headings the source wrote."""

    meta: Metadata
    paragraphs: tuple[Paragraph, ...]
    headings: tuple[Heading, ...] = ()
    curated: Curated | None = None
    standfirst: str | None = None
    """The page's standfirst (dek, summary) above the body, as written; not a body paragraph."""
    notes: tuple[str, ...] = ()
    """Endnotes and reference-list entries, kept aside as written; never analysed as body."""

    @property
    def word_count(self) -> int:
        """Words in the body, for reading time and the library listing."""
        return sum(len(paragraph.text.split()) for paragraph in self.paragraphs)

    @property
    def reading_minutes(self) -> int:
        """Reading time at 230 words a minute, the usual figure for analytic prose; at least 1."""
        return max(1, round(self.word_count / 230))

    def text_of(self, span: Span) -> str:
        """The words a span covers."""
        return self.paragraphs[span.paragraph].text[span.start : span.end]


@dataclass(frozen=True, slots=True)
class Briefing:
    """The structured reading of an article: what the TUI shows and the exports print."""

    article: Article
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    so_what: SoWhat
    timeline: tuple[Event, ...]

    def section_of(self, paragraph: int) -> int:
        """Index of the section holding a paragraph (0 when there are no sections)."""
        for index, section in enumerate(self.sections):
            if paragraph in section:
                return index
        return 0
