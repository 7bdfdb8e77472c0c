"""The reader's keys in one place; the footer and the `?` help are built from them.

Ids are stable, so a keymap can rebind them (`App.set_keymap`).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

READER_BINDINGS: list[BindingType] = [
    # A priority binding runs as the key arrives, before the keys typed after it are
    # routed: "/moscow" typed in one burst goes into the search line, instead of running
    # `s` (so what) and the rest on the article. Inside the line, `/` is just a character.
    Binding("slash", "search", "Search", id="reader.search", priority=True),
    # A tooltip is the longer wording the `?` help shows (the footer keeps the short one).
    Binding("n", "next_match", "Next", id="reader.next_match",
            tooltip="Next search hit or actor mention"),
    Binding("N", "previous_match", "Prev", id="reader.previous_match",
            tooltip="Previous search hit or mention"),
    Binding("s", "so_what", "So what", id="reader.so_what",
            tooltip="So what: bottom line, judgments, implications"),
    Binding("e", "export", "Export", id="reader.export", tooltip="Export a one-page summary"),
    Binding("o", "open_url", "Open URL", id="reader.open_url"),  # shown only with a URL
    Binding(
        "right_square_bracket",
        "next_section",
        "Next §",
        show=False,
        id="reader.next_section",
        tooltip="Next section",
    ),
    Binding(
        "left_square_bracket",
        "previous_section",
        "Prev §",
        show=False,
        id="reader.previous_section",
        tooltip="Previous section",
    ),
    Binding("escape", "back", "Clear/back", show=False, id="reader.back",
            tooltip="Clear search or actor; back to the library"),
    Binding("a", "show_tab('actors')", "Actors tab", show=False, id="reader.tab_actors"),
    Binding(
        "quotation_mark", "show_tab('quotes')", "Quotes tab", show=False, id="reader.tab_quotes"
    ),
    Binding("t", "show_tab('timeline')", "Timeline tab", show=False, id="reader.tab_timeline"),
    Binding("c", "toggle_panel('sections')", "Hide/show sections", show=False,
            id="reader.toggle_sections"),
    Binding("p", "toggle_panel('side')", "Hide/show side panel", show=False,
            id="reader.toggle_side"),
    Binding("f", "focus_mode", "Focus mode", show=False, id="reader.focus_mode",
            tooltip="Focus mode: the text alone"),
    # `m` and `'` act as they arrive (priority), so the letter typed after them in the same
    # burst ("ma") is read as the mark's letter (reader_marks.py), not as the key it is.
    Binding("m", "set_mark", "Set mark", show=False, id="reader.set_mark", priority=True,
            tooltip="Mark this place: m then a letter"),
    Binding("apostrophe", "go_to_mark", "Go to mark", show=False, id="reader.go_to_mark",
            priority=True, tooltip="Go to a mark: ' then its letter; '' back before the jump"),
    Binding("R", "rename_section", "Rename section", show=False, id="reader.rename_section",
            tooltip="Rename the section (kept in your notes, not in the file)"),
    Binding("tab", "panel(1)", "Next panel", show=False, id="reader.next_panel"),
    Binding("shift+tab", "panel(-1)", "Previous panel", show=False, id="reader.previous_panel"),
    Binding("j,down", "scroll('down')", "Scroll down", show=False, id="reader.down"),
    Binding("k,up", "scroll('up')", "Scroll up", show=False, id="reader.up"),
    Binding(
        "space,pagedown", "scroll('page_down')", "Page down", show=False, id="reader.page_down"
    ),
    Binding("b,pageup", "scroll('page_up')", "Page up", show=False, id="reader.page_up"),
    Binding("g,home", "scroll('home')", "Top", show=False, id="reader.top"),
    Binding("G,end", "scroll('end')", "Bottom", show=False, id="reader.bottom"),
    *(
        Binding(
            str(number),
            f"section({number})",
            f"Section {number}",
            show=False,
            id=f"reader.section_{number}",
        )
        for number in range(1, 10)
    ),
]
"""Bound on `ReaderScreen`; actions are its `action_*` methods."""
