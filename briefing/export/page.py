"""What goes on the one-page summary, ranked, and how it shrinks to fit.

Every renderer (Markdown, text, HTML, PDF) prints the same `SummaryPage`, so the formats agree on
what the summary says. The page is built once from a `Briefing` with the most it will ever show
(5 judgments, 8 actors, 5 quotes, 4 implications; `notes.py` adds up to 8 of the reader's
highlights and notes); each item list is kept best-first, so fitting a page is simply cutting
lists from the end. `reductions` yields ever smaller pages in the order the issue asks for
(spare quotes, judgments and actors first, then notes beyond 3, implications and watch items,
then the outline), so each renderer only has to say whether a page fits; `omitted` then
describes the difference in words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from briefing.model import Actor, Briefing, Judgment, Quote

MAX_JUDGMENTS = 5
MIN_JUDGMENTS = 3
MAX_ACTORS = 8
MIN_ACTORS = 5
MAX_QUOTES = 5
MIN_QUOTES = 3
MAX_WATCH = 5
MAX_IMPLICATIONS = 4
MAX_OUTLINE = 10
MAX_NOTES = 8
"""The reader's highlights and notes the page shows at most; the rest are counted on it."""
MIN_NOTES = 3

TITLE_LIMIT = 200
"""Characters of title kept: a runaway title must not be able to push the page over by itself."""
BOTTOM_LINE_LIMIT = 600
"""Characters of bottom line kept; the issue asks for one or two sentences."""
ITEM_LIMIT = 400
"""Characters of any judgment, quote or watch item kept before the page is even measured."""
SHORT_LIMIT = 160
"""What items are cut to in the last resort, when even the smallest lists do not fit."""


@dataclass(frozen=True, slots=True)
class JudgmentLine:
    """A key judgment with its estimative term and ICD 203 band, when it has them."""

    text: str
    term: str | None = None
    band: str | None = None
    low: int | None = None


@dataclass(frozen=True, slots=True)
class ActorLine:
    """A key actor: canonical name, what kind of actor, its role when the text gives one."""

    name: str
    kind: str
    role: str | None = None
    mentions: int = 0

    @property
    def description(self) -> str:
        """The role when known ("Prime Minister"), else the kind ("country")."""
        return self.role or self.kind


@dataclass(frozen=True, slots=True)
class QuoteLine:
    """A key quotation and who said it (None when the article does not say)."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class NoteLine:
    """One of the reader's highlights or notes: the words quoted, the note, and where they are.

    Made from the store's annotations by `briefing.export.notes.note_lines`.
    """

    quote: str
    note: str = ""
    """The reader's note; "" for a highlight."""
    paragraph: int = 0
    """0-based paragraph index, printed 1-based as in the reader and `briefing notes`."""
    section: str | None = None
    """The title of the section holding the paragraph, when the article has titled sections."""
    lost: bool = False
    """The words are no longer in the (edited) article."""

    @property
    def reference(self) -> str:
        """Where the words are: "¶ 4, After Karabakh" (", text since edited away" when lost)."""
        parts = [f"¶ {self.paragraph + 1}", self.section]
        if self.lost:
            parts.append("text since edited away")
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class SummaryPage:
    """Everything one page shows, lists best-first; renderers only lay it out."""

    title: str
    author: str | None
    source: str | None
    published: date | None
    url: str | None
    exported: date
    bottom_line: str
    judgments: tuple[JudgmentLine, ...] = ()
    actors: tuple[ActorLine, ...] = ()
    quotes: tuple[QuoteLine, ...] = ()
    outline: tuple[str, ...] = ()
    watch: tuple[str, ...] = ()
    implications: tuple[str, ...] = ()
    """What follows from the analysis, in reading order (renderers print it under a heading
    "Implications", between the judgments and what to watch)."""
    notes: tuple[NoteLine, ...] = ()
    """The reader's highlights and notes in reading order (renderers print them under "Notes"
    after what to watch); empty, and no part at all, when the article has none."""
    notes_total: int = 0
    """How many highlights and notes the article has, however many `notes` shows."""
    notes_command: str = "briefing notes"
    """The command that prints them all (`more_notes` points to it)."""
    shortened: bool = False
    """True once items were cut to `SHORT_LIMIT` characters to fit."""

    @property
    def byline(self) -> str:
        """Author, source and date on one line, leaving out what is unknown."""
        parts = [self.author, self.source, format_date(self.published)]
        return " · ".join(part for part in parts if part)

    @property
    def citation(self) -> str:
        """The source citation for the footer, in the usual author, "title", source, date order."""
        parts = [self.author, f"“{self.title}”", self.source, format_date(self.published)]
        text = ", ".join(part for part in parts if part) + "."
        return f"{text} {self.url}" if self.url else text

    @property
    def more_notes(self) -> str | None:
        """ "3 more notes in briefing notes FILE" when the page shows fewer than there are."""
        more = self.notes_total - len(self.notes)
        if more <= 0:
            return None
        return f"{more} more note{'s' * (more != 1)} in {self.notes_command}"

    @property
    def export_note(self) -> str:
        """When the summary was made, and by what."""
        return f"One-page summary made by briefing on {self.exported.isoformat()}."


