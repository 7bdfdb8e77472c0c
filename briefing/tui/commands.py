"""The command palette provider: sections, actors, quotes and exports by name.

Entries read "category: thing" ("Go to section: The turn west", "Actor: Nikol Pashinyan",
"Export: one-page PDF"; in the library, "Open: <title>") so fuzzy matching on either half finds
them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from briefing.tui.text import plain, visible

if TYPE_CHECKING:
    from briefing.tui.screens.library import LibraryScreen
    from briefing.tui.screens.reader import ReaderScreen

Entry = tuple[str, Callable[[], object], str]

EXPORTS = (("md", "Markdown"), ("txt", "plain text"), ("html", "HTML"), ("pdf", "one-page PDF"))
SIDE_TABS = (
    ("actors", "Who the piece is about", "a"),
    ("quotes", "Direct quotations and their speakers", '"'),
    ("timeline", "Dated events in order", "t"),
    ("notes", "Your highlights and notes", "I"),
)
"""The side panel's tabs: name, what it lists, and its key."""
DISCOVER_OPEN_LIMIT = 20
"""A library larger than this lists no "Open:" entries until something is typed."""


class BriefingCommands(Provider):
    """Commands for the screen the palette was opened over."""

    def _entries(self) -> Iterator[Entry]:
        from briefing.tui.screens.library import LibraryScreen
        from briefing.tui.screens.reader import ReaderScreen

        screen = self.screen
        if isinstance(screen, LibraryScreen):
            yield from self._library_entries(screen)
            return
        if not isinstance(screen, ReaderScreen) or not screen.ready:
            return
        briefing = screen.briefing
        for index, section in enumerate(briefing.sections):
            yield (
                f"Go to section: {section.label}",
                partial(screen.action_section, index + 1),
                f"Section {index + 1}",
            )
        for index, actor in enumerate(briefing.actors):
            count = actor.mention_count
            uses = f"{count} mention{'s' if count != 1 else ''}"
            if actor.adjectival:
                uses += f", {len(actor.adjectival)} adjectival"
            help_text = f"{actor.kind.value}, {uses}: highlight them"
            yield (f"Actor: {actor.name}", partial(self._actor, screen, index), help_text)
        for quote in briefing.quotes:
            if quote.span is not None:
                words = quote.text if len(quote.text) <= 50 else quote.text[:49] + "…"
                yield (
                    f"Quote: “{words}”",
                    partial(screen.jump_to, quote.span, flash=True),
                    f"said by {quote.speaker or 'unattributed'}",
                )
        yield ("View: so what", screen.action_so_what, "Bottom line, judgments, implications")
        for tab, about, key in SIDE_TABS:
            yield (f"Show: {tab}", partial(screen.action_show_tab, tab), f"{about} ({key})")
        yield (
            "View: focus mode",
            screen.action_focus_mode,
            "The text alone; again to bring the panels back (f)",
        )
        yield ("View: hide/show side panel", partial(screen.action_toggle_panel, "side"), "(p)")
        yield (
            "View: hide/show section list",
            partial(screen.action_toggle_panel, "sections"),
            "(c)",
        )
        yield ("Search the article", screen.action_search, "Open the search line")
        yield from self._mark_entries(screen)
        from briefing.tui.screens.reader_notes import notes_commands

        yield from notes_commands(screen)
        for fmt, label in EXPORTS:
            yield (
                f"Export: {label}",
                partial(screen.action_export, fmt),
                f"Write a summary as .{fmt}",
            )

    @staticmethod
    def _mark_entries(screen: ReaderScreen) -> Iterator[Entry]:
        """Each mark, the way back, setting a mark and renaming the section."""
        for letter, paragraph in screen.marks().items():
            yield (
                f"Go to mark: {letter}",
                partial(screen.go_to_mark, letter),
                f"{screen.where(paragraph)}, paragraph {paragraph + 1} (' {letter})",
            )
        yield ("Go to mark: back before the last jump", screen.go_back, "('')")
        yield (
            "Mark: set a mark here",
            screen.action_set_mark,
            "Then press a letter; ' and the letter come back (m)",
        )
        yield (
            "Rename section",
            screen.action_rename_section,
            "The current section's title, kept in your notes, not the file (R)",
        )

    @staticmethod
    def _library_entries(screen: LibraryScreen) -> Iterator[Entry]:
        for path in screen.paths:
            title, about = screen.describe(path)
            yield (f"Open: {title}", partial(screen.open_path, path), about or path.name)
        yield (
            "Search the text of every article",
            screen.action_search,
            "Titles, text, actor names and quotes",
        )
        for column, about in (
            ("title", "A to Z"),
            ("source", "A to Z"),
            ("date", "newest first"),
        ):
            yield (f"Sort: by {column}", partial(screen.sort_rows, column), about)
        yield ("Sort: folder order", partial(screen.sort_rows, None), "As the folder lists them")

    @staticmethod
    def _actor(screen: object, index: int) -> None:
        from briefing.tui.screens.reader import ReaderScreen

        assert isinstance(screen, ReaderScreen)
        screen.show_tab("actors")
        screen.select_actor(index)

    async def discover(self) -> Hits:
        entries = list(self._entries())
        opens = sum(text.startswith("Open:") for text, _, _ in entries)
        hidden = ("Quote:", "Actor:", *(("Open:",) if opens > DISCOVER_OPEN_LIMIT else ()))
        for text, callback, help_text in entries:
            if not text.startswith(hidden):
                yield DiscoveryHit(plain(text), callback, help=_literal(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._entries():
            literal = _literal(text)
            score = matcher.match(literal)
            if score > 0:
                yield Hit(score, matcher.highlight(literal), callback, help=_literal(help_text))


def _literal(text: str) -> str:
    """Article words as palette markup that shows them literally (the palette parses markup)."""
    return escape(visible(text))
