"""Ingest rules that must hold on pages no corpus file resembles: a body sentence shaped like a
notice, a kicker over the headline, a crawler byline over a bio, a repost line, a clipper's
"# Title" under its front matter, a one-line-per-paragraph .md without front matter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing.ingest.furniture import is_notice
from briefing.ingest.markdown import parse_markdown
from briefing.ingest.metadata import choose_title, republished_by
from briefing.ingest.metadata.sources import affiliation
from briefing.ingest.metadata.titles import is_kicker
from briefing.ingest.text import parse_text

MASTHEAD = "The Delta Monitor"
KICKER = "Mekong Brief"
HEADLINE = "Dams Before Fish: Why Laos Keeps Building on the Mekong"
BYLINE = "Thanh Nguyen | 21 May 2024"
FIRST = (
    "Laos switched on its ninth mainstream dam in April, and the government in Vientiane "
    "presented the project as the next step towards becoming the battery of Southeast Asia. "
    "Downstream, fishing villages in Cambodia counted a smaller catch for the third year running."
)
SECOND = (
    "The dams are financed largely by Thai utilities, which buy most of the electricity under "
    "long-term contracts. Critics in Phnom Penh say the contracts were signed without any study "
    "of the sediment the river carries to the delta."
)
THIRD = (
    "Vientiane is likely to approve at least two more projects before the end of the decade, "
    "because power exports are among the few sources of hard currency left to a heavily indebted "
    "state."
)
POINTER_SENTENCE = (
    "The Mekong River Commission has more information on sediment: its gauges recorded a fall of "
    "74 per cent at Kratie since 2008, most of it in the dry season."
)
SIGN_UP_SENTENCE = (
    "Sign up for a fishing licence is now compulsory on the Tonle Sap, and inspectors can refuse "
    "one without giving reasons."
)
FOURTH = (
    "Cambodia has suspended its own plans for mainstream dams until 2030, a decision that "
    "officials describe as a concession to the fishing provinces that vote for the ruling party."
)
HEADING = "What this means for the delta"
LAST = (
    "For Vietnam, the lesson is that the delta's future is being decided upstream. Hanoi should "
    "press for binding sediment rules in the commission rather than wait for another dry year."
)
BIO = (
    "Thanh Nguyen is a research fellow at the Saigon Institute for Water Policy, where she works "
    "on river basin governance."
)
DISCLAIMER = "The views expressed in this article are the author’s own."
COPYRIGHT = "© 2024 The Delta Monitor. All rights reserved."


def page(*middle: str) -> str:
    """A browser copy of the page: masthead, kicker, headline, byline, then `middle`."""
    return "\n\n".join([MASTHEAD, KICKER, HEADLINE, BYLINE, *middle])


def body_of(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_text(text).paragraphs]


def test_a_body_sentence_that_speaks_of_more_information_does_not_end_the_article() -> None:
    text = page(FIRST, SECOND, THIRD, POINTER_SENTENCE, FOURTH, HEADING, LAST, BIO, DISCLAIMER)
    body = body_of(text)
    assert not is_notice(POINTER_SENTENCE)
    assert body[:5] == [FIRST, SECOND, THIRD, POINTER_SENTENCE, FOURTH]
    assert body[-1] == LAST  # the subhead between them is the sections' business


def test_a_pointer_to_another_page_is_dropped_alone_when_prose_follows_it() -> None:
    pointer = (
        "The Monitor’s Mekong collection offers more analysis on the river, including the "
        "treaties and the dams built since the war."
    )
    text = page(FIRST, SECOND, THIRD, pointer, FOURTH, LAST, BIO, DISCLAIMER)
    assert is_notice(pointer)
    assert body_of(text) == [FIRST, SECOND, THIRD, FOURTH, LAST]


def test_a_newsletter_box_late_in_the_body_is_dropped_and_the_argument_after_it_kept() -> None:
    box = "Sign up for our weekly newsletter to get analysis of the region in your inbox."
    text = page(FIRST, SECOND, THIRD, box, FOURTH, LAST, BIO, COPYRIGHT)
    assert body_of(text) == [FIRST, SECOND, THIRD, FOURTH, LAST]


def test_a_closing_notice_still_ends_the_article_before_a_bio_and_teasers() -> None:
    box = "Join us at the Delta Water Forum on 12 June in Can Tho, where our editors answer you."
    teasers = [
        "Why the Tonle Sap is shrinking faster than anyone expected",
        "Vientiane's debt problem, explained in five charts",
    ]
    text = page(FIRST, SECOND, THIRD, FOURTH, box, BIO, *teasers)
    assert body_of(text) == [FIRST, SECOND, THIRD, FOURTH]


def test_a_body_sentence_opening_sign_up_for_is_body() -> None:
    text = page(FIRST, SECOND, SIGN_UP_SENTENCE, THIRD, FOURTH, LAST, BIO)
    assert not is_notice(SIGN_UP_SENTENCE)
    assert SIGN_UP_SENTENCE in body_of(text)
    assert is_notice("Sign up for Morning Currents")  # a short promo line, no sentence
    assert is_notice("Subscribe to the Delta Digest for weekly analysis in your inbox.")


def test_notice_cues_are_general_phrasing_not_one_sites() -> None:
    assert is_notice("The Forum does not take collective positions on policy questions.")
    assert is_notice("For more information, see the commission’s data portal.")
    assert not is_notice("The commission does not take the view that dams are harmless.")


def test_a_series_kicker_over_the_headline_is_not_part_of_the_title() -> None:
    assert parse_text(page(FIRST, SECOND, THIRD, LAST)).meta.title == HEADLINE
    assert is_kicker("Mekong Brief") and is_kicker("Expert Comment") and is_kicker("Asia Watch")
    assert not is_kicker("Niger’s Coup") and not is_kicker("Testing the Limits")
    assert not is_kicker("Nuclear Posture Review") and not is_kicker("The Mueller Report")
    assert choose_title("Mekong Brief", "Dams Before Fish") == "Dams Before Fish"
    assert choose_title("Dams Before Fish", "Laos and the Mekong") == (
        "Dams Before Fish: Laos and the Mekong"
    )
    # A label over a headline that has no halves of its own still completes it.
    plain = page(FIRST, SECOND, THIRD, LAST).replace(KICKER, "Rivers Run Dry").replace(
        HEADLINE, "Laos Keeps Building on the Mekong"
    )
    assert parse_text(plain).meta.title == "Rivers Run Dry: Laos Keeps Building on the Mekong"


def test_a_crawler_byline_line_does_not_hide_the_author_its_bio_names() -> None:
    lines = [
        "Skip to main content",
        "Menu",
        "Search",
        "Delta Monitor",
        "Analysis",
        HEADLINE,
        "By Thanh Nguyen",
        "May 21, 2024",
        "Share",
        "Facebook",
        "Email",
        FIRST,
        SECOND,
        THIRD,
        FOURTH,
        LAST,
        BIO,
        "Related",
        "Tags: Mekong, Dams, Fisheries",
        "© 2024 Delta Monitor",
    ]
    front = f'---\ntitle: "{HEADLINE}"\nsource: "Delta Monitor"\ndate: "2024-05-21"\n---\n'
    meta = parse_markdown(front + "\n".join(lines) + "\n", Path("mekong.md")).meta
    assert meta.author == "Thanh Nguyen"
    # The same capture without front matter reads its header as page text does.
    bare = "\n".join(lines) + "\n"
    as_markdown = parse_markdown(bare, Path("mekong.md")).meta
    as_text = parse_text(bare, Path("mekong.txt")).meta
    assert as_markdown.title == as_text.title == HEADLINE
    assert as_markdown.author == as_text.author == "Thanh Nguyen"
    assert as_markdown.published == as_text.published == date(2024, 5, 21)


def test_a_two_author_bio_paragraph_does_not_run_one_affiliation_into_the_next_name() -> None:
    bios = (
        "Thanh Nguyen is a research fellow at the Saigon Institute for Water Policy. Sok Dara is "
        "a lecturer at the Royal University of Phnom Penh."
    )
    assert affiliation(bios) == "Saigon Institute for Water Policy"
    assert affiliation("She is a fellow at the U.S. Naval War College.") == (
        "U.S. Naval War College"
    )
    text = "\n\n".join(
        [HEADLINE, "By Thanh Nguyen and Sok Dara", "21 May 2024", FIRST, SECOND, THIRD, LAST, bios]
    )
    assert parse_text(text).meta.source == "Saigon Institute for Water Policy"


def test_where_the_piece_first_ran_is_its_source() -> None:
    repost = "This commentary was originally published by the Mekong Policy Review."
    assert republished_by(["x", repost]) == "Mekong Policy Review"
    assert republished_by(["This article first appeared in River Affairs."]) == "River Affairs"
    assert republished_by([FIRST, LAST]) is None
    assert republished_by(["First published on May 21, 2024 / 8:16 AM"]) is None
    text = page(FIRST, SECOND, THIRD, LAST, BIO, repost, COPYRIGHT)
    assert parse_text(text).meta.source == "Mekong Policy Review"


def test_a_title_heading_under_front_matter_is_the_title_and_the_standfirst_is_read() -> None:
    dek = "Power exports keep the dams coming, whatever the fishing villages downstream lose."
    text = (
        f'---\ntitle: "{HEADLINE}"\nauthor: Thanh Nguyen\ndate: 2024-05-21\n---\n\n'
        f"# {HEADLINE}\n\n*{dek}*\n\n{FIRST}\n\n{SECOND}\n\n## The money\n\n{THIRD}\n\n{LAST}\n"
    )
    article = parse_markdown(text, Path("mekong.md"))
    assert article.meta.title == HEADLINE
    assert article.standfirst == dek
    assert [paragraph.text for paragraph in article.paragraphs] == [FIRST, SECOND, THIRD, LAST]
    assert [(heading.title, heading.before) for heading in article.headings] == [("The money", 2)]
    # Several level-1 headings are the document's parts: each still opens a section.
    parts = text.replace(f"# {HEADLINE}", "# Part one").replace("## The money", "# Part two")
    titles = [heading.title for heading in parse_markdown(parts, Path("m.md")).headings]
    assert titles == ["Part one", "Part two"]


def test_a_notice_over_the_last_section_does_not_end_the_article() -> None:
    box = "Subscribe to the Delta Digest for weekly analysis in your inbox."
    text = page(FIRST, SECOND, THIRD, box, FOURTH, HEADING, LAST, BIO, DISCLAIMER)
    body = body_of(text)
    assert box not in body and body[-1] == LAST and FOURTH in body
    markdown = "\n\n".join(
        [f"# {HEADLINE}", FIRST, SECOND, THIRD, FOURTH, box, f"## {HEADING}", LAST, "---", BIO]
    )
    paragraphs = [p.text for p in parse_markdown(markdown + "\n", Path("m.md")).paragraphs]
    assert paragraphs == [FIRST, SECOND, THIRD, FOURTH, LAST]
    blurb = (
        "The Delta Forum is an independent research institute founded in 2001. It publishes "
        "analysis of water, energy and food security across mainland Southeast Asia."
    )
    closing = "\n\n".join(
        [f"# {HEADLINE}", FIRST, SECOND, THIRD, FOURTH, box, "## About the Delta Forum", blurb]
    )
    paragraphs = [p.text for p in parse_markdown(closing + "\n", Path("m.md")).paragraphs]
    assert paragraphs == [FIRST, SECOND, THIRD, FOURTH]
