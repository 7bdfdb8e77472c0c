"""Implications and what to watch: consequences and indicators that stand alone as lines.

When the article has its own section of that kind ("Implications", "Recommendations", "What to
watch", "Outlook", ...; the headings are listed in data/sowhat_cues.yaml), its sentences are
the lines, in reading order: the author has already said what follows. Otherwise the lines are
the strongest sentences with consequence cues ("meaning that", "as a result", "would force")
and the author's recommendations ("Allies should invest in ...") for implications, and open
questions and forward cues ("whether", "remains to be seen", "will") for watch items. A
recommendation is never a watch item, wherever it stands.

Either way a line must stand alone: never a sentence about the text itself ("This article will
..."), a past fact told as a consequence ("As a result, the army withdrew"), a question, or a
sentence whose first words point at something before it ("This means ...", "That is why ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.analysis.phrases import PhraseTable
from briefing.analysis.sowhat.judgments import is_noun_will, recommends, reporting_before
from briefing.analysis.sowhat.reading import Reading, similar, strip_continuation
from briefing.analysis.sowhat.reading import cues as reading_cues
from briefing.model import Article, Point

MAX_IMPLICATIONS = 4
MAX_WATCH = 5
MIN_LINE_WORDS = 6
"""A line of the so-what view has at least this many words."""

_OPEN_QUESTION = re.compile(
    r"\b(?:it\s+)?(?:is|remains)\s+(?:unclear|not\s+clear|uncertain|to\s+be\s+seen)\s+"
    r"(?:if|whether)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_PAST = frozenset({"was", "were", "had", "did"})
_PERFECT = frozenset({"has", "have"})
_PRESENT_OR_FUTURE = frozenset(
    {"is", "are", "will", "would", "could", "may", "might", "can", "means", "makes", "remains",
     "shall", "must", "should", "won't", "isn't", "aren't"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Cues:
    road_map: PhraseTable
    open_questions: PhraseTable
    consequence_lead: re.Pattern[str]
    demonstratives: frozenset[str]
    demonstrative_verbs: frozenset[str]
    implication_headings: tuple[str, ...]
    watch_headings: tuple[str, ...]


@cache
def _cues() -> _Cues:
    table = data.load("sowhat_cues.yaml")
    return _Cues(
        road_map=PhraseTable(table["road_map"]),
        open_questions=PhraseTable(table["open_questions"]),
        consequence_lead=re.compile(
            r"^(?:"
            + "|".join(
                r"\s+".join(map(re.escape, lead.split()))
                for lead in sorted(table["consequence_leads"], key=len, reverse=True)
            )
            + r")\b,?\s+",
            re.IGNORECASE,
        ),
        demonstratives=frozenset(table["demonstratives"]),
        demonstrative_verbs=frozenset(table["demonstrative_verbs"]),
        implication_headings=tuple(table["implication_headings"]),
        watch_headings=tuple(table["watch_headings"]),
    )


def stands_alone(reading: Reading) -> bool:
    """Whether a sentence reads as a line of its own on the so-what page."""
    cues = _cues()
    text = reading.sentence.text
    texts = reading.tokens.texts
    if len(text.split()) < MIN_LINE_WORDS or text.rstrip("\"'”’) ").endswith("?"):
        return False
    if cues.road_map.found(reading.tokens):
        return False
    words = [text for text in texts if text[0].isalnum()]
    if consequence(text) != text:
        return True  # "This means that X": X stands alone once the lead is cut
    if len(words) >= 2 and words[0] in cues.demonstratives:
        if words[1] in cues.demonstrative_verbs:
            return False  # "This means ...": "this" points at the sentence before
    return True


def consequence(text: str) -> str:
    """The sentence without a lead that points back ("This means that X" gives "X").

    The text is returned unchanged when it has no such lead or when what follows it is too short
    to stand alone (fewer than `MIN_LINE_WORDS` words).
    """
    match = _cues().consequence_lead.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if len(rest.split()) < MIN_LINE_WORDS:
        return text
    return rest[0].upper() + rest[1:]


def is_past_fact(reading: Reading, perfect: bool = True) -> bool:
    """A sentence told in the past tense only: a fact, not a consequence still to come.

    Past words are data/timeline.yaml's `past_cues` and any longer word ending in -ed; the present
    perfect ("have been degraded") reports a fact too, unless `perfect` is False (a thesis is
    often told in it: "Europe has assumed responsibility").
    """
    present = set(reading.tokens.texts)
    if present & _PRESENT_OR_FUTURE or (not perfect and present & _PERFECT):
        return False
    past = _past_words()
    return any(
        word in past or (len(word) > 4 and word.endswith("ed") and word.isalpha())
        for word in present
    )


@cache
def _past_words() -> frozenset[str]:
    return _PAST | frozenset(data.load("timeline.yaml")["past_cues"])


def only_the_noun_will(reading: Reading) -> bool:
    """Whether every "will" of a sentence is the noun ("the will to resist", "political will")
    and it has no other forward cue: then it says nothing about what is to come."""
    texts = reading.tokens.texts
    will_weight = reading_cues().weights["watch"].get("will", 0.0)
    if "will" not in texts or reading.scores["watch"] > will_weight:
        return False
    wills = [index for index, word in enumerate(texts) if word == "will"]
    return all(is_noun_will(reading.tokens, index) for index in wills)


def _reported(reading: Reading) -> bool:
    """Someone else's claim ("Trump has stated that Ukraine should therefore ...")."""
    return reporting_before(reading, len(reading.tokens))


