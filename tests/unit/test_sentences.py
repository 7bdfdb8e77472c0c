"""The sentence splitter on the cases policy prose throws at it."""

from __future__ import annotations

import pytest

from briefing.analysis.sentences import split_paragraph, split_sentences
from briefing.model import Article, Metadata, Paragraph


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_paragraph(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose. It fell.", ["It rose.", "It fell."]),
        ("Is it? Yes! No.", ["Is it?", "Yes!", "No."]),
        (
            "Gen. Smith met Dr. Jones on Jan. 5 in the capital. He left.",
            ["Gen. Smith met Dr. Jones on Jan. 5 in the capital.", "He left."],
        ),
        ("Growth was 3.5 percent. It rose.", ["Growth was 3.5 percent.", "It rose."]),
        ("J. K. Rowling wrote it. She is British.", ["J. K. Rowling wrote it.", "She is British."]),
        ("The U.N. Security Council met.", ["The U.N. Security Council met."]),
        ("It went to the U.S. The talks failed.", ["It went to the U.S.", "The talks failed."]),
        ("Troops, e.g. those in Gyumri, stayed.", ["Troops, e.g. those in Gyumri, stayed."]),
        ("lower case after a stop. does not split", ["lower case after a stop. does not split"]),
    ],
)
def test_splits_where_a_reader_would(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_multi_sentence_quotation_stays_whole() -> None:
    text = "He said, “We will win. They will lose.” Then he left."
    assert sentences(text) == ["He said, “We will win. They will lose.”", "Then he left."]


def test_a_sentence_ending_inside_a_quote_splits_after_the_mark() -> None:
    text = "He called it a “strategic mistake.” Armenia agreed."
    assert sentences(text) == ["He called it a “strategic mistake.”", "Armenia agreed."]


def test_unbalanced_quotes_do_not_swallow_the_paragraph() -> None:
    text = "He said “we will see. Nobody knows. It is late."
    assert len(sentences(text)) == 3


def test_offsets_point_at_the_sentence_text() -> None:
    article = Article(
        Metadata("t"),
        (Paragraph(0, "  One. Two three.  "), Paragraph(1, "Four?")),
    )
    found = split_sentences(article)
    assert [sentence.text for sentence in found] == ["One.", "Two three.", "Four?"]
    for sentence in found:
        assert article.text_of(sentence.span) == sentence.text
    assert found[2].span.paragraph == 1


def test_empty_and_blank_paragraphs_give_no_sentences() -> None:
    assert sentences("") == []
    assert sentences("   ") == []
