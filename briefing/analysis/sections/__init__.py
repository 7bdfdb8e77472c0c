"""Sections: the source's own headings when it has them, else boundaries where the topic shifts.

A heading the author wrote is the best evidence of structure there is, so an article with
headings keeps them exactly (paragraphs before the first one open an "Introduction"); a subhead
that reached the body as a line of its own counts as one (`headings.heading_lines`), and so does
a run-in head in Title Case opening a paragraph (`headings.run_in_heads`). A heading
too long for the section list gets a `short_title`. Without headings, `segment` places
boundaries by lexical cohesion, with actor mentions as extra terms so "the Kremlin" and
"Moscow" cohere; `titles` then names every section that lacks a title.

Files: `segment.py` (where topics shift), `titles.py` (what to call a section) with
`title_chunks.py` (its candidate phrases) and `word_classes.py` (the chunker's word classes),
`headings.py` (subhead lines, short forms of long headings).
"""

from __future__ import annotations

import itertools

from briefing.analysis.sections.headings import heading_lines, run_in_heads, short_title
from briefing.analysis.sections.segment import make_units, segment
from briefing.analysis.sections.terms import tokenize
from briefing.analysis.sections.titles import name_sections
from briefing.model import Actor, Article, Heading, Section, Sentence, SourceFormat

INTRODUCTION = "Introduction"
_MIN_HEADING_LINES = 2
"""Subhead lines found in the body make a structure only when there are at least two (or the
source has headings too): one short line alone is as likely a leftover label as a subhead."""
_LONG_PARAGRAPHS = 6
_LONG_WORDS = 500
"""Text before the first heading at least this long (paragraphs and words) is sectioned by
topic rather than kept as one "Introduction" (a page whose headings all come late)."""


def find_sections(
    article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...]
) -> tuple[Section, ...]:
    """The article's sections, contiguous and covering every paragraph in order."""
    count = len(article.paragraphs)
    if count == 0:
        return ()
    texts = [paragraph.text for paragraph in article.paragraphs]
    tokens = tokenize(texts)
    lines: tuple[Heading, ...] = ()
    if article.meta.format != SourceFormat.YAML:  # a curated briefing's sections are as written
        marked = {**run_in_heads(texts), **heading_lines(texts)}
        lines = tuple(Heading(title, index) for index, title in sorted(marked.items()))
        if len(lines) < _MIN_HEADING_LINES and not article.headings:
            lines = ()
    # the source's own headings come last, so they win over a line found at the same place
    headed = _heading_spans((*lines, *article.headings), count)
    if headed is None:
        units = make_units(texts, tokens, _actor_terms(actors, count))
        spans = _pieces(0, count, segment(units))
    else:
        spans = headed
        opening = headed[0][0]  # text before the first heading
        if opening and _long(texts[:opening]):
            terms = _actor_terms(actors, count)[:opening]
            units = make_units(texts[:opening], tokens[:opening], terms)
            spans = [*_pieces(0, opening, segment(units)), *headed]
        elif opening:
            spans = [(0, opening, INTRODUCTION), *headed]
    bounds = [(first, end) for first, end, _ in spans]
    titles = name_sections(article, bounds, actors, [title for _, _, title in spans], tokens)
    sections = []
    for (first, end, given), title in zip(spans, titles, strict=True):
        short = short_title(title) if given else ""
        sections.append(Section(title, first, end, short if short != title else ""))
    return tuple(sections)


def _pieces(first: int, end: int, starts: list[int]) -> list[tuple[int, int, str]]:
    """Untitled (first, end, "") spans of paragraphs first..end cut before each of `starts`
    (indices relative to `first`)."""
    cuts = [first, *(first + start for start in starts), end]
    return [(start, stop, "") for start, stop in itertools.pairwise(cuts)]


def _long(texts: list[str]) -> bool:
    """Whether an unheaded opening is long enough to hold several topics of its own."""
    words = sum(len(text.split()) for text in texts)
    return len(texts) >= _LONG_PARAGRAPHS and words >= _LONG_WORDS


def _heading_spans(headings: tuple[Heading, ...], count: int) -> list[tuple[int, int, str]] | None:
    """(first, end, title) per heading, or None when the source has no usable headings.

    Headings are sorted by position and clamped to the body; two headings before the same
    paragraph keep the later one (an empty section says nothing a reader can open). A heading
    with an empty title keeps its place and gets a computed title later. The text before the
    first heading is not covered: `find_sections` opens it as an "Introduction".
    """
    placed: dict[int, str] = {}
    for heading in sorted(headings, key=lambda heading: heading.before):
        if 0 <= heading.before < count:
            placed[heading.before] = heading.title.strip()
    if not placed:
        return None
    starts = sorted(placed)
    ends = [*starts[1:], count]
    return [(start, end, placed[start]) for start, end in zip(starts, ends, strict=True)]


def _actor_terms(actors: tuple[Actor, ...], count: int) -> list[list[tuple[str, str]]]:
    """Per paragraph, (surface, term) per actor mention: every alias maps to the same term."""
    extra: list[list[tuple[str, str]]] = [[] for _ in range(count)]
    for number, actor in enumerate(actors):
        term = f"@{number}"
        for mention in actor.mentions:
            if 0 <= mention.span.paragraph < count:
                extra[mention.span.paragraph].append((mention.surface, term))
    return extra
