"""`?` shows the help of the screen in front, and the help lists only keys that do something
there (a tester's report on issue 15, points 12 and 17).

- `?` did nothing in the so-what view, the export dialog or a yes/no question: a dialog takes
  no keys from the app, so the app's `?` never reached it.
- escape was listed as "back to the library" in a reader opened from a path (nothing to go
  back to); `d`/`D` were listed in an empty Notes tab; `super+c` was listed although no
  terminal sends the Command key; one description ended with a full stop, no other does.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.export import ExportScreen
from briefing.tui.screens.help import HelpScreen, binding_rows
from briefing.tui.screens.note_editor import NoteEditorScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.screens.so_what import SoWhatScreen
from tests.tui.reading import SIZE, reader_opened


def listed(app: BriefingApp) -> dict[str, str]:
    """Every key row of the help over the screen in front: keys (as written) to description."""
    return {keys: what for _, rows in binding_rows(app.screen) for keys, what, _ in rows}


def help_text(app: BriefingApp) -> str:
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    keys = str(screen.query_one("#help-keys").render())
    prose = [str(static.render()) for static in screen.query("#help-prose")]
    return keys + "\n".join(prose)


async def test_question_mark_shows_the_help_of_the_so_what_view_and_goes_back(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await reader_opened(app, pilot)
        await pilot.press("s")
        so_what = app.screen
        assert isinstance(so_what, SoWhatScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen), "? does nothing in the so-what view"
        assert app.screen.over is so_what
        text = help_text(app)
        assert "Back to the text" in text and "y " in text
        assert "bottom line" in text.lower(), "the so-what view's own prose"
        assert "Searching" not in text, "not the reader's whole manual"
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen is so_what


async def test_question_mark_shows_the_help_of_the_export_dialog_and_a_question(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await reader_opened(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and app.screen.over is dialog
        assert "Cancel" in help_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is dialog
        field = dialog.query_one("#export-path", Input)
        field.focus()
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen is dialog and field.value.endswith("?"), "in a path, ? is a character"
        app.push_screen(ConfirmScreen("Overwrite it?"))
        await pilot.pause()
        question = app.screen
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and app.screen.over is question
        text = help_text(app)
        assert "Yes" in text and "No" in text


async def test_question_mark_in_the_note_editor_is_text_in_the_note_and_help_on_a_button(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await reader_opened(app, pilot)
        await pilot.press("i", "w", "h", "y", "question_mark")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen)
        assert editor.query_one(TextArea).text == "why?"
        await pilot.press("tab")  # to the Save button
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and app.screen.over is editor
        assert "Save note" in help_text(app)


async def test_a_reader_opened_from_a_path_lists_no_way_back_to_a_library(
    briefing: Briefing, tmp_path: Path
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await reader_opened(app, pilot)
        assert not any("library" in what.lower() for what in listed(app).values())
        assert "esc" not in listed(app), "escape has nothing to clear and nowhere to go"
        await pilot.press("slash", "a", "c", "c", "o", "r", "d", "enter")
        await pilot.pause()
        assert listed(app).get("esc") == "Clear the search"
    app = BriefingApp(library=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(ReaderScreen(briefing, from_library=True))
        await reader_opened(app, pilot)
        assert listed(app).get("esc") == "Back to the library"


async def test_an_empty_notes_tab_lists_no_delete_keys(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await reader_opened(app, pilot)
        await pilot.press("I")
        await pilot.pause()
        assert type(app.focused).__name__ == "NotesList"
        keys = listed(app)
        assert not any("Delete" in what for what in keys.values()), keys
        await pilot.press("escape")  # back to the text, then a highlight
        app.screen.query_one("ArticleView").focus()
        await pilot.press("h", "I")
        await pilot.pause()
        assert any("Delete" in what for what in listed(app).values())


async def test_no_key_a_terminal_cannot_send_and_no_full_stops(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await reader_opened(app, pilot)
        seen: dict[str, str] = dict(listed(app))
        await pilot.press("slash")  # a text field's many keys
        await pilot.pause()
        seen.update(listed(app))
        await pilot.press("escape", "s")
        await pilot.pause()
        seen.update(listed(app))
        assert not [keys for keys in seen if "super" in keys], seen
        assert not [keys for keys in seen if "^" in keys], "ctrl is written out, as the footer does"
        assert not [what for what in seen.values() if what.endswith(".")]


async def test_the_library_help_says_what_escape_and_enter_do_now(library: Path) -> None:
    app = BriefingApp(library=library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        keys = listed(app)
        assert "esc" not in keys, "nothing typed, the list has the focus: escape does nothing"
        assert keys.get("⏎") == "Open the article"
        await pilot.press("a", "c")
        await pilot.pause()
        assert listed(app).get("esc") == "Clear the filter"
        await pilot.press("escape", "slash")
        await pilot.pause()
        assert listed(app).get("esc") == "Clear the search"
