"""A ceiling on the analysis's cost: past `ANALYSED_CHARACTERS` the text is shown, not analysed,
and a warning says so (issue 14, class 3)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import briefing.analysis.bounds as bounds
from briefing.analysis.pipeline import analyze
from briefing.cli import main
from briefing.ingest import load_article

PARAGRAPH = (
    "Officials in Moscow said on March {n} that talks with Armenia would resume, and the "
    "European Union said a deal was likely within weeks of meeting number {n}."
)


def _article(tmp_path: Path, paragraphs: int) -> Path:
    path = tmp_path / "long.txt"
    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(paragraphs))
    path.write_text(f"A Long Piece\n\n{body}\n", encoding="utf-8")
    return path


def test_a_text_over_the_bound_is_analysed_in_part_and_shown_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bounds, "ANALYSED_CHARACTERS", 5_000)
    article = load_article(_article(tmp_path, 200))
    briefing = analyze(article)
    assert briefing.article.paragraphs == article.paragraphs  # all of it is shown
    assert briefing.sections[0].first == 0
    assert briefing.sections[-1].end == len(article.paragraphs)
    mentions = [mention for actor in briefing.actors for mention in actor.mentions]
    analysed = max(mention.span.paragraph for mention in mentions)
    assert analysed < 5_000 // len(PARAGRAPH) + 1
    (warning,) = [w for w in briefing.article.meta.warnings if "analysis reads" in w]
    assert "long.txt" in warning and "5,000" in warning and "\n" not in warning


def test_a_text_within_the_bound_is_untouched(tmp_path: Path) -> None:
    article = load_article(_article(tmp_path, 20))
    assert bounds.analysed_part(article) is article
    assert not analyze(article).article.meta.warnings


def test_one_paragraph_longer_than_the_bound_is_cut(tmp_path: Path) -> None:
    article = load_article(_article(tmp_path, 3))
    head = bounds.analysed_part(article, limit=50)
    assert len(head.paragraphs) == 1 and len(head.paragraphs[0].text) == 50


def test_the_cli_says_what_was_not_analysed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bounds, "ANALYSED_CHARACTERS", 2_000)
    path = _article(tmp_path, 100)
    assert main(["analyze", str(path)]) == 0
    assert "warning:" in capsys.readouterr().err
    assert main(["export", str(path), "-o", "-", "-f", "txt"]) == 0
    assert "the analysis reads the first" in capsys.readouterr().err


def test_the_cost_is_bounded_whatever_the_length(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten times the text past the bound costs little more than the bound itself (a loose
    ratio: CI machines are noisy; the figures are in bench/memory.py)."""
    monkeypatch.setattr(bounds, "ANALYSED_CHARACTERS", 20_000)
    short = load_article(_article(tmp_path, 150))
    long = load_article(_article(tmp_path, 1_500))
    timings = []
    for article in (short, long):
        started = time.perf_counter()
        analyze(article)
        timings.append(time.perf_counter() - started)
    assert timings[1] < 4 * timings[0] + 0.5
