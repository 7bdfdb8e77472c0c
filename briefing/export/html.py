"""HTML summary: one self-contained page (inline CSS, no scripts, no external files).

A browser cannot be asked how many pages it will print, so the content is fitted with the text
renderer's measure (66 lines of 80 columns, which the two-column layout at 9.5 pt prints well
inside one sheet), and the print style clips the sheet to one page as a last guarantee. Every
piece of article text goes through `escape`: control characters as their pictures (an ESC or an
OSC 52 clipboard write would otherwise reach the terminal of anyone who `cat`s the file; a
right-to-left override would reorder the page) and then `html.escape`.
"""

from __future__ import annotations

import html

from briefing.export.page import SummaryPage
from briefing.printable import printable
from briefing.export.text import fit_lines, lay_out_text

_SIZES = {"a4": "A4", "letter": "letter"}


def escape(text: str) -> str:
    """Article text as HTML text: control characters as pictures, then `&<>"'` escaped."""
    return html.escape(printable(text))

_CSS = """
@page { size: %(size)s; margin: 14mm 15mm; }
* { box-sizing: border-box; }
body { margin: 0; background: #e9ecef; color: #1d232a;
  font: 10pt/1.38 "Libertinus Serif", "Georgia", "DejaVu Serif", serif; }
.sheet { max-width: 190mm; margin: 12mm auto; padding: 14mm 15mm; background: #fff;
  box-shadow: 0 1px 6px rgba(0,0,0,.15); }
header .kicker { font: 600 7.5pt/1.2 "Helvetica Neue", Arial, sans-serif;
  letter-spacing: .12em; text-transform: uppercase; color: #1f4e79; }
h1 { font-size: 19pt; line-height: 1.15; margin: 3pt 0 3pt; color: #10263d; }
.byline { color: #555; font-style: italic; margin: 0 0 8pt; }
.bottom { background: #eef3f8; border-left: 3pt solid #1f4e79; padding: 6pt 9pt; margin: 0 0 10pt; }
.bottom b { font: 700 7.5pt/1 "Helvetica Neue", Arial, sans-serif; letter-spacing: .1em;
  text-transform: uppercase; color: #1f4e79; display: block; margin-bottom: 3pt; }
.columns { display: grid; grid-template-columns: 1.65fr 1fr; gap: 14pt; }
h2 { font: 700 7.5pt/1.2 "Helvetica Neue", Arial, sans-serif; letter-spacing: .1em;
  text-transform: uppercase; color: #1f4e79; border-bottom: .6pt solid #9fb3c8;
  padding-bottom: 2pt; margin: 0 0 5pt; }
section { margin-bottom: 10pt; }
ol, ul { margin: 0; padding-left: 13pt; }
li { margin-bottom: 3.5pt; }
.badge { display: inline-block; font: 700 6.8pt/1.4 "Helvetica Neue", Arial, sans-serif;
  padding: 0 4pt; border-radius: 2pt; color: #fff; background: #6c7a89; white-space: nowrap;
  margin-right: 3pt; vertical-align: 1pt; }
.b0 { background: #4a6d8c; } .b1 { background: #5b7fa3; } .b2 { background: #7c8a99; }
.b3 { background: #b07d2b; } .b4 { background: #c0622b; } .b5 { background: #a93d2f; }
blockquote { margin: 0 0 6pt; padding-left: 7pt; border-left: 2pt solid #c9d4df; }
blockquote .who { display: block; font-size: 8.5pt; color: #555; }
.actor { display: flex; justify-content: space-between; gap: 6pt; border-bottom: .4pt dotted #ccc; }
.actor span { color: #555; font-size: 8.5pt; text-align: right; }
footer { margin-top: 8pt; border-top: .6pt solid #9fb3c8; padding-top: 4pt; font-size: 7.5pt;
  color: #555; }
@media print {
  body { background: #fff; font-size: 9.2pt; }
  .sheet { margin: 0; padding: 0; box-shadow: none; max-width: none;
    height: %(height)s; overflow: hidden; break-after: avoid;
    display: flex; flex-direction: column; }
  .columns { flex: 1 1 auto; min-height: 0; overflow: hidden; }
  footer { flex: none; margin-top: auto; }
}
"""

_NOTES_CSS = """
.notes { flex: none; }
.notes blockquote { font-style: italic; }
.notes .note { display: block; font-style: normal; }
.notes .more { margin: 0; font-size: 8.5pt; color: #555; }
"""
"""Added only to a page with notes, so a page without them is exactly as it was."""

