"""Quotes in every convention with their speakers, and the words in marks that are not quotes.

Each test writes its own article of the kind in ../shared/cases (01 German marks, 02 guillemets,
09 a speaker's name followed by a new sentence, 12 British single marks).
"""

from __future__ import annotations

from briefing.analysis.actors import find_actors
from briefing.analysis.quotes import find_quotes
from briefing.analysis.sentences import split_sentences
from briefing.model import (
    Actor,
    ActorKind,
    Article,
    Mention,
    Metadata,
    Paragraph,
    Quote,
    Span,
)


def _quotes(*paragraphs: str, actors: bool = True) -> tuple[Quote, ...]:
    article = Article(
        Metadata(title="test"),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
    )
    sentences = split_sentences(article)
    found = find_actors(article, sentences) if actors else ()
    return find_quotes(article, sentences, found)


def _triples(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None, str | None]]:
    return [(quote.text, quote.speaker, quote.cue) for quote in quotes]


def test_german_low_high_marks() -> None:
    quotes = _quotes(
        "The chancellor told the Bundestag that Berlin would „never send ground forces to the"
        " region“ and that the coalition stood together.",
        "The finance minister added that the budget needed „two more years, not one” to recover.",
    )
    assert _triples(quotes) == [
        ("never send ground forces to the region", "The chancellor", "told"),
        ("two more years, not one", "The finance minister", "added"),
    ]


def test_guillemets_french_and_german() -> None:
    quotes = _quotes(
        "The French president said the operation had been «a victory nobody will admit» and"
        " that troops would stay.",
        "The foreign minister said on Monday that Paris would « keep its embassy open ».",
        "The chancellor said Berlin would »not send any troops« this year.",
    )
    texts = [quote.text for quote in quotes]
    assert texts == [
        "a victory nobody will admit",
        "keep its embassy open",
        "not send any troops",
    ]
    assert [quote.speaker for quote in quotes] == [
        "The French president",
        "The foreign minister",
        "The chancellor",
    ]
    assert [quote.cue for quote in quotes] == ["said", "said", "said"]


def test_the_speaker_ends_at_the_end_of_its_sentence() -> None:
    quotes = _quotes(
        '"We will hold the line. Nothing has changed," said Foreign Minister Lena Vogt. She'
        " added that more aid would follow.",
        '"The next tranche is ready," said Defence Minister Paul Brandt. He gave no date.',
    )
    assert _triples(quotes) == [
        ("We will hold the line. Nothing has changed,", "Lena Vogt", "said"),
        ("The next tranche is ready,", "Paul Brandt", "said"),
    ]


def test_british_single_marks_and_apostrophes() -> None:
    quotes = _quotes(
        "The home secretary said the scheme was ‘the only fair way to settle claims’ and said"
        " it's Labour's plan that failed.",
        "‘We will not be told what to do by the courts,’ the prime minister told reporters."
        " The party's leader said nothing.",
        "The chancellor said the rise was 'a price worth paying' for growth.",
    )
    assert _triples(quotes) == [
        ("the only fair way to settle claims", "The home secretary", "said"),
        ("We will not be told what to do by the courts,", "the prime minister", "told"),
        ("a price worth paying", "The chancellor", "said"),
    ]


def test_scare_quotes_terms_and_titles_are_not_quotes() -> None:
    quotes = _quotes(
        "The country has long relied on a strategy of “forward defence” in the region.",
        "Beijing’s growing use of “gray zone” tactics worries Taipei.",
        "The so-called “twelve-day war” changed the calculus. Hence the recent “indirect”"
        " election.",
        "A report titled “The Red Forty: Hackers Who Built an Industry” charts the story.",
        "Smith, J (2019), “Understanding oil prices and their shocks”, Energy Journal.",
        "Analysts warned, however, that “the window for talks is closing fast,” said Ana Ruiz.",
    )
    assert [quote.text for quote in quotes] == ["the window for talks is closing fast,"]
    assert quotes[0].speaker == "Ana Ruiz"


