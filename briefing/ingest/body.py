"""The article body of text, Markdown and HTML input: paragraphs, headings, standfirst, notes.

The readers (`text.py`, `markdown.py`, `html.py`) read the metadata; this module decides which
of their blocks are the body, with the same steps for text and Markdown (HTML comes as
trafilatura's main text, so only the third):

1. paragraphs: single-newline lines are split or joined by `paragraphs.line_groups`;
2. the article's stretch of a whole page (menus, footer and teasers around it) is found by
   `boilerplate.main_region`. Text always goes through it; Markdown only when it looks like a
   page capture: a crawl capture's `## Content` section, paragraphs written one a line (a
   crawler's), or a run of three or more short lines that are not sentences (a menu or link
   list), which written Markdown does not have;
3. furniture, the standfirst and the notes are sorted out by `furniture.sort_blocks`;
4. a line holding control characters (an ESC sequence, a bidi override) that steps 2-3 would
   drop, and that is not the title or a byline, is kept as body (`_with_odd_lines`): page
   furniture never holds them, and a dropped one would be lost without a word.

`Body` carries the result; every paragraph is kept as written, less surrounding whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from markdown_it.token import Token

from briefing.ingest.boilerplate import Line, classify, is_sentence, main_region
from briefing.ingest.furniture import (
    BODY,
    HEADING,
    NOTE,
    STANDFIRST,
    Block,
    cue_kind,
    same_words,
    sort_blocks,
)
from briefing.ingest.paragraphs import line_groups
from briefing.model import Heading
from briefing.printable import has_controls

_SPACES = re.compile(r"[ \t]+")
_CAPTURE_WRAPPERS = {"metadata", "page structure", "content", "links"}
"""Level-2 headings a crawl capture wraps the page in; the article is inside "Content"."""
_LINE_SPLIT = 6
"""Paragraphs split from single-newline lines from which Markdown is a crawler's page text."""
_HEADING_WORDS = 12
"""Longest line of page text read as a heading (the seed's run to 6 words)."""
_HEADER_LEAD = 6
"""How far into the article a byline or date line still belongs to the header above it."""


@dataclass(frozen=True, slots=True)
class Body:
    """Body paragraphs, the headings the source marked (with the paragraph each opens), the
    standfirst and the endnotes, all as written."""

    paragraphs: tuple[str, ...]
    headings: tuple[Heading, ...] = ()
    standfirst: str | None = None
    notes: tuple[str, ...] = ()
    page: bool = False
    """Markdown only: the text is a page capture (paragraphs one a line, or a link-list run),
    whose header reads like a browser copy's."""


def text_body(
    lines: Sequence[Line],
    first: int,
    end: int,
    title: str | None,
    is_meta: Callable[[str], bool],
) -> Body:
    """The body of page text, from its classified lines and the article's stretch.

    `title` and lines for which `is_meta` holds (bylines, date lines) are header, not body.
    Prose above a byline near the top of the stretch is the standfirst ("A China expert sees
    ..." between the headline and "Name and Name | date").
    """
    title_key = title.casefold() if title else None
    outside = [not first <= line.index < end or line.furniture for line in lines]
    used = [False] * len(lines)  # read as the title, a byline or a date line: shown as such
    lead: list[str] = []
    meta_at = [
        position
        for position in range(first, min(end, first + _HEADER_LEAD))
        if is_meta(lines[position].text) and cue_kind(Block(lines[position].text)) is None
    ]
    if meta_at and sum(1 for line in lines[first : meta_at[-1]] if is_sentence(line.text)) > 2:
        meta_at = []  # a date deep in prose is the article's, not its header's
    for position, line in enumerate(lines):
        if outside[position]:
            continue
        if line.text.casefold() == title_key or is_meta(line.text):
            outside[position] = used[position] = True
        elif meta_at and position < meta_at[-1]:
            outside[position] = True
            if len(line.text.split()) >= 10:
                lead.append(line.text)
    under = {
        _next_content(lines, position + 1)
        for position in range(max(0, first - _HEADER_LEAD), min(end, first + _HEADER_LEAD))
        if is_meta(lines[position].text) and cue_kind(Block(lines[position].text)) is None
    }
    blocks = [
        Block(line.text, after_header=position in under) for position, line in enumerate(lines)
    ]
    sorting = sort_blocks(blocks, outside=outside)
    standfirst = " ".join([*lead, sorting.standfirst or ""]).strip() or None
    texts = [line.text for line in lines]
    kept = _with_odd_lines(texts, sorting.kinds, used, title_key, frozenset(lead))
    paragraphs = [
        block.text for block, kind in zip(blocks, kept, strict=True) if kind in (BODY, HEADING)
    ]
    headings: list[Heading] = []
    if standfirst and len(paragraphs) > 1 and _heading_like(paragraphs[0]):
        # Page text has no markup: a short line that is not a sentence, opening the body under
        # the standfirst ("1. The Strategic Stakes"), is the first section's heading.
        headings.append(Heading(paragraphs.pop(0), 0))
    return Body(tuple(paragraphs), tuple(headings), standfirst, sorting.notes)


