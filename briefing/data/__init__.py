"""Gazetteer and word lists as data files; `load` reads one from the package, once.

Large generated tables are JSON (the standard library parses them in a millisecond or two);
small curated lists are YAML so people can edit them with comments.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Parse a packaged data file (`name` relative to briefing/data), once per process."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        return json.loads(text)
    if name.endswith((".yaml", ".yml")):
        return yaml.safe_load(text)
    return text
