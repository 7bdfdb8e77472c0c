"""The packaged data files parse, and YAML 1.1 has not turned a word into a boolean.

PyYAML reads unquoted `no`, `on`, `off` and `yes` as booleans, which silently drops those words
from a word list; every such word must be quoted.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest

from briefing import data

DATA_FILES = sorted(
    entry.name
    for entry in files("briefing.data").iterdir()
    if entry.name.endswith((".yaml", ".yml", ".json"))
)


def booleans(node: Any, path: str = "") -> list[str]:
    if isinstance(node, bool):
        return [path]
    if isinstance(node, dict):
        found = [f"{path}/{key!r} (key)" for key in node if isinstance(key, bool)]
        for key, value in node.items():
            found += booleans(value, f"{path}/{key}")
        return found
    if isinstance(node, list):
        return [
            hit for index, item in enumerate(node) for hit in booleans(item, f"{path}[{index}]")
        ]
    return []


@pytest.mark.parametrize("name", DATA_FILES)
def test_word_lists_hold_no_accidental_booleans(name: str) -> None:
    assert booleans(data.load(name)) == []
