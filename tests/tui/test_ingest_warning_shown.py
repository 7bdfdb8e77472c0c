"""A warning from reading the file (front matter that is not YAML) reaches the reader as a
notification, once, as `briefing analyze` prints it (a tester's report: it was never shown)."""

from __future__ import annotations

from pathlib import Path

from briefing.analysis.pipeline import analyze
from briefing.ingest import load_article
from briefing.tui.app import BriefingApp
from tests.tui.reading import SIZE, reader

TEXT = (
    '---\ntitle: "oops\nauthor: Jane Doe\n---\n\n# Port Plan Approved\n\n'
    "The ministry said on Monday that the plan would go ahead, and officials expect it to pass.\n\n"
    "A second paragraph follows, with the committee's view of the costs and the timetable.\n"
)


def _front_matter_warnings(app: BriefingApp) -> list[str]:
    return [
        str(notification.message)
        for notification in app._notifications
        if "front matter" in str(notification.message)
    ]


async def test_a_front_matter_warning_is_notified_once(tmp_path: Path) -> None:
    path = tmp_path / "badfm.md"
    path.write_text(TEXT, encoding="utf-8")
    article = load_article(path)
    app = BriefingApp(article=article)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):  # until the analysis has arrived
            if getattr(app.screen, "ready", False) and reader(app).briefing.sentences:
                break
            await pilot.pause(0.02)
        assert reader(app).briefing.sentences, "the analysis arrived"
        await pilot.pause(0.1)
        (warning,) = _front_matter_warnings(app)
        assert "badfm.md, line 2" in warning
        assert reader(app).briefing.article.meta.title == "Port Plan Approved"


async def test_an_analysed_article_shows_it_too(tmp_path: Path) -> None:
    path = tmp_path / "badfm.md"
    path.write_text(TEXT, encoding="utf-8")
    app = BriefingApp(briefing=analyze(load_article(path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.1)
        assert len(_front_matter_warnings(app)) == 1
