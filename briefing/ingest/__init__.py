"""Reading files into `Article`s: one entry point, one module per format.

`load_article` checks and decodes the file (`decode.py`), then picks the reader by suffix, or by
sniffing the start of the text when the suffix says nothing: HTML (`html.py`, trafilatura loaded
only then), Markdown (`markdown.py`), a curated YAML briefing (`yaml_briefing.py`) or raw text
as copied from a web page (`text.py`). Every failure is an `IngestError` whose message names the
file, so the CLI and the TUI can show it on one line.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.errors import IngestError
from briefing.ingest.decode import read_text
from briefing.model import Article

__all__ = ["SUFFIXES", "load_article"]

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".yaml": "yaml",
    ".yml": "yaml",
}
"""Suffix to reader; anything else is sniffed."""

_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<!--)", re.I)
_FRONT_MATTER = re.compile(r"^---\s*\n")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)


def format_of(path: Path, text: str) -> str:
    """Which reader a file needs: its suffix (under any .gz), else what its text looks like."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    if suffixes and suffixes[-1] in SUFFIXES:
        return SUFFIXES[suffixes[-1]]
    if _HTML_START.match(text[:1000]):
        return "html"
    if _FRONT_MATTER.match(text) or _MARKDOWN_HEADING.search(text[:5000]):
        return "markdown"
    return "text"


def load_article(path: Path) -> Article:
    """Read any supported file into an article; every failure is an `IngestError`."""
    path = Path(path)
    text = read_text(path)
    kind = format_of(path, text)
    try:
        if kind == "html":
            from briefing.ingest.html import parse_html

            return parse_html(text, path)
        if kind == "markdown":
            from briefing.ingest.markdown import parse_markdown

            return parse_markdown(text, path)
        if kind == "yaml":
            from briefing.ingest.yaml_briefing import parse_briefing

            return parse_briefing(text, path)
        from briefing.ingest.text import parse_text

        return parse_text(text, path)
    except IngestError:
        raise
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        raise IngestError(f"{path}: cannot read as {kind}: {error}") from None
