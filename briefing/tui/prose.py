"""Markdown prose (the help text) as one `Content`, styled with theme variables.

Textual's Markdown widget builds a widget per block and made `?` take 160 ms to open; the help
is a few headings, paragraphs and lists, which one Static draws in a few milliseconds. The
parsing is markdown-it's (Textual's own dependency); only the styling is chosen here. Inline
code (key names, in the help) is shown bold in the accent colour, without backticks. One
Static cannot hang a list item's wrapped lines under its bullet, so every block, list items
included, is set off by a blank line.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token
from textual.content import Content

HEADING = "bold $text-accent"
CODE = "bold $text-accent"
STRONG = "bold"
EMPHASIS = "italic"
BULLET = "• "


def markdown_content(source: str) -> Content:
    """Headings, paragraphs, list items and code blocks, each a block; emphasis, strong and
    inline code within them. Other constructs show as their text."""
    blocks: list[Content] = []
    in_heading = False
    bullet_pending = False
    for token in MarkdownIt("commonmark").parse(source):
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "list_item_open":
            bullet_pending = True
        elif token.type == "inline":
            block = _inline(token.children or [])
            if in_heading:
                block = block.stylize(HEADING)
            if bullet_pending:
                block = Content(BULLET) + block
                bullet_pending = False
            blocks.append(block)
        elif token.type in ("fence", "code_block"):
            blocks.append(Content(token.content.rstrip("\n")).stylize(CODE))
    return Content("\n\n").join(blocks)


def _inline(children: list[Token]) -> Content:
    """One block's inline tokens as styled content; a soft break becomes a space."""
    parts: list[Content] = []
    styles: list[str] = []
    for child in children:
        if child.type == "code_inline":
            parts.append(Content(child.content).stylize(CODE))
        elif child.type == "softbreak":
            parts.append(Content(" "))
        elif child.type == "hardbreak":
            parts.append(Content("\n"))
        elif child.type in ("strong_open", "em_open"):
            styles.append(STRONG if child.type == "strong_open" else EMPHASIS)
        elif child.type in ("strong_close", "em_close"):
            if styles:
                styles.pop()
        elif child.content:
            text = Content(child.content)
            parts.append(text.stylize(" ".join(styles)) if styles else text)
    return Content("").join(parts)
