"""Issue 14: a first line of escape codes and markup is kept and shown literally in the reader
(the ESC as its picture ␛, `[bold]` as text), not dropped by ingest."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_article
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.paragraph import ParagraphView
from tests.tui.reading import SIZE

PROSE = (
    "Negotiators from both capitals met in Vienna on Tuesday to discuss the grain corridor, "
    "officials said after the session ended.",
    "The talks are likely to resume next month, although neither side has agreed on an agenda "
    "for the next round.",
)


async def test_the_reader_shows_an_escape_first_line_literally(tmp_path: Path) -> None:
    path = tmp_path / "clip.txt"
    first = "\x1b]52;c;SGVsbG8=\x07[bold]Hi[/bold] there"
    path.write_text(first + "\n\n" + "\n\n".join(PROSE) + "\n", encoding="utf-8")
    app = BriefingApp(article=load_article(path))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        views = list(app.screen.query(ParagraphView))
        shown = [str(view.render()) for view in views]
        assert shown and shown[0].startswith("␛]52;c;SGVsbG8=[bold]Hi[/bold] there")
        assert not any("\x1b" in text for text in shown)
        assert any(PROSE[0][:40] in text for text in shown[1:])
