"""The reader: one article with its sections, highlights, side panel, search and so-what.

The screen owns the reading state as reactives (current section, selected actor, query, the
hit the reader is on); watchers turn that state into CSS classes, highlights and the footer's
enabled keys. Widgets only draw what they are given and report what the user chose.

This module holds the screen itself: its state, building it (first frame, then panels and the
analysis), which keys are live, `tab` between panels, and the lists' choices. Each job beyond
that is a mixin in its own module: `reader_mounting` (what follows the first frame),
`reader_search` (search line, n/N stepping, highlights),
`reader_actors` (actor selection, side-panel tabs), `reader_jump` (current section, section
keys, scrolling, jumps and their flash) and `reader_layout` (column widths, panel keys).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Input, OptionList

from briefing.model import Article, Briefing, Section, SoWhat, Span
from briefing.printable import printable
from briefing.tui.screens.base import BriefingScreen
from briefing.tui.screens.reader_actors import ReaderActorsMixin
from briefing.tui.screens.reader_cite import ReaderCiteMixin
from briefing.tui.screens.reader_early import ReaderEarlyMixin
from briefing.tui.screens.reader_jump import ReaderJumpMixin
from briefing.tui.screens.reader_keys import READER_BINDINGS
from briefing.tui.screens.reader_layout import ReaderLayoutMixin
from briefing.tui.screens.reader_marks import ReaderMarksMixin
from briefing.tui.screens.reader_mounting import ReaderMountingMixin
from briefing.tui.screens.reader_notes import NOTES_BINDINGS, ReaderNotesMixin
from briefing.tui.screens.reader_search import ReaderSearchMixin
from briefing.tui.screens.reader_sentence import ReaderSentenceMixin
from briefing.tui.screens.reader_titles import ReaderTitlesMixin
from briefing.tui.widgets.article_header import ArticleHeader
from briefing.tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from textual.timer import Timer

    from briefing.read_ahead import ReadAhead
    from briefing.tui.widgets.key_footer import KeyFooter
    from briefing.tui.widgets.search_bar import SearchBar
    from briefing.tui.widgets.section_list import SectionList
    from briefing.tui.widgets.side_panel import SidePanel

# The section list, side panel, search line and footer are imported where they are mounted,
# after the first frame of a provisional reader: start-up time (issue 3) pays only for what
# shows the text.

COMPLETE_DELAY = 0.1
"""Seconds between the first frame and building the rest: long enough for the terminal to
receive the text before the side panel, footer and analysis take the CPU."""
SOURCE_WAIT = 2.0
"""With the analysis coming from the read-ahead process (`source`): seconds to wait for it
before mounting the panels without it. It usually comes sooner (0.3-0.5 s for the seed on an
idle machine, 1-1.5 s on a loaded one), and the panels are then built once, with it, instead
of empty and again filled (start-up, issue 15); a long text's panels come after this wait."""


NEEDS_PANELS = frozenset(
    {"search", "so_what", "export", "next_match", "previous_match", "show_tab"}
)
"""Actions that use panels a provisional reader mounts after its first frame."""


def provisional(article: Article, title: str = "Analysing…") -> Briefing:
    """What the reader shows before the analysis arrives (or when it failed, with a `title`
    that says so): the text as one section."""
    return Briefing(
        article=article,
        sentences=(),
        sections=(Section(title, 0, len(article.paragraphs)),),
        actors=(),
        quotes=(),
        so_what=SoWhat(),
        timeline=(),
    )