def _with_odd_lines(
    texts: Sequence[str],
    kinds: Sequence[str],
    used: Sequence[bool] | None = None,
    title_key: str | None = None,
    lead: frozenset[str] = frozenset(),
) -> list[str]:
    """`kinds` with every dropped line that holds control characters (an ESC, a bidi override;
    `printable.has_controls`) made body again, unless it was read as the title or metadata.

    Menus, share bars and site lines never hold them, so such a line above or below the article
    or among its furniture is the file's own content (a terminal capture, a hostile title), and
    dropping it would lose it without a word (issue 14): it is kept where it stands and the
    reader shows it as written, the controls as pictures.
    """
    kept = list(kinds)
    for position, text in enumerate(texts):
        if kept[position] in (BODY, HEADING, STANDFIRST, NOTE) or (used and used[position]):
            continue
        if text in lead or not has_controls(text):
            continue
        if title_key and title_key in text.casefold():
            continue  # the title read from it ("Headline | Site" cut at the bar)
        kept[position] = BODY
    return kept


def _next_content(lines: Sequence[Line], position: int) -> int:
    """The first line from `position` on that is not furniture (a share bar under a byline)."""
    while position < len(lines) and (
        lines[position].furniture or cue_kind(Block(lines[position].text)) is not None
    ):
        position += 1
    return position


def _heading_like(text: str) -> bool:
    return len(text.split()) <= _HEADING_WORDS and not is_sentence(text) and text[-1:] not in ":,"


def markdown_body(
    tokens: Sequence[Token], source: str, title: str | None, description: str | None = None
) -> Body:
    """The body of a parsed Markdown document (`tokens` of `source`, its text after the front
    matter); a level-1 heading that starts with `title` is the title, not a section. The
    front matter's `description` is the standfirst when the page shows none (`_dek`)."""
    blocks, line_split = _markdown_blocks(tokens, source.split("\n"), title)
    blocks = _capture_content(blocks)
    outside = _page_region(blocks, line_split >= _LINE_SPLIT)
    sorting = sort_blocks(blocks, outside=outside)
    kinds = _with_odd_lines([block.text for block in blocks], sorting.kinds)
    paragraphs: list[str] = []
    headings: list[Heading] = []
    for index, block in enumerate(blocks):
        kind = kinds[index]
        if kind == HEADING:
            headings.append(Heading(block.text, len(paragraphs), block.heading))
        elif kind == BODY:
            paragraphs.append(block.text)
    headings = [heading for heading in headings if heading.before < len(paragraphs)]
    standfirst = sorting.standfirst
    if standfirst is None and description and _dek(description, paragraphs):
        standfirst = description
    page = outside is not None
    return Body(tuple(paragraphs), tuple(headings), standfirst, sorting.notes, page)


def _dek(description: str, paragraphs: list[str]) -> bool:
    """A front matter description is the standfirst when it is prose (a sentence, or a dozen
    words of one cut short, as meta descriptions are) and repeats no body paragraph (they often
    copy the first, or a quotation): not a short subtitle either."""
    words = len(description.split())
    if words < 8 or not (is_sentence(description) or words >= 12):
        return False
    return not any(same_words(description, text) for text in paragraphs)


def html_body(paragraphs: Sequence[str], headings: Sequence[Heading]) -> Body:
    """The body of an HTML page's main text as trafilatura found it (paragraphs, and headings
    with the paragraph each opens): its bios, captions, notices, pull quotes and endnotes are
    sorted out like those of text and Markdown."""
    blocks: list[Block] = []
    pending = sorted(headings, key=lambda heading: heading.before)
    cursor = 0
    for index, text in enumerate(paragraphs):
        while cursor < len(pending) and pending[cursor].before <= index:
            blocks.append(Block(pending[cursor].title, heading=pending[cursor].level))
            cursor += 1
        blocks.append(Block(text))
    sorting = sort_blocks(blocks)
    kinds = _with_odd_lines([block.text for block in blocks], sorting.kinds)
    kept: list[str] = []
    opened: list[Heading] = []
    for index, block in enumerate(blocks):
        kind = kinds[index]
        if kind == HEADING:
            opened.append(Heading(block.text, len(kept), block.heading))
        elif kind == BODY:
            kept.append(block.text)
    if not kept:
        return Body(tuple(paragraphs), tuple(headings))
    opened = [heading for heading in opened if heading.before < len(kept)]
    return Body(tuple(kept), tuple(opened), sorting.standfirst, sorting.notes)


