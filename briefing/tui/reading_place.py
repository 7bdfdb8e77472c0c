"""Reopen where you left off: the reader's place, saved in the store and restored on opening.

The reader holds one `ReadingPlace` and calls `attach()` when it mounts. Once every paragraph
is mounted (after the first frame for a provisional reader) `restore()` opens the store
(`briefing.store`), records the article as opened, and scrolls to the saved paragraph unless the
reader has already moved. `moved()` watches the paragraph at the top; the place is written
`SAVE_DELAY` seconds after the reader stops scrolling (so a crash or a killed terminal loses at
most that), and again by `save()` when the screen closes (escape back to the library, `q`).
What stays on screen is noted too (`on_screen`, `briefing.store.add_seen`): the library's
progress is the share of paragraphs that were ever on screen, so a jump to a search hit near
the end is not "72% read", and a text that fits on one screen is read once shown.

A store that cannot be opened or written never stops the reader: its warning is a
notification, once, and places simply are not kept this time. Everything runs on the UI thread
(a write is one short SQLite transaction, about a millisecond).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.store.db import Store
    from briefing.tui.screens.reader import ReaderScreen

SAVE_DELAY = 1.0
"""Seconds after the last scroll before the place is written."""
SEEN_EVERY = 0.4
"""Seconds between looks at what is on screen: a screen that stays put from one look to the
next (0.4-0.8 s) was seen; one that only scrolled past was not."""
MOUNT_WAIT = 0.05
MOUNT_TRIES = 100
"""How often, and how many times, to look again for the paragraphs still to be mounted."""
ANALYSIS_TICKS = 600
"""How many times (every 0.1 s: a minute) to look for the analysis after a restore."""


class ReadingPlace:
    """The link between one reader screen and its article's saved place."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.store: Store | None = None
        self.key: str | None = None
        """The article's content key once registered; None before `restore` or without a store."""
        self._saved: tuple[int, int] | None = None
        self._timer: Any = None
        self._restored = False
        self._tries = 0
        self._mounted = 0
        """Paragraphs mounted when `restore` last looked."""
        self._paragraph = 0
        """The paragraph at the top as last seen (kept here: the view may be gone on closing)."""
        self._moved = False
        """Whether the top paragraph changed at all: a reader that never moved (or whose
        restore did not land) writes nothing, so leaving never throws a saved place away."""
        self._seen: list[tuple[int, int]] = []
        """Paragraph ranges on screen this time (`briefing.store.seen`): the library's
        progress is the share of paragraphs ever on screen, not the place."""
        self._seen_written: list[tuple[int, int]] = []
        self._seen_at: float | None = None
        """The scroll offset last looked at (nothing is noted until it stays put)."""
        self._noted_at: float | None = None
        """The scroll offset whose screen was last noted."""
        self._at_end = False
        """Whether the text was scrolled to its end: then the place saved is the last
        paragraph (the library shows the article as read; reopening shows the same end)."""

    def attach(self) -> None:
        """Follow the reader's place and restore the saved one after the first frame."""
        self.screen.watch(self.screen.article, "top_paragraph", self.moved, init=False)
        self.screen.watch(  # reaching the end may leave the same paragraph at the top
            self.screen.article,
            "at_bottom",
            lambda _: self.moved(self.screen.article.top_paragraph),
            init=False,
        )
        self.screen.call_after_refresh(self.restore)

    def restore(self) -> None:
        """Open the store and go to the saved paragraph (once; a no-op afterwards)."""
        from briefing.tui.widgets.paragraph import ParagraphView

        if self._restored or not self.screen.is_attached:
            return
        article = self.screen.briefing.article
        mounted = len(self.screen.article.query(ParagraphView))
        if mounted < len(article.paragraphs) and self._tries < MOUNT_TRIES:
            # A provisional reader mounts the rest after its first frame, a long text a chunk
            # at a time (article_view.MOUNT_CHUNK): wait as long as more keep coming.
            self._tries = 0 if mounted > self._mounted else self._tries + 1
            self._mounted = mounted
            self.screen.set_timer(MOUNT_WAIT, self.restore)
            return
        self._restored = True
        import sqlite3

        from briefing.store import get_position, open_store, register

        try:
            self.store = open_store()
            for warning in self.store.warnings:
                self.screen.app.notify(warning, title="Notes", severity="warning", markup=False)
            self.key = register(self.store, article, opened=True)
            position = get_position(self.store, self.key)
        except (sqlite3.Error, OSError) as error:
            self._failed(error)
            return
        self.screen.store_opened()  # the renamed section titles (reader_titles.py)
        # what stays on screen from one look to the next was seen (a text that fits, at once);
        # what only scrolled past (an animated jump to a search hit or to the end) was not
        self.screen.set_interval(SEEN_EVERY, self.on_screen)
        view = self.screen.article
        if position is None or view.top_paragraph != 0 or view.jump_pending:
            return  # never read, or the reader already moved: their move wins
        paragraph = min(position.paragraph, len(article.paragraphs) - 1)
        self._saved = (position.section, position.paragraph)
        if paragraph > 0:  # once the paragraphs just mounted have their places
            self.screen.call_after_refresh(self._scroll_to, paragraph)

    def _scroll_to(self, paragraph: int) -> None:
        """Put the paragraph (or the title of the section it opens) at the top of the view."""
        from briefing.tui.widgets.paragraph import ParagraphView

        if not self.screen.is_attached:
            return
        view = self.screen.article
        paragraphs = list(view.query(ParagraphView))
        if not 0 <= paragraph < len(paragraphs) or view.top_paragraph != 0 or view.jump_pending:
            return  # the reader moved (or asked to) meanwhile: their move wins
        if paragraphs[paragraph].virtual_region.y == 0 and self._tries < MOUNT_TRIES:
            self._tries += 1  # not laid out yet
            self.screen.set_timer(MOUNT_WAIT, lambda: self._scroll_to(paragraph))
            return
        target: Any = paragraphs[paragraph]
        for index, section in enumerate(self.screen.briefing.sections):
            if section.first == paragraph and index > 0:
                target = next(iter(view.query(f"#s{index}")), target)  # its title, if shown
        view.cancel_restore()
        y = max(0, target.virtual_region.y - target.styles.margin.top)
        view.scroll_to(y=y, animate=False, immediate=True)
        if self.screen.analyse:
            self._follow_analysis(self.screen.briefing, paragraph)

    def _follow_analysis(self, provisional: object, paragraph: int) -> None:
        """Name the restored place's section once the analysis replaces the provisional one.

        The reader works out its section when the top paragraph changes; an analysis arriving
        after the restore changes the sections but not that paragraph, so it is set here.
        """
        ticks = 0

        def check() -> None:
            nonlocal ticks
            ticks += 1
            screen = self.screen
            if not screen.is_attached or ticks > ANALYSIS_TICKS:
                timer.stop()
            elif screen.briefing is not provisional:
                timer.stop()
                if screen.article.top_paragraph == paragraph and screen.briefing.sections:
                    screen.section = screen.briefing.section_of(paragraph)

        timer = self.screen.set_interval(MOUNT_WAIT * 2, check)

    def moved(self, paragraph: int) -> None:
        """The paragraph at the top changed: save a moment after the scrolling stops."""
        self._paragraph = paragraph
        self._moved = True
        self._at_end = self.screen.article.at_end()
        if self.store is None:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.screen.set_timer(SAVE_DELAY, self.save)

    def _look(self) -> None:
        """Take the place from where the text is scrolled now: a jump that moved the text
        without its scroll watcher reporting it (the watcher skips a reflow's clamping)
        still leaves the place where the reader is."""
        from textual.css.query import NoMatches

        try:
            view = self.screen.article
        except NoMatches:
            return
        if not view.is_attached or view.jump_pending or view.restoring or not view.size.height:
            return
        paragraph = view.paragraph_at(round(view.scroll_y))
        if paragraph != self._paragraph:
            self._paragraph = paragraph
            self._moved = True
            self._at_end = view.at_end()

    def on_screen(self) -> None:
        """Note the paragraphs on screen (first to last, even partly shown) once the text has
        stayed put since the last look, and write them (with the place) when there are new."""
        from briefing.store.seen import merge

        view = self.screen.article
        if not self.screen.is_attached or not view.is_attached or self.store is None:
            return
        if self.screen.app.animator.is_being_animated(view, "scroll_y"):
            self._seen_at = None
            return
        scroll = view.scroll_y
        if scroll != self._seen_at:  # moved since the last look: noted if it stays
            self._seen_at = scroll
            return
        if scroll == self._noted_at:  # this screen is noted already
            return
        self._noted_at = scroll
        top, bottom = view.visible_range()
        if bottom <= top:
            return
        first, last = view.paragraph_at(top), view.paragraph_at(bottom - 1)
        seen = merge(self._seen, [(first, max(first, last))])
        if seen != self._seen:
            self._seen = seen
            self.save()

    def save(self) -> None:
        """Write the place now, if it changed since it was last written (and what was seen)."""
        if self.store is None or self.key is None:
            return
        import sqlite3

        from briefing.store import add_seen, set_position

        if self._seen != self._seen_written:
            try:
                add_seen(self.store, self.key, self._seen)
            except (sqlite3.Error, OSError) as error:
                self._failed(error)
                return
            self._seen_written = self._seen
        if not self._moved:
            return

        briefing = self.screen.briefing
        paragraph = self._paragraph
        if self._at_end:  # scrolled to the end: read to the last paragraph
            paragraph = max(paragraph, len(briefing.article.paragraphs) - 1)
        place = (briefing.section_of(paragraph), paragraph)  # the analysis's, not provisional
        if place == self._saved:
            return
        paragraphs = briefing.article.paragraphs
        anchor = paragraphs[paragraph].text if 0 <= paragraph < len(paragraphs) else ""
        try:
            set_position(self.store, self.key, *place, anchor)
        except (sqlite3.Error, OSError) as error:
            self._failed(error)
            return
        self._saved = place

    def close(self) -> None:
        """Save and let the store go (the screen is closing)."""
        if self._timer is not None:
            self._timer.stop()
        self._look()
        try:
            self.save()
        finally:
            if self.store is not None:
                self.store.close()
                self.store = None

    def _failed(self, error: BaseException) -> None:
        self.screen.app.notify(
            f"Your reading place is not kept this time: {error}",
            title="Notes",
            severity="warning",
            markup=False,
        )
        if self.store is not None:
            self.store.close()
        self.store = None
