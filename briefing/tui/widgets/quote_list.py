"""The Quotes tab: each quotation, its speaker and its section; Enter jumps to it."""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Briefing, Quote
from briefing.tui.text import plain, separated
from briefing.tui.widgets.option_list import SafeOptionList


def quote_prompt(briefing: Briefing, quote: Quote) -> Content:
    """The words in quotation marks, then who said them and where."""
    words = plain(f"“{quote.text}”").stylize("italic")
    where = []
    if quote.span is not None and briefing.sections:
        where.append(f"§{briefing.section_of(quote.span.paragraph) + 1}")
    speaker = plain(f"— {quote.speaker or 'unattributed'}")
    if quote.cue:
        speaker = speaker + plain(f" ({quote.cue})").stylize("$text-muted")
    if where:
        speaker = speaker + plain(f"  {' '.join(where)}").stylize("$text-accent")
    return Content("\n").join([words, speaker])


class QuoteList(SafeOptionList):
    """Quotations in the order they appear."""

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        self.quotes = briefing.quotes
        super().__init__(*self._build_options(briefing), id=id)

    @staticmethod
    def _build_options(briefing: Briefing) -> list[Option | None]:
        return list(separated(Option(quote_prompt(briefing, quote)) for quote in briefing.quotes))

    def set_briefing(self, briefing: Briefing) -> None:
        """List the quotes of a new analysis."""
        self.quotes = briefing.quotes
        self.clear_options()
        self.add_options(self._build_options(briefing))
