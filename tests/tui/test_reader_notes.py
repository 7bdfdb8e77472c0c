"""Highlights, notes, the sentence cursor, the Notes tab and `y` (issue 16, points 4 and 5).

Every test runs with the notes store in the test's own folder (BRIEFING_DATA_DIR, set for
every test by tests/conftest.py), and the hand-built briefing, whose `sentences` is empty: the
reader splits paragraphs itself then, as it does before the analysis arrives.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Offset
from textual.pilot import Pilot
from textual.selection import Selection
from textual.widgets import OptionList, TextArea

from briefing.model import Briefing, Span
from briefing.store import add_highlight, add_note, annotations, open_store, register
from briefing.tui.app import BriefingApp
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.note_editor import NoteEditorScreen
from briefing.tui.text import HIGHLIGHT
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.notes_list import NotesList
from briefing.tui.widgets.paragraph import ParagraphView
from tests.tui.briefings import PARAGRAPHS
from tests.tui.reading import SIZE, reader, run_palette_command

FIRST = PARAGRAPHS[0].index(". ") + 1
"""Where the seed's first sentence ends (the hand briefing's first paragraph)."""
SECOND = (FIRST + 1, len(PARAGRAPHS[0]))
"""The offsets of the first paragraph's second sentence."""


async def _stored(app: BriefingApp, pilot: Pilot[Any]) -> None:
    """Wait until the reader has the store and has drawn the article's annotations."""
    for _ in range(100):
        screen = app.screen
        if getattr(screen, "reading_place", None) is not None and screen.notes_store():
            break
        await pilot.pause(0.02)
    await pilot.pause(0.1)
    await pilot.pause()


def _view(app: BriefingApp, paragraph: int) -> ParagraphView:
    return reader(app).paragraph_views()[paragraph]


def _stored_annotations(briefing: Briefing) -> tuple[Any, ...]:
    with open_store() as store:
        return annotations(store, register(store, briefing.article, record=False))


async def _write_note(pilot: Pilot[Any], text: str) -> None:
    await pilot.press("i")
    await pilot.pause()
    await pilot.press(*text)
    await pilot.press("ctrl+s")
    await pilot.pause()


# The sentence cursor


