"""Markdown, text and HTML summaries: one page of 66 lines x 80 columns, escaped, golden files.

The seed's golden files depend on the whole analysis, which is still changing; regenerate them
with `BRIEFING_UPDATE_GOLDEN=1 pytest tests/unit/test_export_formats.py`, then read the diff.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.export import render
from briefing.model import Metadata, Point, Quote, SoWhat
from tests.unit.export_fixtures import EXPORTED, heavy_briefing, small_briefing

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "export"


def _lines(content: bytes) -> list[str]:
    return content.decode("utf-8").rstrip("\n").split("\n")


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_small_briefing_fits_without_leaving_anything_out(fmt: str) -> None:
    content, left_out = render(small_briefing(), fmt, exported=EXPORTED)
    text = content.decode("utf-8")
    assert left_out == ()
    for expected in (
        "As Relations with Russia Falter, Armenia Tries Looking West",
        "Nicholas Castillo · Caspian Policy Center · 31 October 2023",
        "A full split with Moscow is unlikely",
        "unlikely, 20-45%",
        "likely, 55-80%",
        "Nikol Pashinyan",
        "Prime Minister",
        "“a strategic mistake”",
        "Россия остаётся партнёром",
        "Հայաստան",
        "After Karabakh",
        "Rome Statute",
        "2024-01-15",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_heavy_briefing_is_cut_to_66_lines_of_80_columns(fmt: str) -> None:
    content, left_out = render(heavy_briefing(), fmt, exported=EXPORTED)
    lines = _lines(content)
    assert len(lines) <= 66
    assert max(len(line) for line in lines) <= 80
    assert left_out, "a quote-heavy briefing must say what it left out"
    assert any("quotes" in note for note in left_out)
    # The footer survives every cut.
    assert "2024-01-15" in lines[-1] or "2024-01-15" in lines[-2]


def test_text_keeps_the_best_ranked_quotes() -> None:
    content, _ = render(heavy_briefing(), "txt", exported=EXPORTED)
    text = content.decode("utf-8")
    assert "(Speaker 0)" in text
    assert "(Speaker 4)" not in text  # the fifth-ranked quote goes before anything else


def test_markdown_escapes_article_text() -> None:
    briefing = small_briefing()
    hostile = "Use *stars*, [links](http://x), <b>tags</b> and # hashes"
    briefing = replace(
        briefing,
        so_what=replace(briefing.so_what, bottom_line=Point(hostile)),
        quotes=(Quote("- a line that starts like a list", "Someone"),),
    )
    text = render(briefing, "md", exported=EXPORTED)[0].decode("utf-8")
    assert r"\*stars\*" in text
    assert r"\[links\](http://x)" in text
    assert r"\<b\>tags\</b\>" in text
    assert "**Bottom line.** Use" in text


def test_html_is_one_escaped_self_contained_page() -> None:
    briefing = small_briefing()
    briefing = replace(
        briefing,
        article=replace(
            briefing.article,
            meta=replace(briefing.article.meta, title="<script>alert(1)</script> & more"),
        ),
    )
    html = render(briefing, "html", paper="letter", exported=EXPORTED)[0].decode("utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "@page { size: letter" in html
    assert "@media print" in html
    assert not re.search(r"""(src|href)=["']?https?:""", html), "no external resources"
    assert "Հայաստան" in html and "Россия" in html
    assert 'class="badge b2"' in html  # unlikely 20-45%


def test_html_of_a_heavy_briefing_leaves_items_out() -> None:
    html, left_out = render(heavy_briefing(), "html", exported=EXPORTED)
    assert left_out
    assert html.decode("utf-8").count("<blockquote>") < 5


def test_missing_metadata_does_not_leave_empty_separators() -> None:
    briefing = small_briefing()
    bare = replace(briefing.article, meta=Metadata(title="Bare"))
    briefing = replace(briefing, article=bare, so_what=SoWhat())
    text = render(briefing, "txt", exported=EXPORTED)[0].decode("utf-8")
    assert " ·  · " not in text
    assert "BOTTOM LINE" not in text
    assert "Source: “Bare”." in text


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_seed_matches_golden_file(fmt: str, seed_path: Path) -> None:
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article

    content, _ = render(analyze(load_article(seed_path)), fmt, exported=EXPORTED)
    golden = GOLDEN / f"seed.{fmt}"
    if os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1":
        golden.write_bytes(content)
    lines = _lines(content)
    assert len(lines) <= 66 and max(len(line) for line in lines) <= 80
    assert content.decode("utf-8") == golden.read_text(encoding="utf-8")
