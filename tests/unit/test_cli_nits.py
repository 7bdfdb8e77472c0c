"""Small things a new user met on the command line (issue 15, tester's walk): a folder given as
an article, a file's path said twice, and subcommands missing from --help."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import SUBCOMMANDS, main

MALFORMED = "title: x\n  bad: [unclosed\n"


def test_a_folder_given_as_an_article_suggests_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "my articles"
    folder.mkdir()
    assert main([str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("briefing: ")
    assert "is a folder" in err and f"--library '{folder}'" in err, err


@pytest.mark.parametrize("twice", [False, True])
def test_a_bad_file_is_named_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], twice: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "malformed.yaml").write_text(MALFORMED)
    arguments = ["analyze", "bad/malformed.yaml"] + (["bad/"] if twice else [])
    assert main(arguments) == 1
    err = capsys.readouterr().err.strip().splitlines()[0]
    assert err.count("bad/malformed.yaml") == 1, err
    assert err.startswith("briefing: bad/malformed.yaml, line 2: "), err


def test_a_bad_file_in_a_batch_keeps_its_path_out_of_the_error_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    (tmp_path / "malformed.yaml").write_text(MALFORMED)
    assert main(["analyze", str(tmp_path)]) == 1
    line = json.loads(capsys.readouterr().out)
    assert line["error"].startswith("line 2: ") and str(tmp_path) not in line["error"]


def test_help_names_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    for name in SUBCOMMANDS:
        assert f"briefing {name}" in out, name
