"""Reading the sentences once for the so-what stage: cue scores, estimative terms, centrality.

Policy analysis states its conclusions in recognisable ways, and this module scores every
sentence on those signals once; `bottom_line`, `judgments` and `implications` then pick the
lines of each part of the so-what view from the readings:

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
from itertools import chain

from briefing import data
from briefing.analysis.phrases import PhraseTable, Words, split, words
from briefing.analysis.sowhat import estimative
from briefing.model import Estimative, Sentence

NOTE = re.compile(r"^\s*(?:\[\d+\]|\^\d+|\d{1,3}\.\s+[^“\"]*[“\"])")
"""A reference-list entry ("[1] Reuters, "Title," 2023."; "2. Author, "Title"..."): a source,
never a line of the so-what. A numbered list item without a quoted title stays prose."""
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _opening(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, for cues that must open a sentence."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lists compiled: a phrase table per kind, and the weight of each phrase."""

    tables: dict[str, PhraseTable]
    weights: dict[str, dict[str, float]]
    continuation: re.Pattern[str]
    concessive: re.Pattern[str]
    reported: PhraseTable
    stopwords: frozenset[str]
    first_words: frozenset[str]
    """Every word a cue of any kind can start with: one pass finds where to look."""


KINDS = ("conclusion", "judgment", "implication", "watch")


@cache
def cues() -> Cues:
    table = data.load("sowhat_cues.yaml")
    weights = {
        kind: {
            " ".join(split(str(phrase))): float(weight) for phrase, weight in table[kind].items()
        }
        for kind in KINDS
    }
    tables = {kind: PhraseTable(weights[kind]) for kind in KINDS}
    reported = PhraseTable(table["reported"])
    first_words = frozenset().union(
        reported.first_words, *(cue_table.first_words for cue_table in tables.values())
    )
    return Cues(
        tables=tables,
        weights=weights,
        continuation=re.compile(rf"^(?:{_opening(table['continuations'])})\b,?\s+", re.IGNORECASE),
        concessive=re.compile(rf"^[\"“‘']*(?:{_opening(table['concessive'])})\b", re.IGNORECASE),
        reported=reported,
        stopwords=frozenset(table["stopwords"]),
        first_words=first_words,
    )


@dataclass(slots=True)
class Reading:
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
    own: str
    """The sentence with quoted words blanked: the author's own words, offsets unchanged."""
    tokens: Words
    """The words of `own`."""
    terms: list[estimative.Match]
    """Every ICD 203 term in `own`, in reading order."""
    centrality: float = 0.0
    verdict: tuple[Estimative | None] | None = None
    """`judgments.judge`'s answer once it has been asked (a 1-tuple), so it is worked out once."""
    prescribes: bool | None = None
    """`judgments.recommends`'s answer once asked (several parts of the stage ask it)."""
    open_question: bool | None = None
    """`implications.is_open_question`'s answer once asked."""


def blank_quotes(text: str) -> str:
    """The sentence with quoted words replaced by spaces (offsets unchanged)."""
    if '"' not in text and "“" not in text:
        return text  # no quotation mark the pattern needs: most sentences
    return _QUOTED.sub(lambda match: " " * len(match.group()), text)


def _is_reported(tokens: Words, table: Cues, positions: list[int]) -> bool:
    """A verb of saying shortly before "will"/"would": a stated intention, not a forecast."""
    for _first, end, _ in table.reported.scan(tokens, positions):
        if any(text in ("will", "would") for text in tokens.texts[end : end + 4]):
            return True
    return False


def read(sentences: tuple[Sentence, ...]) -> list[Reading]:
    """Score every sentence on every cue kind, then weigh its centrality."""
    table = cues()
    readings: list[Reading] = []
    previous_paragraph = -1
    for order, sentence in enumerate(sentences):
        own = blank_quotes(sentence.text)
        tokens = words(own)
        present = tokens.present  # the set `scan` tests too, made once
        positions = (
            [k for k, text in enumerate(tokens.texts) if text in table.first_words]
            if not present.isdisjoint(table.first_words)
            else []
        )
        scores = dict.fromkeys(KINDS, 0.0)
        if positions:  # no cue's first word: every score stays 0
            for kind in KINDS:
                matches = table.tables[kind].scan(tokens, positions)
                if matches:  # most kinds find nothing: no set made for them
                    found = {phrase for _, _, phrase in matches}
                    weights = table.weights[kind]
                    scores[kind] = math.fsum(weights[phrase] for phrase in found)
        terms = estimative.find_all(own, tokens)
        content = frozenset(
            text for text in present - table.stopwords if len(text) > 2 and text[0].isalpha()
        )
        readings.append(
            Reading(
                order=order,
                sentence=sentence,
                estimative=estimative.main_of(own, terms, tokens),
                terms=terms,
                scores=scores,
                words=content,
                first_in_paragraph=sentence.span.paragraph != previous_paragraph,
                continuation=table.continuation.match(sentence.text) is not None,
                reported=_is_reported(tokens, table, positions),
                own=own,
                tokens=tokens,
            )
        )
        previous_paragraph = sentence.span.paragraph
    return _with_centrality(readings)


def _with_centrality(readings: list[Reading]) -> list[Reading]:
    """Centrality in [0, 1]: how much of a sentence's vocabulary the rest of the article shares.

    A word weighs the log of how many sentences hold it, taken once per count (an article's
    words share a few counts), and `math.fsum` over the word set gives the same sum in any
    (hash-seed dependent) order."""
    frequency = Counter(chain.from_iterable(reading.words for reading in readings))
    log_of = {count: math.log(count) for count in set(frequency.values())}
    raw = [
        math.fsum(map(log_of.__getitem__, map(frequency.__getitem__, reading.words)))
        / math.sqrt(len(reading.words) + 4)
        for reading in readings
    ]
    top = max(raw, default=0.0) or 1.0
    for reading, value in zip(readings, raw, strict=True):
        reading.centrality = value / top
    return readings


def similar(a: Reading, b: Reading) -> bool:
    """Near-duplicates (Jaccard over content words above 0.6) make one line, not two."""
    if not a.words or not b.words:
        return False
    return len(a.words & b.words) / len(a.words | b.words) > 0.6


def strip_continuation(text: str) -> str:
    """ "But Russia will..." reads as "Russia will..." when the line stands alone."""
    match = cues().continuation.match(text)
    if match is None or len(text) - match.end() < 20:
        return text
    rest = text[match.end() :]
    return rest[0].upper() + rest[1:]


def main_clause(reading: Reading) -> str:
    """The sentence without a leading concessive clause, when its judgment survives the cut.

    "While a Russian official warned of X, a full split is unlikely." keeps "A full split is
    unlikely." The cut is made only when what is left holds the same estimative term and at
    least four words, so nothing the sentence claims is lost.
    """
    text = reading.sentence.text
    if reading.estimative is None or not cues().concessive.match(text):
        return strip_continuation(text)
    for comma in re.finditer(r",[”\"’']?\s+", text):
        rest = text[comma.end() :]
        found = estimative.find(blank_quotes(rest))
        if found is not None and found.term == reading.estimative.term:
            if len(rest.split()) >= 4:
                return rest[0].upper() + rest[1:]
            break
    return text
