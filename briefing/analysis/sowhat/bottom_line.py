"""The bottom line: the article's thesis in one or two sentences, from where analysts state it.

Analysts state the thesis in recognisable places: the standfirst (or summary) above the body,
the close of the opening paragraph, and the conclusion (the last paragraphs, or a section headed
"Conclusion"). The body sentence that states it is found by scoring the sentences in those
places on:

- *where* it stands (the last paragraph first, then the opening and the paragraphs before the
  last);
- *how* it is said: summing-up and thesis cues ("in sum", "the broader lesson is"), estimative
  language, judgment cues (data/sowhat_cues.yaml);
- *what* it is about: sentences that share the standfirst's and the title's words restate the
  thesis (the standfirst is a summary written for the reader, so the body sentence closest to it
  is the thesis in the author's own words), and sentences central to the article's vocabulary
  restate its argument rather than a detail.

A narrative detail (a sentence with a date or a figure, see `detail`), a question, someone
else's words, a sentence about the text itself and page furniture that slipped through ingest
(an author's bio, a caption, a cookie notice) are marked down or ruled out. Only the few
candidates that can make the bottom line are scored in full (see `_best`).
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.analysis.phrases import PhraseTable, split, words
from briefing.analysis.sowhat.detail import is_narrative

# The names these had here before sowhat/detail.py (tests/unit/test_analysis_speed.py uses them).
from briefing.analysis.sowhat.detail import is_narrative as _is_narrative  # noqa: F401
from briefing.analysis.sowhat.detail import narrative as _narrative  # noqa: F401
from briefing.analysis.sowhat.implications import is_past_fact
from briefing.analysis.sowhat.judgments import judge, recommends, reporting_before
from briefing.analysis.sowhat.reading import NOTE, Reading, cues, main_clause, similar
from briefing.model import Article, Point, Span

BOTTOM_LINE_WORDS = 70
"""At most this many words in a two-sentence bottom line; longer, it keeps one sentence."""
SECOND_SHARE = 0.8
"""A second sentence joins the bottom line when it scores at least this share of the first's."""
SECOND_LOOK = 4
"""How many of the next-ranked candidates are tried as the second sentence."""
THESIS_ANYWHERE = 0.8
"""A thesis cue this strong ("the most important", "the broader lesson") makes a sentence a
candidate wherever it stands, as the module docstring says."""
DESCRIPTION_PLACE = 0.5
"""A sentence that states no claim keeps this share of its place weight: an article that ends
on a description ("These missiles are much cheaper") has its conclusion elsewhere."""
CLAIM_SHARE = 0.25
"""Sharing this much of the title's and standfirst's words makes a sentence a claim."""

