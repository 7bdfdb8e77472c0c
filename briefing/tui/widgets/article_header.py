"""The reader's header: what the piece is, who wrote it, and where in it the reader is."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing.model import Briefing
from briefing.tui.text import plain


def byline(briefing: Briefing) -> str:
    """Author, source, date and reading time, joined; missing parts are left out."""
    meta = briefing.article.meta
    parts = [
        meta.author,
        meta.source,
        meta.published.isoformat() if meta.published else None,
        f"{briefing.article.reading_minutes} min read",
    ]
    return " · ".join(part for part in parts if part)


class ArticleHeader(Static):
    """Two lines: the title, then the current section (first: it must not be cut off) and
    the byline."""

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        self.briefing = briefing
        super().__init__(id=id)
        self.show_section(0)

    def set_briefing(self, briefing: Briefing) -> None:
        """Describe a new analysis of the article."""
        self.briefing = briefing
        self.show_section(0)

    def show_section(self, index: int) -> None:
        """Name the section the reader is in."""
        sections = self.briefing.sections
        title = plain(self.briefing.article.meta.title, "Untitled").stylize("bold")
        line = plain(byline(self.briefing)).stylize("$text-muted")
        if sections:
            where = plain(f"§{index + 1}/{len(sections)} {sections[index].title}")
            line = where.stylize("bold $text-accent") + plain("  ") + line
        # Two lines in a box of fixed height: new words need no layout pass.
        self.update(Content("\n").join([title, line]), layout=False)
