"""The library's query line: typing filters the list, `/` searches the text of every article.

A mixin of `LibraryScreen` (library.py), which owns the table and the reactive `full_text` and
`search_query`. Filtering keeps the rows whose file name, title, source or author contain what
was typed, in the list's order (the folder's, or the chosen sort); a full-text search lists the
index's hits best first (FTS5 rank) whatever the sort, which applies again once it is cleared.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.events import DescendantFocus, Key
from textual.widgets import DataTable, Input

if TYPE_CHECKING:
    from briefing.tui.screens.library import LibraryScreen

    _Base = LibraryScreen
else:
    _Base = object

SEARCH_LIMIT = 200
"""Full-text hits listed at most, best first. Refilling the table is most of the time a key
takes (10,000 articles: ~250 ms a key for 1,000 rows, ~90 ms for 200, CPU, on a loaded
machine); `briefing search -n N` lists more."""


class LibraryFilterMixin(_Base):
    """Filtering and full-text search of the library's list."""

    @property
    def ranked(self) -> bool:
        """Whether the rows are full-text hits, listed best first (help: "best matches first")
        whatever `sort_by` says; the sort applies again once the search is cleared."""
        return self.full_text and bool(self.search_query.strip())

    def shown(self) -> list[Path]:
        """The paths the current query lets through, in the order to show them."""
        query = self.search_query.strip()
        if not query:
            return self.paths
        if self.full_text:
            if self.index is None:
                return []
            hits = self.index.search(
                self.search_query, limit=SEARCH_LIMIT, snippets=False, as_you_type=True
            )
            self.capped = len(hits) == SEARCH_LIMIT
            return [self.directory / hit.name for hit in hits]
        folded = query.lower()
        return [path for path in self.paths if folded in self._haystack(path)]

    def _haystack(self, path: Path) -> str:
        row = self.rows.get(path)
        parts = [path.name]
        if row is not None:
            parts += [row.title or "", row.source or "", row.author or ""]
        return " ".join(parts).lower()

    def on_key(self, event: Key) -> None:
        """Type to filter: a printable key pressed on the list goes to the filter line.

        Every letter does, `q` included: "qatar" filters (ctrl+q quits the library). Keys
        typed in one burst ("iraq") are all routed to the list before the focus moves to the
        filter, so until it has moved (and for keys routed before it did) they go to the filter
        too; on the list alone, `/`, `?` and space keep their bindings.
        """
        field = self.query_one("#filter", Input)
        if not event.is_printable or event.character is None:
            return
        if not (field.has_focus or self._filter_pending):
            if event.character in "/?" or event.character.isspace():
                return  # the list's own keys
            self._filter_pending = True
            field.focus()
        field.insert_text_at_cursor(event.character)
        event.stop()
        event.prevent_default()

    def action_type_letter(self, letter: str) -> None:
        """A letter bound to a key on the list (`q`) types itself into the filter line."""
        field = self.query_one("#filter", Input)
        field.focus()
        field.insert_text_at_cursor(letter)

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        if event.widget.id == "filter":
            self._filter_pending = False

    def watch_search_query(self) -> None:
        self._fill()
        self._show_status()

    def watch_full_text(self, full_text: bool) -> None:
        self.set_class(full_text, "-full-text")
        self.query_one("#filter", Input).placeholder = (
            "Search titles, text, actors and quotes of every article"
            if full_text
            else "Type to filter · / to search the text of every article"
        )
        self._fill()

    def action_search(self) -> None:
        self.full_text = True
        self.query_one("#filter", Input).focus()

    def action_clear(self) -> None:
        field = self.query_one("#filter", Input)
        field.value = ""
        self.search_query = ""
        self.full_text = False
        self._filter_pending = False
        self.query_one(DataTable).focus()

    def help_for_action(self, action: str, what: str) -> str | None:
        """What escape and Enter do now, for the `?` help (screens/help.py): escape is left
        out when there is nothing to clear and the list has the focus already."""
        if action == "select_cursor":
            return "Open the article"
        if action != "clear":
            return what
        field = self.query_one("#filter", Input)
        if field.value or self.full_text:
            return "Clear the search" if self.full_text else "Clear the filter"
        return "Back to the list" if field.has_focus else None
