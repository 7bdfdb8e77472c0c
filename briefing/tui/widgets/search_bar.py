"""The search line at the bottom of the reader: the query and where you are among the hits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """An input and a "3/14" counter; shown while searching or while a query is active."""

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-slash")
        yield Input(placeholder="Search the article (Enter: go · Esc: clear)", id="search-input")
        yield Label("", id="search-count")

    @property
    def input(self) -> Input:
        """The query field."""
        return self.query_one("#search-input", Input)

    def show_count(self, current: int, total: int, query: str) -> None:
        """ "3/14", "no matches", or nothing before a query is typed."""
        label = self.query_one("#search-count", Label)
        if not query:
            label.update("")
        elif total == 0:
            label.update("no matches")
        elif current < 0:
            label.update(f"{total} matches")
        else:
            label.update(f"{current + 1}/{total}")
