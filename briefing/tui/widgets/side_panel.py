"""The side panel: tabs for Actors, Quotes, Timeline and the reader's Notes, each with a line
saying so when it is empty."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets._tabbed_content import ContentTabs

from briefing.model import Briefing
from briefing.store.model import Annotation
from briefing.tui.widgets.actor_list import ActorList
from briefing.tui.widgets.notes_list import NotesList
from briefing.tui.widgets.quote_list import QuoteList
from briefing.tui.widgets.timeline_list import TimelineList

NOTES_EMPTY = (
    "No highlights or notes yet. h highlights the current sentence (or the text selected"
    " with the mouse), i writes a note on it; ) and ( move to the next and previous sentence."
)


class SidePanel(Vertical):
    """The right-hand column; the reader screen reacts to what is chosen in its lists."""

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        with TabbedContent(id="side-tabs"):
            with TabPane("Actors", id="tab-actors"):
                yield ActorList(self.briefing, id="actors")
                yield Static("No actors were found.", classes="empty", id="actors-empty")
            with TabPane("Quotes", id="tab-quotes"):
                yield QuoteList(self.briefing, id="quotes")
                yield Static("No direct quotations.", classes="empty", id="quotes-empty")
            with TabPane("Timeline", id="tab-timeline"):
                yield TimelineList(self.briefing, id="timeline")
                yield Static("No dated events.", classes="empty", id="timeline-empty")
            with TabPane("Notes", id="tab-notes"):
                yield NotesList(self.briefing, id="notes")
                yield Static(NOTES_EMPTY, classes="empty", id="notes-empty")

    def on_mount(self) -> None:
        self._show_notes()

    def set_briefing(self, briefing: Briefing) -> None:
        """Fill the tabs from a (new) analysis."""
        self.briefing = briefing
        self.query_one(ActorList).set_briefing(briefing)
        self.query_one(QuoteList).set_briefing(briefing)
        self.query_one(TimelineList).set_briefing(briefing)
        self.query_one(NotesList).set_briefing(briefing)
        self._show_notes()

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """List the reader's highlights and notes (reading order) in the Notes tab."""
        self.query_one(NotesList).set_annotations(annotations)
        self.query_one("#notes-empty").display = not annotations

    def _show_notes(self) -> None:
        briefing = self.briefing
        for name, items in (
            ("actors", briefing.actors),
            ("quotes", briefing.quotes),
            ("timeline", briefing.timeline),
        ):
            self.query_one(f"#{name}-empty").display = not items

    def focus_stops(self) -> list[Widget]:
        """Where `tab` stops in the panel, in order: the tab strip, then the open list."""
        tabs = self.query_one(TabbedContent)
        pane = tabs.get_pane(tabs.active) if tabs.active else None
        lists = list(pane.query(OptionList)) if pane is not None else []
        return [tabs.query_one(ContentTabs), *lists[:1]]

    def show_tab(self, tab: str) -> None:
        """Open a tab: "actors", "quotes", "timeline" or "notes"."""
        self.query_one(TabbedContent).active = f"tab-{tab}"
