"""TUI fixtures: steady cursors, a hand-built briefing and a fixed library folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from tests.tui.briefings import hand_briefing

LIBRARY = Path(__file__).resolve().parent / "data" / "library"


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes screenshots depend on timing."""
    monkeypatch.setattr(BriefingApp, "CURSOR_BLINK", False)


@pytest.fixture
def briefing() -> Briefing:
    """Fixed content for the reader, whatever the analysis stages do."""
    return hand_briefing()


@pytest.fixture
def library() -> Path:
    """A small folder of articles, one of which cannot be read."""
    return LIBRARY
