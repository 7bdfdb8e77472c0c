"""What goes on the page, how it is ranked and how it shrinks: no renderer, no analysis."""

from __future__ import annotations

from dataclasses import replace

from briefing.export.page import (
    MAX_ACTORS,
    MAX_QUOTES,
    build_page,
    fit,
    omitted,
    rank_quotes,
    reductions,
)
from briefing.model import Quote
from tests.unit.export_fixtures import EXPORTED, heavy_briefing, small_briefing


def test_page_carries_metadata_bottom_line_and_ranked_items() -> None:
    page = build_page(small_briefing(), EXPORTED)
    assert page.title == "As Relations with Russia Falter, Armenia Tries Looking West"
    assert page.byline == "Nicholas Castillo · Caspian Policy Center · 31 October 2023"
    assert page.bottom_line.startswith("A full split with Moscow is unlikely")
    # The analysis's salience order, whatever the counts; the role stands in for the kind when
    # the text gives one.
    briefing = small_briefing()
    assert [actor.name for actor in page.actors] == [actor.name for actor in briefing.actors]
    assert [actor.name for actor in page.actors][:3] == ["Armenia", "Russia", "Nikol Pashinyan"]
    assert page.actors[2].description == "Prime Minister"
    assert page.actors[0].description == "country"
    # Judgments with an estimative band come before the one without.
    assert [j.term for j in page.judgments] == ["unlikely", "likely", None]
    assert page.judgments[0].band == "20-45%"
    assert page.outline == ("Relations in decline", "After Karabakh", "Limits of the turn west")
    assert page.citation.startswith("Nicholas Castillo, “As Relations")
    assert "2024-01-15" in page.export_note


def test_quotes_are_spread_over_speakers_before_a_second_from_anyone() -> None:
    quotes = (
        Quote("one two", "A"),
        Quote("three four", "A"),
        Quote("five six", "A"),
        Quote("seven eight", "B"),
        Quote("nine ten", None),
        Quote("term", "C"),
    )
    ranked = rank_quotes(quotes)
    assert [q.speaker for q in ranked] == ["A", "B", "A", "A", None]
    assert "term" not in [q.text for q in ranked]


def test_page_caps_lists_and_clips_runaway_text() -> None:
    page = build_page(heavy_briefing(), EXPORTED)
    assert len(page.quotes) == MAX_QUOTES
    assert len(page.actors) == MAX_ACTORS
    assert len(page.judgments) == 5
    assert len(page.bottom_line) <= 600
    assert page.bottom_line.endswith("…")
    assert all(len(q.text) <= 400 for q in page.quotes)


def test_reductions_drop_spare_quotes_first_and_end_nearly_empty() -> None:
    page = build_page(heavy_briefing(), EXPORTED)
    steps = list(reductions(page))
    assert len(steps[0].quotes) == MAX_QUOTES - 1
    assert steps[0].judgments == page.judgments
    # Judgments go below 3 only after actors reached 5 and watch and outline are gone.
    first_below_three = next(s for s in steps if len(s.judgments) < 3)
    assert len(first_below_three.actors) <= 5
    assert first_below_three.watch == () and first_below_three.outline == ()
    assert steps[-1].judgments == () and steps[-1].quotes == () and steps[-1].actors == ()
    assert steps[-1].shortened


def test_fit_takes_the_fullest_page_that_fits_and_omitted_says_what_went() -> None:
    page = build_page(heavy_briefing(), EXPORTED)
    shown = fit(page, lambda candidate: len(candidate.quotes) <= 3 and len(candidate.actors) <= 6)
    assert len(shown.quotes) == 3
    assert len(shown.actors) == 6
    assert len(shown.judgments) == 3  # judgments go to 3 before actors are touched
    assert omitted(page, shown) == ("2 of 5 key judgments", "2 of 8 actors", "2 of 5 quotes")
    assert omitted(page, page) == ()


def test_fit_returns_the_page_itself_when_it_fits() -> None:
    page = build_page(small_briefing(), EXPORTED)
    assert fit(page, lambda candidate: True) is page
    assert omitted(page, replace(page, shortened=True)) == ("long items shortened",)


def test_descriptions_of_one_group_count_as_one_speaker() -> None:
    quotes = (
        Quote("first words", "Russian officials"),
        Quote("second words", "a Russian official"),
        Quote("third words", "Nikol Pashinyan"),
        Quote("Ukraine number 3,", "one Russian official"),
    )
    ranked = rank_quotes(quotes)
    assert [q.speaker for q in ranked] == [
        "Russian officials",
        "Nikol Pashinyan",
        "a Russian official",
        "one Russian official",
    ]
    assert ranked[-1].text == "Ukraine number 3"
