"""So what: the seed's bottom line, judgments with ICD bands, implications and what to watch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.analysis.sentences import split_sentences
from briefing.analysis.sowhat import find_so_what
from briefing.model import Article, Heading, Metadata, Paragraph, Section, SoWhat

SEED = Path(__file__).resolve().parents[2] / "articles" / "armenia-looks-west.txt"


def _article(paragraphs: list[str], published: date | None = None) -> Article:
    return Article(
        Metadata("Test", published=published),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
    )


def _seed() -> Article:
    """The seed's 12 body paragraphs, built by hand until ingest drops the header and tail."""
    blocks = [block.strip() for block in SEED.read_text(encoding="utf-8").split("\n\n")]
    blocks = [block for block in blocks if block]
    first = next(i for i, block in enumerate(blocks) if block.startswith("What might be described"))
    last = next(i for i, block in enumerate(blocks) if block.endswith("against Moscow."))
    return _article(blocks[first : last + 1], date(2023, 10, 31))


def _so_what(article: Article) -> SoWhat:
    sentences = split_sentences(article)
    whole = (Section("Article", 0, len(article.paragraphs)),)
    return find_so_what(article, sentences, whole, ())


@pytest.fixture(scope="module")
def seed() -> tuple[Article, SoWhat]:
    article = _seed()
    return article, _so_what(article)


def test_seed_bottom_line(seed: tuple[Article, SoWhat]) -> None:
    article, so_what = seed
    line = so_what.bottom_line
    assert "full split between Yerevan and Moscow is unlikely" in line.text
    assert "multi-vector foreign policy" in line.text
    assert len(line.text.split()) <= 70
    # The concessive lead-in ("While a Russian official recently warned ...") is trimmed.
    assert not line.text.startswith("While")
    assert line.span is not None and line.span.paragraph == len(article.paragraphs) - 1
    assert "unlikely" in article.text_of(line.span)


def test_seed_key_judgments_carry_icd_bands(seed: tuple[Article, SoWhat]) -> None:
    article, so_what = seed
    judgments = so_what.key_judgments
    assert len(judgments) >= 6
    bands = {j.estimative.term: j.estimative.band for j in judgments if j.estimative}
    assert bands.get("unlikely") == "20-45%"
    assert bands.get("likely") == "55-80%"
    for judgment in judgments:
        assert judgment.span is not None and article.text_of(judgment.span) == judgment.text
        assert judgment.estimative is not None, "every key judgment names its term"
        if judgment.estimative.term.endswith("unlikely"):
            assert judgment.estimative.band in ("20-45%", "5-20%")
    # In reading order.
    spans = [judgment.span for judgment in judgments if judgment.span]
    assert spans == sorted(spans)
    texts = " ".join(judgment.text for judgment in judgments)
    # Hedges are judgments without a band.
    hedged = [j for j in judgments if j.estimative and j.estimative.term in ("might", "could well")]
    assert hedged and all(j.estimative and not j.estimative.band for j in hedged)
    # A past explanation is not a judgment ("Perhaps the most likely explanation is ...").
    assert "most likely explanation" not in texts
    # The bottom line's sentences are judgments too, listed with their band in reading order.
    split = [j for j in judgments if "full split between Yerevan" in j.text]
    assert split and split[0].estimative and split[0].estimative.band == "20-45%"
    assert len({j.text for j in judgments}) == len(judgments)


def test_seed_implications_and_watch(seed: tuple[Article, SoWhat]) -> None:
    article, so_what = seed
    assert 1 <= len(so_what.implications) <= 4
    assert 1 <= len(so_what.watch) <= 5
    implications = " ".join(point.text for point in so_what.implications)
    assert "meaning that" in implications or "decreases the likelihood" in implications
    for point in (*so_what.implications, *so_what.watch):
        assert point.span is not None
        assert point.span.paragraph < len(article.paragraphs)
    # An open question is phrased as a watch item.
    assert any(point.text.startswith("Whether Yerevan") for point in so_what.watch)
    # A line that leaned on the sentence before it stands alone: "However, the degree…" reads
    # "The degree…".
    assert not any(point.text.startswith(("However", "But ")) for point in so_what.watch)


