"""Markdown, HTML and curated YAML briefings, and the corpus smoke test of the measure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.ingest import load_article
from briefing.model import ActorKind, Heading, SourceFormat

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"
ROOT = Path(__file__).resolve().parent.parent.parent


def test_markdown_front_matter_headings_and_inline_markup() -> None:
    article = load_article(DATA / "sample.md")
    meta = article.meta
    assert meta.format is SourceFormat.MARKDOWN
    assert (meta.title, meta.author, meta.published, meta.source, meta.url) == (
        "Grain Corridors After the Deal",
        "Ana Petrova and Tom Reyes",
        date(2024, 3, 5),
        "Field Notes",
        "https://example.org/grain",
    )
    texts = [p.text for p in article.paragraphs]
    assert (
        texts[0]
        == "Shipping through the corridor rose sharply in February, according to port data."
    )
    assert "[bold]" in texts[1] and "[/]" in texts[1]
    assert "Exports will likely stay above last year's level." in texts
    assert meta.authors == ("Ana Petrova", "Tom Reyes")
    titles = [(h.title, h.before, h.level) for h in article.headings]
    assert ("The Outlook", 2, 2) in titles  # setext heading
    assert ("What to Watch", 4, 2) in titles


def test_markdown_first_h1_is_the_title_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# The Real Title\n\nBody text here.\n\n## Part two\n\nMore.\n", encoding="utf-8"
    )
    article = load_article(path)
    assert article.meta.title == "The Real Title"
    assert article.headings == (Heading("Part two", 1, 2),)


def test_html_keeps_headings_metadata_and_drops_navigation() -> None:
    article = load_article(DATA / "sample.html")
    meta = article.meta
    assert meta.format is SourceFormat.HTML
    assert meta.title == "Water Talks Stall on the Nile"
    assert meta.author == "Lena Okafor"
    assert meta.published == date(2024, 5, 14)
    assert meta.url == "https://basin.example.org/2024/water-talks"
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == 4 and texts[0].startswith("Negotiators from the three")
    assert not any(t == "Home" or "Copyright" in t for t in texts)
    assert [(h.title, h.before) for h in article.headings] == [("Why the schedule matters", 2)]


def test_html_is_sniffed_without_a_suffix(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_bytes((DATA / "sample.html").read_bytes())
    assert load_article(path).meta.format is SourceFormat.HTML


def test_example_briefing_fills_curated_fields_as_written() -> None:
    article = load_article(ROOT / "articles" / "example-briefing.yaml")
    assert article.meta.format is SourceFormat.YAML
    assert article.meta.published == date(2024, 9, 18)
    assert [h.title for h in article.headings] == ["A longer season", "Who polices the ice", ""]
    assert [h.before for h in article.headings] == [0, 2, 3]
    assert [p.index for p in article.paragraphs] == [0, 1, 2, 3]
    curated = article.curated
    assert curated is not None
    assert curated.actors is not None and curated.actors[4].kind is ActorKind.PERSON
    assert curated.actors[4].aliases == ("Halvorsen",)
    assert curated.quotes is not None and curated.quotes[0].speaker == "Ingrid Halvorsen"
    assert curated.bottom_line is not None and curated.bottom_line.startswith("Arctic traffic")
    assert curated.key_judgments is not None
    first = curated.key_judgments[0].estimative
    assert first is not None and (first.term, first.band, first.low, first.high) == (
        "unlikely",
        "20-45%",
        20,
        45,
    )
    # Not written: computed by the analysis.
    assert (curated.implications, curated.watch, curated.timeline) == (None, None, None)


def test_briefing_written_empty_lists_mean_none(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(
        "title: T\nsections:\n  - paragraphs: [One para.]\nactors: []\nso_what:\n  watch: []\n"
        "timeline:\n  - {date: 2024-01-02, text: One para.}\n",
        encoding="utf-8",
    )
    curated = load_article(path).curated
    assert curated is not None
    assert curated.actors == () and curated.watch == () and curated.quotes is None
    assert curated.timeline is not None and curated.timeline[0].when == date(2024, 1, 2)
    assert curated.timeline[0].span.paragraph == 0


def test_estimative_without_a_readable_band_keeps_the_words(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(
        "title: T\nsections:\n  - paragraphs: [A.]\nso_what:\n  key_judgments:\n"
        "    - {text: A., estimative: {term: fairly likely, band: high}}\n",
        encoding="utf-8",
    )
    curated = load_article(path).curated
    assert curated is not None and curated.key_judgments is not None
    estimative = curated.key_judgments[0].estimative
    assert estimative is not None
    assert (estimative.term, estimative.band, estimative.low, estimative.high) == (
        "fairly likely",
        "high",
        0,
        0,
    )


def test_extraction_measure_smoke(corpus: Path) -> None:
    from bench.measures.extraction import scores

    figures = scores(corpus, limit=3)
    for key in ("pagetext_f1", "pagetext_precision", "pagetext_recall", "html_f1"):
        assert 0.5 < figures[key] <= 1.0, key


@pytest.mark.parametrize("name", ["page.txt", "sample.md", "sample.html"])
def test_every_fixture_gives_paragraphs(name: str) -> None:
    assert load_article(DATA / name).paragraphs
