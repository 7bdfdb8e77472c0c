"""The README's JSON example is the seed's real output, so the documented contract cannot drift.

Issue 15 found the example's word count and reading minutes out of date; this pins the example's
keys (at every level shown) and its scalar values to what `briefing analyze --json` prints.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from briefing.analysis.pipeline import analyze
from briefing.ingest import load_article
from briefing.serialize import to_dict

ROOT = Path(__file__).resolve().parents[2]


def _readme_example() -> dict[str, object]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(\{.*?\})\n```", text, re.S)
    assert block, "README has no JSON example"
    return json.loads(block.group(1))


def test_the_readme_json_example_has_the_real_keys_and_values() -> None:
    example = _readme_example()
    real = to_dict(analyze(load_article(ROOT / "articles" / "armenia-looks-west.txt")))
    assert list(example) == list(real)
    for key, value in example.items():
        if not isinstance(value, (dict, list)):
            assert real[key] == value, key
    for key in ("sections", "actors", "quotes", "timeline"):
        shown = example[key][0]  # type: ignore[index]
        assert set(shown) == set(real[key][0]), key
    assert set(example["so_what"]) == set(real["so_what"])  # type: ignore[arg-type]
    russia = next(actor for actor in real["actors"] if actor["name"] == "Russia")
    shown_russia = example["actors"][0]  # type: ignore[index]
    assert (shown_russia["mentions"], shown_russia["adjectival"]) == (
        russia["mentions"],
        russia["adjectival"],
    )
