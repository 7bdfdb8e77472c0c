"""Building the reader after its first frame: the panels that show, then the rest.

A first open shows the text at once (start-up, issues 3 and 15). Then, in order: the panels'
modules are imported while the analysis is made (`_import_panels`); the section list, the side
panel's visible tab and the footer are mounted in one frame, the complete first screen
(`_complete`); and what that screen does not show follows it (`_complete_rest`: the search
line, the side panel's other tabs, the text below the first screen, a chunk at a time).
Keys that need a part still to come wait for it (`reader_early.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.timer import Timer

    from briefing.model import Briefing
    from briefing.tui.widgets.article_view import ArticleView
    from briefing.tui.widgets.section_list import SectionList
    from briefing.tui.widgets.side_panel import SidePanel


class ReaderMountingMixin:
    """`ReaderScreen`'s building after the first frame (see the module's docstring)."""

    if TYPE_CHECKING:
        app: Any
        ready: bool
        analysed: bool
        source: Any
        _completing: bool
        _complete_timer: Timer | None
        _arrived: Briefing | None
        _rest_mounted: bool
        section: int

        @property
        def article(self) -> ArticleView: ...
        @property
        def side_panel(self) -> SidePanel: ...
        def _panels(self, *, lazy: bool = False) -> tuple[SectionList, SidePanel]: ...
        def query_one(self, selector: Any, expect_type: Any = None) -> Any: ...
        def mount(self, *widgets: Any) -> Any: ...
        def refresh_bindings(self) -> None: ...
        def call_after_refresh(self, callback: Any) -> bool: ...
        @property
        def is_attached(self) -> bool: ...
        def run_analysis(self) -> None: ...
        async def set_briefing(self, briefing: Briefing) -> None: ...
        def run_worker(self, work: Any, **options: Any) -> Any: ...

    def _import_panels(self) -> None:
        """Import the panels' modules (Textual's tabs, lists and footer with them, 30-50 ms)
        after the first frame, while the analysis is still being made: `_complete` then
        builds them without waiting for their imports."""
        if not self._completing:
            import briefing.tui.widgets.key_footer
            import briefing.tui.widgets.section_list
            import briefing.tui.widgets.side_panel  # noqa: F401

    async def _complete(self) -> None:
        """After the first frame: the side panel and footer, then the analysis."""
        from briefing.tui.widgets.key_footer import KeyFooter

        if self._completing:
            return
        self._completing = True
        if self._complete_timer is not None:
            self._complete_timer.stop()

        # One layout and one paint for all that shows, not one per mount (each cost a full
        # frame); what does not show yet follows that frame (`_complete_rest`).
        with self.app.batch_update():
            section_list, side_panel = self._panels(lazy=True)
            await self.query_one("#sections").mount(section_list)
            await self.query_one("#side").mount(side_panel)
            self.ready = True
            await self.mount(KeyFooter())  # last: it shows the keys `ready` enables
        self.refresh_bindings()
        section_list.follow(self.section)
        self.call_after_refresh(self._complete_rest)
        if not self.analysed and self.source is None:
            self.run_analysis()
        if self._arrived is not None:
            arrived, self._arrived = self._arrived, None
            await self.set_briefing(arrived)

    async def _complete_rest(self) -> None:
        """After the complete first screen: what it does not show (the search line, the side
        panel's other tabs, the text below the first screen). Start-up (issue 15): the first
        complete frame waited for all of it, 20-30% of its cost."""
        if self._rest_mounted or not self.ready or not self.is_attached:
            return  # (keys that need it wait for `ready`; or the app is leaving)
        self._rest_mounted = True
        from briefing.tui.widgets.search_bar import SearchBar

        with self.app.batch_update():
            # Every widget is in the DOM before the first await (a key handled meanwhile that
            # finds the rest mounted finds it whole); then they are mounted together.
            mounts = [self.mount(SearchBar(id="search")), *self.side_panel.build_tabs()]
            for mounted in mounts:
                await mounted
        self._mount_text()

    def _mount_text(self) -> None:
        """Mount the paragraphs below the first screen, a chunk at a time (keys are handled
        between chunks: a long article's thousands of paragraphs held `q` for seconds)."""
        if not self.article.complete:
            self.run_worker(self.article.mount_remaining(), name="mount text", group="mount")
