"""Notes and the Notes tab (issue 16, points 4 and 5), and both kept between runs.

Every test runs with the notes store in the test's own folder (BRIEFING_DATA_DIR, set for
every test by tests/conftest.py), and the hand-built briefing, whose `sentences` is empty: the
reader splits paragraphs itself then, as it does before the analysis arrives.
"""

from __future__ import annotations

from textual.widgets import TextArea

from briefing.model import Briefing
from briefing.store import add_highlight, add_note, open_store, register
from briefing.tui.app import BriefingApp
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.note_editor import NoteEditorScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.notes_list import NotesList
from tests.tui.annotating import FIRST, paragraph_view, stored, stored_annotations, write_note
from tests.tui.briefings import PARAGRAPHS
from tests.tui.reading import SIZE, reader, run_palette_command

# Notes


async def test_a_note_is_added_shown_under_its_paragraph_and_edited(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.words == PARAGRAPHS[0][:FIRST]
        await pilot.press(*"check the date")
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = reader(app)
        assert app.screen is screen
        (note,) = screen.annotations_shown
        assert (note.paragraph, note.start, note.end, note.note) == (0, 0, FIRST, "check the date")
        view = paragraph_view(app, 0)
        assert view.notes == ("check the date",)
        assert "✎ check the date" in str(view.render())

        await pilot.press("i")  # the same sentence: its note, to edit
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen) and editor.editing
        assert editor.query_one(TextArea).text == "check the date"
        await pilot.press(*" twice")
        await pilot.press("ctrl+s")
        await pilot.pause()
        (edited,) = screen.annotations_shown
        assert edited.id == note.id and edited.note == "check the date twice"

        await pilot.press("i", "x", "escape")  # cancelled: nothing changes
        await pilot.pause()
        assert app.screen is screen
        assert screen.annotations_shown[0].note == "check the date twice"


async def test_a_note_on_a_highlight_keeps_it_one_entry(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("h")
        await write_note(pilot, "why now?")
        (note,) = reader(app).annotations_shown
        assert note.kind == "note" and note.note == "why now?"


async def test_the_note_editor_is_dismissed_once(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("i", *"twice", "ctrl+s", "ctrl+s", "escape")
        await pilot.pause()
        assert app.screen is reader(app)
        assert [a.note for a in reader(app).annotations_shown] == ["twice"]


async def test_an_empty_new_note_adds_nothing(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("i", "ctrl+s")
        await pilot.pause()
        assert reader(app).annotations_shown == ()


# The Notes tab


def _seed_notes(briefing: Briefing) -> None:
    """A note in paragraph 7 written before a highlight in paragraph 1 (reading order differs)."""
    text7, text1 = PARAGRAPHS[7], PARAGRAPHS[1]
    with open_store() as store:
        key = register(store, briefing.article)
        words = "memories of the 1998 crisis"
        start = text7.index(words)
        add_note(store, key, 7, start, start + len(words), words, "old wounds")
        start = text1.index("Officials")
        add_highlight(store, key, 1, start, start + len("Officials in Freedonia"),
                      "Officials in Freedonia")  # fmt: skip


async def test_the_notes_tab_lists_them_in_reading_order_and_enter_jumps(
    briefing: Briefing,
) -> None:
    _seed_notes(briefing)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 16)) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        await pilot.press("I")
        await pilot.pause()
        notes = screen.query_one(NotesList)
        assert app.focused is notes
        assert [a.paragraph for a in notes.annotations] == [1, 7]
        assert not screen.query_one("#notes-empty").display
        prompt = str(notes.get_option_at_index(1).prompt)
        assert "memories of the 1998 crisis" in prompt and "old wounds" in prompt
        assert "§3 ¶8" in prompt
        await pilot.press("down", "enter")
        await pilot.pause()
        cursor = screen.sentence_cursor
        assert cursor is not None and cursor.paragraph == 7
        assert screen.query_one(ArticleView).top_paragraph > 1, "the text scrolled there"
        assert screen.flash is not None and screen.flash.paragraph == 7
        # the cursor is on the note: `y` copies it, note included
        screen.set_focus(screen.article)
        await pilot.press("y")
        assert app.clipboard.startswith("“memories of the 1998 crisis” — Jane Analyst")
        assert app.clipboard.endswith("Note: old wounds")


async def test_i_in_the_notes_tab_edits_the_entry_under_its_cursor(briefing: Briefing) -> None:
    _seed_notes(briefing)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("I", "down", "i")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen)
        assert editor.words == "memories of the 1998 crisis" and editor.note == "old wounds"
        await pilot.press(*" run deep", "ctrl+s")
        await pilot.pause()
        notes = [a.note for a in reader(app).annotations_shown]
        assert notes == ["", "old wounds run deep"]


