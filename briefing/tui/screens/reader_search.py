"""The search line and stepping: what n/N step through (search hits, else the selected actor's
mentions and adjectival uses), the highlights and counter they draw, and escape's order of
clearing (search, then actor, then back to the library).

Mixed into `ReaderScreen`, which owns the `search_query`, `searching`, `cursor` and
`selected_actor` reactives and the `matches` list; this mixin keeps them consistent and draws
them as an overlay on the article.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from textual.widgets import Input

from briefing.model import Briefing, Span
from briefing.printable import printable
from briefing.tui.screens.reader_actors import actor_spans
from briefing.tui.text import CURRENT, FLASH, MATCH, SELECTED
from briefing.tui.widgets.paragraph import SpanStyle

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.tui.widgets.article_view import ArticleView
    from briefing.tui.widgets.key_footer import KeyFooter
    from briefing.tui.widgets.search_bar import SearchBar

    _Base = Screen[None]
else:
    _Base = object


class ReaderSearchMixin(_Base):
    """Search, n/N stepping and their highlights for `ReaderScreen`."""

    if TYPE_CHECKING:
        briefing: Briefing
        article: ArticleView
        search_bar: SearchBar | None
        footer: KeyFooter
        search_query: str
        searching: bool
        cursor: int
        selected_actor: int
        matches: list[Span]
        flash: Span | None
        initial_query: str
        from_library: bool
        _stepping: bool

        def jump_to(self, span: Span, *, flash: bool = False) -> None: ...

        async def _complete_rest(self) -> None: ...

    def _open_at_query(self) -> None:
        """Open at the first hit of `initial_query`, with the query live for n/N."""
        if (bar := self.search_bar) is not None:
            with bar.input.prevent(Input.Changed):
                bar.input.value = self.initial_query
        self.search_query = self.initial_query
        if self.matches:
            self.cursor = 0
            self.jump_to(self.matches[0])

    def targets(self) -> list[Span]:
        """What n/N step through: search hits, else the selected actor's mentions and
        adjectival uses."""
        if self.search_query:
            return self.matches
        if 0 <= self.selected_actor < len(self.briefing.actors):
            return actor_spans(self.briefing.actors[self.selected_actor])
        return []

    def _redraw(self) -> None:
        overlay: dict[int, list[SpanStyle]] = defaultdict(list)
        if self.flash is not None:
            overlay[self.flash.paragraph].append((self.flash.start, self.flash.end, FLASH))
        if 0 <= self.selected_actor < len(self.briefing.actors):
            for span in actor_spans(self.briefing.actors[self.selected_actor]):
                overlay[span.paragraph].append((span.start, span.end, SELECTED))
        for span in self.matches:
            overlay[span.paragraph].append((span.start, span.end, MATCH))
        targets = self.targets()
        if 0 <= self.cursor < len(targets):
            span = targets[self.cursor]
            overlay[span.paragraph].append((span.start, span.end, CURRENT))
        self.article.set_overlay(overlay)
        if (bar := self.search_bar) is not None:
            label = self._stepping_label()
            total = len(targets) if label else len(self.matches)
            bar.show_state(
                self.cursor, total, self.search_query, typing=self.searching, label=label
            )
            # The bar takes the footer's row (see SearchBar). Displays are set on the two
            # widgets, not through a class on the screen, which would restyle every widget.
            active = bool(self.search_query) or self.searching or bool(label)
            bar.display = active
            self.footer.display = not active
        # n/N are enabled while there are targets. Refreshing the bindings rebuilds the
        # footer, so it is done only when that changes, not on every key typed in a search.
        stepping = bool(targets)
        if stepping != self._stepping:
            self._stepping = stepping
            self.refresh_bindings()

    def _stepping_label(self) -> str:
        """The actor's name while stepping through its mentions ("Russia" for "Russia 3/47")."""
        if self.search_query or self.searching or self.cursor < 0:
            return ""
        if 0 <= self.selected_actor < len(self.briefing.actors):
            return printable(self.briefing.actors[self.selected_actor].name)
        return ""

    def watch_search_query(self, query: str) -> None:
        self.matches = self.find(query)
        self.cursor = -1
        self._redraw()

    def watch_cursor(self) -> None:
        self._redraw()

    def watch_searching(self, searching: bool) -> None:
        self._redraw()
        if searching and (bar := self.search_bar) is not None:
            # Now, not after the keys already queued (as `focus()` would): "/moscow" typed in
            # one burst must go into the line, not run `s` (so what) and `m`.
            self.set_focus(bar.input, scroll_visible=False)

    def find(self, query: str) -> list[Span]:
        """Hits of `query` in the article (see `find_in_briefing`)."""
        from briefing.library.search import find_in_briefing

        return find_in_briefing(self.briefing, query)

    def _step(self, forward: bool) -> None:
        targets = self.targets()
        if not targets:
            return
        if self.cursor < 0:
            self.cursor = self._first_after_view() if forward else len(targets) - 1
        else:
            self.cursor = (self.cursor + (1 if forward else -1)) % len(targets)
        self.jump_to(targets[self.cursor])

    def _first_after_view(self) -> int:
        """The first target at or after the paragraph at the top of the view (wrapping)."""
        top = self.article.top_paragraph
        for index, span in enumerate(self.targets()):
            if span.paragraph >= top:
                return index
        return 0

    async def action_next_match(self) -> None:
        await self._complete_rest()  # (its "3/14" is on the search line)
        self._step(forward=True)

    async def action_previous_match(self) -> None:
        await self._complete_rest()
        self._step(forward=False)

    async def action_search(self) -> None:
        await self._complete_rest()  # the search line, if a key came before it
        self.searching = True  # its watcher opens the line and focuses it

    def action_back(self) -> None:
        """Escape: clear the search, then the actor selection, then go back to the library."""
        if self.search_query or self.searching:
            if (bar := self.search_bar) is not None:
                bar.input.value = ""
            self.search_query = ""
            self.searching = False
            self.article.focus()
        elif self.selected_actor >= 0:
            self.selected_actor = -1
        elif self.from_library:
            self.dismiss()

    def help_for_action(self, action: str, what: str) -> str | None:
        """What escape does now, for the `?` help (screens/help.py): the steps `action_back`
        would take from here, or None when it would do nothing (a reader opened from a path
        with no search and no actor: there is no library to go back to)."""
        if action != "back":
            return what
        steps = []
        if self.search_query or self.searching:
            steps.append("clear the search")
        if self.selected_actor >= 0:
            steps.append("clear the actor's mentions")
        if self.from_library:
            steps.append("back to the library")
        if not steps:
            return None
        said = ", then ".join(steps)
        return said[0].upper() + said[1:]
