"""Pilot tests of the reader's start-up (issue 15, point 16): the first screen is complete as soon
as the analysis is there, built once with it, and the analysis can come from another process."""

from __future__ import annotations

import threading

import pytest

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.screens import reader as reader_module
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.paragraph import ParagraphView
from briefing.tui.widgets.side_panel import SidePanel
from tests.tui.reading import SIZE, header_text, reader


class FakeAhead:
    """What `briefing.read_ahead.ReadAhead` gives the app: an analysis made elsewhere, which
    arrives when the test says so."""

    def __init__(self, briefing: Briefing, *, arrived: bool = False) -> None:
        self.briefing = briefing
        self.arrive = threading.Event()
        if arrived:
            self.arrive.set()
        self.analysing = True
        self.cancelled = False
        self.asked = 0

    def ready(self) -> bool:
        return self.arrive.is_set()

    def analysis(self) -> Briefing:
        self.asked += 1
        self.arrive.wait(30)
        self.analysing = False
        return self.briefing

    def cancel(self) -> None:
        self.cancelled = True
        self.analysing = False


async def wait_until(pilot, condition, tries: int = 200) -> None:  # type: ignore[no-untyped-def]
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("never happened")


def fill_counter(monkeypatch: pytest.MonkeyPatch) -> list[Briefing]:
    """Count the side panel's refills (a panel built with the analysis needs none)."""
    fills: list[Briefing] = []
    original = SidePanel.set_briefing

    def counted(self: SidePanel, briefing: Briefing) -> None:
        fills.append(briefing)
        original(self, briefing)

    monkeypatch.setattr(SidePanel, "set_briefing", counted)
    return fills


