"""Markdown: headings make sections, YAML front matter gives metadata.

Parsed with markdown-it-py (already installed with rich), so setext headings, lists, quotes and
fenced code all come out right without hand-written rules. Each block becomes a paragraph (a list
item is one paragraph); inline markup is reduced to its words: emphasis markers go, a link keeps
its text and loses its address, images are dropped, inline code keeps its content. Text that only
looks like markup to Rich ("[bold]", "[/]") is plain text here and stays as written.

The front matter (title, author, date or published, source, url) is read with yaml.safe_load.
Without a front matter title the first level-1 heading is the title and opens no section.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.errors import IngestError
from briefing.ingest.body import markdown_body
from briefing.model import Article, Heading, Metadata, Paragraph, SourceFormat

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_SPACES = re.compile(r"[ \t]+")
_PARSER = MarkdownIt("commonmark")


def split_front_matter(text: str, path: Path | None) -> tuple[dict[str, Any], str, int]:
    """(front matter mapping, the rest of the text, lines the front matter took)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 0
    from briefing.ingest.yaml_briefing import safe_load

    data = safe_load(match.group(1) or "", path, line_offset=1)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise IngestError(f"{path}: the front matter is not a set of `key: value` fields")
    return data, text[match.end() :], match.group(0).count("\n")


def parse_markdown(text: str, path: Path | None = None) -> Article:
    """Paragraphs, headings and metadata of a Markdown document."""
    front, body, _ = split_front_matter(text, path)
    paragraphs: list[str] = []
    headings: list[Heading] = []
    title = _field(front, "title", path)
    tokens = _PARSER.parse(body)
    for position, token in enumerate(tokens):
        if token.type == "heading_open":
            words = _inline(tokens[position + 1])
            level = int(token.tag[1])
            if not words:
                continue
            if title is None and level == 1:
                title = words
                continue
            headings.append(Heading(words, len(paragraphs), level))
        elif token.type == "inline" and tokens[position - 1].type == "paragraph_open":
            words = _inline(token)
            if words:
                paragraphs.append(words)
        elif token.type in ("fence", "code_block") and token.content.strip():
            paragraphs.append(token.content.strip("\n"))
    found = markdown_body(
        tokens,
        body,
        title if title != _field(front, "title", path) else None,
        _text_field(front.get("description")),
    )
    if found.paragraphs or not paragraphs:
        paragraphs, headings = list(found.paragraphs), list(found.headings)
    if not paragraphs:
        raise IngestError(f"{path}: no paragraphs of text in this Markdown file")
    meta = Metadata(
        title=title or (path.stem if path else "Untitled"),
        author=_author(front, path),
        published=as_date(front.get("date", front.get("published")), "date", path),
        source=_field(front, "source", path),
        url=_field(front, "url", path),
        path=path,
        format=SourceFormat.MARKDOWN,
    )
    headings = [h for h in headings if h.before <= len(paragraphs)]
    return Article(
        meta,
        tuple(Paragraph(index, words) for index, words in enumerate(paragraphs)),
        tuple(headings),
        standfirst=found.standfirst,
        notes=found.notes,
    )


def _text_field(value: Any) -> str | None:
    """A front matter value as text when it is text (the description a standfirst repeats)."""
    return value.strip() or None if isinstance(value, str) else None


def _inline(token: Token) -> str:
    """The words of an inline token: markup markers and link addresses removed."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _SPACES.sub(" ", "".join(parts)).strip()


def _field(front: dict[str, Any], key: str, path: Path | None) -> str | None:
    """A text field of the front matter; numbers are accepted as text, lists and maps are not."""
    value = front.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise IngestError(f"{path}: `{key}` must be text, not a {type(value).__name__}")
    return str(value).strip() or None


def _author(front: dict[str, Any], path: Path | None) -> str | None:
    """`author` as text, or a list of names joined with commas."""
    value = front.get("author", front.get("authors"))
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value) or None
    return _field({"author": value}, "author", path)


def as_date(value: Any, key: str, path: Path | None) -> date | None:
    """A date field: a YAML date, or text python-dateutil can read; anything else is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from dateutil import parser

        try:
            return parser.parse(value).date()
        except (ValueError, OverflowError):
            pass
    raise IngestError(f"{path}: `{key}` is not a date ({value!r}); write it as YYYY-MM-DD")
