"""Paragraphs from lines: single-newline text and Markdown, hard-wrapped prose, menus."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_article
from briefing.ingest.markdown import parse_markdown
from briefing.ingest.paragraphs import hard_wrapped, line_groups, paragraphs_of
from briefing.ingest.text import parse_text

ONE_A_LINE = [
    "The ministers met in Vienna on Tuesday to agree a new schedule for the talks, which had "
    "stalled for most of the spring after both delegations walked out.",
    "Diplomats said the draft text now runs to forty pages and covers inspections, sanctions "
    "relief and a timetable for the release of frozen assets held abroad.",
    "Neither side expects a signature before the summer, but both say the remaining gaps are "
    "technical rather than political, and that the envoys will meet again next month.",
    "Critics in parliament argue that the deal trades long-term leverage for short-term calm, "
    "and they have promised to vote against any text that lifts sanctions early.",
]

WRAPPED = """The ministers met in Vienna on Tuesday to agree a new schedule for the
talks, which had stalled for most of the spring after both delegations
walked out of the last round.
Diplomats said the draft text now runs to forty pages and covers
inspections, sanctions relief and a timetable for the release of frozen
assets held abroad by the central bank.
"""


def test_single_newline_lines_are_one_paragraph_each_in_text() -> None:
    article = parse_text("\n".join(ONE_A_LINE))
    assert [paragraph.text for paragraph in article.paragraphs] == ONE_A_LINE


def test_single_newline_lines_are_one_paragraph_each_in_markdown() -> None:
    text = "---\ntitle: Talks resume\n---\n\n" + "\n".join(ONE_A_LINE) + "\n"
    article = parse_markdown(text)
    assert [paragraph.text for paragraph in article.paragraphs] == ONE_A_LINE


def test_hard_wrapped_paragraphs_without_blank_lines_are_joined_and_split() -> None:
    paragraphs = paragraphs_of(WRAPPED)
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The ministers met") and paragraphs[0].endswith("last round.")
    assert paragraphs[1].startswith("Diplomats said") and "\n" not in paragraphs[1]


def test_hard_wrapped_markdown_paragraph_stays_one() -> None:
    text = "# Talks\n\n" + WRAPPED.split("\nDiplomats")[0] + "\n\nA second paragraph follows.\n"
    article = parse_markdown(text)
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].text.endswith("walked out of the last round.")


def test_menu_lines_of_even_length_are_never_joined() -> None:
    menu = [
        "Economic Policy Journal and the Discussion Papers",
        "Search All Publications From Our Research Networks",
        "Webinars, Podcasts and the Conference Recordings",
    ]
    assert not hard_wrapped(menu)
    assert line_groups(menu) == [(0, 1), (1, 2), (2, 3)]


def test_list_items_in_a_wrapped_block_open_paragraphs() -> None:
    block = [
        "The agreement sets out three steps that both governments accept as a",
        "basis for the next round of talks in the spring:",
        "- a ceasefire along the current line of contact, monitored by observers",
        "- an exchange of prisoners held since the start of the war in the east",
    ]
    assert line_groups(block) == [(0, 2), (2, 3), (3, 4)]


def test_a_long_crawler_page_never_becomes_one_blob(tmp_path: Path) -> None:
    path = tmp_path / "crawl.md"
    path.write_text(
        "---\ntitle: Talks resume\ndate: 2024-05-02\n---\n\n" + "\n".join(ONE_A_LINE * 3),
        encoding="utf-8",
    )
    article = load_article(path)
    assert len(article.paragraphs) >= 4
    assert max(len(paragraph.text.split()) for paragraph in article.paragraphs) < 40
