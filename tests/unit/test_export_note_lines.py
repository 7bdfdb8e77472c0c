"""A note of several lines keeps its lines in every summary and in `briefing notes`, escaped,
with its place on a line of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.pipeline import analyze
from briefing.cli import main
from briefing.export.notes import clip_lines
from briefing.export import write_summary
from briefing.ingest import load_article
from briefing.store import add_note, open_store, register
from tests.unit.export_fixtures import EXPORTED
from tests.unit.store_fixtures import write_article

NOTE = "- first *point*\n- second [link](x)\n\n# not a heading"


@pytest.fixture
def noted(tmp_path: Path) -> Path:
    path = write_article(tmp_path / "a.txt")
    article = load_article(path)
    with open_store() as store:
        key = register(store, article, opened=True)
        add_note(store, key, 3, 0, 8, article.paragraphs[3].text[:8], NOTE)
    return path


def _summary(path: Path, fmt: str) -> str:
    target = path.parent / f"summary.{fmt}"
    write_summary(analyze(load_article(path)), fmt, target, exported=EXPORTED)
    return target.read_text(encoding="utf-8")


def test_markdown_keeps_each_line_escaped_with_hard_breaks(noted: Path) -> None:
    out = _summary(noted, "md")
    part = out.split("## Notes\n\n", 1)[1].split("\n\n---\n", 1)[0]
    assert "\\- first \\*point\\*\\\n\\- second \\[link\\](x)\\\n\\# not a heading\n\n(¶ 4" in part


def test_text_indents_the_notes_lines_under_the_first(noted: Path) -> None:
    lines = _summary(noted, "txt").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("    Note: "))
    assert lines[first : first + 4] == [
        "    Note: - first *point*",
        "          - second [link](x)",
        "          # not a heading",
        lines[first + 3],
    ]
    assert lines[first + 3].startswith("    (¶ 4")


def test_html_breaks_the_lines_and_escapes_them(noted: Path) -> None:
    out = _summary(noted, "html")
    assert "- first *point*<br>- second [link](x)<br># not a heading</span>" in out


def test_briefing_notes_escapes_keeps_lines_and_puts_the_place_apart(
    noted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["notes", str(noted)]) == 0
    out = capsys.readouterr().out
    assert "\\- first \\*point\\*\\\n\\- second \\[link\\](x)\n\n\\# not a heading\n\n(¶ 4)" in out


def test_clipping_a_note_keeps_its_lines_within_the_limit() -> None:
    assert clip_lines("one  two\n\n three\n", 100) == "one two\nthree"
    clipped = clip_lines("a" * 10 + "\n" + "word " * 40, 60)
    assert clipped.startswith("aaaaaaaaaa\nword") and len(clipped) <= 60
    assert clipped.endswith("…")
    assert clip_lines("x" * 50 + "\n" + "y" * 50, 55) == "x" * 50 + "…"


def test_the_pdf_keeps_the_lines_and_puts_the_place_on_its_own(noted: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    target = noted.parent / "summary.pdf"
    write_summary(analyze(load_article(noted)), "pdf", target, exported=EXPORTED)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True
    ).stdout.decode()
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index("- first *point*")
    assert lines[start + 1 : start + 3] == ["- second [link](x)", "# not a heading"]
    assert lines[start + 3].startswith("(¶ 4")
