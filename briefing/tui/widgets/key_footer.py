"""Textual's footer, rebuilt only when what it shows changes.

The stock footer rebuilds all its keys whenever the screen's bindings might have changed: on
every focus change, twice. Moving between the reader's panels rarely changes the keys shown,
and each rebuild cost about 16 ms, so `tab`, `/` and `escape` took over a frame longer than
they needed to.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[str, str, str, bool, str], ...]


def shown_bindings(screen: Screen[Any]) -> Shown:
    """What a footer shows for `screen`: each key, its label and action, enabled or not."""
    palette = screen.app.COMMAND_PALETTE_BINDING
    return tuple(
        (binding.key, binding.description, binding.action, enabled, tooltip)
        for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        if binding.show or key == palette
    )


class KeyFooter(Footer):
    """A footer that skips rebuilding when the keys it would show are the ones it shows, or
    while it is hidden (the reader's search line takes its place), catching up when shown."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._shown: Shown | None = None
        """The keys on display (as of the last rebuild)."""
        self._bindings_ready = True
        """Compose the keys with the footer (Textual's waits for a first bindings signal and
        composes them after a refresh: a second layout of the whole screen, 40-90 ms of the
        reader's start-up)."""

    def compose(self) -> ComposeResult:
        self._shown = shown_bindings(self.screen)
        yield from super().compose()

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if not self.display:
            return  # compared again when shown
        shown = shown_bindings(screen)
        if shown == self._shown:
            return
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown  # the rebuild below will show these
        super().bindings_changed(screen)

    def on_show(self) -> None:
        if self.is_attached:
            self.bindings_changed(self.screen)
