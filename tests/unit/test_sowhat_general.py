"""So what on unseen kinds of article: general rules, each on its own made-up input.

Issue 12's review tried articles outside the corpus: an article's own "What comes next"
heading took its banded judgments away, recommendations were lost, schedules and embedded
questions were listed as key judgments. Each test below states one such rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing import data
from briefing.analysis.sentences import split_sentences
from briefing.analysis.sowhat import find_so_what
from briefing.model import Article, Heading, Metadata, Paragraph, Section, SoWhat

FILLER = "The delegations met twice in the capital and exchanged their documents."


def _so_what(paragraphs: list[str], headings: tuple[Heading, ...] = ()) -> SoWhat:
    article = Article(
        Metadata("Test", published=date(2025, 3, 5)),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
        headings=headings,
    )
    sentences = split_sentences(article)
    return find_so_what(article, sentences, (Section("Article", 0, len(paragraphs)),), ())


def _judged(sentence: str) -> dict[str, tuple[str, str]]:
    so_what = _so_what([FILLER, sentence, FILLER + " Both sides signed the protocol."])
    return {
        j.text: (j.estimative.term, j.estimative.band) if j.estimative else ("", "")
        for j in so_what.key_judgments
    }


def test_no_hedge_or_thesis_cue_is_one_article_s_phrase() -> None:
    hedges = {str(phrase) for phrase in data.load("estimative.yaml")["hedges"]}
    cues = data.load("sowhat_cues.yaml")
    assert not {"possesses the potential", "is not zero", "no evidence that"} & hedges
    assert not {"wake-up call", "not a choice"} & set(cues["thesis"])
    assert not {"will convene", "will culminate"} & set(cues["scheduled"])


@pytest.mark.parametrize(
    "sentence",
    [
        "It is reasonable to expect that the coalition will lose its majority in the autumn.",
        "It is safe to assume that the navy will keep two frigates in the strait this year.",
        "A second breach of the pipeline by a dragged anchor cannot be discounted by anyone.",
    ],
)
def test_standard_judgment_phrasing_is_a_judgment(sentence: str) -> None:
    assert sentence in _judged(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Verbs of scheduled occurrence: a calendar fact, not a forecast.
        "The foreign ministers of the bloc will convene in the northern port city.",
        "The island republic will hold provincial elections in March across all its atolls.",
        "The two leaders will meet on the border on Friday to sign the water accord.",
        "The parliamentary vote on the treaty would take place in the old assembly hall.",
        # An embedded question asks; it does not judge.
        "There is also the question of what role the navy would assign to its new frigates.",
        # Someone else's hope, and an indirect question after "whether".
        "The cabinet keeps hoping that the reserves in the central bank will be enough.",
        "The cabinet must decide whether the reserves in the central bank will be enough.",
    ],
)
def test_schedules_and_questions_are_not_judgments(sentence: str) -> None:
    assert sentence not in _judged(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceasefire in the eastern provinces will hold through the winter months.",
        "The smaller states will need to rethink how they protect their undersea cables.",
        "Allies should invest in patrol vessels now, otherwise the gaps will only widen.",
    ],
)
def test_forecasts_beside_those_words_stay_judgments(sentence: str) -> None:
    assert sentence in _judged(sentence)


def test_a_prescription_is_an_implication_not_a_judgment() -> None:
    sentence = "The allies should make clear to the junta how costly a new offensive would be."
    assert sentence not in _judged(sentence)


def test_a_noun_phrase_term_after_an_article_keeps_its_band() -> None:
    sentence = "A naval base beyond the gulf remains a realistic possibility but is not imminent."
    assert _judged(sentence)[sentence] == ("realistic possibility", "20-45%")


def test_a_watch_heading_keeps_banded_judgments_and_sends_advice_to_implications() -> None:
    paragraphs = [
        "Port deals across the ocean have multiplied since the lenders changed their terms.",
        "The new terminals handle a growing share of the region's container traffic.",
        "The republic will almost certainly expand its port presence on the islands.",
        "Lending for new ports is likely to slow as the lenders turn to smaller projects.",
        "Governments should therefore treat port finance as part of their security policy.",
        "Whether the island states renegotiate the oldest leases remains to be seen.",
    ]
    so_what = _so_what(paragraphs, (Heading("What comes next", 2),))
    bands = {j.text: j.estimative.band if j.estimative else "" for j in so_what.key_judgments}
    assert bands.get(paragraphs[2]) == "95-99%" or paragraphs[2] in so_what.bottom_line.text
    assert bands.get(paragraphs[3]) == "55-80%" or paragraphs[3] in so_what.bottom_line.text
    assert paragraphs[4] in [point.text for point in so_what.implications]
    watch = " ".join(point.text for point in so_what.watch)
    assert "should" not in watch and "almost certainly" not in watch
    assert "renegotiate the oldest leases" in watch


def test_without_an_implications_section_a_recommendation_is_an_implication() -> None:
    paragraphs = [
        "Traffic on the northern route fell for the third year as insurers raised premiums.",
        "The fleet of ice-class tankers has shrunk since the sanctions on the yards.",
        "Two of the three shipyards on the coast closed their order books last year.",
        "Allies should invest in ice-capable patrol vessels and better satellite coverage.",
        "The eastern terminal loaded four cargoes in the summer and none in the winter.",
        "Insurers price each voyage separately and ask for an escort in the narrow straits.",
        "The coastal state is likely to keep subsidising icebreakers regardless of demand.",
    ]
    so_what = _so_what(paragraphs)
    assert so_what.bottom_line.text != paragraphs[3]
    assert paragraphs[3] in [point.text for point in so_what.implications]
    assert paragraphs[3] not in [j.text for j in so_what.key_judgments]
    assert paragraphs[3] not in [point.text for point in so_what.watch]


def test_a_present_fact_that_depends_on_something_is_not_a_watch_item() -> None:
    paragraphs = [
        "Transit cargo remains a sliver of the canal's volume, and most of it depends on a "
        "handful of shipowners willing to accept the risk.",
        "The route's owners keep publishing optimistic forecasts for the next decade.",
        "The coastal state is likely to keep subsidising icebreakers regardless of demand.",
    ]
    watch = [point.text for point in _so_what(paragraphs).watch]
    assert not any("Transit cargo" in text for text in watch)


def test_a_closing_description_or_a_pointer_back_is_not_the_bottom_line() -> None:
    paragraphs = [
        "Since the election, the new administration has cut its aid to the eastern republic.",
        "Aid from the union now reaches the republic through three separate funds.",
        "The most important change of the year is that the union is now the republic's main "
        "backer, financing both its budget and its army.",
        "Donors met twice in the capital and agreed a schedule of payments for the spring.",
        "The union's summit in the autumn approved a further package for the grid.",
        "Most of the new drones are assembled in the republic from imported parts.",
        "This is considered the most powerful drone the republic has built so far.",
        "Compared to the imported models, these drones are much cheaper to produce.",
    ]
    article = Article(
        Metadata("The union becomes the republic's main backer", published=date(2025, 3, 5)),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
    )
    sentences = split_sentences(article)
    whole = (Section("Article", 0, len(paragraphs)),)
    line = find_so_what(article, sentences, whole, ()).bottom_line.text
    assert "The most important change of the year" in line
    assert "This is considered" not in line and "these drones" not in line


def test_a_panelist_s_aside_is_not_the_bottom_line_but_their_claim_is() -> None:
    paragraphs = [
        "The panel discussed the prospects for a ceasefire in the east over two hours.",
        "Each panelist described the state of the front and of the talks in turn.",
        "The mediators have met the two delegations separately since the summer.",
        "I maybe would dispute Anna's belief that there is no chance for a truce at all. "
        "I think that the conditions could be created to make a truce possible, but it "
        "would be only a pause in the fighting.",
    ]
    line = _so_what(paragraphs).bottom_line.text
    assert line.startswith("I think that the conditions could be created")
    assert "dispute" not in line


def test_a_hedge_under_a_watch_heading_is_a_watch_item_and_a_judgment() -> None:
    paragraphs = [
        "The broader lesson is that insurers, not navies, now decide how shipping moves.",
        "Insurers raised war-risk premiums tenfold after the first attacks on shipping.",
        "Most container lines now sail around the cape, adding ten days to each voyage.",
        "The canal authority has lost most of its revenue since the diversions began.",
        "Talks in the gulf capital next month may offer a first test of the new truce.",
        "Even so, a permanent naval base on the strait remains a real possibility.",
    ]
    so_what = _so_what(paragraphs, (Heading("What to watch", 4),))
    judged = {j.text: j.estimative.term if j.estimative else "" for j in so_what.key_judgments}
    assert judged.get(paragraphs[4]) == "may"
    assert paragraphs[4] in [point.text for point in so_what.watch] or paragraphs[4] in (
        so_what.bottom_line.text
    )
    assert judged.get(paragraphs[5]) == "real possibility" or paragraphs[5] in (
        so_what.bottom_line.text
    )


def test_the_view_shows_the_strongest_judgments_in_reading_order() -> None:
    from briefing.analysis.sowhat.view import for_view
    from briefing.model import Estimative, Judgment

    def judgment(text: str, term: str, band: str = "") -> Judgment:
        return Judgment(text, Estimative(term, band, 0, 100))

    judgments = (
        judgment("a", "may"),
        judgment("b", "likely", "55-80%"),
        judgment("c", "would"),
        judgment("d", "will"),
        judgment("e", "could"),
        judgment("f", "almost certainly", "95-99%"),
    )
    shown, more = for_view(judgments, limit=3)
    assert [j.text for j in shown] == ["b", "d", "f"]
    assert more == 3
    assert for_view(judgments[:2], limit=3) == (judgments[:2], 0)


def test_a_consequence_after_this_means_is_an_implication_without_its_lead() -> None:
    paragraphs = [
        "Exports to the west fell by half, and the fleet was sold to new owners in the gulf.",
        "Western insurers covered most of the remaining tankers until the spring.",
        "This means that the price cap is now enforced mainly through marine insurance.",
        "The smaller producers are likely to keep selling below the cap for another year.",
    ]
    lines = [point.text for point in _so_what(paragraphs).implications]
    assert "The price cap is now enforced mainly through marine insurance." in lines
