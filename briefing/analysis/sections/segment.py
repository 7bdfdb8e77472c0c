"""Topic segmentation by lexical cohesion: where does a run of paragraphs change subject?

The model descends from Utiyama and Isahara's (2001) minimum-description-length segmentation:
each section is a bag of stemmed content words drawn from its own word distribution, and the
best segmentation is the one that codes the text in the fewest nats, counting a price for every
section boundary. Words that recur inside a section make it cheap to code, so boundaries fall
where the vocabulary turns over; the price decides how many sections there are, so the count
comes from the text's length and cohesion rather than from a fixed number.

A section's words are coded with a Dirichlet-compound-multinomial (the marginal likelihood of
Eisenstein and Barzilay's 2008 Bayesian segmenter) with a small symmetric prior `_ALPHA`,
rather than Utiyama and Isahara's Laplace estimate (a prior of 1): prose is bursty, a word used
once in a section is likely to come back, and the small prior rewards that repetition, so short
sections with a few shared words are found (Choi's 3-5 sentence segments: Pk 0.159 -> 0.120)
without cutting long ones more.

The price of a boundary is `_PRICE` times the log of the number of units (what it costs to say
where a boundary is), scaled by the unit size in content words over a sentence's
(`_UNIT_TOKENS`): the bag-of-words model counts every token as independent evidence, so a
100-word paragraph shows as much spurious contrast with its neighbour as a dozen sentences
would. Sentences pay the plain price.

Sections of one text tend to be of a size, so a second pass prices each section's distance
from the first pass's median size (`_SIZE_PRIOR`). A soft prior on section size in words (a
readable section is a few hundred words) and discourse
cues at a paragraph's start ("Moreover," continues, "However," turns, an interviewer's question
opens a topic) shift the price of each boundary a little; the lexical evidence still decides
where it is strong.

Dynamic programming over (end, start) pairs, with a section never longer than `_MAX_UNITS`
units or `_MAX_WORDS` words, keeps the cost linear in the length of the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from briefing import data
from briefing.analysis.sections.terms import Word, cohesion_term, tokenize

_LEADING_WORDS = re.compile(r"[^\W\d_][^\W\d_\s]*(?:\s+[^\W\d_]+){0,5}")

_UNIT_TOKENS = 12.0
"""Content tokens of a typical sentence: units this size pay the classic boundary price."""
_MIN_WORDS = 60.0
_MIN_WORDS_CAP = 250.0
_MIN_UNITS = 3.0
_MAX_WORDS_SOFT = 700.0
"""Sections under `_MIN_WORDS` or over `_MAX_WORDS_SOFT` words pay a growing size penalty; the
smallest size is `_MIN_UNITS` typical units, within `_MIN_WORDS` and `_MIN_WORDS_CAP` (a
section of one 170-word paragraph is too small to open). A closing outlook that ends the text
is exempt: it may stand alone."""
_SHORT_WEIGHT = 1.0
"""How much of the boundary price a section pays per squared log of its size outside the
readable band."""
_ALPHA = 0.25
"""The Dirichlet prior per vocabulary word of a section's word distribution (small: bursty)."""
_PRICE = 1.9
_SCALE_POWER = 1.0
_SIZE_PRIOR = 0.2
"""Sections of one text tend to be of a size: a second pass prices each section's distance
from the first pass's median size, `_SIZE_PRIOR` * price * log(size / median) ** 2 (an
empirical-Bayes prior on section length). It finds the short sections of a text made of short
sections and stops cutting the long ones of a text made of long ones (Choi Pk 0.096 -> 0.086,
the worst subset 0.117 -> 0.109)."""
_SIZE_PRIOR_UNITS = 400
_SIZE_PRIOR_SECTIONS = 6
"""The second pass runs only when the first found at least this many sections: fewer make no
median worth trusting (and a short article is spared the work)."""
"""Texts longer than this many units take one pass (the prior matters little there, and the
second pass would double the cost of a book-length text)."""
"""A boundary costs `_PRICE` * log(units) * (content words per unit / `_UNIT_TOKENS`) **
`_SCALE_POWER`. Chosen so that Choi's four subsets (sentence units) all stay at or under Pk 0.12
and the sample article keeps its verified sections (paragraph units); a wide plateau of
(`_ALPHA`, `_PRICE`) around these values gives the same figures within 0.005."""
_UBIQUITY = 0.5
_UBIQUITY_MIN_UNITS = 6
"""Terms in more than this share of the units (of at least this many) are ignored."""
_MAX_UNITS = 24
_MAX_WORDS = 1500
"""No section is considered longer than this: it bounds the work per unit (linear cost)."""
_CUE_WEIGHTS = {"continuation": -0.5, "turn": 0.25, "closing": 1.5, "question": 1.0}
"""Shares of the boundary price that an opening cue takes off (turn, closing, question) or adds
(continuation). A closing outlook is a convention of analytic prose, yet it restates the whole
piece, so its words cohere with everything: only a strong cue sets it apart. In an interview,
the interviewer's question ("Paul Haenle: ... in your view?") is what opens a new topic."""
SPEAKER = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}: ")
"""A speaker label opening an interview turn ("Evan Medeiros: ")."""
_PARAGRAPH_WORDS = 40
"""Cues count only in paragraph-sized units: "However," opening a sentence turns a clause, not
the topic (on Choi's sentence units they cost Pk)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One paragraph as the segmenter sees it: its content terms, length and opening cue."""

    terms: Counter[str]
    words: int
    cue: float = 0.0
    """How much a boundary before it is favoured: a turn cue ("However,") or a closing
    paragraph raises it, a continuation cue ("Moreover,") lowers it."""


