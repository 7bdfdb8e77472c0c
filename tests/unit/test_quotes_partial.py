"""Partial quotations: short words in marks that a named speaker's cue governs are the speaker's
words, while the same words with no speaker or cue stay terms (issue 11, "what a quote is").

Each test pairs a sentence where the rule makes a quotation with one where the words stay a term.
"""

from __future__ import annotations

from briefing.analysis.actors import find_actors
from briefing.analysis.quotes import find_quotes
from briefing.analysis.sentences import split_sentences
from briefing.model import Article, Metadata, Paragraph


def _texts(*paragraphs: str) -> list[str]:
    article = Article(
        Metadata(title="test"),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
    )
    sentences = split_sentences(article)
    actors = find_actors(article, sentences)
    return [quote.text for quote in find_quotes(article, sentences, actors)]


def test_a_label_in_the_that_clause_of_a_named_speaker_is_a_partial_quotation() -> None:
    quoted = _texts(
        "“We will win,” the retired admiral said, insisting that his party offers a “sensible”"
        " plan for the harbour."
    )
    assert "sensible" in quoted
    plain = _texts("The council adopted a “sensible” plan for the harbour on Tuesday.")
    assert "sensible" not in plain


def test_what_a_speaker_calls_something_with_a_is_their_words_but_a_name_with_the_is_not() -> None:
    assert "shameful betrayal" in _texts(
        "Mayor Helga Lindqvist condemned what she called a “shameful betrayal” of the port workers."
    )
    assert "Nordic model" not in _texts(
        "Mayor Helga Lindqvist praised what she calls the “Nordic model” of port governance."
    )
    assert "harbour deficit" not in _texts(
        "We measure the gap with what we call a “harbour deficit” across the ports."
    )


def test_a_name_a_speaker_calls_someone_is_their_words_but_a_title_alone_is_not() -> None:
    quoted = _texts(
        "Senator Okafor called the veteran harbour master “Captain Chaos” at the rally."
    )
    assert "Captain Chaos" in quoted
    assert "Captain Chaos" not in _texts(
        "The veteran harbour master, known locally as “Captain Chaos”, retired in May."
    )


def test_the_next_items_of_a_quoted_list_are_quotations_too() -> None:
    quoted = _texts(
        "Senator Okafor called the minister a “reckless gambler,” a “Harbour Hustler” and"
        " “Lord Dredge.”"
    )
    assert quoted == ["reckless gambler,", "Harbour Hustler", "Lord Dredge."]
    assert _texts("Tickets for “Harbour Lights” and “Sea Shanties” sold out in an hour.") == []


def test_a_sentence_closed_by_according_to_attributes_its_words_in_marks() -> None:
    assert "sit-in" in _texts(
        "More than 5,000 dockers joined a coastwide “sit-in” at 40 ports, according to the"
        " union that organised it."
    )
    plain = _texts("More than 5,000 dockers joined a coastwide “sit-in” at 40 ports.")
    assert "sit-in" not in plain


def test_a_cue_as_its_complement_is_what_the_speaker_calls_it() -> None:
    assert "pay or leave" in _texts(
        "Captain Ruiz criticised the levy, which the union condemned as a “pay or leave” scheme."
    )
    assert "pay or leave" not in _texts("The levy works as a “pay or leave” scheme for the ports.")


def test_written_by_after_the_quotation_names_its_author() -> None:
    quoted = _texts(
        "“Harbour of Dreams (Part Two)” was written by Ingrid Solberg after the strike of 1988."
    )
    assert quoted == ["Harbour of Dreams (Part Two)"]
    assert _texts("“Harbour of Dreams (Part Two)” was followed by Ingrid Solberg’s memoir.") == []


def test_two_sentences_in_marks_are_not_a_title() -> None:
    quoted = _texts(
        "“Here comes the Captain,” the docker said, waving. “The Captain. Our Captain.”"
    )
    assert quoted == ["Here comes the Captain,", "The Captain. Our Captain."]
    assert _texts("The port named its new ferry “The Captain” last week.") == []


def test_a_that_clause_after_the_cue_s_object_is_reported_but_a_relative_that_is_not() -> None:
    assert "reckless" in _texts(
        "Captain Ruiz told Radio Harbour on Monday that the board expects the pilots to stop"
        " their “reckless” manoeuvres by winter."
    )
    assert "Harbour Gala" not in _texts(
        "Captain Ruiz praised the crews of the 1988 strike that closed the port during a"
        " “Harbour Gala” hosted by the union."
    )


def test_a_prepositional_phrase_after_a_naming_cue_is_not_its_object() -> None:
    assert "Night Watch" not in _texts(
        "By noon, Captain Ruiz began taking calls from listeners to his “Night Watch” radio show."
    )


def test_cite_is_a_cue() -> None:
    assert "well-founded" in _texts(
        "Although the ministry denies them, a port authority review cites “well-founded”"
        " complaints of smuggling."
    )
    assert "well-founded" not in _texts(
        "Although the ministry denies them, “well-founded” complaints of smuggling persist."
    )


def test_a_so_called_label_stays_a_term_even_in_reported_speech() -> None:
    quoted = _texts(
        "Captain Ruiz argued that the so-called “pilot scheme” had failed the smaller ports."
    )
    assert "pilot scheme" not in quoted
