"""Write a JSON mirror of every curated YAML list in briefing/data, for a fast first analysis.

The curated lists stay YAML so people can edit them with comments; parsing them, even with
libyaml, cost 120-220 ms at the first analysis of every process (people.yaml alone 20-40 ms),
which the reader's first screen waits for. JSON parses about ten times faster. Each mirror,
briefing/data/compiled/NAME.yaml.json, holds `{"source_sha256": ..., "data": ...}`;
`briefing.data.load` uses it only while the hash matches the YAML beside it, so an edited list
is never read stale (it is parsed as YAML until this script is run again), and
tests/unit/test_data_compiled.py fails until the mirrors are refreshed:

    .venv/bin/python tools/compile_data.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "briefing" / "data"
COMPILED = DATA / "compiled"


def compile_all() -> list[Path]:
    """Write one mirror per YAML file and remove mirrors whose YAML is gone; return the written."""
    COMPILED.mkdir(exist_ok=True)
    written = []
    sources = sorted(DATA.glob("*.yaml"))
    for source in sources:
        raw = source.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
        mirror = COMPILED / f"{source.name}.json"
        payload = {"source_sha256": hashlib.sha256(raw).hexdigest(), "data": data}
        mirror.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n",
                          encoding="utf-8")
        written.append(mirror)
    names = {f"{source.name}.json" for source in sources}
    for stale in COMPILED.glob("*.json"):
        if stale.name not in names:
            stale.unlink()
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(DATA.parent.parent))
