"""So what: the bottom line, key judgments, implications and what to watch.

Policy analysis states its conclusions in recognisable ways, and this stage scores every sentence
on those signals once, then picks the lines of each part of the so-what view:

- *where* it stands: analysts put the bottom line in the last paragraphs (and often a thesis in
  the first);
- *how* it is said: estimative language (ICD 203 terms, see `estimative`), judgment cues ("it is
  clear that", "appears"), summing-up cues ("in sum", "ultimately"), consequence cues ("meaning
  that", "which makes") and forward-looking cues ("will", "whether", "in the coming years"); the
  cue lists are data (data/sowhat_cues.yaml);
- *how central* it is: sentences that share many content words with the rest of the article
  restate its argument rather than a detail.

Words inside quotation marks are someone else's, so cues there do not count as the author's
judgment. Each line keeps the span of its sentence so the reader can jump to it. Every step is
a pass over the sentences, so the cost grows linearly with the article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.analysis import estimative
from briefing.analysis.phrases import PhraseTable, Words, split, words
from briefing.model import (
    Actor,
    Article,
    Estimative,
    Judgment,
    Point,
    Section,
    Sentence,
    SoWhat,
    Span,
)

_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_OPEN_QUESTION = re.compile(
    r"\b(?:it\s+)?(?:is|remains)\s+(?:unclear|not\s+clear|uncertain|to\s+be\s+seen)\s+"
    r"(?:if|whether)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)

MAX_JUDGMENTS = 6
MAX_IMPLICATIONS = 4
MAX_WATCH = 5
BOTTOM_LINE_WORDS = 70
"""At most this many words in a two-sentence bottom line; longer, it keeps one sentence."""


def _opening(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, for cues that must open a sentence."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


@dataclass(frozen=True, slots=True)
class _Cues:
    """The cue lists compiled: a phrase table per kind, and the weight of each phrase."""

    tables: dict[str, PhraseTable]
    weights: dict[str, dict[str, float]]
    continuation: re.Pattern[str]
    concessive: re.Pattern[str]
    reported: PhraseTable
    stopwords: frozenset[str]
    first_words: frozenset[str]
    """Every word a cue of any kind can start with: one pass finds where to look."""


_KINDS = ("conclusion", "judgment", "implication", "watch")


@cache
def _cues() -> _Cues:
    table = data.load("sowhat_cues.yaml")
    weights = {
        kind: {
            " ".join(split(str(phrase))): float(weight) for phrase, weight in table[kind].items()
        }
        for kind in _KINDS
    }
    tables = {kind: PhraseTable(weights[kind]) for kind in _KINDS}
    reported = PhraseTable(table["reported"])
    first_words = frozenset().union(
        reported.first_words, *(cue_table.first_words for cue_table in tables.values())
    )
    return _Cues(
        tables=tables,
        weights=weights,
        continuation=re.compile(rf"^(?:{_opening(table['continuations'])})\b,?\s+", re.IGNORECASE),
        concessive=re.compile(rf"^[\"“‘']*(?:{_opening(table['concessive'])})\b", re.IGNORECASE),
        reported=reported,
        stopwords=frozenset(table["stopwords"]),
        first_words=first_words,
    )


@dataclass(slots=True)
class _Reading:
    """What the stage knows about one sentence (internal, filled in two passes)."""

    order: int
    sentence: Sentence
    estimative: Estimative | None
    scores: dict[str, float]
    """Summed cue weights per kind ("conclusion", "judgment", "implication", "watch")."""
    words: frozenset[str]
    first_in_paragraph: bool
    continuation: bool
    reported: bool
    centrality: float = 0.0


def _blank_quotes(text: str) -> str:
    """The sentence with quoted words replaced by spaces (offsets unchanged)."""
    return _QUOTED.sub(lambda match: " " * len(match.group()), text)


def _is_reported(tokens: Words, cues: _Cues, positions: list[int]) -> bool:
    """A verb of saying shortly before "will"/"would": a stated intention, not a forecast."""
    for _first, end, _ in cues.reported.scan(tokens, positions):
        if any(text in ("will", "would") for text in tokens.texts[end : end + 4]):
            return True
    return False


def _read(sentences: tuple[Sentence, ...]) -> list[_Reading]:
    """Score every sentence on every cue kind, then weigh its centrality."""
    cues = _cues()
    readings: list[_Reading] = []
    previous_paragraph = -1
    for order, sentence in enumerate(sentences):
        own = _blank_quotes(sentence.text)
        tokens = words(own)
        present = set(tokens.texts)
        positions = (
            [k for k, text in enumerate(tokens.texts) if text in cues.first_words]
            if not present.isdisjoint(cues.first_words)
            else []
        )
        scores = {}
        for kind in _KINDS:
            found = {phrase for _, _, phrase in cues.tables[kind].scan(tokens, positions)}
            weights = cues.weights[kind]
            scores[kind] = sum(weights[phrase] for phrase in found)
        content = frozenset(
            text for text in present - cues.stopwords if len(text) > 2 and text[0].isalpha()
        )
        readings.append(
            _Reading(
                order=order,
                sentence=sentence,
                estimative=estimative.find(own, tokens),
                scores=scores,
                words=content,
                first_in_paragraph=sentence.span.paragraph != previous_paragraph,
                continuation=cues.continuation.match(sentence.text) is not None,
                reported=_is_reported(tokens, cues, positions),
            )
        )
        previous_paragraph = sentence.span.paragraph
    return _with_centrality(readings)


def _with_centrality(readings: list[_Reading]) -> list[_Reading]:
    """Centrality in [0, 1]: how much of a sentence's vocabulary the rest of the article shares."""
    frequency: Counter[str] = Counter()
    for reading in readings:
        frequency.update(reading.words)
    raw = [
        sum(math.log(frequency[word]) for word in reading.words) / math.sqrt(len(reading.words) + 4)
        for reading in readings
    ]
    top = max(raw, default=0.0) or 1.0
    for reading, value in zip(readings, raw, strict=True):
        reading.centrality = value / top
    return readings


