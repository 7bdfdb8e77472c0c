"""Estimative language: every ICD 203 band, its synonyms, longest match and negation."""

from __future__ import annotations

import pytest

from briefing.analysis.sowhat import estimative


@pytest.mark.parametrize(
    ("sentence", "term", "band"),
    [
        ("There is almost no chance that the talks resume.", "almost no chance", "1-5%"),
        ("A ceasefire is a remote possibility.", "remote possibility", "1-5%"),
        ("A Russian withdrawal is very unlikely.", "very unlikely", "5-20%"),
        ("A Russian withdrawal is highly unlikely.", "highly unlikely", "5-20%"),
        ("A deal is highly improbable.", "highly improbable", "5-20%"),
        ("A full split is unlikely.", "unlikely", "20-45%"),
        ("A full split is improbable.", "improbable", "20-45%"),
        ("There is a roughly even chance of elections.", "roughly even chance", "45-55%"),
        ("The odds are roughly even odds at best.", "roughly even odds", "45-55%"),
        ("There is an even chance of a vote.", "even chance", "45-55%"),
        ("Russia will likely remain a factor.", "likely", "55-80%"),
        ("A deal is probable.", "probable", "55-80%"),
        ("Moscow probably knew.", "probably", "55-80%"),
        ("There is virtually no prospect of a deal.", "virtually no prospect", "1-5%"),
        ("There is little chance of a deal.", "little chance", "5-20%"),
        ("A ceasefire seems certain.", "seems certain", "95-99%"),
        ("A ceasefire is all but certain.", "all but certain", "95-99%"),
        ("A coup is a realistic possibility.", "realistic possibility", "20-45%"),
        ("Escalation is very likely.", "very likely", "80-95%"),
        ("Escalation is highly likely.", "highly likely", "80-95%"),
        ("The regime will almost certainly survive.", "almost certainly", "95-99%"),
        ("Survival is almost certain.", "almost certain", "95-99%"),
    ],
)
def test_every_band_and_synonym(sentence: str, term: str, band: str) -> None:
    found = estimative.find(sentence)
    assert found is not None
    assert (found.term, found.band) == (term, band)
    low, high = (int(part) for part in band.rstrip("%").split("-"))
    assert (found.low, found.high) == (low, high)


def test_unlikely_and_likely_carry_their_icd_bands() -> None:
    unlikely = estimative.find("It is unlikely that Moscow would fight.")
    likely = estimative.find("Europe will likely play a larger role.")
    assert unlikely is not None and unlikely.label == "unlikely (20-45%)"
    assert likely is not None and likely.label == "likely (55-80%)"


def test_longest_match_wins() -> None:
    found = estimative.find("It is very unlikely that Yerevan joins NATO.")
    assert found is not None and found.term == "very unlikely"
    found = estimative.find("Highly-likely outcomes")
    assert found is not None and found.band == "80-95%"


def test_negation_after_the_term_keeps_the_term() -> None:
    found = estimative.find("Armenia will likely not want to provoke the Kremlin.")
    assert found is not None and (found.term, found.band) == ("likely", "55-80%")
    found = estimative.find("Baku will probably not attack.")
    assert found is not None and found.band == "55-80%"


@pytest.mark.parametrize(
    ("sentence", "band"),
    [
        ("A split is not likely.", "20-45%"),
        ("A split isn’t likely.", "20-45%"),
        ("A split would not be likely.", "20-45%"),
        ("A split is no longer likely.", "20-45%"),
        ("A split is not very likely.", "20-45%"),
        ("A split is not unlikely.", "45-55%"),
    ],
)
def test_negation_before_the_term_changes_the_band(sentence: str, band: str) -> None:
    found = estimative.find(sentence)
    assert found is not None and found.band == band


def test_words_that_are_not_estimative() -> None:
    assert estimative.find("Energy markets decrease the likelihood of support.") is None
    assert estimative.find("Armenia is more likely than Georgia to hedge.") is None
    assert estimative.find("Troops left a remote region.") is None
    assert estimative.find("") is None
    # A superlative ranks one outcome above others; it does not place it on the scale.
    assert estimative.find("What is most likely to play out is a hedge.") is None
    found = estimative.find("A deal is more likely than not.")
    assert found is not None and found.band == "55-80%"


def test_main_claim_is_preferred_over_a_leading_clause_or_quotation() -> None:
    found = estimative.find("While a deal is likely, a full split is unlikely.")
    assert found is not None and found.term == "unlikely"
    found = estimative.find("He called war “unlikely,” but escalation is very likely.")
    assert found is not None and found.term == "very likely"
