"""HTML past the parser's reach: deep nesting keeps its text, a huge page is cut with a warning
(issue 14, classes 3 and 6)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import briefing.ingest.html_limits as limits
from briefing.ingest import load_article


def sentence(number: int) -> str:
    return f"Officials said meeting {number} in Yerevan was likely to settle question {number * 7}."


def _parse(html: str) -> tuple[str, list[str]]:
    parser = lxml.html.HTMLParser()
    tree = lxml.html.document_fromstring(html, parser=parser)
    return tree.text_content(), [entry.message for entry in parser.error_log]


@pytest.mark.parametrize("shape", ["<div>{}", "<div><p><span><b>{}", "<section><div>{}</div>"])
def test_nesting_past_the_parser_limit_loses_no_text(shape: str) -> None:
    body = "".join(shape.format(sentence(n)) for n in range(1500))
    html = f"<html><head><title>Deep</title></head><body>{body}</body></html>"
    lost, errors = _parse(html)
    assert any("depth" in error.lower() for error in errors)  # the parser alone drops text
    assert sentence(1499) not in lost
    kept, errors = _parse(limits.flatten(html))
    assert not any("depth" in error.lower() for error in errors)
    assert all(sentence(n) in kept for n in range(1500))


def test_a_shallow_page_is_left_exactly_as_it_is() -> None:
    html = "<html><body>" + "".join(f"<p>{sentence(n)}</p>" for n in range(400)) + "</body></html>"
    assert limits.flatten(html) == html


def test_paragraphs_without_end_tags_stay_paragraphs() -> None:
    """Old pages write `<p>` and never `</p>`: the next block closes it, so 600 of them are not
    600 levels deep and keep their boundaries."""
    items = "".join(f"<li>item {n}" for n in range(300))
    html = (
        "<html><body><article>"
        + "".join(f"<p>{sentence(n)}" for n in range(600))
        + f"<ul>{items}</ul></article></body></html>"
    )
    tree = lxml.html.document_fromstring(limits.flatten(html))
    assert len(tree.findall(".//p")) == 600
    assert len(tree.findall(".//li")) == 300


def test_script_text_is_not_read_as_tags() -> None:
    html = (
        "<html><body>" + "<div>" * 300 + "<script>if (a <b && c> d) {}</script>"
        + sentence(1) + "</body></html>"
    )
    out = limits.flatten(html)
    assert "<script>if (a <b && c> d) {}</script>" in out
    assert sentence(1) in _parse(out)[0]


def test_a_deeply_nested_article_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    body = "".join(f"<div><p>{sentence(n)}" for n in range(400))
    path.write_text(
        f"<!doctype html><html><head><title>Deep page</title></head><body><article>{body}"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    text = " ".join(paragraph.text for paragraph in article.paragraphs)
    assert sentence(399) in text and sentence(0) in text


def test_a_page_over_the_size_bound_is_cut_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "HTML_CHARACTERS", 20_000)
    path = tmp_path / "huge.html"
    paragraphs = "".join(f"<p>{sentence(n)}</p>\n" for n in range(600))
    script = "<script>" + "var x = 1;" * 3000 + "</script>"
    path.write_text(
        f"<!doctype html><html><head><title>Huge page</title>{script}</head><body><article>"
        f"<h1>Huge page</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    (warning,) = article.meta.warnings
    assert "huge.html" in warning and "20,000" in warning and "not read" in warning
    text = " ".join(paragraph.text for paragraph in article.paragraphs)
    assert sentence(5) in text and sentence(599) not in text


def test_noise_alone_brings_a_page_within_the_bound_without_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "HTML_CHARACTERS", 10_000)
    ld = '<script type="application/ld+json">{"author": "A. Writer"}</script>'
    html = (
        "<html><head>" + ld + "<style>" + "p{}" * 5000 + "</style><!--" + "x" * 5000 + "-->"
        "</head><body><p>" + sentence(1) + "</p></body></html>"
    )
    out, warnings = limits.bound(html)
    assert warnings == () and len(out) < 10_000
    assert ld in out and sentence(1) in out
