"""The library search index: smart case, literal matching, fields, ranking and snippets."""

from __future__ import annotations

from pathlib import Path

from briefing.library.search import SearchIndex, find_all, is_case_sensitive, make_snippet


def test_smart_case() -> None:
    assert not is_case_sensitive("kremlin")
    assert is_case_sensitive("Kremlin")
    assert find_all("The Kremlin and the kremlin", "kremlin") == [4, 20]
    assert find_all("The Kremlin and the kremlin", "Kremlin") == [4]


def test_matching_is_literal_not_a_pattern() -> None:
    text = "See note [1] and [sic] (a.b) a*b"
    assert find_all(text, "[1]") == [9]
    assert find_all(text, "a.b") == [24]
    assert find_all(text, "a*b") == [29]
    assert find_all(text, "") == []


def test_offsets_survive_case_folding_that_changes_length() -> None:
    # "İ".lower() is two characters; offsets must still point into the original text
    text = "İstanbul and Ankara"
    (start,) = find_all(text, "ankara")
    assert text[start : start + 6] == "Ankara"


def test_index_searches_title_text_actors_and_quotes() -> None:
    index = SearchIndex()
    index.add(
        "a",
        title="Armenia looks west",
        paragraphs=["Yerevan turned to Brussels.", "The Kremlin was displeased."],
        actors=["Russia", "Kremlin", "Moscow"],
        quotes=["extremely hostile"],
    )
    index.add("b", title="Caspian shipping", paragraphs=["Tankers cross to Baku."])
    assert [result.key for result in index.search("kremlin")] == ["a"]
    result = index.search("kremlin")[0]
    assert {hit.field: hit.count for hit in result.hits} == {"text": 1, "actor": 1}
    assert index.search("Moscow")[0].key == "a", "actor aliases are searched"
    assert index.search("hostile")[0].hits[0].field == "quote"
    assert index.search("nothing like this") == []
    assert index.search("   ") == []


def test_title_hits_rank_above_text_hits() -> None:
    index = SearchIndex()
    index.add("text", title="Shipping", paragraphs=["Baku, Baku, Baku and Baku again."])
    index.add("title", title="Baku's choice", paragraphs=["A port city."])
    assert [result.key for result in index.search("baku")] == ["title", "text"]


def test_readding_replaces_a_document() -> None:
    index = SearchIndex()
    index.add("a", title="Old title")
    index.add("a", title="New title")
    assert len(index) == 1
    assert index.search("old") == []
    assert index.search("new")[0].key == "a"


def test_snippet_is_on_one_line_around_the_hit() -> None:
    text = "word " * 30 + "Tbilisi\noffered to mediate " + "more " * 30
    start = text.index("Tbilisi")
    snippet = make_snippet(text, start, len("Tbilisi"))
    assert "Tbilisi offered" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "\n" not in snippet
    assert len(snippet) < 110


def test_index_of_the_seed_article(seed_path: Path) -> None:
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article

    briefing = analyze(load_article(seed_path))
    index = SearchIndex()
    index.add_briefing(str(seed_path), briefing)
    results = index.search("Pashinyan")
    assert results and results[0].key == str(seed_path)
    assert results[0].count >= 5
    assert "Pashinyan" in results[0].snippet


def test_reader_search_widens_only_an_actors_full_name() -> None:
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article
    from briefing.library.search import find_in_briefing

    seed = Path(__file__).resolve().parents[2] / "articles" / "armenia-looks-west.txt"
    briefing = analyze(load_article(seed))
    text_of = briefing.article.text_of
    kremlin = find_in_briefing(briefing, "kremlin")
    assert kremlin and all(text_of(span).lower() == "kremlin" for span in kremlin)
    russia = find_in_briefing(briefing, "Russia")
    surfaces = {text_of(span) for span in russia}
    assert {"Moscow", "Kremlin"} <= surfaces
    assert russia == sorted(russia)
    assert find_in_briefing(briefing, "   ") == []


def test_hits_inside_a_longer_hit_count_once() -> None:
    from briefing.library.search import outermost
    from briefing.model import Span

    spans = {Span(0, 10, 19), Span(0, 15, 19), Span(1, 0, 4), Span(0, 0, 3)}
    assert outermost(spans) == [Span(0, 0, 3), Span(0, 10, 19), Span(1, 0, 4)]
