"""The reader's highlights and notes as Markdown (`briefing notes`, the exports) and citations.

Shape, one article:

    # Notes: <title>

    <path>

    ## <section title>          (when the caller knows the sections)

    > <highlighted words>

    <the note, line 1>\\
    <the note, line 2>

    (¶ 4)

A highlight has only its quotation and place. Words are quoted as the article wrote them,
escaped as Markdown text (an asterisk stays an asterisk), with control characters shown as
pictures (`briefing.printable`); every line of a quotation keeps the `> ` so a paragraph break
inside it cannot end the quote early. A note keeps its lines (a hard line break between them).
A `lost` annotation (its words gone from the edited article) says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from briefing.printable import one_line, printable
from briefing.store.model import Annotation


def _quoted(text: str) -> str:
    from briefing.export.markdown import escape_lines

    return "\n".join(f"> {line}".rstrip() for line in escape_lines(printable(text)) or [""])


def _note(text: str) -> str:
    """The note's lines as Markdown lines: escaped, blank lines kept as paragraph breaks, and
    a hard line break ("\\" at the end) between lines, so a line the reader wrote stays one."""
    from briefing.export.markdown import escape_lines

    lines = [line.strip() for line in escape_lines(printable(text).strip())]
    blocks = "\n".join(lines).split("\n\n")  # a blank line: a new paragraph of the note
    return "\n\n".join(
        "\\\n".join(line for line in block.splitlines() if line)
        for block in blocks
        if block.strip()
    )


def annotation_markdown(annotation: Annotation) -> str:
    """One highlight or note: the quotation, the note (if any), then the paragraph number on
    a line of its own."""
    lost = ", text since edited away" if annotation.lost else ""
    place = f"(¶ {annotation.paragraph + 1}{lost})"
    note = _note(annotation.note)
    return f"{_quoted(annotation.text)}\n\n{note + chr(10) * 2 if note else ''}{place}"


def citation(meta: Any, text: str, paragraph: int | None) -> str:
    """Words of an article with where they come from, for the clipboard (`y` in the reader).

    Shape: `“words” — Author, “Title”, Source, 31 October 2023, ¶ 8. URL`, leaving out
    what the article does not say; `meta` is a `briefing.model.Metadata`, `paragraph` 0-based.
    """
    title = f"“{meta.title}”" if meta.title else None
    parts = [part for part in (meta.author, title, meta.source) if part]
    if meta.published is not None:
        parts.append(f"{meta.published.day} {meta.published:%B %Y}")
    if paragraph is not None:
        parts.append(f"¶ {paragraph + 1}")
    cited = f"“{' '.join(text.split())}”" + (f" — {', '.join(parts)}" if parts else "")
    return one_line(cited + (f". {meta.url}" if meta.url else ""))


def notes_markdown(
    title: str | None,
    annotations: Sequence[Annotation],
    *,
    where: str | None = None,
    section_of: Callable[[int], str | None] | None = None,
    level: int = 1,
) -> str:
    """An article's annotations as Markdown under a heading; `""` when there are none.

    `where` is a line under the heading (the file's path); `section_of(paragraph)` names the
    section an annotation is in, to group them under `##` headings (reading order is kept).
    """
    if not annotations:
        return ""
    hashes = "#" * level
    parts = [f"{hashes} Notes: {one_line(title or 'Untitled')}"]
    if where:
        parts.append(one_line(where))
    current: str | None = None
    for annotation in annotations:
        section = section_of(annotation.paragraph) if section_of else None
        if section and section != current:
            parts.append(f"{hashes}# {one_line(section)}")
            current = section
        parts.append(annotation_markdown(annotation))
    return "\n\n".join(parts) + "\n"
