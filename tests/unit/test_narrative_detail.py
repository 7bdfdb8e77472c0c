"""The bottom line's cheap test for a figure or a date agrees with the full pattern."""

from __future__ import annotations

import pytest

from briefing.analysis.sowhat.detail import is_narrative, narrative

CASES = [
    ("Talks resumed in March.", True),
    ("It may change.", True),  # "May" is a month name to the pattern too
    ("The Mayor spoke.", False),
    ("Two years ago, it was different.", True),
    ("In the second year of the war.", True),
    ("The war is in its third  week.", True),
    ("Today the talks end.", False),
    ("A total of 37 people.", True),
    ("Armenia’s drift away from Moscow is “real”.", False),
    ("It happened yeſterday.", True),  # a long s folds to "s" in the pattern
    ("Le café de Monday", True),
    ("２ weeks", True),  # a full-width digit is a digit
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cheap_test_matches_the_pattern(text: str, expected: bool) -> None:
    assert (narrative().search(text) is not None) is expected
    assert is_narrative(text) is expected
