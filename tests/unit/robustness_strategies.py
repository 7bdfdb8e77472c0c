"""Hypothesis strategies and invariant checks shared by the robustness suites (issue 6).

The text strategies mix what analysts actually paste (prose with actors, quotes, dates and
estimative words) with what breaks readers: markup-like brackets, ANSI and OSC escape codes,
control characters and NULs, right-to-left text, wide characters, stray quotation marks and
lines without breaks. The checks state what must hold of every briefing, whatever its input.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from datetime import date

import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from briefing.model import Article, Briefing, Span

_DEEP = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "0"))
"""Set BRIEFING_FUZZ_EXAMPLES=5000 to hunt with fresh random examples; CI leaves it unset."""

# CI must be deterministic: derandomize makes every run try the same examples.
settings.register_profile(
    "robustness",
    derandomize=not _DEEP,
    deadline=None,
    max_examples=_DEEP or 60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
ROBUST = settings.get_profile("robustness")
EXPORTED = date(2026, 1, 1)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What must never reach an exported page: an escape code would act on the terminal, and a
bidi override reorders what follows it (issue 14)."""
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
"""A page object in an (uncompressed object table of a) PDF; Typst writes them in clear."""

MARKUP = (
    "[b]",
    "[/]",
    "[/b]",
    "[link=x]",
    "[link=https://e.com]here[/link]",
    "[@click=app.quit]",
    "[@click=app.quit]q[/]",
    "[bold]not bold[/bold]",
    "[1]",
    "[sic]",
    "[/x]",
    "[",
    "]",
    "[[",
    "\\[",
    "[red on blue]",
    "[$accent]",
    "{{",
    "}}",
    "{0}",
    "%s",
    "<script>alert(1)</script>",
    "<b>",
    "&amp;",
    "#",
    "*",
    "_",
    "`",
    "---",
    "| a | b |",
    "$x$",
    "#set page(height: 1pt)",
    "\\",
)
ESCAPES = (
    "\x1b[31mred\x1b[0m",
    "\x1b[2J",
    "\x1b[?1049h",
    "\x1b]0;title\x07",
    "\x1b]8;;https://e.com\x1b\\link\x1b]8;;\x1b\\",
    "\x1bP+q\x1b\\",
    "\x1b",
    "\x9b31m",
    "\x07",
    "\x08",
    "\x00",
    "\x0c",
    "\x0b",
    "\r",
    "\r\n",
    "\u2028",
    "\u2029",
    "\x85",
    "\ufeff",
    "\u200b",
    "\u200d",
    "\ufffd",
    "\ud7ff",
    "\U0001f600",
    "\u0301",
)
RTL = (
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2069",
    "\u200f",
    "روسيا وأرمينيا",
    "הממשלה אמרה",
    "قال رئيس الوزراء «لن نتراجع»",
)
PROSE = (
    "Russia",
    "the Kremlin",
    "Moscow",
    "Armenia",
    "Yerevan",
    "Prime Minister Nikol Pashinyan",
    "Pashinyan",
    "the CSTO",
    "Collective Security Treaty Organization (CSTO)",
    "the European Union",
    "NATO",
    "Azeri",
    "Vladimir Putin said",
    "warned",
    "accused",
    "\u201cWe will not retreat,\u201d he said.",
    '"a strategic mistake"',
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u00ab",
    "\u00bb",
    "On October 13,",
    "in January of 2023",
    "2023-10-31",
    "last year",
    "It is likely that",
    "very unlikely",
    "almost certainly",
    "roughly even chance",
    "probably",
    "cannot",
    "Mr.",
    "U.S.",
    "e.g.",
    "...",
    ".",
    ",",
    ";",
    ":",
    "?",
    "!",
    "(",
    ")",
    "-",
    "\u2014",
    "Բարեւ Հայաստան",
    "Россия и Армения",
    "中华人民共和国外交部",
    "ＦＵＬＬＷＩＤＴＨ",
    "The",
    "and",
    "will",
    "government",
    "security",
    "January",
    "Image",
    "Author",
    "Related Articles",
    "Share",
)
SEPARATORS = (" ", " ", " ", "  ", "\n", "\n\n", "\t", "\n\n\n")

