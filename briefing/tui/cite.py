"""Copying words of the article with their citation (`y`), through the terminal's clipboard.

`App.copy_to_clipboard` writes OSC 52, which most terminals (and tmux with `set-clipboard on`)
pass to the system clipboard; the app keeps the text too (`App.clipboard`). The citation is the
store's (`briefing.store.render.citation`): the words in quotation marks, then author, title,
source, date and paragraph, as far as the article says them. A note goes on the line after.
"""

from __future__ import annotations

from typing import Any

from briefing.model import Article, Span

NOTIFY_WORDS = 8
"""How many of the copied words the notification repeats."""


def words_at(article: Article, span: Span) -> str:
    """The article's own words at `span` (empty outside the text)."""
    paragraphs = article.paragraphs
    if not 0 <= span.paragraph < len(paragraphs):
        return ""
    return paragraphs[span.paragraph].text[span.start : span.end]


def cited(
    article: Article, text: str, paragraph: int | None, note: str = "", speaker: str = ""
) -> str:
    """`text` with its citation, and the reader's note (if any) on the next line; a quotation's
    `speaker` goes first ("Otto Brand: “fragile at best” — Jane Analyst, …")."""
    from briefing.printable import one_line, printable
    from briefing.store.render import citation

    quoted = citation(article.meta, text, paragraph)
    if speaker.strip():
        quoted = f"{one_line(speaker.strip())}: {quoted}"
    note = printable(note).strip()
    return f"{quoted}\n\nNote: {note}" if note else quoted


def copy_cited(
    app: Any,
    article: Article,
    text: str,
    paragraph: int | None,
    *,
    what: str,
    note: str = "",
    speaker: str = "",
) -> str:
    """Copy `text` with its citation and say so ("Copied quote: “A new beginning…”").

    Returns what was copied. `what` names the thing copied for the notification."""
    from briefing.printable import one_line

    copied = cited(article, text, paragraph, note, speaker)
    app.copy_to_clipboard(copied)
    words = " ".join(text.split())
    shown = words.split(" ")
    short = " ".join(shown[:NOTIFY_WORDS]) + ("…" if len(shown) > NOTIFY_WORDS else "")
    app.notify(
        one_line(f"Copied {what} with its citation: “{short}”"), title="Copied", markup=False
    )
    return copied