async def test_the_cursor_starts_at_the_first_sentence_and_moves_by_sentence(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        screen = reader(app)
        assert screen.sentence_cursor == Span(0, 0, FIRST)
        assert _view(app, 0).sentence == (0, FIRST), "drawn on the paragraph"
        await pilot.press("right_parenthesis")
        assert screen.sentence_cursor == Span(0, *SECOND)
        await pilot.press("right_parenthesis")
        assert screen.sentence_cursor is not None and screen.sentence_cursor.paragraph == 1
        assert _view(app, 0).sentence is None and _view(app, 1).sentence is not None
        await pilot.press("left_parenthesis", "left_parenthesis")
        assert screen.sentence_cursor == Span(0, 0, FIRST)
        await pilot.press("left_parenthesis")  # the first sentence: it stays, and says so
        assert screen.sentence_cursor == Span(0, 0, FIRST)


async def test_the_cursor_follows_jumps(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        screen = reader(app)
        await pilot.press("3")  # section 3 starts at paragraph 4
        await pilot.pause()
        assert screen.sentence_cursor is not None
        assert screen.sentence_cursor.paragraph == briefing.sections[2].first
        assert screen.sentence_cursor.start == 0
        await pilot.press("slash", *"fragile", "enter")  # a search hit, in paragraph 1
        await pilot.pause()
        hit = PARAGRAPHS[1].index("fragile")
        cursor = screen.sentence_cursor
        assert cursor is not None and cursor.paragraph == 1 and cursor.start <= hit < cursor.end
        await pilot.press("escape")
        await pilot.press("t", "enter")  # the first timeline entry (by date): paragraph 0
        await pilot.pause()
        assert screen.sentence_cursor == Span(0, 0, FIRST)


async def test_scrolling_the_cursor_out_of_view_brings_it_back_on_screen(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 16)) as pilot:
        await _stored(app, pilot)
        screen = reader(app)
        await pilot.press("G")
        await pilot.pause()
        top = screen.query_one(ArticleView).top_paragraph
        cursor = screen.sentence_cursor
        assert top > 0 and cursor is not None and cursor.paragraph >= top


# Highlights


async def test_h_highlights_the_current_sentence_and_again_removes_it(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        await pilot.press("right_parenthesis", "h")
        await pilot.pause()
        (highlight,) = reader(app).annotations_shown
        assert (highlight.paragraph, highlight.start, highlight.end) == (0, *SECOND)
        assert highlight.text == PARAGRAPHS[0][SECOND[0] : SECOND[1]]
        assert (*SECOND, HIGHLIGHT) in _view(app, 0).marks
        await pilot.press("h")
        await pilot.pause()
        assert reader(app).annotations_shown == ()
        assert _view(app, 0).marks == ()
    assert _stored_annotations(briefing) == ()


async def test_h_highlights_the_text_selected_with_the_mouse(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        screen = reader(app)
        view = _view(app, 1)
        start = PARAGRAPHS[1].index("Minister")
        end = start + len("Minister Otto Brand")
        screen.selections = {view: Selection(Offset(start, 0), Offset(end, 0))}
        await pilot.press("h")
        await pilot.pause()
        (highlight,) = screen.annotations_shown
        assert (highlight.paragraph, highlight.start, highlight.end) == (1, start, end)
        assert highlight.text == "Minister Otto Brand"
        assert not screen.selections, "the selection is used up"
        cursor = screen.sentence_cursor
        assert cursor is not None and cursor.paragraph == 1 and cursor.start <= start


async def test_a_mouse_drag_selects_words_that_h_highlights(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        view = _view(app, 0)
        await pilot.mouse_down(view, offset=(0, 0))
        await pilot.hover(view, offset=(8, 1))  # onto the second line of the wrapped text
        await pilot.mouse_up(view, offset=(8, 1))
        await pilot.pause()
        selected = app.screen.get_selected_text()
        assert selected and len(selected) > 8
        await pilot.press("h")
        await pilot.pause()
        (highlight,) = reader(app).annotations_shown
        assert highlight.start == 0 and highlight.text == selected.strip()
        assert PARAGRAPHS[0].startswith(highlight.text)


async def test_a_selection_across_paragraphs_is_one_highlight_each_and_y_copies_it(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        screen = reader(app)
        start = PARAGRAPHS[0].index("President")
        end = len("Officials in Freedonia")
        selection = {
            _view(app, 0): Selection(Offset(start, 0), None),  # to the paragraph's end
            _view(app, 1): Selection(None, Offset(end, 0)),  # from the paragraph's start
        }
        screen.selections = selection
        await pilot.press("y")
        assert app.clipboard.startswith(f"“{PARAGRAPHS[0][start:]} Officials in Freedonia” — ")
        assert app.clipboard.endswith("¶ 1")
        screen.selections = selection
        await pilot.press("h")
        await pilot.pause()
        spans = [(a.paragraph, a.start, a.end) for a in screen.annotations_shown]
        assert spans == [(0, start, len(PARAGRAPHS[0])), (1, 0, end)]


async def test_h_leaves_a_noted_sentence_alone(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        await _write_note(pilot, "keep me")
        await pilot.press("h")
        await pilot.pause()
        assert [a.note for a in reader(app).annotations_shown] == ["keep me"]


# Notes


async def test_a_note_is_added_shown_under_its_paragraph_and_edited(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
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
        view = _view(app, 0)
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
        await _stored(app, pilot)
        await pilot.press("h")
        await _write_note(pilot, "why now?")
        (note,) = reader(app).annotations_shown
        assert note.kind == "note" and note.note == "why now?"


async def test_the_note_editor_is_dismissed_once(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        await pilot.press("i", *"twice", "ctrl+s", "ctrl+s", "escape")
        await pilot.pause()
        assert app.screen is reader(app)
        assert [a.note for a in reader(app).annotations_shown] == ["twice"]


async def test_an_empty_new_note_adds_nothing(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
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
        await _stored(app, pilot)
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
        await _stored(app, pilot)
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
        await _stored(app, pilot)
        screen = reader(app)
        await pilot.press("I", "d")
        await pilot.pause()
        assert [a.paragraph for a in screen.annotations_shown] == [7]
        assert [a.paragraph for a in screen.query_one(NotesList).annotations] == [7]
        assert _view(app, 1).marks == ()
        await pilot.press("u")
        await pilot.pause()
        assert [a.paragraph for a in screen.annotations_shown] == [1, 7]
        assert _view(app, 1).marks
    assert len(_stored_annotations(briefing)) == 2


async def test_u_undoes_a_highlight_and_says_when_nothing_is_left(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
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


async def test_deleting_all_asks_first(briefing: Briefing) -> None:
    _seed_notes(briefing)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
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
    assert _stored_annotations(briefing) == ()


async def test_palette_shows_the_notes_tab_and_highlights(briefing: Briefing) -> None:
    from textual.widgets import TabbedContent

    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        await run_palette_command(app, pilot, "Show: notes")
        assert app.screen.query_one(TabbedContent).active == "tab-notes"
        reader(app).set_focus(reader(app).article)
        await run_palette_command(app, pilot, "Notes: highlight the current")
        assert len(reader(app).annotations_shown) == 1
        await run_palette_command(app, pilot, "Notes: copy with citation")
        assert app.clipboard.startswith(f"“{PARAGRAPHS[0][:FIRST]}” — Jane Analyst")
        await run_palette_command(app, pilot, "Notes: undo")
        assert reader(app).annotations_shown == ()


# y: copy with the citation


async def test_y_copies_the_current_sentence_with_its_citation(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        await pilot.press("y")
        expected = (
            f"“{PARAGRAPHS[0][:FIRST]}” — Jane Analyst, “Ruritania and Freedonia: A Fragile"
            " Accord”, Test Institute, 1 May 2023, ¶ 1"
        )
        assert app.clipboard == expected
        messages = [notification.message for notification in app._notifications]
        assert any(message.startswith("Copied the sentence") for message in messages)


async def test_y_copies_the_quote_focused_in_the_quotes_tab(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        await pilot.press("quotation_mark", "down", "y")
        assert app.clipboard.startswith("Otto Brand: “fragile at best” — Jane Analyst")
        assert app.clipboard.endswith("¶ 2")


async def test_y_copies_the_judgment_focused_in_the_so_what_view(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        listing = app.screen.query_one(OptionList)
        judgment = briefing.so_what.key_judgments[1]
        index = next(i for i, span in app.screen.spans.items() if span == judgment.span)
        listing.highlighted = index
        await pilot.press("y")
        words = PARAGRAPHS[5][judgment.span.start : judgment.span.end]
        assert app.clipboard.startswith(f"“{words}” — Jane Analyst")
        assert app.clipboard.endswith("¶ 6")
        messages = [notification.message for notification in app._notifications]
        assert any(message.startswith("Copied the judgment") for message in messages)


async def test_y_copies_the_highlight_under_the_cursor(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        screen = reader(app)
        view = _view(app, 0)
        start = PARAGRAPHS[0].index("a border accord")
        end = start + len("a border accord")
        screen.selections = {view: Selection(Offset(start, 0), Offset(end, 0))}
        await pilot.press("h", "y")
        assert app.clipboard.startswith("“a border accord” — ")


# Kept between runs


async def test_reopening_shows_the_highlight_and_the_note(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
        await pilot.press("3", "h", "right_parenthesis")
        await _write_note(pilot, "watch this")
    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SIZE) as pilot:
        await _stored(again, pilot)
        first = briefing.sections[2].first
        view = _view(again, first)
        assert len(view.marks) == 2
        # two highlights in the paragraph: the note says which words it is on
        assert view.notes == ("“Vale visited Freedonia twice,…” watch this",)
        listed = reader(again).query_one(NotesList).annotations
        assert [a.kind for a in listed] == ["highlight", "note"]


async def test_a_store_that_cannot_be_written_is_a_notification(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await _stored(app, pilot)
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


async def test_in_a_paragraph_taller_than_the_screen_the_cursor_stays_on_screen() -> None:
    from briefing.model import Article, Metadata, Paragraph
    from briefing.tui.screens.reader import provisional

    long = " ".join(
        f"Sentence {n} says that the convoys crossed the border before the ports were shut."
        for n in range(1, 41)
    )
    article = Article(Metadata(title="One Long Paragraph"), (Paragraph(0, long),))
    app = BriefingApp(briefing=provisional(article, "One long paragraph"))
    async with app.run_test(size=(80, 16)) as pilot:
        await _stored(app, pilot)
        screen = reader(app)
        view = screen.query_one(ArticleView)

        def on_screen() -> bool:
            cursor = screen.sentence_cursor
            assert cursor is not None
            line = screen._line_of(cursor)
            top, bottom = view.visible_range()
            return line is not None and top <= line < bottom

        assert screen.sentence_cursor == Span(0, 0, long.index(". ") + 1)
        for _ in range(8):  # the first sentences scroll away above
            await pilot.press("j")
            assert on_screen()
        assert screen.sentence_cursor is not None and screen.sentence_cursor.start > 0
        for _ in range(25):  # onwards by sentence: the text follows
            await pilot.press("right_parenthesis")
            assert on_screen()
        assert view.scroll_y > 8
        for _ in range(12):  # back up: the cursor comes up from below
            await pilot.press("k")
            assert on_screen()
