"""The reader's `o`: open the article's web address; shown only when there is one."""

from __future__ import annotations

import dataclasses

import pytest

from briefing.analysis.pipeline import analyze
from briefing.ingest.markdown import parse_markdown
from briefing.tui import browser
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.key_footer import shown_bindings

TEXT = (
    "---\ntitle: Dams on the Mekong\nurl: https://example.org/mekong\n---\n\n"
    "China has built eleven dams on the upper Mekong since 1995, and the countries "
    "downstream say the river has changed.\n\nLaos plans more dams of its own.\n"
)


def _keys(app: BriefingApp) -> list[str]:
    return [key for key, *_ in shown_bindings(app.screen)]


async def test_o_opens_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(browser, "open_in_browser", lambda app, url: opened.append(url))
    app = BriefingApp(briefing=analyze(parse_markdown(TEXT)))
    async with app.run_test(size=(120, 40)) as pilot:
        assert "o" in _keys(app)
        await pilot.press("o")
    assert opened == ["https://example.org/mekong"]


async def test_o_is_hidden_without_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(browser, "open_in_browser", lambda app, url: opened.append(url))
    article = parse_markdown(TEXT)
    article = dataclasses.replace(article, meta=dataclasses.replace(article.meta, url=None))
    app = BriefingApp(briefing=analyze(article))
    async with app.run_test(size=(120, 40)) as pilot:
        assert "o" not in _keys(app) and "e" in _keys(app)
        await pilot.press("o")
    assert opened == []


async def test_no_browser_shows_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_browser() -> None:
        raise browser.webbrowser.Error("none")

    monkeypatch.setattr(browser.webbrowser, "get", no_browser)
    app = BriefingApp(briefing=analyze(parse_markdown(TEXT)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        messages = [str(note.message) for note in app._notifications]
    assert messages == ["No web browser found. The address is https://example.org/mekong"]
