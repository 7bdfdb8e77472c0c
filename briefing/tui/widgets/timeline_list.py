"""The Timeline tab: dated events in order; Enter jumps to the sentence that reports one."""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Briefing, Event
from briefing.tui.text import plain, separated
from briefing.tui.widgets.option_list import SafeOptionList


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


def in_order(briefing: Briefing) -> tuple[Event, ...]:
    """Events by date (stable, so same-day events keep the article's order)."""
    return tuple(sorted(briefing.timeline, key=lambda event: event.when))


class TimelineList(SafeOptionList):
    """Events in date order."""

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        self.events = in_order(briefing)
        super().__init__(*self._build_options(), id=id)

    def _build_options(self) -> list[Option | None]:
        return list(separated(Option(event_prompt(event)) for event in self.events))

    def set_briefing(self, briefing: Briefing) -> None:
        """List the events of a new analysis."""
        self.events = in_order(briefing)
        self.clear_options()
        self.add_options(self._build_options())
