"""The actors stage's speed-ups give what the code they replaced gave.

Each shortcut is checked against the plain form it stands for, on many random inputs built from
the characters and words the shortcut reasons about (hypothesis).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.actors.lexicon import _TOKEN

_TOKEN_BEFORE = re.compile(r"\w(?:(?<=[A-Z])\.(?:[A-Z]\.)+|\w*(?:['’](?!s\b)\w+)*)")
"""The word pattern before its repeats were made possessive."""


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="aAUSsx'’._ é-1\n", max_size=40))
def test_token_pattern_matches_as_before(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [match.span() for match in pattern.finditer(text)]

    assert spans(_TOKEN) == spans(_TOKEN_BEFORE)
