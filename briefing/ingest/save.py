"""Saving a fetched page or pasted text into the library folder, never over an existing file.

What is saved for a web page is the extracted article as Markdown with YAML front matter, not
the page's HTML. Markdown keeps the article readable offline in any editor and in `briefing`
alike, holds only the article (a page's HTML is mostly scripts, styles and links to images and
style sheets that would be fetched again), opens without trafilatura (a few ms instead of
~200 ms a page in the library's index), and the front matter carries what the page would lose
once saved: where it came from and when it was saved. Shape:

    ---
    title: As Relations with Russia Falter, Armenia Tries Looking West
    authors: [Nicholas Castillo]
    date: 2023-10-31            # publication date, when the page gives one
    source: Caspian Policy Center
    url: https://example.org/armenia
    saved: 2026-11-30           # the day it was fetched
    description: The standfirst, when the page has one.
    ---

    First paragraph, as extracted.

    ## A heading the page wrote

    ...

Paragraphs are written as the extractor gave them, with the characters Markdown would read
as markup escaped (`\\*`, `\\[`, a leading `#` or `1.`), so reading the file back
(`ingest/markdown.py`) gives the same paragraphs and headings. Endnotes go last under
"## Notes", where the Markdown reader finds them again.

Text from standard input or a paste is saved exactly as given (its suffix from what it is:
.txt, .md or .html), so nothing is lost or rewritten.

File names are made from the title (`slug`: lower case, letters and digits of any script,
hyphens; at most `SLUG_LENGTH` characters, cut between words); a name in use gets -2, -3, ...
and every file is created with O_EXCL, so two saves at once never write over each other.
"""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Article

__all__ = ["SLUG_LENGTH", "SUFFIX_OF", "create_exclusive", "save_article", "slug", "to_markdown"]

SLUG_LENGTH = 60
"""Most characters of a file name's stem made from a title (before -2 and the suffix)."""
SUFFIX_OF = {"text": ".txt", "markdown": ".md", "html": ".html", "yaml": ".yaml"}
"""The suffix text is saved under, by the format `ingest.format_of` found."""
MAX_TRIES = 10_000
"""Numbered names tried before giving up (a folder with thousands of one title is a bug)."""

_WORD = re.compile(r"[^\W_]+")
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
)
"""Names Windows will not create, whatever the suffix."""
_INLINE = re.compile(r"([\\`*_\[\]<>])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BLOCK_START = re.compile(r"^([#>+=~-]|\d{1,9}(?=[.)]))")


def slug(title: str, length: int = SLUG_LENGTH) -> str:
    """A file name stem from a title: "Armenia's Western Turn?" -> "armenia-s-western-turn".

    Accents are dropped (é -> e), other scripts kept ("россия-и-армения"); empty -> "article".
    """
    folded = "".join(
        char
        for char in unicodedata.normalize("NFKD", title)
        if not unicodedata.combining(char)
    )
    stem = ""
    for word in _WORD.findall(folded.lower()):
        candidate = f"{stem}-{word}" if stem else word
        if len(candidate) > length:
            stem = stem or word[:length]
            break
        stem = candidate
    if not stem or stem in _RESERVED:
        stem = f"{stem}-article" if stem else "article"
    return stem


def create_exclusive(directory: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Write `data` to a new file `stem{suffix}` (or `stem-2{suffix}`, ...) in `directory`.

    Never replaces a file: each name is created with O_EXCL. A write that fails (a full disk)
    removes the file it started. Raises `BriefingError` with a one-line message.
    """
    for number in range(1, MAX_TRIES + 1):
        name = f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}"
        path = directory / name
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        except OSError as error:
            raise BriefingError(f"{path}: cannot create: {error.strerror or error}") from None
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
        except OSError as error:
            path.unlink(missing_ok=True)
            raise BriefingError(f"{path}: cannot write: {error.strerror or error}") from None
        return path
    raise BriefingError(f"{directory}: {MAX_TRIES} files are already named {stem}{suffix}")


def save_article(article: Article, directory: Path, saved: date | None = None) -> Path:
    """Save an article (from a web page) as Markdown in `directory`; returns the new file."""
    text = to_markdown(article, saved or date.today())
    return create_exclusive(directory, slug(article.meta.title), ".md", text.encode("utf-8"))


def save_text(text: str, title: str, kind: str, directory: Path) -> Path:
    """Save text as given (stdin, a paste) under a name from `title`; `kind` is its format."""
    suffix = SUFFIX_OF.get(kind, ".txt")
    return create_exclusive(directory, slug(title), suffix, text.encode("utf-8"))


def to_markdown(article: Article, saved: date) -> str:
    """The article as Markdown with front matter (shape in the module docstring)."""
    import yaml

    meta = article.meta
    fields: dict[str, object] = {"title": meta.title}
    authors = list(meta.authors) or ([meta.author] if meta.author else [])
    if authors:
        fields["authors"] = authors
    if meta.published:
        fields["date"] = meta.published
    if meta.source:
        fields["source"] = meta.source
    if meta.url:
        fields["url"] = meta.url
    fields["saved"] = saved
    if article.standfirst:
        fields["description"] = article.standfirst
    front = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=10_000)
    blocks: list[str] = []
    headings = sorted(article.headings, key=lambda heading: heading.before)
    place = 0
    for paragraph in article.paragraphs:
        while place < len(headings) and headings[place].before <= paragraph.index:
            blocks.append(_heading(headings[place].title, headings[place].level))
            place += 1
        blocks.append(escape(paragraph.text))
    blocks.extend(_heading(heading.title, heading.level) for heading in headings[place:])
    if article.notes:
        blocks.append("## Notes")
        blocks.extend(escape(note) for note in article.notes)
    return f"---\n{front}---\n\n" + "\n\n".join(blocks) + "\n"


def escape(text: str) -> str:
    """One paragraph as Markdown that reads back as exactly these words (CommonMark escapes)."""
    text = " ".join(text.split())
    text = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))
    return _BLOCK_START.sub(lambda match: _escape_start(match.group(1)), text, count=1)


def _escape_start(start: str) -> str:
    """A leading block marker made literal: "#" -> "\\#", "1" before "." -> "1\\" + "."."""
    return f"{start}\\" if start[0].isdigit() else f"\\{start}"


def _heading(title: str, level: int) -> str:
    return "#" * min(6, max(2, level)) + " " + escape(title)
