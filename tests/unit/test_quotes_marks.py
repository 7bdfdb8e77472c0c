"""Quotation marks in every convention: where each quoted stretch starts and ends."""

from __future__ import annotations

import pytest

from briefing.analysis.quotes.marks import ends_open, quoted_stretches


def _inside(text: str, continued: bool = False) -> list[str]:
    return [text[m.start : m.end] for m in quoted_stretches(0, text, continued)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said it was „a matter of weeks“ and left.", ["a matter of weeks"]),
        ("Poland wants „więcej broni” now, he said.", ["więcej broni"]),
        ("He called it «une erreur historique» on Monday.", ["une erreur historique"]),
        ("He called it « une erreur historique » on Monday.", ["une erreur historique"]),
        ("Sie nannte es »einen Fehler« und ging.", ["einen Fehler"]),
        ("Er sagte ›nein‹ dazu.", ["nein"]),
        ("She wrote ‹a short one› there.", ["a short one"]),
        ("The sign read 「立入禁止」 in red.", ["立入禁止"]),
        ("She said it was ‘a good deal for Britain’ before the vote.", ["a good deal for Britain"]),
        ("She said it was 'a good deal for Britain' before the vote.", ["a good deal for Britain"]),
        ("It's Labour's plan, and the party's leader said nothing.", []),
        ("The students’ union and the Saudis’ oil are not quoted.", []),
        ("‘It’s the workers’ money,’ she said.", ["It’s the workers’ money,"]),
        ("He said ‘the students’ union is wrong’ today.", ["the students’ union is wrong"]),
        ("In the ‘90s the region changed.", []),
    ],
)
def test_every_quotation_convention(text: str, expected: list[str]) -> None:
    assert _inside(text) == expected


def test_a_quotation_inside_a_quotation_belongs_to_the_outer_one() -> None:
    text = (
        "“They oppose ‘separatism’ and ‘two Chinas’ alike,” the office said."
        " ‘We “agree”,’ he said."
    )
    assert _inside(text) == ["They oppose ‘separatism’ and ‘two Chinas’ alike,", "We “agree”,"]


def test_a_curly_quotation_closed_with_a_straight_mark() -> None:
    assert _inside('“Deals are not a requirement," the chairman said.') == [
        "Deals are not a requirement,"
    ]


def test_multi_paragraph_quotation_runs_on_until_its_closing_mark() -> None:
    first = quoted_stretches(0, "He told the hearing: “The first thing is security.", False)
    assert ends_open(first)
    second = quoted_stretches(1, "“The second is trade.”", True)
    assert not ends_open(second)
    british = quoted_stretches(0, "She told the BBC: ‘We cannot wait for the others.", False)
    assert ends_open(british)


def test_markup_attributes_open_nothing() -> None:
    assert _inside('<div class="a" data-x="b">Vote</div>') == []
