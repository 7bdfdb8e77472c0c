"""The `?` help screen, generated from the live bindings of the screen it was opened over.

Nothing here lists keys by hand: remapped or newly added bindings show up as they are, and keys
that do nothing right now are marked as such or left out. The longer prose comes from help.md
(the reader, and a section of it for the so-what view and the export dialog) and
help_library.md (the library).

A screen or widget can say what one of its keys does right now: a method
`help_for_action(action: str, what: str) -> str | None` returns the description to show, or
None when the key does nothing there (the reader's escape: "Clear the search", "Back to the
library", or nothing at all in a reader opened from a path with nothing to clear).
"""

from __future__ import annotations

from importlib import resources
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
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
    "Tabs": "the side panel's tabs",
    "Input": "a text field",
    "DataTable": "the list of articles",
    "OptionList": "the list",
    "RadioSet": "the list of choices",
}
"""Readable names for the widget that has the focus (help groups its keys under it)."""

SCREEN_NAMES = {
    "ReaderScreen": "Reader",
    "LibraryScreen": "Library",
    "SoWhatScreen": "So what",
    "ExportScreen": "Export",
    "NoteEditorScreen": "Note",
    "RenameSectionScreen": "Rename the section",
    "ConfirmScreen": "This question",
}
"""Group titles for the screen's own keys."""

HORIZONTAL = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})
"""Actions that do nothing in a widget that cannot scroll sideways."""

SIDEWAYS_IN_ROWS = frozenset({"cursor_left", "cursor_right", "scroll_home", "scroll_end"})
"""A DataTable's left, right, home and end keys: with a row cursor they only scroll sideways
(`ctrl+home` and `ctrl+end` go to the first and last row)."""

VERTICAL = frozenset(
    {"scroll_up", "scroll_down", "scroll_home", "scroll_end", "page_up", "page_down"}
)
"""Scrolling actions that do nothing in a widget that cannot scroll up and down, unless the
widget gives them a job of its own (a list's page keys move its highlight)."""

UNSENDABLE = frozenset({"super", "hyper"})
"""Modifiers no terminal passes to a program (the Command and Windows keys): Textual binds
`super+c` beside `ctrl+c` for its desktop and web front ends."""

FOCUS_MOVES = frozenset({"focus_next", "focus_previous"})
"""`tab` and `shift+tab`: they do nothing on a screen with fewer than two focusable widgets."""

READABLE = {
    "Focus Next": "Next field",
    "Focus Previous": "Previous field",
    "Scroll Home": "Top",
    "Scroll End": "Bottom",
    "Scroll Up": "Scroll up",
    "Scroll Down": "Scroll down",
    "Page Up": "Page up",
    "Page Down": "Page down",
}
"""Textual's built-in descriptions as the rest of the help writes keys (Textual's own names
are an API's title case, "Focus Next")."""

SAME_AS = {"scroll home": "top", "scroll end": "bottom"}
"""A focused widget's key that does what a screen key does, by description (lower case)."""


def widget_name(node: object) -> str:
    """What a user calls a widget: "the actor list", not `ActorList`."""
    for cls in type(node).__mro__:
        if cls.__name__ in WIDGET_NAMES:
            return WIDGET_NAMES[cls.__name__]
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in type(node).__name__)
    return "the" + words


def key_name(app: object, binding: Binding) -> str | None:
    """A key as the footer writes it ("ctrl+shift+←", not "shift+^←"), or None for a key no
    terminal can send (`super+c`)."""
    *modifiers, _ = binding.key.split("+")
    if UNSENDABLE & set(modifiers):
        return None
    display: str = app.get_key_display(binding)  # type: ignore[attr-defined]
    parts = display.split("+")
    if any(len(part) > 1 and part.startswith("^") for part in parts):
        parts = ["ctrl"] + [part[1:] if part.startswith("^") else part for part in parts]
        display = "+".join(parts)
    return display


def without_full_stop(what: str) -> str:
    """A description as the help writes them all: no full stop at the end (Textual's own
    "Quit the app and return to the command prompt.")."""
    return what[:-1] if what.endswith(".") and not what.endswith("..") else what


def nothing_to_choose(node: object) -> bool:
    """Whether `node` is a list with no row to act on (an empty Notes tab): its own keys
    (delete, select, move) do nothing."""
    from textual.widgets import DataTable, OptionList

    if isinstance(node, OptionList):
        return all(option.disabled for option in node.options)
    if isinstance(node, DataTable):
        return node.row_count == 0
    return False


