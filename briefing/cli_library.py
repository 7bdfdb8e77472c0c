"""The library's subcommands: `briefing index`, `briefing search`, and `analyze` over many files.

    briefing index [DIR] [--jobs N]                    build or refresh the index of a folder
    briefing search QUERY [--library DIR] [--json]     ranked hits (refreshes the index first)
    briefing analyze PATH... | DIR [--jobs N]          JSON Lines, one article a line

Progress goes to stderr, and only when it is a terminal; results go to stdout, so pipes get
clean output. A file that fails is reported (stderr, or an `error` line in JSON Lines) and the
others go on; the exit status is 1 when any failed. None of this imports Textual.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefing.errors import BriefingError
from briefing.printable import printable

if TYPE_CHECKING:
    import argparse

    from briefing.library.index import Entry, LibraryIndex

COMMANDS = ("index", "search")
BAR_WIDTH = 30
"""Cells of the progress bar on a terminal."""


def add_parsers(commands: Any) -> None:
    """Add `index` and `search` to the `briefing` subcommand parser."""
    index = commands.add_parser("index", help="build or refresh the library's search index")
    index.add_argument("directory", nargs="?", metavar="DIR", help="the articles folder")
    index.add_argument("--jobs", "-j", type=_positive, metavar="N", help="worker processes")

    search = commands.add_parser("search", help="search the library's articles")
    search.add_argument("query", help='words; "a phrase", prefix*, -excluded')
    search.add_argument("--library", metavar="DIR")
    search.add_argument("--json", action="store_true", help="JSON Lines, one hit a line")
    search.add_argument("--limit", "-n", type=_positive, default=20, metavar="N")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


def run(options: argparse.Namespace) -> int:
    """Run `index` or `search`; returns the exit status."""
    if options.command == "index":
        return index_command(options.directory, options.jobs)
    return search_command(options.query, options.library, options.json, options.limit)


def open_index(directory: str | None) -> LibraryIndex:
    """The index of the folder `resolve_dir` picks, warnings printed; BriefingError if none."""
    from briefing.library import resolve_dir
    from briefing.library.index import LibraryIndex

    folder = resolve_dir(directory)
    if not folder.is_dir():
        raise BriefingError(f"{folder}: no such folder")
    index = LibraryIndex(folder)
    for warning in index.warnings:
        print(f"briefing: warning: {printable(warning)}", file=sys.stderr)
    return index


def update(index: LibraryIndex, jobs: int | None = None) -> Any:
    """Refresh the index, with a progress bar on stderr when it is a terminal."""
    import sqlite3

    from briefing.library.refresh import refresh

    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        summary = refresh(index, jobs=jobs, progress=bar.update if bar else None)
    except sqlite3.OperationalError as error:  # locked by another writer for too long
        print(f"briefing: warning: the index was not updated: {error}", file=sys.stderr)
        return None
    finally:
        if bar is not None:
            bar.close()
    for warning in index.warnings:
        print(f"briefing: warning: {printable(warning)}", file=sys.stderr)
    return summary


def index_command(directory: str | None, jobs: int | None) -> int:
    index = open_index(directory)
    summary = update(index, jobs)
    if summary is None:
        return 1
    for name, error in summary.failures:
        joint = ", " if error.startswith("line ") else ": "  # "NAME, line 2: ..."
        print(f"briefing: {printable(name)}{joint}{printable(error)}", file=sys.stderr)
    from briefing.counted import counted

    print(
        f"{counted(summary.total, 'article')} in {printable(str(index.root))}: "
        f"{summary.analysed} analysed, "
        f"{summary.failed} failed, {summary.unchanged} unchanged, {summary.removed} removed "
        f"({summary.seconds:.1f} s)"
    )
    return 0


def search_command(query: str, directory: str | None, as_json: bool, limit: int) -> int:
    index = open_index(directory)
    update(index)
    hits = index.search(query, limit=limit)
    bold = sys.stdout.isatty() and not as_json
    for rank, hit in enumerate(hits, 1):
        if as_json:
            data = {"rank": rank, "path": str(index.root / hit.name), "title": hit.title,
                    "author": hit.author, "source": hit.source, "published": hit.published,
                    "score": round(-hit.score, 6), "snippet": hit.snippet,
                    "marks": [list(mark) for mark in hit.marks]}  # fmt: skip
            print(json.dumps(data, ensure_ascii=False))
            continue
        about = " · ".join(part for part in (hit.source, hit.published) if part)
        print(f"{rank:3}. {printable(hit.title or hit.name)}" + (f" ({about})" if about else ""))
        print(f"     {printable(hit.name)}")
        if hit.snippet:
            print(f"     {_marked(hit.snippet, hit.marks, bold)}")
    if not hits and not as_json:
        print(f"no article matches {printable(query)!s}", file=sys.stderr)
    return 0


def _marked(snippet: str, marks: tuple[tuple[int, int], ...], bold: bool) -> str:
    """The snippet with its hits in bold on a terminal, as it is elsewhere."""
    if not bold:
        return printable(snippet)
    out, last = [], 0
    for start, end in marks:
        out += [printable(snippet[last:start]), "\x1b[1m", printable(snippet[start:end]), "\x1b[0m"]
        last = end
    out.append(printable(snippet[last:]))
    return "".join(out)


def analyze_many(paths: list[Path], jobs: int | None, output: str | None = None) -> int:
    """JSON Lines for every article of `paths` (files, or folders' articles), in that order."""
    from briefing.library import list_articles
    from briefing.library.jobs import analyze_to_json

    if output == "yaml":
        raise BriefingError("--yaml takes one article; several give JSON Lines")
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            listing = list_articles(path)
            files.extend(listing.articles)
            for skipped, reason in listing.skipped:
                print(f"briefing: skipped {printable(skipped)}: {printable(reason)}",
                      file=sys.stderr)  # fmt: skip
        else:
            files.append(path)
    failed = 0
    for line in _mapped(analyze_to_json, [str(file) for file in files], jobs):
        data = json.loads(line) if '"error"' in line[:4096] else None
        if data is not None and set(data) == {"path", "error"}:
            failed += 1
            error = printable(data["error"])
            joint = ", " if error.startswith("line ") else ": "  # "PATH, line 2: ..." as analyze
            print(f"briefing: {printable(data['path'])}{joint}{error}", file=sys.stderr)
        sys.stdout.write(line + "\n")
    return 1 if failed else 0


def _mapped(function: Any, items: list[str], jobs: int | None) -> Any:
    import os

    from briefing.library.refresh import SERIAL_BELOW, make_pool

    workers = min(jobs or os.cpu_count() or 1, len(items))
    if workers <= 1 or len(items) < SERIAL_BELOW:
        yield from map(function, items)
        return
    executor = make_pool(workers)
    try:
        chunk = max(1, min(16, len(items) // (workers * 8)))
        yield from executor.map(function, items, chunksize=chunk)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


class ProgressBar:
    """`indexing  120/1000 ━━━━━━━━━━━━           12%  35/s` on one terminal line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.shown = False

    def update(self, done: int, total: int, _rows: list[Entry]) -> None:
        if not total:
            return
        filled = round(BAR_WIDTH * done / total)
        rate = done / max(time.monotonic() - self.started, 1e-6)
        bar = "━" * filled + " " * (BAR_WIDTH - filled)
        speed = f"{rate:.1f}" if rate < 10 else f"{rate:.0f}"
        self.stream.write(
            f"\rindexing {done:>{len(str(total))}}/{total} {bar} {done * 100 // total:3}% {speed}/s"
        )
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
