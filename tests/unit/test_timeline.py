"""Timeline: dates resolved against the publication date, in order, with no false dates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from briefing.analysis.sentences import split_sentences
from briefing.analysis.timeline import find_events
from briefing.model import Article, Event, Metadata, Paragraph

SEED = Path(__file__).resolve().parents[2] / "articles" / "armenia-looks-west.txt"


def _article(paragraphs: list[str], published: date | None) -> Article:
    return Article(
        Metadata("Test", published=published),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
    )


def _seed(published: date | None = date(2023, 10, 31)) -> Article:
    """The seed's 12 body paragraphs, built by hand until ingest drops the header and tail."""
    blocks = [block.strip() for block in SEED.read_text(encoding="utf-8").split("\n\n")]
    blocks = [block for block in blocks if block]
    first = next(i for i, block in enumerate(blocks) if block.startswith("What might be described"))
    last = next(i for i, block in enumerate(blocks) if block.endswith("against Moscow."))
    return _article(blocks[first : last + 1], published)


def _events(article: Article) -> tuple[Event, ...]:
    return find_events(article, split_sentences(article))


def _dates(events: tuple[Event, ...]) -> list[tuple[date, str]]:
    return [(event.when, event.precision) for event in events]


@pytest.fixture(scope="module")
def seed_events() -> tuple[Event, ...]:
    return _events(_seed())


def test_seed_events(seed_events: tuple[Event, ...]) -> None:
    found = _dates(seed_events)
    assert len(_seed().paragraphs) == 12
    for expected in [
        (date(2023, 1, 1), "month"),
        (date(2023, 3, 1), "month"),
        (date(2023, 9, 1), "month"),
        (date(2023, 10, 1), "month"),
        (date(2023, 10, 13), "day"),
        (date(2020, 1, 1), "year"),
        (date(2022, 1, 1), "year"),
        (date(2008, 1, 1), "year"),
    ]:
        assert expected in found


def test_seed_events_are_in_date_order_and_tied_to_their_sentence(
    seed_events: tuple[Event, ...],
) -> None:
    whens = [event.when for event in seed_events]
    assert whens == sorted(whens)
    article = _seed()
    for event in seed_events:
        assert article.text_of(event.span) == event.text
        assert event.phrase in event.text
    csto = next(event for event in seed_events if event.when == date(2023, 1, 1))
    assert csto.phrase == "in January of 2023" and "CSTO exercises" in csto.text
    summit = next(event for event in seed_events if event.precision == "day")
    assert summit.phrase == "On October 13" and "Commonwealth of Independent States" in summit.text


def test_seed_has_no_false_dates(seed_events: tuple[Event, ...]) -> None:
    date_word = re.compile(r"\b(?:1[89]|20)\d\d\b|January|March|September|October")
    for event in seed_events:
        assert date_word.search(event.phrase), event.phrase
    phrases = " | ".join(event.phrase for event in seed_events)
    for false in ("Two years later", "2,000", "100", "number 3", "sat", "Later that month"):
        assert false not in phrases


def test_counts_and_relative_words_are_not_dates() -> None:
    text = (
        "Two years later, 2,000 troops sat idle while 100 Armenian soldiers died. "
        "Ukraine number 3 sent 2000 troops in the 1990s. Theresa May spoke and March on, they said."
    )
    assert _events(_article([text], date(2023, 10, 31))) == ()


def test_bare_month_reads_as_the_most_recent_one_before_publication() -> None:
    text = "In September, talks failed. In November, they had begun. This October, a treaty."
    found = _dates(_events(_article([text], date(2023, 10, 31))))
    assert found == [
        (date(2022, 11, 1), "month"),
        (date(2023, 9, 1), "month"),
        (date(2023, 10, 1), "month"),
    ]


def test_month_takes_the_year_stated_earlier_in_the_sentence() -> None:
    text = "Armenia skipped drills in January of 2021 and in March declined the chair."
    found = _dates(_events(_article([text], date(2023, 10, 31))))
    assert found == [(date(2021, 1, 1), "month"), (date(2021, 3, 1), "month")]


def test_full_dates_and_relative_dates() -> None:
    text = (
        "It was signed on Oct 31, 2023, on 5 March 2021 and on 2022-02-24. "
        "Last year talks failed; two years ago they began; in mid-2019 they were planned."
    )
    found = _dates(_events(_article([text], date(2023, 10, 31))))
    assert found == [
        (date(2019, 1, 1), "year"),
        (date(2021, 1, 1), "year"),
        (date(2021, 3, 5), "day"),
        (date(2022, 1, 1), "year"),
        (date(2022, 2, 24), "day"),
        (date(2023, 10, 31), "day"),
    ]


def test_without_publication_date_years_in_the_text_are_used() -> None:
    events = _events(_seed(published=None))
    found = _dates(events)
    # No year has been stated before "in September" in the first paragraph: it is skipped.
    assert all(event.span.paragraph != 0 for event in events)
    assert (date(2023, 3, 1), "month") in found
    assert (date(2023, 10, 13), "day") in found
    assert (date(2008, 1, 1), "year") in found
    assert _events(_article(["In March, talks."], None)) == ()


def test_empty_article() -> None:
    assert _events(_article([], None)) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Security has tightened since the September 11 attacks.",
        "The October 7 attack changed the region's calculations.",
        "Lawmakers still argue over the January 6 riot and its aftermath.",
        "Veterans of the 7 October massacre testified on the anniversary.",
    ],
)
def test_a_month_and_day_that_name_an_event_are_not_dated(sentence: str) -> None:
    article = _article([sentence], date(2023, 10, 31))
    assert _events(article) == ()


def test_a_month_and_day_before_other_words_are_still_dated() -> None:
    article = _article(
        ["On October 7 talks resumed, and the October 9 meeting ended early."], date(2023, 10, 31)
    )
    assert _dates(_events(article)) == [(date(2023, 10, 7), "day"), (date(2023, 10, 9), "day")]
