"""The Timeline tab: dated events in order; Enter jumps to the sentence that reports one."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Briefing, Event
from briefing.tui.text import plain, separated


def when(event: Event) -> str:
    """The date to the precision the article gave: 2023, 2023-01 or 2023-01-15."""
    if event.precision == "year":
        return f"{event.when.year}"
    if event.precision == "month":
        return event.when.strftime("%Y-%m")
    return event.when.isoformat()


def event_prompt(event: Event) -> Content:
    """The date in bold, then the sentence."""
    return Content("\n").join([plain(when(event)).stylize("bold $text-accent"), plain(event.text)])


class TimelineList(OptionList):
    """Events in date order."""

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        self.events = tuple(sorted(briefing.timeline, key=lambda event: event.when))
        super().__init__(*separated(Option(event_prompt(event)) for event in self.events), id=id)
