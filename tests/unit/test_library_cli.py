"""`briefing index`, `briefing search`, `briefing analyze` over many files, and the Dask recipe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main

ENERGY = "Pipeline Politics Return to the Caspian"
ARTICLES = {
    "harbour.txt": "Grain Corridor Reopens\n\nShips left Odesa for Istanbul with grain.\n",
    "summit.txt": "Leaders Meet in Geneva\n\nThe talks on the grain corridor were frank.\n",
    "energy.txt": f"{ENERGY}\n\nBaku and Ashgabat discussed a pipeline.\n",
}


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_index_reports_counts(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", str(library), "--jobs", "1"]) == 0
    assert "3 analysed" in capsys.readouterr().out
    assert main(["index", str(library)]) == 0
    assert "3 unchanged" in capsys.readouterr().out


def test_index_of_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().err.startswith("briefing: ")


def test_search_prints_ranked_hits(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "grain", "--library", str(library)]) == 0
    out = capsys.readouterr().out
    assert out.index("Grain Corridor Reopens") < out.index("Leaders Meet in Geneva")
    assert "Pipeline" not in out


def test_search_json_lines(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "grain -geneva", "--library", str(library), "--json"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [hit["path"] for hit in hits] == [str((library / "harbour.txt").resolve())]
    snippet, (start, end) = hits[0]["snippet"], hits[0]["marks"][0]
    assert snippet[start:end].lower() == "grain"


def test_analyze_a_folder_as_json_lines(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (library / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(library), "--jobs", "1"]) == 1, "one article failed"
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [Path(line["path"]).name for line in lines] == sorted([*ARTICLES, "empty.txt"])
    by_name = {Path(line["path"]).name: line for line in lines}
    assert by_name["energy.txt"]["title"] == ENERGY
    assert "error" in by_name["empty.txt"] and "empty.txt" in captured.err


def test_analyze_several_paths_in_a_pool(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(library / name) for name in sorted(ARTICLES)] * 2
    assert main(["analyze", *paths, "--jobs", "2"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["path"] for line in lines] == paths, "in the order given"


def test_analyze_one_path_keeps_its_pretty_json(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(library / "energy.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n") and json.loads(out)["title"] == ENERGY


def test_yaml_takes_one_article(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(library), "--yaml"]) == 1
    assert "--yaml" in capsys.readouterr().err


def test_the_dask_recipe(library: Path, tmp_path: Path) -> None:
    """The README's recipe, on Dask's local scheduler (skipped without `briefing[dask]`)."""
    bag_module = pytest.importorskip("dask.bag")
    import dask

    from briefing.library.jobs import analyze_to_json

    paths = sorted(str(path) for path in library.glob("*.txt"))
    bag = bag_module.from_sequence(paths, npartitions=2).map(analyze_to_json)
    with dask.config.set(scheduler="threads"):
        bag.to_textfiles(str(tmp_path / "out" / "*.jsonl"))
    lines = [
        json.loads(line)
        for part in sorted((tmp_path / "out").glob("*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(line["path"] for line in lines) == paths
    assert {line["title"] for line in lines} >= {ENERGY, "Leaders Meet in Geneva"}


def test_the_index_and_its_commands_leave_textual_out() -> None:
    import subprocess
    import sys

    modules = ["briefing.cli_library", "briefing.library.index", "briefing.library.refresh"]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules)
    code += "print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
