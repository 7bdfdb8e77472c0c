"""Generated files through ingest -> analysis -> JSON/YAML -> export: nothing but a
`BriefingError` may escape, and every briefing keeps its invariants (issue 6).

Files are written to tmp_path and read back with `load_article`, so decoding, format sniffing
and the readers are all on the path. The examples are derandomized (the "robustness" profile in
robustness_strategies.py), so CI runs the same cases every time.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.analysis.pipeline import analyze
from briefing.errors import BriefingError
from briefing.ingest import load_article
from briefing.model import Briefing
from tests.unit.robustness_strategies import (
    ROBUST,
    article_texts,
    check_briefing,
    check_exports,
    check_serialized,
)

SUFFIXES = ("article.txt", "article.md", "article.html", "article", "article.text")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding, errors="replace")


def load_or_refuse(path: Path) -> Briefing | None:
    """The briefing of a file, or None when it was refused with a one-line message."""
    try:
        article = load_article(path)
    except BriefingError as error:
        message = str(error)
        assert message.strip() and "\n" not in message, f"unclear refusal: {message!r}"
        assert "Traceback" not in message
        return None
    return analyze(article)


def run_everything(path: Path) -> Briefing | None:
    briefing = load_or_refuse(path)
    if briefing is not None:
        check_briefing(briefing)
        check_serialized(briefing)
        check_exports(briefing)
    return briefing


@ROBUST
@given(text=article_texts(), name=st.sampled_from(SUFFIXES), encoding=st.sampled_from(ENCODINGS))
@example(text="x", name="article.txt", encoding="utf-8")
@example(
    text="[bold]not bold[/bold] [1] [sic] [/x] \x1b[31mred\x1b[0m", name="a.md", encoding="utf-8"
)
@example(text="\u202eRussia \u201cwe\u201d said\u202c", name="article.txt", encoding="utf-8")
@example(text="\x00" * 3 + "Russia", name="article.txt", encoding="utf-8")
@example(text="<html><body><p>[b]x[/]</p></body></html>", name="article", encoding="utf-8")
def test_any_text_file_is_read_or_refused_clearly(
    tmp_path_factory: pytest.TempPathFactory, text: str, name: str, encoding: str
) -> None:
    path = tmp_path_factory.mktemp("article") / name
    path.write_bytes(_encode(text, encoding))
    run_everything(path)


@ROBUST
@given(data=st.binary(min_size=0, max_size=600), name=st.sampled_from((*SUFFIXES, "a.yaml")))
@example(data=b"\x1f\x8b\x08\x00garbage", name="article.txt")
@example(data=b"\xff\xfe\x00", name="article.txt")
@example(data=b"\xfe\xff\xd8\x00", name="article.txt")
@example(data=b"\xef\xbb\xbf", name="article.md")
def test_any_bytes_are_read_or_refused_clearly(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, name: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / name
    path.write_bytes(data)
    run_everything(path)


@ROBUST
@given(
    title=article_texts(max_fragments=8),
    body=article_texts(max_fragments=60),
    heading=article_texts(max_fragments=6),
)
def test_markdown_with_front_matter_and_headings(
    tmp_path_factory: pytest.TempPathFactory, title: str, body: str, heading: str
) -> None:
    front = f"---\ntitle: {title!r}\nauthor: [b]x[/]\ndate: 2023-10-31\n---\n"
    text = f"{front}# {title}\n\n{body}\n\n## {heading}\n\n{body[::-1]}\n"
    path = tmp_path_factory.mktemp("md") / "article.md"
    path.write_text(text, encoding="utf-8")
    run_everything(path)


LONG_WORDS = "Russia warned Armenia on October 13 that it is likely to act. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("x", id="one-character"),
        pytest.param("R", id="one-capital"),
        pytest.param("\u201c", id="one-quote-mark"),
        pytest.param(LONG_WORDS * 16_000, id="one-million-character-paragraph"),
        pytest.param("a" * 1_000_000, id="one-million-character-word"),
        pytest.param(("word " * 200 + "\n") * 1000, id="lines-without-paragraph-breaks"),
        pytest.param("\u201c" * 20_000 + "Russia" + "\u201d" * 20_000, id="unbalanced-quotes"),
        pytest.param("[" * 50_000 + "]" * 50_000, id="deep-brackets"),
    ],
)
def test_tiny_and_gigantic_paragraphs(tmp_path: Path, text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    briefing = run_everything(path)
    assert briefing is not None, "plain text is an article, however short or long"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "中华人民共和国外交部发言人表示，中国政府坚决反对。俄罗斯说这很可能发生。" * 30,
            id="chinese",
        ),
        pytest.param("ＦＵＬＬＷＩＤＴＨ " * 400, id="fullwidth"),
        pytest.param("\U0001f600" * 300 + " Russia warned.", id="emoji"),
    ],
)
def test_wide_characters_fit_80_columns(tmp_path: Path, text: str) -> None:
    """A Chinese character takes two columns on a terminal and on a printed page."""
    path = tmp_path / "article.md"
    path.write_text(f"# {text[:300]}\n\n{text}\n\n{text}\n", encoding="utf-8")
    briefing = run_everything(path)
    assert briefing is not None


def test_escape_codes_never_reach_an_exported_page(tmp_path: Path) -> None:
    from briefing.export import render

    path = tmp_path / "article.md"
    path.write_text(
        "# Title \x1b]0;pwned\x07 \x1b[2J\n\n"
        "Russia said \x1b[31mred\x1b[0m \x1b]52;c;ZXZpbA==\x07 it is likely.\n",
        encoding="utf-8",
    )
    briefing = run_everything(path)
    assert briefing is not None
    text = render(briefing, "txt")[0].decode("utf-8")
    assert "\x1b" not in text and "␛]0;pwned" in text


_TAGS = ("p", "h1", "h2", "h3", "div", "article", "section", "li", "pre", "blockquote", "td", "a")


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """Nested tags around hostile text, sometimes left unclosed or with scripts and comments."""
    parts = ["<!doctype html><html><head><title>", draw(article_texts(max_fragments=5))]
    parts.append("</title></head><body>")
    for _ in range(draw(st.integers(1, 12))):
        tag = draw(st.sampled_from(_TAGS))
        depth = draw(st.integers(1, 4))
        parts.append(f"<{tag}>" * depth)
        parts.append(draw(article_texts(max_fragments=25)).replace("<", "&lt;"))
        extra = draw(st.sampled_from(("", "<br>", "<script>x()</script>", "<!-- c -->", "&#0;")))
        parts.append(extra)
        if draw(st.booleans()):
            parts.append(f"</{tag}>" * depth)
    parts.append("</body></html>")
    return "".join(parts)


@settings(ROBUST, max_examples=25 if ROBUST.max_examples <= 60 else ROBUST.max_examples)
@given(document=html_documents())
def test_html_pages(tmp_path_factory: pytest.TempPathFactory, document: str) -> None:
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(document, encoding="utf-8")
    run_everything(path)


@settings(ROBUST, max_examples=6 if ROBUST.max_examples <= 60 else ROBUST.max_examples // 10)
@given(text=article_texts(max_fragments=80))
def test_pdf_on_a_few_generated_articles(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    """Typst is slower, so only a handful: hostile text passed as data still makes one page."""
    path = tmp_path_factory.mktemp("pdf") / "article.txt"
    path.write_text(text, encoding="utf-8")
    briefing = load_or_refuse(path)
    if briefing is not None:
        check_exports(briefing, ("pdf",))
