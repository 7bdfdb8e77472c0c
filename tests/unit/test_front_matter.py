"""Front matter at the top of .md and .txt files (briefing/ingest/front_matter.py).

Inputs are written here; the kinds of file come from issue 10 and ../shared/cases/10: web-clipper
notes, crawler Markdown and static-site posts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing.analysis.pipeline import analyze
from briefing.ingest import load_article
from briefing.ingest.front_matter import capture_fields, read_fields, split_front_matter
from briefing.ingest.yaml_briefing import parse_briefing
from briefing.serialize import to_dict

BODY = (
    "European gas storage ended the winter well above its five-year average, traders said, and"
    " prices fell to their lowest level since 2021.\n\n"
    "Analysts expect refilling to start earlier than usual this spring, and the Commission said"
    " it would keep its storage targets for next winter.\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_month_year_date_is_the_first_of_the_month(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "note.md",
        "---\ntitle: Gas Storage Outlook\nauthor: Lena Berg\ndate: February 2024\n---\n\n" + BODY,
    )
    meta = load_article(path).meta
    assert (meta.title, meta.author, meta.published) == (
        "Gas Storage Outlook",
        "Lena Berg",
        date(2024, 2, 1),
    )


def test_a_yaml_briefing_month_is_the_first_of_the_month_too() -> None:
    article = parse_briefing(
        "title: T\npublished: March 2023\nsections:\n  - paragraphs: [One paragraph.]\n"
        "timeline:\n  - {date: June 2022, text: One paragraph.}\n"
    )
    assert article.meta.published == date(2023, 3, 1)
    assert article.curated is not None and article.curated.timeline is not None
    event = article.curated.timeline[0]
    assert (event.when, event.precision) == (date(2022, 6, 1), "month")


def test_date_unknown_opens_the_article(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "crawl.md",
        "---\ntitle: \"Storage Rises Again - Energy Desk\"\n"
        "source: https://www.energydesk.example/storage-rises\ndate: unknown\n"
        "description: \"Storage rose again this week.\"\nword_count: 991\n---\n\n" + BODY,
    )
    article = load_article(path)
    meta = article.meta
    assert meta.published is None
    assert meta.title == "Storage Rises Again"
    assert meta.source == "Energy Desk"  # the title's suffix, not the URL
    assert meta.url == "https://www.energydesk.example/storage-rises"
    assert len(article.paragraphs) == 2


def test_a_date_that_does_not_read_is_ignored_with_a_warning(tmp_path: Path) -> None:
    text = "---\ntitle: T\npublished: the spring of last year\n---\n\n" + BODY
    path = _write(tmp_path, "a.md", text)
    meta = load_article(path).meta
    assert meta.published is None
    assert any("published" in warning for warning in meta.warnings)


def test_the_page_url_is_never_the_source(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "a.md",
        "---\ntitle: Storage Rises\nsource: https://www.example.org/x\n---\n\n" + BODY,
    )
    meta = load_article(path).meta
    assert meta.url == "https://www.example.org/x"
    assert meta.source == "example.org"  # its host, as the last resort
    named = _write(
        tmp_path,
        "b.md",
        "---\ntitle: Storage Rises\nurl: https://www.example.org/x\nsite_name: Energy Desk\n---\n\n"
        + BODY,
    )
    assert load_article(named).meta.source == "Energy Desk"


def test_published_beats_created_whatever_the_order(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "clip.md",
        "---\ntitle: Storage Rises\ncreated: 2025-06-01\npublished: 2024-03-05\n---\n\n" + BODY,
    )
    assert load_article(path).meta.published == date(2024, 3, 5)
    only_created = _write(tmp_path, "c.md", "---\ntitle: T\ncreated: 2025-06-01\n---\n\n" + BODY)
    assert load_article(only_created).meta.published == date(2025, 6, 1)


def test_the_day_a_page_was_saved_or_clipped_is_not_its_publication_date(tmp_path: Path) -> None:
    for key in ("saved", "clipped", "scraped"):
        path = _write(tmp_path, f"{key}.md", f"---\ntitle: T\n{key}: 2026-11-30\n---\n\n" + BODY)
        assert load_article(path).meta.published is None, key


def test_authors_as_a_list_or_a_byline_string() -> None:
    assert read_fields({"authors": ["Ana Lima", "Tom Reyes"]}).authors == ("Ana Lima", "Tom Reyes")
    assert read_fields({"author": "Ana Lima and Tom Reyes"}).authors == ("Ana Lima", "Tom Reyes")
    assert read_fields({"author": [{"name": "Ana Lima"}]}).authors == ("Ana Lima",)
    assert read_fields({"author": "By Ana Lima"}).authors == ("Ana Lima",)
    assert read_fields({"author": "Harbour Staff"}).authors == ("Harbour Staff",)
    fields = read_fields({"author": "Ana Lima, et al."})
    assert fields.authors == ("Ana Lima",) and fields.et_al


def test_description_headline_beats_a_short_title_label() -> None:
    assert read_fields(
        {"title": "Chile's Runoff", "description": "Security Marks Chile's Runoff"}
    ).title == ("Security Marks Chile's Runoff")
    assert read_fields(
        {"title": "Sudan's Nadir?", "description": "Pressing Needs and New Realities"}
    ).title == ("Sudan's Nadir? Pressing Needs and New Realities")
    assert read_fields(
        {"title": "Storage Rises", "description": "Storage rose again this week, traders said."}
    ).title == ("Storage Rises")


def test_bad_front_matter_opens_with_a_warning_that_names_the_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "clip.md",
        "---\ntitle: Gas: Storage Outlook: Spring\nauthor: \"Lena Berg\nsaved: 2025-01-01\n---\n\n"
        + BODY,
    )
    article = load_article(path)
    assert len(article.paragraphs) == 2
    (warning,) = article.meta.warnings
    assert str(path) in warning and "line " in warning
    assert "title:" not in " ".join(paragraph.text for paragraph in article.paragraphs)


def test_a_front_matter_that_is_a_list_is_ignored_with_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.md", "---\n- one\n- two\n---\n\n# Storage Rises\n\n" + BODY)
    article = load_article(path)
    assert article.meta.title == "Storage Rises"
    assert len(article.meta.warnings) == 1


def test_text_file_with_front_matter(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "note.txt",
        '---\ntitle: "Gas Storage Outlook"\nauthor: Lena Berg\ndate: 2024-02-12\n---\n\n' + BODY,
    )
    article = load_article(path)
    meta = article.meta
    assert (meta.title, meta.author, meta.published) == (
        "Gas Storage Outlook",
        "Lena Berg",
        date(2024, 2, 12),
    )
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts and not any("title:" in text or "author:" in text for text in texts)


def test_a_text_rule_is_not_front_matter() -> None:
    text = "---\nA line of prose between rules, not a field.\n---\n\n" + BODY
    assert split_front_matter(text, strict=True).fields == {}


def test_crawl_capture_metadata_block() -> None:
    text = (
        "# example.org\n\n## Metadata\n\n- **URL**: https://example.org/a\n"
        "- **Domain**: example.org\n\n## Content\n\nText\n"
    )
    assert capture_fields(text) == {"URL": "https://example.org/a", "Domain": "example.org"}


def test_json_has_every_author(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "a.md", "---\ntitle: T\nauthors: [Ana Lima, Tom Reyes, Lena Berg]\n---\n\n" + BODY
    )
    data = to_dict(analyze(load_article(path)))
    assert data["author"] == "Ana Lima, Tom Reyes and Lena Berg"
    assert data["authors"] == ["Ana Lima", "Tom Reyes", "Lena Berg"]


def test_web_clipper_links_are_read_as_their_names() -> None:
    fields = read_fields(
        {"title": "Storage Rises", "author": ["[[Ana Lima]]", "[[people/tr|Tom Reyes]]"]}
    )
    assert fields.authors == ("Ana Lima", "Tom Reyes")
