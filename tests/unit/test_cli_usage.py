"""Issue 15: `briefing --library DIR list` works, and usage errors are one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main
from briefing.cli_usage import hoist_subcommand


def test_library_before_the_subcommand_is_moved_after_it() -> None:
    subcommands = ("list", "index")
    assert hoist_subcommand(["--library", "D", "list"], subcommands) == ["list", "--library", "D"]
    assert hoist_subcommand(["--library=D", "list", "-x"], subcommands) == [
        "list",
        "--library=D",
        "-x",
    ]
    assert hoist_subcommand(["--library", "D"], subcommands) == ["--library", "D"]
    assert hoist_subcommand(["--library", "D", "a.txt"], subcommands) == ["--library", "D", "a.txt"]


def test_both_orders_list_the_same(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "one.txt").write_text("A Title\n\nSome text of the article.\n", encoding="utf-8")
    assert main(["list", "--library", str(tmp_path)]) == 0
    after = capsys.readouterr().out
    assert main(["--library", str(tmp_path), "list"]) == 0
    assert capsys.readouterr().out == after and "one.txt" in after


@pytest.mark.parametrize(
    "argv", [["list", "--bogus"], ["export"], ["--bogus"], ["analyze", "--json", "--yaml", "x"]]
)
def test_usage_errors_are_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("briefing") and "usage:" not in err


def test_library_search_ignores_soft_hyphens_and_sees_no_break_spaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15, point 9, in the library's full-text index (case 07's kind of text)."""
    (tmp_path / "grain.txt").write_text(
        "Grain Report\n\nShips sailed from Izma\u00adil near Avdi\u200bivka as prices rose "
        "8\u00a0per\u00a0cent.\n",
        encoding="utf-8",
    )
    assert main(["index", str(tmp_path), "--jobs", "1"]) == 0
    capsys.readouterr()
    for query in ("izmail", "Avdiivka", '"8 per cent"', "8 per cent"):
        assert main(["search", query, "--library", str(tmp_path)]) == 0
        assert "grain.txt" in capsys.readouterr().out, query
