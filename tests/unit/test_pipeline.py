"""The pipeline's contract: curated fields are used exactly as written; the rest is computed."""

from __future__ import annotations

import json

from briefing.analysis.pipeline import analyze
from briefing.model import (
    Actor,
    ActorKind,
    Article,
    Curated,
    Estimative,
    Judgment,
    Metadata,
    Paragraph,
    Point,
    Quote,
)
from briefing.serialize import to_dict, to_json, to_yaml

TEXT = (
    "Prime Minister Pashinyan accused Russia of “absolute indifference” after the war.",
    "A full split between Yerevan and Moscow is unlikely in the coming years.",
)


def article(curated: Curated | None = None) -> Article:
    paragraphs = tuple(Paragraph(index, text) for index, text in enumerate(TEXT))
    return Article(Metadata("A test"), paragraphs, curated=curated)


def test_curated_fields_are_used_as_written() -> None:
    curated = Curated(
        actors=(Actor("Someone Else", ActorKind.PERSON, role="Envoy"),),
        quotes=(Quote("absolute indifference", "A curator", cue="wrote"),),
        bottom_line="My own bottom line.",
        key_judgments=(Judgment("Mine.", Estimative("likely", "55-80%", 55, 80)),),
        implications=(Point("An implication."),),
        watch=(),
    )
    briefing = analyze(article(curated))
    assert [actor.name for actor in briefing.actors] == ["Someone Else"]
    assert briefing.actors[0].role == "Envoy"
    assert briefing.quotes[0].speaker == "A curator"
    assert briefing.quotes[0].span is not None
    assert article(curated).text_of(briefing.quotes[0].span) == "absolute indifference"
    assert briefing.so_what.bottom_line.text == "My own bottom line."
    assert [j.text for j in briefing.so_what.key_judgments] == ["Mine."]
    assert briefing.so_what.watch == ()


def test_an_empty_article_analyses_without_error() -> None:
    empty = Article(Metadata("Nothing"), ())
    briefing = analyze(empty)
    assert briefing.sections == ()
    assert to_dict(briefing)["sections"] == []


def test_json_and_yaml_share_the_shape() -> None:
    import yaml

    briefing = analyze(article())
    as_json = json.loads(to_json(briefing))
    as_yaml = yaml.safe_load(to_yaml(briefing))
    assert as_json["sections"] == as_yaml["sections"]
    assert as_json["title"] == as_yaml["title"] == "A test"
    assert "schema" not in as_yaml
    paragraphs = [text for section in as_json["sections"] for text in section["paragraphs"]]
    assert paragraphs == list(TEXT)