def test_empty_article_gives_an_empty_so_what() -> None:
    assert _so_what(_article([])) == SoWhat()
    assert find_so_what(_article([]), (), (), ()) == SoWhat()


def test_article_without_judgments_still_has_a_bottom_line() -> None:
    article = _article(["The committee met on Tuesday.", "It adopted the budget and adjourned."])
    so_what = _so_what(article)
    assert so_what.bottom_line.text
    assert so_what.key_judgments == ()


def test_summing_up_cue_marks_the_bottom_line() -> None:
    article = _article(
        [
            "In sum, sanctions will very likely fail to change Moscow's course.",
            "Exports fell in 2022. Officials met in Vienna to discuss grain.",
            "Talks resumed after the summit, and delegates shook hands.",
        ]
    )
    so_what = _so_what(article)
    assert so_what.bottom_line.text.startswith("In sum, sanctions will very likely fail")


def test_quoted_estimative_words_are_not_the_author_s_judgment() -> None:
    article = _article(
        [
            "Officials called a deal “unlikely” in their statement on Monday.",
            "The delegations met twice and exchanged documents.",
        ]
    )
    assert _so_what(article).key_judgments == ()


def test_no_sentence_is_said_twice_on_the_page(seed: tuple[Article, SoWhat]) -> None:
    _, so_what = seed
    # The bottom line may reappear among the judgments (with its band); implications and
    # watch items are said once, and never repeat a judgment or the bottom line.
    spans = [judgment.span for judgment in so_what.key_judgments]
    spans += [point.span for point in (*so_what.implications, *so_what.watch)]
    located = [span for span in spans if span is not None]
    assert len(located) == len(set(located))


def test_a_forecast_judged_key_is_not_also_something_to_watch() -> None:
    article = _article(
        [
            "Talks between the two capitals resumed this spring after a long pause.",
            "Ruritania will likely sign the border accord before the election.",
            "Observers will be watching whether Freedonia ratifies the accord next year.",
            "It remains unclear if the river islands will be demilitarised.",
        ]
    )
    so_what = _so_what(article)
    judged = {judgment.text for judgment in so_what.key_judgments}
    assert "Ruritania will likely sign the border accord before the election." in judged
    assert not judged & {point.text for point in so_what.watch}
    assert so_what.watch, "the open questions are still there to watch"


def _judged(paragraphs: list[str]) -> dict[str, tuple[str, str]]:
    """Each key judgment's text -> (term, band) for an article of `paragraphs`."""
    so_what = _so_what(_article(paragraphs, date(2024, 3, 5)))
    return {
        j.text: (j.estimative.term, j.estimative.band) if j.estimative else ("", "")
        for j in so_what.key_judgments
    }


def test_every_forward_looking_sentence_is_a_judgment_in_reading_order() -> None:
    paragraphs = [
        "The council met for three days in the capital and adopted its budget.",
        "The new levy will raise the cost of imports for the smallest firms.",
        "Regional lenders may tighten credit before the harvest is sold.",
        "A devaluation is very likely within the first half of the year.",
        "There is virtually no prospect of a deal with the northern bloc this spring.",
        "The border dispute seems certain to outlast the current government.",
        "Farmers would lose most of their export income if the corridor closed.",
    ]
    so_what = _so_what(_article(paragraphs, date(2024, 3, 5)))
    judged = {j.text: j.estimative for j in so_what.key_judgments}
    judged[so_what.bottom_line.text] = None
    assert set(paragraphs[1:]) <= set(judged)
    assert paragraphs[0] not in judged
    spans = [j.span for j in so_what.key_judgments]
    assert spans == sorted(spans)
    bands = {
        j.text: j.estimative.band for j in so_what.key_judgments if j.estimative is not None
    }
    # Hedges and forecasts carry their term but no band; ICD 203 terms carry theirs.
    for text, band in bands.items():
        if "will raise" in text or "may tighten" in text or "would lose" in text:
            assert band == ""
        if "very likely" in text:
            assert band == "80-95%"
        if "virtually no prospect" in text:
            assert band == "1-5%"
        if "seems certain" in text:
            assert band == "95-99%"


