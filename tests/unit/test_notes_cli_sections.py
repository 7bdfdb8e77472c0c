"""`briefing notes` (every article) groups each article's notes under its section titles, as
`briefing notes PATH` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main
from briefing.ingest import load_article
from briefing.store import add_note, open_store, register
from tests.unit.store_fixtures import write_article

PARAGRAPHS = (
    "## Background",
    "Ships left Odesa for Istanbul on Monday carrying grain for the first time since summer.",
    "The agreement, brokered by Turkey and the United Nations, allows inspections at sea.",
    "## Outlook",
    "Analysts warned that the deal remains fragile and could collapse if shelling resumes.",
)


def test_every_articles_notes_are_grouped_as_one_articles_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_article(tmp_path / "a.md", PARAGRAPHS)
    article = load_article(path)
    texts = [p.text for p in article.paragraphs]
    with open_store() as store:
        key = register(store, article, opened=True)
        for index in (0, len(texts) - 1):
            add_note(store, key, index, 0, 5, texts[index][:5], f"note {index}")
    assert main(["notes", str(path)]) == 0
    one = capsys.readouterr().out
    assert one.count("\n## ") == 2, one
    assert main(["notes"]) == 0
    every = capsys.readouterr().out
    assert [line for line in every.splitlines() if line.startswith("## ")] == [
        line for line in one.splitlines() if line.startswith("## ")
    ]
    path.unlink()  # a file gone since: its notes are still listed, without sections
    assert main(["notes"]) == 0
    gone = capsys.readouterr().out
    assert "note 0" in gone and "\n## " not in gone
