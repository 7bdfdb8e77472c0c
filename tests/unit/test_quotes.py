"""The quotes stage: quotation marks, speakers, cues, terms, spans, and its corpus measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.actors import find_actors
from briefing.analysis.quotes import find_quotes
from briefing.analysis.sentences import split_sentences
from briefing.model import Actor, ActorKind, Article, Mention, Metadata, Paragraph, Quote, Span

SEED_QUOTES = {
    "absolute indifference": "Pashinyan",
    "strategic mistake.": "Pashinyan",
    "transfer of humanitarian aid to Kyiv’s Nazi regime.": "Russian officials",
    "extremely hostile": "Kremlin",
    "diversify": "Pashinyan",
    "military adventures in foreign, Azeri, lands.": "Russian official",
    "countries having bilateral security obligations to Armenia.": "Pashinyan",
    "have not seen the advantages": "Pashinyan",
    "Ukraine number 3,": "Russian official",
}


def _article(*paragraphs: str) -> Article:
    return Article(
        Metadata(title="test"),
        tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
    )


def _quotes(article: Article, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    return find_quotes(article, split_sentences(article), actors)


@pytest.fixture
def seed_body(seed_path: Path) -> Article:
    """The seed's 12 body paragraphs, from "What might be described" to "against Moscow."."""
    blocks = [block.strip() for block in seed_path.read_text(encoding="utf-8").split("\n\n")]
    blocks = [block for block in blocks if block]
    first = next(i for i, block in enumerate(blocks) if block.startswith("What might"))
    last = next(i for i, block in enumerate(blocks) if block.endswith("against Moscow."))
    return _article(*blocks[first : last + 1])


def test_seed_has_exactly_the_nine_quotes_with_their_speakers(seed_body: Article) -> None:
    quotes = _quotes(seed_body)
    assert [quote.text for quote in quotes] == list(SEED_QUOTES)
    for quote in quotes:
        expected = SEED_QUOTES[quote.text]
        assert quote.speaker is not None and quote.speaker.endswith(expected), quote
    pashinyan = [quote for quote in quotes if SEED_QUOTES[quote.text] == "Pashinyan"]
    assert {quote.speaker for quote in pashinyan} == {"Pashinyan"}


def test_seed_cues(seed_body: Article) -> None:
    cues = {quote.text: quote.cue for quote in _quotes(seed_body)}
    assert cues["absolute indifference"] == "accused"
    assert cues["strategic mistake."] == "called"
    assert cues["extremely hostile"] == "described ... as"
    assert cues["military adventures in foreign, Azeri, lands."] == "termed"
    assert cues["Ukraine number 3,"] == "warned"
    assert cues["diversify"] == "stated"


def test_seed_through_the_real_actors_stage(seed_body: Article) -> None:
    sentences = split_sentences(seed_body)
    actors = find_actors(seed_body, sentences)
    quotes = find_quotes(seed_body, sentences, actors)
    assert [quote.text for quote in quotes] == list(SEED_QUOTES)
    by_text = {quote.text: quote for quote in quotes}
    hostile = by_text["extremely hostile"]
    assert hostile.speaker in {"Russia", "Kremlin"}
    for text, expected in SEED_QUOTES.items():
        if expected == "Pashinyan":
            assert by_text[text].speaker is not None and "Pashinyan" in by_text[text].speaker
            assert by_text[text].speaker_is_actor
    assert by_text["Ukraine number 3,"].speaker == "a Russian official"
    assert not by_text["Ukraine number 3,"].speaker_is_actor


def test_span_text_equals_quote_text_without_marks(seed_body: Article) -> None:
    for quote in _quotes(seed_body):
        assert quote.span is not None
        assert seed_body.text_of(quote.span) == quote.text
        paragraph = seed_body.paragraphs[quote.span.paragraph].text
        assert paragraph[quote.span.start - 1] in '“"'
        assert not quote.text.startswith(("“", '"')) and not quote.text.endswith(("”", '"'))


def test_coalition_of_the_willing_is_a_title_not_a_quote() -> None:
    article = _article(
        "Georgia courted Washington’s support for years, even participating in the Iraq War’s "
        "“Coalition of the Willing.” Later it paid for it."
    )
    assert _quotes(article) == ()


def test_short_scare_quote_with_a_cue_is_a_quote() -> None:
    article = _article("Pashinyan stated that he is now looking to “diversify” Armenia’s policy.")
    (quote,) = _quotes(article)
    assert (quote.text, quote.speaker, quote.cue) == ("diversify", "Pashinyan", "stated")


