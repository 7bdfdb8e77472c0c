"""Reading ahead in a child process gives exactly what `load_article` gives, errors included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import briefing.read_ahead as read_ahead_module
from briefing.errors import IngestError
from briefing.ingest import load_article
from briefing.read_ahead import read_ahead

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="this platform cannot fork")


@needs_fork
def test_the_article_read_ahead_is_the_article_read_here(seed_path: Path) -> None:
    assert read_ahead(seed_path)() == load_article(seed_path)


@needs_fork
def test_it_reads_in_another_process(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader_pids = tmp_path / "pids"
    real_load = read_ahead_module._load_here

    def load_and_note_the_process(path: Path) -> object:
        with reader_pids.open("a") as note:
            note.write(f"{os.getpid()}\n")
        return real_load(path)

    monkeypatch.setattr(read_ahead_module, "_load_here", load_and_note_the_process)
    read_ahead(seed_path)()
    assert reader_pids.read_text().split() != [str(os.getpid())]
    assert len(reader_pids.read_text().split()) == 1


@needs_fork
def test_an_error_is_raised_here_with_its_message(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(IngestError) as expected:
        load_article(missing)
    with pytest.raises(IngestError) as raised:
        read_ahead(missing)()
    assert str(raised.value) == str(expected.value)


@needs_fork
def test_a_child_that_dies_without_answering_means_reading_here(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_ahead_module, "_read_in_child", lambda path, pipe, *_: os._exit(3))
    assert read_ahead(seed_path)() == load_article(seed_path)


@needs_fork
def test_a_bug_in_the_child_shows_up_here_as_itself(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> object:
        raise RuntimeError("a bug in ingest")

    monkeypatch.setattr(read_ahead_module, "_load_here", broken)
    with pytest.raises(RuntimeError, match="a bug in ingest"):
        read_ahead(seed_path)()


def test_without_fork_the_article_is_read_here(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "fork", raising=False)
    assert read_ahead(seed_path)() == load_article(seed_path)


def test_a_bad_file_given_to_the_reader_is_one_line_before_any_terminal_set_up(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\nbody: x\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", str(broken)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"briefing: {broken}, line ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "\x1b[" not in result.stdout  # the terminal was never put into application mode


# The analysis made ahead (issue 15: the complete first screen waits for it)


@needs_fork
def test_the_analysis_made_ahead_is_the_analysis_made_here(seed_path: Path) -> None:
    from briefing.analysis.pipeline import analyze

    ahead = read_ahead(seed_path, analyse=True)
    article = ahead()
    assert ahead.analysing
    assert ahead.analysis() == analyze(article)
    assert not ahead.analysing


@needs_fork
def test_the_analysis_made_ahead_is_kept_in_the_cache(seed_path: Path) -> None:
    import time

    from briefing import analysis_cache

    ahead = read_ahead(seed_path, analyse=True)
    article = ahead()
    made = ahead.analysis()
    for _ in range(200):  # the child writes it after sending it
        if analysis_cache.load(article) is not None:
            break
        time.sleep(0.05)
    assert analysis_cache.load(article) == made
    again = read_ahead(seed_path, analyse=True)
    again()
    assert again.analysis() == made  # (from the cache this time)


@needs_fork
def test_a_failed_analysis_comes_back_as_its_error(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.analysis.pipeline as pipeline

    class Unpicklable(Exception):
        def __init__(self, message: str, extra: object) -> None:
            super().__init__(message)
            self.extra = extra

    def fails(article: object) -> object:
        raise ValueError("no sentences")

    def fails_oddly(article: object) -> object:
        raise Unpicklable("odd", lambda: None)

    monkeypatch.setattr(pipeline, "analyze", fails)
    ahead = read_ahead(seed_path, analyse=True)
    ahead()
    with pytest.raises(ValueError, match="no sentences"):
        ahead.analysis()
    monkeypatch.setattr(pipeline, "analyze", fails_oddly)
    ahead = read_ahead(seed_path, analyse=True)
    ahead()
    with pytest.raises(RuntimeError, match="Unpicklable: odd"):
        ahead.analysis()


@needs_fork
def test_cancel_stops_an_analysis_under_way(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting on a huge article must not leave a process analysing it for minutes."""
    import time

    import briefing.analysis.pipeline as pipeline

    monkeypatch.setattr(pipeline, "analyze", lambda article: time.sleep(120))
    ahead = read_ahead(seed_path, analyse=True)
    ahead()
    pid = ahead._pid
    assert pid is not None
    started = time.monotonic()
    ahead.cancel()
    assert not ahead.analysing and not ahead.ready()
    while time.monotonic() - started < 10:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break  # killed and reaped
        time.sleep(0.02)
    else:
        raise AssertionError("the analysing process is still there")
    assert time.monotonic() - started < 5


def test_without_fork_nothing_is_analysed_ahead(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "fork", raising=False)
    ahead = read_ahead(seed_path, analyse=True)
    assert ahead() == load_article(seed_path)
    assert not ahead.analysing and not ahead.ready()


@needs_fork
def test_settings_come_with_the_article_and_the_analysis_after(seed_path: Path) -> None:
    from briefing.store import open_store, set_setting

    with open_store() as store:
        set_setting(store, "theme", "textual-light")
    ahead = read_ahead(seed_path, analyse=True, settings=("theme", "panel_layout"))
    assert ahead() == load_article(seed_path)
    assert ahead.settings == {
        "values": {"theme": "textual-light", "panel_layout": None},
        "warnings": [],
    }
    assert ahead.analysing
    assert ahead.analysis().article == load_article(seed_path)


@needs_fork
def test_no_settings_asked_none_read(seed_path: Path) -> None:
    ahead = read_ahead(seed_path)
    ahead()
    assert ahead.settings is None


@needs_fork
def test_settings_too_slow_are_left_and_the_analysis_still_comes(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store the child is slow to read (held by another process) never holds the article
    back more than SETTINGS_WAIT; the reader reads the settings itself (None here) and the
    analysis after them is still the analysis."""
    import time

    def slow(names: tuple[str, ...]) -> dict[str, object]:
        time.sleep(1.5)
        return {"values": {}, "warnings": []}

    monkeypatch.setattr(read_ahead_module, "_read_settings", slow)
    ahead = read_ahead(seed_path, analyse=True, settings=("theme",))
    started = time.perf_counter()
    assert ahead() == load_article(seed_path)
    assert time.perf_counter() - started < 1.0
    assert ahead.settings is None
    assert not ahead.ready()
    assert ahead.analysis().article == load_article(seed_path)
