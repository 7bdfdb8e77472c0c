"""Shared fixtures: the seed article, the corpus location, and a sandboxed user environment."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "armenia-looks-west.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Config and cache go to tmp_path so tests never touch (or depend on) the user's files."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("BRIEFING_LIBRARY", raising=False)
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache" / "briefing"))  # the index
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data" / "briefing"))  # the notes store


@pytest.fixture
def seed_path() -> Path:
    """The article the project started from (Caspian Policy Center, Oct 2023)."""
    return SEED


@pytest.fixture
def corpus() -> Path:
    """../shared/corpus, or a skip when this checkout has no shared folder beside it."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS
