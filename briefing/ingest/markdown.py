"""Markdown: headings make sections, YAML front matter gives metadata.

Parsed with markdown-it-py (already installed with rich), so setext headings, lists, quotes and
fenced code all come out right without hand-written rules. Each block becomes a paragraph (a list
item is one paragraph); inline markup is reduced to its words: emphasis markers go, a link keeps
its text and loses its address, images are dropped, inline code keeps its content. Text that only
looks like markup to Rich ("[bold]", "[/]") is plain text here and stays as written.

The front matter (`front_matter.py`: title, description, author or authors, date, published,
created, source or site, url) and the metadata block of crawl captures give the metadata;
author bios and footer lines (`metadata.py`) complete what they leave out.
Without a front matter title the first level-1 heading is the title and opens no section; with
one, a level-1 heading that opens the document and is its only one is the title too (clippers
set "# Title" under the front matter), so the standfirst under it is read as one.
Without a front matter author, a byline line near the top ("By Jane Doe") names the authors.
A page capture (paragraphs one a line) with neither front matter nor such a heading has its
header read as page text is (`text.page_metadata`): headline, byline, date line, site.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.errors import IngestError
from briefing.ingest.body import markdown_body
from briefing.ingest.front_matter import (
    FrontFields,
    capture_fields,
    read_fields,
    split_front_matter,
)
from briefing.ingest.metadata import (
    bio_affiliation,
    complete_authors,
    join_names,
    labelled_byline,
    republished_by,
    site_of_url,
    source_in_lines,
    split_site_suffix,
)
from briefing.model import Article, Heading, Metadata, Paragraph, SourceFormat

_SPACES = re.compile(r"[ \t]+")
_PARSER = MarkdownIt("commonmark")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_MARKUP = re.compile(r"[_*`>#]+|!?\[([^\]]*)\]\([^)]*\)")
_HEADER_LINES = 80
"""Lines of a page capture without front matter read as its header (menus, kicker, headline,
byline, date) and opening: reading the whole page again as text would double the cost of a
long one; its bios and footer are read from all its lines below."""
_BYLINE_REACH = 30
"""Lines from the top of the body in which a byline ("By Jane Doe") stands, when the front
matter names no author: a page capture's header (menu, kicker, headline, byline, date)."""


def parse_markdown(text: str, path: Path | None = None) -> Article:
    """Paragraphs, headings and metadata of a Markdown document."""
    front = split_front_matter(text, path)
    body = front.body
    fields = read_fields(front.fields, path)
    untrusted = None  # a malformed block's title ("oops): the first heading goes first
    if front.malformed and fields.title:
        untrusted = fields.title.strip("\"' ") or None
        fields = replace(fields, title=None)
    capture = capture_fields(body) if not front.fields else {}
    if capture:
        fields = _capture_metadata(capture, body, path)
    paragraphs: list[str] = []
    headings: list[Heading] = []
    title = fields.title
    tokens = _PARSER.parse(body)
    leading = _leading_title(tokens)
    for position, token in enumerate(tokens):
        if token.type == "heading_open":
            words = _inline(tokens[position + 1])
            level = int(token.tag[1])
            if not words:
                continue
            if title is None and level == 1 and not _DOMAIN.fullmatch(words):
                title = split_site_suffix(words)[0]
                continue
            if words == leading:
                continue  # "# Title" under front matter that names it: the title, not a section
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
        leading or (title if title != fields.title else None),
        _text_field(front.fields.get("description")),
    )
    if found.paragraphs or not paragraphs:
        paragraphs, headings = list(found.paragraphs), list(found.headings)
    if found.page and not front.fields and not capture and title is None:
        # A page capture with no front matter and no "# Title": its header (masthead,
        # headline, byline, date line) reads as a browser copy's does.
        top = "\n".join([line for line in body.splitlines() if line.strip()][:_HEADER_LINES])
        fields = _capture_metadata({}, top, path)
        title = fields.title
    if not paragraphs:
        raise IngestError(f"{path}: no paragraphs of text in this Markdown file")
    lines = _plain_lines(body)
    names, et_al = fields.authors, fields.et_al
    if not names and (found_byline := labelled_byline(lines[:_BYLINE_REACH])):
        names, et_al = found_byline.names, found_byline.et_al  # "By Jane Doe" under the title
    authors = complete_authors(names, et_al, lines)
    warnings = (front.warning,) if front.warning else ()
    meta = Metadata(
        title=title or untrusted or (path.stem if path else "Untitled"),
        author=join_names(authors),
        published=fields.published,
        source=fields.source
        or republished_by(lines)
        or source_in_lines(lines)
        or site_of_url(fields.url)
        or bio_affiliation(lines),
        url=fields.url,
        path=path,
        format=SourceFormat.MARKDOWN,
        authors=authors,
        warnings=warnings + fields.warnings,
    )
    headings = [h for h in headings if h.before <= len(paragraphs)]
    return Article(
        meta,
        tuple(Paragraph(index, words) for index, words in enumerate(paragraphs)),
        tuple(headings),
        standfirst=found.standfirst,
        notes=found.notes,
    )


def _leading_title(tokens: list[Token]) -> str | None:
    """The words of a level-1 heading that opens the document and is its only one: the title
    as clippers set it under the front matter ("# Harbours of Influence: ..."), not a section;
    the standfirst under it is then read as one. None otherwise (several level-1 headings are
    the document's parts; a crawl capture's "# domain" is not a title)."""
    level_one = [
        position
        for position, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag == "h1"
    ]
    first = next((token for token in tokens if token.type.endswith("_open") or token.type in (
        "fence", "code_block", "hr", "html_block")), None)
    if len(level_one) != 1 or first is not tokens[level_one[0]]:
        return None
    words = _inline(tokens[level_one[0] + 1])
    return words if words and not _DOMAIN.fullmatch(words) else None


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


def _plain_lines(body: str) -> list[str]:
    """The body's non-empty lines with inline markup reduced to words, for bios and footers."""
    lines = (" ".join(_MARKUP.sub(r"\1", line).split()) for line in body.splitlines())
    return [line for line in lines if line]


def _capture_metadata(capture: dict[str, Any], body: str, path: Path | None) -> FrontFields:
    """A crawl capture's metadata: its `## Metadata` items give the URL, and the page text
    under `## Content` is read as a browser copy (masthead, headline, byline, date)."""
    from briefing.ingest.text import page_metadata

    keys = {key.lower(): value for key, value in capture.items()}
    url = keys.get("url") or None
    content = re.split(r"^##\s+Content\s*$", body, maxsplit=1, flags=re.M)
    page = content[1] if len(content) == 2 else body
    page = re.split(r"^##\s+\S", page, maxsplit=1, flags=re.M)[0]
    found = page_metadata(page)
    return FrontFields(
        title=found.title,
        authors=found.authors,
        published=found.published,
        source=found.source,
        url=url if isinstance(url, str) and url.startswith("http") else None,
    )
