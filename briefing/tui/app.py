"""The Textual application: it only chooses the first screen and holds app-wide keys.

`run()` has the article read BEFORE the app starts, so a bad path is a one-line error from
the command line rather than a crash inside the terminal UI. The text is on screen in the first
frame; the analysis (and its imports) runs in a worker right after and fills the reader in.
Screens are imported when first needed to keep start-up lean.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from briefing.model import Article, Briefing
from briefing.tui.commands import BriefingCommands

if TYPE_CHECKING:
    from briefing.read_ahead import ReadAhead


class BriefingApp(App[None]):
    """The reader for one analysed article, or the library of a folder."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (App declares it as an instance variable)
        (0, "-tiny"),
        (60, "-narrow"),
        (100, "-wide"),
        (160, "-very-wide"),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
    ]
    NOTIFICATION_TIMEOUT: ClassVar[float] = 4
    """Seconds a toast stays unless it says otherwise: confirmations ("Copied ...") are read at
    a glance (Textual's 5 left them over what came next); errors set their own, longer."""
    CURSOR_BLINK: ClassVar[bool] = True
    """Whether text cursors blink; tests switch it off so snapshots are stable."""

    def __init__(
        self,
        briefing: Briefing | None = None,
        library: Path | None = None,
        *,
        article: Article | None = None,
        analysis: ReadAhead | None = None,
        settings: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.briefing = briefing
        """An analysed article to open straight in the reader."""
        self.article = article
        """An article to open in the reader and analyse once its text is on screen."""
        self.analysis = analysis if analysis is not None and analysis.analysing else None
        """Where `article`'s analysis is being made, in a child process (briefing.read_ahead),
        instead of in the reader's own thread."""
        self.library = library or Path.cwd()
        """The folder the library lists."""
        self.settings_read = settings
        """The saved settings read ahead with the article (briefing.read_ahead), applied here,
        before the first screen is made; None: they are read after the first frame."""
        if settings is not None:
            from briefing.tui.saved_settings import apply_early

            apply_early(self, settings)

    def get_default_screen(self) -> Screen[None]:
        """The first screen is the reader or the library itself, not a blank screen with one
        pushed over it: one screen less to build and style before the first frame."""
        if self.briefing is not None or self.article is not None:
            from briefing.tui.screens.reader import ReaderScreen, provisional

            if self.briefing is not None:
                return ReaderScreen(self.briefing)
            assert self.article is not None
            from briefing.analysis_cache import load

            # An article read before: its analysis from the cache (a few milliseconds), the
            # panels right after the first frame; else the text alone, with the analysis after
            # it, from the read-ahead process if there is one (briefing.read_ahead).
            ahead = self.analysis
            cached = load(self.article)
            if cached is not None:
                if ahead is not None:
                    ahead.cancel()  # (it was looking in the same cache)
                return ReaderScreen(cached, analyse=True, analysed=True)
            if ahead is None:
                return ReaderScreen(provisional(self.article), analyse=True)
            if ahead.ready():  # made already: as from the cache
                try:
                    return ReaderScreen(ahead.analysis(), analyse=True, analysed=True)
                except Exception:  # noqa: BLE001 - the reader's own thread tries again
                    return ReaderScreen(provisional(self.article), analyse=True)
            return ReaderScreen(provisional(self.article), analyse=True, source=ahead)
        from briefing.tui.screens.library import LibraryScreen

        return LibraryScreen(self.library)

    def on_mount(self) -> None:
        """The saved theme and panel layout, read once the first frame is on screen (unless
        they were read ahead and applied already)."""
        if self.settings_read is not None:
            from briefing.tui.saved_settings import follow_early

            follow_early(self, self.settings_read)
            return
        from briefing.tui.saved_settings import restore_later

        restore_later(self)

    first_frame_shown = False
    """Whether the first frame is on screen (Textual's `Ready` event has come)."""

    def on_ready(self) -> None:
        """The first frame is on screen: a first screen waiting for it goes on now (the
        reader builds its panels). Textual's own refreshes right after that frame (the
        terminal's size, reported two or three times, and the notifications' rack) then go
        into the reader's next frame instead of each painting the whole screen before it
        (start-up, issue 15: ~20 ms)."""
        self.first_frame_shown = True
        after = getattr(self.screen, "after_first_frame", None)
        if callable(after):
            after()

    def get_key_display(self, binding: Binding) -> str:
        """Keys as a new user reads them: "ctrl+p", not "^p" (the footer and `?` help both
        use this)."""
        display = super().get_key_display(binding)
        if display.startswith("^") and len(display) > 1:
            return "ctrl+" + display[1:]
        return display

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables with every text colour legible on its backgrounds (WCAG AA:
        Textual's light theme writes quotes and titles at 3.3-3.9:1; see tui/contrast.py)."""
        from briefing.tui.contrast import accessible

        variables = accessible(super().get_css_variables())
        self.theme_variables = variables
        return variables

    def on_descendant_mount(self) -> None:
        """Apply CURSOR_BLINK to every input as it appears."""
        if not self.CURSOR_BLINK:
            from textual.widgets import Input

            for field in self.screen.query(Input):
                field.cursor_blink = False

    async def action_quit(self) -> None:
        """Quit at once in a terminal, without taking each widget down (tui/quitting.py:
        `q` took 20-30 s on a 3 MB text); without one (tests), the usual way."""
        if self.is_headless:
            self.exit()
        else:
            from briefing.tui.quitting import leave_at_once

            leave_at_once(self)

    def action_help(self) -> None:
        """Open the help for the screen in front, unless help is already open."""
        from briefing.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))


def run(article: Callable[[], Article] | None = None, library: str | None = None) -> int:
    """Start the reader on one article or on the library; returns the exit status.

    `article` gives the article to open (see `briefing.read_ahead`). It is called before any
    terminal set-up, so a file that cannot be read is a one-line error from the command line
    (its `BriefingError` propagates) and never a crash inside the terminal UI.
    """
    if article is not None:
        from briefing.read_ahead import ReadAhead

        ahead = article if isinstance(article, ReadAhead) else None
        first = article()
        settings = ahead.settings if ahead is not None else None
        app = BriefingApp(article=first, analysis=ahead, settings=settings)
    else:
        ahead = None
        from briefing.errors import BriefingError
        from briefing.library import resolve_dir

        directory = resolve_dir(library)
        if not directory.is_dir():
            raise BriefingError(f"{directory}: no such folder")
        app = BriefingApp(library=directory)
    # Everything allocated so far (Textual, the model, the article) lives as long as the app:
    # frozen, the cyclic GC stops walking it, which saved a full collection (~15 ms) on the
    # way to the first frame. Later garbage is collected as usual (the command line turns the
    # GC off while importing; it is on again from here).
    gc.freeze()
    gc.enable()
    try:
        app.run()
    finally:
        if ahead is not None:
            ahead.cancel()  # an analysis still under way is no longer wanted
    return app.return_code or 0
