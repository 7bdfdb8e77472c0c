"""The reader's analysis cache: a hit returns the stored analysis, any change misses."""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis_cache import analyze_cached, cache_folder, key
from briefing.model import Article, Briefing, Metadata, Paragraph, Section, SoWhat


def article(text: str) -> Article:
    return Article(Metadata(title="T"), (Paragraph(0, text),))


def fake_analysis(calls: list[Article]):  # type: ignore[no-untyped-def]
    def analyze(given: Article) -> Briefing:
        calls.append(given)
        return Briefing(given, (), (Section("S", 0, 1),), (), (), SoWhat(), ())

    return analyze


def test_second_opening_is_a_hit_and_a_change_misses() -> None:
    calls: list[Article] = []
    analyze = fake_analysis(calls)
    first = analyze_cached(article("Some text."), analyze)
    again = analyze_cached(article("Some text."), analyze)
    assert again == first and len(calls) == 1, "the same article is analysed once"
    analyze_cached(article("Other text."), analyze)
    assert len(calls) == 2
    retitled = replace(article("Some text."), meta=Metadata(title="U"))
    assert key(retitled) != key(article("Some text."))


def test_a_corrupt_cache_file_is_a_miss() -> None:
    calls: list[Article] = []
    analyze = fake_analysis(calls)
    analyze_cached(article("Text."), analyze)
    for file in cache_folder().glob("*.bin"):
        file.write_bytes(b"not a cache file")
    analyze_cached(article("Text."), analyze)
    assert len(calls) == 2
