"""Issue 16, point 6: the one-page summaries carry the reader's highlights and notes.

Each test writes its own article, puts highlights and notes in the store (pointed at a temporary
folder by the autouse fixture in tests/conftest.py) through the store's API, and exports.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from briefing.analysis.pipeline import analyze
from briefing.cli import main
from briefing.export import render, write_summary
from briefing.export.notes import note_lines
from briefing.export.page import MAX_NOTES, build_page
from briefing.export.pdf import page_data
from briefing.export.text import PAGE_LINES, PAGE_WIDTH, columns
from briefing.ingest import load_article
from briefing.model import Briefing
from briefing.store import add_highlight, add_note, open_store, register
from tests.unit.export_fixtures import EXPORTED, heavy_briefing, small_briefing
from tests.unit.robustness_strategies import CONTROL, PDF_PAGE, ROBUST, article_texts
from tests.unit.store_fixtures import PARAGRAPHS, write_article

NOTE = "Which convoys? Check the insurers' own figures."
HOSTILE = "see \x1b]52;c;SGVsbG8=\x07 and \x1b[2J [bold]this[/bold] \u202e"


def _noted(path: Path, note: str = NOTE) -> Briefing:
    """The store's test article with a highlight in ¶ 1 and a note on ¶ 4, analysed."""
    article = load_article(write_article(path))
    with open_store() as store:
        key = register(store, article, opened=True)
        add_highlight(store, key, 0, 0, 5, "Ships")
        text = article.paragraphs[3].text
        add_note(store, key, 3, 0, 8, text[:8], note)
    return analyze(article)


def _export(briefing: Briefing, fmt: str, target: Path) -> str:
    """Write through `write_summary` as the CLI and the TUI do (the store read inside)."""
    result = write_summary(briefing, fmt, target, exported=EXPORTED)
    if fmt == "pdf":
        return _pdf_text(result.path)
    return result.path.read_text(encoding="utf-8")


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def _pdf_pages(path: Path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", done.stdout.decode("utf-8"), re.MULTILINE)
    assert match is not None
    return int(match.group(1))


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "pdf"])
def test_every_format_has_a_notes_part_with_quote_note_and_place(
    fmt: str, tmp_path: Path
) -> None:
    briefing = _noted(tmp_path / "a.txt")
    out = _export(briefing, fmt, tmp_path / f"summary.{fmt}")
    flat = " ".join(out.split())
    heading = {"md": "## Notes", "txt": "NOTES", "html": "<h2>Notes</h2>", "pdf": "NOTES"}[fmt]
    assert out.index(heading) < out.rindex("Source:")  # a part of its own, before the footer
    part = flat[flat.index(" ".join(heading.split())) :]
    expected = NOTE.replace("'", "&#x27;") if fmt == "html" else NOTE
    assert part.index("Ships") < part.index("¶ 1") < part.index("Insurers")
    assert part.index("Insurers") < part.index(expected) < part.index("¶ 4")


def test_markdown_notes_read_as_briefing_notes_does(tmp_path: Path) -> None:
    """Each passage a block quote, the note and its paragraph under it."""
    briefing = _noted(tmp_path / "a.txt")
    first, last = (briefing.sections[briefing.section_of(p)].label for p in (0, 3))
    out = _export(briefing, "md", tmp_path / "s.md")
    part = out.split("## Notes\n\n", 1)[1].split("\n\n---\n", 1)[0]
    assert part == f"> Ships\n\n(¶ 1, {first})\n\n> Insurers\n\n{NOTE}\n\n(¶ 4, {last})"


def test_notes_name_the_section_they_are_in() -> None:
    briefing = small_briefing()  # sections: ¶ 1, ¶ 2, ¶ 3

    class Stored:
        text, note, paragraph, lost = "a strategic mistake", "Pashinyan's own words", 1, False

    (line,) = note_lines(briefing, [Stored()])
    assert line.reference == "¶ 2, After Karabakh"
    out, _ = render(briefing, "txt", exported=EXPORTED, annotations=[Stored()])
    text = " ".join(out.decode("utf-8").split())
    assert "Note: Pashinyan's own words (¶ 2, After Karabakh)" in text


def test_a_lost_note_says_its_words_were_edited_away() -> None:
    class Stored:
        text, note, paragraph, lost = "gone words", "", 40, True

    (line,) = note_lines(small_briefing(), [Stored()])
    assert line.reference == "¶ 41, text since edited away"


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "pdf"])
def test_an_article_without_notes_exports_exactly_as_before(fmt: str, tmp_path: Path) -> None:
    noted = _noted(tmp_path / "a.txt")  # a store that exists, with another article's notes
    other = (*PARAGRAPHS[:3], "A paragraph of its own, so that this is another article.")
    plain = analyze(load_article(write_article(tmp_path / "b.txt", other, "Another Title")))
    before, _ = render(plain, fmt, exported=EXPORTED)
    written = write_summary(plain, fmt, tmp_path / f"b-summary.{fmt}", exported=EXPORTED)
    assert written.path.read_bytes() == before
    assert written.omitted == () and written.warnings == ()
    with_none, _ = render(noted, fmt, exported=EXPORTED, annotations=())
    assert with_none == render(noted, fmt, exported=EXPORTED)[0]
    for heading in (b"## Notes", b"NOTES", b"<h2>Notes</h2>", b"notes"):
        assert heading not in with_none


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_control_characters_in_notes_are_shown_as_pictures(fmt: str, tmp_path: Path) -> None:
    out = _export(_noted(tmp_path / "a.txt", note=HOSTILE), fmt, tmp_path / f"s.{fmt}")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "␛" in out and "␇" in out