fragment = st.one_of(
    st.sampled_from(PROSE),
    st.sampled_from(PROSE),
    st.sampled_from(MARKUP),
    st.sampled_from(ESCAPES),
    st.sampled_from(RTL),
    st.text(min_size=1, max_size=12),
    st.sampled_from(SEPARATORS),
    st.sampled_from(SEPARATORS),
)
"""One piece of an article: prose, hostile tokens, arbitrary Unicode or white space."""


@st.composite
def article_texts(draw: st.DrawFn, max_fragments: int = 120) -> str:
    """A document assembled from fragments; sometimes one long line without breaks."""
    parts = draw(st.lists(fragment, min_size=1, max_size=max_fragments))
    joiner = draw(st.sampled_from(("", " ", "")))
    text = joiner.join(parts)
    if draw(st.booleans()) and len(text) < 2000:
        text = text * draw(st.integers(1, 4))
    return text


def check_span(article: Article, span: Span, what: str) -> None:
    """A span points inside an existing paragraph, start <= end."""
    assert 0 <= span.paragraph < len(article.paragraphs), f"{what}: {span} has no paragraph"
    length = len(article.paragraphs[span.paragraph].text)
    assert 0 <= span.start <= span.end <= length, f"{what}: {span} outside 0..{length}"


def check_briefing(briefing: Briefing) -> None:
    """Every invariant the layers after the analysis rely on."""
    article = briefing.article
    assert article.paragraphs, "an article has at least one paragraph"
    for index, paragraph in enumerate(article.paragraphs):
        assert paragraph.index == index
        assert paragraph.text.strip(), f"paragraph {index} is blank"
    for sentence in briefing.sentences:
        check_span(article, sentence.span, "sentence")
        assert article.text_of(sentence.span) == sentence.text
    for actor in briefing.actors:
        assert actor.name.strip()
        for mention in actor.mentions:
            check_span(article, mention.span, f"mention of {actor.name}")
            assert article.text_of(mention.span) == mention.surface
    for quote in briefing.quotes:
        if quote.span is not None:
            check_span(article, quote.span, "quote")
            assert article.text_of(quote.span) == quote.text
    for judgment in briefing.so_what.key_judgments:
        if judgment.span is not None:
            check_span(article, judgment.span, "judgment")
    for point in (
        briefing.so_what.bottom_line,
        *briefing.so_what.implications,
        *briefing.so_what.watch,
    ):
        if point.span is not None:
            check_span(article, point.span, "so-what point")
    for event in briefing.timeline:
        check_span(article, event.span, "event")
    sections = briefing.sections
    assert sections, "at least one section"
    assert sections[0].first == 0
    assert sections[-1].end == len(article.paragraphs)
    for before, after in itertools.pairwise(sections):
        assert before.end == after.first, f"gap or overlap between {before} and {after}"
    for section in sections:
        assert section.first < section.end, f"empty section {section}"


def check_serialized(briefing: Briefing) -> None:
    """The JSON contract parses back to the same paragraphs; the YAML briefing loads."""
    from briefing.serialize import to_json, to_yaml

    data = json.loads(to_json(briefing))
    paragraphs = [text for section in data["sections"] for text in section["paragraphs"]]
    assert paragraphs == [paragraph.text for paragraph in briefing.article.paragraphs]
    loaded = yaml.safe_load(to_yaml(briefing))
    assert isinstance(loaded, dict) and loaded["title"] == briefing.article.meta.title


def check_exports(briefing: Briefing, formats: tuple[str, ...] = ("md", "txt", "html")) -> None:
    """Each export renders; md and txt fit 66 lines of 80 columns."""
    from briefing.export import render

    for fmt in formats:
        content, _left_out = render(briefing, fmt, exported=EXPORTED)
        assert content
        if fmt == "html":
            controls = CONTROL.findall(content.decode("utf-8"))
            assert not controls, f"html: control characters reach the page: {controls[:3]!r}"
        if fmt in ("md", "txt"):
            text = content.decode("utf-8")
            lines = text.split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            assert len(lines) <= 66, f"{fmt}: {len(lines)} lines"
            wide = [line for line in lines if cell_len(line) > 80]
            assert not wide, f"{fmt}: line over 80 columns: {wide[0]!r}"
            controls = CONTROL.findall(text)
            assert not controls, f"{fmt}: control characters reach the page: {controls[:3]!r}"
        if fmt == "pdf":
            assert content.startswith(b"%PDF")
            pages = len(PDF_PAGE.findall(content))
            assert pages == 1, f"pdf: {pages} pages"
