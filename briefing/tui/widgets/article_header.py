"""The reader's header: what the piece is, who wrote it, and where in it the reader is."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing.model import Briefing
from briefing.tui.text import plain


def byline(briefing: Briefing) -> str:
    """Author, source, date and reading time, joined; missing parts are left out."""
    return fitting_byline(briefing, 0)


DROP_ORDER = (3, 2, 1, 0)
"""Which byline parts go first when the header's line is too narrow for all of them (indexes
into the full author, source, date, reading-time list): reading time, date, source, author.
What is left is whole parts, never a word cut in two; the section comes first and stays."""


def fitting_byline(briefing: Briefing, room: int) -> str:
    """The byline with its least important parts left out until it fits in `room` cells
    (empty when not even the author fits); `room` <= 0: all of it (no width known yet)."""
    meta = briefing.article.meta
    full = [
        meta.author,
        meta.source,
        meta.published.isoformat() if meta.published else None,
        f"{briefing.article.reading_minutes} min read",
    ]
    kept = [index for index, part in enumerate(full) if part]
    text = " · ".join(full[index] or "" for index in kept)
    if room <= 0:
        return text
    for index in DROP_ORDER:
        if plain(text).cell_length <= room:
            break
        if index in kept:
            kept.remove(index)
            text = " · ".join(full[index] or "" for index in kept)
    return text if plain(text).cell_length <= room else ""


class ArticleHeader(Static):
    """Two lines: the title, then the current section (first: it must not be cut off) and
    the byline."""

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        self.briefing = briefing
        self._section = 0
        super().__init__(id=id)
        self.show_section(0)

    def on_resize(self) -> None:
        self.show_section(self._section)  # the byline's parts that fit the new width

    def set_briefing(self, briefing: Briefing) -> None:
        """Describe a new analysis of the article."""
        self.briefing = briefing
        self.show_section(0)

    def show_section(self, index: int) -> None:
        """Name the section the reader is in."""
        self._section = index
        sections = self.briefing.sections
        title = plain(self.briefing.article.meta.title, "Untitled").stylize("bold")
        where = plain("")
        if sections:
            where = plain(f"§{index + 1}/{len(sections)} {sections[index].title}  ")
        # A byline that does not fit loses its least important parts, whole (never a cut
        # word); a section title too long for the line is cut with an ellipsis (the CSS).
        width = self.content_size.width  # (0 before the first layout: all of it)
        room = width - where.cell_length
        line = plain(fitting_byline(self.briefing, room) if not width or room > 0 else "")
        line = line.stylize("$text-muted")
        if sections:
            line = where.stylize("bold $text-accent") + line
        # Two lines in a box of fixed height: new words need no layout pass.
        self.update(Content("\n").join([title, line]), layout=False)
