"""The side panel: tabs for Actors, Quotes, Timeline and the reader's Notes, each with a line
saying so when it is empty.

Textual's `Tabs` over a `ContentSwitcher` of `TabPane`s: what `TabbedContent` composes, without
its wrapper and its second tab class (start-up, issue 15: the complete first screen styled,
mounted and painted ~15 tab widgets; the panes of the hidden tabs now come after it, with their
lists, in `build_tabs`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import AwaitMount, Widget
from textual.widgets import ContentSwitcher, OptionList, Static, Tab, TabPane, Tabs

from briefing.model import Briefing
from briefing.tui.widgets.actor_list import ActorList
from briefing.tui.widgets.notes_list import NotesList
from briefing.tui.widgets.quote_list import QuoteList
from briefing.tui.widgets.timeline_list import TimelineList

if TYPE_CHECKING:  # (the store's package is imported after the first complete screen)
    from briefing.store.model import Annotation

TABS = (("actors", "Actors"), ("quotes", "Quotes"), ("timeline", "Timeline"), ("notes", "Notes"))
"""The side panel's tabs, in order: (name, title)."""

NOTES_EMPTY = (
    "No highlights or notes yet. h highlights the current sentence (or the text selected"
    " with the mouse), i writes a note on it; ) and ( move to the next and previous sentence."
)

EMPTY = {
    "actors": "No actors were found.",
    "quotes": "No direct quotations.",
    "timeline": "No dated events.",
    "notes": NOTES_EMPTY,
}
"""What an empty tab says, by tab name."""


class SidePanel(Vertical):
    """The right-hand column; the reader screen reacts to what is chosen in its lists.

    With `lazy`, only the Actors tab (the one open at first) has its pane when the panel is
    composed; the other tabs' panes and lists come with `build_tabs`, after the first complete
    frame (start-up, issue 15: each pane, list and empty line cost styles, mounting and layout
    in the frame that waited for them, and nobody sees them there).
    """

    def __init__(self, briefing: Briefing, *, id: str | None = None, lazy: bool = False) -> None:
        super().__init__(id=id)
        self.briefing = briefing
        self.built = not lazy
        """Whether the Quotes, Timeline and Notes tabs have their lists."""
        self.annotations: tuple[Annotation, ...] = ()
        """The reader's highlights and notes, for a Notes tab built later."""

    def compose(self) -> ComposeResult:
        yield Tabs(*(Tab(title, id=f"tab-{name}") for name, title in TABS), id="side-tabs")
        with ContentSwitcher(initial="pane-actors", id="side-panes"):
            with TabPane("Actors", id="pane-actors"):
                yield ActorList(self.briefing, id="actors")
                yield Static(EMPTY["actors"], classes="empty", id="actors-empty")
            if self.built:
                for name, title in TABS[1:]:
                    yield TabPane(title, *self._tab_widgets(name), id=f"pane-{name}")

    @property
    def active(self) -> str:
        """The open tab: "actors", "quotes", "timeline" or "notes"."""
        return (self.query_one(Tabs).active or "tab-actors").removeprefix("tab-")

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        """A tab chosen on the strip (click, arrow keys, `show_tab`) opens its pane."""
        event.stop()
        self._open_pane(event.tab.id or "")

    def _open_pane(self, tab: str) -> None:
        """Show the pane of `tab` ("tab-quotes", say), if it is built yet."""
        pane = tab.replace("tab-", "pane-", 1)
        if self.query(f"#side-panes > #{pane}"):
            self.query_one(ContentSwitcher).current = pane

    def on_tabs_cleared(self, event: Tabs.Cleared) -> None:
        """(The strip never has no tab; its message goes no further, as TabbedContent's.)"""
        event.stop()

    def _tab_widgets(self, name: str) -> list[Widget]:
        """The list of the tab `name` (not actors) and its line for when it is empty, as
        `set_briefing` and `set_annotations` would leave them."""
        listed: Widget
        if name == "quotes":
            listed, empty = QuoteList(self.briefing, id="quotes"), not self.briefing.quotes
        elif name == "timeline":
            listed = TimelineList(self.briefing, id="timeline")
            empty = not self.briefing.timeline
        else:
            listed = NotesList(self.briefing, id="notes", annotations=self.annotations)
            empty = not self.annotations
        line = Static(EMPTY[name], classes="empty", id=f"{name}-empty")
        line.display = empty
        return [listed, line]

    def build_tabs(self) -> list[AwaitMount]:
        """Fill the tabs left out of a `lazy` panel (once). The widgets are in the DOM when
        this returns (filled as the panel's state says); await the result for their mounting."""
        if self.built:
            return []
        self.built = True
        panes = [
            TabPane(title, *self._tab_widgets(name), id=f"pane-{name}") for name, title in TABS[1:]
        ]
        for pane in panes:
            pane.display = False  # (as the switcher leaves a pane that is not open)
        mounted = self.query_one(ContentSwitcher).mount_all(panes)
        self._open_pane(self.query_one(Tabs).active)  # (a tab chosen before its pane was there)
        return [mounted]

    def on_mount(self) -> None:
        self._show_notes()

    def set_briefing(self, briefing: Briefing) -> None:
        """Fill the tabs from a (new) analysis."""
        self.briefing = briefing
        self.query_one(ActorList).set_briefing(briefing)
        for listed in self.query("#quotes, #timeline, #notes"):  # (those already built)
            listed.set_briefing(briefing)  # type: ignore[attr-defined]
        self._show_notes()

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """List the reader's highlights and notes (reading order) in the Notes tab."""
        self.annotations = tuple(annotations)
        for listed in self.query(NotesList):  # (none yet in a tab still to build)
            listed.set_annotations(annotations)
            self.query_one("#notes-empty").display = not annotations

    def _show_notes(self) -> None:
        briefing = self.briefing
        for name, items in (
            ("actors", briefing.actors),
            ("quotes", briefing.quotes),
            ("timeline", briefing.timeline),
        ):
            for empty in self.query(f"#{name}-empty"):  # (none yet in a tab still to build)
                empty.display = not items

    def focus_stops(self) -> list[Widget]:
        """Where `tab` stops in the panel, in order: the tab strip, then the open list."""
        switcher = self.query_one(ContentSwitcher)
        pane = switcher.visible_content
        lists = list(pane.query(OptionList)) if pane is not None else []
        return [self.query_one(Tabs), *lists[:1]]

    def show_tab(self, tab: str) -> None:
        """Open a tab: "actors", "quotes", "timeline" or "notes"."""
        self.query_one(Tabs).active = f"tab-{tab}"
        self._open_pane(f"tab-{tab}")  # (at once, not when the strip's message comes)