@cache
def _cues() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    table = data.load("discourse_cues.yaml")
    return tuple(table["continuation"]), tuple(table["turn"]), tuple(table["closing"])


def opening_cue(text: str) -> str | None:
    """ "turn" or "continuation" when the paragraph opens with such a cue, else None."""
    match = _LEADING_WORDS.match(text.lstrip("\"'“‘("))
    if match is None:
        return None
    words = match.group().lower().split()[:4]
    # a cue opens the head when it is one of the head's first words (what `head == cue or
    # head.startswith(cue + " ")` gave, for letters-only words joined by single spaces)
    heads = {" ".join(words[:count]) for count in range(1, len(words) + 1)}
    continuation, turn = _cue_sets()
    for name, cues in (("turn", turn), ("continuation", continuation)):
        if not cues.isdisjoint(heads):
            return name
    return None


@cache
def _cue_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The continuation and turn cues as sets, for `opening_cue`."""
    continuation, turn, _ = _cues()
    return frozenset(continuation), frozenset(turn)


def asks(text: str) -> bool:
    """Whether a paragraph is an interviewer's question: a speaker's turn ending in "?"."""
    return SPEAKER.match(text) is not None and text.rstrip().rstrip("\"'”’)").endswith("?")


def closes(text: str) -> bool:
    """Whether a paragraph reads as a closing outlook or conclusion (its cue phrases)."""
    lowered = text.lower()
    return any(cue in lowered for cue in _cues()[2])


_STEM = itemgetter(1)
"""A content word's stem (`terms.Word`)."""


def make_units(
    texts: Sequence[str],
    tokens: Sequence[Sequence[Word | None]] | None = None,
    aliases: Sequence[Sequence[tuple[str, str]]] = (),
) -> list[Unit]:
    """Units for `segment` from paragraph texts (and their `tokenize` output, when at hand).

    `aliases` gives, per paragraph, (surface, term) pairs for actor mentions: the surface's
    words are counted as the actor's term instead, so "Moscow" and "the Kremlin" cohere as one
    actor without counting a mention twice.
    """
    if tokens is None:
        tokens = tokenize(texts)
    units = []
    last = len(texts) - 1
    for index, text in enumerate(texts):
        # the stems of the content words (None marks a break), mapped in C: no generator frame
        terms = Counter(map(cohesion_term, map(_STEM, filter(None, tokens[index]))))
        if index < len(aliases):
            _merge_aliases(terms, aliases[index])
        words = len(text.split())
        cue = 0.0
        if words >= _PARAGRAPH_WORDS:
            kind = opening_cue(text)
            if kind is not None:
                cue += _CUE_WEIGHTS[kind]
            if index == last >= 2 and closes(text):
                cue += _CUE_WEIGHTS["closing"]
        if index > 0 and asks(text):
            cue += _CUE_WEIGHTS["question"]
        units.append(Unit(terms, words, cue))
    return units


def _merge_aliases(terms: Counter[str], mentions: Sequence[tuple[str, str]]) -> None:
    for surface, term in mentions:
        for stemmed in _surface_stems(surface):
            if terms.get(stemmed, 0) > 0:
                terms[stemmed] -= 1
                if not terms[stemmed]:
                    terms.pop(stemmed)  # dict's own, in C (a Counter's `del` is Python)
        terms[term] += 1


@cache
def _surface_stems(surface: str) -> tuple[str, ...]:
    return tuple(cohesion_term(word[1]) for word in tokenize([surface])[0] if word is not None)


