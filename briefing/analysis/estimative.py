"""ICD 203 estimative language: which probability band a sentence's main claim carries.

Intelligence Community Directive 203 fixes seven bands, from "almost no chance" (1-5%) to
"almost certain" (95-99%), and analysts signal them with a small vocabulary ("unlikely",
"probably", "highly likely"). The vocabulary, its synonyms and the choices made for negation and
comparatives live in data/estimative.yaml; this module compiles them into one regular
expression so a sentence is scanned once, whatever its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.model import Estimative

_GAP = r"[\s-]+"
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _normal(phrase: str) -> str:
    """Lower case with runs of spaces and hyphens as one space, so lookups ignore spelling."""
    return re.sub(r"[\s\-]+", " ", phrase.strip().lower().replace("’", "'"))


def _words_pattern(phrase: str) -> str:
    return _GAP.join(re.escape(word) for word in re.split(r"[\s\-]+", phrase.strip()))


@dataclass(frozen=True, slots=True)
class _Table:
    """The compiled vocabulary: one pattern and the band behind each phrase."""

    pattern: re.Pattern[str]
    phrases: dict[str, tuple[str, Estimative | None]]
    """Normalised phrase -> (canonical phrase, its band; None for phrases that carry none)."""
    negated: dict[str, Estimative]
    """Band term -> the band its negation reads as."""
    subordinate: re.Pattern[str]


@cache
def _table() -> _Table:
    table = data.load("estimative.yaml")
    phrases: dict[str, tuple[str, Estimative | None]] = {}
    by_term: dict[str, Estimative] = {}
    for band in table["bands"]:
        estimative = Estimative(band["term"], band["band"], int(band["low"]), int(band["high"]))
        by_term[band["term"]] = estimative
        for phrase in band["phrases"]:
            phrases[_normal(phrase)] = (phrase, estimative)
    for phrase in table["ignore"]:
        phrases[_normal(phrase)] = (phrase, None)
    negated = {term: by_term[target] for term, target in table["negated"].items()}
    alternatives = sorted(phrases, key=len, reverse=True)
    terms = "|".join(_words_pattern(phrase) for phrase in alternatives)
    negators = "|".join(
        r"n['’]t" if word == "n't" else r"\b" + _words_pattern(word) for word in table["negators"]
    )
    fillers = "|".join(
        _words_pattern(word) for word in sorted(table["negation_fillers"], key=len, reverse=True)
    )
    pattern = re.compile(
        rf"(?:(?P<neg>{negators})\s+(?:(?:{fillers})\s+)?)?\b(?P<term>{terms})\b",
        re.IGNORECASE,
    )
    openers = "|".join(
        _words_pattern(word) for word in sorted(table["subordinators"], key=len, reverse=True)
    )
    subordinate = re.compile(rf"^[\"“‘'(]*(?:{openers})\b[^,]*,", re.IGNORECASE)
    return _Table(pattern, phrases, negated, subordinate)


@dataclass(frozen=True, slots=True)
class Match:
    """One estimative expression in a sentence, with where it is."""

    estimative: Estimative
    start: int
    end: int


def find_all(text: str) -> list[Match]:
    """Every estimative expression in `text` that carries a band, in reading order."""
    table = _table()
    found: list[Match] = []
    for match in table.pattern.finditer(text):
        phrase, estimative = table.phrases[_normal(match.group("term"))]
        if estimative is None:
            continue
        if match.group("neg"):
            negated = table.negated.get(estimative.term)
            if negated is None:
                continue
            estimative = Estimative(f"not {phrase}", negated.band, negated.low, negated.high)
        else:
            estimative = Estimative(phrase, estimative.band, estimative.low, estimative.high)
        found.append(Match(estimative, match.start(), match.end()))
    return found


def find(text: str) -> Estimative | None:
    """The estimative term of the sentence's main claim, or None when it has none.

    Overlapping phrases resolve to the longest ("very unlikely", not "unlikely"). When a
    sentence holds several, the main claim is the first one that is neither inside quotation
    marks (someone else's words) nor inside a leading subordinate clause ("While X is likely,
    ..."); failing that, the first.
    """
    matches = find_all(text)
    if len(matches) <= 1:
        return matches[0].estimative if matches else None
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    opening = _table().subordinate.match(text)
    clause_end = opening.end() if opening else -1

    def aside(match: Match) -> bool:
        in_quote = any(left <= match.start < right for left, right in quoted)
        return in_quote or match.end <= clause_end

    for match in matches:
        if not aside(match):
            return match.estimative
    return matches[0].estimative
