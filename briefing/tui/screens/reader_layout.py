"""The reader's column widths and the keys that hide or show its panels.

`briefing.tui.layout.reader_layout` decides the widths from the terminal's (a comfortable
measure for the text first); this mixin applies them as inline styles on the three columns,
only when they change, and keeps the user's choices (`c` section list, `p` side panel, `f`
focus mode) on the app, so they hold for every article opened in the session, and in the notes
store, so the next run starts with them (`briefing.tui.saved_settings`). A choice is kept for
the class of width it was made in (`WIDTH_CLASSES`), as a difference from that class's default:
hiding the side panel at 80 columns says nothing about 120.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

from briefing.model import Span
from briefing.tui.layout import MIN_MEASURE, Layout, reader_layout
from briefing.tui.screens.reader_reflow import TopLine, line_y, top_line

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from briefing.tui.widgets.article_view import ArticleView
    from briefing.tui.widgets.paragraph import ParagraphView

    _Base = Screen[None]
else:
    _Base = object


PANELS = ("side", "sections")

TEXT_GAP = 1
"""Columns between the text and its scrollbar (the paragraphs' and titles' right margin in
briefing.tcss)."""

REFLOW_TRIES = 10
"""Refreshes to wait for the text to reflow after the columns change (then the kept line is
put at the top), and after that for a late return to the paragraph's start to undo."""

WIDTH_CLASSES: tuple[tuple[str, int], ...] = (("narrow", 0), ("medium", 95), ("wide", 120))
"""The widths the default layout tells apart (`briefing.tui.layout.reader_layout`): below 95
columns the text alone, from 95 the side panel beside it, from 120 the section list too. A
panel choice holds in the class of width it was made in, and only there."""


def width_class(width: int) -> str:
    """The name of the class of terminal widths `width` (cells) falls in."""
    found = WIDTH_CLASSES[0][0]
    for name, least in WIDTH_CLASSES:
        if width >= least:
            found = name
    return found


def default_shown(width: int, panel: str) -> bool:
    """Whether `panel` is shown at `width` when nobody chose (the width decides)."""
    layout = reader_layout(width)
    return (layout.side if panel == "side" else layout.sections) > 0


class PanelChoices:
    """What the user chose for the panels, by class of width (`WIDTH_CLASSES`).

    `overrides` holds only the choices that differ from their class's default (kept in the
    store); `session` the panels a tab key (`a`, `"`, `t`, `I`) brought in, for this run only;
    `chosen` which overrides were made this run (those apply even where they squeeze the
    text: the user asked for them here and now).
    """

    def __init__(self) -> None:
        self.overrides: dict[str, dict[str, bool]] = {}
        """By width class, by panel ("side", "sections"): shown (True) or hidden (False)."""
        self.session: dict[str, dict[str, bool]] = {}
        """Panels shown by a tab key this run, by width class; never saved."""
        self.chosen: set[tuple[str, str]] = set()
        """(width class, panel) of the overrides made by a key this run."""
        self.focus = False
        """Focus mode: both panels hidden, the text alone (at every width)."""

    def value(self, width_name: str, panel: str) -> bool | None:
        """The choice for `panel` in a width class: True, False, or None (the width decides)."""
        session = self.session.get(width_name, {})
        if panel in session:
            return session[panel]
        return self.overrides.get(width_name, {}).get(panel)

    def choose(self, width: int, panel: str, shown: bool) -> None:
        """`panel` shown or hidden by the user at `width`: an override of the class's default
        when it differs from it, none when it is the default again."""
        name = width_class(width)
        self.session.get(name, {}).pop(panel, None)
        kept = self.overrides.setdefault(name, {})
        if shown == default_shown(width, panel):
            kept.pop(panel, None)
        else:
            kept[panel] = shown
        if not kept:
            del self.overrides[name]
        self.chosen.add((name, panel))


