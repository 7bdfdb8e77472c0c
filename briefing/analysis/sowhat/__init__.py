"""So what: the bottom line, key judgments, implications and what to watch.

The stage reads every sentence once (`reading`: cue scores, estimative terms, centrality), then
fills the four parts of the so-what view, each in its own module:

- `bottom_line`: the thesis, from the standfirst's wording, the opening and the conclusion;
- `implications`: the article's own implication and watch sections when it has them, else the
  consequences and open questions that stand alone;
- `judgments`: every remaining sentence in which the author makes a forward-looking or
  probabilistic judgment, with its ICD 203 term and band (`estimative`), in reading order.

A sentence is said once among the lines below the bottom line: the article's own sections and
its open questions first, then judgments, then implications found by their cues. Three exceptions
keep the author's words where a reader looks for them: a sentence with an ICD 203 band stays a
key judgment even under the article's own "What to watch" or "Implications" heading (and is a
line of that section too only when it also names an indicator or a consequence); a hedge or
forecast under a watch heading is both a watch item and a key judgment; and a recommendation
("should") under a watch heading is an implication. The bottom
line's sentences stay among the judgments (with their band, in reading order): they are the
author's judgments too, and the list is the complete record of them. Each step is a pass
over the sentences, so the cost grows linearly with the article.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.analysis.sowhat.bottom_line import find_bottom_line
from briefing.analysis.sowhat.implications import (
    MAX_IMPLICATIONS,
    MAX_WATCH,
    by_cues,
    from_section,
    is_open_question,
    is_recommendation,
    own_sections,
)
from briefing.analysis.sowhat.judgments import find_judgments, judge
from briefing.analysis.sowhat.reading import Reading, read
from briefing.model import Actor, Article, Point, Section, Sentence, SoWhat

__all__ = ["find_so_what"]


def _orders(points: tuple[Point, ...], order_of: dict[object, int]) -> set[int]:
    return {order_of[point.span] for point in points if point.span in order_of}


def find_so_what(
    article: Article,
    sentences: tuple[Sentence, ...],
    sections: tuple[Section, ...],
    actors: tuple[Actor, ...],
) -> SoWhat:
    """Bottom line, key judgments, implications and what to watch.

    Sections and actors are accepted for the pipeline's sake; the article's own headings (not
    the computed sections) say where its implication and watch sections are, so the stage gives
    the same answer with one section and no actors.
    """
    readings = read(sentences)
    if not readings:
        return SoWhat()
    paragraphs = max(len(article.paragraphs), readings[-1].sentence.span.paragraph + 1)
    order_of: dict[object, int] = {reading.sentence.span: reading.order for reading in readings}
    bottom_line, used = find_bottom_line(readings, article, paragraphs)
    bottom_orders = set(used)

    banded = {r.order for r in readings if (term := judge(r)) is not None and term.band}

    def kept_as_judgment(kind: str) -> Callable[[Reading], bool]:
        def skip(reading: Reading) -> bool:
            if reading.order not in banded:
                return kind == "watch" and is_recommendation(reading)
            if kind == "watch":
                return not is_open_question(reading)
            return reading.scores["implication"] < 0.6

        return skip

    implication_paragraphs, watch_paragraphs = own_sections(article, paragraphs)
    own_implications = from_section(
        readings,
        implication_paragraphs,
        used,
        MAX_IMPLICATIONS,
        skip=kept_as_judgment("implication"),
    )
    used |= _orders(own_implications, order_of)
    if watch_paragraphs:
        watch = from_section(
            readings,
            watch_paragraphs,
            used,
            MAX_WATCH,
            phrase=True,
            skip=kept_as_judgment("watch"),
        )
    else:
        questions = [r for r in readings if is_open_question(r)]
        watch = by_cues(questions, "watch", used, MAX_WATCH, phrase=True)
    used |= _orders(watch, order_of)

    # A hedge or forecast under the article's watch heading ("Talks on 9 April may offer a
    # first test") is a watch item and still one of the author's judgments.
    hedged_watch = {
        r.order
        for r in readings
        if r.sentence.span.paragraph in watch_paragraphs and judge(r) is not None
    }
    judgments = find_judgments(
        readings, used - bottom_orders - banded - hedged_watch, paragraphs
    )
    used |= {order_of[j.span] for j in judgments if j.span in order_of}

    implications = own_implications or by_cues(readings, "implication", used, MAX_IMPLICATIONS)
    if own_implications and len(implications) < MAX_IMPLICATIONS:
        # Recommendations made under the article's watch heading join its own implications.
        advice = [
            r
            for r in readings
            if r.sentence.span.paragraph in watch_paragraphs
            and r.order not in used
            and is_recommendation(r)
        ]
        more = tuple(
            Point(r.sentence.text, r.sentence.span)
            for r in advice[: MAX_IMPLICATIONS - len(implications)]
        )
        implications = tuple(
            sorted((*implications, *more), key=lambda p: order_of.get(p.span, 0))
        )
    used |= _orders(implications, order_of)
    if len(watch) < 2 and not watch_paragraphs:
        more = by_cues(readings, "watch", used, MAX_WATCH - len(watch), phrase=True)
        watch = tuple(sorted((*watch, *more), key=lambda p: order_of.get(p.span, 0)))
    return SoWhat(
        bottom_line=bottom_line,
        key_judgments=judgments,
        implications=implications,
        watch=watch,
    )
