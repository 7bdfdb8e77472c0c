"""Front matter at the top of Markdown and text files, and the metadata block of crawl captures.

Clippers (Obsidian's web clipper, MarkDownload), crawlers and static sites (Jekyll, Hugo) open
a file with a YAML block between `---` lines. Each writes its own keys for the same field
(`date`, `published`, `publish_date`; `site_name`, `publisher`; `url`, `link`, `canonical`), so
keys are mapped to fields by the lists in briefing/data/metadata.json, and values are read by
`metadata.py` (dates, bylines, titles). Rules:

- a publication date beats a creation or clipping date, whatever the key order;
- the page URL is never the source (a `source: https://...` key is the URL, and its host the
  source only when nothing names the site);
- a `description` that is the real headline beats a short `title` label (`choose_title`);
- a field that does not read (`date: unknown`, an author that is a mapping) is ignored with a
  warning, never a refusal; front matter that is not YAML is read line by line as
  `key: value`, with a warning that names the line, and only as far as its `key: value`
  lines go: a block whose closing `---` is missing ends at the first line of prose or a
  Markdown heading after a blank line, not at a later rule (`---`) of the body. Its title is
  not trusted (`FrontMatter.malformed`: an unclosed quote reads `"oops`), so the file's first
  heading is the title, as in a file without front matter.

Crawl captures ("# domain", "## Metadata" with `- **URL**: ...` items, "## Content") have their
metadata items read the same way (`capture_fields`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefing import data
from briefing.ingest.metadata import (
    byline as labelled,
    choose_title,
    parse_date,
    source_of_line,
    split_names,
    split_site_suffix,
)

__all__ = ["FrontFields", "FrontMatter", "capture_fields", "read_fields", "split_front_matter"]

_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_KEY_LINE = re.compile(r"^\s*(?P<key>[A-Za-z_][\w -]{0,40}?)\s*:\s*(?P<value>.*)$")
_CAPTURE_ITEM = re.compile(r"^\s*[-*]\s+\*\*(?P<key>[^*]{1,40})\*\*\s*:\s*(?P<value>.*)$")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
"""An Obsidian link ("[[Jane Doe]]", "[[people/jd|Jane Doe]]"), as its web clipper writes names."""
_PLACEHOLDERS = {"", "unknown", "n/a", "na", "none", "null", "tbd", "undefined", "-", "?"}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The front matter's raw `key: value` mapping, the text after it, the lines it took (0
    when there is none), and a warning when it did not parse as YAML."""

    fields: dict[str, Any]
    body: str
    lines: int = 0
    warning: str | None = None

    @property
    def malformed(self) -> bool:
        """Whether the block did not parse as YAML (its fields were read line by line)."""
        return self.warning is not None


