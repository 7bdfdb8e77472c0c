"""Keeping the reader's line through a reflow: a panel hidden or shown (`c`, `p`), focus mode
(`f`) or a terminal resize changes the text's width, its paragraphs wrap anew, and the view
must still start with the line the reader was at.

`ArticleView` on its own goes back to the paragraph at the top (or its section's title) after
a width change; inside a long paragraph that is lines away from where the reader was (issue 15,
tester item 10: the top snapped back to the "4 Western block" title from eight lines into §4).
Here the line at the top is remembered as the character it starts with (`TopLine`), before the
columns change, and after the reflow the line holding that character goes to the top.

Lines above a paragraph's text (a section title, the blank line between paragraphs) do not
rewrap: they are kept as a count of lines above the paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.tui.widgets.article_view import ArticleView
    from briefing.tui.widgets.paragraph import ParagraphView


@dataclass(frozen=True, slots=True)
class TopLine:
    """The line at the top of the view, in terms that survive a reflow."""

    paragraph: int
    """The first paragraph not wholly above the top of the view."""
    offset: int
    """Character offset (in the paragraph's text) the top line starts with; -1 when the top
    line is above the paragraph's text (its section title, the gap before it)."""
    above: int = 0
    """With `offset` -1: how many lines above the paragraph's first line the top is."""


def _offset_at_line(view: ParagraphView, line: int) -> int:
    """The first character of wrapped line `line` of a paragraph (the view's present width):
    the least offset whose line is `line` (`ParagraphView.line_of` is monotonic)."""
    low, high = 0, len(view.paragraph.text)
    while low < high:
        middle = (low + high) // 2
        if view.line_of(middle) < line:
            low = middle + 1
        else:
            high = middle
    return low


def top_line(article: ArticleView, views: dict[int, ParagraphView]) -> TopLine | None:
    """The line at the top of the view now; None at the very top (nothing to keep: the view
    stays there) or before the text is laid out."""
    y = round(article.scroll_y)
    if y <= 0 or not article.size.height:
        return None
    paragraph = article.paragraph_at(y)
    view = views.get(paragraph)
    if view is None:
        return None
    region = view.virtual_region
    if not region.height:
        return None
    if y < region.y:
        return TopLine(paragraph, -1, region.y - y)
    return TopLine(paragraph, _offset_at_line(view, y - region.y))


def line_y(views: dict[int, ParagraphView], top: TopLine) -> int | None:
    """Where the kept line is in the scrolled text as it is laid out now (None: its paragraph
    is gone or not laid out)."""
    view = views.get(top.paragraph)
    if view is None or not view.is_attached:
        return None
    region = view.virtual_region
    if not region.height:
        return None
    if top.offset < 0:
        return max(0, region.y - top.above)
    return region.y + view.line_of(top.offset)
