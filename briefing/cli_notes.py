"""`briefing notes [PATH]`: the reader's highlights and notes as Markdown, without the reader.

    briefing notes PATH      the article's highlights and notes, under its section titles
    briefing notes           every article with any, last opened first (titles and paths
                             as the store last saw them: the files need not exist any more)

Nothing is printed, with status 0, when there are none (a line on stderr says so). A store moved
aside because it was unreadable is a warning on stderr. Never imports Textual.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.printable import one_line

if TYPE_CHECKING:
    import argparse

COMMANDS = ("notes",)


def add_parsers(commands: Any) -> None:
    """Add `notes` to the `briefing` subcommand parser."""
    notes = commands.add_parser("notes", help="print your highlights and notes as Markdown")
    notes.add_argument("path", type=Path, nargs="?", help="an article (all articles when absent)")


def run(options: argparse.Namespace) -> int:
    """`briefing notes [PATH]`: Markdown on stdout; 0 even when there are no notes."""
    from briefing.store import annotations, default_path, open_store, stored_articles
    from briefing.store.render import notes_markdown

    if options.path is not None:
        text = article_notes(options.path)
    elif not default_path().exists():
        text = ""
    else:
        with open_store() as store:
            _warn(store.warnings)
            text = "\n".join(
                notes_markdown(stored.title, annotations(store, stored.key), where=stored.path)
                for stored in stored_articles(store, with_annotations=True)
            )
    if not text:
        print("briefing: no highlights or notes yet", file=sys.stderr)
    sys.stdout.write(text)
    return 0


def article_notes(path: Path) -> str:
    """One article's notes as Markdown, grouped by section; `""` when it has none."""
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article
    from briefing.store import annotations_for
    from briefing.store.render import notes_markdown

    article = load_article(path)
    warnings: list[str] = []
    found = annotations_for(article, warnings)
    _warn(warnings)
    if not found:
        return ""
    briefing = analyze(article)
    titles = [section.title for section in briefing.sections]

    def section_of(paragraph: int) -> str | None:
        return titles[briefing.section_of(paragraph)] if titles else None

    return notes_markdown(article.meta.title, found, where=str(path), section_of=section_of)


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"briefing: warning: {one_line(warning)}", file=sys.stderr)
