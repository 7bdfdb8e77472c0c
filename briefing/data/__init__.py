"""Gazetteer and word lists as data files; `load` reads one from the package, once.

Large generated tables are JSON (the standard library parses them in a millisecond or two);
small curated lists are YAML so people can edit them with comments. A YAML list is read from
its JSON mirror in compiled/ (written by tools/compile_data.py) while the mirror's hash of the
YAML matches: libyaml still cost 120-220 ms at the first analysis of each process, which the
reader's first screen waited for, and JSON parses about ten times faster. Without a current
mirror (a list edited by hand) the YAML itself is parsed, with libyaml's CSafeLoader where
PyYAML was built with it: the same safe loader (plain types only, no tags that construct
objects), compiled. User files never come through here: ingest reads them with `yaml.safe_load`.
"""

from __future__ import annotations

import hashlib
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
    raw = (_FOLDER / name).read_bytes()
    text = raw.decode("utf-8")
    if name.endswith(".json"):
        return json.loads(text)
    if name.endswith((".yaml", ".yml")):
        mirrored = _mirror(name, raw)
        if mirrored is not None:
            return mirrored[0]
        import yaml  # here, not at the top: ingest's start-up path reads only JSON

        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return text


def _mirror(name: str, raw: bytes) -> tuple[Any] | None:
    """The YAML file's data from its JSON mirror, as a 1-tuple, or None when none is current."""
    try:
        payload = json.loads((_FOLDER / "compiled" / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("source_sha256") != hashlib.sha256(
        raw
    ).hexdigest():
        return None
    return (payload.get("data"),)
