"""What the reader's Pilot tests share: the terminal size and ways to look at the screen."""

from __future__ import annotations

from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.article_header import ArticleHeader

SIZE = (120, 40)


def reader(app: BriefingApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def header_text(app: BriefingApp) -> str:
    return str(app.screen.query_one(ArticleHeader).render())


def count_text(app: BriefingApp) -> str:
    return str(app.screen.query_one("#search-count").render())
