"""The reader's highlights and notes as the summary page's "Notes" part.

The store (`briefing.store.annotations_for`) gives an article's highlights and notes in reading
order; `with_notes` puts them on a `SummaryPage` as `NoteLine`s (the words quoted, the note, the
paragraph and its section), at most `page.MAX_NOTES` of them, each clipped like every other item,
and records how many there are in all and the command that prints them all, so a page that
cannot show every one says how many more there are and where ("3 more notes in briefing notes
FILE"). An article without notes gets the page unchanged, so its exports stay as they were.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from briefing.export.page import ITEM_LIMIT, MAX_NOTES, NoteLine, SummaryPage, _clip
from briefing.model import Briefing
from briefing.printable import one_line

QUOTE_LIMIT = 300
"""Characters of a highlighted passage kept (a whole highlighted paragraph would fill the page)."""
MIN_LINE = 12
"""Characters a note's next line needs left of the limit to be shown (else "…" ends the last)."""
COMMAND_LIMIT = 100
"""Characters of the `briefing notes FILE` pointer; a longer path is cut to its file name."""


def with_notes(page: SummaryPage, briefing: Briefing, annotations: Sequence[Any]) -> SummaryPage:
    """`page` with the article's highlights and notes (`Highlight`/`Note` from the store).

    `page` itself when there are none. Annotations whose words are blank are left out.
    """
    lines = note_lines(briefing, annotations)
    if not lines:
        return page
    return replace(
        page,
        notes=lines[:MAX_NOTES],
        notes_total=len(lines),
        notes_command=notes_command(briefing),
    )


def note_lines(briefing: Briefing, annotations: Sequence[Any]) -> tuple[NoteLine, ...]:
    """Each annotation as a `NoteLine`, in the order given (the store's reading order)."""
    lines = []
    for annotation in annotations:
        quote = _clip(str(annotation.text), QUOTE_LIMIT)
        if not quote:
            continue
        paragraph = int(annotation.paragraph)
        lines.append(
            NoteLine(
                quote=quote,
                note=clip_lines(str(annotation.note or ""), ITEM_LIMIT),
                paragraph=paragraph,
                section=_section_title(briefing, paragraph),
                lost=bool(annotation.lost),
            )
        )
    return tuple(lines)


def clip_lines(text: str, limit: int) -> str:
    """A note clipped like every item (white space collapsed, at most `limit` characters in
    all, cut at a word) but keeping its line breaks: the lines a reader wrote stay lines
    ("\n"-joined; blank lines dropped). Renderers show each line as a line of the note."""
    lines: list[str] = []
    left = limit
    for line in (" ".join(line.split()) for line in text.splitlines()):
        if not line:
            continue
        if lines and left < MIN_LINE:  # no room for another line: say the note goes on
            lines[-1] = lines[-1].rstrip(" ,;:.-–—…") + "…"
            break
        clipped = _clip(line, left)
        lines.append(clipped)
        if clipped != line:
            break
        left -= len(clipped) + 1
    return "\n".join(lines)


def _section_title(briefing: Briefing, paragraph: int) -> str | None:
    """The short title of the section holding `paragraph`; None when no section does (a lost
    note's old paragraph may lie past the end of the edited article)."""
    for section in briefing.sections:
        if paragraph in section:
            return _clip(section.label, 80) or None
    return None


def notes_command(briefing: Briefing) -> str:
    """`briefing notes FILE` for the article's file, quoted for a shell; `briefing notes`
    (every article's notes) when it was not read from a file."""
    path = briefing.article.meta.path
    if path is None:
        return "briefing notes"
    command = f"briefing notes {shlex.quote(one_line(path))}"
    if len(command) > COMMAND_LIMIT:
        command = f"briefing notes {shlex.quote(one_line(path.name))}"
    return _clip(command, COMMAND_LIMIT)
