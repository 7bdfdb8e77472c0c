"""Speakers named by a description, and labels given by a naming cue.

Each test writes its own article: a description with an appositive name ("the Danish shipping
analyst Ole Brandt"), a description with a prepositional phrase ("a junior trader at Vitol"), a
relative "that" before a speaker, and labels after "calls itself", "refers to X as" and
"speak of the". Each rule is checked in both directions.
"""

from __future__ import annotations

from briefing.analysis.actors import find_actors
from briefing.analysis.quotes import find_quotes
from briefing.analysis.sentences import split_sentences
from briefing.model import Article, Metadata, Paragraph, Quote


def _quotes(*paragraphs: str) -> tuple[Quote, ...]:
    article = Article(
        Metadata(title="test"),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
    )
    sentences = split_sentences(article)
    return find_quotes(article, sentences, find_actors(article, sentences))


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in _quotes(*paragraphs)]


def test_appositive_name_after_a_description_is_the_speaker_not_the_demonym() -> None:
    assert _speakers(
        "Denmark has hesitated over the route. According to the Danish shipping analyst Ole"
        " Brandt, “Insurers, not navies, decide where tankers sail.”"
    ) == [("Insurers, not navies, decide where tankers sail.", "Ole Brandt")]
    assert _speakers(
        "Denmark has hesitated over the route. Ole Brandt, a Danish shipping analyst, said"
        " insurers would “decide where tankers sail”."
    ) == [("decide where tankers sail", "Ole Brandt")]


def test_description_without_a_name_keeps_its_head_noun() -> None:
    assert _speakers(
        "Denmark has hesitated over the route. According to the Danish shipping analyst,"
        " “Insurers decide where tankers sail.”"
    ) == [("Insurers decide where tankers sail.", "the Danish shipping analyst")]


def test_description_with_a_prepositional_phrase_is_the_speaker() -> None:
    assert _speakers(
        "Premiums tripled in a year. A junior trader at Vitol told us that margins “will stay"
        " thin until the autumn”.",
        "An official in the ministry said the plan was “dead on arrival”.",
    ) == [
        ("will stay thin until the autumn", "A junior trader at Vitol"),
        ("dead on arrival", "An official in the ministry"),
    ]


def test_cue_form_before_a_plural_verb_is_a_noun() -> None:
    # "rates were": the plural noun "rates", not the verb "rates", so "said" is the cue.
    assert _speakers(
        "Premiums tripled. A senior broker at Lloyd’s said that rates were “unsustainable”."
    ) == [("unsustainable", "A senior broker at Lloyd’s")]
    quotes = _quotes("The agency rates the bonds as “junk”, its analysts said.")
    assert [quote.text for quote in quotes] == ["junk"]


def test_past_verb_after_a_possessive_name_is_a_cue() -> None:
    # "Lloyd’s told" is a verb after a name ending in a possessive ...
    assert _speakers(
        "Premiums tripled. A senior broker at Lloyd’s said that premiums were “unsustainable”."
    ) == [("unsustainable", "A senior broker at Lloyd’s")]
    # ... but "the company’s stated aim" is an adjective, not a cue.
    quotes = _quotes("The company’s stated aim was “growth at any cost”.")
    assert all(quote.cue != "stated" for quote in quotes)


def test_speaker_never_starts_with_a_relative_that() -> None:
    assert _speakers(
        "Prosecutors charged the crew in March, a step that judges described as ‘novel’."
    ) == [("novel", "judges")]
    # "that" after a preposition is a determiner and stays.
    assert _speakers(
        "The ministry was blunt. According to that official, “nothing will change this year.”"
    ) == [("nothing will change this year.", "that official")]


def test_passive_described_as_without_agent_is_a_term() -> None:
    assert _quotes("The charges were described as ‘novel’ in the press.") == ()


def test_self_labels_and_refer_as_labels_are_terms() -> None:
    assert _quotes(
        "Moscow calls itself a “Euro-Pacific power”, a label Tokyo rejects.",
        "Beijing refers to the island as a “breakaway province”.",
        "Canberra pledged aid, and Indonesian diplomats like to speak of the “ASEAN way” - a"
        " phrase few use.",
    ) == ()


def test_naming_cues_with_a_clause_or_a_characterisation_stay_quotes() -> None:
    assert _speakers(
        "The regime calls itself “a state that will never bow to pressure”.",
        "The minister spoke of a “new era of partnership” in her speech.",
        "Anna Berg referred to the strike as “a crime against every family in this city.”",
        "Prime Minister Anna Berg called the plan a “reckless gamble”.",
    ) == [
        ("a state that will never bow to pressure", None),
        ("new era of partnership", "The minister"),
        ("a crime against every family in this city.", "Anna Berg"),
        ("reckless gamble", "Anna Berg"),
    ]


def test_name_after_a_description_following_the_quotation() -> None:
    assert _speakers(
        "The fund cut its forecast. “Growth has stalled,” IMF chief economist Lena Hart said.",
        "“We will appeal,” company lawyer Tom Reed said on Monday.",
        "“You work hard. So why didn’t he pay?” a narrator in the new ad asks.",
    ) == [
        ("Growth has stalled,", "Lena Hart"),
        ("We will appeal,", "Tom Reed"),
        ("You work hard. So why didn’t he pay?", "a narrator in the new ad"),
    ]


def test_capitalised_title_before_of_stays_in_the_name() -> None:
    # "Secretary of State" is a title, not a description the name is attached to ...
    (quote,) = _quotes(
        "Secretary of State John F. Kerry said the United States would take “robust steps”."
    )
    assert quote.speaker is not None and "Kerry" in quote.speaker
    assert not quote.speaker.startswith("Secretary of")
    # ... and a verb between a name and a role noun is no modifier ("Cruz exhorted Republicans").
    (quote,) = _quotes("Ted Cruz exhorted Republicans to “vote your conscience” in July.")
    assert quote.speaker == "Ted Cruz"


def test_as_argued_by_after_a_quotation_names_its_speaker() -> None:
    assert _speakers(
        "Sanctions bite on people: “the incentive effect is not limited to public statements”"
        " (as argued by the Foreign Office in the High Court)."
    ) == [("the incentive effect is not limited to public statements", "the Foreign Office")]
    # "as shown by" is no speech verb: no speaker from it.
    assert _speakers(
        "Prices rose: “the squeeze is over” (as shown by the Bank of England data)."
    ) in ([], [("the squeeze is over", None)])


def test_name_inside_a_relative_clause_is_not_the_speaker() -> None:
    assert _speakers(
        "Two analysts who spoke to The Times said the boom was “over”.",
        "Officials said that Anna Berg had called the plan “a disgrace”.",
    ) == [("over", "Two analysts"), ("a disgrace", "Anna Berg")]


def test_passive_described_as_with_an_agent_after_it() -> None:
    # The agent after the quotation says it, a description as well as a name ...
    assert _speakers("The move has been described as ‘untested’ by several lawyers.") == [
        ("untested", "several lawyers")
    ]
    # ... and "by" with no one after it is no agent.
    assert _quotes("Results arrived “within days” by the end of the year.") == ()
