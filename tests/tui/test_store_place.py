"""Reopen where you left off: the reader saves its place in the store and goes back to it."""

from __future__ import annotations

from pathlib import Path

from briefing.model import Briefing
from briefing.store import default_path, get_position, open_store, register
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from tests.tui.reading import reader

SMALL = (80, 16)  # the text scrolls, so the place matters


async def _wait_for_restore(app: BriefingApp, pilot: object) -> None:
    for _ in range(50):
        if reader(app).reading_place.store is not None:
            break
        await pilot.pause(0.02)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


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
