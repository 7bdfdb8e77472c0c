"""Curated YAML briefings: the JSON output's shape, written and edited by a person.

Only `title` and `sections` are required. Every other field the user wrote (actors, quotes,
so_what and each of its four parts, timeline) goes into `Article.curated` as written, and the
analysis computes only what is missing (None in `Curated`); a field written as an empty list
means "none". Section titles become `Heading`s (an empty title when a section has none, so the
analysis names it).

Only `yaml.safe_load` is used. Every problem is one `IngestError` line that names the file and,
for malformed YAML, the line; a wrong type names the field ("actors[2].kind"), so a person can
fix their file without reading a traceback. `!!python/...` tags are refused with a message that
says why. Two equal keys in one mapping are refused too: PyYAML would keep the last one and the
first field a person curated would vanish without a word. YAML nested too deeply to be a
briefing is refused rather than allowed to exhaust the stack.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from briefing.errors import IngestError
from briefing.ingest.metadata import join_names, parse_date
from briefing.ingest.yaml_limits import LimitedSafeLoader
from briefing.model import (
    Actor,
    ActorKind,
    Article,
    Curated,
    Estimative,
    Event,
    Heading,
    Judgment,
    Metadata,
    Paragraph,
    Point,
    Quote,
    SourceFormat,
    Span,
)

_BAND = re.compile(r"(\d{1,3})\s*%?\s*(?:-|–|to)\s*(\d{1,3})\s*%?")
_PRECISIONS = ("day", "month", "year")


class StrictSafeLoader(LimitedSafeLoader):  # type: ignore[misc]
    """The safe loader (plain types only; libyaml's when built) that refuses duplicate keys
    and alias bombs (`yaml_limits.py`)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _value in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                continue
            key = self.construct_object(key_node)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"duplicate key {key!r} (first written on line {seen[key] + 1})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]


def safe_load(text: str, path: Path | None, line_offset: int = 0) -> Any:
    """yaml.safe_load with its errors turned into one line naming the file and the line.

    The loader is yaml's safe loader with one more check (duplicate keys); it builds plain
    text, numbers, dates, lists and mappings only, exactly as `yaml.safe_load` does.
    """
    try:
        return yaml.load(text, Loader=StrictSafeLoader)
    except RecursionError:
        raise IngestError(f"{path}: the YAML is nested too deeply to be a briefing") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{path}, line {mark.line + 1 + line_offset}" if mark else f"{path}"
        problem = " ".join(str(error.problem or error.context or "malformed YAML").split())
        if "python/" in problem or "!!python" in problem:
            problem = (
                "Python object tags (!!python/...) are not allowed; "
                "a briefing is plain YAML: text, lists and mappings"
            )
        raise IngestError(f"{where}: {problem}") from None
    except yaml.YAMLError as error:
        raise IngestError(f"{path}: not valid YAML: {' '.join(str(error).split())}") from None


def parse_briefing(text: str, path: Path | None = None) -> Article:
    """A curated briefing into an `Article` with its `Curated` fields filled."""
    data = safe_load(text, path)
    if not isinstance(data, dict):
        kind = "empty" if data is None else _kind(data)
        raise IngestError(
            f"{path}: not a briefing (the file is {kind}; expected fields such as "
            "`title:` and `sections:`)"
        )
    check = _Checker(path)
    paragraphs, headings = _sections(data.get("sections"), check)
    authors = check.texts(data.get("authors"), "authors")
    meta = Metadata(
        title=check.text(data.get("title"), "title") or (path.stem if path else "Untitled"),
        author=check.text(data.get("author"), "author") or join_names(authors),
        authors=authors,
        published=as_date(data.get("published", data.get("date")), "published", path),
        source=check.text(data.get("source"), "source"),
        url=check.text(data.get("url"), "url"),
        path=path,
        format=SourceFormat.YAML,
    )
    texts = [paragraph.text for paragraph in paragraphs]
    so_what = data.get("so_what")
    if so_what is not None and not isinstance(so_what, dict):
        raise IngestError(f"{path}: `so_what` must be a mapping (bottom_line, key_judgments, ...)")
    so_what = so_what or {}
    curated = Curated(
        actors=_optional(data, "actors", lambda items: _actors(items, check)),
        quotes=_optional(data, "quotes", lambda items: _quotes(items, check)),
        bottom_line=check.text(so_what.get("bottom_line"), "so_what.bottom_line"),
        key_judgments=_optional(
            so_what, "key_judgments", lambda items: _judgments(items, texts, check)
        ),
        implications=_optional(
            so_what,
            "implications",
            lambda items: _points(items, "so_what.implications", texts, check),
        ),
        watch=_optional(
            so_what, "watch", lambda items: _points(items, "so_what.watch", texts, check)
        ),
        timeline=_optional(data, "timeline", lambda items: _events(items, texts, check)),
    )
    return Article(meta, tuple(paragraphs), tuple(headings), curated)


def _optional(data: dict[str, Any], key: str, build: Any) -> Any:
    """None when the field is absent or null (compute it); the built tuple when written."""
    value = data.get(key)
    return None if value is None else build(value)


def _kind(value: Any) -> str:
    return {
        list: "list",
        dict: "mapping",
        bytes: "binary data",
        set: "set",
        str: "text",
        int: "number",
        float: "number",
        bool: "yes/no value",
    }.get(type(value), type(value).__name__)


class _Checker:
    """Type checks that name the field, so the message says what to fix."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, field: str, expected: str, value: Any) -> IngestError:
        return IngestError(f"{self.path}: `{field}` must be {expected}, not {_kind(value)}")

    def text(self, value: Any, field: str) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float, date)):
            raise self.fail(field, "text", value)  # lists, mappings, !!binary, !!set
        return str(value).strip() or None

    def required_text(self, value: Any, field: str) -> str:
        text = self.text(value, field)
        if text is None:
            raise IngestError(f"{self.path}: `{field}` is missing or empty")
        return text

    def items(self, value: Any, field: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(field, "a list", value)
        return value

    def mapping(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "a mapping (key: value fields)", value)
        return value

    def texts(self, value: Any, field: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            return (value.strip(),) if value.strip() else ()
        items = self.items(value, field)
        return tuple(
            text for i, item in enumerate(items) if (text := self.text(item, f"{field}[{i}]"))
        )


def _sections(value: Any, check: _Checker) -> tuple[list[Paragraph], list[Heading]]:
    """Paragraphs in reading order and a heading opening each section."""
    if value is None:
        raise IngestError(f"{check.path}: a briefing needs `sections:` with paragraphs of text")
    paragraphs: list[Paragraph] = []
    headings: list[Heading] = []
    for i, section in enumerate(check.items(value, "sections")):
        field = f"sections[{i}]"
        section = check.mapping(section, field)
        body = section.get("paragraphs")
        if isinstance(body, str):
            texts = [block.strip() for block in re.split(r"\n\s*\n", body) if block.strip()]
        else:
            texts = list(check.texts(body, f"{field}.paragraphs"))
        if not texts:
            continue
        title = check.text(section.get("title"), f"{field}.title") or ""
        base = len(paragraphs)
        headings.append(Heading(title, base, 2))
        paragraphs.extend(Paragraph(base + n, text) for n, text in enumerate(texts))
    if not paragraphs:
        raise IngestError(f"{check.path}: `sections` has no paragraphs of text")
    return paragraphs, headings


def _actors(value: Any, check: _Checker) -> tuple[Actor, ...]:
    actors = []
    kinds = ", ".join(kind.value for kind in ActorKind)
    for i, item in enumerate(check.items(value, "actors")):
        field = f"actors[{i}]"
        if isinstance(item, str):
            item = {"name": item}
        item = check.mapping(item, field)
        kind_text = (check.text(item.get("kind"), f"{field}.kind") or "group").lower()
        if kind_text == "organization":
            kind_text = "organisation"
        try:
            kind = ActorKind(kind_text)
        except ValueError:
            raise IngestError(
                f"{check.path}: `{field}.kind` is {kind_text!r}; use one of {kinds}"
            ) from None
        actors.append(
            Actor(
                name=check.required_text(item.get("name"), f"{field}.name"),
                kind=kind,
                aliases=check.texts(item.get("aliases"), f"{field}.aliases"),
                role=check.text(item.get("role"), f"{field}.role"),
            )
        )
    return tuple(actors)


def _quotes(value: Any, check: _Checker) -> tuple[Quote, ...]:
    quotes = []
    for i, item in enumerate(check.items(value, "quotes")):
        field = f"quotes[{i}]"
        if isinstance(item, str):
            item = {"text": item}
        item = check.mapping(item, field)
        speaker = check.text(item.get("speaker"), f"{field}.speaker")
        quotes.append(
            Quote(
                text=check.required_text(item.get("text"), f"{field}.text"),
                speaker=speaker,
                cue=check.text(item.get("cue"), f"{field}.cue"),
            )
        )
    return tuple(quotes)


def estimative(value: Any, field: str, check: _Checker) -> Estimative | None:
    """The user's term and band kept as written; low and high read from "20-45%" when possible."""
    if value is None:
        return None
    if isinstance(value, str):
        value = {"term": value}
    item = check.mapping(value, field)
    term = check.text(item.get("term"), f"{field}.term") or ""
    band = check.text(item.get("band"), f"{field}.band") or ""
    if not term and not band:
        return None
    match = _BAND.search(band)
    low, high = (int(match[1]), int(match[2])) if match else (0, 0)
    return Estimative(term, band, low, high)


def _judgments(value: Any, texts: list[str], check: _Checker) -> tuple[Judgment, ...]:
    judgments = []
    for i, item in enumerate(check.items(value, "so_what.key_judgments")):
        field = f"so_what.key_judgments[{i}]"
        if isinstance(item, str):
            item = {"text": item}
        item = check.mapping(item, field)
        text = check.required_text(item.get("text"), f"{field}.text")
        judgments.append(
            Judgment(
                text,
                estimative(item.get("estimative"), f"{field}.estimative", check),
                _find(text, texts),
            )
        )
    return tuple(judgments)


def _points(value: Any, field: str, texts: list[str], check: _Checker) -> tuple[Point, ...]:
    return tuple(Point(text, _find(text, texts)) for text in check.texts(value, field))


def _events(value: Any, texts: list[str], check: _Checker) -> tuple[Event, ...]:
    events = []
    for i, item in enumerate(check.items(value, "timeline")):
        field = f"timeline[{i}]"
        item = check.mapping(item, field)
        when = as_date(item.get("date"), f"{field}.date", check.path)
        if when is None:
            raise IngestError(f"{check.path}: `{field}.date` is missing")
        text = check.required_text(item.get("text"), f"{field}.text")
        written = parse_date(item.get("date"))
        precision = check.text(item.get("precision"), f"{field}.precision") or (
            written.precision if written else "day"
        )
        if precision not in _PRECISIONS:
            raise IngestError(f"{check.path}: `{field}.precision` must be day, month or year")
        phrase = check.text(item.get("phrase"), f"{field}.phrase") or when.isoformat()
        events.append(Event(when, precision, phrase, text, _find(text, texts) or Span(0, 0, 0)))
    return tuple(sorted(events, key=lambda event: event.when))


def as_date(value: Any, key: str, path: Path | None) -> date | None:
    """A date field: a YAML date, or text `metadata.parse_date` reads ("8 April 2024",
    "04.03.2024", "February 2024" as the first of the month, never today's day). A curated
    file's date that does not read is an error that names the field, not a silent gap."""
    if value is None or value == "":
        return None
    found = parse_date(value)
    if found is None:
        raise IngestError(f"{path}: `{key}` is not a date ({value!r}); write it as YYYY-MM-DD")
    return found.when


def _find(text: str, paragraphs: list[str]) -> Span | None:
    """Where the article says this, when it says it word for word."""
    for index, paragraph in enumerate(paragraphs):
        start = paragraph.find(text)
        if start >= 0:
            return Span(index, start, start + len(text))
    return None
