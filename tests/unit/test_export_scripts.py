"""Every script the fonts can draw, a warning for the rest, and CommonMark's escapes
(issue 14, class 7)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import briefing.export.pdf as pdf
from briefing.export import render_checked, write_summary
from briefing.export.glyphs import drawn_characters, missing_warning
from briefing.export.markdown import lay_out_markdown
from briefing.export.page import build_page
from briefing.model import Briefing
from tests.unit.export_fixtures import EXPORTED, small_briefing


def with_bottom_line(text: str) -> Briefing:
    base = small_briefing()
    bottom = dataclasses.replace(base.so_what.bottom_line, text=text)
    return dataclasses.replace(base, so_what=dataclasses.replace(base.so_what, bottom_line=bottom))


@pytest.mark.parametrize("number", ["2023", "7", "123456789"])
@pytest.mark.parametrize("delimiter", [".", ")"])
def test_a_line_that_starts_like_an_ordered_item_is_escaped_after_its_digits(
    number: str, delimiter: str
) -> None:
    """A wrap that puts "2023." at a line's start: CommonMark escapes the period, not the
    digit ("\\2023." prints its backslash), and the rendered text reads "2023."."""
    filler = "word " * 40
    for shift in range(0, 12):  # some shift puts the number at the start of a line
        text = f"{'x' * shift} {filler}ends on {number}{delimiter} Then more text follows here."
        lines = lay_out_markdown(build_page(with_bottom_line(text), EXPORTED))
        starts = [line for line in lines if line.lstrip().lstrip("\\").startswith(number)]
        if starts:
            break
    else:
        pytest.skip("no wrap put the number at a line start")
    assert all(line.lstrip().startswith(f"{number}\\{delimiter}") for line in starts), starts
    assert not any(f"\\{number}" in line for line in lines)
    html = MarkdownIt("commonmark").render("\n".join(lines))
    bottom = next(part for part in html.split("<p>") if "Bottom line." in part)
    bottom = bottom.split("</p>")[0]  # one paragraph: the number opened no list inside it
    assert "<li>" not in bottom
    assert f"{number}{delimiter} Then" in bottom.replace("\n", " ")
    assert f"\\{number}" not in html


def test_ten_digits_are_not_a_list_marker_and_stay_as_written() -> None:
    from briefing.export.markdown import _BLOCK_START, _escape_block_start

    assert _BLOCK_START.sub(_escape_block_start, "1234567890. x") == "1234567890. x"
    assert _BLOCK_START.sub(_escape_block_start, "- item") == "\\- item"


def test_a_character_no_font_draws_is_a_warning_not_a_silent_box(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With only the bundled fonts (the system's are kept out, as on a machine with no CJK
    font), Korean and Chinese cannot be drawn: the export says so and names them."""
    bundled = pdf._typesetter(False)
    monkeypatch.setattr(pdf, "_typesetter", lambda system_fonts=False: bundled)
    briefing = with_bottom_line("Talks in 서울 and 東京 stalled; Ереван (Yerevan) waits.")
    content, _, warnings = render_checked(briefing, "pdf", exported=EXPORTED)
    assert len(warnings) == 1
    assert "서" in warnings[0] and "東" in warnings[0] and "Korean" in warnings[0]
    assert "Е" not in warnings[0]  # Cyrillic is drawn
    drawn = drawn_characters(content)
    assert "Е" in drawn and "서" not in drawn
    result = write_summary(briefing, "pdf", tmp_path / "s.pdf", exported=EXPORTED)
    assert result.warnings == warnings


def test_a_page_the_bundled_fonts_draw_has_no_warning() -> None:
    _, _, warnings = render_checked(small_briefing(), "pdf", exported=EXPORTED)
    assert warnings == ()


def _system_only(character: str) -> bool:
    import typst

    families = typst.Fonts(include_system_fonts=True, include_embedded_fonts=False).families()
    return "DejaVu Sans" in families


@pytest.mark.skipif(not _system_only("ꙮ"), reason="needs the DejaVu Sans system font")
def test_the_system_fonts_draw_what_the_bundled_ones_cannot() -> None:
    """U+A66E is in DejaVu Sans (a system font here) and in no bundled font: the page is set
    again with system fonts as fallbacks and draws it."""
    content, _, warnings = render_checked(with_bottom_line("The rare ꙮ letter."), "pdf",
                                          exported=EXPORTED)
    assert "ꙮ" in drawn_characters(content)
    assert warnings == ()


def test_the_warning_is_one_line_and_names_scripts() -> None:
    line = missing_warning(["ท", "京", "서", "🙂"])
    assert line is not None and "\n" not in line
    assert "Thai" in line and "Korean (Hangul)" in line and "symbols" in line
    assert missing_warning([]) is None


def test_zero_width_marks_and_wide_characters_do_not_cancel_out_in_the_width() -> None:
    """Three right-to-left marks (no column) and three wide characters (two each) add up to
    the string's length: the wrap must still count columns (a fuzzed page ran to 82)."""
    from rich.cells import cell_len

    from briefing.export.text import wrap

    text = "\u200f\u200f\u200f" + "word " * 20 + "😀筭𬑖 " + "word " * 30
    assert cell_len(text) == len(text)  # the trap
    for width in range(30, 81):
        assert all(cell_len(line) <= width for line in wrap(text, width=width)), width
