"""The PDF summary: exactly one page, whatever goes in, with Armenian, Cyrillic and curly quotes.

Pages are counted from the PDF itself (with pdfinfo when poppler is installed, else from the
page objects), not from what the template reports, so the fitting code is checked independently.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.export import render
from tests.unit.export_fixtures import EXPORTED, heavy_briefing, small_briefing

_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def page_count(pdf: bytes, tmp_path: Path) -> int:
    """Pages in a PDF: pdfinfo's figure when it is installed, else the page objects counted."""
    assert pdf.startswith(b"%PDF-")
    counted = len(_PAGE_OBJECT.findall(pdf))
    if shutil.which("pdfinfo"):
        path = tmp_path / "count.pdf"
        path.write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
        assert match
        assert int(match.group(1)) == counted
    return counted


def pdf_text(pdf: bytes, tmp_path: Path) -> str | None:
    """The PDF's text through pdftotext, or None when poppler is not installed."""
    if not shutil.which("pdftotext"):
        return None
    path = tmp_path / "text.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_small_briefing_is_one_page_with_nothing_left_out(tmp_path: Path) -> None:
    pdf, left_out = render(small_briefing(), "pdf", exported=EXPORTED)
    assert page_count(pdf, tmp_path) == 1
    assert left_out == ()


def test_unicode_renders_armenian_cyrillic_and_curly_quotes(tmp_path: Path) -> None:
    pdf, _ = render(small_briefing(), "pdf", exported=EXPORTED)
    text = pdf_text(pdf, tmp_path)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for expected in ("Հայաստան", "Россия остаётся партнёром", "“a strategic mistake”", "—", "’"):
        assert expected in text, expected
    assert "Nicholas Castillo" in text and "2024-01-15" in text


def test_quote_heavy_briefing_is_cut_to_exactly_one_page(tmp_path: Path) -> None:
    pdf, left_out = render(heavy_briefing(), "pdf", exported=EXPORTED)
    assert page_count(pdf, tmp_path) == 1
    assert left_out
    assert any("quotes" in note for note in left_out)


def test_letter_paper(tmp_path: Path) -> None:
    pdf, _ = render(heavy_briefing(), "pdf", paper="letter", exported=EXPORTED)
    assert page_count(pdf, tmp_path) == 1
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+612(\.0+)?\s+792", pdf)


def test_markup_characters_in_text_stay_text(tmp_path: Path) -> None:
    from dataclasses import replace

    from briefing.model import Point

    briefing = small_briefing()
    hostile = '#set page(paper: "a6") *bold* $x^2$ @ref <lab> ] } "'
    briefing = replace(briefing, so_what=replace(briefing.so_what, bottom_line=Point(hostile)))
    pdf, _ = render(briefing, "pdf", exported=EXPORTED)
    assert page_count(pdf, tmp_path) == 1
    text = pdf_text(pdf, tmp_path)
    if text is not None:
        assert "#set page" in text and "$x^2$" in text


def test_seed_is_one_page(seed_path: Path, tmp_path: Path) -> None:
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article

    pdf, _ = render(analyze(load_article(seed_path)), "pdf", exported=EXPORTED)
    assert page_count(pdf, tmp_path) == 1
    text = pdf_text(pdf, tmp_path)
    if text is not None:
        assert "Armenia Tries Looking West" in " ".join(text.split())