async def test_the_panels_are_built_once_with_an_analysis_made_elsewhere(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    fills = fill_counter(monkeypatch)
    ahead = FakeAhead(briefing)
    app = BriefingApp(article=briefing.article, analysis=ahead)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert not screen.ready and "Analysing" in header_text(app)
        assert not screen.query(SidePanel), "no empty panels before the analysis"
        ahead.arrive.set()
        await wait_until(pilot, lambda: screen.ready and screen.article.complete)
        assert screen.briefing is briefing and "Analysing" not in header_text(app)
        assert len(screen.query(".section-title")) == len(briefing.sections)
        assert screen.side_panel.query_one("#actors").option_count == len(briefing.actors)
        views = screen.query_one(ArticleView).query(ParagraphView)
        assert len(views) == len(briefing.article.paragraphs)
        assert fills == [], "the side panel was built with the analysis, not refilled"
        assert ahead.asked == 1


async def test_an_analysis_there_before_the_first_frame_is_drawn_with_it(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No "Analysing…" frame and no waiting: the panels follow the first frame at once."""
    monkeypatch.setattr(reader_module, "SOURCE_WAIT", 60.0)
    monkeypatch.setattr(reader_module, "COMPLETE_DELAY", 60.0)
    ahead = FakeAhead(briefing, arrived=True)
    app = BriefingApp(article=briefing.article, analysis=ahead)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        assert screen.briefing is briefing and "Analysing" not in header_text(app)
        await wait_until(pilot, lambda: screen.ready, tries=50)
        assert screen.side_panel.query_one("#actors").option_count == len(briefing.actors)
        assert ahead.asked == 1


async def test_a_slow_analysis_gets_panels_first_and_fills_them_later(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_module, "SOURCE_WAIT", 0.05)
    ahead = FakeAhead(briefing)
    app = BriefingApp(article=briefing.article, analysis=ahead)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: screen.ready)
        assert "Analysing" in header_text(app)  # readable and searchable meanwhile
        ahead.arrive.set()
        await wait_until(pilot, lambda: "Analysing" not in header_text(app))
        await pilot.pause()
        assert screen.side_panel.query_one("#actors").option_count == len(briefing.actors)


async def test_a_cached_analysis_cancels_the_one_made_elsewhere(briefing: Briefing) -> None:
    from briefing.analysis_cache import store

    store(briefing.article, briefing)
    ahead = FakeAhead(briefing)
    app = BriefingApp(article=briefing.article, analysis=ahead)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert reader(app).ready and ahead.cancelled and ahead.asked == 0


# Quitting at once (issue 14, point 3): `q` on a long article took 20-30 s


def long_briefing(paragraphs: int = 300) -> Briefing:
    from briefing.model import Article, Metadata, Paragraph
    from briefing.tui.screens.reader import provisional

    text = "The ministry said the talks would resume in the spring, officials added."
    article = Article(
        Metadata(title="A long one"), tuple(Paragraph(i, f"{i}. {text}") for i in range(paragraphs))
    )
    return provisional(article, "Only section")


async def test_leaving_at_once_keeps_the_place_and_takes_nothing_down(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The mechanism (not a timing): each screen's leaving work runs, the analysis elsewhere is
    stopped, and the process ends while every paragraph widget is still mounted."""
    from briefing.store import get_position, open_store, register
    from briefing.tui import quitting

    briefing = long_briefing()
    ended: list[int] = []

    def end_process(app: BriefingApp) -> None:
        views = app.screen.query(ParagraphView)
        ended.append(sum(1 for view in views if view.is_attached))

    monkeypatch.setattr(quitting, "end_process", end_process)
    ahead = FakeAhead(briefing)
    app = BriefingApp(briefing=briefing)
    app.analysis = ahead  # type: ignore[assignment]
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: screen.reading_place.store is not None)
        await pilot.press("end")
        await pilot.pause(0.1)
        place = screen.article.top_paragraph
        assert place > 100
        quitting.leave_at_once(app)
        assert ended == [len(briefing.article.paragraphs)], "nothing was taken down first"
        assert ahead.cancelled
        assert screen.reading_place.store is None  # closed, after keeping the place
    store = open_store()
    try:
        position = get_position(store, register(store, briefing.article))
    finally:
        store.close()
    assert position is not None and position.paragraph >= place


async def test_q_in_a_terminal_leaves_at_once(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.tui import quitting

    left: list[BriefingApp] = []

    def leave_at_once(app: BriefingApp) -> None:
        left.append(app)
        app.exit()

    monkeypatch.setattr(quitting, "leave_at_once", leave_at_once)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        monkeypatch.setattr(BriefingApp, "is_headless", property(lambda self: False))
        await pilot.press("q")
        await pilot.pause()
    assert left == [app]


async def test_the_text_is_mounted_in_chunks_with_keys_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long text's paragraphs are mounted a chunk at a time after the first frame, so a key
    pressed meanwhile is handled before they are all there."""
    from briefing.tui.widgets import article_view

    monkeypatch.setattr(article_view, "MOUNT_CHUNK", 20)
    monkeypatch.setattr(reader_module, "COMPLETE_DELAY", 0.01)
    monkeypatch.setattr(reader_module.ReaderScreen, "run_analysis", lambda self: None)
    briefing = long_briefing(1000)
    events: list[str] = []
    original = ArticleView.mount_rest

    async def counted(self: ArticleView, limit: int | None = None) -> None:
        events.append(f"chunk {limit}")
        await original(self, limit)

    monkeypatch.setattr(ArticleView, "mount_rest", counted)
    original_help = BriefingApp.action_help

    def helped(self: BriefingApp) -> None:
        events.append("key")
        original_help(self)

    monkeypatch.setattr(BriefingApp, "action_help", helped)
    app = BriefingApp(article=briefing.article)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: screen.ready, tries=500)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: screen.article.complete, tries=1000)
        assert len(screen.query(ParagraphView)) == 1000
    chunks = [event for event in events if event.startswith("chunk")]
    assert len(chunks) > 40 and set(chunks[1:]) == {"chunk 20"}  # (the first with the panels)
    assert "key" in events and events.index("key") < len(events) - 1, "the key waited for all"


async def test_a_place_deep_in_a_long_text_is_restored_once_mounted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The paragraphs come a chunk at a time: the saved place waits for them while they come
    (it gave up after a fixed wait, which a long text outlasts)."""
    from briefing import store as notes_store
    from briefing.tui import reading_place
    from briefing.tui.widgets import article_view

    monkeypatch.setattr(article_view, "MOUNT_CHUNK", 20)
    monkeypatch.setattr(reading_place, "MOUNT_TRIES", 3)
    monkeypatch.setattr(reader_module, "COMPLETE_DELAY", 0.01)
    monkeypatch.setattr(reader_module.ReaderScreen, "run_analysis", lambda self: None)
    briefing = long_briefing(600)
    article = briefing.article
    with notes_store.open_store() as store:
        key = notes_store.register(store, article)
        notes_store.set_position(store, key, 0, 550, article.paragraphs[550].text)
    app = BriefingApp(article=article)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: screen.article.complete, tries=1000)
        await wait_until(pilot, lambda: screen.article.top_paragraph == 550, tries=200)


# The first complete frame holds only what shows (issue 15, point 16): the search line, the
# side panel's other tabs and the text below the first screen follow it


def rest_watcher(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, bool, bool]]:
    """After each `_complete`: whether the search line, the Quotes list and every paragraph
    were there already."""
    seen: list[tuple[bool, bool, bool]] = []
    original = reader_module.ReaderScreen._complete

    async def watched(self: reader_module.ReaderScreen) -> None:
        await original(self)
        from briefing.tui.widgets.search_bar import SearchBar

        seen.append(
            (bool(self.query(SearchBar)), bool(self.query("#quotes")), self.article.complete)
        )

    monkeypatch.setattr(reader_module.ReaderScreen, "_complete", watched)
    return seen


