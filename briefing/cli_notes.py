"""`briefing notes [PATH]`: the reader's highlights and notes as Markdown, without the reader.

    briefing notes PATH      the article's highlights and notes, under its section titles
    briefing notes           every article with any, last opened first (titles and paths
                             as the store last saw them: the files need not exist any more;
                             grouped under section titles as above when the file is there)
    briefing notes PATH --delete [--yes]
                             delete the article's highlights and notes, after asking (a
                             terminal is asked y/N; without one, --yes is required)

Nothing is printed, with status 0, when there are none (a line on stderr says so). A store moved
aside because it was unreadable is a warning on stderr. Never imports Textual.
"""

from __future__ import annotations

import sys
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from briefing.errors import BriefingError
from briefing.printable import one_line

if TYPE_CHECKING:
    import argparse

COMMANDS = ("notes",)


def add_parsers(commands: Any) -> None:
    """Add `notes` to the `briefing` subcommand parser."""
    notes = commands.add_parser("notes", help="print your highlights and notes as Markdown")
    notes.add_argument("path", type=Path, nargs="?", help="an article (all articles when absent)")
    notes.add_argument("--delete", action="store_true", help="delete the article's notes")
    notes.add_argument("--yes", action="store_true", help="delete without asking")


def run(options: argparse.Namespace) -> int:
    """`briefing notes [PATH]`: Markdown on stdout; 0 even when there are no notes."""
    from briefing.store import annotations, default_path, open_store, stored_articles
    from briefing.store.render import notes_markdown

    if options.delete:
        if options.path is None:
            raise BriefingError("notes --delete takes the article whose notes to delete")
        return delete_notes(options.path, options.yes)
    if options.path is not None:
        text = article_notes(options.path)
    elif not default_path().exists():
        text = ""
    else:
        with open_store() as store:
            _warn(store.warnings)
            text = "\n".join(
                notes_markdown(
                    stored.title, annotations(store, stored.key), where=stored.path,
                    section_of=_sections_of_stored(stored.path, stored.key),
                )  # fmt: skip
                for stored in stored_articles(store, with_annotations=True)
            )
    if not text:
        print("briefing: no highlights or notes yet", file=sys.stderr)
    sys.stdout.write(text)
    return 0


def article_notes(path: Path) -> str:
    """One article's notes as Markdown, grouped by section; `""` when it has none."""
    from briefing.ingest import load_article
    from briefing.store import annotations_for
    from briefing.store.render import notes_markdown

    article = load_article(path)
    warnings: list[str] = []
    found = annotations_for(article, warnings)
    _warn(warnings)
    if not found:
        return ""
    return notes_markdown(
        article.meta.title, found, where=str(path), section_of=_section_namer(article)
    )


def _section_namer(article: Any) -> Callable[[int], str | None]:
    """paragraph -> the title of the section holding it (the article analysed for it)."""
    from briefing.analysis.pipeline import analyze

    briefing = analyze(article)
    titles = [section.title for section in briefing.sections]

    def section_of(paragraph: int) -> str | None:
        return titles[briefing.section_of(paragraph)] if titles else None

    return section_of


def _sections_of_stored(path: str | None, key: str) -> Callable[[int], str | None] | None:
    """The section namer of a stored article's file, when the file still holds the text the
    notes were made on (same content key); None (no section headings) otherwise."""
    from briefing.ingest import load_article
    from briefing.store import article_key

    if path is None:
        return None
    try:
        article = load_article(Path(path))
    except (BriefingError, OSError):
        return None  # moved, deleted or unreadable since: the notes are listed all the same
    return _section_namer(article) if article_key(article) == key else None


def delete_notes(path: Path, yes: bool) -> int:
    """Delete an article's highlights and notes once the user agreed; 1 when they did not."""
    from briefing.counted import counted
    from briefing.ingest import load_article
    from briefing.store import delete_all, open_store, register
    from briefing.store.edits import read_annotations

    article = load_article(path)
    with open_store() as store:
        _warn(store.warnings)
        count = len(read_annotations(store, article))
        these = counted(count, "highlight or note", "highlights and notes")
        if not count:
            print("briefing: no highlights or notes to delete", file=sys.stderr)
            return 0
        if not yes:
            if not sys.stdin.isatty():
                raise BriefingError(f"{these} would be deleted: add --yes")
            title = one_line(article.meta.title or str(path))
            answer = input(f"Delete {these} of {title}? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("briefing: nothing deleted", file=sys.stderr)
                return 1
        delete_all(store, register(store, article))  # an edited file's notes found first
    print(f"deleted {these} of {one_line(str(path))}")
    return 0


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"briefing: warning: {one_line(warning)}", file=sys.stderr)