@pytest.mark.parametrize(
    "sentence",
    [
        # Others' words: quoted, or reported after a verb of saying.
        "“The regime will fall within a year,” the opposition leader told reporters in Paris.",
        "Several observers believe the ruling party may lose its majority in the spring.",
        "According to officials in the ministry, the reactor will restart next month.",
        # A question and a scheduled fact.
        "Would a less ambiguous policy toward the islands reduce the tensions in the strait?",
        "The country will proceed to a runoff vote between the two leaders on Sunday 14 December.",
        # Past narrative and a past fact.
        "The doctrine would later evolve into a wider claim over the whole of the hemisphere.",
        "The president was expected to name his cabinet immediately after the count.",
        # A past explanation and an adjective.
        "Perhaps the most likely explanation is that the garrison was never told to resist.",
        "The coastal republic seemed an unlikely source of support for the rebel movement.",
        # A rhetorical concession and a road sign.
        "Reading the court's judgments on export controls may seem a niche pursuit to many.",
        "This article will explore the three scenarios for the frozen conflict in the east.",
    ],
)
def test_what_only_looks_like_a_judgment_is_not_one(sentence: str) -> None:
    filler = "The delegations met twice in the capital and exchanged their documents."
    judged = _judged([filler, sentence, filler + " Both sides signed the protocol."])
    assert sentence not in judged


def test_a_conceded_view_leaves_the_main_clause_a_judgment() -> None:
    sentence = (
        "While a minister recently warned of a “third front,” a full split between the two "
        "capitals is unlikely."
    )
    judged = _judged(["The talks were cancelled in the spring.", sentence, "Trade fell."])
    assert judged.get(sentence, ("", ""))[1] == "20-45%" or _so_what(
        _article(["The talks were cancelled in the spring.", sentence, "Trade fell."])
    ).bottom_line.text.endswith("is unlikely.")


def test_a_short_article_with_a_likely_judgment_has_a_so_what() -> None:
    article = _article(["It is likely that the ceasefire will collapse before the winter."])
    so_what = _so_what(article)
    assert so_what.bottom_line.text.startswith("It is likely that the ceasefire")


def test_the_article_s_own_implications_and_watch_sections_are_used() -> None:
    paragraphs = [
        "The union agreed a new tariff schedule for steel imports from the east.",
        "The schedule covers twelve product lines and takes effect in stages.",
        "European buyers will pay more for flat steel through the next contract round.",
        "Smaller mills in the south gain room to raise prices and hire again.",
        "Whether the eastern producers divert their exports to Africa instead.",
        "How far the retaliatory duties on machinery reach beyond the first list.",
    ]
    article = Article(
        Metadata("Steel", published=date(2024, 3, 5)),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
        headings=(Heading("Implications", 2), Heading("What to watch", 4)),
    )
    so_what = _so_what(article)
    assert [p.text for p in so_what.implications] == paragraphs[2:4]
    assert [p.text for p in so_what.watch] == paragraphs[4:6]


def test_implications_stand_alone() -> None:
    paragraphs = [
        "This article will explore below which costs the sanctions impose on the oil trade.",
        "Exports to the west fell by half, and the fleet was sold to new owners in the gulf.",
        "This means that the price cap is now enforced mainly through insurance.",
        "As a result, the producers lost most of their access to western insurers in the spring.",
        "The shadow fleet consequently raises the risk of a spill in the narrow straits.",
    ]
    so_what = _so_what(_article(paragraphs, date(2024, 3, 5)))
    texts = [point.text for point in (*so_what.implications, *so_what.watch)]
    assert not any(text.startswith(("This article", "This means")) for text in texts)
    assert not any("lost most of their access" in text for text in texts)  # a past fact