@dataclass(frozen=True, slots=True)
class FrontFields:
    """The metadata fields a front matter gives; None or () when it gives none."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    et_al: bool = False
    published: date | None = None
    source: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()


def split_front_matter(text: str, path: Path | None = None, *, strict: bool = False) -> FrontMatter:
    """The front matter block at the very top of `text`, if any.

    `strict` (for .txt files, where `---` may just be a rule) asks that most lines of the block
    be `key: value` lines. Never raises: YAML that does not parse is read line by line.
    """
    match = _BLOCK.match(text)
    if not match:
        return FrontMatter({}, text)
    block = match.group(1) or ""
    rest = text[match.end() :]
    taken = match.group(0).count("\n")
    lines = [
        line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    keyed = [line for line in lines if _KEY_LINE.match(line)]
    if strict and (not keyed or len(keyed) < 0.6 * len(lines)):
        return FrontMatter({}, text)
    import yaml  # here: a file without front matter never pays for it

    from briefing.ingest.yaml_briefing import StrictSafeLoader

    try:
        parsed = yaml.load(block, Loader=StrictSafeLoader)
    except (yaml.YAMLError, RecursionError) as error:
        mark = getattr(error, "problem_mark", None)
        if mark is None or mark.line >= block.count("\n"):
            # Found only at the end (an unclosed bracket or quote): where the open part began.
            mark = getattr(error, "context_mark", None) or mark
        line = mark.line + 2 if mark else 2
        problem = " ".join(str(getattr(error, "problem", None) or "malformed YAML").split())
        problem = re.sub(r"on line (\d+)", lambda m: f"on line {int(m[1]) + 1}", problem)
        warning = (
            f"{path or 'the file'}, line {line}: the front matter is not valid YAML ({problem}); "
            "its fields were read line by line"
        )
        kept = _keyed_run(block)
        if kept < len(block.splitlines()):  # prose inside: the closing line was missing
            opening = text.index("\n") + 1
            lines = text[opening:].splitlines(keepends=True)
            block = "".join(lines[:kept])
            rest = "".join(lines[kept:])
            taken = 1 + kept
        return FrontMatter(_line_by_line(block), rest, taken, warning)
    if parsed is None:
        return FrontMatter({}, rest, taken)
    if not isinstance(parsed, dict):
        where = path or "the file"
        warning = f"{where}, line 2: the front matter is not `key: value` fields; ignored"
        return FrontMatter({}, rest, taken, warning)
    return FrontMatter({str(key): value for key, value in parsed.items()}, rest, taken)


def _keyed_run(block: str) -> int:
    """How many lines at the top of a block YAML refused are front matter: `key: value`
    lines, their indented continuations and `- ` items, comments and blank lines, up to the
    first line of prose or a Markdown heading after a blank line (trailing blanks left out)."""
    lines = block.splitlines()
    run = 0
    after_blank = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            after_blank = True
            continue
        heading = re.match(r"#{1,6}\s", stripped) is not None
        if heading and after_blank:
            break
        keyed = (
            _KEY_LINE.match(line) is not None
            or line.startswith((" ", "\t", "- "))
            or (stripped.startswith("#") and not after_blank)
        )
        if not keyed:
            break
        run = index + 1
        after_blank = False
    else:
        return len(lines)
    return run


def _line_by_line(block: str) -> dict[str, Any]:
    """`key: value` lines of a block YAML refused (a stray colon, a bad quote); first wins."""
    fields: dict[str, Any] = {}
    for line in block.splitlines():
        match = _KEY_LINE.match(line)
        if match and not line.startswith((" ", "\t")):
            value = match["value"].strip()
            if value.startswith("!"):  # a YAML tag (!!python/object...): never a value
                continue
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields.setdefault(match["key"], value)
    return fields


def capture_fields(text: str) -> dict[str, Any]:
    """The `- **Key**: value` items of a crawl capture's "## Metadata" section, else {}."""
    fields: dict[str, Any] = {}
    inside = False
    for line in text.splitlines()[:80]:
        if line.startswith("#"):
            if inside:
                break
            inside = line.lstrip("#").strip().lower() == "metadata"
            continue
        match = _CAPTURE_ITEM.match(line) if inside else None
        if match:
            fields.setdefault(match["key"].strip(), match["value"].strip())
    return fields


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", "_", name.strip().lower())


def _text(value: Any) -> str | None:
    """A text field: text and numbers are text; the first text of a list; anything else None."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, (str, int, float))), None)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = " ".join(_WIKI_LINK.sub(r"\1", str(value)).split())
    return None if text.lower() in _PLACEHOLDERS else text


def read_fields(fields: dict[str, Any], path: Path | None = None) -> FrontFields:
    """Title, authors, date, source and URL from a front matter mapping (see module doc)."""
    if not fields:
        return FrontFields()
    keys = data.load("metadata.json")["front_matter"]
    present = {_key(name): value for name, value in fields.items()}
    where = path or "the file"
    warnings: list[str] = []

    def first(field: str) -> list[tuple[str, Any]]:
        return [(name, present[name]) for name in keys[field] if name in present]

    url = next((text for _, value in first("url") if (text := _text(value))), None)
    source = None
    for _, value in first("source"):
        text = _text(value)
        if text and re.match(r"https?://", text, re.I):
            url = url or text
        elif text and source is None:
            source = text
    label = next((text for _, value in first("title") if (text := _text(value))), None)
    site = None
    if label:
        label, site = split_site_suffix(label)
    subtitle = next((text for _, value in first("subtitle") if (text := _text(value))), None)
    title = choose_title(label, subtitle) if label else None
    credit = source_of_line(subtitle) if subtitle else None  # "Coproduced by X and Y"
    published = None
    for field in ("published", "created"):
        for name, value in first(field):
            if _text(value) is None and not isinstance(value, date):
                continue
            found = parse_date(value)
            if found is None:
                warnings.append(f"{where}: `{name}: {value}` is not a date; ignored")
                continue
            published = found.when
            break
        if published is not None:
            break
    authors: tuple[str, ...] = ()
    et_al = False
    for name, value in first("author"):
        items = value if isinstance(value, list) else [value]
        names: list[str] = []
        for item in items:
            if isinstance(item, dict):
                item = item.get("name")
            text = _text(item)
            if text is None:
                continue
            byline = labelled(text) or split_names(text)  # "By Jane Doe" or "Jane Doe"
            if byline:
                names.extend(byline.names)
                et_al = et_al or byline.et_al
            else:
                names.append(text)
        if names:
            authors = tuple(dict.fromkeys(names))
            break
        if value is not None and _text(value) is None and not isinstance(value, list):
            warnings.append(f"{where}: `{name}` is not a name; ignored")
    return FrontFields(
        title=title,
        authors=authors,
        et_al=et_al,
        published=published,
        source=source or site or credit,
        url=url,
        warnings=tuple(warnings),
    )
