"""Actor selection and the side panel's tabs: which actor is selected, what it highlights
(`actor_spans`: mentions and adjectival uses), and opening a tab by its key.

Mixed into `ReaderScreen`, which owns the `selected_actor` reactive; stepping through the
selected actor's spans is the search mixin's (`reader_search.py`), shared with search hits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.model import Actor, Span

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.tui.widgets.side_panel import SidePanel

    _Base = Screen[None]
else:
    _Base = object


def actor_spans(actor: Actor) -> list[Span]:
    """Where a selected actor is highlighted and what n/N step through, in text order: its
    mentions and its adjectival uses, since a reader looking for Russia wants "Russian
    officials" too (the counter, "Russia 3/47", counts both)."""
    return sorted({mention.span for mention in (*actor.mentions, *actor.adjectival)})


class ReaderActorsMixin(_Base):
    """Actor selection and side-panel tabs for `ReaderScreen`."""

    if TYPE_CHECKING:
        selected_actor: int
        search_query: str
        cursor: int
        ready: bool
        side_panel: SidePanel

        def _redraw(self) -> None: ...
        def _step(self, forward: bool) -> None: ...
        def action_back(self) -> None: ...
        def reveal_side_panel(self) -> None: ...
        async def _complete_rest(self) -> None: ...

    def watch_selected_actor(self, index: int) -> None:
        self.cursor = -1
        self._redraw()
        if self.ready:
            from briefing.tui.widgets.actor_list import ActorList

            # The side panel shows the actor chosen (from the palette too); none when none.
            self.query_one(ActorList).show_selected(index)

    def select_actor(self, index: int) -> None:
        """Highlight an actor's mentions and go to the first one after the reader's place."""
        if self.search_query:
            self.action_back()
        self.selected_actor = index
        self.cursor = -1
        self._step(forward=True)

    def show_tab(self, tab: str) -> None:
        """Open a side-panel tab ("actors", "quotes", "timeline")."""
        self.side_panel.show_tab(tab)

    async def action_show_tab(self, tab: str) -> None:
        """Open a side-panel tab and put the focus on its list (showing the panel if hidden)."""
        await self._complete_rest()  # (the tabs other than Actors, if a key came first)
        self.reveal_side_panel()
        self.show_tab(tab)
        self.set_focus(self.side_panel.query_one(f"#{tab}"), scroll_visible=False)
