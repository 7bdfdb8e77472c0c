"""The seed article's whole analysis against a reviewed golden file, plus issue 2's checks.

The golden file pins every field of the JSON contract, so any change in any stage shows up as a
diff to review. After an intended change, run this file with BRIEFING_UPDATE_GOLDEN=1 and read
the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.analysis.pipeline import analyze
from briefing.ingest import load_article
from briefing.model import Briefing
from briefing.serialize import to_dict

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "seed-analysis.json"


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return analyze(
        load_article(Path(__file__).resolve().parents[2] / "articles" / "armenia-looks-west.txt")
    )


def test_the_whole_analysis_matches_the_golden_file(seed: Briefing) -> None:
    produced = json.dumps(to_dict(seed), ensure_ascii=False, indent=2) + "\n"
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        GOLDEN.write_text(produced, encoding="utf-8")
    assert produced == GOLDEN.read_text(encoding="utf-8")


def test_metadata_and_body(seed: Briefing) -> None:
    data = to_dict(seed)
    assert data["title"] == "As Relations with Russia Falter, Armenia Tries Looking West"
    assert data["author"] == "Nicholas Castillo"
    assert data["published"] == "2023-10-31"
    assert data["source"] == "Caspian Policy Center"
    paragraphs = [text for section in data["sections"] for text in section["paragraphs"]]
    assert len(paragraphs) == 12
    assert paragraphs[0].startswith("What might be described")
    assert paragraphs[-1].endswith("even as anger mounts against Moscow.")


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Armenia", {"Yerevan"}),
        ("Russia", {"Moscow", "Kremlin"}),
        ("Azerbaijan", {"Baku"}),
        ("Nikol Pashinyan", {"Pashinyan"}),
        ("Vladimir Putin", {"Putin"}),
        ("CSTO", {"Collective Security Treaty Organization"}),
        ("European Union", {"EU"}),
        ("France", set()),
        ("United States", {"Washington"}),
        ("Georgia", {"Tbilisi"}),
        ("Ukraine", {"Kyiv"}),
        ("International Criminal Court", {"ICC"}),
    ],
)
def test_actors_merge_their_forms(seed: Briefing, name: str, forms: set[str]) -> None:
    actor = next(actor for actor in seed.actors if actor.name == name)
    surfaces = {mention.surface for mention in actor.mentions}
    assert forms <= surfaces | set(actor.aliases)
    assert forms <= set(actor.aliases)


def test_no_junk_among_the_most_mentioned(seed: Briefing) -> None:
    junk = {"Image", "Author", "Western", "Prime Minister", "September", "October", "Related"}
    top = [actor.name for actor in seed.actors[:15]]
    assert not junk & set(top)


def test_nine_quotes_with_their_speakers(seed: Briefing) -> None:
    speakers = {quote.text.rstrip(".,"): quote.speaker for quote in seed.quotes}
    assert len(seed.quotes) == 9
    for words in (
        "absolute indifference",
        "strategic mistake",
        "diversify",
        "countries having bilateral security obligations to Armenia",
        "have not seen the advantages",
    ):
        assert speakers[words] == "Nikol Pashinyan"
    assert speakers["extremely hostile"] == "Russia"
    for words in (
        "transfer of humanitarian aid to Kyiv’s Nazi regime",
        "military adventures in foreign, Azeri, lands",
        "Ukraine number 3",
    ):
        assert "Russian official" in speakers[words]
    assert not any("Coalition of the Willing" in quote.text for quote in seed.quotes)


def test_sections_follow_the_argument(seed: Briefing) -> None:
    starts = [section.first for section in seed.sections]
    assert 4 <= len(starts) <= 8
    for boundary in (3, 5, 8, 11):
        assert any(abs(start - boundary) <= 1 for start in starts), starts


def test_bottom_line_and_bands(seed: Briefing) -> None:
    bottom = seed.so_what.bottom_line.text
    assert "full split" in bottom and "unlikely" in bottom
    assert "multi-vector" in bottom
    bands = {"unlikely": "20-45%", "likely": "55-80%"}
    judged = [j.estimative for j in seed.so_what.key_judgments if j.estimative]
    assert {estimative.term for estimative in judged} >= {"unlikely", "likely"}
    for estimative in judged:
        if estimative.term in bands:
            assert estimative.band == bands[estimative.term]