def format_date(day: date | None) -> str | None:
    """A date as readers write it ("31 October 2023"), independent of the locale."""
    if day is None:
        return None
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def build_page(briefing: Briefing, exported: date) -> SummaryPage:
    """The fullest page the briefing allows, every list ranked best-first.

    The export date is a parameter so that golden files do not change every day.
    """
    meta = briefing.article.meta
    so_what = briefing.so_what
    outline = tuple(_clip(section.title, 80) for section in briefing.sections if section.title)
    return SummaryPage(
        title=_clip(meta.title or "Untitled", TITLE_LIMIT),
        author=meta.author,
        source=meta.source,
        published=meta.published,
        url=meta.url,
        exported=exported,
        bottom_line=_clip(so_what.bottom_line.text, BOTTOM_LINE_LIMIT),
        judgments=rank_judgments(so_what.key_judgments)[:MAX_JUDGMENTS],
        actors=rank_actors(briefing.actors)[:MAX_ACTORS],
        quotes=rank_quotes(briefing.quotes)[:MAX_QUOTES],
        outline=outline[:MAX_OUTLINE],
        watch=tuple(_clip(point.text, ITEM_LIMIT) for point in so_what.watch if point.text)[
            :MAX_WATCH
        ],
        implications=tuple(
            _clip(point.text, ITEM_LIMIT) for point in so_what.implications if point.text
        )[:MAX_IMPLICATIONS],
    )


def rank_judgments(judgments: tuple[Judgment, ...]) -> tuple[JudgmentLine, ...]:
    """Judgments that carry an estimative band first (they are the ones a reader acts on),
    otherwise in the order the analysis gave them. A hedge ("may") shows its term, no band."""
    ranked = sorted(
        (judgment for judgment in judgments if judgment.text.strip()),
        key=lambda judgment: not (judgment.estimative and judgment.estimative.band),
    )
    return tuple(
        JudgmentLine(
            text=_clip(judgment.text, ITEM_LIMIT),
            term=judgment.estimative.term if judgment.estimative else None,
            band=(judgment.estimative.band or None) if judgment.estimative else None,
            low=(
                judgment.estimative.low
                if judgment.estimative and judgment.estimative.band
                else None
            ),
        )
        for judgment in ranked
    )


def rank_actors(actors: tuple[Actor, ...]) -> tuple[ActorLine, ...]:
    """In the analysis's order, which ranks by salience (what the article is about), not by the
    raw count: a country named mostly as an adjective must not outrank the article's subject."""
    return tuple(
        ActorLine(actor.name, str(actor.kind), actor.role, actor.mention_count) for actor in actors
    )


def rank_quotes(quotes: tuple[Quote, ...]) -> tuple[QuoteLine, ...]:
    """Attributed quotes first, spread over speakers, then shown best-first.

    A page of five quotes from one person says less than one from each side, so the ranking takes
    one quote per speaker in turn (in order of first appearance) before a second from anyone.
    Quotes with no speaker come last; one-word quotes are left out (they are usually terms).
    """
    usable = [quote for quote in quotes if len(quote.text.split()) >= 2]
    attributed = [quote for quote in usable if quote.speaker]
    anonymous = [quote for quote in usable if not quote.speaker]
    queues: dict[str, list[Quote]] = {}
    for quote in attributed:
        queues.setdefault(_speaker_key(quote.speaker or ""), []).append(quote)
    ranked: list[Quote] = []
    while any(queues.values()):
        for queue in queues.values():
            if queue:
                ranked.append(queue.pop(0))
    ranked.extend(anonymous)
    return tuple(
        QuoteLine(_clip(quote.text, ITEM_LIMIT).rstrip(",;: "), quote.speaker) for quote in ranked
    )