def is_open_question(reading: Reading) -> bool:
    """ "It remains to be seen whether ...", "will depend on ...": something to watch."""
    if reading.open_question is None:
        reading.open_question = _cues().open_questions.found(reading.tokens)
    return reading.open_question


def is_recommendation(reading: Reading) -> bool:
    """The author recommends a course of action ("Allies should invest in ..."): an implication."""
    return recommends(reading)


def own_sections(article: Article, paragraphs: int) -> tuple[set[int], set[int]]:
    """Paragraphs of the article's own implication sections and of its watch sections."""
    cues = _cues()
    implications: set[int] = set()
    watch: set[int] = set()
    headings = sorted(article.headings, key=lambda heading: heading.before)
    for index, heading in enumerate(headings):
        title = " ".join(re.findall(r"[\w']+", heading.title.lower()))
        end = headings[index + 1].before if index + 1 < len(headings) else paragraphs
        span = range(heading.before, end)
        if any(title.startswith(cue) for cue in cues.implication_headings):
            implications.update(span)
        elif any(title.startswith(cue) for cue in cues.watch_headings):
            watch.update(span)
    return implications, watch


def from_section(
    readings: list[Reading],
    paragraphs: set[int],
    avoid: set[int],
    limit: int,
    phrase: bool = False,
    skip: Callable[[Reading], bool] | None = None,
) -> tuple[Point, ...]:
    """The first lines of the article's own section, in reading order.

    `skip` leaves out sentences that belong elsewhere although they stand in the section (a
    banded judgment stays a key judgment; a recommendation under "What to watch" is an
    implication).
    """
    picked: list[Reading] = []
    for reading in readings:
        if len(picked) == limit:
            break
        if (
            reading.sentence.span.paragraph in paragraphs
            and reading.order not in avoid
            and not (skip is not None and skip(reading))
            and stands_alone(reading)
            and not any(similar(reading, other) for other in picked)
        ):
            picked.append(reading)
    return _as_points(picked, phrase)


def by_cues(
    readings: list[Reading], kind: str, avoid: set[int], limit: int, phrase: bool = False
) -> tuple[Point, ...]:
    """The strongest stand-alone sentences of one cue kind, in reading order."""

    def advises(reading: Reading) -> bool:
        return kind == "implication" and is_recommendation(reading)

    def score(reading: Reading) -> float:
        return (
            reading.scores[kind]
            + (0.6 if advises(reading) else 0.0)
            + 0.5 * reading.centrality
            + (0.2 if reading.estimative else 0.0)
            + (0.6 if kind == "watch" and is_open_question(reading) else 0.0)
            - (0.5 if reading.reported else 0.0)
        )

    # "Whether this is the case or not, ..." opens a concession, not an open question.
    candidates = [
        r
        for r in readings
        if r.order not in avoid
        and (
            r.scores[kind] >= 0.6
            or (kind == "watch" and is_open_question(r))
            or advises(r)
        )
        and not (kind == "watch" and is_recommendation(r))
        and stands_alone(r)
        and not (kind == "implication" and (is_past_fact(r) or _reported(r)))
        and not (kind == "watch" and r.sentence.text.lower().startswith("whether"))
        and not (kind == "watch" and only_the_noun_will(r))
    ]
    picked: list[Reading] = []
    for reading in sorted(candidates, key=lambda r: (-score(r), r.order)):
        if len(picked) == limit:
            break
        if not any(similar(reading, other) for other in picked):
            picked.append(reading)
    picked.sort(key=lambda r: r.order)
    return _as_points(picked, phrase)


def _as_points(picked: list[Reading], phrase: bool) -> tuple[Point, ...]:
    return tuple(
        Point(
            as_watch_item(r.sentence.text)
            if phrase
            else consequence(strip_continuation(r.sentence.text)),
            r.sentence.span,
        )
        for r in picked
    )


def as_watch_item(text: str) -> str:
    """An open question reads as one: "it is unclear if X" becomes "Whether X"."""
    match = _OPEN_QUESTION.search(text)
    rest = match.group("rest") if match is not None else ""
    # "It is unclear whether X, but Y" keeps its second clause: "Whether X, but Y" would not parse.
    if len(rest.split()) >= 3 and not re.search(r"[,;:]\s+(?:but|yet|while|and)\b|;", rest):
        return "Whether " + rest
    return strip_continuation(text)
