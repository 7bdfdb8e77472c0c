"""Small things a tester saw (issue 15/16 polish): the note dialog's title, the palette's
"1 mention", the help's hanging indent at 80 columns, a cell between a section title and the
section list's border. (The mark toast, "Mark 'a' set", is in test_reader_marks.py.)"""

from __future__ import annotations

from dataclasses import replace

from briefing.model import Briefing, Section
from briefing.tui.app import BriefingApp
from briefing.tui.commands import BriefingCommands
from briefing.tui.screens.help import KEY_WIDTH, HelpScreen, binding_rows
from briefing.tui.screens.note_editor import NoteEditorScreen, title_for
from briefing.tui.widgets.section_list import SectionList
from tests.tui.reading import SIZE, reader


def test_the_note_dialog_title_names_the_first_words() -> None:
    long = "The ministry said on Monday that the plan would go ahead."
    assert title_for(long, editing=False) == "A note on “The ministry said on Monday…”"
    assert title_for("Talks resume.", editing=True) == "Edit the note on “Talks resume.”"


def test_the_note_dialog_title_does_not_double_the_quote_marks() -> None:
    quoted = "“We will not sign this,” the minister told reporters in the capital."
    assert title_for(quoted, editing=False) == "A note on “We will not sign this…”"
    assert title_for("“Talks resume.”", editing=False) == "A note on “Talks resume.”"
    assert title_for('"No deal"', editing=True) == "Edit the note on “No deal”"


async def test_the_note_dialog_shows_that_title(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditorScreen)
        title = str(app.screen.query_one("#note-dialog").border_title)
        assert title.startswith("A note on “") and title.endswith("”"), title


async def test_the_palette_says_one_mention(briefing: Briefing) -> None:
    actor = briefing.actors[2]
    single = replace(actor, mentions=actor.mentions[:1])
    assert single.mention_count == 1
    changed = replace(briefing, actors=(*briefing.actors[:2], single, *briefing.actors[3:]))
    app = BriefingApp(briefing=changed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        provider = BriefingCommands(reader(app))
        helps = {title: help_text for title, _, help_text in provider._entries()}
        assert "1 mention:" in helps[f"Actor: {single.name}"]
        assert "5 mentions" in helps[f"Actor: {briefing.actors[0].name}"]


async def test_the_help_wraps_descriptions_under_their_own_column(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one("#help-keys")
        width = keys.content_region.width
        lines = [
            "".join(segment.text for segment in keys.render_line(y)).rstrip()
            for y in range(keys.size.height)
        ]
        wrapped = [
            line for line in lines[1:] if line.startswith(" " * KEY_WIDTH) and line.strip()
        ]
        assert wrapped, "some description is long enough to wrap at 80 columns"
        assert all(len(line) <= width for line in lines)
        groups = binding_rows(app.screen.over)
        heads = {group for group, _ in groups} | {keys for _, rows in groups for keys, _, _ in rows}
        for line in lines:
            if line and not line.startswith(" "):  # at the left edge: a key or a group title
                assert any(line == head or line.startswith(head + " ") for head in heads), line


async def test_a_long_section_title_keeps_a_cell_from_the_border(briefing: Briefing) -> None:
    long = Section("Kremlin war machine and the long road to the ports", 0, 3)
    changed = replace(briefing, sections=(long, *briefing.sections[1:]))
    app = BriefingApp(briefing=changed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        sections = app.screen.query_one(SectionList)
        width = sections.size.width
        lines = [
            "".join(segment.text for segment in sections.render_line(y))
            for y in range(sections.size.height)
        ]
        texts = [line for line in lines if line.strip()]
        assert len(texts) >= 3
        for line in texts:
            assert len(line) == width and line[-1] == " ", repr(line)
