"""Metadata fields read the same way for every format (briefing/ingest/metadata.py).

Every input here is written for the test; the kinds of failure come from ../shared/cases 03
(multi-author bylines), 04 (dotted dates) and 10 (month-only dates), and issue 10.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.ingest import load_article
from briefing.ingest.metadata import (
    Byline,
    bio_affiliation,
    bio_name,
    byline,
    choose_title,
    date_line,
    join_names,
    parse_date,
    site_of_url,
    source_of_line,
    split_site_suffix,
)
from briefing.ingest.text import parse_text

BODY = (
    "The committee voted on Wednesday to send the measure to the full chamber, where its"
    " sponsors expect a vote before the end of the session.\n\n"
    "Opponents said the penalties would drive insurers out of the market and raise prices for"
    " consumers across the region.\n"
)


@pytest.mark.parametrize(
    ("written", "expected", "precision"),
    [
        ("2024-04-08", date(2024, 4, 8), "day"),
        ("2024-01-19 12:00:00 +0800", date(2024, 1, 19), "day"),
        ("2026-02-27T19:53:06.877470", date(2026, 2, 27), "day"),
        ("8 April 2024", date(2024, 4, 8), "day"),
        ("April 8, 2024", date(2024, 4, 8), "day"),
        ("Tue, 8 Apr. 2024", date(2024, 4, 8), "day"),
        ("2025.12.03", date(2025, 12, 3), "day"),
        ("04.03.2024", date(2024, 3, 4), "day"),  # day first: 4 March
        ("19.11.2019", date(2019, 11, 19), "day"),
        ("25/12/2023", date(2023, 12, 25), "day"),
        ("22 de outubro de 2010", date(2010, 10, 22), "day"),
        ("February 2024", date(2024, 2, 1), "month"),
        ("Feb 2024", date(2024, 2, 1), "month"),
        ("2024", date(2024, 1, 1), "year"),
    ],
)
def test_dates_in_every_common_written_form(written: str, expected: date, precision: str) -> None:
    found = parse_date(written)
    assert found is not None and (found.when, found.precision) == (expected, precision)


@pytest.mark.parametrize("written", ["unknown", "", "n/a", "Octopus 3, 2023", "Oct 32, 2023"])
def test_what_is_not_a_date_is_none(written: str) -> None:
    assert parse_date(written) is None


def test_a_month_without_a_day_never_takes_todays_day() -> None:
    """dateutil fills a missing day from today; the result must not change from day to day."""
    for written in ("February 2024", "Published: March 2023", "June, 2021"):
        found = parse_date(written)
        assert found is not None and found.when.day == 1 and found.precision == "month"


def test_dotted_date_line_is_day_first() -> None:
    assert date_line("Published: 04.03.2024") == date(2024, 3, 4)
    text = (
        "Warsaw Pushes for Faster Border Work\n\nAuthor: Jan Kowal\n\n"
        "Published: 04.03.2024\n\n" + BODY
    )
    assert parse_text(text).meta.published == date(2024, 3, 4)


def test_date_lines_are_not_running_text() -> None:
    assert date_line("The vote was held on 12/5/2019 in Paris.") is None
    assert date_line("November 18, 2019 was the day the talks collapsed in Geneva.") is None
    assert date_line("Monday November 18, 2019 7:45 am PST by Joe Rossi") == date(2019, 11, 18)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Colby Hart and Mira Stein", ("Colby Hart", "Mira Stein")),
        ("By RUTH ABBOTT, COLBY HART and MIRA STEIN", ("Ruth Abbott", "Colby Hart", "Mira Stein")),
        ("Written by A. B. Smith & Łukasz Rachel", ("A. B. Smith", "Łukasz Rachel")),
        ("Authors: Ana Lima; Tom Reyes", ("Ana Lima", "Tom Reyes")),
        ("Paul Haenle and Evan Medeiros | 2022.07.18", ("Paul Haenle", "Evan Medeiros")),
        ("Joana de Deus Pereira | 2023.08.08", ("Joana de Deus Pereira",)),
        ("By Jane Doe, Senior Fellow", ("Jane Doe",)),
        ("By Meg James Staff Writer", ("Meg James",)),
        ("Lena Ward @lenaward / 2 days", ("Lena Ward",)),
    ],
)
def test_bylines_give_every_author(line: str, names: tuple[str, ...]) -> None:
    found = byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, the army had withdrawn.",
        "By Atlantic Council",
        "Russia and Ukraine | 2024.01.01",
    ],
)
def test_lines_that_are_not_bylines(line: str) -> None:
    assert byline(line) is None


def test_et_al_is_kept_as_a_flag() -> None:
    assert byline("Diego Ortiz, et al. | 2025.12.03") == Byline(("Diego Ortiz",), et_al=True)


def test_authors_are_joined_for_the_author_field() -> None:
    assert join_names(["A B"]) == "A B"
    assert join_names(["A B", "C D"]) == "A B and C D"
    assert join_names(["A B", "C D", "E F"]) == "A B, C D and E F"
    assert join_names([]) is None


def test_multi_author_byline_in_page_text_is_the_author_not_the_title() -> None:
    text = (
        "Senate Panel Advances Sanctions Bill on Tankers\n\nBy Colby Hart and Mira Stein\n\n"
        "November 8, 2023\n\n" + BODY
    )
    meta = parse_text(text).meta
    assert meta.title == "Senate Panel Advances Sanctions Bill on Tankers"
    assert meta.author == "Colby Hart and Mira Stein"
    assert meta.authors == ("Colby Hart", "Mira Stein")
    assert meta.published == date(2023, 11, 8)
    variant = text.replace("Colby Hart and Mira Stein", "RUTH ABBOTT, COLBY HART and MIRA STEIN")
    assert parse_text(variant).meta.authors == ("Ruth Abbott", "Colby Hart", "Mira Stein")


def test_et_al_is_completed_from_the_author_bios() -> None:
    text = (
        "The Review\n\nA Harder Line on Trade in the Americas\n\n"
        "Diego Ortiz, et al. | 2025.12.03\n\n"
        + BODY
        + "\nDiego Ortiz is a fellow with the Americas Program at the Center for Trade.\n\n"
        "Ryan C. Berg is director of the Americas Program.\n"
    )
    assert parse_text(text).meta.authors == ("Diego Ortiz", "Ryan C. Berg")


def test_bios_are_authors_only_without_a_byline_and_only_people_the_body_does_not_discuss() -> None:
    assert bio_name("Jane Doe is a senior fellow at the Center for Trade.") == "Jane Doe"
    assert bio_name("__Jude Lin__ holds the Freeman Chair in China Studies.") == "Jude Lin"
    assert bio_name("The treaty is a fellow traveller of older pacts.") is None


def test_title_suffixes_go_to_the_source() -> None:
    assert split_site_suffix("Talks Stall Again in Geneva | The Daily Ledger") == (
        "Talks Stall Again in Geneva",
        "The Daily Ledger",
    )
    assert split_site_suffix("Why the talks stalled in Geneva - Atlantic Review") == (
        "Why the talks stalled in Geneva",
        "Atlantic Review",
    )
    assert split_site_suffix("Why the talks stalled in Geneva — example.org") == (
        "Why the talks stalled in Geneva",
        "example.org",
    )
    assert split_site_suffix("Harbour Standings | Racing | F1 | Harbour Sport") == (
        "Harbour Standings",
        "Harbour Sport",
    )
    # A dash inside a headline is not a suffix, and neither is a short headline's second half.
    assert split_site_suffix("Russia and Ukraine - the view from Kyiv")[1] is None
    assert split_site_suffix("Talks With the U.S. Stall") == ("Talks With the U.S. Stall", None)
    assert split_site_suffix("Four Years of War, No End in Sight. The Weekly Five.")[0] == (
        "Four Years of War, No End in Sight"
    )


def test_page_text_title_line_with_a_site_suffix() -> None:
    text = (
        "Ports Reopen After the Strike | The Harbour Times\n\nHome\n\nNews\n\nSign in\n\n"
        "Ports Reopen After the Strike\n\nBy Ana Lima\n\nMarch 3, 2024\n\n" + BODY
    )
    meta = parse_text(text).meta
    assert (meta.title, meta.source, meta.author) == (
        "Ports Reopen After the Strike",
        "The Harbour Times",
        "Ana Lima",
    )


def test_a_description_that_is_the_headline_beats_a_short_label() -> None:
    assert choose_title("Chile's Runoff", "Security Marks Chile's Runoff") == (
        "Security Marks Chile's Runoff"
    )
    assert choose_title("Sudan's Nadir?", "Pressing Needs and New Realities") == (
        "Sudan's Nadir? Pressing Needs and New Realities"
    )
    assert choose_title("Old Borders", "Thailand and an Unfinished War") == (
        "Old Borders: Thailand and an Unfinished War"
    )
    # A standfirst sentence or a credit is not a headline.
    standfirst = "It was predictable. For months the experts said so."
    assert choose_title("Futures", standfirst) == "Futures"
    assert choose_title("Iran Doubles Down", "Coproduced by the Institute for War") == (
        "Iran Doubles Down"
    )


def test_sources_from_copyright_disclaimer_and_credit_lines() -> None:
    assert source_of_line("© 2026 Jane Doe · Privacy ∙ Terms") == "Jane Doe"
    assert source_of_line("Copyright © 2024 The Harbour Institute. All rights reserved.") == (
        "Harbour Institute"
    )
    assert (
        source_of_line(
            "The views expressed are solely those of the authors and do not necessarily"
            " reflect the views of the Atlantic Forum, its staff, or its supporters."
        )
        == "Atlantic Forum"
    )
    assert source_of_line("Coproduced by the Institute for Harbour Studies") == (
        "Institute for Harbour Studies"
    )
    assert source_of_line("Officials said the views of the Council were ignored.") is None
    assert source_of_line("He did not share the views of the Harbour Council.") is None
    assert site_of_url("https://www.example.org/a/b") == "example.org"
    assert site_of_url("not a url") is None


def test_html_metadata_comes_from_the_page_json_ld_and_meta_tags(tmp_path: Path) -> None:
    paragraph = (
        "<p>The harbour authority said on Monday that the port would reopen to container traffic"
        " after a strike that lasted nine days and cost shippers millions of dollars.</p>"
    )
    page = (
        "<html><head><title>Ports Reopen | Harbour Times</title>"
        '<meta property="og:title" content="Ports Reopen After the Strike | Harbour Times">'
        '<meta property="og:site_name" content="Harbour Times">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2024-03-03T23:30:00-05:00",'
        ' "author": [{"@type": "Person", "name": "Ana Lima"}, {"name": "Tom Reyes"}]}</script>'
        "</head><body><article><h1>Ports Reopen After the Strike</h1>"
        + paragraph * 4
        + "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    meta = load_article(path).meta
    assert meta.title == "Ports Reopen After the Strike"
    assert meta.published == date(2024, 3, 3)  # the page's own day, not converted to UTC
    assert meta.authors == ("Ana Lima", "Tom Reyes")
    assert meta.author == "Ana Lima and Tom Reyes"
    assert meta.source == "Harbour Times"


def test_the_institution_the_author_bios_name_is_the_last_cue_for_the_source() -> None:
    text = (
        "The Review\n\nHarbour Policy After the Strike\n\nAna Lima and Tom Reyes | 2024.03.05\n\n"
        + BODY
        + "\nAna Lima is a senior fellow with the Trade Program at the Harbour Institute.\n\n"
        "Tom Reyes is a research fellow at HPI.\n"
    )
    assert parse_text(text).meta.source == "Harbour Institute"
    assert bio_affiliation(["Jo Ann Lee is a research fellow in the trade team."]) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Harbourwire November 18, 2019 11:03 PM", ("Harbourwire",)),
        ("2019-11-20 17:27:46 Marta De Souza", ("Marta De Souza",)),
        ("Updated November 18, 2019 11:03 PM", None),
        ("Monday November 18, 2019", None),
    ],
)
def test_a_credit_set_before_or_after_the_date(line: str, names: tuple[str, ...] | None) -> None:
    found = byline(line)
    assert (found.names if found else None) == names


def test_a_byline_under_the_article_a_bio_or_a_wire_dateline() -> None:
    wire = "Harbour Port Reopens\n\nPORTVILLE (Harbourwire) - " + BODY
    assert parse_text(wire).meta.authors == ("Harbourwire",)
    late = "Harbour Port Reopens\n\n" + BODY + "\nBy Ana Lima | Harbour Media\n"
    assert parse_text(late).meta.authors == ("Ana Lima",)
    bio = "Harbour Port Reopens\n\n" + BODY + "\nAna Lima (@analima) is a contributor at Wired.\n"
    assert parse_text(bio).meta.authors == ("Ana Lima",)


def test_credits_around_a_date_and_titles_that_are_not_names() -> None:
    assert byline("By admin - 2018-09-16") == Byline(("admin",))
    assert byline("Updated on: November 19, 2019 / 10:07 AM / Harbour News") == Byline(
        ("Harbour News",)
    )
    assert byline("By Any Means Necessary") is None  # a show's title, not a name
