"""Metadata read from real pages (../shared/corpus/extraction), against what each page declares.

The truth for a page is what its HTML states about itself: the headline in `og:title` (else
`<title>`), the date in JSON-LD `datePublished` (else `article:published_time`), the authors in
JSON-LD `author` (else `<meta name="author">`). Issue 10 defines the measures:

- title: right when the word Jaccard of the ingested title and the declared one is at least 0.7
  (the policy-dev rule), the declared title taken as written or less its last " | Site",
  " - Site" segment (issue 10 asks for headlines without site suffixes; og:title often has one);
- date: right when the ingested `published` is the declared day;
- author: right when the last word of every declared author is a word of the ingested author
  (a declared author is read less its byline furniture: a leading "By" and what follows a
  comma or a bar, "Troy L. Smith, Cleveland.com" being Troy L. Smith).

Each is a ratio over the pages that declare the field. Two sets are scored, like the body
measure: `pagetext/ID.txt` (the whole page's text, read as a browser copy) and `html/ID.html.gz`.
A page the ingest refuses counts as wrong.
"""

from __future__ import annotations

import gzip
import html as html_lib
import json
import re
from pathlib import Path
from typing import Any

from briefing.errors import IngestError
from briefing.ingest import load_article
from briefing.model import Metadata

_WORD = re.compile(r"\w+")
_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|:)\s+[^|–—]+$")


def _words(text: str | None) -> list[str]:
    return [word.lower() for word in _WORD.findall(text or "")]


def _ld_objects(node: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object, @graph and lists flattened."""
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found += _ld_objects(item)
    elif isinstance(node, dict):
        found.append(node)
        for key in ("@graph", "mainEntity"):
            if key in node:
                found += _ld_objects(node[key])
    return found


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def declared(page: str) -> dict[str, Any]:
    """{"title", "date", "authors"} as the page's og:title, JSON-LD and meta tags state them."""
    metas: dict[str, str] = {}
    for tag in _META.findall(page):
        attrs = {key.lower(): a or b or c for key, a, b, c in _ATTR.findall(tag)}
        name = (attrs.get("property") or attrs.get("name") or "").lower()
        if name and "content" in attrs:
            metas.setdefault(name, html_lib.unescape(attrs["content"]).strip())
    date = authors = None
    for block in _LD.findall(page):
        try:
            parsed = json.loads(block.strip())
        except ValueError:
            continue
        for item in _ld_objects(parsed):
            if date is None and isinstance(item.get("datePublished"), str):
                date = item["datePublished"][:10]
            if authors is None and _names(item.get("author")):
                authors = _names(item.get("author"))
    title_tag = _TITLE.search(page)
    title = metas.get("og:title") or (
        html_lib.unescape(title_tag.group(1)).strip() if title_tag else None
    )
    date = date or (metas.get("article:published_time") or "")[:10] or None
    if authors is None and metas.get("author"):
        authors = [metas["author"]]
    return {"title": title or None, "date": date, "authors": authors}


def right(meta: Metadata | None, truth: dict[str, Any]) -> dict[str, bool | None]:
    """Per field: True/False, or None when the page declares nothing for it."""
    result: dict[str, bool | None] = {"title": None, "date": None, "author": None}
    if truth["title"]:
        got = set(_words(meta.title if meta else None))
        result["title"] = False
        for variant in (truth["title"], _SITE_SUFFIX.sub("", truth["title"])):
            gold = set(_words(variant))
            if gold | got and len(gold & got) / len(gold | got) >= 0.7:
                result["title"] = True
    if truth["date"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", truth["date"]):
        got_date = meta.published.isoformat() if meta and meta.published else None
        result["date"] = got_date == truth["date"]
    if truth["authors"]:
        got_words = set(_words(meta.author if meta else None))
        result["author"] = all(
            (_words(_person(name)) or [""])[-1] in got_words for name in truth["authors"]
        )
    return result


def _person(declared_author: str) -> str:
    """The name in a declared author less its byline furniture: "By TOM KRISHER, AP Auto
    Writer" -> "TOM KRISHER", "Troy L. Smith, Cleveland.com" -> "Troy L. Smith"."""
    name = re.sub(r"^\s*by\s+", "", declared_author, flags=re.I)
    return re.split(r"\s*[,|]\s+|\.\s+(?=[A-Z])", name)[0]


def _meta(path: Path) -> Metadata | None:
    try:
        return load_article(path).meta
    except IngestError:
        return None


def scores(corpus: Path, limit: int | None = None) -> dict[str, float]:
    """Title, date and author ratios for whole-page text and for HTML."""
    root = corpus / "extraction"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    tallies: dict[str, list[bool]] = {}
    for page in ids:
        html_path = root / "html" / f"{page}.html.gz"
        stated = declared(gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace"))
        for kind, path in (("pagetext", root / "pagetext" / f"{page}.txt"), ("html", html_path)):
            for field, ok in right(_meta(path), stated).items():
                if ok is not None:
                    tallies.setdefault(f"{kind}_{field}", []).append(ok)
    return {key: sum(values) / len(values) for key, values in sorted(tallies.items())}


if __name__ == "__main__":
    import sys

    default = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    corpus_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    for name, value in scores(corpus_dir).items():
        print(f"{name:<18} {value:.3f}")
