"""HTML pages through trafilatura, keeping the headings the page wrote.

trafilatura (imported here, lazily: it costs about 175 ms, which the text path never pays) finds
the main content and the metadata. Its XML body is walked rather than its text output, so
`<head>` elements become `Heading`s and lists, quotes and table rows become paragraphs. The page's
own URL (`<link rel=canonical>` or `og:url`) is passed in when present, as trafilatura resolves
and filters better with it. Paragraphs that are known furniture (share lines, credits) are
dropped with the same classifier the raw-text path uses.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path
from typing import Any

from briefing.errors import IngestError
from briefing.ingest.body import html_body
from briefing.ingest.boilerplate import is_furniture
from briefing.ingest.html_limits import tame
from briefing.ingest.html_meta import declared
from briefing.ingest.metadata import join_names, split_site_suffix
from briefing.model import Article, Heading, Metadata, Paragraph, SourceFormat

_CANONICAL = re.compile(
    r"""<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"'>\s]+)"""
    r"""|<link\b[^>]*\bhref=["']([^"'>\s]+)["'][^>]*\brel=["']?canonical""",
    re.I,
)
_OG_URL = re.compile(
    r"""<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"'>\s]+)"""
    r"""|<meta\b[^>]*\bcontent=["']([^"'>\s]+)["'][^>]*\bproperty=["']og:url""",
    re.I,
)
_SPACES = re.compile(r"\s+")
_HEADING_LEVEL = re.compile(r"h([1-6])")


def page_url(html: str) -> str | None:
    """The page's own address from its canonical link or og:url, if it states one."""
    head = html[:200_000]
    for pattern in (_CANONICAL, _OG_URL):
        match = pattern.search(head)
        if match:
            url = match.group(1) or match.group(2)
            if url.startswith(("http://", "https://")):
                return url
    return None


def parse_html(html: str, path: Path | None = None, url: str | None = None) -> Article:
    """Main text, headings and metadata of an HTML page; `url` is where it was fetched from
    (briefing/ingest/web.py), used when the page does not state its own address."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    html, limited = tame(html, path)  # depth and size within the parser's reach (html_limits)
    url = page_url(html) or url
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_formatting=True,
        include_tables=True,
    )
    if document is None or isinstance(document, dict) or document.body is None:
        raise IngestError(f"{path}: no article text found in this HTML page")
    paragraphs, headings = _walk(document.body)
    found = html_body(paragraphs, headings)
    paragraphs, headings = list(found.paragraphs), list(found.headings)
    if not paragraphs:
        raise IngestError(f"{path}: no article text found in this HTML page")
    page = declared(html)
    found_title, site = split_site_suffix(_clean(document.title) or "")
    authors = page.authors or tuple(
        name for name in (_clean(part) for part in (document.author or "").split(";")) if name
    )
    meta = Metadata(
        title=page.title or found_title or (path.stem if path else "Untitled"),
        author=join_names(authors),
        published=page.published or _iso_date(document.date),
        source=page.source or _clean(document.sitename) or site,
        url=url or _clean(document.url),
        path=path,
        format=SourceFormat.HTML,
        authors=authors,
        warnings=limited,
    )
    # The page's own headline often opens the body as a heading: it is the title, not a section.
    headings = [h for h in headings if not (h.before == 0 and h.title == meta.title)]
    return Article(
        meta,
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
        tuple(headings),
        standfirst=found.standfirst,
        notes=found.notes,
    )


def _walk(body: Any) -> tuple[list[str], list[Heading]]:
    """Paragraphs and headings from trafilatura's XML body, in document order."""
    paragraphs: list[str] = []
    headings: list[Heading] = []

    def add(text: str) -> None:
        if text and not is_furniture(text):
            paragraphs.append(text)

    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "head":
            title = _text(element)
            if title:
                level = _HEADING_LEVEL.fullmatch(element.get("rend", "h2") or "h2")
                headings.append(Heading(title, len(paragraphs), int(level[1]) if level else 2))
        elif tag == "list":
            for item in element.iter("item"):
                add(_text(item))
        elif tag == "table":
            for row in element.iter("row"):
                add(" | ".join(cell for cell in (_text(c) for c in row) if cell))
        elif tag == "quote" and len(element):
            for child in element:
                add(_text(child))
        else:
            add(_text(element))
    return paragraphs, headings


def _text(element: Any) -> str:
    """An element's words with whitespace runs collapsed (line breaks within it become spaces)."""
    return _SPACES.sub(" ", "".join(element.itertext())).strip()


def _clean(value: str | None) -> str | None:
    return _SPACES.sub(" ", value).strip() or None if value else None


def _iso_date(value: str | None) -> date | None:
    """trafilatura gives dates as YYYY-MM-DD strings."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
