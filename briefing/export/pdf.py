"""PDF summary typeset by Typst, guaranteed to be exactly one page.

Why Typst: it works offline, compiles a page in milliseconds, and its bundled fonts cover Latin,
Cyrillic, Greek and (through DejaVu Sans Mono) Armenian, with curly quotes and dashes. It is
imported lazily, so nothing else in briefing pays its import cost.

Article text never becomes Typst markup: the page is serialised to JSON and handed over in
`sys.inputs`; the template (templates/summary.typ) places every string as a string. System fonts
are ignored at first, so the same input gives the same page on every machine. When the bundled
fonts cannot draw some character (Chinese, Japanese, Korean, Thai...), the page is typeset again
with the system's fonts as fallbacks, and whatever is still missing is reported as a warning
(`glyphs.py` reads which characters the PDF drew), never printed as silent empty boxes.

One page is measured, not hoped for: the template reports its page count through a `<pagecount>`
label; while it is more than one, the text shrinks step by step to a floor, and then the
lowest-ranked items go, exactly as `page.reductions` orders them.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from briefing.errors import ExportError
from briefing.export.page import SummaryPage, reductions
from briefing.printable import printable

FONT_SIZES = (10.5, 10.0, 9.5, 9.0, 8.5)
"""Text sizes in points, tried in turn; 8.5 pt is the floor for a page people read on paper."""

PAPERS = {"a4": "a4", "letter": "us-letter"}


class _Typesetter:
    """A Typst compiler kept warm for the process: recompiling with new inputs takes ~2 ms."""

    def __init__(self, system_fonts: bool = False) -> None:
        try:
            import typst
        except ImportError as error:  # pragma: no cover - typst is a declared dependency
            raise ExportError(f"PDF export needs the typst package: {error}") from None
        self._typst = typst
        resource = files("briefing.export").joinpath("templates", "summary.typ")
        with as_file(resource) as template:
            self._template = Path(template)
        self._lock = threading.Lock()
        """One compilation at a time: the TUI exports from worker threads."""
        self._compiler = typst.Compiler(
            str(self._template),
            root=str(self._template.parent),
            ignore_system_fonts=not system_fonts,
        )

    def compile(self, data: dict[str, Any]) -> tuple[bytes, int]:
        """The PDF for `data` and its number of pages."""
        inputs = {"data": json.dumps(data, ensure_ascii=False)}
        try:
            with self._lock:
                pdf = self._compiler.compile(format="pdf", sys_inputs=inputs)
                pages = json.loads(self._compiler.query("<pagecount>", field="value", one=True))
        except (RuntimeError, ValueError) as error:
            raise ExportError(f"the PDF could not be typeset: {_first_line(error)}") from None
        if not isinstance(pdf, bytes):  # pragma: no cover - one document gives one PDF
            raise ExportError("the PDF could not be typeset: no output")
        return pdf, int(pages)


@cache
def _typesetter(system_fonts: bool = False) -> _Typesetter:
    """The bundled fonts only, or with the system's fonts as fallbacks (made on first need)."""
    return _Typesetter(system_fonts)


def _strings(value: Any) -> list[str]:
    """Every string in a JSON-shaped value (the text a page must draw)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    return []


def page_data(page: SummaryPage, paper: str, size: float) -> dict[str, Any]:
    """The page as the plain JSON the template reads, every string printable.

    Control characters become their pictures (`briefing.printable`): an ESC would otherwise
    land in the PDF's title metadata, which viewers and `pdfinfo` print raw.
    """
    return _printable(_page_data(page, paper, size))


def _printable(value: Any) -> Any:
    """`value` (JSON-shaped) with `printable` applied to every string in it."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, list):
        return [_printable(item) for item in value]
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    return value


def _page_data(page: SummaryPage, paper: str, size: float) -> dict[str, Any]:
    return {
        "paper": PAPERS[paper],
        "size": size,
        "title": page.title,
        "source": page.source,
        "byline": page.byline,
        "bottom_line": page.bottom_line,
        "judgments": [
            {
                "text": judgment.text,
                "term": judgment.term,
                "band": judgment.band,
                "level": _band_level(judgment.low),
            }
            for judgment in page.judgments
        ],
        "actors": [{"name": a.name, "description": a.description} for a in page.actors],
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in page.quotes],
        "outline": list(page.outline),
        "implications": list(page.implications),
        "watch": list(page.watch),
        "notes": [
            {"quote": n.quote, "note": n.note, "reference": n.reference} for n in page.notes
        ],
        "more_notes": page.more_notes,
        "citation": page.citation,
        "export_note": page.export_note,
    }


def _band_level(low: int | None) -> int | None:
    """Badge colour index: 0 for the least probable bands up to 5 for almost certain."""
    if low is None:
        return None
    for index, ceiling in enumerate((5, 20, 45, 55, 80)):
        if low < ceiling:
            return index
    return 5


def render_pdf(page: SummaryPage, paper: str = "a4") -> tuple[bytes, SummaryPage]:
    """A one-page PDF of the fullest version of `page` that fits, and the page it shows."""
    pdf, shown, _ = render_pdf_checked(page, paper)
    return pdf, shown


def render_pdf_checked(
    page: SummaryPage, paper: str = "a4"
) -> tuple[bytes, SummaryPage, tuple[str, ...]]:
    """`render_pdf`, and warnings: a line naming the characters no font could draw."""
    if paper not in PAPERS:
        raise ExportError(f"unknown paper size {paper!r}: choose a4 or letter")
    from briefing.export.glyphs import missing_characters, missing_warning

    def missing_in(pdf: bytes, shown: SummaryPage) -> list[str]:
        return missing_characters(pdf, _strings(page_data(shown, paper, FONT_SIZES[0])))

    pdf, shown = _fit(page, paper, _typesetter())
    missing = missing_in(pdf, shown)
    if missing:  # the system's fonts may have them (typst falls back glyph by glyph)
        pdf, shown = _fit(page, paper, _typesetter(system_fonts=True))
        missing = missing_in(pdf, shown)
    warning = missing_warning(missing)
    return pdf, shown, (warning,) if warning else ()


def _fit(page: SummaryPage, paper: str, typesetter: _Typesetter) -> tuple[bytes, SummaryPage]:
    """The fullest version of `page` that `typesetter` sets on one page."""
    floor = FONT_SIZES[-1]
    candidates = [(page, size) for size in FONT_SIZES]
    candidates += [(smaller, floor) for smaller in reductions(page)]
    results: dict[int, bytes | None] = {}

    def attempt(index: int) -> bytes | None:
        if index not in results:
            candidate, size = candidates[index]
            pdf, pages = typesetter.compile(page_data(candidate, paper, size))
            results[index] = pdf if pages == 1 else None
        return results[index]

    if attempt(0) is not None:
        return results[0] or b"", page
    # Each candidate holds less than the one before, so the first that fits is found by
    # bisection: about six compilations instead of one per dropped item.
    low, high = 1, len(candidates) - 1
    if attempt(high) is None:
        raise ExportError(
            "the summary does not fit on one page even with the optional parts left out"
        )
    while low < high:
        middle = (low + high) // 2
        if attempt(middle) is not None:
            high = middle
        else:
            low = middle + 1
    return attempt(high) or b"", candidates[high][0]


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
