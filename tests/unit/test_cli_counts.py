"""Counts in the command line's output agree with their noun: "1 article", never "1 articles"."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main
from briefing.counted import counted
from briefing.ingest import load_article
from briefing.store import add_note, open_store, register
from tests.unit.store_fixtures import write_article


def test_counted() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(1204, "article") == "1,204 articles"
    assert counted(2, "highlight or note", "highlights and notes") == "2 highlights and notes"


def test_an_index_of_one_article_says_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "one.txt").write_text("Grain Corridor Reopens\n\nShips left Odesa.\n")
    assert main(["index", str(tmp_path), "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 article in "), out


def test_deleting_one_note_says_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        add_note(store, register(store, load_article(path), opened=True), 2, 0, 8, "A", "why?")
    assert main(["notes", str(path), "--delete"]) == 1
    assert "1 highlight or note would be deleted" in capsys.readouterr().err
    assert main(["notes", str(path), "--delete", "--yes"]) == 0
    assert capsys.readouterr().out.startswith("deleted 1 highlight or note of ")
