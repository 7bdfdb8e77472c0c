"""Curated YAML briefings as people really write them: wrong types in every field, duplicate
keys, deep nesting, aliases and Python tags. Each is used or refused with one clear line that
names the file; nothing else escapes (issue 6).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from briefing.analysis.pipeline import analyze
from briefing.errors import BriefingError
from briefing.ingest import load_article
from tests.unit.robustness_strategies import (
    ROBUST,
    article_texts,
    check_briefing,
    check_exports,
    check_serialized,
)

VALID: dict[str, Any] = {
    "title": "Arctic Shipping Lanes",
    "author": "Desk",
    "published": "2024-09-18",
    "source": "example",
    "url": "https://example.com/a",
    "sections": [
        {
            "title": "A longer season",
            "paragraphs": [
                "Russia opened the route in 2024. Norway said on September 3 it is likely to act.",
                'Canada said: "Our capacity was built for fishing boats."',
            ],
        },
        {"paragraphs": ["The Arctic Council offers no forum to settle the dispute."]},
    ],
    "actors": [
        {"name": "Russia", "kind": "country", "aliases": ["Moscow"], "role": None},
        {"name": "Arctic Council", "kind": "organisation"},
    ],
    "quotes": [
        {"text": "Our capacity was built for fishing boats.", "speaker": "Canada", "cue": "said"}
    ],
    "so_what": {
        "bottom_line": "Traffic grows faster than the coast guards.",
        "key_judgments": [
            {"text": "A transit is unlikely.", "estimative": {"term": "unlikely", "band": "20-45%"}}
        ],
        "implications": ["More spills."],
        "watch": ["Transits."],
    },
    "timeline": [{"date": "2024-09-03", "text": "Norway said", "precision": "day", "phrase": "x"}],
}

WRONG_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    1.5,
    float("nan"),
    "   ",
    "[b]text[/]",
    "\x1b[31mred",
    [],
    [[1, 2]],
    [{"a": 1}],
    {"a": {"b": [1]}},
    date(2023, 10, 31),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key and index path in a nested structure, parents first."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*prefix, index)
            yield from _paths(item, (*prefix, index))


def _replaced(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    parent: Any = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return data


def _write(tmp: Path, text: str, name: str = "briefing.yaml") -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def _use_or_refuse(path: Path) -> str | None:
    """None when the file made a briefing that keeps every invariant; else the refusal."""
    try:
        article = load_article(path)
    except BriefingError as error:
        message = str(error)
        assert "\n" not in message and message.strip()
        assert str(path) in message, f"the refusal does not name the file: {message}"
        return message
    briefing = analyze(article)
    check_briefing(briefing)
    check_serialized(briefing)
    check_exports(briefing)
    return None


def test_the_valid_briefing_is_used_as_written(tmp_path: Path) -> None:
    path = _write(tmp_path, yaml.safe_dump(VALID, sort_keys=False))
    assert _use_or_refuse(path) is None
    briefing = analyze(load_article(path))
    assert [actor.name for actor in briefing.actors] == ["Russia", "Arctic Council"]
    assert briefing.so_what.bottom_line.text == VALID["so_what"]["bottom_line"]


def test_wrong_types_in_every_field(tmp_path: Path) -> None:
    """Every field of the briefing, one at a time, gets every wrong kind of value."""
    paths = list(_paths(VALID))
    assert len(paths) > 40
    cases = 0
    for path in paths:
        for value in WRONG_VALUES:
            text = yaml.safe_dump(_replaced(path, value), sort_keys=False, allow_unicode=True)
            try:
                _use_or_refuse(_write(tmp_path, text))
            except Exception as error:  # pragma: no cover - the message is the point
                raise AssertionError(
                    f"{path} = {value!r}: {type(error).__name__}: {error}"
                ) from None
            cases += 1
    assert cases == len(paths) * len(WRONG_VALUES)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("title: !!python/object/apply:os.system ['echo hi']\n", id="apply"),
        pytest.param("title: !!python/name:os.system\n", id="name"),
        pytest.param("!!python/object:briefing.model.Span {paragraph: 1}\n", id="object"),
        pytest.param("sections:\n  - paragraphs: [!!python/tuple [a]]\n", id="tuple"),
        pytest.param("title: !!python/object/new:str [x]\n", id="new"),
    ],
)
def test_python_tags_are_refused_with_the_reason(tmp_path: Path, text: str) -> None:
    message = _use_or_refuse(_write(tmp_path, text))
    assert message is not None and "Python object tags" in message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("title: A\ntitle: B\nsections: [{paragraphs: [x]}]\n", 2, id="top"),
        pytest.param(
            "title: T\nsections: [{paragraphs: [x]}]\nquotes: [a]\nauthor: X\nquotes: [b]\n",
            5,
            id="quotes",
        ),
        pytest.param(
            "title: T\nsections:\n  - title: A\n    paragraphs: [x]\n    title: B\n", 5, id="nested"
        ),
    ],
)
def test_duplicate_keys_are_refused_not_silently_dropped(
    tmp_path: Path, text: str, line: int
) -> None:
    """PyYAML keeps the last of two equal keys: a curated field would vanish without a word."""
    message = _use_or_refuse(_write(tmp_path, text))
    assert message is not None and "duplicate" in message and f"line {line}" in message


def test_duplicate_keys_in_markdown_front_matter(tmp_path: Path) -> None:
    path = _write(tmp_path, "---\ntitle: A\ntitle: B\n---\n\nBody text.\n", "a.md")
    assert _use_or_refuse(path) is None  # a side issue: the article opens
    (warning,) = load_article(path).meta.warnings
    assert "duplicate" in warning and "line 3" in warning


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("title: T\nsections: " + "[" * 3000 + "]" * 3000 + "\n", id="flow-lists"),
        pytest.param("title: T\nx: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n", id="flow-maps"),
        pytest.param(
            "title: T\nx:\n" + "".join("  " * i + "- \n" for i in range(1, 2000)), id="block"
        ),
        pytest.param("title: T\nsections: &s [{paragraphs: *s}]\n", id="recursive-alias"),
        pytest.param(
            "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
            "title: T\nsections: [{paragraphs: *d}]\n",
            id="billion-laughs",
        ),
        pytest.param("title: 1" + "0" * 5000 + "\nsections: [{paragraphs: [x]}]\n", id="huge-int"),
        pytest.param("? [a, b]\n: 1\ntitle: T\n", id="list-as-key"),
        pytest.param(
            "title: T\npublished: 2023-02-30\nsections: [{paragraphs: [x]}]\n", id="feb-30"
        ),
        pytest.param("title: !custom x\nsections: [{paragraphs: [x]}]\n", id="unknown-tag"),
        pytest.param("title: T\nsections: [{paragraphs: [x]}]\n...\n---\nmore: 1\n", id="two-docs"),
        pytest.param("title: 'unclosed\nsections: []\n", id="unclosed"),
        pytest.param("\t- tab\n", id="tab"),
    ],
)
def test_hostile_yaml_is_refused_clearly(tmp_path: Path, text: str) -> None:
    message = _use_or_refuse(_write(tmp_path, text))
    assert message is not None
    assert "Traceback" not in message and len(message) < 400


@pytest.mark.parametrize(
    "nested",
    [
        pytest.param("[" * 3000 + "]" * 3000, id="flow"),
        pytest.param("\n" + "".join("  " * i + "- \n" for i in range(1, 3000)), id="block"),
        pytest.param("\n" + "".join("  " * i + "a:\n" for i in range(1, 3000)), id="block-map"),
    ],
)
def test_deep_nesting_says_so(tmp_path: Path, nested: str) -> None:
    message = _use_or_refuse(_write(tmp_path, f"title: T\nx: {nested}\n"))
    assert message is not None
    assert "nesting depth" in message or "nested too deeply" in message, message


_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    article_texts(max_fragments=10),
    st.dates(),
)
_yaml_values = st.recursive(
    _scalar,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from([*sorted(VALID), "text", "name", "kind"]), inner, max_size=4
        )
    ),
    max_leaves=12,
)


@ROBUST
@given(
    replacements=st.lists(
        st.tuples(st.sampled_from(list(_paths(VALID))), _yaml_values), min_size=1, max_size=4
    )
)
def test_generated_briefings(
    tmp_path_factory: pytest.TempPathFactory, replacements: list[tuple[tuple[Any, ...], Any]]
) -> None:
    data: Any = copy.deepcopy(VALID)
    for path, value in replacements:
        parent = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier replacement removed this field's parent
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    _use_or_refuse(_write(tmp_path_factory.mktemp("yaml"), text))


@pytest.mark.parametrize(
    ("value", "kind"), [("!!binary aGVsbG8=", "binary data"), ("!!set {a, b}", "set")]
)
def test_binary_and_set_values_are_not_text(tmp_path: Path, value: str, kind: str) -> None:
    """They used to become titles such as "b'hello'" and "{'a', 'b'}"."""
    text = f"title: {value}\nsections: [{{paragraphs: [Russia warned.]}}]\n"
    message = _use_or_refuse(_write(tmp_path, text))
    assert message is not None and f"`title` must be text, not {kind}" in message


def _alias_bomb(levels: int, fan_out: int = 10) -> str:
    """Each anchor a list of `fan_out` aliases of the one before: fan_out ** levels repeats."""
    lines = ['l0: &l0 ["Officials in Moscow said the deal is likely to hold, on Monday."]']
    for level in range(1, levels + 1):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * fan_out) + "]")
    return "\n".join(lines) + f"\ntitle: Laughs\nsections:\n  - paragraphs: *l{levels}\n"


@pytest.mark.parametrize("levels", [4, 9])
def test_an_alias_bomb_is_refused_at_once_naming_the_file(tmp_path: Path, levels: int) -> None:
    """10,000 (or a billion) repeats of one sentence from a few hundred bytes: one line, fast,
    before anything is constructed or analysed (it took 20 s and 580 MB, or a MemoryError)."""
    import time

    path = tmp_path / "laughs.yaml"
    path.write_text(_alias_bomb(levels), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(BriefingError) as error:
        load_article(path)
    assert time.perf_counter() - started < 1.0
    message = str(error.value)
    assert message.startswith(f"{path}, line ") and "aliases" in message
    assert "\n" not in message


def test_ordinary_aliases_are_still_welcome(tmp_path: Path) -> None:
    path = tmp_path / "reuse.yaml"
    path.write_text(
        "title: Reuse\nsections:\n  - paragraphs:\n      - &p Russia said the talks would resume.\n"
        "      - Ukraine disagreed.\nso_what:\n  bottom_line: *p\n  watch: [*p, *p]\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.curated is not None


def test_a_recursive_alias_is_measured_without_looping(tmp_path: Path) -> None:
    from briefing.ingest.yaml_limits import _measure

    node = yaml.compose("a: &a [x, *a]\n")
    written, expanded, _ = _measure(node)
    assert written > 0 and expanded >= written
