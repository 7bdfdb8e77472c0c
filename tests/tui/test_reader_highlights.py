"""Highlights (issue 16, point 4): `h` on the current sentence or a mouse selection.

Every test runs with the notes store in the test's own folder (BRIEFING_DATA_DIR, set for
every test by tests/conftest.py).
"""

from __future__ import annotations

from textual.geometry import Offset
from textual.selection import Selection

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.text import HIGHLIGHT
from tests.tui.annotating import SECOND, paragraph_view, stored, stored_annotations, write_note
from tests.tui.briefings import PARAGRAPHS
from tests.tui.reading import SIZE, reader

# Highlights


async def test_h_highlights_the_current_sentence_and_again_removes_it(
    briefing: Briefing,
) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        await pilot.press("right_parenthesis", "h")
        await pilot.pause()
        (highlight,) = reader(app).annotations_shown
        assert (highlight.paragraph, highlight.start, highlight.end) == (0, *SECOND)
        assert highlight.text == PARAGRAPHS[0][SECOND[0] : SECOND[1]]
        assert (*SECOND, HIGHLIGHT) in paragraph_view(app, 0).marks
        await pilot.press("h")
        await pilot.pause()
        assert reader(app).annotations_shown == ()
        assert paragraph_view(app, 0).marks == ()
    assert stored_annotations(briefing) == ()


async def test_h_highlights_the_text_selected_with_the_mouse(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await stored(app, pilot)
        screen = reader(app)
        view = paragraph_view(app, 1)
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
        await stored(app, pilot)
        view = paragraph_view(app, 0)
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
        await stored(app, pilot)
        screen = reader(app)
        start = PARAGRAPHS[0].index("President")
        end = len("Officials in Freedonia")
        selection = {
            paragraph_view(app, 0): Selection(Offset(start, 0), None),  # to the paragraph's end
            paragraph_view(app, 1): Selection(None, Offset(end, 0)),  # from the paragraph's start
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
        await stored(app, pilot)
        await write_note(pilot, "keep me")
        await pilot.press("h")
        await pilot.pause()
        assert [a.note for a in reader(app).annotations_shown] == ["keep me"]
