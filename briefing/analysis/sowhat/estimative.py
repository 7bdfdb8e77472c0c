"""ICD 203 estimative language: which probability band a sentence's main claim carries.

Intelligence Community Directive 203 fixes seven bands, from "almost no chance" (1-5%) to
"almost certain" (95-99%), and analysts signal them with a small vocabulary ("unlikely",
"probably", "highly likely"). The vocabulary, its synonyms and the choices made for negation and
comparatives live in data/estimative.yaml; this module looks them up word by word
(see `phrases`), so a sentence is read once, whatever its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.analysis.phrases import PhraseTable, Words, split, words
from briefing.model import Estimative

_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


@dataclass(frozen=True, slots=True)
class _Table:
    """The compiled vocabulary: the phrases and the band behind each."""

    terms: PhraseTable
    bands: dict[str, tuple[str, Estimative | None]]
    """Phrase words joined by spaces -> (phrase as listed, its band; None when it carries none)."""
    negators: PhraseTable
    fillers: PhraseTable
    negated: dict[str, Estimative]
    """Band term -> the band its negation reads as."""
    subordinate: re.Pattern[str]


@cache
def _table() -> _Table:
    table = data.load("estimative.yaml")
    bands: dict[str, tuple[str, Estimative | None]] = {}
    by_term: dict[str, Estimative] = {}
    for band in table["bands"]:
        estimative = Estimative(band["term"], band["band"], int(band["low"]), int(band["high"]))
        by_term[band["term"]] = estimative
        for phrase in band["phrases"]:
            bands[" ".join(split(phrase))] = (phrase, estimative)
    for phrase in table["ignore"]:
        bands[" ".join(split(phrase))] = (phrase, None)
    negated = {term: by_term[target] for term, target in table["negated"].items()}
    openers = "|".join(
        r"\s+".join(map(re.escape, opener.split()))
        for opener in sorted(table["subordinators"], key=len, reverse=True)
    )
    subordinate = re.compile(rf"^[\"“‘'(]*(?:{openers})\b[^,]*,", re.IGNORECASE)
    return _Table(
        terms=PhraseTable(bands),
        bands=bands,
        negators=PhraseTable(table["negators"]),
        fillers=PhraseTable(table["negation_fillers"]),
        negated=negated,
        subordinate=subordinate,
    )


@dataclass(frozen=True, slots=True)
class Match:
    """One estimative expression in a sentence, with the words it covers.

    Token indices, not character offsets: only a sentence with two terms or more needs the
    offsets (`main_of`), and working them out re-reads the whole sentence."""

    estimative: Estimative
    first_token: int
    """Index of the expression's first word in the sentence's `Words`."""
    end_token: int
    """Index just past its last word."""


def _ends_with(table: PhraseTable, sentence: Words, end: int) -> int | None:
    """Where a phrase of `table` ending just before token `end` starts (up to 3 words back)."""
    for start in range(max(0, end - 3), end):
        parts = table.at(sentence, start)
        if parts is not None and start + len(parts) == end:
            return start
    return None


def _negated(table: _Table, sentence: Words, index: int) -> bool:
    """Whether a negator stands just before token `index` ("not likely", "isn't so likely")."""
    before = _ends_with(table.fillers, sentence, index)
    if before is None:
        before = index
    if before == 0:
        return False
    if sentence.texts[before - 1].endswith("n't"):
        return True
    return _ends_with(table.negators, sentence, before) is not None


def find_all(text: str, tokens: Words | None = None) -> list[Match]:
    """Every estimative expression in `text` that carries a band, in reading order.

    `tokens` may pass `words(text)` when the caller has it already.
    """
    table = _table()
    sentence = tokens if tokens is not None else words(text)
    found: list[Match] = []
    for first, end, key in table.terms.scan(sentence):
        phrase, estimative = table.bands[key]
        if estimative is None:
            continue
        if _negated(table, sentence, first):
            negated = table.negated.get(estimative.term)
            if negated is None:
                continue
            estimative = Estimative(f"not {phrase}", negated.band, negated.low, negated.high)
        else:
            estimative = Estimative(phrase, estimative.band, estimative.low, estimative.high)
        found.append(Match(estimative, first, end))
    return found


def leading_clause(text: str) -> int:
    """Where a leading subordinate clause ("While X is likely, ...") ends; 0 when there is none."""
    opening = _table().subordinate.match(text)
    return opening.end() if opening else 0


def find(text: str, tokens: Words | None = None) -> Estimative | None:
    """The estimative term of the sentence's main claim, or None when it has none.

    Overlapping phrases resolve to the longest ("very unlikely", not "unlikely"). When a
    sentence holds several, the main claim is the first one that is neither inside quotation
    marks (someone else's words) nor inside a leading subordinate clause ("While X is likely,
    ..."); failing that, the first.
    """
    sentence = tokens if tokens is not None else words(text)
    return main_of(text, find_all(text, sentence), sentence)


def main_of(text: str, matches: list[Match], tokens: Words) -> Estimative | None:
    """The main claim's term among `find_all(text, tokens)`'s matches (see `find`)."""
    if len(matches) <= 1:
        return matches[0].estimative if matches else None
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    opening = _table().subordinate.match(text)
    clause_end = opening.end() if opening else -1

    def aside(match: Match) -> bool:
        start, end = tokens.span(match.first_token, match.end_token)
        in_quote = any(left <= start < right for left, right in quoted)
        return in_quote or end <= clause_end

    for match in matches:
        if not aside(match):
            return match.estimative
    return matches[0].estimative
