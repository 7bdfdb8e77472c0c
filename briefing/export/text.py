"""Plain-text summary: one printed page of at most 66 lines of at most 80 columns.

66 lines of 80 columns is the classic page of a line printer and still what `lpr` and most mail
readers assume, so "one page" is something a test can count. The fitting is shared with the
Markdown renderer: `fit_lines` tries the full page, then its reductions, until the lines fit.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from rich.cells import cell_len

from briefing.export.page import SummaryPage, fit
from briefing.printable import printable

PAGE_LINES = 66
PAGE_WIDTH = 80


def columns(text: str) -> int:
    """How many terminal or printer columns `text` takes: CJK characters take two."""
    return cell_len(text)


def wrap(text: str, first: str = "", rest: str | None = None, width: int = PAGE_WIDTH) -> list[str]:
    """`text` wrapped to `width` columns, the first line prefixed by `first`, others by `rest`.

    Long words (URLs) are broken rather than allowed to overflow the width. Columns are counted
    as a terminal shows them, so a line of Chinese (two columns a character) fits too.
    """
    text = printable(text)
    rest = first if rest is None else rest
    if not _narrow(text):
        return _wrap_cells(text, first, rest, width)
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=True,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def _narrow(text: str) -> bool:
    """Whether every character takes exactly one column, so textwrap's count of characters is
    a count of columns. (Comparing the total with the length is not enough: three zero-width
    marks and three wide characters cancel out, and the line ran to 82 columns.)"""
    return text.isascii() or all(columns(char) == 1 for char in set(text))


def _wrap_cells(text: str, first: str, rest: str, width: int) -> list[str]:
    """textwrap's greedy fill, measured in columns, for text with wide or zero-width characters.

    A word that fits on a fresh line moves there whole; a longer one is broken by characters.
    """
    lines: list[str] = []
    line, used, empty = first, columns(first), True
    for word in text.split():
        size = columns(word)
        gap = 0 if empty else 1
        if used + gap + size <= width:
            line, used, empty = line + " " * gap + word, used + gap + size, False
            continue
        if not empty:
            lines.append(line)
            line, used, empty = rest, columns(rest), True
            if used + size <= width:
                line, used, empty = line + word, used + size, False
                continue
        for char in word:
            step = columns(char)
            if used + step > width and not empty:
                lines.append(line)
                line, used = rest, columns(rest)
            line, used, empty = line + char, used + step, False
    lines.append(line.rstrip() if empty else line)
    return lines


def pack(items: list[str], indent: str, separator: str, width: int = PAGE_WIDTH) -> list[str]:
    """Short items run together on lines, never split across two unless one alone is too long.

    Used for the outline: "3. After Karabakh" reads badly with "3." on one line and the title on
    the next, and one title a line would spend a third of the page on it.
    """
    lines: list[str] = []
    current = ""
    for item in map(printable, items):
        candidate = f"{current}{separator}{item}" if current else item
        if columns(indent) + columns(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(indent + current)
        if columns(indent) + columns(item) <= width:
            current = item
        else:
            lines += wrap(item, indent, width=width)
            current = ""
    if current:
        lines.append(indent + current)
    return lines


def fits_page(lines: list[str]) -> bool:
    """True when the lines fill no more than one 66-line, 80-column page."""
    return len(lines) <= PAGE_LINES and all(columns(line) <= PAGE_WIDTH for line in lines)


def fit_lines(
    page: SummaryPage, lay_out: Callable[[SummaryPage], list[str]]
) -> tuple[SummaryPage, list[str]]:
    """The fullest version of `page` whose laid-out lines fit one page, with those lines."""
    shown = fit(page, lambda candidate: fits_page(lay_out(candidate)))
    return shown, lay_out(shown)


def band_label(term: str | None, band: str | None) -> str:
    """ "likely, 55-80%" or just the term; empty when the judgment has no estimative language."""
    if term and band:
        return f"{term}, {band}"
    return term or ""


def lay_out_text(page: SummaryPage) -> list[str]:
    """The page as plain-text lines (no trailing newline)."""
    lines: list[str] = []
    lines += wrap(page.title)
    lines.append("=" * min(PAGE_WIDTH, max(columns(line) for line in lines)))
    if page.byline:
        lines += wrap(page.byline)

    def heading(name: str) -> None:
        lines.append("")
        lines.append(name)

    if page.bottom_line:
        heading("BOTTOM LINE")
        lines += wrap(page.bottom_line, "  ")
    if page.judgments:
        heading("KEY JUDGMENTS")
        for number, judgment in enumerate(page.judgments, 1):
            label = band_label(judgment.term, judgment.band)
            text = f"[{label}] {judgment.text}" if label else judgment.text
            lines += wrap(text, f"  {number}. ", "     ")
    if page.actors:
        heading("KEY ACTORS")
        for actor in page.actors:
            lines += wrap(f"{actor.name}: {actor.description}", "  - ", "    ")
    if page.quotes:
        heading("KEY QUOTES")
        for quote in page.quotes:
            said = f"“{quote.text}”" + (f" ({quote.speaker})" if quote.speaker else "")
            lines += wrap(said, "  - ", "    ")
    if page.outline:
        heading("OUTLINE")
        lines += pack([f"{n}. {t}" for n, t in enumerate(page.outline, 1)], "  ", "   ")
    if page.implications:
        heading("IMPLICATIONS")
        for item in page.implications:
            lines += wrap(item, "  - ", "    ")
    if page.watch:
        heading("WHAT TO WATCH")
        for item in page.watch:
            lines += wrap(item, "  - ", "    ")
    if page.notes or page.more_notes:
        heading("NOTES")
        lines += _notes(page)
    lines.append("")
    lines.append("-" * PAGE_WIDTH)
    lines += wrap(f"Source: {page.citation}")
    lines += wrap(page.export_note)
    return lines


def _notes(page: SummaryPage) -> list[str]:
    """Each highlighted passage quoted, the note under it (its lines kept, indented), then
    where the words are on a line of its own; last, how many more notes there are and the
    command that prints them."""
    lines: list[str] = []
    for note in page.notes:
        lines += wrap(f"“{note.quote}”", "  - ", "    ")
        for index, line in enumerate(note.note.splitlines()):
            first = "    Note: " if index == 0 else " " * len("    Note: ")
            lines += wrap(line, first, " " * len("    Note: "))
        lines += wrap(f"({note.reference})", "    ")
    if page.more_notes:
        lines += wrap(page.more_notes, "  ")
    return lines


def render_text(page: SummaryPage) -> tuple[str, SummaryPage]:
    """The fitted page as text, and the page it shows (to say what was left out)."""
    shown, lines = fit_lines(page, lay_out_text)
    return "\n".join(lines) + "\n", shown