def test_sentence_openers_are_never_speakers() -> None:
    quotes = _quotes(
        "Importantly, the spokesperson of the ministry told reporters: “Nothing will change"
        " in our position, whatever happens.”",
        "Similarly, the court found the measures “proportionate, lawful and necessary in a"
        " democratic society.”",
    )
    assert quotes[0].speaker in {"the spokesperson of the ministry", "the ministry"}
    assert all(quote.speaker not in {"Importantly", "Similarly"} for quote in quotes)


def test_pronoun_resolves_to_the_person_of_the_right_gender() -> None:
    quotes = _quotes(
        "Prime Minister Maria Keller met President John Hale in Vienna on Tuesday.",
        "“We agreed on nothing yet,” she said. “But we will meet again,” he added.",
        actors=False,
    )
    assert [quote.speaker for quote in quotes] == ["Maria Keller", "John Hale"]


def test_he_added_goes_to_the_last_speaker() -> None:
    quotes = _quotes(
        "“The deal is dead,” said Senator Tom Ruiz. “And everybody knows it,” he added.",
    )
    assert [quote.speaker for quote in quotes] == ["Tom Ruiz", "Tom Ruiz"]


def test_institutional_speaker_in_a_statement() -> None:
    quotes = _quotes(
        "In a statement, the ministry said the strikes were “a grave violation of international"
        " law.”",
    )
    assert _triples(quotes) == [
        ("a grave violation of international law.", "the ministry", "said"),
    ]


def test_a_possessive_with_a_speech_noun_names_the_speaker() -> None:
    quotes = _quotes(
        "Fact-checkers examined Trump’s claim that there have been “thousands of shootings” in"
        " the city this year.",
        actors=False,
    )
    assert [(quote.text, quote.speaker) for quote in quotes] == [
        ("thousands of shootings", "Trump")
    ]


def test_a_passive_agent_after_the_quotation_is_its_speaker() -> None:
    quotes = _quotes(
        "Donors pledged less than half of the appeal, pledges deemed “gravely inadequate” by"
        " Médecins Sans Frontières.",
        actors=False,
    )
    assert [(quote.text, quote.speaker) for quote in quotes] == [
        ("gravely inadequate", "Médecins Sans Frontières")
    ]


def test_a_named_document_is_a_source() -> None:
    quotes = _quotes(
        "The Rio Treaty allows collective action only after an armed attack (Article 3), or"
        " “an aggression which is not an armed attack” (Article 6).",
        actors=False,
    )
    assert [(quote.text, quote.speaker) for quote in quotes] == [
        ("an aggression which is not an armed attack", "The Rio Treaty")
    ]


def test_what_someone_calls_a_thing_is_a_term_but_calling_someone_something_is_a_quote() -> None:
    quotes = _quotes(
        "The limits of what the former prime minister calls the “Sudanese model” of peace-making"
        " are clear.",
        "Announcing the endorsement, the flight attendants’ union called Clinton a “champion” for"
        " its members.",
        actors=False,
    )
    assert [quote.text for quote in quotes] == ["champion"]


def test_an_institutional_subject_is_the_institution_named_nearby() -> None:
    labour = Actor(
        "Labour Party",
        ActorKind.ORGANISATION,
        aliases=("Labour",),
        mentions=(Mention(Span(0, 0, 6), "Labour"),),
    )
    article = Article(
        Metadata(title="test"),
        (
            Paragraph(0, "Labour has pulled ahead in the polls."),
            Paragraph(
                1, "In a statement, the party said the result was “a clear mandate for change.”"
            ),
        ),
    )
    (quote,) = find_quotes(article, split_sentences(article), (labour,))
    assert (quote.speaker, quote.speaker_is_actor) == ("Labour Party", True)


def test_british_quotation_over_two_paragraphs_keeps_its_speaker() -> None:
    quotes = _quotes(
        "The home secretary, Joan Hart, told the Commons: ‘The first duty is security. We"
        " cannot wait for the others.",
        "‘The second duty is to the taxpayer, and that will take years.’",
        actors=False,
    )
    assert [quote.text for quote in quotes] == [
        "The first duty is security. We cannot wait for the others.",
        "The second duty is to the taxpayer, and that will take years.",
    ]
    assert [quote.speaker for quote in quotes] == ["Joan Hart", "Joan Hart"]
