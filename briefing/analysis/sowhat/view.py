"""The key judgments a reader sees first: ranked and capped for the so-what view.

The analysis (and its JSON) keeps every key judgment in reading order: it is the complete record
of the author's estimates. A view of a long article cannot show twenty-five of them and still
be a summary, so `for_view` keeps the strongest `VIEW_JUDGMENTS`, still in reading order, and
says how many it left out (for a "+17 more" line). Strength follows ICD 203: a judgment placed on
the probability scale (a band) says most; a forecast ("will", "is set to", "expected to")
commits to an outcome; a bare hedge ("may", "could", "would") says least. Ties keep the
earlier judgment, as the author ordered them.
"""

from __future__ import annotations

from briefing.analysis.phrases import split
from briefing.analysis.sowhat.lexicon import compiled
from briefing.model import Judgment

VIEW_JUDGMENTS = 8
"""How many key judgments the so-what view shows before "more"."""


def strength(judgment: Judgment) -> int:
    """2 for a banded term, 1 for a forecast, 0 for a bare hedge or no term."""
    estimative = judgment.estimative
    if estimative is None:
        return 0
    if estimative.band:
        return 2
    return 1 if " ".join(split(estimative.term)) in compiled().forecasts else 0


def for_view(
    judgments: tuple[Judgment, ...], limit: int = VIEW_JUDGMENTS
) -> tuple[tuple[Judgment, ...], int]:
    """The strongest `limit` judgments in reading order, and how many were left out."""
    if len(judgments) <= limit:
        return judgments, 0
    ranked = sorted(range(len(judgments)), key=lambda k: (-strength(judgments[k]), k))
    kept = sorted(ranked[:limit])
    return tuple(judgments[k] for k in kept), len(judgments) - limit