def choices(app: App[object]) -> PanelChoices:
    """The session's choices, kept on the app (made on first use)."""
    found = getattr(app, "panel_choices", None)
    if not isinstance(found, PanelChoices):
        found = PanelChoices()
        app.panel_choices = found  # type: ignore[attr-defined]
    return found


def layout_for(app: App[object], width: int) -> Layout:
    """The layout at `width` with the choices for its class of width.

    A panel shown by a saved choice (made in an earlier run) never leaves the text under
    `MIN_MEASURE`: then it stays hidden, and its key still shows it.
    """
    chosen = choices(app)
    if chosen.focus:
        return reader_layout(width, side=False, sections=False)
    name = width_class(width)
    values = {panel: chosen.value(name, panel) for panel in PANELS}
    layout = reader_layout(width, side=values["side"], sections=values["sections"])
    if layout.text < MIN_MEASURE:
        for panel in PANELS:
            session = panel in chosen.session.get(name, {})
            if values[panel] and not session and (name, panel) not in chosen.chosen:
                values[panel] = None  # saved, not asked for now: the width decides
        layout = reader_layout(width, side=values["side"], sections=values["sections"])
    return layout


def _reflowed_width(article: ArticleView) -> int:
    """The text's width as the view's resize handler last saw it: it changes once the handler
    has run after a reflow (and has sent the view back to the paragraph's start)."""
    return int(getattr(article, "_last_width", article.size.width))


