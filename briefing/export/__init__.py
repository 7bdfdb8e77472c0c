"""One-page summary export: the public API the CLI and the TUI call.

`render` turns a briefing into the bytes of one page in a format (md, txt, html or pdf) and says
what it left out to fit; `write_summary` writes them safely (`write.py`); `export_command` is
`briefing export`. The reader's highlights and notes (`briefing.store.annotations_for`) are
passed to `render` by the caller and read from the store by `write_summary` and
`export_command`, so the CLI and the TUI's export dialog both carry them (`notes.py`). What goes on the page is decided once in `page.py`; each format has its own
renderer module. Typst (for PDF) is imported only when a PDF is asked for.

`-o -` writes md, txt and html to stdout. A PDF goes to stdout only when stdout is not a
terminal (a pipe or a redirect), so binary never lands on a screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefing.errors import ExportError
from briefing.export.notes import with_notes
from briefing.export.page import SummaryPage, build_page, omitted
from briefing.export.write import check_target, write_atomic
from briefing.model import Briefing
from briefing.printable import one_line

FORMATS = ("md", "txt", "html", "pdf")
_SUFFIXES = {".md": "md", ".markdown": "md", ".txt": "txt", ".html": "html", ".htm": "html"}
_SUFFIXES[".pdf"] = "pdf"
PAPERS = ("a4", "letter")

__all__ = [
    "FORMATS",
    "ExportResult",
    "default_target",
    "export_command",
    "render",
    "render_checked",
    "resolve_target",
    "write_summary",
]


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Where a summary was written and, in words, what was left out to fit one page."""

    path: Path
    omitted: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    """Problems with what was written, one line each (characters the PDF fonts cannot draw)."""


def render(
    briefing: Briefing,
    fmt: str,
    paper: str = "a4",
    *,
    exported: date | None = None,
    annotations: Sequence[Any] = (),
) -> tuple[bytes, tuple[str, ...]]:
    """The one-page summary in `fmt`, and what was left out to fit.

    `exported` is the date printed in the footer (today by default; tests fix it).
    `annotations` are the reader's highlights and notes (the store's `Highlight`/`Note`, in
    reading order): a "Notes" part when there are any, nothing at all when there are none.
    """
    content, left_out, _ = render_checked(
        briefing, fmt, paper, exported=exported, annotations=annotations
    )
    return content, left_out


def render_checked(
    briefing: Briefing,
    fmt: str,
    paper: str = "a4",
    *,
    exported: date | None = None,
    annotations: Sequence[Any] = (),
) -> tuple[bytes, tuple[str, ...], tuple[str, ...]]:
    """`render`, and warnings about the result (one line each; see `ExportResult.warnings`)."""
    fmt = _check_format(fmt)
    if paper not in PAPERS:
        raise ExportError(f"unknown paper size {paper!r}: choose one of {', '.join(PAPERS)}")
    page = with_notes(build_page(briefing, exported or date.today()), briefing, annotations)
    if fmt == "pdf":
        from briefing.export.pdf import render_pdf_checked

        content, shown, warnings = render_pdf_checked(page, paper)
        return content, omitted(page, shown), warnings
    content, shown = _render_page(page, fmt, paper)
    return content, omitted(page, shown), ()


def _render_page(page: SummaryPage, fmt: str, paper: str) -> tuple[bytes, SummaryPage]:
    if fmt == "md":
        from briefing.export.markdown import render_markdown

        text, shown = render_markdown(page)
    elif fmt == "txt":
        from briefing.export.text import render_text

        text, shown = render_text(page)
    elif fmt == "html":
        from briefing.export.html import render_html

        text, shown = render_html(page, paper)
    else:
        from briefing.export.pdf import render_pdf

        return render_pdf(page, paper)
    return text.encode("utf-8"), shown


def default_target(briefing: Briefing, fmt: str, directory: Path) -> Path:
    """`<article-stem>-summary.<ext>` in `directory`; the stem comes from the article's file,
    or from its title when it was not read from a file."""
    fmt = _check_format(fmt)
    path = briefing.article.meta.path
    stem = path.stem if path is not None else _slug(briefing.article.meta.title)
    return directory / f"{stem or 'article'}-summary.{fmt}"


def write_summary(
    briefing: Briefing,
    fmt: str,
    target: Path,
    *,
    force: bool = False,
    paper: str = "a4",
    exported: date | None = None,
    annotations: Sequence[Any] | None = None,
) -> ExportResult:
    """Render and write the summary to `target`, refusing to overwrite unless `force`.

    The target is checked before the (possibly slow) rendering, and again when the file is put
    in place; a failure at any point leaves an existing file as it was and no temporary file.
    `annotations` None (the CLI's and the TUI's call) reads the reader's highlights and notes
    from the store; a store that cannot be read is a warning in the result, never a failure.
    """
    fmt = _check_format(fmt)
    target = Path(target).expanduser()
    check_target(target, force=force)
    store_warnings: list[str] = []
    if annotations is None:
        annotations = _annotations(briefing, store_warnings)
    content, left_out, warnings = render_checked(
        briefing, fmt, paper, exported=exported, annotations=annotations
    )
    written = write_atomic(target, content, force=force)
    return ExportResult(written, left_out, (*store_warnings, *warnings))


