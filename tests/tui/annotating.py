"""Helpers shared by the tests of highlights, notes, the sentence cursor and `y`."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from briefing.model import Briefing
from briefing.store import annotations, open_store, register
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.paragraph import ParagraphView
from tests.tui.briefings import PARAGRAPHS
from tests.tui.reading import reader

FIRST = PARAGRAPHS[0].index(". ") + 1
"""Where the seed's first sentence ends (the hand briefing's first paragraph)."""
SECOND = (FIRST + 1, len(PARAGRAPHS[0]))
"""The offsets of the first paragraph's second sentence."""


async def stored(app: BriefingApp, pilot: Pilot[Any]) -> None:
    """Wait until the reader has the store and has drawn the article's annotations."""
    for _ in range(100):
        screen = app.screen
        if getattr(screen, "reading_place", None) is not None and screen.notes_store():
            break
        await pilot.pause(0.02)
    await pilot.pause(0.1)
    await pilot.pause()


def paragraph_view(app: BriefingApp, paragraph: int) -> ParagraphView:
    return reader(app).paragraph_views()[paragraph]


def stored_annotations(briefing: Briefing) -> tuple[Any, ...]:
    with open_store() as store:
        return annotations(store, register(store, briefing.article, record=False))


async def write_note(pilot: Pilot[Any], text: str) -> None:
    await pilot.press("i")
    await pilot.pause()
    await pilot.press(*text)
    await pilot.press("ctrl+s")
    await pilot.pause()
