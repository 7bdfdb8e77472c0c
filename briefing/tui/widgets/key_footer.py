"""The footer: the keys of the moment, drawn as one widget.

Textual's footer is a container with a widget per key (and a restyle of each as it mounts);
on the reader's first screen that was 9 widgets to style, lay out and paint (start-up, issue
15). This one draws the same line itself, with Textual's footer styles and its theme variables:
each key with its description (dimmed when the key is disabled, as far as it stays legible:
tui/contrast.py `dimmed_style`), the command palette's key on the
right behind a thin rule, a key under the mouse highlighted, its tooltip shown, and a click on a
key pressing it. It is redrawn only when the keys it shows change (the stock footer rebuilt all
its keys on every focus change, twice, ~16 ms each).

When the keys do not fit, whole keys are left out rather than cut ("? He"): first the
disabled ones, then the others from the right, never Quit or Help (help lists every key).
Only when even those do not fit does the line scroll with the mouse wheel.
"""

from __future__ import annotations

from typing import Any, ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

Shown = tuple[tuple[str, str, str, bool, str], ...]

KEPT_ACTIONS = frozenset({"quit", "app.quit", "help", "app.help"})
"""Keys a narrow footer never leaves out: the way out and the way to every other key."""


def shown_bindings(screen: Screen[Any]) -> Shown:
    """What a footer shows for `screen`: each key, its label and action, enabled or not."""
    palette = screen.app.COMMAND_PALETTE_BINDING
    return tuple(
        (binding.key, binding.description, binding.action, enabled, tooltip)
        for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        if binding.show or key == palette
    )


class FooterItem(NamedTuple):
    """One key on the footer: what it shows and does."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str
    palette: bool
    """Whether this is the command palette's key (on the right, compact)."""
    action: str = ""
    """The binding's action (`KEPT_ACTIONS` are never left out of a narrow footer)."""