def _annotations(briefing: Briefing, warnings: list[str]) -> tuple[Any, ...]:
    """The article's highlights and notes from the store (read-only; `()` when there is none)."""
    from briefing.store import annotations_for

    return annotations_for(briefing.article, warnings)


def export_command(
    path: Path, *, fmt: str | None, output: str | None, force: bool, paper: str
) -> int:
    """`briefing export`: write a one-page summary of an article, say where, return 0."""
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article

    if output is not None and not output.strip():
        raise ExportError("-o needs a file name (or - for stdout); it was empty")
    if fmt is None:
        fmt = format_for(None if output is not None and _names_folder(output) else output)
    elif output and output != "-" and not _names_folder(output):
        suffix = Path(output).suffix.lower()  # `--format pdf -o x.txt` wrote a PDF named .txt
        if _SUFFIXES.get(suffix, fmt) != fmt:
            raise ExportError(
                f"{output} ends in {suffix} but --format is {fmt}: "
                f"use -o {Path(output).with_suffix('.' + fmt)} or --format {_SUFFIXES[suffix]}"
            )
    fmt = _check_format(fmt)
    if output == "-":
        if fmt == "pdf" and sys.stdout.isatty():
            raise ExportError("will not write a PDF to a terminal: use -o FILE or a pipe")
        briefing = analyze(load_article(path))
        _report_warnings(briefing)
        store_warnings: list[str] = []
        annotations = _annotations(briefing, store_warnings)
        content, left_out, warnings = render_checked(
            briefing, fmt, paper, annotations=annotations
        )
        warnings = (*store_warnings, *warnings)
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        _report_omitted(left_out, warnings)
        return 0
    folder = Path(output).expanduser() if output and _names_folder(output) else None
    if folder is not None and not folder.is_dir():
        raise ExportError(f"{output}: no such folder")
    if output and folder is None:
        check_target(Path(output).expanduser(), force=force)  # fail before the analysis
    briefing = analyze(load_article(path))
    _report_warnings(briefing)
    why = ""
    if output and folder is None:
        target = Path(output)
    else:
        if folder is None:  # the dialog's rule: not into a source checkout (export/folder.py)
            from briefing.export.folder import export_folder

            folder = export_folder()
            if folder != Path.cwd():
                why = " (the current folder is a source checkout; -o FILE to choose)"
        target = default_target(briefing, fmt, folder)
    result = write_summary(briefing, fmt, target, force=force, paper=paper)
    print(f"briefing: wrote {one_line(result.path)}{why}", file=sys.stderr)
    _report_omitted(result.omitted, result.warnings)
    return 0


def resolve_target(briefing: Briefing, fmt: str, output: str) -> Path:
    """Where `output` (what the user typed) says to write: a name ending in a slash, or an
    existing folder, means the default file name inside that folder; anything else is the
    file itself. An empty name is an error rather than the current folder."""
    if not output.strip():
        raise ExportError("give a file name to write (it was empty)")
    path = Path(output).expanduser()
    if _names_folder(output):
        if not path.is_dir():
            raise ExportError(f"{output}: no such folder")
        return default_target(briefing, fmt, path)
    return path


def _names_folder(output: str) -> bool:
    """Whether `output` names a folder: it ends with a separator or is an existing folder.

    (pathlib drops a trailing slash, so "name/" would otherwise write a file called name.)
    """
    separators = (os.sep, os.altsep or os.sep)
    try:
        return output.endswith(separators) or Path(output).expanduser().is_dir()
    except (OSError, ValueError):
        return False


def format_for(output: str | None) -> str:
    """The format an output name implies by its suffix; md when it implies none."""
    if output and output != "-":
        suffix = Path(output).suffix.lower()
        if suffix in _SUFFIXES:
            return _SUFFIXES[suffix]
        if suffix:
            raise ExportError(
                f"{output}: cannot tell the format from {suffix!r}; use --format "
                + "|".join(FORMATS)
            )
    return "md"


def _report_warnings(briefing: Briefing) -> None:
    """What reading and analysing the article warned about (a field ignored, text not read)."""
    for warning in briefing.article.meta.warnings:
        print(f"briefing: warning: {one_line(warning)}", file=sys.stderr)


def _report_omitted(left_out: tuple[str, ...], warnings: tuple[str, ...] = ()) -> None:
    if left_out:
        print(f"briefing: left out to fit one page: {', '.join(left_out)}", file=sys.stderr)
    for warning in warnings:
        print(f"briefing: warning: {one_line(warning)}", file=sys.stderr)


def _check_format(fmt: str) -> str:
    normalised = fmt.lower().lstrip(".")
    normalised = {"markdown": "md", "text": "txt", "htm": "html"}.get(normalised, normalised)
    if normalised not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return normalised


def _slug(title: str) -> str:
    """A file-name-safe lower-case stem from a title."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    return "-".join(words)[:60].strip("-")
