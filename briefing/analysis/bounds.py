"""A bound on what the analysis reads, so its cost has a ceiling whatever the input's size.

Every stage is linear or close to it, but with a large constant: about 5 s a megabyte of text
on an idle machine, 20 s under load (bench/memory.py), so a 20 MB text took minutes. No article
is that long (a long report is 100,000 characters), and what makes a file that size is a dump,
a log or a book; the reader shows all of it, the analysis reads the first
`ANALYSED_CHARACTERS` characters of paragraphs, cut at a paragraph boundary, and says so in a
warning (`Metadata.warnings`) that the CLI prints and the reader shows.

`analysed_part` cuts; `restore` puts the whole text back under the briefing of its head: the
last section runs to the end, and nothing else refers past the cut.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.model import Article, Briefing

ANALYSED_CHARACTERS = 1_000_000
"""Characters of paragraph text the analysis reads (about 160,000 words): ten times the
longest report in the corpora, and about 5 s of analysis on an idle machine."""


def analysed_part(article: Article, limit: int | None = None) -> Article:
    """`article` itself when within `limit` (`ANALYSED_CHARACTERS`), else its first paragraphs
    up to `limit` characters (at least one paragraph, cut to `limit` if it alone is longer)."""
    limit = ANALYSED_CHARACTERS if limit is None else limit
    total = 0
    for index, paragraph in enumerate(article.paragraphs):
        total += len(paragraph.text)
        if total > limit:
            break
    else:
        return article
    kept = article.paragraphs[:index]
    if not kept:  # one paragraph longer than the limit: its start
        kept = (replace(article.paragraphs[0], text=article.paragraphs[0].text[:limit]),)
    headings = tuple(
        heading for heading in article.headings if heading.before < len(kept)
    )
    return replace(article, paragraphs=kept, headings=headings)


def restore(briefing: Briefing, article: Article) -> Briefing:
    """The briefing of `analysed_part(article)` over the whole `article`, with a warning."""
    head = briefing.article
    analysed = sum(len(paragraph.text) for paragraph in head.paragraphs)
    total = sum(len(paragraph.text) for paragraph in article.paragraphs)
    where = f"{article.meta.path}: " if article.meta.path else ""
    warning = (
        f"{where}the analysis reads the first {analysed:,} of {total:,} characters "
        f"({len(head.paragraphs):,} of {len(article.paragraphs):,} paragraphs; the limit is "
        f"{ANALYSED_CHARACTERS:,}); the rest is shown but has no actors, quotes or dates"
    )
    meta = replace(article.meta, warnings=(*article.meta.warnings, warning))
    sections = briefing.sections
    if sections:
        sections = (*sections[:-1], replace(sections[-1], end=len(article.paragraphs)))
    return replace(briefing, article=replace(article, meta=meta), sections=sections)
