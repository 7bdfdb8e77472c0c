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


def _by_phrase(events: tuple[Event, ...]) -> dict[str, tuple[date, str, bool]]:
    return {event.phrase: (event.when, event.precision, event.expected) for event in events}


def test_upcoming_dates_point_forward_from_publication() -> None:
    """cases/16: dates days after publication are this year's, not last year's, and expected."""
    text = (
        "Mediators said on Monday that the current pause in fighting expires on March 10, the "
        "start of the holiday. Delegations will meet again in Geneva on March 12 to discuss a "
        "longer truce. A wider settlement is not expected before the donor summit scheduled for "
        "June."
    )
    found = _by_phrase(_events(_article([text], date(2024, 3, 5))))
    assert found["on March 10"] == (date(2024, 3, 10), "day", True)
    assert found["on March 12"] == (date(2024, 3, 12), "day", True)
    assert found["for June"] == (date(2024, 6, 1), "month", True)
    # "said on Monday": the Monday before publication (5 March 2024 was a Tuesday), past.
    assert found["on Monday"] == (date(2024, 3, 4), "day", False)


def test_tense_places_a_yearless_date_both_ways() -> None:
    article = _article(
        [
            "The election on 29 May will test the coalition.",
            "Talks collapsed on 12 June after a walkout.",
            "A summit will convene in March.",
        ],
        date(2024, 5, 28),
    )
    found = _by_phrase(_events(article))
    assert found["on 29 May"][0] == date(2024, 5, 29)
    assert found["on 12 June"][0] == date(2023, 6, 12)
    assert found["in March"][0] == date(2025, 3, 1)


def test_a_date_after_since_looks_back_whatever_the_tense() -> None:
    text = "Rumours have circulated since February, with the turning point coming from the guard."
    found = _by_phrase(_events(_article([text], date(2023, 8, 8))))
    assert found["since February"][0] == date(2023, 2, 1)


def test_a_month_does_not_borrow_a_bare_year_from_its_sentence() -> None:
    text = "Tsai was first elected in 2016, and Lai will be inaugurated on May 20."
    found = _by_phrase(_events(_article([text], date(2024, 1, 19))))
    assert found["on May 20"] == (date(2024, 5, 20), "day", True)
    assert found["in 2016"][0] == date(2016, 1, 1)


def test_weekdays_and_relative_weeks_and_days() -> None:
    text = (
        "The envoy arrived on Friday. Ministers will vote on Friday. Last week the army "
        "advanced; yesterday it paused, and three days ago it shelled the port. Next month the "
        "talks resume."
    )
    events = _events(_article([text], date(2024, 3, 5)))  # a Tuesday
    found = _by_phrase(events)
    assert found["Last week"] == (date(2024, 2, 27), "week", False)
    assert found["yesterday"] == (date(2024, 3, 4), "day", False)
    assert found["three days ago"] == (date(2024, 3, 2), "day", False)
    assert found["Next month"] == (date(2024, 4, 1), "month", True)
    fridays = [(e.when, e.expected) for e in events if e.phrase == "on Friday"]
    assert fridays == [(date(2024, 3, 1), False), (date(2024, 3, 8), True)]


def test_one_entry_per_date_and_sentence() -> None:
    text = "On 3 May, and again on 3 May, the board met; in May it adjourned."
    events = _events(_article([text], date(2024, 6, 1)))
    assert [(e.when, e.precision) for e in events] == [
        (date(2024, 5, 1), "month"),
        (date(2024, 5, 3), "day"),
    ]


def test_deadlines_and_forecasts_are_expected_not_past() -> None:
    text = "The fund must be spent by 2030. Next year the budget will shrink. In 2022 it grew."
    found = _by_phrase(_events(_article([text], date(2024, 3, 5))))
    assert found["by 2030"][2] is True
    assert found["Next year"][2] is True
    assert found["In 2022"][2] is False


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (date(1, 1, 1), "Last year talks failed; two years ago, last week, yesterday, on Friday "
         "and in December they stalled."),
        (date(9999, 12, 31), "Next year talks will resume; next month, next week, tomorrow, on "
         "Friday and in January they will meet."),
    ],
)
def test_dates_at_the_ends_of_the_calendar_do_not_raise(published: date, text: str) -> None:
    """Issue 14: relative dates from 0001-01-01 or 9999-12-31 are skipped, never raised."""
    from briefing.analysis.pipeline import analyze

    article = _article([text], published)
    for event in _events(article):
        assert date.min <= event.when <= date.max
    assert analyze(article).timeline == _events(article)


def test_reference_list_dates_are_not_events() -> None:
    """cases/06: a citation's date is when the source appeared, not an event of the article."""
    article = _article(
        [
            "Glaciers are shrinking, and the canal will divert water from the river.",
            '[1] Crisis Watch, "Water Pressures in the Steppe," Report No. 233, '
            "September 11, 2014.",
            '[2] Wire Service, "Canal threatens supplies," March 15, 2023.',
        ],
        date(2023, 9, 14),
    )
    assert _events(article) == ()


def test_json_marks_expected_events() -> None:
    from briefing.analysis.pipeline import analyze
    from briefing.serialize import to_dict

    text = "Talks collapsed on 2 March. Negotiators will meet again on March 12."
    timeline = to_dict(analyze(_article([text], date(2024, 3, 5))))["timeline"]
    assert [(entry["date"], entry["expected"]) for entry in timeline] == [
        ("2024-03-02", False),
        ("2024-03-12", True),
    ]


def test_without_a_publication_date_the_latest_stated_date_places_the_weeks_before_it() -> None:
    article = _article(
        [
            "The war began in February 2022, and the fighting has not stopped since.",
            "Talks in Geneva on 17-18 February produced little beyond a procedure.",
            "A summit was held on 20 February 2026 in the capital.",
        ],
        None,
    )
    found = _by_phrase(_events(article))
    assert found["on 17-18 February"][0] == date(2026, 2, 17)


def test_fixed_date_holidays_are_dated() -> None:
    """'On Christmas Day' is 25 December, placed by tense and publication like 'on 25 December'."""
    paragraphs = [
        "On Christmas Day, the power cable between the two islands went dark.",
        "The ferry strike ended on New Year’s Eve 2023, and a new one will start on May Day.",
        "Fireworks were banned on Bastille Day in the two northern towns.",
    ]
    found = _by_phrase(_events(_article(paragraphs, date(2025, 1, 9))))
    assert found["On Christmas Day"] == (date(2024, 12, 25), "day", False)
    assert found["on New Year’s Eve 2023"] == (date(2023, 12, 31), "day", False)
    assert found["on May Day"] == (date(2025, 5, 1), "day", True)
    assert found["on Bastille Day"][0] == date(2024, 7, 14)


def test_would_until_a_month_looks_forward_from_when_it_was_said() -> None:
    text = "The grid operator said repairs would take until August, and the line closed in May."
    found = _by_phrase(_events(_article([text], date(2025, 1, 9))))
    assert found["until August"] == (date(2025, 8, 1), "month", True)
    assert found["in May"][0] == date(2024, 5, 1)
