"""The command line as a user meets it: output, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import __version__
from briefing.cli import main


def run(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefing {__version__}"


def test_analyze_prints_the_json_contract(
    seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(seed_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("title", "author", "published", "source", "sections", "actors", "quotes"):
        assert key in data
    assert set(data["so_what"]) >= {"bottom_line", "key_judgments", "implications", "watch"}
    assert isinstance(data["timeline"], list)
    paragraphs = [text for section in data["sections"] for text in section["paragraphs"]]
    assert paragraphs and all(text in seed_path.read_text(encoding="utf-8") for text in paragraphs)


def test_analyze_yaml_is_valid_yaml(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    assert main(["analyze", str(seed_path), "--yaml"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["sections"]


def test_a_missing_file_is_one_line_and_non_zero(tmp_path: Path) -> None:
    result = run("analyze", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_list_works_from_any_folder(tmp_path: Path) -> None:
    result = run("list", cwd=tmp_path)
    assert result.returncode == 0
    assert "armenia-looks-west.txt" in result.stdout


def test_analyze_does_not_import_textual(seed_path: Path) -> None:
    code = (
        "import sys\nfrom briefing.cli import main\n"
        f"main(['analyze', {str(seed_path)!r}])\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
