"""`briefing export PATH` without -o writes where the export dialog proposes: the current folder,
unless that is a source checkout; then the user's documents folder. It says where, and never
overwrites without --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "note.md"
    path.write_text("# A short note\n\nRussia and Armenia disagree. Yerevan looks west.\n")
    return path


def test_export_from_a_checkout_writes_to_the_documents_folder(
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    checkout = tmp_path / "tree"
    (checkout / ".git").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    monkeypatch.chdir(checkout)
    assert main(["export", str(article), "--format", "txt"]) == 0
    written = documents / "note-summary.txt"
    assert written.is_file()
    assert sorted(path.name for path in checkout.iterdir()) == [".git", "pyproject.toml"]
    err = capsys.readouterr().err
    assert f"briefing: wrote {written}" in err and "source checkout" in err
    assert err.count("\n") == 1
    before = written.read_bytes()
    assert main(["export", str(article), "--format", "txt"]) == 1
    err = capsys.readouterr().err
    assert str(written) in err and "--force" in err
    assert written.read_bytes() == before
    assert main(["export", str(article), "--format", "txt", "--force"]) == 0


def test_export_folder_rule_is_core(tmp_path: Path) -> None:
    """The rule lives outside the TUI (the CLI never imports Textual); the dialog uses it."""
    from briefing.export.folder import export_folder as core
    from briefing.tui.export_folder import export_folder as dialog

    assert core is dialog
    assert core(tmp_path) == tmp_path
