"""The Actors tab: who the piece is about, how often, and in which sections."""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Actor, Briefing
from briefing.tui.text import plain, separated
from briefing.tui.widgets.option_list import SafeOptionList

PRESENT = "■"
ABSENT = "·"


def section_strip(briefing: Briefing, actor: Actor) -> str:
    """One mark per section: filled where the actor is named, a dot where not."""
    present = {briefing.section_of(mention.span.paragraph) for mention in actor.mentions}
    return "".join(
        PRESENT if index in present else ABSENT for index in range(len(briefing.sections))
    )


def actor_prompt(briefing: Briefing, actor: Actor) -> Content:
    """Name and kind, then role, mention count and adjectival uses ("Russian officials", counted
    apart: "30 mentions · 17 adjectival"), then the section strip."""
    first = plain(actor.name).stylize("bold") + plain(f"  {actor.kind.value}").stylize(
        "$text-muted"
    )
    count = actor.mention_count
    adjectival = len(actor.adjectival)
    details = " · ".join(
        part
        for part in (
            actor.role,
            f"{count} mention{'s' if count != 1 else ''}",
            f"{adjectival} adjectival" if adjectival else None,
        )
        if part
    )
    # The row's own text colour: an accent colour read 1.3:1 on the light theme's cursor row.
    strip = plain(section_strip(briefing, actor))
    return Content("\n").join([first, plain(details), strip])


class ActorList(SafeOptionList):
    """Actors, most salient first as the analysis ordered them."""

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        self.actors = briefing.actors
        super().__init__(*self._build_options(briefing), id=id)
        self.highlighted = None  # no actor is selected until one is chosen

    def on_mount(self) -> None:
        self._reserve_scrollbar()

    def on_resize(self) -> None:
        self._reserve_scrollbar()

    def _reserve_scrollbar(self) -> None:
        """Keep the scrollbar's columns when the list is sure to scroll: each actor takes three
        lines and a rule, so more than a terminal's height of them always does. Its entries
        are then wrapped once, at the width they are drawn at (start-up, issue 15: they were
        wrapped for the whole width, then again when the scrollbar came, 35 entries twice on
        the seed). A list that fits is drawn as before, without the columns."""
        lines = 4 * len(self.actors) - 1
        self.styles.scrollbar_gutter = "stable" if lines > self.app.size.height else "auto"

    selected: int | None = None
    """The actor the reader selected (its mentions are live), None for none."""

    def show_selected(self, index: int) -> None:
        """Put the cursor on the actor the reader selected (-1: on none; then, with the focus
        here, the cursor stays where it is, for Enter or an arrow to go on from)."""
        wanted = self.selected = index if 0 <= index < self.option_count else None
        if wanted is None and self.has_focus:
            return
        if self.highlighted != wanted:
            self.highlighted = wanted

    def on_focus(self) -> None:
        """A cursor as the focus comes (the selected actor's row, else the first), as the
        other lists have: the first arrow goes on from it, Enter chooses it. Placing it
        selects nothing."""
        if self.highlighted is None and self.option_count:
            with self.prevent(SafeOptionList.OptionHighlighted):
                self.highlighted = self.selected or 0

    def on_blur(self) -> None:
        """No row looks selected when no actor is (issue 15, point 4)."""
        if self.selected is None:
            with self.prevent(SafeOptionList.OptionHighlighted):
                self.highlighted = None

    @staticmethod
    def _build_options(briefing: Briefing) -> list[Option | None]:
        return list(separated(Option(actor_prompt(briefing, actor)) for actor in briefing.actors))

    def set_briefing(self, briefing: Briefing) -> None:
        """List the actors of a new analysis."""
        self.actors = briefing.actors
        self._reserve_scrollbar()
        self.clear_options()
        self.add_options(self._build_options(briefing))
        self.selected = None
        with self.prevent(SafeOptionList.OptionHighlighted):  # (a cursor selects nothing)
            self.highlighted = 0 if self.has_focus and self.option_count else None
