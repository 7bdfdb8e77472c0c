"""Finding the library folder and the articles in it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.library import bundled_dir, list_articles, resolve_dir


def test_the_bundled_library_holds_the_seed() -> None:
    names = [path.name for path in list_articles(bundled_dir()).articles]
    assert "armenia-looks-west.txt" in names


def test_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_dir(None, cwd=tmp_path) == bundled_dir()
    (tmp_path / "articles").mkdir()
    assert resolve_dir(None, cwd=tmp_path) == tmp_path / "articles"
    monkeypatch.setenv("BRIEFING_LIBRARY", str(tmp_path / "env"))
    assert resolve_dir(None, cwd=tmp_path) == tmp_path / "env"
    assert resolve_dir(str(tmp_path / "flag"), cwd=tmp_path) == tmp_path / "flag"


def test_odd_entries_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "notes.md").mkdir()
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    os.symlink(tmp_path / "missing", tmp_path / "dangling.yaml")
    listing = list_articles(tmp_path)
    assert [path.name for path in listing.articles] == ["good.txt"]
    skipped = {path.name: reason for path, reason in listing.skipped}
    assert set(skipped) == {"notes.md", "loop.txt", "dangling.yaml"}
    assert "folder" in skipped["notes.md"]


def test_a_missing_folder_is_a_reported_listing(tmp_path: Path) -> None:
    listing = list_articles(tmp_path / "nowhere")
    assert listing.articles == ()
    assert "cannot open" in listing.skipped[0][1]
