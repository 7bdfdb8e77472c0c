"""Every character of text drawn on screen meets WCAG AA (4.5:1) against the cell it is drawn
on, in both built-in themes, in truecolor and in a 256-colour terminal (issue 15, point 10; a
tester's report measured the light theme's "§1" on a quote row at 1.34:1, its footer keys at
2.10-2.94:1, the dark theme's timeline date on the cursor row at 3.76:1).

Not a list of chosen elements: each screen is drawn as the terminal gets it (the compositor's
final cells, with Textual's dimming and the dialogs' backdrops applied) and every segment with
visible text is measured: the reader with each side tab, its cursor row focused and not, a
selected actor's mentions, a search, a note, the footer with keys enabled and not, toasts; the
so-what view, the help, the export dialog, the note editor, a question, the rename dialog; the
library with its filter and search.

What is not text, and so not measured (WCAG 1.4.3 covers text; these are graphics): box and
block characters (borders, rules, scrollbars, a radio button's frame), pictographs (the command
palette's 🔎, which a terminal draws in the emoji's own colours), the text of the screen
under a dialog's dimmed backdrop (an inactive interface, exempt), and the ● of a radio button
that is off (drawn in its ground's colour on purpose: the absence is the state).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.console import Console
from rich.segment import Segment
from textual.color import Color
from textual.pilot import Pilot
from textual.screen import ModalScreen
from textual.widgets import RadioButton

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.contrast import AA, contrast
from briefing.tui.screens.confirm import ConfirmScreen
from tests.tui.reading import reader_opened

THEMES = ("textual-dark", "textual-light")


def _256(color: RichColor) -> Color:
    triplet = color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return Color(triplet.red, triplet.green, triplet.blue)


def drawn(app: BriefingApp) -> Iterator[tuple[int, int, Segment]]:
    """The screen as a terminal gets it: (x, y, segment) for every segment of every line."""
    width, height = app.size
    console = Console(
        width=width, height=height, file=io.StringIO(), force_terminal=True,
        color_system="truecolor", record=True, legacy_windows=False, safe_box=False,
    )  # fmt: skip
    screen = app.screen
    console.print(
        screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    x = y = 0
    for segment in console._record_buffer:
        if segment.text == "\n":
            x, y = 0, y + 1
            continue
        if not segment.control:
            yield x, y, segment
        x += segment.cell_length


def is_graphic(character: str) -> bool:
    """Box drawing and block elements (borders, rules, scrollbars, frames), pictographs, and
    blanks."""
    code = ord(character)
    return character.isspace() or 0x2500 <= code <= 0x259F or code >= 0x1F000


def failures(app: BriefingApp, what: str) -> list[str]:
    """Every drawn text segment below AA in truecolor or 256 colours, described."""
    screen = app.screen
    modal = isinstance(screen, ModalScreen)
    found = []
    for x, y, segment in drawn(app):
        text = "".join(c for c in segment.text if not is_graphic(c))
        if not text:
            continue
        widget, _ = screen.get_widget_at(x, y)
        if modal and widget is screen:
            continue  # the dimmed screen under a dialog
        if isinstance(widget, RadioButton) and text == "●" and not widget.value:
            continue  # an off radio button's mark, hidden on purpose
        style = segment.style
        assert style is not None, (what, segment)
        foreground, background = style.color, style.bgcolor
        if style.reverse:
            foreground, background = background, foreground
        assert foreground is not None and background is not None, (what, segment)
        true = contrast(Color.from_rich_color(foreground), Color.from_rich_color(background))
        palette = contrast(_256(foreground), _256(background))
        if true < AA or palette < AA:
            found.append(
                f"{app.theme} {what}: {text[:24]!r} {Color.from_rich_color(foreground).hex}"
                f" on {Color.from_rich_color(background).hex} {true:.2f}:1 (256: {palette:.2f}:1)"
                f" in {type(widget).__name__}"
            )
    return found


class Checker:
    """Collects failures over the states a test walks through."""

    def __init__(self, app: BriefingApp, pilot: Pilot[Any]) -> None:
        self.app, self.pilot = app, pilot
        self.found: list[str] = []
        self.screens: set[str] = set()
        """The screens looked at (that the keys went where meant)."""

    async def look(self, what: str, *keys: str) -> None:
        if keys:
            await self.pilot.press(*keys)
        await self.pilot.pause(0.05)
        self.found += failures(self.app, what)
        self.screens.add(type(self.app.screen).__name__)


def toasts(app: BriefingApp) -> None:
    app.notify("Copied the sentence with its citation", title="Copied")
    app.notify("The file was not found.", severity="warning")
    app.notify("The store cannot be written.", title="Error", severity="error")


@pytest.mark.parametrize("theme", THEMES)
async def test_every_text_in_the_reader_meets_aa(briefing: Briefing, theme: str) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await reader_opened(app, pilot)
        app.theme = theme
        check = Checker(app, pilot)
        await check.look("reader, footer with n/N disabled")
        await check.look("a highlight and a note", "h", "i", *"my own note", "ctrl+s")
        for key, tab in (("a", "actors"), ("quotation_mark", "quotes"), ("t", "timeline"),
                         ("I", "notes")):  # fmt: skip
            await check.look(f"{tab} tab, cursor row focused", key)
            await check.look(f"{tab} tab, second row focused", "down")
            app.screen.query_one("ArticleView").focus()
            await check.look(f"{tab} tab, cursor row not focused")
        await check.look("an actor's mentions, the current one", "a", "enter", "n")
        app.screen.query_one("ArticleView").focus()
        await check.look("a search with its hits and the current one", "slash", *"accord")
        await check.look("search done", "enter", "n")
        await check.look("search cleared", "escape", "escape")
        await check.look("a mark being set", "m")
        await check.look("the marks shown", "a", "apostrophe")
        await check.look("focus mode", "escape", "f")
        await check.look("the section list focused", "f", "tab")
        await check.look("the command palette", "ctrl+p")
        await check.look("the command palette's hits", *"sect")
        await pilot.press("escape")
        toasts(app)
        await check.look("toasts")
        app.clear_notifications()
        await check.look("help", "question_mark")
        await check.look("help scrolled", "pagedown")
        assert check.found == [], "\n".join(check.found)
        assert check.screens == {"ReaderScreen", "HelpScreen", "CommandPalette"}


@pytest.mark.parametrize("theme", THEMES)
async def test_every_text_in_the_dialogs_meets_aa(briefing: Briefing, theme: str) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await reader_opened(app, pilot)
        app.theme = theme
        check = Checker(app, pilot)
        await check.look("so-what view", "s")
        await check.look("so-what view, a lower line", "down", "down", "down")
        await check.look("so-what help", "question_mark")
        await check.look("export dialog, formats focused", "escape", "escape", "e")
        await check.look("export dialog, path focused", "tab")
        await check.look("export dialog, button focused", "tab")
        toasts(app)
        await check.look("export dialog with toasts")
        await check.look("export help", "shift+tab", "shift+tab", "question_mark")
        await check.look("note editor", "escape", "escape", "i", *"words")
        await check.look("note editor, Save focused", "tab")
        await pilot.press("escape")
        app.push_screen(ConfirmScreen("Delete all of this article's notes?"))
        await check.look("a question")
        await check.look("rename dialog", "n", "R")
        assert check.found == [], "\n".join(check.found)
        assert check.screens == {
            "SoWhatScreen", "HelpScreen", "ExportScreen", "NoteEditorScreen", "ConfirmScreen",
            "RenameSectionScreen",
        }  # fmt: skip


@pytest.mark.parametrize("theme", THEMES)
async def test_every_text_in_the_library_meets_aa(library: Path, theme: str) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        app.theme = theme
        check = Checker(app, pilot)
        await check.look("library, placeholder")
        await check.look("library, a row", "down")
        await check.look("library, filtered", "a", "c")
        await check.look("library, full-text search", "escape", "slash", *"accord")
        await pilot.pause(0.3)
        await check.look("library, search results")
        await check.look("library help", "escape", "escape", "question_mark")
        assert check.found == [], "\n".join(check.found)
        assert check.screens == {"LibraryScreen", "HelpScreen"}
