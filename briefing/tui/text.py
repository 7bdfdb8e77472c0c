"""Turning article text into styled `Content` without ever reading it as markup.

Article text arrives from the web: it holds `[1]`, `[sic]`, `[/x]`, `[bold]` and sometimes raw
terminal escape codes. Everything here builds `Content` from plain strings and styles spans by
character offset, so none of it is interpreted. Control characters are swapped one for one with
their visible Unicode pictures (ESC becomes ␛), which keeps every offset valid and stops an
escape code from reaching the terminal.

Styles are theme variables ("$text-accent"), resolved by the app when it renders, so the dark
and light themes both colour the highlights with their own palette.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from textual.content import Content, Span

from briefing.printable import CONTROL_PICTURES

_VISIBLE = CONTROL_PICTURES | {9: " "}
"""Control characters as pictures; a tab is one space, so offsets still hold."""

MENTION = "$text-primary"
"""Any actor's name in the text."""
QUOTE = "italic $text-success"
"""The words of a direct quotation."""
SELECTED = "bold $foreground on $accent-muted"
"""The mentions of the actor selected in the side panel."""
MATCH = "bold $foreground on $warning-muted"
"""A search hit."""
CURRENT = "bold underline $background on $foreground"
"""The search hit (or mention) the reader is on: the text's own colours reversed, so it
stands apart from the selected and matched ones in every theme (in the dark theme the
accent and warning colours are the same orange)."""
FLASH = "bold $foreground on $primary-muted"
"""The sentence a jump landed on (a so-what item, quote or timeline entry), for a moment."""
HIGHLIGHT = "$foreground on $success-muted"
"""Words the reader highlighted (or wrote a note on): a highlighter's tint, apart from the
orange of search hits and the selected actor and the blue of a jump's flash."""
SENTENCE = "underline"
"""The current sentence (what `h`, the note key and `y` act on): underlined only, so it sits
quietly under every other style and keeps the text's own colours (and their contrast)."""
NOTE = "italic $text-secondary"
"""A note shown under its paragraph."""

STYLES = {
    "mention": MENTION,
    "quote": QUOTE,
    "selected": SELECTED,
    "match": MATCH,
    "current": CURRENT,
    "flash": FLASH,
    "highlight": HIGHLIGHT,
    "sentence": SENTENCE,
    "note": NOTE,
}
"""Every style laid over article text, by name (the contrast test checks each in each theme)."""


ESTIMATIVE = "bold $text-primary"
"""An estimative badge ("likely", "unlikely"): one neutral colour for every band, since a
likelihood is not good or bad news (red for "unlikely" and green for "likely" read as verdicts);
the band itself is written out ("55-80%")."""

ItemType = TypeVar("ItemType")


def separated(items: Iterable[ItemType]) -> Iterator[ItemType | None]:
    """Items with None between them: OptionList draws a rule there, so multi-line entries
    stay apart (separators do not count as options, so indices still match the items)."""
    for index, item in enumerate(items):
        if index:
            yield None
        yield item


def visible(text: str) -> str:
    """The text with control characters (escape codes too) replaced by visible pictures."""
    return text.translate(_VISIBLE)


def plain(text: str | None, fallback: str = "") -> Content:
    """Literal content for a title, name or line of text: never parsed as markup."""
    return Content(visible(text or fallback))


def styled(text: str, spans: Iterable[tuple[int, int, str]]) -> Content:
    """Literal content with styles laid over character ranges; later spans win over earlier."""
    length = len(text)
    content_spans = [
        Span(max(0, start), min(length, end), style)
        for start, end, style in spans
        if end > start and start < length
    ]
    return Content(visible(text), spans=content_spans)
