"""The briefing as plain data: the stable JSON contract and the editable YAML briefing.

Both outputs share one dictionary shape, documented in the README, so a YAML briefing written by
`briefing analyze --yaml`, edited and read back gives the same structure. Keys are only ever
added, never renamed: other tools read this.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import yaml

from briefing.model import Briefing, Estimative, Event, Judgment

if TYPE_CHECKING:
    from briefing.store.model import Annotation

SCHEMA_VERSION = 1


def to_dict(briefing: Briefing, annotations: Sequence[Annotation] = ()) -> dict[str, Any]:
    """The JSON contract: metadata, sections, actors, quotes, so what and timeline.

    `annotations` are the reader's highlights and notes from the store (`briefing.store`),
    kept beside the analysis: `briefing analyze --json` passes them; `[]` when there are none.
    """
    article = briefing.article
    meta = article.meta
    paragraphs = article.paragraphs
    section_titles = [section.title for section in briefing.sections]

    def section_title(paragraph: int | None) -> str | None:
        if paragraph is None or not section_titles:
            return None
        return section_titles[briefing.section_of(paragraph)]

    return {
        "schema": SCHEMA_VERSION,
        "title": meta.title,
        "author": meta.author,
        "authors": list(meta.authors) or ([meta.author] if meta.author else []),
        "published": meta.published.isoformat() if meta.published else None,
        "source": meta.source,
        "url": meta.url,
        "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "standfirst": article.standfirst,
        "notes": list(article.notes),
        "sections": [
            {
                "title": section.title,
                "short_title": section.label,
                "paragraphs": [
                    paragraph.text for paragraph in paragraphs[section.first : section.end]
                ],
            }
            for section in briefing.sections
        ],
        "actors": [
            {
                "name": actor.name,
                "kind": str(actor.kind),
                "aliases": list(actor.aliases),
                "mentions": actor.mention_count,
                "adjectival": len(actor.adjectival),
                "role": actor.role,
            }
            for actor in briefing.actors
        ],
        "quotes": [
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "cue": quote.cue,
                "section": section_title(quote.span.paragraph if quote.span else None),
                "paragraph": quote.span.paragraph if quote.span else None,
            }
            for quote in briefing.quotes
        ],
        "so_what": {
            "bottom_line": briefing.so_what.bottom_line.text,
            "key_judgments": [_judgment(judgment) for judgment in briefing.so_what.key_judgments],
            "implications": [point.text for point in briefing.so_what.implications],
            "watch": [point.text for point in briefing.so_what.watch],
        },
        "timeline": [_event(event) for event in briefing.timeline],
        "annotations": [annotation.as_dict() for annotation in annotations],
    }


def _judgment(judgment: Judgment) -> dict[str, Any]:
    return {
        "text": judgment.text,
        "estimative": _estimative(judgment.estimative),
        "paragraph": judgment.span.paragraph if judgment.span else None,
    }


def _estimative(estimative: Estimative | None) -> dict[str, Any] | None:
    if estimative is None:
        return None
    return {"term": estimative.term, "band": estimative.band or None}


def _event(event: Event) -> dict[str, Any]:
    return {
        "date": event.when.isoformat(),
        "precision": event.precision,
        "phrase": event.phrase,
        "text": event.text,
        "paragraph": event.span.paragraph,
        "expected": event.expected,
    }


def to_json(briefing: Briefing, annotations: Sequence[Annotation] = ()) -> str:
    """The JSON contract as text, UTF-8 kept readable."""
    return json.dumps(to_dict(briefing, annotations), ensure_ascii=False, indent=2)


def to_yaml(briefing: Briefing) -> str:
    """An editable YAML briefing: the JSON shape less the computed-only fields."""
    data = to_dict(briefing)
    for key in ("schema", "word_count", "reading_minutes", "standfirst", "notes", "annotations"):
        data.pop(key)
    for quote in data["quotes"]:
        quote.pop("paragraph")
    for judgment in data["so_what"]["key_judgments"]:
        judgment.pop("paragraph")
    for event in data["timeline"]:
        event.pop("paragraph")
    header = (
        "# A briefing for `briefing`. Edit any field: what you write is used as written;\n"
        "# delete a field (actors, quotes, so_what, timeline) to have it computed again.\n"
    )
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
