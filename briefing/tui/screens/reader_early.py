"""Keys pressed before the reader can serve them wait, in order, instead of being lost.

A first open shows the text at once and the rest comes in the next second or two (start-up,
issues 3 and 15): the analysis (sections, actors, quotes), the panels built with it, the text
below the first screen, then the notes store. A key pressed in that window used to do nothing
(`/`, `s`, `3`, `G`, `a`: their actions were disabled, or went to the one provisional section,
or to the end of the first screen's text) or said something false ("the notes store is not
open" for `h`). Issue 15, tester item 2.

Now the reader's own keys that need something still to come (`NEEDS`) are held (the key
events themselves, so that "/moscow" typed early still goes into the search line), and every
key after a held one is held too, so they keep their order; once the first held key's needs
are met they are sent again one at a time, as they were typed, each once the one before it
has been handled (`_send_next`). Keys of the app (`q`, `?`, the palette)
are never held: quitting is never kept waiting. A key whose need never comes (an analysis that
failed) is sent when that is known, and does what it does without it.

Needs: "analysis" (the analysis has arrived or failed), "panels" (the side panel, section list
and footer are mounted: `ReaderScreen.ready`), "text" (every paragraph is mounted), "store"
(the notes store is open, or could not be).

Mixed into `ReaderScreen` ahead of the other mixins: its `on_key` comes before theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from textual import events
from textual.actions import parse

from briefing.tui.screens.reader_titles import is_provisional

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.timer import Timer

    from briefing.model import Briefing
    from briefing.tui.reading_place import ReadingPlace
    from briefing.tui.widgets.article_view import ArticleView

    _Base = Screen[None]
else:
    _Base = object

NEEDS: Mapping[str, tuple[str, ...]] = {
    "section": ("analysis", "panels"),
    "next_section": ("analysis", "panels"),
    "previous_section": ("analysis", "panels"),
    "rename_section": ("analysis", "panels"),
    "so_what": ("analysis", "panels"),
    "export": ("analysis", "panels"),
    "show_tab": ("analysis", "panels"),
    "next_match": ("panels",),
    "previous_match": ("panels",),
    "search": ("panels",),
    "set_mark": ("panels",),
    "go_to_mark": ("panels",),
    "panel": ("panels",),
    "copy_cited": ("analysis", "panels"),
    "highlight": ("panels", "store"),
    "note": ("panels", "store"),
    "undo_note": ("panels", "store"),
}
"""The reader's actions (by name) that wait, and for what; `scroll('end')` waits for the text
too, and the Notes tab for the store."""

HELD_ACTIONS = frozenset({"search", "set_mark", "go_to_mark"})
"""The reader's priority bindings: they run as a key arrives, before a key typed ahead of them
has made its way to `on_key` to be held. They are disabled while they would wait or keys are
held (`early_blocks`, from `ReaderScreen.check_action`), so that they reach `on_key` in turn."""

EARLY_WAIT = 0.02
"""Seconds between looks at whether the first held key can be served."""
EARLY_TRIES = 3000
"""Looks before the held keys are sent whatever is missing (a minute: a text of tens of
megabytes takes that long to mount and analyse)."""

CALM_TICKS = 2
"""Looks in a row that must find nothing on its way before a held key is sent."""

_ANALYSING = "Analysing…"
"""The provisional briefing's one section title while the analysis is on its way
(`reader.provisional`; "Analysis failed" once it has failed)."""


class ReaderEarlyMixin(_Base):
    """Holding and sending again the keys typed before the reader is complete."""

    if TYPE_CHECKING:
        briefing: Briefing
        article: ArticleView
        reading_place: ReadingPlace
        ready: bool
        analyse: bool
        _pending_mark: str | None

        def refresh_notes(self) -> None: ...

    _held: list[events.Key] | None = None
    """Key events held, in the order typed (None: none held)."""
    _held_timer: Timer | None = None
    _held_tries = 0
    _in_flight: events.Key | None = None
    """The held key sent last, until it has been handled."""
    _calm = 0
    """Looks in a row that found the app calm (`_quiet`)."""
    _sending_priority = False
    """Whether a held priority key's action is being run (it is not held behind itself)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sent: list[events.Key] = []
        """Held keys sent again and not yet handled: `on_key` lets them through."""

    # What is there yet

    def early_met(self, need: str) -> bool:
        """Whether a need ("analysis", "panels", "text", "store") is met, or will never be."""
        if need == "panels":
            return self.ready
        if need == "analysis":
            briefing = self.briefing
            return not (
                self.analyse
                and is_provisional(briefing)
                and bool(briefing.sections)
                and briefing.sections[0].title == _ANALYSING
            )
        if need == "text":
            return self.article.complete
        if need == "store":
            place = self.reading_place
            opened = place.store is not None and place.key is not None
            return opened or bool(getattr(place, "_restored", True))  # (or it failed)
        return True

    def _needs(self, action: str, parameters: tuple[object, ...]) -> tuple[str, ...]:
        needs = NEEDS.get(action, ())
        if action == "scroll" and parameters == ("end",):
            needs = ("text",)
        elif action == "show_tab" and parameters == ("notes",):
            needs = (*needs, "store")
        return needs

    def _waits(self, action: str, parameters: tuple[object, ...]) -> bool:
        return not all(self.early_met(need) for need in self._needs(action, parameters))

    def early_holding(self) -> bool:
        """Whether keys typed earlier are still held."""
        return bool(self._held)

    def early_blocks(self, action: str, parameters: tuple[object, ...]) -> bool:
        """Whether a priority action must not run as its key arrives (`HELD_ACTIONS`): it
        would wait, or keys typed before it are held; its key then goes to `on_key`."""
        if action not in HELD_ACTIONS or self._sending_priority:
            return False
        return bool(self._held) or self._waits(action, parameters)

    # Which keys wait

    def _reader_action(self, key: str) -> tuple[str, tuple[object, ...]] | None:
        """The reader's own action bound to `key`, or None (unbound, or another node's)."""
        for binding in self._bindings.key_to_bindings.get(key, ()):
            namespace, name, parameters = parse(binding.action)
            if not namespace:
                return name, tuple(parameters)
        return None

    def _app_key(self, key: str) -> bool:
        """Whether `key` is one of the app's (quit, help, the palette): never held."""
        return key in self.app._bindings.key_to_bindings  # noqa: SLF001

    def on_key(self, event: events.Key) -> None:
        """Hold a key the reader cannot serve yet, and any key typed after a held one."""
        if any(event is sent for sent in self._sent):
            return  # one of the held keys, sent again: it does what it does
        if getattr(self, "_pending_mark", None) is not None:
            return  # the letter of `m` or `'` (reader_marks.py)
        if self._held or self._in_flight is not None:
            if self._reader_action(event.key) is None and self._app_key(event.key):
                return
        else:
            found = self._reader_action(event.key)
            if found is None or not self._waits(*found):
                return
        event.stop()
        event.prevent_default()
        self._hold(event)

    def _hold(self, event: events.Key) -> None:
        if self._held is None:
            self._held = []
        self._held.append(events.Key(event.key, event.character))
        if self._held_timer is None:
            self._held_tries = 0
            self._held_timer = self.set_interval(EARLY_WAIT, self._send_next)

    # Sending them again, one at a time

    def _quiet(self) -> bool:
        """Whether the key last sent has been handled, as far as can be seen: nothing queued
        on the way to its action, and no jump it made still waiting for its target (a key
        after it must not cancel that jump, nor reach a panel before its focus moved)."""
        pumps = [self.app, self, self.article]
        if self.focused is not None:
            pumps.append(self.focused)
        if any(pump.message_queue_size for pump in pumps):
            return False
        return not self.article.jump_pending

    async def _send_next(self) -> None:
        """Send the first held key once it can be served and the one before it is done (the
        app calm for `CALM_TICKS` looks in a row: a jump's title may still move as the text
        above it is laid out, and the jump follows it until a key moves the text)."""
        self._calm = self._calm + 1 if self._quiet() else 0
        if self._calm < CALM_TICKS and self._held_tries < EARLY_TRIES:
            self._held_tries += 1
            return
        if self._in_flight is not None:
            self._in_flight = None
            self._sent.clear()
        held = self._held
        if not held:
            self._held = None
            self._stop_holding()
            self.refresh_bindings()  # the priority keys are live again
            return
        self._held_tries += 1
        if self.app.screen is not self:
            return  # (a dialog on top: its keys are its own)
        key = held[0]
        found = self._reader_action(key.key)
        if found is not None and self._waits(*found) and self._held_tries < EARLY_TRIES:
            return
        held.pop(0)
        self._held_tries = 0
        self._calm = 0
        self._in_flight = key
        if found is not None and "store" in self._needs(*found) and self.ready:
            self.refresh_notes()  # the highlights drawn before `h` decides what it does
        if found is not None and found[0] in HELD_ACTIONS:
            # A priority key runs as it arrives: here, with the keys after it still held.
            self._sending_priority = True
            try:
                if self.check_action(*found):
                    await self.app.run_action(f"{found[0]}()", self)
                    return
            finally:
                self._sending_priority = False
        # As the terminal would send it, from the app (so that it bubbles back up to it).
        key.set_sender(self.app)
        self._sent.append(key)
        self.app.post_message(key)

    def _stop_holding(self) -> None:
        if self._held_timer is not None:
            self._held_timer.stop()
            self._held_timer = None