def test_the_standfirst_points_at_the_thesis_and_furniture_is_never_the_bottom_line() -> None:
    paragraphs = [
        "Jane Roe is a senior fellow at the institute and writes on energy security and trade.",
        "Pipelines across the region were built in the 1990s with money from three lenders.",
        "Gas transit fees will become the main lever the small states hold over their neighbours.",
        "Officials met in the capital in March and discussed the tariffs at length.",
        "Talks on a new transit accord resumed after the summer break in the north.",
    ]
    article = Article(
        Metadata("Transit states", published=date(2024, 3, 5)),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
        standfirst="Transit fees are becoming the small states' main lever over their neighbours.",
    )
    line = _so_what(article).bottom_line.text
    assert line.startswith("Gas transit fees will become the main lever")
    assert "senior fellow" not in line


def test_the_one_page_summary_carries_the_implications() -> None:
    from briefing.analysis.pipeline import analyze
    from briefing.export.page import build_page, reductions

    page = build_page(analyze(_seed()), date(2024, 1, 1))
    assert page.implications
    assert page.implications[0] == analyze(_seed()).so_what.implications[0].text
    assert any(not smaller.implications for smaller in reductions(page))


def test_json_shows_a_hedge_with_a_null_band() -> None:
    from briefing.analysis.pipeline import analyze
    from briefing.serialize import to_dict

    article = _article(
        [
            "The harvest failed across the south after two dry winters in a row.",
            "Grain prices may rise sharply across the region before the autumn sowing.",
            "A famine in the southern provinces is unlikely this year.",
        ],
        date(2024, 3, 5),
    )
    data = to_dict(analyze(article))["so_what"]
    lines = [*data["key_judgments"]]
    bands = {line["text"][:11]: line["estimative"] for line in lines}
    assert bands.get("Grain price") == {"term": "may", "band": None}
    if "A famine in" in bands:
        assert bands["A famine in"] == {"term": "unlikely", "band": "20-45%"}
    else:
        assert data["bottom_line"].startswith("A famine in the southern provinces is unlikely")


def test_watch_items_are_not_the_noun_will_and_implications_not_reported_claims() -> None:
    paragraphs = [
        "The ministers met in the capital and reviewed the grain deal for an hour.",
        "The army's will to resist is the decisive factor in the east of the country.",
        "The envoy has repeatedly stated that the rebels should therefore accept the offer.",
        "It remains to be seen whether the corridor reopens before the harvest ends.",
    ]
    so_what = _so_what(_article(paragraphs, date(2024, 3, 5)))
    lines = [point.text for point in (*so_what.watch, *so_what.implications)]
    assert not any("will to resist" in line for line in lines)
    assert not any("repeatedly stated" in line for line in lines)


def test_a_reference_list_line_is_never_the_bottom_line() -> None:
    """cases/06: if endnotes reach the body, the thesis still comes from the prose."""
    paragraphs = [
        "Shrinking glaciers are cutting the flow of the rivers the lowland farms depend on.[1]",
        "A new canal upstream will divert a large share of the river before it reaches them.[2]",
        "Regional cooperation is likely to remain weak unless outside donors fund a new "
        "water-sharing mechanism. Without one, the risk of clashes along the borders will grow.",
        '[1] Crisis Watch, "Water Pressures in the Steppe," Report No. 233, September 11, 2014.',
        '[2] Wire Service, "Canal threatens the lowland water supplies," March 15, 2023.',
    ]
    so_what = _so_what(_article(paragraphs, date(2023, 9, 14)))
    assert so_what.bottom_line.text.startswith("Regional cooperation is likely to remain weak")
    assert not any(j.text.startswith("[") for j in so_what.key_judgments)