def segment(units: Sequence[Unit]) -> list[int]:
    """Indices of the units that open a new section (never 0), in order.

    Minimises, over all segmentations, the description length of every section's words plus
    a price per section; see the module docstring for the price. A second pass adds the size
    prior around the first pass's median section (`_SIZE_PRIOR`).
    """
    count = len(units)
    if count < 2:
        return []
    units = _without_ubiquitous(units)
    tokens = sum(sum(unit.terms.values()) for unit in units)
    vocabulary = len({term for unit in units for term in unit.terms})
    if tokens == 0 or vocabulary == 0:
        return []
    scale = max(1.0, tokens / count / _UNIT_TOKENS) ** _SCALE_POWER
    price = _PRICE * math.log(max(count, 2)) * scale
    shortest = _shortest(units)
    ids: dict[str, int] = {}
    bags = [
        [(ids.setdefault(t, len(ids)), many) for t, many in unit.terms.items()] for unit in units
    ]
    sizes = [sum(unit.terms.values()) for unit in units]
    lgamma = math.lgamma
    # a term is counted in a section at most its units' largest counts summed, so the code
    # lengths of a term stop there (the text's token count was a loose bound: 50 vs 1,200 on
    # the seed); a section's length is worked out for the sizes met only (`lengths`)
    most = sum(max(unit.terms.values(), default=0) for unit in units)
    table = [lgamma(f + _ALPHA) - lgamma(_ALPHA) for f in range(min(most, tokens) + 2)]
    lengths = _Lengths(_ALPHA * vocabulary)
    starts = _search(units, bags, sizes, table, lengths, len(ids), price, shortest, 0.0)
    if _SIZE_PRIOR and len(starts) >= _SIZE_PRIOR_SECTIONS - 1 and count <= _SIZE_PRIOR_UNITS:
        spans = [b - a for a, b in zip([0, *starts], [*starts, count], strict=True)]
        typical = sorted(spans)[len(spans) // 2]
        starts = _search(units, bags, sizes, table, lengths, len(ids), price, shortest, typical)
    return starts


class _Lengths(dict[int, float]):
    """The Dirichlet-multinomial code length of n tokens, worked out when first asked for."""

    def __init__(self, prior: float) -> None:
        super().__init__()
        self.prior = prior

    def __missing__(self, size: int) -> float:
        length = self[size] = math.lgamma(size + self.prior) - math.lgamma(self.prior)
        return length


def _search(
    units: Sequence[Unit],
    bags: Sequence[Sequence[tuple[int, int]]],
    sizes: Sequence[int],
    table: Sequence[float],
    lengths: _Lengths,
    terms: int,
    price: float,
    shortest: float,
    typical: int,
) -> list[int]:
    """The dynamic programme: the best starts (never 0) for the given costs.

    `bags` are the units' (term id, count) pairs; `table[f]` and `lengths[n]` the Dirichlet-
    multinomial code lengths of a term seen f times and of n tokens; `typical` the median
    section size in units for the size prior (0: no prior).
    """
    count = len(units)
    counts = [0] * terms
    log = math.log
    best = [0.0] + [math.inf] * count
    back = [0] * (count + 1)
    for end in range(1, count + 1):
        coded = 0.0
        size = 0
        words = 0
        touched = 0
        first = end
        for start in range(end - 1, max(-1, end - 1 - _MAX_UNITS), -1):
            first = start
            bag = bags[start]
            touched += len(bag)
            for term, many in bag:
                before = counts[term]
                coded += table[before + many] - table[before]
                counts[term] = before + many
            size += sizes[start]
            unit = units[start]
            words += unit.words
            cost = lengths[size] - coded + price
            if words < shortest and not (end == count and unit.cue >= _CUE_WEIGHTS["closing"]):
                cost += price * _SHORT_WEIGHT * log(shortest / max(words, 1)) ** 2
            elif words > _MAX_WORDS_SOFT:
                cost += price * _SHORT_WEIGHT * log(words / _MAX_WORDS_SOFT) ** 2
            if start > 0:
                cost -= price * unit.cue
            if typical:
                cost += price * _SIZE_PRIOR * log((end - start) / typical) ** 2
            total = best[start] + cost
            if total < best[end]:
                best[end] = total
                back[end] = start
            if words > _MAX_WORDS:
                break
        if touched * 16 >= terms:  # a fresh zeroed list (in C) is cheaper than undoing
            counts = [0] * terms
        else:
            for start in range(first, end):
                for term, _ in bags[start]:
                    counts[term] = 0
    starts = []
    end = count
    while end > 0:
        end = back[end]
        if end > 0:
            starts.append(end)
    return sorted(starts)


def _shortest(units: Sequence[Unit]) -> float:
    """The smallest readable section: a few typical paragraphs, within fixed bounds in words.

    Deriving it from the paragraph lengths lets one code serve sentence-sized units (a section
    of three 20-word sentences is fine) and short news paragraphs (one 40-word paragraph is
    rarely a topic of its own)."""
    lengths = sorted(unit.words for unit in units)
    median = lengths[len(lengths) // 2]
    return min(_MIN_WORDS_CAP, max(_MIN_WORDS, _MIN_UNITS * median))


def _without_ubiquitous(units: Sequence[Unit]) -> Sequence[Unit]:
    """Drop terms found in most units: what every paragraph mentions (the article's main
    actors) cannot mark where one topic ends, yet in a bag-of-words model its big counts
    pull every pair of sections together."""
    if len(units) < _UBIQUITY_MIN_UNITS:
        return units
    spread = Counter(term for unit in units for term in unit.terms)
    limit = _UBIQUITY * len(units)
    common = {term for term, many in spread.items() if many > limit}
    if not common:
        return units
    return [
        Unit(
            Counter({t: c for t, c in unit.terms.items() if t not in common}), unit.words, unit.cue
        )
        for unit in units
    ]