def _markdown_blocks(
    tokens: Sequence[Token], lines: list[str], title: str | None
) -> tuple[list[Block], int]:
    """Headings and paragraphs in order, a paragraph's single-newline lines split as needed;
    with the number of paragraphs that came from splitting a Markdown paragraph by its lines.
    Blocks after the document's last horizontal rule are marked `after_rule` (where bios stand;
    a rule between sections earlier on marks nothing)."""
    blocks: list[Block] = []
    split = 0
    last_rule = -1
    title_used = False
    for position, token in enumerate(tokens):
        kind = token.type
        if kind == "hr":
            last_rule = len(blocks)
        elif kind == "heading_open":
            words = _plain(tokens[position + 1].children or [])
            level = int(token.tag[1])
            if not words:
                continue
            if level == 1 and not title_used and title and words.startswith(title):
                title_used = True
                continue
            blocks.append(Block(words, heading=level))
        elif kind == "inline" and tokens[position - 1].type == "paragraph_open":
            segments = _paragraph_segments(token, lines)
            split += len(segments) if len(segments) > 1 else 0
            for segment, emphasised, quoted, strong in segments:
                if segment:
                    blocks.append(
                        Block(
                            segment,
                            emphasised=emphasised,
                            quote_markup=quoted,
                            strong=strong,
                        )
                    )
        elif kind in ("fence", "code_block") and token.content.strip():
            blocks.append(Block(token.content.strip("\n")))
    if 0 <= last_rule < len(blocks):
        blocks[last_rule:] = [replace(block, after_rule=True) for block in blocks[last_rule:]]
    return blocks, split


def _paragraph_segments(token: Token, lines: list[str]) -> list[tuple[str, bool, bool, bool]]:
    """A Markdown paragraph as one or more paragraphs: `(words, emphasised, pull-quote markup,
    strong)`.

    Its source lines are grouped by `line_groups` (a hard-wrapped paragraph stays one; crawler
    lines become one paragraph each); markup hints are read per group.
    """
    children = token.children or []
    pieces: list[list[Token]] = [[]]
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            pieces.append([])
        else:
            pieces[-1].append(child)
    source = lines[token.map[0] : token.map[1]] if token.map else []
    if len(source) != len(pieces):
        groups = [(0, len(pieces))]
    else:
        groups = line_groups(source)
    result: list[tuple[str, bool, bool, bool]] = []
    for first, end in groups:
        run: list[Token] = []
        for piece in pieces[first:end]:
            if run:
                run.append(Token("softbreak", "br", 0))
            run.extend(piece)
        result.append((_plain(run), _emphasised(run), _pull_quote(run), _strong(run)))
    return result


def _plain(children: Sequence[Token]) -> str:
    """The words of inline tokens: markup markers and link addresses removed."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _SPACES.sub(" ", "".join(parts)).strip()


def _emphasised(children: Sequence[Token]) -> bool:
    """Set wholly in italics (or bold): opens with an emphasis marker and closes with one."""
    kinds = [child.type for child in children if child.type != "text" or child.content.strip()]
    return len(kinds) >= 3 and kinds[0] in ("em_open", "strong_open") and kinds[-1] in (
        "em_close",
        "strong_close",
    )


def _strong(children: Sequence[Token]) -> bool:
    """Set wholly in bold."""
    kinds = [child.type for child in children if child.type != "text" or child.content.strip()]
    return len(kinds) >= 3 and kinds[0] == "strong_open" and kinds[-1] == "strong_close"


def _pull_quote(children: Sequence[Token]) -> bool:
    """Marked up as a pull quote: emphasised inline code, all of it (``___`...`___``)."""
    content = [child for child in children if child.type != "text" or child.content.strip()]
    kinds = [child.type for child in content]
    return "code_inline" in kinds and all(
        kind in ("code_inline", "em_open", "em_close", "strong_open", "strong_close")
        for kind in kinds
    ) and _emphasised(children)


def _capture_content(blocks: list[Block]) -> list[Block]:
    """A crawl capture ("# domain", "## Metadata", "## Content", "## Links"): only "Content"."""
    wrappers = {
        block.text.casefold()
        for block in blocks
        if block.heading == 2 and block.text.casefold() in _CAPTURE_WRAPPERS
    }
    if "content" not in wrappers or len(wrappers) < 2:
        return blocks
    inside = False
    kept: list[Block] = []
    for block in blocks:
        if block.heading and block.heading <= 2:
            inside = block.heading == 2 and block.text.casefold() == "content"
            continue
        if inside:
            kept.append(block)
    return kept


def _page_region(blocks: list[Block], crawled: bool) -> list[bool] | None:
    """Per block, True when it lies outside the article's stretch of a page capture; None for
    written Markdown, which is all article. A capture is `crawled` (its paragraphs came one a
    line) or has a link-list run (`_looks_captured`)."""
    positions = [index for index, block in enumerate(blocks) if not block.heading]
    texts = [blocks[index].text for index in positions]
    lines = classify(texts)
    if not crawled and not _looks_captured(lines):
        return None
    first, end = main_region(lines)
    outside = [False] * len(blocks)
    for rank, index in enumerate(positions):
        outside[index] = not first <= rank < end
    if positions and first < end:
        # Headings before the stretch, or after it, are the page's too.
        start, stop = positions[first], positions[end - 1]
        for index, block in enumerate(blocks):
            if block.heading and not start <= index <= stop:
                outside[index] = True
    return outside


def _looks_captured(lines: list[Line]) -> bool:
    """A page capture has a link list: three short non-sentence lines in a row, or furniture."""
    run = 0
    for line in lines:
        short = line.score < 0 and len(line.text.split()) < 10
        run = run + 1 if short else 0
        if run >= 3:
            return True
    return sum(1 for line in lines if line.furniture) >= 2


