"""Safe writes and the `briefing export` command: never clobber, never leave half a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.errors import ExportError
from briefing.export import ExportResult, default_target, render, write_summary
from tests.unit.export_fixtures import EXPORTED, heavy_briefing, small_briefing


def test_writes_a_new_file_and_reports_what_was_left_out(tmp_path: Path) -> None:
    target = tmp_path / "summary.txt"
    result = write_summary(heavy_briefing(), "txt", target, exported=EXPORTED)
    assert isinstance(result, ExportResult)
    assert result.path == target
    assert result.omitted
    assert target.read_bytes() == render(heavy_briefing(), "txt", exported=EXPORTED)[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.txt"]
    assert target.stat().st_mode & 0o777 == 0o644


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists; use --force"):
        write_summary(small_briefing(), "md", target)
    assert target.read_text(encoding="utf-8") == "mine"
    result = write_summary(small_briefing(), "md", target, force=True)
    assert result.path.read_text(encoding="utf-8").startswith("# As Relations")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.md"]


def test_symlink_is_refused_without_force_and_replaced_not_followed_with_it(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real.txt"
    real.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(ExportError, match="already exists"):
        write_summary(small_briefing(), "txt", link)
    write_summary(small_briefing(), "txt", link, force=True)
    assert real.read_text(encoding="utf-8") == "keep me"
    assert not link.is_symlink()
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(ExportError, match="already exists"):
        write_summary(small_briefing(), "txt", dangling)


@pytest.mark.parametrize(
    ("target", "fmt", "message"),
    [
        ("missing/summary.md", "md", "no such folder"),
        (".", "md", "is a folder"),
        ("summary.doc", "doc", "unknown format 'doc'"),
    ],
)
def test_bad_targets_and_formats_are_one_line_errors(
    tmp_path: Path, target: str, fmt: str, message: str
) -> None:
    with pytest.raises(ExportError, match=message) as caught:
        write_summary(small_briefing(), fmt, tmp_path / target)
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_failed_render_leaves_the_original_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.txt"
    target.write_text("original", encoding="utf-8")

    def broken_replace(source: str, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ExportError, match="cannot write: No space left on device"):
        write_summary(small_briefing(), "txt", target, force=True)
    assert target.read_text(encoding="utf-8") == "original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.txt"]


def test_default_target_is_the_article_stem_beside_the_current_folder(tmp_path: Path) -> None:
    assert default_target(small_briefing(), "pdf", tmp_path) == (
        tmp_path / "armenia-looks-west-summary.pdf"
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "note.md"
    path.write_text(
        "# A short note\n\nRussia and Armenia disagree. Yerevan looks west.\n", encoding="utf-8"
    )
    return path


def test_cli_writes_next_to_the_current_folder_and_says_where(
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    assert main(["export", str(article)]) == 0
    written = out / "note-summary.md"
    assert written.is_file()
    assert f"wrote {written}" in capsys.readouterr().err
    # A second run refuses: exit 1, one line on stderr, file untouched.
    before = written.read_bytes()
    assert main(["export", str(article)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefing: ") and "--force" in err and err.count("\n") == 1
    assert written.read_bytes() == before
    assert main(["export", str(article), "--force"]) == 0


def test_cli_takes_the_format_from_the_output_suffix(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.html"
    assert main(["export", str(article), "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["export", str(article), "-o", str(tmp_path / "brief.xyz")]) == 1
    assert "cannot tell the format" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_cli_dash_writes_to_stdout(
    article: Path, fmt: str, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", str(article), "--format", fmt, "-o", "-"]) == 0
    out = capfdbinary.readouterr().out.decode("utf-8")
    assert "A short note" in out
    if fmt == "html":
        assert out.startswith("<!DOCTYPE html>")


def test_cli_pdf_to_a_pipe_is_binary_pdf(
    article: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", str(article), "--format", "pdf", "-o", "-"]) == 0
    assert capfdbinary.readouterr().out.startswith(b"%PDF-")


def test_cli_refuses_pdf_to_a_terminal(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", str(article), "--format", "pdf", "-o", "-"]) == 1
    assert "will not write a PDF to a terminal" in capsys.readouterr().err
