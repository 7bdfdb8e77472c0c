"""Markdown summary: the same one page (66 lines, 80 columns) as readable Markdown source.

Article text is escaped, so an asterisk, a bracket or a line that happens to start with "- "
after wrapping stays text instead of turning into emphasis, a link or a list.
"""

from __future__ import annotations

import re

from briefing.export.page import SummaryPage
from briefing.export.text import PAGE_WIDTH, band_label, fit_lines, pack, wrap

_INLINE = re.compile(r"([\\`*_\[\]<>#|~&])")
_BLOCK_START = re.compile(r"^(\s*)(?:([-+=])|(\d{1,9})([.)]))")
"""What would open a list, a heading underline or an ordered item at a line's start. CommonMark
escapes punctuation only, so an ordered-list marker (1-9 digits, then "." or ")") is escaped
after its digits ("2023\\."), never before them ("\\2023." would print the backslash)."""


def _escape_block_start(match: re.Match[str]) -> str:
    indent, mark, digits, delimiter = match.groups()
    if mark:
        return f"{indent}\\{mark}"
    return f"{indent}{digits}\\{delimiter}"


def escape(text: str) -> str:
    """`text` with the characters Markdown would read as inline markup backslash-escaped."""
    return _INLINE.sub(r"\\\1", text)


def escape_lines(text: str) -> list[str]:
    """Each line of `text` escaped as Markdown text (inline markup and what would open a
    block at its start), for a line kept as a line (`briefing notes`, unwrapped)."""
    return [_BLOCK_START.sub(_escape_block_start, escape(line)) for line in text.splitlines()]


def _wrap_md(text: str, first: str = "", rest: str | None = None) -> list[str]:
    """Wrap escaped text one column short (room for a block escape) and escape line starts."""
    lines = wrap(text, first, rest, width=PAGE_WIDTH - 1)
    out = []
    for index, line in enumerate(lines):
        prefix = first if index == 0 else (first if rest is None else rest)
        body = line[len(prefix) :]
        out.append(prefix + _BLOCK_START.sub(_escape_block_start, body))
    return out


def lay_out_markdown(page: SummaryPage) -> list[str]:
    """The page as Markdown lines (no trailing newline)."""
    lines: list[str] = _wrap_md(escape(page.title), "# ", "  ")
    if page.byline:
        lines += ["", *_wrap_md(f"*{escape(page.byline)}*")]
    if page.bottom_line:
        lines += ["", *_wrap_md(f"**Bottom line.** {escape(page.bottom_line)}")]

    def heading(name: str) -> None:
        lines.append("")
        lines.append(f"## {name}")
        lines.append("")

    if page.judgments:
        heading("Key judgments")
        for number, judgment in enumerate(page.judgments, 1):
            label = band_label(judgment.term, judgment.band)
            text = escape(judgment.text)
            if label:
                text = f"**{escape(label)}:** {text}"
            lines += _wrap_md(text, f"{number}. ", "   ")
    if page.actors:
        heading("Key actors")
        for actor in page.actors:
            lines += _wrap_md(f"**{escape(actor.name)}**, {escape(actor.description)}", "- ", "  ")
    if page.quotes:
        heading("Key quotes")
        for quote in page.quotes:
            said = f"“{escape(quote.text)}”"
            if quote.speaker:
                said += f" — {escape(quote.speaker)}"
            lines += _wrap_md(said, "- ", "  ")
    if page.outline:
        heading("Outline")
        items = [f"{n}\\. {escape(title)}" for n, title in enumerate(page.outline, 1)]
        lines += pack(items, "", " · ", width=PAGE_WIDTH - 1)
    if page.implications:
        heading("Implications")
        for item in page.implications:
            lines += _wrap_md(escape(item), "- ", "  ")
    if page.watch:
        heading("What to watch")
        for item in page.watch:
            lines += _wrap_md(escape(item), "- ", "  ")
    if page.notes or page.more_notes:
        heading("Notes")
        lines += _notes(page)
    lines += ["", "---", ""]
    lines += _wrap_md(f"Source: {escape(page.citation)}")
    lines += ["", *_wrap_md(f"*{escape(page.export_note)}*")]
    return lines


def _notes(page: SummaryPage) -> list[str]:
    """The reader's notes as `briefing notes` prints them: each highlighted passage as a block
    quote, then the note (if any, its lines kept as lines) and, on a line of its own, where the
    words are; last, how many more there are."""
    lines: list[str] = []
    for note in page.notes:
        if lines:
            lines.append("")
        lines += _wrap_md(escape(note.quote), "> ")
        if note.note:  # each line of the note a line (a hard break, "\\" at its end)
            written = [_wrap_md(escape(line)) for line in note.note.splitlines()]
            lines.append("")
            for wrapped in written[:-1]:
                lines += [*wrapped[:-1], wrapped[-1] + "\\"]
            lines += written[-1]
        lines += ["", *_wrap_md(f"({escape(note.reference)})")]
    if page.more_notes:
        if lines:
            lines.append("")
        lines += _wrap_md(f"*{escape(page.more_notes)}*")
    return lines


def render_markdown(page: SummaryPage) -> tuple[str, SummaryPage]:
    """The fitted page as Markdown, and the page it shows (to say what was left out)."""
    shown, lines = fit_lines(page, lay_out_markdown)
    return "\n".join(lines) + "\n", shown