def test_control_characters_in_notes_never_reach_the_pdf_data(tmp_path: Path) -> None:
    briefing = _noted(tmp_path / "a.txt", note=HOSTILE)
    from briefing.store import annotations_for
    from briefing.export.notes import with_notes

    page = with_notes(build_page(briefing, EXPORTED), briefing, annotations_for(briefing.article))
    data = page_data(page, "a4", 10.0)
    assert data["notes"][1]["note"].startswith("see ␛]52;c;SGVsbG8=␇ and ␛[2J [bold]this")
    assert "\x1b" not in str(data)


def _many(path: Path, count: int) -> Briefing:
    """An article with `count` long notes, far more than one page holds."""
    article = load_article(write_article(path))
    long = "A long note that argues with the passage at length, point by point. " * 5
    with open_store() as store:
        key = register(store, article, opened=True)
        for number in range(count):
            paragraph = number % len(article.paragraphs)
            words = article.paragraphs[paragraph].text
            add_note(store, key, paragraph, 0, len(words), words, f"{number + 1}. {long}")
    return analyze(article)


def test_a_pdf_with_many_long_notes_stays_one_page_and_says_what_was_left_out(
    tmp_path: Path,
) -> None:
    briefing = _many(tmp_path / "a.txt", 30)
    result = write_summary(briefing, "pdf", tmp_path / "s.pdf", exported=EXPORTED)
    assert _pdf_pages(result.path) == 1
    left = [item for item in result.omitted if "notes" in item]
    assert len(left) == 1
    match = re.fullmatch(r"(\d+) of 30 notes \(all in briefing notes (.+)\)", left[0])
    assert match is not None and match.group(2).endswith("a.txt")
    shown = 30 - int(match.group(1))
    assert 1 <= shown <= MAX_NOTES
    text = " ".join(_pdf_text(result.path).split())
    assert f"{30 - shown} more notes in briefing notes" in text
    assert "1. A long note" in text


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_many_long_notes_still_fit_66_lines_and_say_how_many_more(
    fmt: str, tmp_path: Path
) -> None:
    briefing = _many(tmp_path / "a.txt", 30)
    result = write_summary(briefing, fmt, tmp_path / f"s.{fmt}", exported=EXPORTED)
    lines = result.path.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= PAGE_LINES and all(columns(line) <= PAGE_WIDTH for line in lines)
    text = " ".join(lines)
    more = re.search(r"(\d+) more notes in briefing notes", text)
    assert more is not None and int(more.group(1)) >= 30 - MAX_NOTES
    assert any("notes (all in briefing notes" in item for item in result.omitted)


def test_briefing_export_from_the_command_line_carries_the_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _noted(tmp_path / "a.txt")
    target = tmp_path / "out.md"
    assert main(["export", str(tmp_path / "a.txt"), "--format", "md", "-o", str(target)]) == 0
    assert NOTE in " ".join(target.read_text(encoding="utf-8").split())
    assert main(["export", str(tmp_path / "a.txt"), "--format", "txt", "-o", "-"]) == 0
    assert "NOTES" in capsys.readouterr().out


@dataclass(frozen=True)
class _Fuzzed:
    """What the exports read of a store annotation."""

    text: str
    note: str
    paragraph: int
    lost: bool


fuzzed_notes = st.lists(
    st.builds(
        _Fuzzed,
        article_texts(max_fragments=12),
        article_texts(max_fragments=20),
        st.integers(0, 12),
        st.booleans(),
    ),
    max_size=14,
)


@ROBUST
@given(notes=fuzzed_notes, heavy=st.booleans())
def test_any_notes_keep_each_export_one_clean_page(notes: list[_Fuzzed], heavy: bool) -> None:
    """Hostile quotes and notes (escapes, markup, wide and right-to-left text, huge runs):
    md and txt stay 66 lines of 80 columns, and no control character reaches any page."""
    briefing = heavy_briefing() if heavy else small_briefing()
    for fmt in ("md", "txt", "html"):
        content, _ = render(briefing, fmt, exported=EXPORTED, annotations=notes)
        text = content.decode("utf-8")
        assert not CONTROL.findall(text), fmt
        if fmt != "html":
            lines = text.removesuffix("\n").split("\n")
            assert len(lines) <= PAGE_LINES and all(cell_len(line) <= PAGE_WIDTH for line in lines)


@settings(ROBUST, max_examples=4 if ROBUST.max_examples <= 60 else ROBUST.max_examples // 10)
@given(notes=fuzzed_notes)
def test_any_notes_keep_the_pdf_one_page(notes: list[_Fuzzed]) -> None:
    content, _ = render(small_briefing(), "pdf", exported=EXPORTED, annotations=notes)
    assert len(PDF_PAGE.findall(content)) == 1
