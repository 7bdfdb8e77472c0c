"""Raw page text: the seed's metadata and exact body, boilerplate cues, and speed."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing.ingest import load_article
from briefing.ingest.boilerplate import article_lines, is_furniture
from briefing.ingest.text import byline_name, date_line, parse_text

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"


def test_seed_metadata(seed_path: Path) -> None:
    meta = load_article(seed_path).meta
    assert meta.title == "As Relations with Russia Falter, Armenia Tries Looking West"
    assert meta.author == "Nicholas Castillo"
    assert meta.published == date(2023, 10, 31)
    assert meta.source == "Caspian Policy Center"


def test_seed_body_is_exactly_the_twelve_paragraphs(seed_path: Path) -> None:
    paragraphs = [paragraph.text for paragraph in load_article(seed_path).paragraphs]
    assert len(paragraphs) == 12
    assert paragraphs[0].startswith("What might be described as one of the central")
    assert paragraphs[-1].endswith("even as anger mounts against Moscow.")
    raw = seed_path.read_text(encoding="utf-8")
    for text in paragraphs:
        assert text == text.strip() and not text.endswith("\xa0")
        assert text in raw  # the article's own words, unchanged
    joined = "\n".join(paragraphs)
    for furniture in ("Image source", "Author:", "Related Articles", "Türkiye", "CPC -"):
        assert furniture not in joined


def test_plain_text_is_read_without_importing_trafilatura(seed_path: Path) -> None:
    """trafilatura costs 175 ms to import; text files must not pay it (speed is in bench/)."""
    code = (
        "import sys; from pathlib import Path; from briefing.ingest import load_article; "
        f"load_article(Path({str(seed_path)!r})); print('trafilatura' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_hand_made_page_strips_menus_credits_share_and_teasers() -> None:
    article = load_article(DATA / "page.txt")
    assert article.meta.title == "Ports Reopen as Strike Ends"
    assert article.meta.author == "Maria Lopez"
    assert article.meta.published == date(2024, 3, 3)
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert len(texts) == 3
    assert texts[0].startswith("Dock workers returned")
    assert texts[2].startswith("Shipping lines warned")  # crossed the advert, kept going


def test_plain_article_without_furniture_keeps_every_paragraph() -> None:
    text = (
        "The committee met on Tuesday to review the budget, and members said the outcome was "
        "better than expected.\n\nA second paragraph explains why the numbers moved, with "
        "several reasons given by the treasurer.\n\nIt ended there.\n"
    )
    texts = [p.text for p in parse_text(text).paragraphs]
    assert texts[:2] == [
        "The committee met on Tuesday to review the budget, and members said the outcome was "
        "better than expected.",
        "A second paragraph explains why the numbers moved, with several reasons given by the "
        "treasurer.",
    ]


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    line = "word " * 12
    text = f"{line}\n{line}\n{line}end.\n\n{line}\n{line}end.\n"
    paragraphs = parse_text(text).paragraphs
    assert len(paragraphs) == 2
    assert "\n" not in paragraphs[0].text


def test_markup_like_text_is_kept_literally() -> None:
    text = (
        "The report, marked [bold] in the original and closed with [/], said the talks had "
        "failed and that both sides would meet again in [red]March[/red] at the earliest.\n"
    )
    (paragraph,) = parse_text(text).paragraphs
    assert "[bold]" in paragraph.text and "[/]" in paragraph.text and "[red]" in paragraph.text


def test_cues() -> None:
    assert is_furniture("Image source: shutterstock")
    assert is_furniture("Related Articles")
    assert is_furniture("Share this article")
    assert not is_furniture("Share prices fell sharply on Monday after the announcement.")
    assert byline_name("Author: Nicholas Castillo") == "Nicholas Castillo"
    assert byline_name("By Jane Doe | Reuters") == "Jane Doe"
    assert byline_name("By the end of the year, the army had withdrawn.") is None
    assert date_line("Oct 31, 2023") == date(2023, 10, 31)
    assert date_line("First Published: Tuesday, November 19, 2019 08:38 AM") == date(2019, 11, 19)
    assert (
        date_line("In 2023 the talks stalled in May.") is None
    )  # running text, too long / no date


def test_tail_opener_stops_the_article_before_teasers() -> None:
    body = "This sentence is long enough to count as real prose in the article body here."
    blocks = [body, body + " Again.", "Related Articles", "A teaser headline", "Another one ..."]
    _, first, end = article_lines(blocks)
    assert (first, end) == (0, 2)


def test_a_short_note_with_one_wrapped_paragraph_keeps_its_title() -> None:
    text = (
        "The River Islands Question\n\n"
        "Freedonia has long been wary of its larger neighbour. The river islands remain"
        " disputed, and\n"
        "the Northern Alliance has offered to mediate between the two capitals.\n"
    )
    article = parse_text(text)
    assert article.meta.title == "The River Islands Question"
    assert [paragraph.text for paragraph in article.paragraphs] == [
        "Freedonia has long been wary of its larger neighbour. The river islands remain disputed,"
        " and the Northern Alliance has offered to mediate between the two capitals."
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Oct 31, 2023", date(2023, 10, 31)),
        ("Tuesday, October 31, 2023", date(2023, 10, 31)),
        ("31 October 2023", date(2023, 10, 31)),
        ("Sept 5, 2021", date(2021, 9, 5)),
        ("2023-10-31", date(2023, 10, 31)),
        ("Updated: 19.11.2019", date(2019, 11, 19)),
        ("Oct 32, 2023", None),
        ("Octopus 3, 2023", None),
        ("In 2023 the talks stalled in May.", None),
    ],
)
def test_date_lines(line: str, expected: date | None) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.",
        "Former DNC chairman calls for Clinton contingency plan.",
    ],
)
def test_a_headline_on_the_first_line_is_the_title(headline: str) -> None:
    body = [
        "A Bloomberg poll shows that Americans in households making $100,000 or more have moved"
        " away from the party in favour of its rival, according to the survey released today.",
        "The gap is within the margin of error, but it has held for three months in a row now.",
        "Analysts said the shift was driven by concerns over trade and the deficit this year.",
    ]
    article = parse_text("\n\n".join([headline, *body]))
    assert article.meta.title == headline.removesuffix(".")
    assert [paragraph.text for paragraph in article.paragraphs] == body


@pytest.mark.parametrize(
    "line",
    [
        "The Times is committed to publishing a diversity of letters to the editor.",
        "As you comment, please be respectful of other commenters and other viewpoints.",
        "If you buy something through this post, IGN may get a share of the sale.",
        "We may earn a commission when you buy through links on our site.",
    ],
)
def test_reader_notices_at_the_foot_of_a_page_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "If you buy something in Moscow today, you pay in roubles that have lost a third of "
        "their value.",
        "The government is committed to publishing the audit before the election.",
    ],
)
def test_article_sentences_near_those_notices_are_not(line: str) -> None:
    assert not is_furniture(line)
