"""So what: the seed's bottom line, judgments with ICD bands, implications and what to watch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.analysis.sentences import split_sentences
from briefing.analysis.sowhat import find_so_what
from briefing.model import Article, Metadata, Paragraph, Section, SoWhat

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
    # The bottom line's sentences are not repeated as judgments.
    assert not any("full split between Yerevan" in j.text for j in judgments)
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
    spans = [judgment.span for judgment in so_what.key_judgments]
    spans += [point.span for point in (*so_what.implications, *so_what.watch)]
    spans.append(so_what.bottom_line.span)
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