async def test_deleting_one_is_undone_with_u(briefing: Briefing) -> None:
    _seed_notes(briefing)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        await pilot.press("I", "d")
        await pilot.pause()
        assert [a.paragraph for a in screen.annotations_shown] == [7]
        assert [a.paragraph for a in screen.query_one(NotesList).annotations] == [7]
        assert paragraph_view(app, 1).marks == ()
        await pilot.press("u")
        await pilot.pause()
        assert [a.paragraph for a in screen.annotations_shown] == [1, 7]
        assert paragraph_view(app, 1).marks
    assert len(stored_annotations(briefing)) == 2


async def test_u_undoes_a_highlight_and_says_when_nothing_is_left(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("h")
        await pilot.pause()
        assert len(reader(app).annotations_shown) == 1
        await pilot.press("u")
        await pilot.pause()
        assert reader(app).annotations_shown == ()
        await pilot.press("u")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
        assert "Nothing to undo." in messages


async def test_deleting_the_only_one_asks_in_the_singular(briefing: Briefing) -> None:
    with open_store() as store:
        key = register(store, briefing.article)
        add_highlight(store, key, 1, 0, len("Officials"), "Officials")
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("I", "D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith("Delete the only highlight or note of this article?")


async def test_deleting_all_asks_first(briefing: Briefing) -> None:
    _seed_notes(briefing)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        await pilot.press("I", "D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Delete all 2 highlights and notes" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert len(screen.annotations_shown) == 2
        await run_palette_command(app, pilot, "Notes: delete all")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert screen.annotations_shown == ()
        assert screen.query_one("#notes-empty").display
        assert app.screen is screen
    assert stored_annotations(briefing) == ()


async def test_palette_shows_the_notes_tab_and_highlights(briefing: Briefing) -> None:
    from briefing.tui.widgets.side_panel import SidePanel

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await run_palette_command(app, pilot, "Show: notes")
        assert app.screen.query_one(SidePanel).active == "notes"
        reader(app).set_focus(reader(app).article)
        await run_palette_command(app, pilot, "Notes: highlight the current")
        assert len(reader(app).annotations_shown) == 1
        await run_palette_command(app, pilot, "Notes: copy with citation")
        assert app.clipboard.startswith(f"“{PARAGRAPHS[0][:FIRST]}” — Jane Analyst")
        await run_palette_command(app, pilot, "Notes: undo")
        assert reader(app).annotations_shown == ()


# Kept between runs


async def test_reopening_shows_the_highlight_and_the_note(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("3", "h", "right_parenthesis")
        await write_note(pilot, "watch this")
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SIZE) as pilot:
        await stored(again, pilot)
        first = briefing.sections[2].first
        view = paragraph_view(again, first)
        assert len(view.marks) == 2
        # two highlights in the paragraph: the note says which words it is on
        assert view.notes == ("“Vale visited Freedonia twice,…” watch this",)
        listed = reader(again).query_one(NotesList).annotations
        assert [a.kind for a in listed] == ["highlight", "note"]


async def test_a_store_that_cannot_be_written_is_a_notification(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        store = reader(app).reading_place.store
        assert store is not None
        store.close()  # every write now fails
        await pilot.press("h")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
        written = "The notes store could not be written"
        assert any(message.startswith(written) for message in messages)
        assert not any(message.startswith("Highlighted") for message in messages)
        assert app.screen is reader(app)