_DETERMINERS = frozenset({"a", "an", "one", "the", "some", "another", "other", "several"})


def _speaker_key(speaker: str) -> str:
    """Descriptions of one group of speakers count as one speaker ("a Russian official",
    "Russian officials"), so spreading quotes over speakers is not fooled by wording."""
    words = speaker.lower().split()
    while len(words) > 1 and words[0] in _DETERMINERS:
        words = words[1:]
    if words and len(words[-1]) > 3 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def reductions(page: SummaryPage) -> Iterator[SummaryPage]:
    """Ever smaller versions of `page`, lowest-ranked items going first.

    The order follows the issue: quotes beyond 3, judgments beyond 3, actors beyond 5, the
    reader's notes beyond 3, then the implications down to one, the watch list item by item, the
    last implication, then the outline and the notes beyond the first; past that the page is
    already below the issue's minimums, so quotes, actors and judgments go down to one each and
    every item is shortened. The last page yielded is small enough for any format (what it
    leaves of the notes is the line saying how many more there are and where).
    """
    current = page
    steps = (
        ("quotes", MIN_QUOTES),
        ("judgments", MIN_JUDGMENTS),
        ("actors", MIN_ACTORS),
        ("notes", MIN_NOTES),
        ("implications", 1),
        ("watch", 0),
        ("implications", 0),
        ("outline", 0),
        ("notes", 1),
        ("quotes", 1),
        ("actors", 3),
        ("judgments", 1),
    )
    for name, floor in steps:
        while len(getattr(current, name)) > floor:
            current = replace(current, **{name: getattr(current, name)[:-1]})
            yield current
    current = _shorten(current)
    yield current
    current = replace(current, quotes=(), actors=())
    yield current
    if current.notes:
        current = replace(current, notes=())
        yield current
    yield replace(current, judgments=())


def _shorten(page: SummaryPage) -> SummaryPage:
    """Every item cut to `SHORT_LIMIT` characters, the last resort before dropping sections."""
    return replace(
        page,
        bottom_line=_clip(page.bottom_line, 2 * SHORT_LIMIT),
        judgments=tuple(replace(j, text=_clip(j.text, SHORT_LIMIT)) for j in page.judgments),
        quotes=tuple(replace(q, text=_clip(q.text, SHORT_LIMIT)) for q in page.quotes),
        watch=tuple(_clip(item, SHORT_LIMIT) for item in page.watch),
        implications=tuple(_clip(item, SHORT_LIMIT) for item in page.implications),
        notes=tuple(
            replace(n, quote=_clip(n.quote, SHORT_LIMIT), note=_clip(n.note, SHORT_LIMIT))
            for n in page.notes
        ),
        shortened=True,
    )


def omitted(full: SummaryPage, shown: SummaryPage) -> tuple[str, ...]:
    """In words, what `shown` leaves out of `full` ("2 of 5 quotes")."""
    notes = []
    for name, label in (
        ("judgments", "key judgments"),
        ("actors", "actors"),
        ("quotes", "quotes"),
        ("implications", "implications"),
        ("watch", "watch items"),
        ("outline", "outline sections"),
    ):
        total = len(getattr(full, name))
        dropped = total - len(getattr(shown, name))
        if dropped:
            notes.append(f"{dropped} of {total} {label}")
    dropped = full.notes_total - len(shown.notes)
    if dropped > 0:
        notes.append(f"{dropped} of {full.notes_total} notes (all in {shown.notes_command})")
    if shown.shortened and not full.shortened:
        notes.append("long items shortened")
    return tuple(notes)


def fit(page: SummaryPage, fits: Callable[[SummaryPage], bool]) -> SummaryPage:
    """The first of `page` and its reductions that `fits(page)` accepts (the last one otherwise)."""
    if fits(page):
        return page
    candidate = page
    for candidate in reductions(page):
        if fits(candidate):
            return candidate
    return candidate


def _clip(text: str, limit: int) -> str:
    """`text` with whitespace collapsed, cut at a word boundary to at most `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
