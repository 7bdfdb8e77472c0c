"""Exports are all or nothing: a failure at any point of rendering or writing leaves an existing
summary exactly as it was and no temporary file behind (issue 6). tests/unit/test_export_write.py
covers refusals and a failed rename; these cover the failures in between.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import briefing.export as export
import briefing.export.write as write
from briefing.errors import BriefingError, ExportError
from briefing.export import write_summary
from tests.unit.export_fixtures import small_briefing


def _files(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    target = tmp_path / "summary.md"
    target.write_text("the user's own summary", encoding="utf-8")
    return target


def test_a_crash_in_the_renderer_leaves_the_original(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(export, "render_checked", broken)
    with pytest.raises(RuntimeError):
        write_summary(small_briefing(), "md", existing, force=True)
    assert existing.read_text(encoding="utf-8") == "the user's own summary"
    assert _files(existing.parent) == ["summary.md"]


def test_a_full_disk_mid_write_leaves_the_original_and_no_temporary_file(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = write.write_all

    def full_disk(fd: int, data: bytes) -> None:
        real(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write, "write_all", full_disk)
    for force in (True, False):
        target = existing if force else existing.with_name("new.md")
        with pytest.raises(ExportError, match="No space left on device"):
            write_summary(small_briefing(), "md", target, force=force)
    assert existing.read_text(encoding="utf-8") == "the user's own summary"
    assert _files(existing.parent) == ["summary.md"]


def test_an_interrupt_mid_write_leaves_no_temporary_file(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_summary(small_briefing(), "md", existing, force=True)
    assert existing.read_text(encoding="utf-8") == "the user's own summary"
    assert _files(existing.parent) == ["summary.md"]


def test_a_file_created_during_the_render_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked before rendering and again at the rename: a file that appears meanwhile wins."""
    target = tmp_path / "summary.txt"
    real_render = export.render_checked

    def render_then_race(*args: object, **kwargs: object) -> object:
        target.write_text("written by someone else meanwhile", encoding="utf-8")
        return real_render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "render_checked", render_then_race)
    with pytest.raises(ExportError, match="already exists"):
        write_summary(small_briefing(), "txt", target)
    assert target.read_text(encoding="utf-8") == "written by someone else meanwhile"
    assert _files(tmp_path) == ["summary.txt"]


@pytest.mark.parametrize(
    "name",
    ["summary\x00.md", "a" * 300 + ".md", "summary.md/", "\x1b[2J.md"],
    ids=["nul", "too-long", "trailing-slash", "escape"],
)
def test_odd_target_names_are_one_line_errors_or_plain_files(tmp_path: Path, name: str) -> None:
    target = Path(str(tmp_path) + "/" + name)
    try:
        result = write_summary(small_briefing(), "md", target)
    except BriefingError as error:
        assert "\n" not in str(error)
        assert _files(tmp_path) == []
    else:
        assert result.path.is_file()
        assert [p for p in _files(tmp_path) if p.endswith(".tmp")] == []
