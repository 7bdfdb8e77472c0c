"""Section titles: short, unique, topical, compressed from a central sentence, never a fragment."""

from __future__ import annotations

import pytest

from briefing import data
from briefing.analysis.sections import find_sections
from briefing.analysis.sections.segment import tokenize
from briefing.analysis.sentences import split_sentences
from briefing.analysis.sections.titles import MAX_WORDS, name_sections
from briefing.model import Article, Metadata, Paragraph
from tests.unit.test_sections import _seed_body

FUNCTION_WORDS = {
    "a", "an", "the", "of", "in", "to", "for", "from", "with", "and", "or", "but", "on", "at",
    "by", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "that",
    "which", "its", "their", "his", "her", "as", "than", "it", "this", "these",
}  # fmt: skip


def _article(paragraphs: list[str]) -> Article:
    return Article(
        meta=Metadata(title="Test"),
        paragraphs=tuple(Paragraph(index, text) for index, text in enumerate(paragraphs)),
    )


def _titles(paragraphs: list[str], spans: list[tuple[int, int]]) -> list[str]:
    article = _article(paragraphs)
    tokens = tokenize(paragraphs)
    return name_sections(article, spans, (), [""] * len(spans), tokens)


def _assert_well_formed(article: Article, titles: list[str], spans) -> None:
    assert len({title.casefold() for title in titles}) == len(titles), titles
    for title, (first, _) in zip(titles, spans, strict=True):
        words = title.replace(":", "").split()
        assert 1 <= len(words) <= MAX_WORDS, title
        assert words[-1].lower().strip("’'") not in FUNCTION_WORDS, title
        opening = " ".join(article.paragraphs[first].text.split()[:MAX_WORDS]).casefold()
        assert not opening.startswith(title.casefold()), title
        assert title[0].isupper(), title


@pytest.fixture(scope="module")
def seed_sections():
    article = _article(_seed_body())
    return article, find_sections(article, split_sentences(article), ())


def test_seed_titles_are_short_unique_and_not_opening_words(seed_sections) -> None:
    article, sections = seed_sections
    titles = [section.title for section in sections]
    _assert_well_formed(article, titles, [(s.first, s.end) for s in sections])


def test_seed_titles_name_the_argument(seed_sections) -> None:
    _, sections = seed_sections
    titles = [section.title for section in sections]
    assert sections[-1].title.startswith("Outlook: "), titles
    drift = next(section for section in sections if 3 in section)
    assert "moscow" in drift.title.lower() or "drift" in drift.title.lower(), titles
    # no title is a bare list of names or a one-word label
    assert all(len(title.split()) >= 2 for title in titles), titles


def test_sentence_case_keeps_names() -> None:
    paragraphs = [
        "The Danube Commission met in Vienna to discuss river shipping and dredging.",
        "Barges on the Danube carry grain, and dredging keeps the river shipping lanes open.",
    ]
    (title,) = _titles(paragraphs, [(0, 2)])
    words = title.split()
    assert words[0][0].isupper()
    for word in words[1:]:
        assert word[0].islower() or word in ("Danube", "Commission", "Vienna"), title


def test_hand_made_sections_get_their_own_topics() -> None:
    paragraphs = [
        "The central bank raised interest rates to curb inflation.",
        "Higher interest rates make mortgages dearer, and inflation has eased since then.",
        "The football league opened its season with a derby.",
        "The home side won the derby with a late goal from its young striker.",
    ]
    titles = _titles(paragraphs, [(0, 2), (2, 4)])
    assert any(word in titles[0].lower() for word in ("interest", "rates", "inflation", "bank"))
    assert any(word in titles[1].lower() for word in ("derby", "league", "football", "goal"))
    _assert_well_formed(_article(paragraphs), titles, [(0, 2), (2, 4)])


def test_a_subject_and_its_prepositional_predicate_make_a_title() -> None:
    """ "relations had long been in decline" compresses to "relations in decline"."""
    paragraphs = [
        "Trade relations between the two ports had long been in decline.",
        "Trade fell as tariffs rose, and shipping between the ports slowed to a trickle.",
    ]
    (title,) = _titles(paragraphs, [(0, 2)])
    assert "decline" in title.lower() or "trade" in title.lower(), title
    assert not title.lower().endswith(("had", "been", "long"))


def test_closing_section_is_an_outlook() -> None:
    paragraphs = [
        "The drought cut the wheat harvest by half and prices rose in every market.",
        "Farmers sold cattle to pay debts as the wheat harvest failed again.",
        "Looking ahead, the government is likely to import wheat next year to keep bread cheap.",
    ]
    titles = _titles(paragraphs, [(0, 2), (2, 3)])
    assert titles[1].startswith("Outlook"), titles
    assert len(titles[1].replace(":", "").split()) <= MAX_WORDS


def test_one_paragraph_article() -> None:
    article = _article(["Sanctions on Iranian oil exports tightened as tankers were seized."])
    (section,) = find_sections(article, split_sentences(article), ())
    assert section.title
    assert len(section.title.split()) <= MAX_WORDS
    assert section.title.split()[-1].lower() not in FUNCTION_WORDS
    assert any(word in section.title.lower() for word in ("sanctions", "oil", "exports", "tankers"))


def test_repeated_sections_stay_unique() -> None:
    paragraphs = ["The volcano erupted and lava reached the villages below the crater."] * 6
    spans = [(index, index + 1) for index in range(6)]
    titles = _titles(paragraphs, spans)
    assert len({title.casefold() for title in titles}) == 6, titles


def test_lexicon_words_are_strings() -> None:
    """YAML 1.1 reads bare no/on/off/yes/true/false as booleans: every entry must be text."""
    table = data.load("title_words.yaml")
    for name, words in table.items():
        assert all(isinstance(word, str) for word in words), name
