"""The numbered sections down the left; the highlight follows the reader's scrolling."""

from __future__ import annotations

from textual.widgets.option_list import Option

from briefing.model import Briefing
from briefing.tui.text import plain
from briefing.tui.widgets.option_list import SafeOptionList


class SectionList(SafeOptionList):
    """One option per section, by its short label (`Section.label`: a long author heading
    in its short form; the header keeps the full title); choosing one jumps the article to it."""

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        super().__init__(*self._build_options(briefing), id=id)

    @staticmethod
    def _build_options(briefing: Briefing) -> list[Option]:
        return [
            Option(plain(f"{index + 1} {section.label}"), id=f"section-{index}")
            for index, section in enumerate(briefing.sections)
        ]

    def set_briefing(self, briefing: Briefing) -> None:
        """List the sections of a new analysis."""
        self.clear_options()
        self.add_options(self._build_options(briefing))

    def follow(self, index: int) -> None:
        """Highlight the current section without jumping to it."""
        if 0 <= index < self.option_count and self.highlighted != index:
            self.highlighted = index
