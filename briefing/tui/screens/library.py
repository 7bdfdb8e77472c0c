"""The library: every article of the folder, listed at once and filled in by a worker.

Rows appear from file names alone, so a folder of hundreds of articles shows instantly; a
thread then reads each file (title, source, author, date, reading time) and afterwards analyses
it for the search index (actor names and quotes). A file that fails is listed with its error.
Typing filters the list; `/` searches titles and the text of every article.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import DescendantFocus, Key
from textual.reactive import var
from textual.widgets import DataTable, Input, Static

from briefing.library import list_articles
from briefing.library.search import SearchIndex
from briefing.model import Article, Briefing
from briefing.tui.screens.base import BriefingScreen
from briefing.tui.text import plain
from briefing.tui.widgets.key_footer import KeyFooter

COLUMNS = (
    ("Title", "title"),
    ("Source", "source"),
    ("Author", "author"),
    ("Date", "date"),
    ("Min", "minutes"),
)
FIXED_WIDTHS = {"source": 18, "author": 18, "date": 10, "minutes": 3}
"""Widths of the columns after the title, which takes the rest of the screen."""
AUTHOR_MIN_SCREEN = 100
"""Below this width the author column is left out so titles stay readable."""
FLUSH_SECONDS = 0.1
"""How often the loading thread hands finished rows to the UI: a few updates a second."""


class LibraryScreen(BriefingScreen):
    """The articles of one folder."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search text", id="library.search"),
        Binding("enter", "open", "Open", id="library.open", show=False),
        Binding("escape", "clear", "Clear", id="library.clear"),
    ]

    full_text: var[bool] = var(False, init=False)
    """Whether the query searches the text of every article (after `/`) or filters the list."""
    search_query: var[str] = var("", init=False)
    """What the user typed."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.paths: list[Path] = []
        self.articles: dict[Path, Article] = {}
        self.errors: dict[Path, str] = {}
        self.briefings: dict[Path, Briefing] = {}
        self.index = SearchIndex()
        self.snippets: dict[str, str] = {}
        self._filter_pending = False
        """Whether a key typed on the list has sent the focus to the filter, not there yet."""

    def compose(self) -> ComposeResult:
        yield Static(plain(f"Library: {self.directory.name or self.directory}"), id="library-title")
        yield Input(
            placeholder="Type to filter · / to search the text of every article",
            id="filter",
            select_on_focus=False,
        )
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static("", id="preview")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._columns_for = 0
        self._layout_columns()
        listing = list_articles(self.directory)
        self.paths = list(listing.articles)
        for path, reason in listing.skipped:
            self.errors[path] = reason
            self.paths.append(path)
        self._fill()
        self.query_one(DataTable).focus()
        self.load()

    def on_resize(self) -> None:
        self._layout_columns()

    def _layout_columns(self) -> None:
        """Fit the title column to the screen; drop the author column on narrow screens."""
        width = self.size.width or self.app.size.width
        if width == self._columns_for:
            return
        self._columns_for = width
        table = self.query_one(DataTable)
        keys = [key for _, key in COLUMNS if key != "author" or width >= AUTHOR_MIN_SCREEN]
        fixed = sum(FIXED_WIDTHS[key] + 2 for key in keys[1:])
        title = max(12, width - fixed - 4)
        table.clear(columns=True)
        for label, key in COLUMNS:
            if key in keys:
                table.add_column(label, key=key, width=FIXED_WIDTHS.get(key, title))
        if self.paths:
            self._fill()

    # Rows

    def _cells(self, path: Path) -> tuple[object, ...]:
        article = self.articles.get(path)
        if article is not None:
            meta = article.meta
            return (
                plain(meta.title, path.name),
                plain(meta.source, "—"),
                plain(meta.author, "—"),
                plain(meta.published.isoformat() if meta.published else "—"),
                plain(str(article.reading_minutes)),
            )
        error = self.errors.get(path)
        if error is not None:
            return (
                plain(f"⚠ {path.name}: {error}").stylize("$text-error"),
                *(plain("") for _ in COLUMNS[1:]),
            )
        return (plain(path.name).stylize("$text-muted"), *(plain("…") for _ in COLUMNS[1:]))

    def shown(self) -> list[Path]:
        """The paths the current query lets through, in the order to show them."""
        query = self.search_query.strip()
        if not query:
            return self.paths
        if self.full_text:
            results = self.index.search(query)
            self.snippets = {result.key: result.snippet for result in results}
            by_key = {str(path): path for path in self.paths}
            return [by_key[result.key] for result in results if result.key in by_key]
        folded = query.lower()
        return [path for path in self.paths if folded in self._haystack(path)]

    def _haystack(self, path: Path) -> str:
        article = self.articles.get(path)
        parts = [path.name]
        if article is not None:
            meta = article.meta
            parts += [meta.title, meta.source or "", meta.author or ""]
        return " ".join(parts).lower()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        selected = self._selected_path()
        table.clear()
        columns = [key for _, key in COLUMNS]
        kept = [columns.index(key.value) for key in table.columns if key.value in columns]
        for path in self.shown():
            cells = self._cells(path)
            table.add_row(*(cells[index] for index in kept), key=str(path))
        if selected is not None and str(selected) in table.rows:
            table.move_cursor(row=table.get_row_index(str(selected)))
        self._show_preview()

    def _update_rows(self, paths: list[Path]) -> None:
        table = self.query_one(DataTable)
        if self.search_query:
            self._fill()
            return
        for path in paths:
            key = str(path)
            if key in table.rows:
                for (_, column), value in zip(COLUMNS, self._cells(path), strict=True):
                    if column in table.columns:
                        table.update_cell(key, column, value)
        self._show_preview()

    def _selected_path(self) -> Path | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return Path(key) if key is not None else None

    def _show_preview(self) -> None:
        path = self._selected_path()
        preview = self.query_one("#preview", Static)
        if path is None:
            preview.update(
                plain("No articles match." if self.search_query else "No articles here.")
            )
        elif path in self.errors:
            preview.update(plain(f"{path.name}: {self.errors[path]}").stylize("$text-error"))
        elif self.full_text and self.snippets.get(str(path)):
            preview.update(plain(self.snippets[str(path)]))
        else:
            loaded = len(self.articles) + len(self.errors)
            status = f"{len(self.paths)} articles"
            if loaded < len(self.paths):
                status += f" · reading {loaded}/{len(self.paths)}"
            elif len(self.briefings) + len(self.errors) < len(self.paths):
                status += f" · analysing {len(self.briefings)}/{len(self.articles)}"
            preview.update(plain(f"{path.name} · {status}"))

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_preview()

    # Loading

    @work(thread=True, exclusive=True, exit_on_error=False, name="library loader")
    def load(self) -> None:
        """Read every file, then analyse each for the search index; rows update in batches."""
        from briefing.analysis.pipeline import analyze
        from briefing.errors import BriefingError
        from briefing.ingest import load_article

        pending: list[tuple[Path, Article | str]] = []
        last = time.monotonic()
        for path in list(self.paths):
            if path in self.errors:
                continue
            try:
                pending.append((path, load_article(path)))
            except BriefingError as error:
                pending.append((path, str(error).removeprefix(f"{path}: ")))
            if time.monotonic() - last > FLUSH_SECONDS:
                self.app.call_from_thread(self._loaded, pending)
                pending, last = [], time.monotonic()
        self.app.call_from_thread(self._loaded, pending)
        for path in list(self.paths):
            article = self.articles.get(path)
            if article is None or path in self.briefings:
                continue
            briefing = analyze(article)
            self.briefings[path] = briefing
            self.index.add_briefing(str(path), briefing)
        self.app.call_from_thread(self._show_preview)

    def _loaded(self, results: list[tuple[Path, Article | str]]) -> None:
        for path, outcome in results:
            if isinstance(outcome, str):
                self.errors[path] = outcome
            else:
                self.articles[path] = outcome
                self.index.add_article(str(path), outcome)
        self._update_rows([path for path, _ in results])

    # Filtering and searching

    def on_key(self, event: Key) -> None:
        """Type to filter: a printable key pressed on the list goes to the filter line.

        Keys typed in one burst ("iraq") are all routed to the list before the focus moves to
        the filter, so until it has moved (and for keys routed before it did) they go to the
        filter too, even `q`; on the list alone, `/`, `?`, `q` and space keep their bindings.
        """
        field = self.query_one("#filter", Input)
        if not event.is_printable or event.character is None:
            return
        if not (field.has_focus or self._filter_pending):
            if event.character in "/?q" or event.character.isspace():
                return  # the list's own keys
            self._filter_pending = True
            field.focus()
        field.insert_text_at_cursor(event.character)
        event.stop()
        event.prevent_default()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        if event.widget.id == "filter":
            self._filter_pending = False

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.search_query = event.value

    def watch_search_query(self) -> None:
        self._fill()

    def watch_full_text(self, full_text: bool) -> None:
        self.set_class(full_text, "-full-text")
        self.query_one("#filter", Input).placeholder = (
            "Search titles, text, actors and quotes of every article"
            if full_text
            else "Type to filter · / to search the text of every article"
        )
        self._fill()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one(DataTable).focus()

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

    # Opening

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        path = self._selected_path()
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        """Open one of the library's articles in the reader (or say why it cannot be read)."""
        if path in self.errors:
            self.notify(f"{path.name}: {self.errors[path]}", severity="error", markup=False)
            return
        briefing = self.briefings.get(path)
        if briefing is None:
            from briefing.analysis.pipeline import analyze
            from briefing.errors import BriefingError
            from briefing.ingest import load_article

            try:
                article = self.articles.get(path) or load_article(path)
            except BriefingError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            briefing = analyze(article)
            self.briefings[path] = briefing
        from briefing.tui.screens.reader import ReaderScreen

        self.app.push_screen(ReaderScreen(briefing, from_library=True))
