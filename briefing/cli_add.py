"""Articles from the web and from standard input: `briefing URL`, `briefing -`, `briefing add`.

    briefing URL                         fetch a page and open it in the reader
    briefing -                           read an article from standard input and open it
    briefing add URL|- ... [--library DIR]   save pages (or stdin) to the library, one line each

`add` prints one line per saved article (`saved PATH: TITLE`) on stdout and one line per
failure (`briefing: URL: what went wrong`) on stderr, carries on with the others, and exits 1
when any failed, so nothing is lost silently. Pages are saved as Markdown with front matter,
standard input as it was given (briefing/ingest/save.py says why). Text on standard input that
is only a web address (`xclip -o | briefing -` with a link copied) is fetched as that page.

The library folder is the one the reader opens (`--library`, `$BRIEFING_LIBRARY`,
./articles); `add` never writes into the bundled samples, which live inside the installed
package, and asks for a folder instead. A folder named with `--library` is created if missing.
None of this imports Textual until the reader opens.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.errors import BriefingError, IngestError
from briefing.printable import one_line, printable

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from briefing.model import Article

COMMANDS = ("add",)
_HTML_FRAGMENT = re.compile(
    r"\s*<(?:article|main|section|div|p|h[1-6]|header|meta|title|table|ul|ol|blockquote)\b"
    r"[^>]*>.*</(?:article|main|section|div|p|h[1-6]|table|ul|ol|blockquote)>",
    re.I | re.S,
)
"""Text that opens with a block element and closes one: HTML that `format_of` (which looks
for a page's start: doctype, <html>, <head>, <body>) would take for plain text."""
STDIN = "-"
"""The argument that means standard input."""
STDIN_NAME = Path("standard input")
"""How messages name standard input."""


@dataclass(frozen=True, slots=True)
class Input:
    """An article read from somewhere, with what `add` needs to save it: the text as given
    (None for a fetched page, which is saved as Markdown) and its format."""

    article: Article
    text: str | None = None
    kind: str = "html"


def add_parsers(commands: Any) -> None:
    """Add `add` to the `briefing` subcommand parser."""
    add = commands.add_parser("add", help="save web pages (or standard input) to the library")
    add.add_argument("sources", nargs="+", metavar="URL", help="web addresses; - for stdin")
    add.add_argument("--library", metavar="DIR", help="the articles folder to save into")


def run(options: argparse.Namespace) -> int:
    """`briefing add`: save every source; returns 1 when any failed."""
    directory = library_folder(options.library)
    failed = 0
    stdin_read = False
    for number, source in enumerate(options.sources, 1):
        try:
            if source == STDIN:
                if stdin_read:
                    raise BriefingError("- (standard input) can be given only once")
                stdin_read = True
            else:
                counted = f"{number}/{len(options.sources)} " if len(options.sources) > 1 else ""
                _status(f"fetching {counted}{source} …")
            try:
                path, title = add(source, directory)
            finally:
                _status(None)
        except BriefingError as error:
            failed += 1
            print(f"briefing: {one_line(error)}", file=sys.stderr)
            continue
        print(f"saved {one_line(str(path))}: {one_line(title)}")
    return 1 if failed else 0


def add(source: str, directory: Path) -> tuple[Path, str]:
    """Read `source` (a URL or "-") and save it in `directory`; returns the file and title."""
    found = read_source(source)
    return save(found, directory), found.article.meta.title


def save(found: Input, directory: Path) -> Path:
    """Save what was read: a page as Markdown, text as it was given."""
    from briefing.ingest.save import save_article, save_text

    if found.text is None:
        return save_article(found.article, directory)
    return save_text(found.text, found.article.meta.title, found.kind, directory)


def read_source(source: str) -> Input:
    """A URL fetched, or standard input read; every failure is a `BriefingError`."""
    if source == STDIN:
        return read_stdin()
    return Input(fetch(source))


def fetch(url: str) -> Article:
    from briefing.ingest.web import fetch_article, is_url

    if not is_url(url):
        raise BriefingError(f"{url}: not a web address (http:// or https://) or -")
    return fetch_article(url)


def read_stdin() -> Input:
    """The article on standard input: a lone URL is fetched, else text, Markdown or HTML."""
    return parse_text(stdin_text())


def stdin_text() -> str:
    """Standard input decoded as files are (ingest/decode.py), within the same size limit."""
    from briefing.ingest.decode import MAX_BYTES, decode, megabytes

    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        raise IngestError(f"{STDIN_NAME}: there is no standard input")
    if sys.stdin.isatty() and sys.stderr is not None:  # `briefing -` typed with no pipe
        print("briefing: reading an article from the keyboard; end it with ctrl+d",
              file=sys.stderr)  # fmt: skip
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise IngestError(f"{STDIN_NAME}: cannot read: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise IngestError(f"{STDIN_NAME}: too large (the limit is {megabytes(MAX_BYTES)})")
    try:
        return decode(STDIN_NAME, data)
    except IngestError as error:  # decode speaks of files
        raise IngestError(str(error).replace("the file is empty", "nothing came in")) from None


def parse_text(text: str) -> Input:
    """Text from stdin or a paste as an article: a lone URL is fetched; otherwise the format is
    told by content (`ingest.format_of`) and the text kept as given for saving, its line breaks
    and control characters normalised as a file's are (a terminal pastes lines ending in "\\r":
    unnormalised, the title was lost and the file saved with bare CRs)."""
    from briefing.ingest import format_of
    from briefing.ingest.decode import normalise
    from briefing.ingest.web import is_url

    text = normalise(text)
    words = text.split()
    if len(words) == 1 and is_url(words[0]):
        return Input(fetch(words[0]))
    kind = format_of(STDIN_NAME, text)
    if kind != "html" and _HTML_FRAGMENT.match(text):
        kind = "html"  # copied markup ("<article><p>...") rather than a whole page
    try:
        article = _parse(kind, text)
    except IngestError as error:
        raise IngestError(str(error).replace("None: ", f"{STDIN_NAME}: ", 1)) from None
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        raise IngestError(f"{STDIN_NAME}: cannot read as {kind}: {error}") from None
    return Input(article, text, kind)


def _parse(kind: str, text: str) -> Article:
    """The reader `load_article` would pick for `kind`, on text with no file behind it."""
    if kind == "html":
        from briefing.ingest.html import parse_html

        return parse_html(text)
    if kind == "markdown":
        from briefing.ingest.markdown import parse_markdown

        return parse_markdown(text)
    from briefing.ingest.text import parse_text

    return parse_text(text)


def library_folder(explicit: str | None) -> Path:
    """Where `add` saves: the reader's library folder, never the bundled samples."""
    from briefing.library import bundled_dir, resolve_dir

    directory = resolve_dir(explicit)
    if explicit:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BriefingError(f"{directory}: cannot create: {error.strerror or error}") from None
    elif directory.resolve() == bundled_dir().resolve():
        raise BriefingError(
            "no library folder to save into: give --library DIR, set BRIEFING_LIBRARY, "
            "or make a folder ./articles"
        )
    if not directory.is_dir():
        raise BriefingError(f"{directory}: no such folder")
    return directory


def open_in_reader(argument: str) -> int:
    """`briefing URL` or `briefing -`: read the article, then open the reader on it.

    The page is fetched and parsed in a forked child while this process imports Textual
    (`_ahead`): trafilatura's import and Textual's take about as long, and the network wait
    overlaps both. A failure is still one line before any terminal set-up (`tui.app.run`).
    """
    if argument == STDIN:
        text = stdin_text()  # here: a child that died would leave nothing to read again
        result = _ahead(lambda: parse_text(text).article)
    else:
        _status(f"fetching {argument} …")
        result = _ahead(lambda: read_source(argument).article)

    def article() -> Article:
        try:
            found = result()
        finally:
            _status(None)
        if argument == STDIN:
            _keys_from_terminal()
        return found

    from briefing.tui.app import run

    return run(article=article)


def _ahead(produce: Callable[[], Article]) -> Callable[[], Article]:
    """Run `produce` in a forked child; the returned function gives its article or raises its
    `BriefingError`. As briefing/read_ahead.py does for files: where there is no fork, or the
    child dies without an answer (a bug), `produce` runs here instead."""
    import pickle

    if not hasattr(os, "fork"):
        return produce
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer through the pipe, never return
        status = 1
        try:
            os.close(read_end)
            try:
                answer: tuple[str, object] = ("article", produce())
            except BriefingError as error:
                answer = ("error", error)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)

    def result() -> Article:
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
        os.waitpid(pid, 0)
        try:
            outcome, value = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - no answer from the child: do the work here
            return produce()
        if outcome == "error":
            raise value
        return value  # type: ignore[no-any-return]

    return result


def _status(text: str | None) -> None:
    """Say what is under way on stderr's line when it is a terminal (None clears it), so a
    slow server is not a silent wait; pipes and logs get nothing."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return
    line = "" if text is None else printable(text)[: max(10, _columns() - 1)]
    stream.write(f"\r\x1b[K{line}")
    stream.flush()


def _columns() -> int:
    import shutil

    return shutil.get_terminal_size().columns


def _keys_from_terminal() -> None:
    """After a pipe was read, take the reader's keys from the terminal, as `less` does."""
    if sys.stdin is not None and sys.stdin.isatty():
        return
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise BriefingError("no terminal to read keys from (the article came on stdin)") from None
    os.dup2(terminal, 0)
    os.close(terminal)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - lives with the process
