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
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from briefing.model import Article, Briefing
from briefing.tui.commands import BriefingCommands


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
    CURSOR_BLINK: ClassVar[bool] = True
    """Whether text cursors blink; tests switch it off so snapshots are stable."""

    def __init__(
        self,
        briefing: Briefing | None = None,
        library: Path | None = None,
        *,
        article: Article | None = None,
    ) -> None:
        super().__init__()
        self.briefing = briefing
        """An analysed article to open straight in the reader."""
        self.article = article
        """An article to open in the reader and analyse once its text is on screen."""
        self.library = library or Path.cwd()
        """The folder the library lists."""

    def get_default_screen(self) -> Screen[None]:
        """The first screen is the reader or the library itself, not a blank screen with one
        pushed over it: one screen less to build and style before the first frame."""
        if self.briefing is not None or self.article is not None:
            from briefing.tui.screens.reader import ReaderScreen, provisional

            if self.briefing is not None:
                return ReaderScreen(self.briefing)
            assert self.article is not None
            from briefing.analysis_cache import load

            # An article read before: its analysis from the cache, drawn with the text in the
            # first frame (the panels still follow it); else the text alone, analysed after.
            cached = load(self.article)
            if cached is not None:
                return ReaderScreen(cached, analyse=True, analysed=True)
            return ReaderScreen(provisional(self.article), analyse=True)
        from briefing.tui.screens.library import LibraryScreen

        return LibraryScreen(self.library)

    def on_mount(self) -> None:
        """The saved theme and panel layout, read once the first frame is on screen."""
        from briefing.tui.saved_settings import restore_later

        restore_later(self)

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
        app = BriefingApp(article=article())
    else:
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
    app.run()
    return app.return_code or 0