def _similar(a: _Reading, b: _Reading) -> bool:
    """Near-duplicates (Jaccard over content words above 0.6) make one line, not two."""
    if not a.words or not b.words:
        return False
    return len(a.words & b.words) / len(a.words | b.words) > 0.6


def _strip_continuation(text: str) -> str:
    """ "But Russia will..." reads as "Russia will..." when the line stands alone."""
    match = _cues().continuation.match(text)
    if match is None or len(text) - match.end() < 20:
        return text
    rest = text[match.end() :]
    return rest[0].upper() + rest[1:]


def _main_clause(reading: _Reading) -> str:
    """The sentence without a leading concessive clause, when its judgment survives the cut.

    "While a Russian official warned of X, a full split is unlikely." keeps "A full split is
    unlikely." The cut is made only when what is left holds the same estimative term and at
    least four words, so nothing the sentence claims is lost.
    """
    text = reading.sentence.text
    if reading.estimative is None or not _cues().concessive.match(text):
        return _strip_continuation(text)
    for comma in re.finditer(r",[”\"’']?\s+", text):
        rest = text[comma.end() :]
        found = estimative.find(_blank_quotes(rest))
        if found is not None and found.term == reading.estimative.term:
            if len(rest.split()) >= 4:
                return rest[0].upper() + rest[1:]
            break
    return text


def _bottom_line(readings: list[_Reading], paragraphs: int) -> tuple[Point, set[int]]:
    """One or two sentences: the concluding judgment, told from the last paragraphs."""
    if not readings:
        return Point(""), set()
    last = paragraphs - 1

    def place(reading: _Reading) -> float:
        paragraph = reading.sentence.span.paragraph
        if paragraph == last:
            return 1.0
        if paragraph == last - 1 and paragraphs > 2:
            return 0.4
        if paragraph == 0:
            return 0.5
        return 0.0

    def score(reading: _Reading) -> float:
        return (
            place(reading)
            + (1.2 if reading.estimative else 0.0)
            + min(reading.scores["conclusion"], 1.5)
            + min(reading.scores["judgment"], 1.0) * 0.4
            + reading.centrality
            + (0.3 if reading.first_in_paragraph else 0.0)
            - (0.6 if reading.continuation else 0.0)
        )

    candidates = [r for r in readings if place(r) > 0 or r.scores["conclusion"] >= 1.0]
    ranked = sorted(candidates, key=lambda r: (-score(r), r.order))
    best = ranked[0]
    chosen = [best]
    # The second line is the next strongest judgment told in the same paragraph, if it is
    # strong enough to stand beside the first and the two stay short.
    for other in ranked[1:]:
        if other.sentence.span.paragraph != best.sentence.span.paragraph:
            continue
        says_something = other.estimative is not None or other.scores["conclusion"] >= 1.0
        if says_something and score(other) >= 0.6 * score(best) and not _similar(best, other):
            words = len(best.sentence.text.split()) + len(other.sentence.text.split())
            if words <= BOTTOM_LINE_WORDS:
                chosen.append(other)
        break
    chosen.sort(key=lambda r: r.order)
    text = " ".join(_main_clause(reading) for reading in chosen)
    first, final = chosen[0].sentence.span, chosen[-1].sentence.span
    span = (
        Span(first.paragraph, first.start, final.end)
        if first.paragraph == final.paragraph
        else first
    )
    return Point(text, span), {reading.order for reading in chosen}


