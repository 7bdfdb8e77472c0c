"""What an HTML page declares about itself: JSON-LD (schema.org) and meta tags.

trafilatura reads metadata well but not always as the page states it: it may take a date in
another time zone than the page's own day, miss authors a JSON-LD `author` lists, or keep a
`<title>` with its site prefix. The page's own statements come first here, in this order:

- title: `og:title`, JSON-LD `headline`, then trafilatura's title; a " | Site" suffix goes;
- date: JSON-LD `datePublished`, `article:published_time` (the day as written, before any time
  zone conversion), then trafilatura's date;
- authors: JSON-LD `author` names, then `<meta name="author">` and its kin, then trafilatura's;
- source: `og:site_name`, JSON-LD `publisher.name`, then trafilatura's site name.

Read with regular expressions over the first 400,000 characters and `json.loads`: no DOM is
built, so this costs a few milliseconds beside trafilatura's parse.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from briefing.ingest.metadata import byline, parse_date, split_names, split_site_suffix

__all__ = ["Declared", "declared"]

_REACH = 400_000
_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_AUTHOR_METAS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                 "citation_author", "byl")


@dataclass(frozen=True, slots=True)
class Declared:
    """The page's own title, authors, publication day and site name; None or () if unstated."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None
    source: str | None = None


def _objects(node: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object, with @graph, mainEntity and lists flattened."""
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found += _objects(item)
    elif isinstance(node, dict):
        found.append(node)
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(node.get(key), (dict, list)):
                found += _objects(node[key])
    return found


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        text = " ".join(html_lib.unescape(value).split())
        return [text] if text and not text.startswith(("http://", "https://")) else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _metas(page: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _META.findall(page):
        attrs = {key.lower(): a or b or c for key, a, b, c in _ATTR.findall(tag)}
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = " ".join(html_lib.unescape(attrs.get("content", "")).split())
        if name and content:
            found.setdefault(name, content)
    return found


def _authors(names: list[str]) -> tuple[str, ...]:
    """Names as a byline would give them: "A and B" split, duplicates dropped."""
    result: list[str] = []
    for name in names:
        found = byline(name) or split_names(name)  # "By Jane Doe", "Jane Doe and John Roe"
        result.extend(found.names if found else [name])
    return tuple(dict.fromkeys(result))


def declared(page: str) -> Declared:
    """Title, authors, date and site name as the page's JSON-LD and meta tags state them."""
    head = page[:_REACH]
    metas = _metas(head)
    headline = published = publisher = None
    ld_authors: list[str] = []
    for block in _LD.findall(head):
        try:
            parsed = json.loads(block.strip())
        except ValueError:
            continue
        for item in _objects(parsed):
            if published is None and isinstance(item.get("datePublished"), str):
                published = item["datePublished"][:10]
            if not ld_authors:
                ld_authors = _names(item.get("author"))
            if headline is None and isinstance(item.get("headline"), str):
                headline = " ".join(html_lib.unescape(item["headline"]).split()) or None
            if publisher is None and item.get("publisher"):
                publisher = next(iter(_names(item.get("publisher"))), None)
    title = metas.get("og:title") or headline
    site = None
    if title:
        title, site = split_site_suffix(title)
    day = parse_date(published or (metas.get("article:published_time") or "")[:10] or None)
    meta_authors = [metas[key] for key in _AUTHOR_METAS if key in metas]
    return Declared(
        title=title,
        authors=_authors(ld_authors or _names(meta_authors[:1])),
        published=day.when if day and day.precision == "day" else None,
        source=metas.get("og:site_name") or publisher or site,
    )
