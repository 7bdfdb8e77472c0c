"""Gazetteer and word lists as data files; `load` reads one from the package, once.

Large generated tables are JSON (the standard library parses them in a millisecond or two);
small curated lists are YAML so people can edit them with comments. They are parsed with
libyaml's CSafeLoader where PyYAML was built with it: the same safe loader (plain types only, no
tags that construct objects) compiled, ten times faster than the pure-Python one, which cost
about 200 ms at the first analysis. User files never come through here: ingest reads them with
`yaml.safe_load`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_FOLDER = Path(__file__).resolve().parent
"""The data files lie beside this module in every install (wheels are unpacked), so a plain path
does; importlib.resources would add zipfile, bz2 and lzma to the start-up imports."""


@cache
def load(name: str) -> Any:
    """Parse a packaged data file (`name` relative to briefing/data), once per process."""
    text = (_FOLDER / name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        return json.loads(text)
    if name.endswith((".yaml", ".yml")):
        import yaml  # here, not at the top: ingest's start-up path reads only JSON

        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return text
