"""The `briefing` command: subcommands call the core; no subcommand starts the reader.

`briefing` opens the library, `briefing PATH` one article; `analyze`, `list` and `export` work
without a terminal UI and never import Textual, so they stay fast in scripts and pipes.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.errors import BriefingError
from briefing.printable import one_line

if TYPE_CHECKING:
    import argparse

SUBCOMMANDS = ("analyze", "list", "export", "index", "search", "add", "notes")


def _reader_parser() -> argparse.ArgumentParser:
    from briefing.cli_usage import OneLineParser

    parser = OneLineParser(
        prog="briefing",
        description="Read policy analysis as structure: sections, actors, quotes and so what.",
        epilog=(
            "subcommands: briefing analyze PATH [--json|--yaml] | briefing list | "
            "briefing export PATH [--format md|txt|html|pdf] [-o FILE] [--force] | "
            "briefing index [DIR] | briefing search QUERY [--json] | "
            "briefing add URL|- [--library DIR] | briefing notes [PATH]"
        ),
    )
    parser.add_argument(
        "path", nargs="?", type=Path, help="an article to open: a file, a web address, - for stdin"
    )
    parser.add_argument("--library", metavar="DIR", help="the articles folder to open")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    from briefing.cli_usage import OneLineParser  # usage errors in one line

    parser = OneLineParser(prog="briefing")
    commands = parser.add_subparsers(dest="command", required=True)
    from briefing import cli_library

    cli_library.add_parsers(commands)
    from briefing import cli_add

    cli_add.add_parsers(commands)
    from briefing import cli_notes

    cli_notes.add_parsers(commands)

    analyze = commands.add_parser("analyze", help="print the analysis of an article")
    analyze.add_argument("path", type=Path, nargs="+", help="files, or folders of articles")
    analyze.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes")
    output = analyze.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_const", const="json", dest="output")
    output.add_argument("--yaml", action="store_const", const="yaml", dest="output")

    listing = commands.add_parser("list", help="list the library's articles")
    listing.add_argument("--library", metavar="DIR")

    export = commands.add_parser("export", help="write a one-page summary")
    export.add_argument("path", type=Path)
    export.add_argument("--format", "-f", choices=("md", "txt", "html", "pdf"), default=None)
    export.add_argument("-o", "--output", metavar="FILE", help="where to write; - for stdout")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Whatever fails, the user gets one line on stderr and a non-zero status, never a traceback:
    a full disk or a closed pipe on stdout (flushed here, inside the guard, not at exit), and
    an unexpected exception (a bug) named by its type. BRIEFING_DEBUG=1 shows the traceback.
    """
    from briefing.cli_guard import guarded

    return guarded(lambda: _main(argv))


def _main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0].startswith("--library"):  # `briefing --library DIR list`
        from briefing.cli_usage import hoist_subcommand

        arguments = hoist_subcommand(arguments, SUBCOMMANDS)
    try:
        if arguments and arguments[0] in SUBCOMMANDS:
            return _run_command(_command_parser().parse_args(arguments))
        if len(arguments) == 1 and _is_web(arguments[0]):  # `briefing URL`, `briefing -`
            from briefing.cli_add import open_in_reader

            return open_in_reader(arguments[0])
        if len(arguments) == 1 and not arguments[0].startswith("-"):
            # `briefing PATH`, the common case: what the parser would make of it, without
            # importing argparse and building a parser (~4 ms of start-up).
            return _run_reader(Path(arguments[0]), None)
        options = _reader_parser().parse_args(arguments)
        return _run_reader(options.path, options.library)
    except BriefingError as error:
        print(f"briefing: {one_line(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _is_web(argument: str) -> bool:
    """A web address or "-" (stdin), told apart without importing anything (cli_add's rule)."""
    return argument == "-" or argument[:8].lower().startswith(("http://", "https://"))


def _run_command(options: argparse.Namespace) -> int:
    from briefing import cli_library

    if options.command in cli_library.COMMANDS:
        return cli_library.run(options)
    if options.command == "add":
        from briefing import cli_add

        return cli_add.run(options)
    if options.command == "notes":
        from briefing import cli_notes

        return cli_notes.run(options)
    if options.command == "analyze":
        if len(options.path) > 1 or options.path[0].is_dir():  # JSON Lines, one article a line
            return cli_library.analyze_many(options.path, options.jobs, options.output)
        return _analyze(options.path[0], options.output or "json")
    if options.command == "list":
        return _list(options.library)
    from briefing.export import export_command

    return export_command(
        options.path,
        fmt=options.format,
        output=options.output,
        force=options.force,
        paper=options.paper,
    )


def _analyze(path: Path, output: str) -> int:
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article
    from briefing.serialize import to_json, to_yaml

    briefing = analyze(load_article(path))
    from briefing.store import annotations_for

    warnings: list[str] = []
    annotations = annotations_for(briefing.article, warnings)  # the reader's, beside it
    for warning in warnings:
        print(f"briefing: warning: {one_line(warning)}", file=sys.stderr)
    for warning in briefing.article.meta.warnings:  # reading's and the analysis's
        print(f"briefing: warning: {one_line(warning)}", file=sys.stderr)
    text = to_json(briefing, annotations) + "\n" if output == "json" else to_yaml(briefing)
    sys.stdout.write(text)
    return 0


def _list(library: str | None) -> int:
    from briefing.ingest import load_article
    from briefing.library import list_articles, resolve_dir

    directory = resolve_dir(library)
    if not directory.is_dir():
        raise BriefingError(f"{directory}: no such folder")
    listing = list_articles(directory)
    for path in listing.articles:
        name = one_line(path.name)
        try:
            article = load_article(path)
        except BriefingError as error:
            print(f"{name}\t(cannot be read: {one_line(error)})")
            continue
        except Exception as error:  # noqa: BLE001 - a bug in one article is one row, not the list
            print(f"{name}\t(cannot be read: a bug: {one_line(type(error).__name__)}: "
                  f"{one_line(error)})")
            continue
        meta = article.meta
        published = meta.published.isoformat() if meta.published else "-"
        title, source = one_line(meta.title), one_line(meta.source or "-")
        print(f"{name}\t{title}\t{source}\t{published}")
    for path, reason in listing.skipped:
        print(f"briefing: skipped {one_line(path)}: {one_line(reason)}", file=sys.stderr)
    return 0


def _run_reader(path: Path | None, library: str | None) -> int:
    # Importing Textual and reading the article allocate objects that live as long as the app;
    # the cyclic GC walking them again and again cost 20-40 ms of start-up. `run` freezes them
    # and turns the GC back on before the app starts.
    if path is not None and path.is_dir():  # `briefing DIR`: the folder is a library
        import shlex

        raise BriefingError(
            f"{path}: is a folder, not an article file; to list its articles: "
            f"briefing --library {shlex.quote(str(path))}"
        )
    gc.disable()
    try:
        article = None
        if path is not None:
            from briefing.read_ahead import read_ahead
            from briefing.tui.saved_settings import NAMES

            # First: it reads (and analyses, and reads the reader's saved settings) in
            # parallel with the imports below.
            article = read_ahead(path, analyse=True, settings=NAMES)
        from briefing.tui.app import run

        return run(article=article, library=library)
    finally:
        gc.enable()