def test_straight_quotes_and_inverted_cue() -> None:
    article = _article(
        'The plan is "a disaster for the region," said Jane Smith, a senior fellow at the '
        'institute. "Nobody wants it."'
    )
    quotes = _quotes(article)
    assert [quote.text for quote in quotes] == ["a disaster for the region,", "Nobody wants it."]
    assert [quote.speaker for quote in quotes] == ["Jane Smith", "Jane Smith"]
    assert quotes[0].cue == "said"


def test_speaker_and_cue_after_the_quote() -> None:
    article = _article("“We will not join NATO,” Foreign Minister Ararat Mirzoyan said on Monday.")
    (quote,) = _quotes(article)
    assert quote.speaker == "Ararat Mirzoyan"
    assert quote.cue == "said"


def test_multi_paragraph_quotation_keeps_its_speaker() -> None:
    article = _article(
        "The minister, Anna Petrova, told reporters: “The first thing is security. We cannot wait.",
        "“The second thing is trade, and that will take years.”",
        "Analysts were sceptical.",
    )
    quotes = _quotes(article)
    assert [quote.span.paragraph for quote in quotes if quote.span] == [0, 1]
    assert quotes[0].text == "The first thing is security. We cannot wait."
    assert [quote.speaker for quote in quotes] == ["Anna Petrova", "Anna Petrova"]


def test_pronoun_resolves_to_the_nearest_person() -> None:
    article = _article(
        "Senator Maria Lopez visited the border on Tuesday. Officials met her at the gate.",
        "“This cannot go on,” she said.",
    )
    (quote,) = _quotes(article)
    assert quote.speaker == "Maria Lopez"


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    article = _article(
        "Mrs. Clark said the deal was dead. Mr. Brown disagreed.",
        "“It is not over,” she said.",
    )
    (quote,) = _quotes(article)
    assert quote.speaker == "Clark"


def test_actor_mentions_give_the_canonical_name() -> None:
    text = "The Kremlin called the decision “a provocation.”"
    russia = Actor(
        "Russia",
        ActorKind.COUNTRY,
        aliases=("Kremlin",),
        mentions=(Mention(Span(0, 4, 11), "Kremlin"),),
    )
    (quote,) = _quotes(_article(text), (russia,))
    assert quote.speaker == "Russia"
    assert quote.speaker_is_actor


def test_surname_maps_to_a_person_actor_without_a_mention() -> None:
    person = Actor("Nikol Pashinyan", ActorKind.PERSON, aliases=("Pashinyan",))
    (quote,) = _quotes(_article("Pashinyan called it a “strategic mistake.”"), (person,))
    assert quote.speaker == "Nikol Pashinyan"


def test_description_is_kept_even_when_its_demonym_is_an_actor() -> None:
    text = "Russian officials accused them of the “transfer of aid to a hostile regime.”"
    russia = Actor("Russia", ActorKind.COUNTRY, mentions=(Mention(Span(0, 0, 7), "Russian"),))
    (quote,) = _quotes(_article(text), (russia,))
    assert quote.speaker == "Russian officials"
    assert not quote.speaker_is_actor


def test_markup_attributes_are_not_quotes() -> None:
    article = _article('<blockquote class="twitter-tweet" author="someone">Vote!</blockquote>')
    assert _quotes(article) == ()


@pytest.mark.parametrize(
    "text",
    [
        "He said “unbalanced and never closed",
        "A closing mark alone” and then “another",
        "“Nested ‘single’ and “double” marks” confuse “people",
        '"" and "',
        "”“”“",
        "",
    ],
)
def test_unbalanced_and_nested_marks_do_not_crash(text: str) -> None:
    article = _article(text) if text else _article()
    for quote in _quotes(article):
        assert quote.span is not None
        assert article.text_of(quote.span) == quote.text
        assert quote.text.strip()


def test_quotes_come_in_reading_order_on_a_long_text(seed_body: Article) -> None:
    big = _article(*(paragraph.text for paragraph in seed_body.paragraphs * 40))
    quotes = find_quotes(big, split_sentences(big), ())
    assert len(quotes) == 9 * 40
    assert [quote.span for quote in quotes] == sorted(quote.span for quote in quotes if quote.span)


def test_corpus_measure_smoke(corpus: Path) -> None:
    from bench.measures.quotes import scores

    figures = scores(corpus, limit=5)
    assert set(figures) >= {"recall", "precision", "speaker_accuracy"}
    assert figures["recall"] > 0.8
    assert figures["precision"] > 0.8
    assert figures["speaker_accuracy"] > 0.5
