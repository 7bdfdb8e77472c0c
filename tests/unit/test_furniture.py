"""Page furniture, standfirsts and endnotes: kept out of the body by general cues."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.ingest.furniture import (
    Block,
    is_bio,
    is_caption,
    is_notice,
    is_share_bar,
    is_tag_list,
    sort_blocks,
)
from briefing.ingest.markdown import parse_markdown
from briefing.ingest.text import parse_text
from briefing.serialize import to_dict

P1 = (
    "Shrinking glaciers in the high mountains are cutting the flow of the rivers on which the "
    "lowland farms depend, and the dams planned upstream will take still more of it."
)
P2 = (
    "The new canal being dug in the north will divert a large share of the river before it "
    "reaches the farms downstream. Officials have so far avoided open criticism of the project."
)
P3 = (
    "Regional cooperation is likely to remain weak unless outside donors fund a new "
    "water-sharing mechanism. Without one, the risk of local clashes will grow each summer."
)
P4 = (
    "Engineers warn that the old irrigation network loses almost half of the water it carries, "
    "and that repairs would cost more than any of the governments can now afford to pay."
)
HEADER = "Water Is a Security Problem\n\nBy Aigul Bekova\n\nSeptember 14, 2023\n\n"


def body_of(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_text(text).paragraphs]


def test_photo_captions_and_credits_are_not_body() -> None:
    caption = (
        "Workers repair a pumping station outside the capital on September 28, 2023. "
        "(Photo by Ivan Petrenko/Getty Images)"
    )
    text = HEADER + "\n\n".join([P1, caption, P2, "▲ Water flow by season, 2010-2023.", P3])
    assert body_of(text) == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "▲ Table 1: Water flow by season",
        "Image: Farmers inspect a dry canal near the border.",
        "A farmer walks along a dry canal. Source: National Water Agency",
        "A dry canal near the border, June 2023. Jane Doe—Global Images/Getty Images",
        "Engineers at the dam site (Photo: Ministry of Energy)",
        "Soldiers walk past a flooded field near the river. Photograph: Reuters",
    ],
)
def test_caption_shapes(line: str) -> None:
    assert is_caption(line)


def test_a_sentence_citing_a_source_is_not_a_caption() -> None:
    assert not is_caption(P2)
    assert not is_caption("The figures come from the national statistics office, its source says.")


def test_author_bios_at_the_end_go_with_what_follows_them() -> None:
    bio = (
        "Aigul Bekova is a senior fellow at the Institute for Water Studies, where she leads the "
        "programme on Central Asia."
    )
    blurb = (
        "The Institute's mission is to promote cooperation on shared rivers across the region "
        "through research, dialogue and training for officials of every riparian state."
    )
    text = HEADER + "\n\n".join([P1, P2, P3, P4, bio, blurb, "Made with care by the editors"])
    assert body_of(text) == [P1, P2, P3, P4]


def test_markdown_bios_after_a_rule_are_not_body() -> None:
    text = (
        "---\ntitle: Water\n---\n\n"
        + "\n\n".join([P1, P2, P3])
        + "\n\n---\n\n__Aigul Bekova__ holds the Chair in Water Policy at the Institute for Water"
        " Studies.\n"
    )
    assert [paragraph.text for paragraph in parse_markdown(text).paragraphs] == [P1, P2, P3]


def test_a_person_described_mid_article_is_not_a_bio() -> None:
    spokesman = (
        "Cmdr. Sean Roberts, a spokesman for the coalition, said the camp was not under its "
        "control and that aid convoys would resume once the roads were safe."
    )
    assert not is_bio(spokesman)
    text = HEADER + "\n\n".join([P1, P2, spokesman, P3, P4])
    assert spokesman in body_of(text)


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed in this commentary are solely those of the author and do not "
        "necessarily reflect those of the Institute.",
        "The Institute does not take institutional positions on public policy issues.",
        "Water Weekly is a reader-supported publication. To receive new posts and support my work, "
        "consider becoming a free or paid subscriber.",
        "We use cookies to ensure that we give you the best experience on our website.",
        "Sign up to our newsletter for the week's analysis in your inbox.",
        "Topics: Water security, Central Asia, Dams, Climate",
    ],
)
def test_disclaimers_and_notices(line: str) -> None:
    assert is_notice(line)
    assert line not in body_of(HEADER + "\n\n".join([P1, P2, line, P3, P4]))


def test_share_bars_event_boxes_and_tag_lists() -> None:
    share = "Mail   Facebook   Twitter / X   LinkedIn"
    event = "Online Event Fri, January 30, 2026 • 10:00 am ET Water security in the steppe"
    tags = "Conflict Europe & Eurasia Politics & Diplomacy Water Security Central Asia"
    assert is_share_bar(share) and is_tag_list(tags)
    assert not is_tag_list("The Fraught Realities of Now")
    assert not is_share_bar("Share prices fell on Monday.")
    text = "\n".join([share, P1, P2, event, tags, P3, P4])
    assert body_of(text) == [P1, P2, P3, P4]


def test_a_pull_quote_that_repeats_a_body_sentence_is_dropped() -> None:
    pull = "the risk of local clashes will grow each summer"
    text = HEADER + "\n\n".join([P1, P3.split(". ")[1].rstrip("."), P2, P3, P4])
    assert body_of(text) == [P1, P2, P3, P4]
    markdown = "---\ntitle: Water\n---\n\n" + "\n\n".join([P1, f"___`{pull}`___", P2, P3])
    assert [p.text for p in parse_markdown(markdown).paragraphs] == [P1, P2, P3]


def test_a_repeated_paragraph_is_real_text_and_kept() -> None:
    question = "What did the dam change for the farmers downstream?"
    text = HEADER + "\n\n".join([P1, question, P2, P3, question, P4, P2])
    body = body_of(text)
    assert body.count(question) == 2  # an interview asks each expert the same question
    assert body.count(P2) == 2  # real text said twice is never dropped silently


def test_an_italic_lead_in_markdown_is_the_standfirst() -> None:
    lead = "_Dams upstream and canals downstream are turning water into a security problem._"
    article = parse_markdown("---\ntitle: Water\n---\n\n" + "\n\n".join([lead, P1, P2, P3]))
    assert article.standfirst == lead.strip("_")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_an_italic_lead_the_next_paragraph_leans_on_is_the_first_paragraph() -> None:
    lead = "_I have often been asked what to do about the old dams on the upper river._"
    nxt = "These dams were built in the 1960s and most of them now hold far less than they did."
    article = parse_markdown("---\ntitle: Water\n---\n\n" + "\n\n".join([lead, nxt, P1]))
    assert article.standfirst is None
    assert article.paragraphs[0].text == lead.strip("_")


def test_a_short_summary_lead_in_page_text_is_the_standfirst() -> None:
    lead = (
        "Dams upstream and canals downstream are quietly turning a shared river into a source "
        "of conflict."
    )
    article = parse_text(HEADER + "\n\n".join([lead, P1 + " " + P4, P2, P3]))
    assert article.standfirst == lead
    assert article.paragraphs[0].text.startswith("Shrinking glaciers")


def test_a_news_lede_that_reports_stays_in_the_body() -> None:
    lede = (
        "The energy ministry said on Monday that 12 substations had been repaired since the "
        "strikes."
    )
    article = parse_text(HEADER + "\n\n".join([lede, P1 + " " + P4, P2]))
    assert article.standfirst is None
    assert article.paragraphs[0].text == lede


def test_the_introduction_to_an_interview_is_the_standfirst() -> None:
    intro = "The minister visited the dam last week; we asked two experts what it means."
    turns = [
        "Anna Reyes: What changed when the dam opened, and who felt it first downstream?",
        "Tomas Berg: The farmers did. Their canals ran dry within a month of the opening.",
        "Anna Reyes: And what can the governments do about it now that it is built?",
        "Tomas Berg: They can agree on a release schedule, as they did in the 1990s.",
    ]
    article = parse_text(HEADER + "\n\n".join([intro, *turns]))
    assert article.standfirst == intro
    assert [p.text for p in article.paragraphs] == turns


def test_endnotes_are_kept_aside_and_out_of_the_analysis() -> None:
    notes = [
        '[1] International Water Group, "Water Pressures in the Steppe," Report No. 233, '
        "September 11, 2014.",
        '[2] Wire Service, "New canal threatens farms downstream," March 15, 2023.',
    ]
    text = HEADER + "\n\n".join([P1 + "[1]", P2 + "[2]", P3, "Notes", *notes])
    article = parse_text(text)
    assert article.notes == tuple(notes)
    assert [p.text for p in article.paragraphs] == [P1 + "[1]", P2 + "[2]", P3]
    briefing = analyze(article)
    cited = (date(2014, 9, 11), date(2023, 3, 15))
    assert not any(event.when in cited for event in briefing.timeline)
    assert "[1]" not in briefing.so_what.bottom_line.text
    data = to_dict(briefing)
    assert data["notes"] == notes and data["standfirst"] is None


def test_a_reference_list_in_markdown_becomes_notes() -> None:
    text = (
        "---\ntitle: Water\n---\n\n"
        + "\n\n".join([P1, P2, P3, P4])
        + "\n\n## References\n\nDoe, J (2019), “Rivers under pressure”, Journal of Water"
        " Policy.\n\nRoe, A (2021), “Dams and diplomacy”, mimeo.\n"
    )
    article = parse_markdown(text)
    assert len(article.notes) == 2 and article.notes[0].startswith("Doe, J (2019)")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, P4]
    assert not article.headings


def test_a_crawl_capture_keeps_only_the_dense_article_in_its_content_section() -> None:
    menu = "\n".join(f"Menu item {index}" for index in range(40))
    text = (
        "# example.org\n\n## Metadata\n\n- **URL**: https://example.org/water\n\n"
        "## Content\n\n"
        + menu
        + "\nWater Is a Security Problem\n"
        + "\n".join([P1, P2, P3, P4])
        + "\nShare\nTwitter\nFacebook\nRelated\n"
        + menu
        + "\n\n## Links\n\n- [Home](https://example.org/)\n"
    )
    article = parse_markdown(text)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, P4]


def test_blocks_sorted_without_a_page_keep_a_one_word_paragraph() -> None:
    sorting = sort_blocks([Block(P1), Block("More."), Block(P2)])
    assert sorting.kinds == ("body", "body", "body")


def test_an_epigraph_that_opens_the_piece_is_body_not_a_standfirst() -> None:
    epigraph = "_“Give us the river, or we will take it.” What does it mean? It is an ultimatum._"
    article = parse_markdown("---\ntitle: Water\n---\n\n" + "\n\n".join([epigraph, P1, P2]))
    assert article.standfirst is None
    assert article.paragraphs[0].text == epigraph.strip("_")


def test_a_reading_list_announced_near_the_end_is_not_body() -> None:
    teasers = [
        "In this report, the author examines how the dams were financed and who profits from "
        "the sale of the electricity they produce each winter.",
        "In this new commentary, a former minister explores the growing domestic impact of the "
        "water shortages on the cotton harvest and on rural employment.",
    ]
    announce = "It’s time to explore this week’s recommended readings."
    text = "\n".join([P1, P2, P3, P4, announce, *teasers])
    assert body_of(text) == [P1, P2, P3, P4]


def test_a_newsletter_box_mid_article_does_not_end_it() -> None:
    box = "Sign up to our newsletter for the week's analysis in your inbox."
    text = HEADER + "\n\n".join([P1, P2, P3, box, P4, P1.replace("high", "low"), P2[::-1]])
    body = body_of(text)
    assert box not in body and P4 in body and body[-1] == P2[::-1]


def test_teaser_cards_in_a_page_capture_are_not_body() -> None:
    card = [
        "Commentary",
        "What If the Upstream States Get Their Deal?",
        "It is dangerous to dismiss the talks out of hand.",
    ]
    text = "---\ntitle: Water\n---\n\n" + "\n".join([P1, P2, *card, P3, P4, P1[::-1], P3[::-1]])
    body = [paragraph.text for paragraph in parse_markdown(text).paragraphs]
    assert not set(card) & set(body)
    assert P3 in body and P4 in body


def test_html_bios_and_disclaimers_are_not_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefing.ingest import load_article

    bio = (
        "Aigul Bekova is a senior fellow at the Institute for Water Studies, where she leads "
        "the programme on Central Asia."
    )
    views = "The views expressed in this article are those of the author alone."
    paragraphs = "".join(f"<p>{text}</p>" for text in (P1, P2, P3, P4, bio, views))
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Water Is a Security Problem</title></head><body><article>"
        f"<h1>Water Is a Security Problem</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    assert [p.text for p in load_article(path).paragraphs] == [P1, P2, P3, P4]


def test_a_bold_chart_title_whose_chart_was_lost_is_not_body() -> None:
    text = "---\ntitle: Water\n---\n\n" + "\n\n".join(
        [P1, "**Water flow into the lowland farms, 2010–2023:**", P2, P3]
    )
    assert [p.text for p in parse_markdown(text).paragraphs] == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "The latest from our scholars on the world's most pressing challenges, delivered to "
        "your inbox.",
        "The Library's water collection provides more analysis on the dispute, including the "
        "treaties and the costs of new dams.",
    ],
)
def test_newsletter_blurbs_and_inline_promotions(line: str) -> None:
    assert is_notice(line)


def test_a_standfirst_may_name_a_year_but_a_lede_with_figures_reports() -> None:
    lead = "The 2024 vote left the river states more divided than at any time since independence."
    article = parse_text(HEADER + "\n\n".join([lead, P1 + " " + P4, P2, P3]))
    assert article.standfirst == lead
    lede = "Floods on May 3 cut the main road to the dam for the first time in a generation."
    article = parse_text(HEADER + "\n\n".join([lede, P1 + " " + P4, P2, P3]))
    assert article.standfirst is None and article.paragraphs[0].text == lede


def test_a_lead_in_the_authors_voice_or_not_under_the_byline_is_body() -> None:
    lead = "In April we laid out four scenarios for the river, and the slowest now looks likeliest."
    article = parse_text(HEADER + "\n\n".join([lead, P1 + " " + P4, P2, P3]))
    assert article.standfirst is None and article.paragraphs[0].text == lead
    summary = (
        "Dams upstream and canals downstream are quietly turning the river that feeds three "
        "countries into a battlefield."
    )
    share = "Mail   Facebook   Twitter / X   LinkedIn"
    article = parse_text("\n".join([share, summary, P1 + " " + P4, P2, P3]))
    assert article.standfirst is None and article.paragraphs[0].text == summary


def test_numbered_questions_are_not_interview_turns() -> None:
    questions = [
        "Q1: Were the results surprising to anyone who had followed the polls in the spring?",
        P1,
        "Q2: What happens to the talks on the river now that the new government is in office?",
        P2,
        "Q3: Will the donors keep paying for the canal if the dispute drags on into next year?",
        P3,
    ]
    intro = "Voters went to the polls in the upstream state on Sunday, and the outcome surprised."
    article = parse_text("\n\n".join([intro, *questions]))
    assert article.standfirst is None


def test_marked_notes_closing_the_article_are_notes_without_a_heading() -> None:
    notes = ['[1] Wire Service, "New canal threatens farms," March 15, 2023.', "[2] Ibid., p. 4."]
    article = parse_text(HEADER + "\n\n".join([P1 + "[1]", P2, P3 + "[2]", *notes]))
    assert article.notes == tuple(notes)
    assert [p.text for p in article.paragraphs] == [P1 + "[1]", P2, P3 + "[2]"]


def test_a_part_heading_over_a_chapter_heading_is_kept() -> None:
    text = "---\ntitle: Water\n---\n\n## Part one\n\n### The dams\n\n" + P1 + "\n\n## Notes\n"
    article = parse_markdown(text)
    assert [(h.title, h.before) for h in article.headings] == [("Part one", 0), ("The dams", 0)]


def test_excerpt_tags_and_rules_are_not_paragraphs() -> None:
    text = (
        "---\ntitle: Water\n---\n\n_Dams upstream are turning water into a security problem._"
        "\n\n<excerpt/>\n\n" + P1 + "\n\n---\n\n" + P2 + "\n"
    )
    article = parse_markdown(text)
    assert [p.text for p in article.paragraphs] == [P1, P2]
    assert article.standfirst == "Dams upstream are turning water into a security problem."


def test_a_standfirst_under_a_share_bar_under_the_byline() -> None:
    lead = (
        "Dams upstream and canals downstream are quietly turning a shared river into a source "
        "of conflict."
    )
    share = "Share\n\nTweet\n\nMail   Facebook   Twitter / X   LinkedIn"
    article = parse_text(HEADER + share + "\n\n" + "\n\n".join([lead, P1 + " " + P4, P2, P3]))
    assert article.standfirst == lead


def test_a_page_description_is_the_standfirst_unless_the_body_repeats_it() -> None:
    dek = "As the dams rise upstream, it is time to stop treating the river as a technical issue"
    crawl = "\n".join([P1, P2, P3, P4, P1[::-1], P2[::-1]])
    article = parse_markdown(f'---\ntitle: Water\ndescription: "{dek}"\n---\n\n{crawl}\n')
    assert article.standfirst == dek
    article = parse_markdown(f'---\ntitle: Water\ndescription: "{P3}"\n---\n\n{crawl}\n')
    assert article.standfirst is None


def test_a_rule_between_sections_does_not_make_a_bio_of_a_sentence_about_a_person() -> None:
    leader = (
        "Tomas Berg has been president of the river commission since 2019, and his term ends "
        "when the treaty is renewed next spring."
    )
    text = "---\ntitle: Water\n---\n\n" + "\n\n".join([P1, P2, "---", leader, P3, P4, P1[::-1]])
    assert leader in [p.text for p in parse_markdown(text).paragraphs]
