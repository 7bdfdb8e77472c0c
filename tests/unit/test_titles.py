"""Section titles: short, unique, topical, compressed from a central sentence, never a fragment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing import data
from briefing.analysis.sections import find_sections
from briefing.analysis.sections.terms import tokenize
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
        assert not title[0].islower(), title  # sentence case ("£6.5 billion ..." too)


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


# --- titles an editor would write (issue 13) ------------------------------------------------

_SECTIONS = [
    [
        "Peru's Congress removed President Dina Boluarte, and José Jerí, the head of Congress, "
        "was sworn in as interim president of Peru before dawn.",
        "José Jerí promised elections on schedule, and Congress backed his cabinet of "
        "technocrats as protests over crime spread through Lima.",
    ],
    [
        "The administration wasn't interested in working with allies, and the trade war between "
        "Washington and Beijing hardened through new tariffs on steel and chips.",
        "Tariffs on steel and chips rose again, and the trade war between Washington and Beijing "
        "spread to rare earths.",
    ],
    [
        "Against the backdrop of the invasion, Kazakhstan courted investors for a £6.5 billion "
        "railway across the Caspian steppe.",
        "The £6.5 billion railway would carry Kazakh grain and oil to Caspian ports, and "
        "investors in the railway want guarantees.",
    ],
    [
        "Jane Doe is a senior fellow at the Centre for Strategic Foresight and holds the Smith "
        "Chair in Energy Studies.",
        "Drought cut the hydropower output of the Nile dams, and Egypt and Sudan rationed "
        "electricity as dams ran low in the drought.",
    ],
]


def _editor_titles() -> tuple[Article, list[tuple[int, int]], list[str]]:
    paragraphs = [text for section in _SECTIONS for text in section]
    spans, first = [], 0
    for section in _SECTIONS:
        spans.append((first, first + len(section)))
        first += len(section)
    return _article(paragraphs), spans, _titles(paragraphs, spans)


def test_titles_are_short_noun_phrases_never_ending_on_a_function_word() -> None:
    article, spans, titles = _editor_titles()
    _assert_well_formed(article, titles, spans)
    for title in titles:
        last = title.split()[-1].lower()
        assert not last.endswith(("n't", "n’t")), title
        assert last not in {"wasn't", "can't", "doesn't", "is", "was", "has", "to", "between"}


def test_accented_names_are_whole_words() -> None:
    """"José Jerí" is two words: a title never shows "Jos é Jer í"."""
    article, spans, titles = _editor_titles()
    text = " ".join(paragraph.text for paragraph in article.paragraphs)
    for title in titles:
        for word in title.replace(":", "").split():
            whole = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
            assert whole.search(text), (word, title)
    assert "José" in titles[0] or "Jerí" in titles[0] or "Peru" in titles[0], titles[0]


def test_tokenizers_keep_words_of_any_script_whole() -> None:
    from briefing.analysis.sections.word_classes import TOKEN

    assert TOKEN.findall("José Jerí, Sikorski’s £6.5 billion") == [
        "José", "Jerí", ",", "Sikorski’s", "£6.5", "billion"
    ]  # fmt: skip
    tokens = tokenize(["Radosław Sikorski met José Jerí in Łódź."])[0]
    words = [word[0].lower() for word in tokens if word]
    assert words == ["radosław", "sikorski", "met", "josé", "jerí", "łódź"]


def test_titles_are_never_a_verb_fragment_or_a_cut_coordination() -> None:
    _, _, titles = _editor_titles()
    assert "wasn" not in titles[1].lower(), titles[1]
    if "between" in titles[1].lower():
        assert " and " in titles[1], titles[1]


def test_amounts_stay_whole_and_frames_are_not_topics() -> None:
    _, _, titles = _editor_titles()
    assert not titles[2].lower().startswith("backdrop"), titles[2]
    assert "6" not in titles[2].split(), titles[2]  # "£6.5 billion", never "6"


def test_titles_never_come_from_a_bio() -> None:
    _, _, titles = _editor_titles()
    lowered = titles[3].lower()
    assert not any(word in lowered for word in ("fellow", "centre", "chair", "jane")), titles[3]
    assert any(word in lowered for word in ("drought", "dams", "hydropower", "nile")), titles[3]


def test_every_title_is_at_most_six_words_on_varied_text() -> None:
    """A property over many sections: at most six words, never ending on a function word."""
    paragraphs = [text for section in _SECTIONS for text in section] + LONG_TEXT
    spans = [(index, index + 1) for index in range(len(paragraphs))]
    titles = _titles(paragraphs, spans)
    for title in titles:
        words = title.replace(":", "").split()
        assert 1 <= len(words) <= MAX_WORDS, title
        assert words[-1].lower().strip("’'") not in FUNCTION_WORDS, title


LONG_TEXT = [
    "In the wake of the floods, the government of Pakistan asked the IMF for emergency help.",
    "What remains unclear is whether the ceasefire between Armenia and Azerbaijan will hold.",
    "It is worth noting that the number of refugees in Chad rose by a third in four months.",
    "Russia's economy has entered a phase in which it can't afford to climb back down.",
    "Officials of the Institute for the Study of War said the offensive had stalled.",
]


def test_an_interview_section_is_titled_by_its_question() -> None:
    paragraphs = [
        "Jane Roe: What are the main policy continuities from the last administration?",
        "John Doe: Tariffs stayed, and the trade talks with Beijing stayed frozen for a year.",
        "Tariffs on steel stayed too, and exporters in Ohio kept paying them.",
    ]
    (title,) = _titles(paragraphs, [(0, 3)])
    assert "continuities" in title.lower(), title
    assert "jane" not in title.lower() and "john" not in title.lower(), title


def test_a_route_between_two_names_is_kept_whole_or_not_at_all() -> None:
    paragraphs = [
        "The burden of military aid shifted from the US to the EU as Washington cut support.",
        "A conflict between Serbia and Kosovo flared again over licence plates at the border.",
    ]
    titles = _titles(paragraphs, [(0, 1), (1, 2)])
    assert titles[0] != "US to the EU", titles
    assert "between" not in titles[1] or "and" in titles[1], titles


def test_names_with_a_possessive_keep_their_capital() -> None:
    paragraphs = [
        "Canadian mills were hit when Trump’s tariffs on steel doubled in March.",
        "Trump’s tariffs on steel stayed in place, and Trump’s tariffs on aluminium followed.",
    ]
    (title,) = _titles(paragraphs, [(0, 2)])
    assert "Trump’s" in title, title  # never "trump’s" in lower case


def test_a_vague_head_ranks_below_a_topic() -> None:
    paragraphs = [
        "The most significant change is that Nordic grid operators now share reserve power.",
        "Nordic grid operators share reserve power across borders, so a grid failure in one "
        "country draws reserve power from the others.",
    ]
    (title,) = _titles(paragraphs, [(0, 2)])
    assert "change" not in title.lower(), title


def test_titles_bench_lists_self_made_titles(corpus: Path) -> None:
    """bench/titles.py stays runnable on the policy-dev articles (skips without the corpus)."""
    import sys as _sys

    root = Path(__file__).resolve().parents[2]
    _sys.path.insert(0, str(root))
    from bench.titles import rows

    table = rows(corpus / "policy-dev")
    made = [row for row in table if row[1] == "made"]
    assert made, table[:5]
    for _, _, _, title in made:
        words = title.replace(":", "").split()
        assert 1 <= len(words) <= MAX_WORDS, title
        assert words[-1].lower().strip("’'") not in FUNCTION_WORDS, title