class ReaderScreen(
    ReaderEarlyMixin,  # first: its on_key holds keys typed before the reader can serve them
    ReaderSentenceMixin,  # ahead of ReaderJumpMixin: it extends jump_to
    ReaderNotesMixin,
    ReaderCiteMixin,
    ReaderSearchMixin,
    ReaderActorsMixin,
    ReaderJumpMixin,
    ReaderLayoutMixin,
    ReaderMarksMixin,
    ReaderTitlesMixin,
    ReaderMountingMixin,
    BriefingScreen,
):
    """One article, read section by section."""

    BINDINGS: ClassVar[list[BindingType]] = [*READER_BINDINGS, *NOTES_BINDINGS]

    section: var[int] = var(0, init=False)
    """The section the reader is in (from the paragraph at the top of the view)."""
    selected_actor: var[int] = var(-1, init=False)
    """The actor whose mentions (and adjectival uses) are highlighted; -1 for none."""
    search_query: var[str] = var("", init=False)
    """The search query; empty when not searching."""
    cursor: var[int] = var(-1, init=False)
    """Index of the hit (or mention) the reader is on among the current targets; -1 for none."""
    searching: var[bool] = var(False, init=False)
    """Whether the search line is open."""

    def __init__(
        self,
        briefing: Briefing,
        *,
        from_library: bool = False,
        analyse: bool = False,
        query: str = "",
        analysed: bool = False,
        source: ReadAhead | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        """With `analyse`: where the analysis is being made (a read-ahead child process), to
        wait for from the first frame instead of analysing in a thread after the panels."""
        self._completing = False
        """Whether `_complete` has started: the panels are being (or have been) mounted."""
        self._complete_timer: Timer | None = None
        self._first_frame_waits = False
        """Whether `_complete` waits for the app's first frame (`after_first_frame`)."""
        self._arrived: Briefing | None = None
        """An analysis that came while the panels were being mounted, shown right after."""
        self.analysed = analysed
        """With `analyse`: the briefing is already the analysis (from the cache, or made by
        the read-ahead process before the first frame), so the panels follow the first frame
        at once, and nothing is analysed again. (Composing them with the text in one frame
        cost more: Textual lays the screen out and paints it several times as the widgets
        mount, where `_complete` mounts them all in one batch, one layout and one paint.)"""
        self.initial_query = query
        """A search to open with, at its first hit (an article opened from a library search)."""
        self.briefing = briefing
        """The article shown, analysed (or provisional until the analysis arrives)."""
        self.analyse = analyse
        """Whether `briefing` is provisional: then the text shows first, and the side panel,
        footer and analysis follow right after the first frame (start-up time)."""
        self.from_library = from_library
        """Whether escape goes back to the library."""
        self.matches: list[Span] = []
        """Search hits in reading order."""
        self._requested_section: int | None = None
        self._stepping = False
        """Whether n/N were enabled when the footer was last refreshed."""
        self.flash: Span | None = None
        """The sentence a jump (so-what item, quote, timeline entry) landed on, marked for
        `FLASH_SECONDS`; None otherwise."""
        self._flash_token = 0
        self.ready = not analyse
        """Whether every panel is mounted (a provisional reader builds some after its first
        frame); keys that need them are disabled until then."""
        self._rest_mounted = not analyse
        """Whether what the first complete screen does not show is mounted too (the search
        line, the side panel's hidden tabs: `_complete_rest`)."""
        from briefing.tui.reading_place import ReadingPlace

        self.reading_place = ReadingPlace(self)
        """The saved place in the notes store: restored on opening, kept on leaving."""

    def _panels(self, *, lazy: bool = False) -> tuple[SectionList, SidePanel]:
        """New section list and side panel (imported on first use); `lazy`: the side panel's
        hidden tabs are filled later (`SidePanel.build_tabs`)."""
        from briefing.tui.widgets.section_list import SectionList
        from briefing.tui.widgets.side_panel import SidePanel

        return (
            SectionList(self.briefing, id="section-list"),
            SidePanel(self.briefing, id="side-panel", lazy=lazy),
        )

    @property
    def section_list(self) -> SectionList | None:
        """The section list, once mounted."""
        from briefing.tui.widgets.section_list import SectionList

        found = self.query(SectionList)
        return found.first() if found else None

    @property
    def side_panel(self) -> SidePanel:
        """The side panel (mounted once the reader is `ready`)."""
        from briefing.tui.widgets.side_panel import SidePanel

        return self.query_one(SidePanel)

    @property
    def search_bar(self) -> SearchBar | None:
        """The search line, once mounted."""
        from briefing.tui.widgets.search_bar import SearchBar

        found = self.query(SearchBar)
        return found.first() if found else None

    @property
    def footer(self) -> KeyFooter:
        """The footer (mounted once the reader is `ready`)."""
        from briefing.tui.widgets.key_footer import KeyFooter

        return self.query_one(KeyFooter)

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.briefing, id="header")
        panels = None if self.analyse else self._panels()
        with Horizontal(id="body"):
            # Both side columns keep their width while empty, so nothing reflows when their
            # contents arrive after the first frame.
            with Vertical(id="sections"):
                if panels:
                    yield panels[0]
            # A provisional reader starts with what fills the terminal; the rest of the text
            # is mounted with the panels, right after the first frame.
            first_screen = self.app.size if self.analyse else None
            yield ArticleView(self.briefing, id="article", first_screen=first_screen)
            with Vertical(id="side"):
                if panels:
                    yield panels[1]
        if panels:
            from briefing.tui.widgets.key_footer import KeyFooter
            from briefing.tui.widgets.search_bar import SearchBar

            yield SearchBar(id="search")
            yield KeyFooter()

    def run_analysis(self) -> None:
        """Analyse the article off the UI thread (a daemon thread, so quitting does not wait
        for it); the reader fills in when it is done, or says that the analysis failed."""
        from briefing.analysis_cache import analyze_cached
        from briefing.tui.screens.base import run_in_daemon

        article = self.briefing.article
        source = self.source

        def analysed(briefing: Briefing) -> object:
            for warning in briefing.article.meta.warnings[len(article.meta.warnings) :]:
                self.app.notify(  # what the analysis left out (bounds.py)
                    printable(warning), title="Warning", severity="warning", markup=False
                )
            return self.set_briefing(briefing)

        # An article opened before comes from the cache (analysis_cache.py); the pipeline is
        # imported in the thread, only when it is needed. With a read-ahead process, the
        # thread only waits for its answer.
        work = source.analysis if source is not None else lambda: analyze_cached(article)
        run_in_daemon(self, work, analysed, self.analysis_failed, name="analysis")

    async def analysis_failed(self, error: BaseException) -> None:
        """The text stays readable; the section list and a notification say what failed."""
        from briefing.tui.screens.base import describe_failure

        message = f"Analysis failed: {describe_failure(error)}"
        self.app.notify(message, title="Error", severity="error", markup=False, timeout=10)
        await self.set_briefing(provisional(self.briefing.article, "Analysis failed"))

    async def set_briefing(self, briefing: Briefing) -> None:
        """Show a (new) analysis of the same article without losing the reader's place.

        Before the panels are mounted, the analysis is what they are built with: the text
        takes its titles and highlights, and the panels follow at once (no second filling).
        """
        briefing = self.with_titles(briefing)  # the titles the reader renamed (R)
        if not self.ready:
            if self._completing:  # the panels are being mounted: shown when they are
                self._arrived = briefing
                return
            self.briefing = briefing
            with self.app.batch_update():
                self.query_one(ArticleHeader).set_briefing(briefing)
                await self.article.set_briefing(briefing)
                await self._complete()
            return
        self.briefing = briefing
        self.query_one(ArticleHeader).set_briefing(briefing)
        if self.section_list is not None:
            self.section_list.set_briefing(briefing)
            self.section_list.follow(self.section)  # a cursor on the section the reader is in
        self.side_panel.set_briefing(briefing)
        await self.article.set_briefing(briefing)
        self.selected_actor = -1
        self.matches = self.find(self.search_query)
        self._redraw()
        self.refresh_bindings()  # section keys follow the new number of sections

    @property
    def article(self) -> ArticleView:
        """The centre column."""
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.apply_layout()
        self.watch(self.article, "top_paragraph", self._on_top_paragraph, init=False)
        self.watch(  # at the bottom, the last title on screen is the section (`G`)
            self.article,
            "at_bottom",
            lambda _: self._on_top_paragraph(self.article.top_paragraph),
            init=False,
        )
        if self.section_list is not None:
            self.section_list.follow(0)
        self.article.focus()
        for warning in self.briefing.article.meta.warnings:  # reading's (front matter): once
            self.app.notify(printable(warning), title="Warning", severity="warning", markup=False)
        if self.analyse:
            if self.analysed:  # no analysis to wait for: the panels follow the first frame
                if self.app.first_frame_shown:  # (opened from the library)
                    self.call_after_refresh(self._complete)
                else:
                    self._first_frame_waits = True
            elif self.source is not None:  # the panels come with the analysis, unless slow
                self.run_analysis()
                self._complete_timer = self.set_timer(SOURCE_WAIT, self._complete)
                self.call_after_refresh(self._import_panels)  # while the analysis is made
            else:
                self._complete_timer = self.set_timer(COMPLETE_DELAY, self._complete)
                self.call_after_refresh(self._import_panels)
        self.reading_place.attach()
        self.sentence_attach()  # the current sentence (reader_sentence.py)
        self.notes_attach()  # highlights and notes, once the store is open (reader_notes.py)
        if self.initial_query and self.ready:
            self.call_after_refresh(self._open_at_query)  # after the saved place is restored

    def after_first_frame(self) -> None:
        """The app's first frame is on screen (`BriefingApp.on_ready`): build the panels now,
        if they wait for it."""
        if self._first_frame_waits:
            self._first_frame_waits = False
            self.call_next(self._complete)

    def on_unmount(self) -> None:
        self.reading_place.close()  # leaving (escape, quit) keeps the place

    # Where the reader is

    # Highlights: selected actor and search hits

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.early_blocks(action, parameters):
            return None  # disabled for now: its key waits, in order (reader_early.py)
        if not self.ready and action in NEEDS_PANELS:
            return None
        if action in ("search", "set_mark", "go_to_mark") and isinstance(self.focused, Input):
            return False  # a "/" typed into the search line (or any input) is text
        if action in ("next_match", "previous_match"):
            return True if self.targets() else None
        if action == "section" and parameters:
            return isinstance(parameters[0], int) and parameters[0] <= len(self.briefing.sections)
        if action == "open_url":  # hidden, not greyed, for an article with no web address
            return bool(self.briefing.article.meta.url)
        return True

    # Search line

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self.search_query = event.value

    @on(Input.Submitted, "#search-input")
    def _query_submitted(self) -> None:
        self.searching = False
        self.article.focus()
        if self.matches:
            self.cursor = -1
            self._step(forward=True)

    def action_panel(self, step: int) -> None:
        """Move the focus `step` panels on, round the stops of `_panel_stops`."""
        stops = self._panel_stops()
        if not stops:
            return
        here = stops.index(self.focused) if self.focused in stops else (-1 if step > 0 else 0)
        self.set_focus(stops[(here + step) % len(stops)])

    def _panel_stops(self) -> list[Widget]:
        """The widgets `tab` visits, left to right: the stops Textual's focus chain would give,
        worked out without measuring every widget's position (which costs a repaint of the
        whole terminal, 40 ms, per `tab`). Hidden panels (narrow terminals) are skipped."""
        stops: list[Widget] = []
        if (section_list := self.section_list) is not None:
            stops.append(section_list)
        stops.append(self.article)
        if self.ready:
            stops.extend(self.side_panel.focus_stops())
        return [
            stop
            for stop in stops
            if stop.focusable
            and all(node.display for node in stop.ancestors_with_self if isinstance(node, Widget))
        ]

    # Side panel and section list

    @on(OptionList.OptionSelected, "#section-list")
    def _section_chosen(self, event: OptionList.OptionSelected) -> None:
        self.action_section(event.option_index + 1)

    @on(OptionList.OptionHighlighted, "#actors")
    def _actor_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Only the list's cursor now: one left behind by keys of the same burst ("down down
        # enter") would move the cursor back and undo the Enter's choice.
        listed = event.option_list
        if listed.has_focus and listed.highlighted == event.option_index:
            self.selected_actor = event.option_index

    @on(OptionList.OptionSelected, "#actors")
    def _actor_chosen(self, event: OptionList.OptionSelected) -> None:
        self.select_actor(event.option_index)

    @on(OptionList.OptionSelected, "#quotes")
    def _quote_chosen(self, event: OptionList.OptionSelected) -> None:
        from briefing.tui.widgets.quote_list import QuoteList

        span = self.query_one(QuoteList).quotes[event.option_index].span
        if span is None:
            self.notify("This quote was not found in the text.", markup=False)
        else:
            self.jump_to(span, flash=True)

    @on(OptionList.OptionSelected, "#timeline")
    def _event_chosen(self, event: OptionList.OptionSelected) -> None:
        from briefing.tui.widgets.timeline_list import TimelineList

        self.jump_to(self.query_one(TimelineList).events[event.option_index].span, flash=True)

    # Other screens

    def action_so_what(self) -> None:
        from briefing.tui.screens.so_what import SoWhatScreen

        def jump(span: Span | None) -> None:
            if span is not None:
                self.jump_to(span, flash=True)

        self.app.push_screen(SoWhatScreen(self.briefing), jump)

    def action_export(self, fmt: str | None = None) -> None:
        """Open the export dialog, on `fmt` or the format used last this session."""
        from briefing.tui.screens.export import open_export

        open_export(self, self.briefing, fmt)

    def action_open_url(self) -> None:
        """Open the article's web address in a browser (`o`)."""
        from briefing.tui.browser import open_in_browser

        if url := self.briefing.article.meta.url:
            open_in_browser(self.app, url)