class ReaderLayoutMixin(_Base):
    """Column widths for `ReaderScreen` (mixed in; the screen has #sections, #article, #side)."""

    if TYPE_CHECKING:
        article: ArticleView
        sentence_cursor: Span | None

        def paragraph_views(self) -> dict[int, ParagraphView]: ...
        def set_sentence(self, span: Span | None) -> None: ...
        def _line_of(self, span: Span) -> int | None: ...

    _layout: Layout | None = None
    _reflow_token = 0
    _kept_line: tuple[TopLine, int] | None = None
    """The line last put back at the top after a reflow, and the scroll offset it went to:
    while the view is still there, the next reflow keeps the same line (working the line out
    again from the new wrapping would drift a line each time, `c` `c` `c`...)."""

    def apply_layout(self) -> None:
        """Set the columns' widths and the text's margins for the terminal's width now; the
        line at the top of the text stays there through the reflow (`reader_reflow.py`)."""
        layout = layout_for(self.app, self.app.size.width)
        if layout == self._layout:
            return
        kept = self._top_line() if self._layout is not None else None
        cursor = self._cursor_on_screen() if kept else None
        self._layout = layout
        sections = self.query_one("#sections")
        side = self.query_one("#side")
        article = self.query_one("#article")
        sections.display = layout.sections > 0
        if layout.sections:
            sections.styles.width = layout.sections
        side.display = layout.side > 0
        if layout.side:
            side.styles.width = layout.side
        # Textual draws the scrollbar inside the padding, after the content: the text and its
        # scrollbar are one column apart (the paragraphs' right margin, briefing.tcss), and
        # the scrollbar is at the edge of the text's column: against the side panel (the
        # spare columns go before the text) or, with the text alone, one column after it,
        # the spare outside (the text stays centred). Tester item 19 of issue 15.
        spare = max(0, layout.right - TEXT_GAP)
        if layout.side:
            article.styles.padding = (0, 0, 0, layout.left + spare)
            article.styles.margin = (0, 0, 0, 0)
        else:
            article.styles.padding = (0, 0, 0, layout.left)
            article.styles.margin = (0, spare, 0, 0)
        focused = self.screen.focused
        if focused is not None and not all(
            node.display for node in focused.ancestors_with_self if isinstance(node, Widget)
        ):
            article.focus()  # the panel with the focus was hidden
        if kept:
            self._reflow_token += 1
            width = _reflowed_width(self.article)
            self.call_after_refresh(
                self._keep_top_line, kept, cursor, width, self._reflow_token, 0
            )

    def _top_line(self) -> TopLine | None:
        """The line at the top of the text now, unless a jump is on its way (it wins)."""
        article = self.article
        if not article.is_attached or article.jump_pending or article.restoring:
            return None
        if self._kept_line is not None and self._kept_line[1] == round(article.scroll_y):
            return self._kept_line[0]  # not moved since the last reflow
        return top_line(article, self.paragraph_views())

    def _cursor_on_screen(self) -> Span | None:
        """The current sentence, if its first line is on screen (it stays the current one
        through the reflow, on screen)."""
        cursor = getattr(self, "sentence_cursor", None)
        if cursor is None:
            return None
        line = self._line_of(cursor)
        top, bottom = self.article.visible_range()
        return cursor if line is not None and top <= line < bottom else None

    def _keep_top_line(
        self, kept: TopLine, cursor: Span | None, width: int, token: int, tries: int
    ) -> None:
        """After each reflow of the text (the view's resize handler has run: it sends the
        view back to the paragraph's start, now or after the next refresh), put the kept line
        back at the top. `width`: the text's width at the last reflow seen. Watched for
        `REFLOW_TRIES` refreshes (a reflow may come in two steps); a jump or another layout
        change meanwhile takes over, and a scroll is left alone (it is no reflow)."""
        article = self.article
        if token != self._reflow_token or not article.is_attached or article.jump_pending:
            return
        reflowed = _reflowed_width(article)
        if reflowed != width:
            y = line_y(self.paragraph_views(), kept)
            if y is not None:
                article.cancel_restore()  # (its return to the paragraph's start)
                article.scroll_to(y=y, animate=False, immediate=True)
                if cursor is not None:
                    self._keep_cursor(cursor)
                self._kept_line = (kept, round(article.scroll_y))
        if tries < REFLOW_TRIES:
            self.call_after_refresh(
                self._keep_top_line, kept, cursor, reflowed, token, tries + 1
            )

    def _keep_cursor(self, cursor: Span) -> None:
        """The current sentence stays current (the scrolling of the reflow moved it) and on
        screen: if the narrower text pushed its line below the view, the view moves down
        just enough to show it."""
        article = self.article
        line = self._line_of(cursor)
        top, bottom = article.visible_range()
        if line is not None and line >= bottom:
            article.scroll_to(y=line - (bottom - top) + 1, animate=False, immediate=True)
        self.set_sentence(cursor)

    def on_resize(self) -> None:
        self.apply_layout()

    def _shown(self, panel: str) -> bool:
        layout = self._layout or layout_for(self.app, self.app.size.width)
        return (layout.side if panel == "side" else layout.sections) > 0

    def action_toggle_panel(self, panel: str) -> None:
        """Hide a shown panel or show a hidden one ("side" or "sections"), for this class of
        width (kept for the next run)."""
        chosen = choices(self.app)
        width = self.app.size.width
        if chosen.focus:
            chosen.focus = False
            chosen.choose(width, panel, True)
        else:
            chosen.choose(width, panel, not self._shown(panel))
        self.apply_layout()
        self._keep_choices()

    def action_focus_mode(self) -> None:
        """The text alone, or the panels back as they were."""
        chosen = choices(self.app)
        chosen.focus = not chosen.focus
        self.apply_layout()
        self._keep_choices()

    def _keep_choices(self) -> None:
        """Save the panel choices for the next run."""
        from briefing.tui.saved_settings import save_layout

        save_layout(self.app)

    def reveal_side_panel(self) -> None:
        """Show the side panel if it is hidden (a tab was asked for by its key). Where the
        width hides it by default, for this run only (a look at the timeline at 80 columns is
        not a layout); where the user had hidden it, it is their default back (saved)."""
        if not self._shown("side"):
            chosen = choices(self.app)
            chosen.focus = False
            width = self.app.size.width
            if default_shown(width, "side"):  # hidden by hand here: back to the default
                chosen.choose(width, "side", True)
                self.apply_layout()
                self._keep_choices()
                return
            chosen.session.setdefault(width_class(width), {})["side"] = True
            self.apply_layout()