def _judgments(readings: list[_Reading], taken: set[int], paragraphs: int) -> tuple[Judgment, ...]:
    """Sentences that carry the author's assessment, strongest first."""

    def score(reading: _Reading) -> float:
        lateness = reading.sentence.span.paragraph / max(paragraphs - 1, 1)
        return (
            (1.0 if reading.estimative else 0.0)
            + min(reading.scores["judgment"], 1.2)
            + 0.3 * min(reading.scores["conclusion"], 1.0)
            + 0.8 * reading.centrality
            + 0.4 * lateness
            - (0.4 if reading.reported else 0.0)
        )

    candidates = [
        r
        for r in readings
        if r.order not in taken and (r.estimative is not None or r.scores["judgment"] >= 0.5)
    ]
    picked: list[_Reading] = []
    for reading in sorted(candidates, key=lambda r: (-score(r), r.order)):
        if len(picked) == MAX_JUDGMENTS:
            break
        if not any(_similar(reading, other) for other in picked):
            picked.append(reading)
    return tuple(Judgment(r.sentence.text, r.estimative, r.sentence.span) for r in picked)


def _points(
    readings: list[_Reading],
    kind: str,
    avoid: set[int],
    limit: int,
    phrase: bool = False,
) -> tuple[Point, ...]:
    """The strongest sentences of one cue kind, in reading order, as so-what lines."""

    def score(reading: _Reading) -> float:
        return (
            reading.scores[kind]
            + 0.5 * reading.centrality
            + (0.2 if reading.estimative else 0.0)
            - (0.5 if reading.reported else 0.0)
        )

    candidates = [r for r in readings if r.order not in avoid and r.scores[kind] >= 0.6]
    picked: list[_Reading] = []
    for reading in sorted(candidates, key=lambda r: (-score(r), r.order)):
        if len(picked) == limit:
            break
        if not any(_similar(reading, other) for other in picked):
            picked.append(reading)
    picked.sort(key=lambda r: r.order)
    return tuple(
        Point(_as_watch_item(r.sentence.text) if phrase else r.sentence.text, r.sentence.span)
        for r in picked
    )


def _as_watch_item(text: str) -> str:
    """An open question reads as one: "it is unclear if X" becomes "Whether X"."""
    match = _OPEN_QUESTION.search(text)
    if match is not None and len(match.group("rest").split()) >= 3:
        return "Whether " + match.group("rest")
    return _strip_continuation(text)


def find_so_what(
    article: Article,
    sentences: tuple[Sentence, ...],
    sections: tuple[Section, ...],
    actors: tuple[Actor, ...],
) -> SoWhat:
    """Bottom line, key judgments, implications and what to watch.

    Sections and actors are accepted for the pipeline's sake; the cues and positions used here
    hold whatever the sectioning, so the stage gives the same answer with one section and no
    actors.
    """
    readings = _read(sentences)
    if not readings:
        return SoWhat()
    paragraphs = max(len(article.paragraphs), readings[-1].sentence.span.paragraph + 1)
    bottom_line, taken = _bottom_line(readings, paragraphs)
    judgments = _judgments(readings, taken, paragraphs)
    order_of = {reading.sentence.span: reading.order for reading in readings}
    judged = {order_of[judgment.span] for judgment in judgments if judgment.span in order_of}
    # A sentence is said once on the page: a key judgment is not repeated as an implication
    # or as something to watch, however strong its cues for those.
    implications = _points(readings, "implication", taken | judged, MAX_IMPLICATIONS)
    implied = {order_of[point.span] for point in implications if point.span in order_of}
    watch = _points(readings, "watch", taken | judged | implied, MAX_WATCH, phrase=True)
    return SoWhat(
        bottom_line=bottom_line,
        key_judgments=judgments,
        implications=implications,
        watch=watch,
    )