class KeyFooter(Widget, can_focus=False):
    """The keys the screen's bindings show, as Textual's `Footer` draws them (not compact)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "footer-key--key",
        "footer-key--description",
        "footer-key--hover",
        "footer-key--rule",
    }
    # Textual's Footer and FooterKey rules, for a footer with no key widgets.
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        & > .footer-key--rule {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._shown: Shown | None = None
        """The bindings on display (as of the last redraw)."""
        self.items: tuple[FooterItem, ...] = ()
        """The keys shown, left to right, the palette's last."""
        self._spans: list[tuple[int, int, int]] = []
        """(start, end, item index) of each key's cells, as last drawn."""
        self._hover: int | None = None
        """The item under the mouse, if any."""
        self._scroll = 0
        """Cells of the keys scrolled off to the left (more keys than the terminal's width)."""
        self._most_scroll = 0
        """How far the keys could scroll, as last drawn."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self._update(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._update(screen)

    def _update(self, screen: Screen[Any]) -> None:
        """Take the keys the screen shows now; redraw only when they changed."""
        shown = shown_bindings(screen)
        if shown == self._shown:
            return
        self._shown = shown
        self.items = self._items(screen)
        self.refresh()

    def _items(self, screen: Screen[Any]) -> tuple[FooterItem, ...]:
        """The keys as `Footer.compose` lays them out: one per action (its first binding),
        then the command palette's key."""
        app = screen.app
        active = screen.active_bindings
        first: dict[str, FooterItem] = {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in first:
                first[binding.action] = FooterItem(
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    enabled,
                    tooltip,
                    palette=False,
                    action=binding.action,
                )
        items = list(first.values())
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            items.append(
                FooterItem(
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    enabled,
                    binding.tooltip or binding.description,
                    palette=True,
                )
            )
        return tuple(items)

    # Drawing

    def _item_segments(self, item: FooterItem, hover: bool) -> list[Segment]:
        """A key's cells as Textual's FooterKey draws them (the palette's compact, with the
        rule before it and a cell after it)."""
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        padding = self._fill()  # (padding cells have the background alone)
        if hover:
            padding = Style(bgcolor=self.get_component_rich_style("footer-key--hover").bgcolor)
            key_style += padding
            description_style += padding
        if not item.enabled:  # dimmed, but only as far as it stays legible (WCAG AA)
            from briefing.tui.contrast import dimmed_style

            ground = self.rich_style.bgcolor
            key_style = dimmed_style(key_style, key_style.bgcolor or ground)
            description_style = dimmed_style(description_style, description_style.bgcolor or ground)
        if item.palette:
            rule = Segment("▏", self.get_component_rich_style("footer-key--rule"))
            parts = [(item.display, key_style)]
            if item.description:
                parts.append((" " + item.description, description_style))
            return [rule, *(Segment(text, style) for text, style in parts), Segment(" ", padding)]
        if not item.description:
            return [Segment(item.display, key_style)]
        return [
            Segment(f" {item.display} ", key_style),
            Segment(f"{item.description} ", description_style),
        ]

    def _fill(self) -> Style:
        """Cells with no key: the footer's background."""
        return Style(bgcolor=self.rich_style.bgcolor)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self._fill()
        if y or not width:
            return Strip.blank(width, base)
        keys: list[tuple[int, list[Segment]]] = []
        palette: tuple[int, list[Segment]] | None = None
        for index, item in enumerate(self.items):
            segments = self._item_segments(item, hover=index == self._hover)
            if item.palette:
                palette = (index, segments)
            else:
                keys.append((index, segments))
        palette_width = Segment.get_line_length(palette[1]) if palette else 0
        room = max(0, width - palette_width)
        keys = self._fitting(keys, room)
        total = sum(Segment.get_line_length(segments) for _, segments in keys)
        self._most_scroll = max(0, total - room)
        self._scroll = min(self._scroll, self._most_scroll)
        line: list[Segment] = []
        spans: list[tuple[int, int, int]] = []
        x = -self._scroll
        for index, segments in keys:
            length = Segment.get_line_length(segments)
            if x + length > 0 and x < room:
                spans.append((max(0, x), min(room, x + length), index))
            line.extend(segments)
            x += length
        strip = Strip(line).crop(self._scroll, self._scroll + room)
        strip = strip.extend_cell_length(room, base)
        if palette is not None:
            spans.append((room, width, palette[0]))
            strip = Strip.join([strip, Strip(palette[1])]).crop(0, width)
        self._spans = spans
        return strip.extend_cell_length(width, base)

    def _fitting(
        self, keys: list[tuple[int, list[Segment]]], room: int
    ) -> list[tuple[int, list[Segment]]]:
        """`keys` without the ones left out to fit `room` cells (see the module's docstring)."""
        lengths = {index: Segment.get_line_length(segments) for index, segments in keys}
        excess = sum(lengths.values()) - room
        if excess <= 0:
            return keys
        order = [index for index, _ in reversed(keys)]
        droppable = [index for index in order if not self.items[index].enabled] + [
            index
            for index in order
            if self.items[index].enabled and self.items[index].action not in KEPT_ACTIONS
        ]
        dropped: set[int] = set()
        for index in droppable:
            if excess <= 0:
                break
            dropped.add(index)
            excess -= lengths[index]
        return [(index, segments) for index, segments in keys if index not in dropped]

    # The mouse

    def _item_at(self, x: int) -> int | None:
        for start, end, index in self._spans:
            if start <= x < end:
                return index
        return None

    def _hover_at(self, index: int | None) -> None:
        if index != self._hover:
            self._hover = index
            item = self.items[index] if index is not None else None
            self.tooltip = (item.tooltip or None) if item is not None else None
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover_at(self._item_at(event.x))

    def on_leave(self) -> None:
        self._hover_at(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self._item_at(event.x)
        if index is None:
            return
        item = self.items[index]
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()

    def _scroll_by(self, cells: int, event: events.MouseEvent) -> None:
        scroll = max(0, min(self._most_scroll, self._scroll + cells))
        if scroll != self._scroll:
            self._scroll = scroll
            self.refresh()
            event.stop()
            event.prevent_default()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scroll_by(2, event)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scroll_by(-2, event)

    def on_show(self) -> None:
        if self.is_attached:
            self._update(self.screen)
