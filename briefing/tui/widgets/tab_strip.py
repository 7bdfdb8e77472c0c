"""The side panel's tab strip, drawn as one widget: what Textual's `Tabs` shows, in one.

Textual's `Tabs` is nine widgets for four labels (three containers, a `Tab` per label and the
underline), each styled, mounted, laid out and painted in the frame that completes the reader's
first screen (start-up, issue 15: about a sixth of that frame's cost). This one draws the same
two lines itself, with `Tabs`' styles (its CSS rules as component classes, its `Underline`'s
`Bar` renderable): the labels, the open tab brighter, in the block cursor's colours when the
strip has the focus, the hovered label brighter; the bar under the open tab's label. As `Tabs`
does, it takes the focus on a click, opens the tab clicked (on its label or the bar under it)
and moves between tabs with left and right. It does not animate the bar from tab to tab.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.renderables.bar import Bar
from textual.strip import Strip
from textual.widget import Widget

_LABEL = Style.from_meta({"offset": (0, 0)})
"""A label's meta, as a `Tab`'s content has it."""


class TabStrip(Widget, can_focus=True):
    """Labels in a row with a bar under the open one; `Changed` when another is opened."""

    ALLOW_SELECT = False
    BINDINGS: ClassVar[list[BindingType]] = [  # (Tabs' own)
        Binding("left", "previous_tab", "Previous tab", show=False),
        Binding("right", "next_tab", "Next tab", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "tab-strip--tab",
        "tab-strip--active",
        "tab-strip--hover",
        "tab-strip--bar",
    }
    # Tabs', Tab's and Underline's rules, with the inactive label at 70% (it reads 5:1 and
    # more in both themes, Textual's 50% 3.0:1 on the light one; tests/tui/test_contrast_*).
    DEFAULT_CSS = """
    TabStrip {
        width: 100%;
        height: 2;
        pointer: pointer;
        & > .tab-strip--tab {
            color: $foreground 70%;
        }
        & > .tab-strip--active, & > .tab-strip--hover {
            color: $foreground;
        }
        & > .tab-strip--bar {
            color: $block-cursor-background;
            background: $foreground 10%;
        }
        &:focus {
            & > .tab-strip--active {
                text-style: $block-cursor-text-style;
                color: $block-cursor-foreground;
                background: $block-cursor-background;
            }
            & > .tab-strip--bar {
                background: $foreground 30%;
            }
        }
        &:ansi {
            & > .tab-strip--tab, & > .tab-strip--hover {
                text-style: dim;
            }
            & > .tab-strip--active {
                text-style: not dim bold;
            }
            & > .tab-strip--bar {
                color: $block-cursor-background;
                background: $border-blurred;
            }
        }
    }
    """

    active: reactive[str] = reactive("", init=False)
    """The open tab's name."""
    _hover: reactive[int | None] = reactive(None, init=False)
    """The label under the mouse, if any."""

    class Changed(Message):
        """Another tab was opened (by a click, a key or `active`)."""

        def __init__(self, strip: TabStrip, tab: str) -> None:
            super().__init__()
            self.strip = strip
            self.tab = tab
            """The name of the tab opened."""

    def __init__(self, tabs: tuple[tuple[str, str], ...], *, id: str | None = None) -> None:
        """`tabs`: (name, label) of each tab, in order; the first is open."""
        super().__init__(id=id)
        self.tabs = tabs
        self.set_reactive(TabStrip.active, tabs[0][0])

    def _spans(self) -> list[tuple[int, int]]:
        """Each tab's cells (start, end): one blank, then its label."""
        spans, x = [], 0
        for _, label in self.tabs:
            spans.append((x, x + 1 + len(label)))
            x += 1 + len(label)
        return spans

    def render_line(self, y: int) -> Strip:
        """Line 0 the labels, line 1 the bar; cell for cell what `Tabs` draws (each label's
        blank and text apart, as its `Tab`'s padding and content were)."""
        width = self.size.width
        if y == 0:
            ground = Style(bgcolor=self.rich_style.bgcolor)
            segments: list[Segment] = []
            for index, (name, label) in enumerate(self.tabs):
                hovered = index == self._hover
                kind = "active" if name == self.active else "hover" if hovered else "tab"
                style = self.get_component_rich_style(f"tab-strip--{kind}")
                blank = Style(bgcolor=style.bgcolor) if style.bgcolor else ground
                segments += [Segment(" ", blank), Segment(label, style + _LABEL)]
            return Strip(segments).adjust_cell_length(width, ground)
        if y == 1:
            names = [name for name, _ in self.tabs]
            start, end = self._spans()[names.index(self.active)] if self.active in names else (0, 0)
            bar = self.get_component_rich_style("tab-strip--bar")
            underline = Bar(
                highlight_range=(start + 1, end) if end else (0, 0),
                highlight_style=Style.from_color(bar.color),
                background_style=Style.from_color(bar.bgcolor),
            )
            console = self.app.console
            lines = console.render_lines(underline, console.options.update_width(width), pad=False)
            ground = Style(bgcolor=self.rich_style.bgcolor)
            return Strip(lines[0], width).apply_style(ground) if lines else Strip.blank(width)
        return Strip.blank(width)

    def watch_active(self, active: str) -> None:
        self.refresh()
        self.post_message(self.Changed(self, active))

    def _tab_at(self, x: int) -> int | None:
        for index, (start, end) in enumerate(self._spans()):
            if start <= x < end:
                return index
        return None

    def on_click(self, event: events.Click) -> None:
        """Open the tab clicked (its label or the bar under it), taking the focus."""
        event.stop()
        self.focus()
        index = self._tab_at(event.x)
        if index is not None:
            self.active = self.tabs[index][0]

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover = self._tab_at(event.x) if event.y == 0 else None

    def on_leave(self) -> None:
        self._hover = None

    def watch__hover(self) -> None:
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_next_tab(self) -> None:
        """Open the next tab (round to the first)."""
        self._move(+1)

    def action_previous_tab(self) -> None:
        """Open the previous tab (round to the last)."""
        self._move(-1)

    def _move(self, step: int) -> None:
        names = [name for name, _ in self.tabs]
        here = names.index(self.active) if self.active in names else -1
        self.active = names[(here + step) % len(names)]
