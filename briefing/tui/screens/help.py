"""The `?` help screen, generated from the live bindings of the screen it was opened over.

Nothing here lists keys by hand: remapped or newly added bindings show up as they are, and keys
that do nothing right now are marked as such. The longer prose comes from help.md.
"""

from __future__ import annotations

from importlib import resources
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from briefing.tui.prose import markdown_content
from briefing.tui.screens.base import BriefingModal
from briefing.tui.text import plain
from briefing.tui.widgets.key_footer import KeyFooter

KEY_WIDTH = 22


def binding_rows(screen: Screen[object]) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """Bindings active on `screen` by where they apply: (group, [(keys, what, enabled)])."""
    app = screen.app
    groups: dict[str, dict[tuple[int, str, str], tuple[list[str], bool]]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.system or not binding.description:
            continue
        node = active.node
        group = (
            "Everywhere"
            if node is app
            else "This screen"
            if node is screen
            else (f"In the focused {type(node).__name__}")
        )
        entries = groups.setdefault(group, {})
        key = (id(node), binding.action, binding.description)
        keys, enabled = entries.get(key, ([], active.enabled))
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
        entries[key] = (keys, enabled and active.enabled)
    order = ["This screen", "Everywhere"]
    names = sorted(groups, key=lambda name: (order.index(name) if name in order else 2, name))
    return [
        (
            name,
            [
                (", ".join(keys), description, enabled)
                for (_, _, description), (keys, enabled) in groups[name].items()
            ],
        )
        for name in names
    ]


def bindings_table(screen: Screen[object]) -> Content:
    """The rows as aligned lines; keys that are disabled now are dimmed."""
    lines: list[Content] = []
    for group, rows in binding_rows(screen):
        if lines:
            lines.append(Content(""))
        lines.append(plain(group).stylize("bold $text-accent"))
        for keys, description, enabled in rows:
            line = plain(keys.ljust(KEY_WIDTH)).stylize("bold") + plain(description)
            if not enabled:
                line = (line + plain("  (nothing to do now)")).stylize("$text-muted")
            lines.append(line)
    return Content("\n").join(lines)


def help_prose() -> str:
    """The packaged help.md."""
    return resources.files("briefing.tui").joinpath("help.md").read_text(encoding="utf-8")


class HelpScreen(BriefingModal[None]):
    """Keys of the screen below, then the prose."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help", id="help.close")
    ]

    def __init__(self, over: Screen[object]) -> None:
        super().__init__()
        self.over = over
        """The screen whose keys are listed."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static(plain("Keys").stylize("bold"), id="help-title")
            yield Static(bindings_table(self.over), id="help-keys")
            yield Static(markdown_content(help_prose()), id="help-prose")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#help-dialog").focus()

    def action_close(self) -> None:
        self.dismiss(None)