_PRINT_HEIGHT = {"a4": "268mm", "letter": "250mm"}
"""The paper height less the @page margins (a hair under, so rounding never spills a page)."""


def _band_class(low: int | None) -> str:
    """A badge colour class by how probable the band is, cold (unlikely) to hot (certain)."""
    if low is None:
        return "badge"
    for index, ceiling in enumerate((5, 20, 45, 55, 80)):
        if low < ceiling:
            return f"badge b{index}"
    return "badge b5"


def lay_out_html(page: SummaryPage, paper: str = "a4") -> str:
    """The page as one HTML document."""
    css = _CSS % {"size": _SIZES.get(paper, "A4"), "height": _PRINT_HEIGHT.get(paper, "268mm")}
    if page.notes or page.more_notes:
        css += _NOTES_CSS
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(page.title)} (summary)</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        '<main class="sheet">',
        "<header>",
        f'<div class="kicker">One-page brief{" · " + escape(page.source) if page.source else ""}'
        "</div>",
        f"<h1>{escape(page.title)}</h1>",
    ]
    if page.byline:
        parts.append(f'<p class="byline">{escape(page.byline)}</p>')
    parts.append("</header>")
    if page.bottom_line:
        parts.append(f'<p class="bottom"><b>Bottom line</b>{escape(page.bottom_line)}</p>')
    parts.append('<div class="columns"><div>')
    if page.judgments:
        parts.append("<section><h2>Key judgments</h2><ol>")
        for judgment in page.judgments:
            badge = ""
            if judgment.term:
                label = judgment.term + (f" {judgment.band}" if judgment.band else "")
                badge = f'<span class="{_band_class(judgment.low)}">{escape(label)}</span>'
            parts.append(f"<li>{badge}{escape(judgment.text)}</li>")
        parts.append("</ol></section>")
    if page.quotes:
        parts.append("<section><h2>Key quotes</h2>")
        for quote in page.quotes:
            who = f'<span class="who">— {escape(quote.speaker)}</span>' if quote.speaker else ""
            parts.append(f"<blockquote>“{escape(quote.text)}”{who}</blockquote>")
        parts.append("</section>")
    parts.append("</div><div>")
    if page.actors:
        parts.append("<section><h2>Key actors</h2>")
        for actor in page.actors:
            parts.append(
                f'<div class="actor"><b>{escape(actor.name)}</b>'
                f"<span>{escape(actor.description)}</span></div>"
            )
        parts.append("</section>")
    if page.outline:
        parts.append("<section><h2>Outline</h2><ol>")
        parts += [f"<li>{escape(title)}</li>" for title in page.outline]
        parts.append("</ol></section>")
    if page.implications:
        parts.append("<section><h2>Implications</h2><ul>")
        parts += [f"<li>{escape(item)}</li>" for item in page.implications]
        parts.append("</ul></section>")
    if page.watch:
        parts.append("<section><h2>What to watch</h2><ul>")
        parts += [f"<li>{escape(item)}</li>" for item in page.watch]
        parts.append("</ul></section>")
    parts.append("</div></div>")
    if page.notes or page.more_notes:
        parts += _notes(page)
    parts.append(f"<footer>Source: {escape(page.citation)}<br>{escape(page.export_note)}</footer>")
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _notes(page: SummaryPage) -> list[str]:
    """The reader's notes across the page under the two columns: each highlighted passage
    quoted, the note under it, then where the words are; last, how many more there are."""
    parts = ['<section class="notes"><h2>Notes</h2>']
    for note in page.notes:
        lines = "<br>".join(escape(line) for line in note.note.splitlines())
        text = f'<span class="note">{lines}</span>' if note.note else ""
        where = f'<span class="who">{escape(note.reference)}</span>'
        parts.append(f"<blockquote>“{escape(note.quote)}”{text}{where}</blockquote>")
    if page.more_notes:
        parts.append(f'<p class="more">{escape(page.more_notes)}</p>')
    parts.append("</section>")
    return parts


def render_html(page: SummaryPage, paper: str = "a4") -> tuple[str, SummaryPage]:
    """The fitted page as HTML, and the page it shows (to say what was left out)."""
    shown, _ = fit_lines(page, lay_out_text)
    return lay_out_html(shown, paper), shown