_CONCLUSION_HEADING = re.compile(r"^\s*(?:conclusions?|in conclusion|summary|bottom line)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Cues:
    thesis: PhraseTable
    thesis_weights: dict[str, float]
    furniture: PhraseTable
    road_map: PhraseTable


@cache
def _cues() -> _Cues:
    table = data.load("sowhat_cues.yaml")
    weights = {" ".join(split(str(k))): float(v) for k, v in table["thesis"].items()}
    return _Cues(
        thesis=PhraseTable(weights),
        thesis_weights=weights,
        furniture=PhraseTable(table["furniture"]),
        road_map=PhraseTable(table["road_map"]),
    )


def _standfirst(article: Article) -> str:
    """The article's standfirst (summary) when ingest found one; "" otherwise."""
    value = getattr(article, "standfirst", None)
    if value is None:
        value = getattr(article.meta, "standfirst", None)
    if value is None:
        return ""
    return value if isinstance(value, str) else str(getattr(value, "text", value))


def _conclusion_paragraphs(article: Article, paragraphs: int) -> set[int]:
    """Paragraphs under a heading such as "Conclusion"."""
    inside: set[int] = set()
    headings = sorted(article.headings, key=lambda heading: heading.before)
    for index, heading in enumerate(headings):
        if _CONCLUSION_HEADING.match(heading.title):
            end = headings[index + 1].before if index + 1 < len(headings) else paragraphs
            inside.update(range(heading.before, end))
    return inside


def _place(paragraph: int, paragraphs: int, conclusion: set[int]) -> float:
    """Where analysts put the thesis: the last paragraph, the opening, the conclusion."""
    last = paragraphs - 1
    if paragraph == last:
        return 1.0
    if paragraph in conclusion:
        return 0.8
    if paragraph == 0:
        return 0.6
    if paragraph == last - 1 and paragraphs > 2:
        return 0.6
    if paragraph == 1 and paragraphs > 4:
        return 0.4
    if paragraph == last - 2 and paragraphs > 5:
        return 0.3
    return 0.0


def _shared(reading: Reading, reference: frozenset[str]) -> float:
    """Share of the reference's content words the sentence uses (0 to 1)."""
    if not reference or not reading.words:
        return 0.0
    return len(reading.words & reference) / min(len(reference), len(reading.words) + 3)


def _content_words(text: str) -> frozenset[str]:
    """The words of `text` that say what it is about (as `Reading.words` counts them)."""
    stopwords = _stopwords()
    return frozenset(
        word
        for word in words(text).texts
        if word not in stopwords and len(word) > 2 and word[0].isalpha()
    )


def rank(
    readings: list[Reading], article: Article, paragraphs: int, count: int | None = None
) -> list[tuple[float, Reading]]:
    """Candidate sentences for the bottom line with their scores, best first.

    Candidates stand where analysts put the thesis (see `_place`), carry a summing-up cue, or
    restate the standfirst; the weights add up the signals the module docstring lists. With a
    `count`, only the best `count` (the first `count` of the whole ranking), found with less
    work: see `_best`.
    """
    cues = _cues()
    # Trailing reference-list entries are not the article's last words: its conclusion is the
    # last paragraph of prose before them.
    prose = [r.sentence.span.paragraph for r in readings if not NOTE.match(r.sentence.text)]
    paragraphs = min(paragraphs, max(prose) + 1) if prose else paragraphs
    conclusion = _conclusion_paragraphs(article, paragraphs)
    standfirst = _content_words(_standfirst(article))
    summary = standfirst | _content_words(article.meta.title)
    last_of_paragraph = {reading.sentence.span.paragraph: reading.order for reading in readings}

    theses: dict[int, list[float]] = {}

    def thesis_weights(reading: Reading) -> list[float]:
        """The weights of the thesis cues a sentence holds (read once: two steps ask)."""
        found = theses.get(reading.order)
        if found is None:
            found = theses[reading.order] = [
                cues.thesis_weights[phrase] for _, _, phrase in cues.thesis.scan(reading.tokens)
            ]
        return found

    def ruled_out(reading: Reading) -> bool:
        tokens = reading.tokens
        return (
            cues.furniture.found(tokens)
            or cues.road_map.found(tokens)
            or len(reading.sentence.text.split()) < 6
            or NOTE.match(reading.sentence.text) is not None
            or reading.sentence.text.rstrip("\"'”’) ").endswith("?")
            or _leans_back(reading)
        )

    def score(reading: Reading, exact: bool = True) -> float:
        """The candidate's score; with `exact` False, a bound no lower than it: the signals
        that can only lower a score (no claim stated, a detail, a past fact, someone else's
        words) are left out, the costly ones. The same sum term by term, each term at least
        as large, so the bound is at least the score in floating point too."""
        paragraph = reading.sentence.span.paragraph
        thesis = sum(thesis_weights(reading))
        shared = _shared(reading, summary)
        place = _place(paragraph, paragraphs, conclusion)
        if exact and not _states_a_claim(reading, thesis, shared):
            place *= DESCRIPTION_PLACE  # a closing description is not a conclusion
        estimate = reading.estimative
        closes_opening = paragraph < 2 and last_of_paragraph[paragraph] == reading.order
        return (
            place
            + (0.3 if closes_opening else 0.0)
            + (0.6 if estimate and estimate.band else 0.0)
            + (0.3 if judge(reading) is not None else 0.0)
            + min(reading.scores["conclusion"], 1.5)
            + min(thesis, 1.2)
            + min(reading.scores["judgment"], 1.0) * 0.4
            + reading.centrality
            + 2.0 * shared
            + (0.2 if reading.first_in_paragraph else 0.0)
            - (0.5 if reading.continuation else 0.0)
            - (0.6 if exact and is_narrative(reading.own) else 0.0)
            - (0.4 if exact and is_past_fact(reading, perfect=False) else 0.0)
            - (0.6 if exact and _quoted(reading) else 0.0)
            - (0.6 if exact and _reported(reading) else 0.0)
        )

    def thesis_cue(reading: Reading) -> float:
        return max(thesis_weights(reading), default=0.0)

    placed = [
        reading
        for reading in readings
        if _place(reading.sentence.span.paragraph, paragraphs, conclusion) > 0
        or reading.scores["conclusion"] >= 1.0
        or thesis_cue(reading) >= THESIS_ANYWHERE
        or _shared(reading, standfirst) >= 0.5
    ]
    return (
        _best(placed, score, ruled_out, count)
        or _best(readings, score, ruled_out, count)
        or _best(readings, score, lambda reading: False, count)
    )


def _best(
    candidates: list[Reading],
    score: Callable[[Reading, bool], float],
    ruled_out: Callable[[Reading], bool],
    count: int | None,
) -> list[tuple[float, Reading]]:
    """The candidates not ruled out, with their scores, best first (ties in reading order);
    only the best `count` when given.

    The best few are found without scoring every candidate in full: candidates are taken in
    the order of a cheap bound on their score (`score(reading, False)`), and once a bound falls
    below the `count`-th best score found, no candidate left can enter the best `count`. A
    candidate is ruled out only when its turn comes. The answer is the first `count` of the
    full ranking (tested against it)."""
    if count is None:
        kept = [reading for reading in candidates if not ruled_out(reading)]
        return sorted(((score(r, True), r) for r in kept), key=_best_first)
    bounded = sorted(((score(r, False), r) for r in candidates), key=_best_first)
    best: list[tuple[float, Reading]] = []
    for bound, reading in bounded:
        if len(best) >= count and bound < best[count - 1][0]:
            break
        if not ruled_out(reading):
            insort(best, (score(reading, True), reading), key=_best_first)
    return best[:count]


def _best_first(pair: tuple[float, Reading]) -> tuple[float, int]:
    """Higher score first, then reading order."""
    return -pair[0], pair[1].order


def _quoted(reading: Reading) -> bool:
    """Whether more than 0.3 of the sentence is inside quotation marks."""
    text = reading.sentence.text
    if text == reading.own:
        return False
    return sum(1 for a, b in zip(text, reading.own, strict=False) if a != b) > 0.3 * len(text)


def find_bottom_line(
    readings: list[Reading], article: Article, paragraphs: int
) -> tuple[Point, set[int]]:
    """One or two sentences stating the thesis, and the reading orders they used."""
    if not readings:
        return Point(""), set()
    scored = rank(readings, article, paragraphs, SECOND_LOOK)
    ranked = [reading for _, reading in scored]
    score = {reading.order: value for value, reading in scored}.__getitem__
    best = ranked[0]
    chosen = [best]
    # The second line is the next strongest candidate when it is nearly as strong, says
    # something else and the two stay short: analysts often state the thesis twice, at the close
    # of the opening and in the conclusion, and either may be the sharper statement of it.
    for other in ranked[1:SECOND_LOOK]:
        if score(other.order) < SECOND_SHARE * score(best.order):
            break
        if similar(best, other):
            continue
        count = len(best.sentence.text.split()) + len(other.sentence.text.split())
        if count <= BOTTOM_LINE_WORDS:
            chosen.append(other)
            break
    chosen.sort(key=lambda r: r.order)
    text = " ".join(main_clause(reading) for reading in chosen)
    first, final = chosen[0].sentence.span, chosen[-1].sentence.span
    span = (
        Span(first.paragraph, first.start, final.end)
        if first.paragraph == final.paragraph
        else first
    )
    return Point(text, span), {reading.order for reading in chosen}


def _states_a_claim(reading: Reading, thesis: float, shared: float) -> bool:
    """Whether a sentence says what the article argues rather than describing a detail.

    A claim is evaluative, forward-looking or conclusive (an estimative term or hedge, a
    judgment, summing-up or thesis cue, a recommendation), or restates the title and standfirst.
    """
    return (
        judge(reading) is not None
        or thesis > 0
        or reading.scores["conclusion"] > 0
        or reading.scores["judgment"] > 0
        or recommends(reading)
        or shared >= CLAIM_SHARE
    )


def _leans_back(reading: Reading) -> bool:
    """A sentence that cannot stand as the thesis: it points back or is a first-person aside.

    "This is considered the most powerful system", "These missiles are cheaper" lean on the
    sentence before; "It remains in service" too, while "It is likely that ..." is an extraposed
    judgment and stands. "I maybe would dispute Andriy's belief" is an aside; "I think that the
    conditions could be created" is the speaker's claim (data/sowhat_cues.yaml).
    """
    texts = [word for word in reading.tokens.texts if word[0].isalnum()]
    if len(texts) < 2:
        return False
    first, second = texts[0], texts[1]
    lists = _bottom_line_lists()
    if first in lists.anaphoric:
        return True
    # "Compared to the imported models, these drones are cheaper": the main clause's subject
    # points back as well (a summing-up lead-in, "In short, this is ...", is left alone).
    tokens = reading.tokens.texts
    comma = tokens.index(",") if "," in tokens[:12] else -1
    if (
        comma > 0
        and comma + 1 < len(tokens)
        and reading.scores["conclusion"] == 0
        and tokens[comma + 1] in lists.anaphoric
    ):
        return True
    if first == "it":
        return not any(word in ("that", "to", "whether") for word in texts[2:8])
    if first == "i":
        return not any(
            tuple(texts[1 : 1 + len(parts)]) == parts for parts in lists.first_person
        ) and second not in ("do", "don't")
    return False


@dataclass(frozen=True, slots=True)
class _BottomLineLists:
    anaphoric: frozenset[str]
    first_person: tuple[tuple[str, ...], ...]


@cache
def _bottom_line_lists() -> _BottomLineLists:
    table = data.load("sowhat_cues.yaml")
    return _BottomLineLists(
        anaphoric=frozenset(table["anaphoric_openers"]),
        first_person=tuple(split(str(phrase)) for phrase in table["first_person_judgment"]),
    )


def _reported(reading: Reading) -> bool:
    """Someone else's view ("sceptics argue that ..."), not the author's thesis.

    A verb of saying inside a leading concessive clause ("While an official warned of X, a
    split is unlikely") is conceded, not adopted: only the main clause counts.
    """
    if cues().concessive.match(reading.sentence.text):
        return False
    return reporting_before(reading, len(reading.tokens))


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(data.load("sowhat_cues.yaml")["stopwords"])
