"""Reopen where you left off: the reader saves its place in the store and goes back to it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefing.model import Briefing
from briefing.store import default_path, get_position, open_store, register
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from tests.tui.reading import reader, wait_until

SMALL = (80, 16)  # the text scrolls, so the place matters


async def _wait_for_restore(app: BriefingApp, pilot: Any) -> None:
    await wait_until(pilot, lambda: reader(app).reading_place.store is not None, tries=50)


async def test_quitting_keeps_the_place_and_reopening_goes_back(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _wait_for_restore(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        third = briefing.sections[2].first
        assert reader(app).query_one(ArticleView).top_paragraph == third
    with open_store() as store:  # quitting wrote it, without waiting for the save timer
        position = get_position(store, register(store, briefing.article))
        assert position is not None and (position.section, position.paragraph) == (2, third)

    again = BriefingApp(briefing=briefing)
    async with again.run_test(size=SMALL) as pilot:
        await _wait_for_restore(again, pilot)
        await pilot.pause()
        assert reader(again).query_one(ArticleView).top_paragraph == third
        assert reader(again).section == 2


async def test_a_never_read_article_opens_at_the_top(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _wait_for_restore(app, pilot)
        assert reader(app).query_one(ArticleView).top_paragraph == 0
        assert reader(app).section == 0


async def test_a_corrupt_store_is_a_notification_not_a_crash(briefing: Briefing) -> None:
    path: Path = default_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database" * 300)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SMALL) as pilot:
        await _wait_for_restore(app, pilot)
        messages = [notification.message for notification in app._notifications]
        assert any("store.sqlite3.broken" in message for message in messages)
        await pilot.press("2")
    assert path.with_name("store.sqlite3.broken").exists()


async def test_a_file_opened_before_its_analysis_goes_back_too(tmp_path: Path) -> None:
    from briefing.ingest import load_article
    from briefing.store import set_position

    paragraphs = [
        f"Paragraph {n} says that the negotiators met again in the capital to discuss the"
        f" corridor, the ports and the insurance of the convoys, and that talks went on late."
        for n in range(1, 31)
    ]
    path = tmp_path / "long.txt"
    path.write_text("Corridor Talks Go On\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    article = load_article(path)
    with open_store() as store:
        set_position(store, register(store, article), 0, 20, article.paragraphs[20].text)
    app = BriefingApp(article=article)  # a provisional reader: text first, analysis after
    async with app.run_test(size=SMALL) as pilot:
        for _ in range(100):
            screen = reader(app)
            if screen.briefing.article is article and screen.ready and screen.analyse:
                if screen.query_one(ArticleView).top_paragraph == 20:
                    break
            await pilot.pause(0.05)
        assert reader(app).query_one(ArticleView).top_paragraph == 20


async def test_leaving_without_moving_keeps_the_saved_place(briefing: Briefing) -> None:
    from briefing.store import set_position

    last = len(briefing.article.paragraphs) - 1
    with open_store() as store:
        key = register(store, briefing.article)
        set_position(store, key, 2, last, briefing.article.paragraphs[last].text)
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(200, 60)) as pilot:  # all on one screen: no scroll lands
        await _wait_for_restore(app, pilot)
    with open_store() as store:
        position = get_position(store, key)
        assert position is not None and position.paragraph == last


def _long_analysed(copies: int = 20) -> Briefing:
    """The hand briefing's paragraphs repeated: five sections, the third far below the first
    screen and the first chunks of paragraphs."""
    from briefing.model import Article, Metadata, Paragraph, Section, SoWhat
    from tests.tui.briefings import hand_briefing

    texts = [paragraph.text for paragraph in hand_briefing().article.paragraphs] * copies
    article = Article(
        Metadata(title="A long one"), tuple(Paragraph(i, text) for i, text in enumerate(texts))
    )
    step = len(texts) // 5
    sections = tuple(
        Section(f"Part {n + 1}", n * step, len(texts) if n == 4 else (n + 1) * step)
        for n in range(5)
    )
    return Briefing(article, (), sections, (), (), SoWhat(), ())


class _Arriving:
    """A read-ahead analysis (briefing.read_ahead.ReadAhead) that arrives when told to."""

    def __init__(self, briefing: Briefing) -> None:
        import threading

        self.briefing = briefing
        self.arrive = threading.Event()
        self.analysing = True

    def ready(self) -> bool:
        return self.arrive.is_set()

    def analysis(self) -> Briefing:
        self.arrive.wait(30)
        self.analysing = False
        return self.briefing

    def cancel(self) -> None:
        self.analysing = False


async def _until(pilot: object, condition: object, tries: int = 400) -> None:
    for _ in range(tries):
        if condition():  # type: ignore[operator]
            return
        await pilot.pause(0.02)  # type: ignore[attr-defined]
    raise AssertionError(f"never happened: {condition}")


async def test_a_section_key_pressed_as_the_analysis_lands_goes_there_and_is_kept(
    monkeypatch: object,
) -> None:
    """The analysis arrives after the first frame and the text is still being mounted a chunk
    at a time: `3` lands on section 3 once its title is mounted and laid out (it left the text
    at the top: the titles of later chunks were the provisional analysis's, none), and that
    is the place reopening goes back to."""
    from briefing.tui.screens import reader as reader_module
    from briefing.tui.widgets import article_view

    monkeypatch.setattr(article_view, "MOUNT_CHUNK", 5)  # type: ignore[attr-defined]
    monkeypatch.setattr(reader_module, "SOURCE_WAIT", 30.0)  # type: ignore[attr-defined]
    analysed = _long_analysed()
    third = analysed.sections[2].first
    ahead = _Arriving(analysed)
    app = BriefingApp(article=analysed.article, analysis=ahead)  # type: ignore[arg-type]
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = reader(app)
        ahead.arrive.set()
        await _until(pilot, lambda: len(screen.briefing.sections) == 5)
        view = screen.query_one(ArticleView)
        assert not view.complete  # the race: later chunks (and section 3) still to come
        await pilot.press("3")
        assert screen.section == 2
        await _until(pilot, lambda: view.complete, tries=1000)
        await pilot.pause(0.3)
        state = (view.top_paragraph, view.scroll_y, view.jump_pending, screen.section)
        assert view.top_paragraph == third and screen.section == 2, state
        assert view.heading_visible(2)
        assert len(view.query(".section-title")) == 5  # every title, later chunks' too
    again = BriefingApp(briefing=analysed)
    async with again.run_test(size=SMALL) as pilot:
        await _wait_for_restore(again, pilot)
        await _until(pilot, lambda: reader(again).query_one(ArticleView).top_paragraph == third)
        assert reader(again).section == 2


async def test_every_kind_of_jump_is_the_place_kept_on_leaving(briefing: Briefing) -> None:
    """Section keys, ], a span (search hit, quote, timeline, note), g and G, a mark:
    leaving right after the jump (q in a terminal runs each screen's leaving work, before the
    save timer) keeps where it landed."""
    from briefing.model import Span
    from briefing.tui.quitting import leave_screens

    analysed = _long_analysed(4)
    last = len(analysed.article.paragraphs) - 1
    span_at = analysed.sections[3].first + 2
    jumps = [
        (lambda s: s.action_section(3), analysed.sections[2].first),
        (lambda s: s.jump_to(Span(span_at, 0, 5), flash=True), span_at),
        (lambda s: s.action_scroll("end"), last),
        (lambda s: s.action_scroll("home"), 0),
        (lambda s: s.action_next_section(), analysed.sections[1].first),  # ]
        (lambda s: s.go_to_paragraph(span_at), span_at - 1),  # a mark (m, ')
    ]
    for jump, expected in jumps:
        app = BriefingApp(briefing=analysed)
        async with app.run_test(size=SMALL) as pilot:
            await _wait_for_restore(app, pilot)
            await pilot.pause(0.05)
            jump(reader(app))
            await pilot.pause()  # (G scrolls after the next refresh)
            leave_screens(app)  # before the save timer
            await pilot.pause()
        with open_store() as store:
            position = get_position(store, register(store, analysed.article))
        assert position is not None
        if expected == span_at:  # a span is brought on screen, not to the top
            assert position.paragraph <= span_at < position.paragraph + 8
        elif expected == span_at - 1:
            assert position.paragraph == span_at
        else:
            assert position.paragraph == expected
