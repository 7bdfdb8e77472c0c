"""Snapshot tests at a fixed 120x40: library, reader, so-what, a search with hits, help.

The reader snapshots use the hand-built briefing, so they change only when the TUI does; the
library snapshot reads tests/tui/data/library through the real ingest, so it changes when
ingest does. Regenerate with `pytest tests/tui/test_snapshots.py --snapshot-update` and LOOK
at the SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from briefing.model import Briefing
from briefing.tui.app import BriefingApp

SIZE = (120, 40)


async def settle(pilot: Pilot[Any]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_library(snap_compare: Any, library: Path) -> None:
    assert snap_compare(BriefingApp(library=library), terminal_size=SIZE, run_before=settle)


def test_reader(snap_compare: Any, briefing: Briefing) -> None:
    assert snap_compare(BriefingApp(briefing=briefing), terminal_size=SIZE)


def test_reader_second_section_quotes_tab(snap_compare: Any, briefing: Briefing) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()  # the first screen's panels are mounted
        pilot.app.screen.show_tab("quotes")  # type: ignore[attr-defined]
        await pilot.press("3")

    assert snap_compare(BriefingApp(briefing=briefing), terminal_size=SIZE, run_before=run_before)


def test_so_what(snap_compare: Any, briefing: Briefing) -> None:
    assert snap_compare(BriefingApp(briefing=briefing), press=["s"], terminal_size=SIZE)


def test_search_with_hits(snap_compare: Any, briefing: Briefing) -> None:
    keys = ["slash", *"freedonia", "enter", "n"]
    assert snap_compare(BriefingApp(briefing=briefing), press=keys, terminal_size=SIZE)


def test_help(snap_compare: Any, briefing: Briefing) -> None:
    assert snap_compare(BriefingApp(briefing=briefing), press=["question_mark"], terminal_size=SIZE)


def test_reader_light_theme(snap_compare: Any, briefing: Briefing) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()  # the first screen's panels are mounted
        pilot.app.theme = "textual-light"
        await pilot.press("slash", *"vale", "enter")

    assert snap_compare(BriefingApp(briefing=briefing), terminal_size=SIZE, run_before=run_before)
