"""The reader's column widths and the keys that hide or show its panels.

`briefing.tui.layout.reader_layout` decides the widths from the terminal's (a comfortable
measure for the text first); this mixin applies them as inline styles on the three columns,
only when they change, and keeps the user's choices (`c` section list, `p` side panel, `f`
focus mode) on the app, so they hold for every article opened in the session, and in the notes
store, so the next run starts with them (`briefing.tui.saved_settings`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

from briefing.tui.layout import Layout, reader_layout

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    _Base = Screen[None]
else:
    _Base = object


class PanelChoices:
    """What the user chose for the panels this session (None: the width decides)."""

    def __init__(self) -> None:
        self.side: bool | None = None
        """Side panel: shown (True), hidden (False) or by width (None)."""
        self.sections: bool | None = None
        """Section list: shown, hidden or by width."""
        self.focus = False
        """Focus mode: both panels hidden, the text alone."""


def choices(app: App[object]) -> PanelChoices:
    """The session's choices, kept on the app (made on first use)."""
    found = getattr(app, "panel_choices", None)
    if not isinstance(found, PanelChoices):
        found = PanelChoices()
        app.panel_choices = found  # type: ignore[attr-defined]
    return found


def layout_for(app: App[object], width: int) -> Layout:
    """The layout at `width` with the session's choices."""
    chosen = choices(app)
    if chosen.focus:
        return reader_layout(width, side=False, sections=False)
    return reader_layout(width, side=chosen.side, sections=chosen.sections)


class ReaderLayoutMixin(_Base):
    """Column widths for `ReaderScreen` (mixed in; the screen has #sections, #article, #side)."""

    _layout: Layout | None = None

    def apply_layout(self) -> None:
        """Set the columns' widths and the text's margins for the terminal's width now."""
        layout = layout_for(self.app, self.app.size.width)
        if layout == self._layout:
            return
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
        article.styles.padding = (0, layout.right, 0, layout.left)
        focused = self.screen.focused
        if focused is not None and not all(
            node.display for node in focused.ancestors_with_self if isinstance(node, Widget)
        ):
            article.focus()  # the panel with the focus was hidden

    def on_resize(self) -> None:
        self.apply_layout()

    def _shown(self, panel: str) -> bool:
        layout = self._layout or layout_for(self.app, self.app.size.width)
        return (layout.side if panel == "side" else layout.sections) > 0

    def action_toggle_panel(self, panel: str) -> None:
        """Hide a shown panel or show a hidden one ("side" or "sections")."""
        chosen = choices(self.app)
        if chosen.focus:
            chosen.focus = False
            chosen.side = chosen.side if chosen.side is not False else None
            chosen.sections = chosen.sections if chosen.sections is not False else None
            setattr(chosen, panel, True)
        else:
            setattr(chosen, panel, not self._shown(panel))
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
        """Show the side panel if it is hidden (a tab was asked for by its key)."""
        if not self._shown("side"):
            chosen = choices(self.app)
            chosen.focus = False
            chosen.side = True
            self.apply_layout()
            self._keep_choices()
