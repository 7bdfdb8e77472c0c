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

WIDGET_NAMES = {
    "ArticleView": "the article",
    "SectionList": "the section list",
    "ActorList": "the actor list",
    "QuoteList": "the quote list",
    "TimelineList": "the timeline",
    "NotesList": "the notes list",
    "ContentTabs": "the side panel's tabs",
    "Input": "a text field",
    "DataTable": "the list of articles",
    "OptionList": "the list",
}
"""Readable names for the widget that has the focus (help groups its keys under it)."""

SCREEN_NAMES = {"ReaderScreen": "Reader", "LibraryScreen": "Library"}
"""Group titles for the screen's own keys."""

HORIZONTAL = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})
"""Actions that do nothing in a widget that cannot scroll sideways."""

SAME_AS = {"scroll home": "top", "scroll end": "bottom"}
"""A focused widget's key that does what a screen key does, by description (lower case)."""


def widget_name(node: object) -> str:
    """What a user calls a widget: "the actor list", not `ActorList`."""
    for cls in type(node).__mro__:
        if cls.__name__ in WIDGET_NAMES:
            return WIDGET_NAMES[cls.__name__]
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in type(node).__name__)
    return "the" + words


def does_nothing(node: object, action: str) -> bool:
    """Whether a binding cannot act here (sideways scrolling where there is nothing to the
    side), so the help leaves it out."""
    name = action.split("(", 1)[0]
    return name in HORIZONTAL and not getattr(node, "allow_horizontal_scroll", False)


def binding_rows(screen: Screen[object]) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """Bindings active on `screen` by where they apply: (group, [(keys, what, enabled)]).

    Keys written as the footer writes them; a focused widget's key that does what one of the
    screen's keys does (the article's arrows scroll as `j`/`k` do) joins that key's row."""
    app = screen.app
    own = SCREEN_NAMES.get(type(screen).__name__, "This screen")
    groups: dict[str, dict[str, tuple[list[str], str, bool]]] = {}
    screen_rows: dict[str, str] = {}
    actives = sorted(
        screen.active_bindings.values(),
        key=lambda active: 0 if active.node is screen else 1 if active.node is app else 2,
    )
    for active in actives:
        binding = active.binding
        if binding.system or not binding.description:
            continue
        node = active.node
        if does_nothing(node, binding.action):
            continue
        what = binding.tooltip or binding.description
        if node is app:
            group = "Everywhere"
        elif node is screen:
            group = own
        else:
            group = f"In {widget_name(node)}"
        same = SAME_AS.get(binding.description.lower(), binding.description.lower())
        if node is not screen and node is not app and same in screen_rows:
            group, what = own, screen_rows[same]
        entries = groups.setdefault(group, {})
        row = same if group == own and node is not screen else binding.description.lower()
        keys, what, enabled = entries.get(row, ([], what, active.enabled))
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
        entries[row] = (keys, what, enabled and active.enabled)
        if node is screen:
            screen_rows.setdefault(binding.description.lower(), what)
    order = [own, "Everywhere"]
    names = sorted(groups, key=lambda name: (order.index(name) if name in order else 2, name))
    return [
        (
            name,
            [(", ".join(keys), what, enabled) for keys, what, enabled in groups[name].values()],
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
                line = (line + plain("  (not now)")).stylize("$text-muted")
            lines.append(line)
    return Content("\n").join(lines)


def help_prose(over: Screen[object] | None = None) -> str:
    """The packaged help for the screen it is opened over: help_library.md for the library,
    help.md for the reader. Key names in it are written as the footer writes them."""
    name = "help_library.md" if type(over).__name__ == "LibraryScreen" else "help.md"
    text = resources.files("briefing.tui").joinpath(name).read_text(encoding="utf-8")
    if over is not None:
        text = text.replace("`ctrl+p`", f"`{palette_key(over)}`")
    return text


def palette_key(screen: Screen[object]) -> str:
    """The command palette's key as the footer shows it."""
    app = screen.app
    for active in screen.active_bindings.values():
        if active.binding.action == "app.command_palette" or (
            active.binding.key == app.COMMAND_PALETTE_BINDING
        ):
            return app.get_key_display(active.binding)
    return "ctrl+p"


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
            yield Static(markdown_content(help_prose(self.over)), id="help-prose")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#help-dialog").focus()

    def action_close(self) -> None:
        self.dismiss(None)
