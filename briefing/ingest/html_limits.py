"""HTML made safe to hand to the parser: nesting within its depth limit, size within a bound.

libxml2, under lxml and so under trafilatura, stops building the tree at 256 levels of nesting
("Excessive depth in document") and drops everything below without a word: a page of unclosed
`<div><span>` lost 97% of its text. For such a page (and only one the parser really gives up
on: every other page is passed on exactly as written), `flatten` walks the tags once and, where
the nesting would pass `MAX_DEPTH`, closes the innermost open elements first, so the text stays
and only the wrappers around it end early. Elements HTML closes by itself are closed the same
way (a `<p>` by the next block, an `<li>` by the next `<li>`), so old-style pages that never
write `</p>` do not count as deep.

Size: trafilatura takes 10-30 s a megabyte of markup, more as pages grow, so `bound` first
drops what holds no article text (scripts other than JSON-LD metadata, styles, inline SVG, comments) and then, if
the page is still over `HTML_CHARACTERS`, cuts it at a tag boundary and returns a warning that
says how much was not read. The figures are in bench/memory.py.
"""

from __future__ import annotations

import re
from pathlib import Path

PARSER_DEPTH = 256
"""libxml2's nesting limit without XML_PARSE_HUGE: deeper elements and their text are dropped."""
MAX_DEPTH = 64
"""Deepest nesting a flattened page keeps: far under the parser's limit, because trafilatura's
cost grows with depth (a 1 MB page nested 200 deep took 53 s, 64 deep 18 s, under load), and
above any real page's (20-40 levels)."""
HTML_CHARACTERS = 1_000_000
"""Characters of markup (after scripts, styles and comments go) that are read: five times the
largest of the 50 corpus pages once its scripts go (203,380 of 266,253; the 1.09 MB page is
65,087), and about 8 s of trafilatura on an idle machine (its cost grows faster than the page:
5 MB took 380 s under load). Dropping the noise changes no corpus page's extraction."""

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr basefont bgsound "
    "frame keygen command".split()
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noscript"})
_BLOCK = frozenset(
    "address article aside blockquote details dialog dd div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table ul".split()
)
"""Start tags that close an open <p> (the HTML standard's list, less a few rare ones)."""
_SELF_CLOSING = {
    "li": frozenset({"ul", "ol"}),
    "dt": frozenset({"dl"}),
    "dd": frozenset({"dl"}),
    "tr": frozenset({"table", "tbody", "thead", "tfoot"}),
    "td": frozenset({"tr", "table"}),
    "th": frozenset({"tr", "table"}),
    "option": frozenset({"select", "datalist"}),
}
"""An element closed by the start of another of its kind, up to its container."""
_NOISE = re.compile(
    r"<!--.*?-->"
    r"|<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>"
    r"|<style\b[^>]*>.*?</style\s*>"
    r"|<svg\b[^>]*>.*?</svg\s*>",
    re.I | re.S,
)


def tame(html: str, path: Path | None = None) -> tuple[str, tuple[str, ...]]:
    """`html` bounded in size and flattened in depth, and warnings (one line each)."""
    html, warnings = bound(html, path)
    return flatten(html), warnings


def bound(html: str, path: Path | None = None) -> tuple[str, tuple[str, ...]]:
    """`html` within `HTML_CHARACTERS`: noise dropped, then a cut at a tag boundary."""
    if len(html) <= HTML_CHARACTERS:
        return html, ()
    html = _NOISE.sub(" ", html)  # can be slow on pathological input, but it is linear
    if len(html) <= HTML_CHARACTERS:
        return html, ()
    cut = html.rfind(">", 0, HTML_CHARACTERS) + 1 or HTML_CHARACTERS
    where = f"{path}: " if path else ""
    warning = (
        f"{where}the page's markup is read up to {cut:,} of {len(html):,} characters (the "
        f"limit is {HTML_CHARACTERS:,}, after scripts and styles); the text after that was "
        "not read"
    )
    return html[:cut], (warning,)


def flatten(html: str, max_depth: int | None = None) -> str:
    """`html` with no element nested deeper than `max_depth` (`MAX_DEPTH`; see the module)."""
    max_depth = MAX_DEPTH if max_depth is None else max_depth
    if _unclosed_estimate(html) <= PARSER_DEPTH or not too_deep(html):
        return html  # the parser reads it all: leave it exactly as written
    out: list[str] = []
    stack: list[str] = []
    position = 0
    raw_until: re.Pattern[str] | None = None
    for match in _TAG.finditer(html):
        if match.start() < position:
            continue
        closing, name = match.group(1), match.group(2).lower()
        if raw_until is not None:  # inside <script> or <style>: only its end tag counts
            if not (closing and name == stack[-1]):
                continue
            raw_until = None
        out.append(html[position : match.start()])
        position = match.end()
        tag = match.group(0)
        if closing:
            if name in stack:
                while stack:
                    if stack.pop() == name:
                        break
                out.append(tag)
            continue  # an end tag for nothing open: dropped, as the parser would
        if name in _VOID or match.group(3).rstrip().endswith("/"):
            out.append(tag)
            continue
        _close_implied(name, stack, out)
        if len(stack) >= max_depth:
            keep = max_depth // 2
            out.extend(f"</{open_}>" for open_ in reversed(stack[keep:]))
            del stack[keep:]
        stack.append(name)
        out.append(tag)
        if name in _RAW_TEXT:
            raw_until = _TAG
    out.append(html[position:])
    return "".join(out)


def _close_implied(name: str, stack: list[str], out: list[str]) -> None:
    """Pop (and write the end tags of) elements that HTML closes when `name` starts."""
    if name in _BLOCK and stack and stack[-1] == "p":
        stack.pop()
        out.append("</p>")
    containers = _SELF_CLOSING.get(name)
    if containers is None:
        return
    for index in range(len(stack) - 1, -1, -1):
        if stack[index] in containers:
            return
        if stack[index] == name:
            out.extend(f"</{open_}>" for open_ in reversed(stack[index:]))
            del stack[index:]
            return


def too_deep(html: str) -> bool:
    """Whether libxml2 (through lxml, as trafilatura parses) gives up on the page's depth."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except (ValueError, lxml.etree.LxmlError):
        return False
    return any("excessive depth" in entry.message.lower() for entry in parser.error_log)


def _unclosed_estimate(html: str) -> int:
    """Start tags less end tags: an upper bound on how deep the page can nest (void elements
    and implied ends make it over-count, which only means `flatten` walks the page)."""
    return html.count("<") - 2 * html.count("</") - html.count("<!")
