"""The search line at the bottom of the reader: the query and where you are among the hits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """An input, the keys that apply now and a "3/14" counter.

    The screen shows it in place of the footer while a search is open or a query is active:
    the footer's single-letter keys would go into the input anyway, and taking the same row
    leaves the article's size alone, so opening the search redraws one line, not the reader.
    """

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-slash")
        yield Input(placeholder="Search the article", id="search-input")
        yield Label("", id="search-mention")
        yield Label("", id="search-hint")
        yield Label("", id="search-count")

    @property
    def input(self) -> Input:
        """The query field."""
        return self.query_one("#search-input", Input)

    def show_state(
        self, current: int, total: int, query: str, *, typing: bool, label: str = ""
    ) -> None:
        """The keys that apply now, then "3/14", "no matches", or nothing before a query.

        With a `label` and no query (stepping through an actor's mentions), the line shows
        "Russia 3/47" instead of the input."""
        if label and not query:
            self.query_one("#search-input", Input).display = False
            self.query_one("#search-slash", Label).display = False
            mention = self.query_one("#search-mention", Label)
            mention.display = True
            mention.update(label, layout=False)
            hint = "n next · N prev · esc clear"
            self.query_one("#search-hint", Label).update(hint, layout=False)
            self.query_one("#search-count", Label).update(
                f"{current + 1}/{total}" if current >= 0 else f"{total}", layout=False
            )
            return
        if self.query_one("#search-mention", Label).display:
            self.query_one("#search-mention", Label).display = False
            self.query_one("#search-input", Input).display = True
            self.query_one("#search-slash", Label).display = True
        if not query:
            count = ""
        elif total == 0:
            count = "no matches"
        elif current < 0:
            count = f"{total} match{'es' if total != 1 else ''}"
        else:
            count = f"{current + 1}/{total}"
        if typing:
            hint = "enter go · esc clear" if total else "esc clear"
        else:
            hint = "n next · N prev · esc clear"
        # Both labels have fixed widths: no layout pass (of the whole screen) on every key.
        self.query_one("#search-hint", Label).update(hint, layout=False)
        self.query_one("#search-count", Label).update(count, layout=False)
