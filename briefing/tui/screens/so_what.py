"""The so-what view: bottom line first, then judgments with their estimative bands,
implications and what to watch. Enter on a line closes the view at its paragraph.

A long article's key judgments are ranked and capped for the view (`sowhat.view.for_view`),
followed by a "+N more key judgments" line; Enter on it lists them all."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Briefing, Estimative, Judgment, Point, Span
from briefing.tui.screens.base import BriefingModal
from briefing.tui.text import plain
from briefing.tui.widgets.key_footer import KeyFooter
from briefing.tui.widgets.option_list import SafeOptionList


def band_style(estimative: Estimative | None) -> str:
    """One neutral badge colour for every band (tui/text.py ESTIMATIVE); muted without a term."""
    from briefing.tui.text import ESTIMATIVE

    return "$text-muted" if estimative is None else ESTIMATIVE


def judgment_prompt(judgment: Judgment) -> Content:
    """A badge with the estimative term and band, then the judgment."""
    estimative = judgment.estimative
    badge = f"[{estimative.label}]" if estimative else "[no estimative term]"
    return plain(badge).stylize(band_style(estimative)) + plain(" " + judgment.text)


def heading(title: str) -> Option:
    """A section title inside the list; it cannot be chosen."""
    return Option(plain(title).stylize("bold $text-accent"), disabled=True)


class SoWhatScreen(BriefingModal[Span | None]):
    """Why the piece matters; dismissed with the span of the chosen line, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,s", "close", "Back to the text", id="so_what.close"),
        Binding("y", "copy", "Copy", id="so_what.copy",
                tooltip="Copy this line's words in the article with their citation"),
        Binding("q", "app.quit", "Quit", id="so_what.quit", show=False),
        # A dialog takes no keys from the app: its help key is its own.
        Binding("question_mark", "app.help", "Help", id="so_what.help"),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.spans: dict[int, Span | None] = {}
        self.more: int | None = None
        """Index of the "+N more key judgments" line, or None when every judgment shows."""
        self.judgment_rows: dict[int, Judgment] = {}
        """The key judgments listed, by option index (in reading order)."""
        self.expanded = False
        """Whether every key judgment shows (Enter on the "more" line), not only `for_view`'s."""

    def compose(self) -> ComposeResult:
        with Vertical(id="so-what-dialog"):
            yield Static(plain(f"So what: {self.briefing.article.meta.title}"), id="so-what-title")
            yield SafeOptionList(*self._options(), id="so-what-list")
        yield KeyFooter()

    def _options(self) -> list[Option | None]:
        """The lines of the view; the key judgments ranked and capped (`for_view`) unless
        `expanded`, with a line saying how many more there are."""
        from briefing.analysis.sowhat.view import for_view

        so_what = self.briefing.so_what
        options: list[Option | None] = []
        self.spans = {}
        self.more = None

        def item(prompt: Content, span: Span | None) -> None:
            self.spans[sum(option is not None for option in options)] = span
            options.append(Option(prompt))

        options.append(heading("Bottom line"))
        bottom = so_what.bottom_line
        item(
            plain(bottom.text or "The analysis found no bottom line.").stylize("bold"), bottom.span
        )
        groups: tuple[tuple[str, tuple[Point, ...]], ...] = (
            ("Implications", so_what.implications),
            ("What to watch", so_what.watch),
        )
        if so_what.key_judgments:
            options.append(None)
            options.append(heading("Key judgments"))
            judgments, hidden = (
                (so_what.key_judgments, 0) if self.expanded else for_view(so_what.key_judgments)
            )
            self.judgment_rows = {}
            for judgment in judgments:
                self.judgment_rows[sum(option is not None for option in options)] = judgment
                item(judgment_prompt(judgment), judgment.span)
            if hidden:
                self.more = sum(option is not None for option in options)
                options.append(
                    Option(plain(f"+{hidden} more key judgments").stylize("$text-muted"))
                )
        for title, points in groups:
            if points:
                options.append(None)
                options.append(heading(title))
                for point in points:
                    item(plain("• " + point.text), point.span)
        return options

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.focus()
        listing.highlighted = 1 if listing.option_count > 1 else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_index == self.more:
            self.show_all_judgments()
            return
        span = self.spans.get(event.option_index)
        if span is None:
            self.notify("This line does not point to a paragraph.", markup=False)
            return
        self.dismiss(span)

    def show_all_judgments(self) -> None:
        """List every key judgment in reading order, the cursor on the first one that was
        hidden (where the new reading starts), else on the row where the "more" line was."""
        shown = {id(judgment) for judgment in self.judgment_rows.values()}
        where = self.more
        self.expanded = True
        listing = self.query_one(OptionList)
        listing.clear_options()
        listing.add_options(self._options())
        revealed = (
            row for row, judgment in self.judgment_rows.items() if id(judgment) not in shown
        )
        listing.highlighted = next(revealed, where)

    def action_close(self) -> None:
        self.dismiss(None)

    def help_for_action(self, action: str, what: str) -> str | None:
        """Enter's job here, for the `?` help (screens/help.py)."""
        if action == "select":
            return "Go to the line's paragraph (on the +N more line: list them all)"
        return what

    def action_copy(self) -> None:
        """`y`: the line under the cursor, as the article words it, with its citation."""
        from briefing.tui.cite import copy_cited, words_at

        listing = self.query_one(OptionList)
        index = listing.highlighted
        if index is None or index == self.more:
            return
        span = self.spans.get(index)
        article, so_what = self.briefing.article, self.briefing.so_what
        text = words_at(article, span) if span is not None else ""
        if not text:
            text = str(listing.get_option_at_index(index).prompt).lstrip("• ")
        what = "the point"
        if span is not None and any(j.span == span for j in so_what.key_judgments):
            what = "the judgment"
        elif index == next(iter(self.spans), None):  # the first line is the bottom line
            what = "the bottom line"
        copy_cited(self.app, article, text, None if span is None else span.paragraph, what=what)
