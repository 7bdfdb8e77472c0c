"""`briefing notes [PATH]` and the `annotations` key of `briefing analyze --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from briefing.cli import main
from briefing.ingest import load_article
from briefing.store import add_highlight, add_note, default_path, open_store, register
from tests.unit.store_fixtures import write_article


@pytest.fixture
def noted(tmp_path: Path) -> Path:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path), opened=True)
        add_highlight(store, key, 0, 10, 15, "Odesa")
        add_note(store, key, 2, 0, 8, "Analysts", "which analysts?\n`[bold]` is not markup")
    return path


def test_analyze_json_has_an_empty_annotations_list_and_makes_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_article(tmp_path / "b.txt")
    assert main(["analyze", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["annotations"] == []
    assert not default_path().exists()


def test_analyze_json_carries_the_readers_notes(
    noted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(noted), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["annotations"]
    assert [(a["kind"], a["paragraph"], a["start"], a["end"], a["text"]) for a in items] == [
        ("highlight", 0, 10, 15, "Odesa"),
        ("note", 2, 0, 8, "Analysts"),
    ]
    assert items[0]["note"] is None and items[1]["note"].startswith("which analysts?")
    assert set(items[0]) == {"kind", "paragraph", "start", "end", "text", "note", "created"}
    assert items[0]["created"].endswith("+00:00")


def test_the_yaml_briefing_leaves_notes_out(
    noted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(noted), "--yaml"]) == 0
    assert "annotations" not in yaml.safe_load(capsys.readouterr().out)


def test_notes_of_one_article_as_markdown(noted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", str(noted)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Notes: Grain Corridor Reopens After Months of Talks\n")
    assert "> Odesa\n\n(¶ 1)" in out
    assert "> Analysts\n\nwhich analysts?\\\n\\`\\[bold\\]\\` is not markup\n\n(¶ 3)" in out
    assert out.index("Odesa") < out.index("Analysts")


def test_notes_of_every_article(
    noted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write_article(tmp_path / "c.txt", ("A piece about the Black Sea ports.",), "Ports")
    with open_store() as store:
        register(store, load_article(other), opened=True)  # opened, but nothing noted
    assert main(["notes"]) == 0
    out = capsys.readouterr().out
    assert out.count("# Notes: ") == 1 and str(noted.resolve()) in out


def test_no_notes_is_a_quiet_success(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no highlights or notes" in captured.err
    assert main(["notes", str(write_article(tmp_path / "d.txt"))]) == 0
    assert capsys.readouterr().out == ""


def test_notes_of_a_missing_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["notes", str(tmp_path / "nowhere.txt")]) == 1
    assert capsys.readouterr().err.startswith("briefing: ")


def test_a_corrupt_store_is_a_warning_for_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    default_path().parent.mkdir(parents=True)
    default_path().write_bytes(b"\0garbage" * 500)
    path = write_article(tmp_path / "e.txt")
    assert main(["analyze", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["annotations"] == []
    assert "warning: the notes store was unreadable" in captured.err


def test_deleting_notes_asks_first(
    noted: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["notes", str(noted), "--delete"]) == 1  # no terminal to ask: --yes needed
    assert "--yes" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["notes", str(noted), "--delete"]) == 1
    main(["notes", str(noted)])
    assert "Analysts" in capsys.readouterr().out  # still there
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert main(["notes", str(noted), "--delete"]) == 0
    assert "deleted 2 highlights and notes" in capsys.readouterr().out
    main(["notes", str(noted)])
    assert capsys.readouterr().out == ""
    assert main(["notes", "--delete"]) == 1  # which article?


def test_a_citation_says_where_the_words_come_from() -> None:
    from datetime import date

    from briefing.model import Metadata
    from briefing.store.render import citation

    meta = Metadata(
        "Grain Talks", author="Jane Analyst", published=date(2023, 10, 31),
        source="Policy Review", url="https://example.org/grain",
    )  # fmt: skip
    assert citation(meta, "the deal\nremains  fragile", 7) == (
        "“the deal remains fragile” — Jane Analyst, “Grain Talks”, Policy Review,"
        " 31 October 2023, ¶ 8. https://example.org/grain"
    )
    assert citation(Metadata(""), "words \x1b[2J", None) == "“words ␛[2J”"
