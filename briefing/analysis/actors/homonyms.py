"""Country names that may mean something else: Georgia the US state, Georgia the country.

Which sense an article means is settled once per article, by counting cues of each sense in
the paragraphs that name it, as whole words (aliases.yaml, `homonyms`, `state_cues`): Atlanta, a
governor, a county or a neighbouring US state for the state; the Caucasus, Abkhazia or a
Georgian party for the country, plus every other form of the country the text used (its
capital, its demonym). The other sense wins only with more cues than the country has; the
actor then keeps its name and becomes a place, so a piece about Atlanta's battery plants has no
Caucasian state among its countries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.model import ActorKind


@dataclass(frozen=True, slots=True)
class Homonym:
    """A country form with another sense, and the cues that tell the two apart."""

    form: str
    country: str
    other_kind: ActorKind
    other_cues: re.Pattern[str]
    country_cues: re.Pattern[str]

    def other_wins(self, text: str, country_uses: int) -> bool:
        """Whether the text means the other sense: more of its cues than the country's cues
        plus `country_uses` (the text's uses of the country's other forms)."""
        other = len(self.other_cues.findall(text))
        return other > len(self.country_cues.findall(text)) + country_uses


def _words(cues: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@cache
def homonyms() -> tuple[Homonym, ...]:
    """The packaged homonyms, compiled once per process."""
    curated = data.load("aliases.yaml")
    state = curated.get("state_cues") or []
    return tuple(
        Homonym(
            entry["form"],
            entry["country"],
            ActorKind(entry.get("other_kind", "place")),
            _words([*entry.get("other_cues", []), *state]),
            _words(entry.get("country_cues", [])),
        )
        for entry in curated.get("homonyms") or ()
    )
