"""The reader's analysis: a failure is visible, and quitting never waits for it (issue 14)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import briefing.analysis.pipeline as pipeline
from briefing.ingest import load_article
from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen


def _article(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "piece.txt"
    path.write_text(
        "A Title\n\nRussia said the talks would resume. Armenia disagreed.\n\nMore text.\n",
        encoding="utf-8",
    )
    return load_article(path)


async def _wait_for(  # type: ignore[no-untyped-def]
    predicate, pilot, seconds: float = 10.0
) -> None:
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:
        await pilot.pause(0.05)


async def test_a_failed_analysis_is_shown_not_analysing_for_ever(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(article: object) -> None:
        raise ValueError("year 0 is out of range")

    monkeypatch.setattr(pipeline, "analyze", broken)
    app = BriefingApp(article=_article(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await _wait_for(lambda: screen.briefing.sections[0].title != "Analysing…", pilot)
        assert screen.briefing.sections[0].title == "Analysis failed"
        messages = [notification.message for notification in app._notifications]
        assert any("ValueError: year 0 is out of range" in message for message in messages)
        assert app.is_running
        await pilot.press("j", "s", "escape", "e", "escape")  # the text is still readable
        assert app.is_running


async def test_quitting_during_the_analysis_does_not_wait_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analysis runs in a daemon thread: the interpreter drops it at exit instead of
    joining it (asyncio's executor threads are joined: q waited 105 s on a 20 MB text)."""
    started, release = threading.Event(), threading.Event()

    def slow(article: object) -> None:
        started.set()
        release.wait(30)
        raise RuntimeError("released")

    monkeypatch.setattr(pipeline, "analyze", slow)
    app = BriefingApp(article=_article(tmp_path))
    try:
        began = time.monotonic()
        async with app.run_test(size=(120, 40)) as pilot:
            await _wait_for(started.is_set, pilot)
            assert started.is_set()
            await pilot.press("q")
        assert time.monotonic() - began < 10
        running = [thread for thread in threading.enumerate() if thread.name == "analysis"]
        assert running and all(thread.daemon for thread in running)
    finally:
        release.set()
