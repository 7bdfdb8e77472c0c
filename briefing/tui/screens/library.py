"""The library: every article of the folder, listed at once from the index, refreshed by a worker.

Rows come from the persistent index (`briefing.library.index`): names from the folder, titles,
sources, authors, dates and reading times from the index, so even ten thousand articles list
at once; the files no one has indexed yet show their names. A thread then brings the index up
to date (`briefing.library.refresh`: only new and changed files are analysed, in a process pool
on every core) while a progress bar counts; a file that fails is listed with its error. The
screen holds rows, never analyses: the reader opens an article from its stored analysis.
Typing filters the list; `/` searches the index (FTS5: ranked, phrases, prefixes, -word) as
you type, with the selected hit's snippet below the list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.widgets import DataTable, Input, ProgressBar, Static

from briefing.counted import counted
from briefing.library import list_articles
from briefing.tui.screens.base import BriefingScreen
from briefing.tui.screens.library_filter import SEARCH_LIMIT, LibraryFilterMixin
from briefing.tui.screens.library_indexing import LibraryIndexingMixin
from briefing.tui.screens.library_paste import LibraryPasteMixin
from briefing.tui.screens.library_reading import LibraryReadingMixin
from briefing.tui.text import plain, styled
from briefing.tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from briefing.library.index import Entry, LibraryIndex

COLUMNS = (
    ("Title", "title"),
    ("Source", "source"),
    ("Author", "author"),
    ("Date", "date"),
    ("Min", "minutes"),
    ("Read", "read"),
)
FIXED_WIDTHS = {"source": 18, "author": 18, "date": 10, "minutes": 3, "read": 4}
"""Widths of the columns after the title, which takes the rest of the screen."""
AUTHOR_MIN_SCREEN = 100
"""Below this width the author column is left out so titles stay readable."""


class LibraryScreen(
    LibraryFilterMixin,
    LibraryIndexingMixin,
    LibraryPasteMixin,
    LibraryReadingMixin,
    BriefingScreen,
):
    """The articles of one folder."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search text", id="library.search"),
        Binding("enter", "open", "Open", id="library.open", show=False),
        Binding("escape", "clear", "Clear", id="library.clear"),
        Binding("ctrl+v", "paste", "Add the clipboard", id="library.paste", show=False),
        # Every letter typed on the list filters it, q too ("qatar"): ctrl+q quits here, and
        # the footer says so (the screen's q hides the app's "q Quit").
        Binding("ctrl+q", "app.quit", "Quit", id="library.quit", priority=True),
        Binding("q", "type_letter('q')", show=False, id="library.q"),
    ]

    full_text: var[bool] = var(False, init=False)
    """Whether the query searches the text of every article (after `/`) or filters the list."""
    search_query: var[str] = var("", init=False)
    """What the user typed."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.paths: list[Path] = []
        """Every article file of the folder, and the entries that are not, by name."""
        self.rows: dict[Path, Entry] = {}
        """What the index knows of each file: title, source, author, date, minutes."""
        self.errors: dict[Path, str] = {}
        """Files that cannot be read or analysed, and why."""
        self.index: LibraryIndex | None = None
        """This thread's connection to the index (None if it could not be opened at all)."""
        self.progress: tuple[int, int] | None = None
        """(done, total) while the index is being brought up to date, else None."""
        self.capped = False
        """Whether the full-text search found more hits than it lists."""
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
        yield ProgressBar(id="progress", show_eta=False)
        yield Static("", id="preview")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._columns_for = 0
        self._layout_columns()
        self.progress = (0, 0)
        listing = list_articles(self.directory)
        known = {entry.name: entry for entry in self._open_index()}
        for path in listing.articles:
            entry = known.get(path.name)
            if entry is not None:
                self._take(path, entry)
        self.paths = list(listing.articles)
        for path, reason in listing.skipped:
            self.errors[path] = reason
            self.paths.append(path)
        self._fill()
        self._show_status()
        self.query_one(DataTable).focus()
        self.load()
        self.call_after_refresh(self.load_reading)  # how far each was read: after the list

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
        row = self.rows.get(path)
        if row is not None:
            title = plain(row.title, path.name)
            others = self._duplicates.get(path)
            if others is not None:  # two files, one title: say which file this is, uncut
                from briefing.tui.library_rows import twin_title

                title = twin_title(title, path, others, self._title_width())
            return (
                title,
                plain(row.source, "—"),
                plain(row.author, "—"),
                plain(row.published or "—"),
                plain(str(row.minutes or 1)),
                self.read_cell(path),
            )
        error = self.errors.get(path)
        if error is not None:
            return (
                plain(f"⚠ {path.name}: {error}").stylize("$text-error"),
                *(plain("") for _ in COLUMNS[1:]),
            )
        return (
            plain(path.name).stylize("$text-muted"),
            *(plain("…") for _ in COLUMNS[1:-1]),
            self.read_cell(path),
        )

    def _title_width(self) -> int | None:
        columns = self.query_one(DataTable).columns
        return columns["title"].width if "title" in columns else None  # type: ignore[index]

    def describe(self, path: Path) -> tuple[str, str]:
        """(title, what else is known) of an article, for the command palette."""
        row = self.rows.get(path)
        if row is None:
            return path.name, self.errors.get(path, "not indexed yet")
        about = " · ".join(part for part in (row.source, row.published) if part)
        return row.title or path.name, about or path.name

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        selected = self._selected_path()
        table.clear()
        columns = [key for _, key in COLUMNS]
        kept = [columns.index(key.value) for key in table.columns if key.value in columns]
        from briefing.tui.library_rows import fit, sorted_paths, twins

        widths = [column.width for column in table.columns.values()]
        self._duplicates = twins({p: r.title for p, r in self.rows.items()})
        order = None if self.ranked else self.sort_by  # hits: best first, whatever the sort
        for path in sorted_paths(self.shown(), order, self.rows):
            cells = self._cells(path)
            table.add_row(
                *(fit(cells[index], width) for index, width in zip(kept, widths, strict=True)),
                key=str(path),
            )
        if selected is not None and str(selected) in table.rows:
            table.move_cursor(row=table.get_row_index(str(selected)))
        self._show_preview()
        self._show_status()  # the count follows what the filter shows

    sort_by: str | None = None
    """The column the rows are sorted by ("title", "source", "date"), None for the folder's
    order (full-text hits: best first)."""
    _duplicates: dict[Path, tuple[Path, ...]] = {}  # noqa: RUF012 - replaced, never changed
    """Paths whose title other files share (with those files): their rows name the file."""

    def sort_rows(self, column: str | None) -> None:
        """Sort the list by a column (a click on its header, or the command palette)."""
        self.sort_by = column
        self._fill()
        if self.ranked and column:
            self.notify(
                f"Search hits stay best first; the list is sorted by {column} once the "
                "search is cleared (escape).",
                markup=False,
            )

    @on(DataTable.HeaderSelected)
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        from briefing.tui.library_rows import SORTS

        if event.column_key.value in SORTS:
            self.sort_rows(event.column_key.value)

    def _update_rows(self, paths: list[Path]) -> None:
        table = self.query_one(DataTable)
        from briefing.tui.library_rows import twins

        duplicates = twins({p: r.title for p, r in self.rows.items()})
        if self.search_query or self.sort_by or duplicates != self._duplicates:
            self._fill()  # (which names duplicate titles' files anew)
            return
        for path in paths:
            key = str(path)
            if key in table.rows:
                for (_, column), value in zip(COLUMNS, self._cells(path), strict=True):
                    if column in table.columns:
                        from briefing.tui.library_rows import fit

                        table.update_cell(key, column, fit(value, table.columns[column].width))
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
            return
        if path in self.errors:
            preview.update(plain(f"{path.name}: {self.errors[path]}").stylize("$text-error"))
            return
        if self.full_text and self.search_query.strip() and self.index is not None:
            hit = self.index.snippet(self.search_query, path.name, as_you_type=True)
            if hit is not None and hit.snippet:
                marks = [(start, end, "bold $text-accent") for start, end in hit.marks]
                preview.update(styled(hit.snippet, marks))
                return
        preview.update(plain(path.name))

    def _show_status(self) -> None:
        """The title line: the folder, how many articles, and the indexing under way."""
        folder = self.directory.name or self.directory
        status = f"Library: {folder} · {counted(len(self.paths), 'article')}"
        if self.search_query.strip() and self.is_mounted:
            shown = self.query_one(DataTable).row_count
            status += " · " + (counted(shown, "hit") if self.full_text else f"{shown:,} shown")
        if self.ranked:
            status += " · by relevance"
        elif self.sort_by:
            status += f" · by {self.sort_by}"
        if self.full_text and self.search_query.strip() and self.capped:
            status += f" · the best {SEARCH_LIMIT} hits listed"
        if self.progress is not None:
            done, total = self.progress
            status += f" · indexing {done}/{total}" if total else " · checking for changes"
        self.query_one("#library-title", Static).update(plain(status))

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_preview()

    # Filtering and searching

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.search_query = event.value

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        if self.full_text and self.search_query.strip() and self._selected_path() is not None:
            self.action_open()  # one Enter opens the best hit, at the hit (issue 15)
            return
        self.query_one(DataTable).focus()

    # Opening

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        path = self._selected_path()
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        """Open one of the library's articles in the reader from its stored analysis (or read
        and analyse it if the index has none yet; or say why it cannot be read)."""
        if path in self.errors:
            self.notify(f"{path.name}: {self.errors[path]}", severity="error", markup=False)
            return
        briefing = self.index.reader(path.name) if self.index is not None else None
        if briefing is None:
            from briefing.analysis.pipeline import analyze
            from briefing.errors import BriefingError
            from briefing.ingest import load_article

            try:
                briefing = analyze(load_article(path))
            except BriefingError as error:
                self.notify(str(error), severity="error", markup=False)
                return
        from briefing.tui.screens.reader import ReaderScreen

        from briefing.library.matching import reader_query

        query = reader_query(self.search_query) if self.full_text else ""
        self.app.push_screen(ReaderScreen(briefing, from_library=True, query=query))

    def on_unmount(self) -> None:
        if self.index is not None:
            self.index.close()
