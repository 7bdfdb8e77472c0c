"""Runs the analysis stages in order and honours what a curated briefing wrote.

Each stage is a pure function of the article and the earlier stages' results; this module is
the one place that decides which stage runs and which curated field replaces it, so a field a
user wrote in a YAML briefing is always used exactly as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from briefing.analysis.actors import attach_mentions, find_actors
from briefing.analysis.bounds import analysed_part, restore
from briefing.analysis.collector import collector_paused
from briefing.analysis.quotes import find_quotes
from briefing.analysis.sections import find_sections
from briefing.analysis.sentences import split_sentences
from briefing.analysis.sowhat import find_so_what
from briefing.analysis.timeline import find_events
from briefing.model import Article, Briefing, Curated, Point, Quote, SoWhat, Span


def analyze(article: Article) -> Briefing:
    """Turn an article into a briefing: sections, actors, quotes, so what and timeline."""
    with collector_paused():  # see collector.py: 6% of a long text's time
        return _analyze(article)


def _analyze(article: Article) -> Briefing:
    head = analysed_part(article)  # a ceiling on the cost: see bounds.py
    if head is not article:
        return restore(analyze(head), article)
    curated = article.curated or Curated()
    sentences = split_sentences(article)
    if curated.actors is not None:
        actors = attach_mentions(article, curated.actors)
    else:
        actors = find_actors(article, sentences)
    if curated.quotes is not None:
        quotes = tuple(_locate_quote(article, quote) for quote in curated.quotes)
    else:
        quotes = find_quotes(article, sentences, actors)
    sections = find_sections(article, sentences, actors)
    so_what = _merge_so_what(curated, lambda: find_so_what(article, sentences, sections, actors))
    timeline = curated.timeline if curated.timeline is not None else find_events(article, sentences)
    return Briefing(
        article=article,
        sentences=sentences,
        sections=sections,
        actors=actors,
        quotes=quotes,
        so_what=so_what,
        timeline=timeline,
    )


def _merge_so_what(curated: Curated, compute: Callable[[], SoWhat]) -> SoWhat:
    """Curated so-what fields as written; the rest computed (only when any is missing)."""
    written = (curated.bottom_line, curated.key_judgments, curated.implications, curated.watch)
    computed = SoWhat() if all(field is not None for field in written) else compute()
    return SoWhat(
        bottom_line=(
            Point(curated.bottom_line) if curated.bottom_line is not None else computed.bottom_line
        ),
        key_judgments=(
            curated.key_judgments if curated.key_judgments is not None else computed.key_judgments
        ),
        implications=(
            curated.implications if curated.implications is not None else computed.implications
        ),
        watch=curated.watch if curated.watch is not None else computed.watch,
    )


def _locate_quote(article: Article, quote: Quote) -> Quote:
    """Give a curated quote the span of its words in the text, when they are there."""
    if quote.span is not None or not quote.text:
        return quote
    for paragraph in article.paragraphs:
        start = paragraph.text.find(quote.text)
        if start >= 0:
            return replace(quote, span=Span(paragraph.index, start, start + len(quote.text)))
    return quote
