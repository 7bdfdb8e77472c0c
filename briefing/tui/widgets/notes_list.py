"""The Notes tab: the reader's highlights and notes in reading order; Enter jumps to one.

Each entry is the words highlighted (italic, shortened), the note under them when there is one,
and where it is (§ section, ¶ paragraph). `d` (or delete) deletes the entry under the cursor and
`D` all of the article's; the reader does the deleting (it holds the store) when it receives
`Delete`, and asks first for all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Briefing
from briefing.tui.text import NOTE, plain, separated
from briefing.tui.widgets.option_list import SafeOptionList

if TYPE_CHECKING:  # (the store's package is imported after the first complete screen)
    from briefing.store.model import Annotation

WORDS_CHARS = 120
"""How much of the highlighted words an entry repeats."""


def annotation_prompt(briefing: Briefing, annotation: Annotation) -> Content:
    """The words in quotation marks, the note (if any), then its place."""
    words = " ".join(annotation.text.split())
    if len(words) > WORDS_CHARS:
        words = words[: WORDS_CHARS - 1].rstrip() + "…"
    lines = [plain(f"“{words}”").stylize("italic")]
    if annotation.note:
        lines.append(plain("✎ ").stylize("$text-accent") + plain(annotation.note).stylize(NOTE))
    place = f"¶{annotation.paragraph + 1}"
    if briefing.sections:
        place = f"§{briefing.section_of(annotation.paragraph) + 1} {place}"
    kind = "note" if annotation.note else "highlight"
    where = plain(f"{kind}  {place}").stylize("$text-accent")
    if annotation.lost:
        where = where + plain("  (text since edited away)").stylize("$text-warning")
    lines.append(where)
    return Content("\n").join(lines)


class NotesList(SafeOptionList):
    """Highlights and notes in reading order; the reader fills it from the store."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d,delete", "delete", "Delete", id="notes.delete",
                tooltip="Delete this highlight or note (u undoes)"),
        Binding("D", "delete_all", "Delete all", id="notes.delete_all",
                tooltip="Delete all of this article's highlights and notes (asks first)"),
    ]  # fmt: skip

    class Chosen(Message):
        """Enter on an entry: go to it."""

        def __init__(self, annotation: Annotation) -> None:
            super().__init__()
            self.annotation = annotation

    class Delete(Message):
        """Delete one entry (`annotation`), or all of them (`annotation` is None)."""

        def __init__(self, annotation: Annotation | None) -> None:
            super().__init__()
            self.annotation = annotation

    def __init__(
        self,
        briefing: Briefing,
        *,
        id: str | None = None,
        annotations: Sequence[Annotation] = (),
    ) -> None:
        self.briefing = briefing
        self.annotations = tuple(annotations)
        """What the list shows, in its order."""
        super().__init__(*self._build_options(), id=id)
        if self.annotations:
            self.highlighted = 0  # as `set_annotations` leaves a list filled from empty

    def set_briefing(self, briefing: Briefing) -> None:
        """A new analysis: the sections the entries name may have changed."""
        self.briefing = briefing
        self.set_annotations(self.annotations)

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """List these (in reading order), keeping the cursor's row where it can."""
        highlighted = self.highlighted
        self.annotations = tuple(annotations)
        self.clear_options()
        self.add_options(self._build_options())
        if self.annotations:
            self.highlighted = min(highlighted or 0, len(self.annotations) - 1)

    def _build_options(self) -> list[Option | None]:
        return list(
            separated(
                Option(annotation_prompt(self.briefing, annotation))
                for annotation in self.annotations
            )
        )

    def select_annotation(self, identifier: int) -> None:
        """Put the cursor on the entry with this id, if it is listed."""
        for index, annotation in enumerate(self.annotations):
            if annotation.id == identifier:
                self.highlighted = index
                return

    @property
    def current(self) -> Annotation | None:
        """The entry under the cursor, if any."""
        index = self.highlighted
        if index is None or not 0 <= index < len(self.annotations):
            return None
        return self.annotations[index]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.annotations):
            self.post_message(self.Chosen(self.annotations[event.option_index]))

    def action_delete(self) -> None:
        if (annotation := self.current) is not None:
            self.post_message(self.Delete(annotation))

    def action_delete_all(self) -> None:
        if self.annotations:
            self.post_message(self.Delete(None))
