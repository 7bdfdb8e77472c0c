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
    monkeypatch.setattr(read_ahead_module, "_read_in_child", lambda path, pipe: os._exit(3))
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