async def test_what_the_first_screen_does_not_show_follows_it(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.analysis_cache import store
    from briefing.store import add_note, open_store, register
    from briefing.tui.widgets.notes_list import NotesList

    seen = rest_watcher(monkeypatch)
    store(briefing.article, briefing)
    first = briefing.article.paragraphs[1]
    with open_store() as notes:
        key = register(notes, briefing.article)
        add_note(notes, key, 1, 0, 5, first.text[:5], "kept")
    app = BriefingApp(article=briefing.article)
    async with app.run_test(size=(120, 12)) as pilot:  # (a short first screen)
        screen = reader(app)
        await wait_until(pilot, lambda: screen.ready and screen.article.complete)
        await wait_until(pilot, lambda: screen.query(NotesList) and screen.annotations_shown)
        await pilot.pause()
        assert seen == [(False, False, False)], "built with the complete first frame"
        panel = screen.side_panel
        assert panel.query_one("#quotes").option_count == len(briefing.quotes)
        assert panel.query_one("#timeline").option_count == len(briefing.timeline)
        assert not panel.query_one("#quotes-empty").display
        notes = panel.query_one(NotesList)
        assert [annotation.note for annotation in notes.annotations] == ["kept"]
        assert not panel.query_one("#notes-empty").display
        await pilot.press("slash", "x")
        assert screen.query_one("#search-input").value == "x"


async def test_a_tab_or_search_key_before_the_rest_is_there_finds_it(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys that need what follows the first complete frame mount it first."""
    from briefing.analysis_cache import store

    original = reader_module.ReaderScreen._complete

    async def keys_first(self: reader_module.ReaderScreen) -> None:
        await original(self)
        await self.action_show_tab("timeline")  # before `_complete_rest` has run
        await self.action_search()

    monkeypatch.setattr(reader_module.ReaderScreen, "_complete", keys_first)
    store(briefing.article, briefing)
    app = BriefingApp(article=briefing.article)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: screen.ready and screen.article.complete)
        await pilot.pause()
        timeline = screen.side_panel.query_one("#timeline")
        assert timeline.option_count == len(briefing.timeline)
        assert screen.searching and screen.query_one("#search-input").has_focus
        assert len(screen.query("#quotes")) == 1, "built once"


async def test_the_panels_modules_are_imported_while_the_analysis_is_made(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    imported = reader_module.ReaderScreen._import_panels
    complete = reader_module.ReaderScreen._complete

    def importing(self: reader_module.ReaderScreen) -> None:
        events.append("import")
        imported(self)

    async def completing(self: reader_module.ReaderScreen) -> None:
        events.append("complete")
        await complete(self)

    monkeypatch.setattr(reader_module.ReaderScreen, "_import_panels", importing)
    monkeypatch.setattr(reader_module.ReaderScreen, "_complete", completing)
    ahead = FakeAhead(briefing)
    app = BriefingApp(article=briefing.article, analysis=ahead)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: "import" in events)
        ahead.arrive.set()
        await wait_until(pilot, lambda: screen.ready)
    assert events[:2] == ["import", "complete"]