def does_nothing(node: object, action: str) -> bool:
    """Whether a binding cannot act here, so the help leaves it out: sideways scrolling where
    there is nothing to the side (a row-cursor table's left, right, home and end among it),
    scrolling up and down in a widget that does not scroll and gives the key no job of its own,
    `tab`/`shift+tab` on a screen with one focusable widget, and any key of an empty list."""
    from textual.screen import Screen
    from textual.widget import Widget
    from textual.widgets import DataTable

    if nothing_to_choose(node):
        return True
    name = action.split("(", 1)[0].rsplit(".", 1)[-1]
    if name in FOCUS_MOVES:
        screen = node if isinstance(node, Screen) else getattr(node, "screen", None)
        return screen is not None and len(screen.focus_chain) < 2
    if name in SIDEWAYS_IN_ROWS and isinstance(node, DataTable) and node.cursor_type == "row":
        return not node.allow_horizontal_scroll
    if name in HORIZONTAL:
        return not getattr(node, "allow_horizontal_scroll", False)
    if name in VERTICAL and isinstance(node, Widget) and not isinstance(node, Screen):
        own = getattr(type(node), f"action_{name}", None)
        if own is getattr(Widget, f"action_{name}", None):  # plain scrolling, no job of its own
            return not node.allow_vertical_scroll
    return False


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
        display = key_name(app, binding)
        if display is None:
            continue
        what = binding.tooltip or READABLE.get(binding.description, binding.description)
        what = described_now(screen, node, binding.action, what)
        if what is None:
            continue
        what = without_full_stop(what)
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


Rows = list[tuple[str, list[tuple[str, str, bool]]]]


def described_now(screen: object, node: object, action: str, what: str) -> str | None:
    """`what`, as the node owning the key (then its screen) words it now through
    `help_for_action`; None when one of them says the key does nothing here."""
    name = action.split("(", 1)[0].rsplit(".", 1)[-1]
    for owner in dict.fromkeys((node, screen)):
        describe = getattr(owner, "help_for_action", None)
        if callable(describe):
            said = describe(name, what)
            if said is None:
                return None
            what = said
    return what


def bindings_table(screen: Screen[object], width: int | None = None) -> Content:
    """The rows as aligned lines; keys that are disabled now are dimmed."""
    return rows_content(binding_rows(screen), width)


def rows_content(groups: Rows, width: int | None = None) -> Content:
    """Groups of (keys, what, enabled) rows as lines: the keys in a column of `KEY_WIDTH`,
    each description wrapped to `width` cells (when given) under its own first word, never
    under the keys (a hanging indent: at 80 columns a long description wrapped to the left
    edge and read as a key)."""
    import textwrap

    lines: list[Content] = []
    for group, rows in groups:
        if lines:
            lines.append(Content(""))
        lines.append(plain(group).stylize("bold $text-accent"))
        for keys, description, enabled in rows:
            column = max(KEY_WIDTH, len(keys) + 2)
            what = description if enabled else f"{description}  (not now)"
            room = (width or 0) - column
            parts = textwrap.wrap(what, room) if room >= 20 else [what]
            for index, part in enumerate(parts or [""]):
                head = plain(keys.ljust(column) if index == 0 else " " * column)
                line = head.stylize("bold") + plain(part)
                lines.append(line if enabled else line.stylize("$text-muted"))
    return Content("\n").join(lines)


class KeysTable(Static):
    """The keys of a screen, laid out for the width the table is given."""

    def __init__(self, groups: Rows, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.groups = groups

    def render(self) -> Content:
        return rows_content(self.groups, self.content_region.width or None)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(rows_content(self.groups, width).split("\n"))


PROSE = {
    "LibraryScreen": ("help_library.md", None),
    "ReaderScreen": ("help.md", None),
    "SoWhatScreen": ("help.md", "So what"),
    "ExportScreen": ("help.md", "Export"),
}
"""The packaged help of each screen: a file, and the `##` section of it that is about that
screen (None: all of it). Other dialogs (a yes/no question) have their keys only."""


def section(text: str, title: str) -> str:
    """The `## title` section of a Markdown text, its heading included ("" if absent)."""
    start = text.find(f"## {title}\n")
    if start < 0:
        return ""
    end = text.find("\n## ", start + 1)
    return text[start:] if end < 0 else text[start : end + 1]


def help_prose(over: Screen[object] | None = None) -> str:
    """The packaged help for the screen it is opened over (`PROSE`; the reader's without a
    screen), "" for a dialog that has none. Key names in it are written as the footer
    writes them."""
    name, title = PROSE.get(type(over).__name__, (None, None)) if over else ("help.md", None)
    if name is None:
        return ""
    text = resources.files("briefing.tui").joinpath(name).read_text(encoding="utf-8")
    if title is not None:
        text = section(text, title)
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
            yield KeysTable(binding_rows(self.over), id="help-keys")
            prose = help_prose(self.over)
            if prose:
                yield Static(markdown_content(prose), id="help-prose")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#help-dialog").focus()

    def action_close(self) -> None:
        self.dismiss(None)
