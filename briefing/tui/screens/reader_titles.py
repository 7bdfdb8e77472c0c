"""Section titles the reader renamed: `R` opens a dialog, the title is kept in the notes store
(`briefing.store.rename_section`, by the section's first paragraph), never in the user's file.

Mixed into `ReaderScreen`. Any section can be renamed, whether its title is the author's
heading or one the analysis made. The renamed titles are laid over every analysis the reader
shows (`with_titles`, called by `set_briefing`), so the header, the section list, the titles in
the text and the palette all use them, on this opening and the next ones. The store opens after
the first frame (`reading_place.py`), which then calls `store_opened`: the titles change then.
A provisional briefing (before the analysis) has one placeholder section and is left alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.widgets import Static

from briefing.model import Briefing
from briefing.tui.text import plain

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.tui.reading_place import ReadingPlace
    from briefing.tui.widgets.article_view import ArticleView
    from briefing.tui.widgets.section_list import SectionList

    _Base = Screen[None]
else:
    _Base = object


def is_provisional(briefing: Briefing) -> bool:
    """Whether `briefing` is the text before (or without) its analysis (`reader.provisional`:
    one placeholder section, "Analysing…", and no sentences or actors). Any analysed text has
    sentences."""
    return len(briefing.sections) <= 1 and not briefing.sentences and not briefing.actors


def renamed(briefing: Briefing, titles: dict[int, str]) -> Briefing:
    """`briefing` with the reader's `titles` (first paragraph to title) on its sections.

    The short title goes: the reader's own title is shown whole. A provisional briefing, and
    one with no renamed section, is returned as it is.
    """
    if is_provisional(briefing) or not titles:
        return briefing
    sections = tuple(
        replace(section, title=titles[section.first], short_title="")
        if section.first in titles
        else section
        for section in briefing.sections
    )
    return replace(briefing, sections=sections)


class ReaderTitlesMixin(_Base):
    """`R` (rename a section) and the renamed titles for `ReaderScreen`."""

    if TYPE_CHECKING:
        briefing: Briefing
        article: ArticleView
        section: int
        section_list: SectionList | None
        reading_place: ReadingPlace

    _titles: dict[int, str] | None = None
    """The reader's titles, first paragraph to title (None until the store is open)."""
    _originals: dict[int, tuple[str, str]] | None = None
    """The analysis's own title and short title of every section, by first paragraph (what
    an emptied rename restores)."""

    def with_titles(self, briefing: Briefing) -> Briefing:
        """A new analysis with the reader's titles on it (the originals remembered)."""
        if is_provisional(briefing):
            return briefing
        titles, before = self._titles or {}, self._originals or {}
        originals: dict[int, tuple[str, str]] = {}
        for section in briefing.sections:
            first = section.first
            if first in before and titles.get(first) == section.title:
                originals[first] = before[first]  # already renamed: its original is known
            else:
                originals[first] = (section.title, section.short_title)
        self._originals = originals
        return renamed(briefing, self._titles or {})

    def store_opened(self) -> None:
        """The notes store is open: show the titles it keeps for this article."""
        import sqlite3

        from briefing.store import section_titles

        place = self.reading_place
        if place.store is None or place.key is None:
            return
        try:
            self._titles = {**section_titles(place.store, place.key), **(self._titles or {})}
        except (sqlite3.Error, OSError):
            return
        if self._titles:
            self._show_titles(self.with_titles(self._original_briefing()))

    def _original_briefing(self) -> Briefing:
        """The briefing shown, with the analysis's own titles back on it."""
        originals = self._originals
        if is_provisional(self.briefing) or not originals:
            return self.briefing
        sections = []
        for section in self.briefing.sections:
            title, short = originals.get(section.first, (section.title, section.short_title))
            sections.append(replace(section, title=title, short_title=short))
        return replace(self.briefing, sections=tuple(sections))

    def _show_titles(self, briefing: Briefing) -> None:
        """Show `briefing`'s titles in the header, the section list and the text."""
        from briefing.tui.widgets.article_header import ArticleHeader

        old = self.briefing.sections
        self.briefing = briefing
        self.article.briefing = briefing
        header = self.query_one(ArticleHeader)
        header.set_briefing(briefing)
        header.show_section(self.section)
        if (section_list := self.section_list) is not None:
            section_list.set_briefing(briefing)
            section_list.follow(self.section)
        for index, section in enumerate(briefing.sections):
            if index < len(old) and old[index].title == section.title:
                continue
            for heading in self.article.query(f"#s{index}").results(Static):
                heading.update(plain(f"{index + 1}  {section.title}"))

    def _section_to_rename(self) -> int:
        """The section chosen in the section list when it has the focus, else the reader's."""
        section_list = self.section_list
        if section_list is not None and section_list.has_focus:
            highlighted = section_list.highlighted
            if highlighted is not None:
                return highlighted
        return self.section

    def action_rename_section(self) -> None:
        """`R`: rename the current section (or the one chosen in the section list)."""
        from briefing.tui.screens.rename_section import RenameSectionScreen

        if is_provisional(self.briefing):
            self.notify("Sections can be renamed once the analysis is done.", markup=False)
            return
        index = self._section_to_rename()
        if not 0 <= index < len(self.briefing.sections):
            return
        section = self.briefing.sections[index]
        original = (self._originals or {}).get(section.first, (section.title, ""))[0]
        first = section.first

        def done(title: str | None) -> None:
            if title is not None:
                self.rename(first, title)

        self.app.push_screen(RenameSectionScreen(index + 1, section.title, original), done)

    def rename(self, first: int, title: str) -> None:
        """Give the section starting at paragraph `first` the reader's `title` ("" restores
        the original) and keep it in the store."""
        import sqlite3

        from briefing.store import rename_section

        titles = self._titles = dict(self._titles or {})
        if title:
            titles[first] = title
        else:
            titles.pop(first, None)
        place = self.reading_place
        kept = False
        if place.store is not None and place.key is not None:
            paragraphs = self.briefing.article.paragraphs
            anchor = paragraphs[first].text if 0 <= first < len(paragraphs) else ""
            try:
                rename_section(place.store, place.key, first, title, anchor)
                kept = True
            except (sqlite3.Error, OSError):
                kept = False
        self._show_titles(self.with_titles(self._original_briefing()))
        if not kept:
            self.notify("The title is kept until you quit (no notes store).", markup=False)
