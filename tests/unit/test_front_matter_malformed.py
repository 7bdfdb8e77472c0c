"""Front matter that is not valid YAML (briefing/ingest/front_matter.py, markdown.py): the
warning names the line, the block's title is not trusted (the first heading is the title, as in a
file without front matter), and a block whose closing line is missing does not swallow the body
up to a later rule."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_article
from briefing.ingest.front_matter import split_front_matter

FIRST = "The ministry said on Monday that the plan would go ahead, and officials expect it to pass."
SECOND = "A second paragraph follows, with the committee's view of the costs and the timetable."


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unclosed_quote_leaves_the_first_heading_the_title(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "badfm.md",
        f'---\ntitle: "oops\nauthor: Jane Doe\n---\n\n# Port Plan Approved\n\n{FIRST}\n\n{SECOND}\n',
    )
    article = load_article(path)
    assert article.meta.title == "Port Plan Approved"
    assert article.meta.author == "Jane Doe", "the fields that read are kept"
    (warning,) = article.meta.warnings
    assert "badfm.md, line 2" in warning
    assert [paragraph.text for paragraph in article.paragraphs] == [FIRST, SECOND]


def test_with_no_first_level_heading_the_title_loses_its_stray_quote(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "note.md",
        f'---\ntitle: "Port plan\n---\n\n## Background\n\n{FIRST}\n\n{SECOND}\n',
    )
    article = load_article(path)
    assert article.meta.title == "Port plan"
    assert [heading.title for heading in article.headings] == ["Background"]


def test_a_missing_closing_line_does_not_swallow_the_body(tmp_path: Path) -> None:
    text = f'---\ntitle: "oops\nauthor: Jane Doe\n\n## Background\n\n{FIRST}\n\n---\n\n{SECOND}\n'
    front = split_front_matter(text)
    assert front.malformed and front.fields.get("author") == "Jane Doe"
    assert "## Background" in front.body and FIRST in front.body
    article = load_article(_write(tmp_path, "open.md", text))
    assert [paragraph.text for paragraph in article.paragraphs] == [FIRST, SECOND]
    assert [heading.title for heading in article.headings] == ["Background"]
    assert article.meta.title == "oops"


def test_valid_front_matter_is_unchanged(tmp_path: Path) -> None:
    text = f"---\ntitle: Port Plan\nauthor: Jane Doe\n---\n\n# Port Plan\n\n{FIRST}\n"
    front = split_front_matter(text)
    assert not front.malformed and front.fields["title"] == "Port Plan"
    article = load_article(_write(tmp_path, "good.md", text))
    assert article.meta.title == "Port Plan" and not article.meta.warnings
    assert [paragraph.text for paragraph in article.paragraphs] == [FIRST]
