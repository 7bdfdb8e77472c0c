"""The JSON mirrors of the curated YAML lists (tools/compile_data.py) are current and used."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

import briefing.data as data

DATA = Path(data.__file__).resolve().parent
SOURCES = sorted(DATA.glob("*.yaml"))


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_every_yaml_list_has_a_current_mirror(source: Path) -> None:
    mirror = DATA / "compiled" / f"{source.name}.json"
    assert mirror.exists(), "run .venv/bin/python tools/compile_data.py"
    payload = json.loads(mirror.read_text(encoding="utf-8"))
    raw = source.read_bytes()
    assert payload["source_sha256"] == hashlib.sha256(raw).hexdigest(), (
        f"{source.name} changed: run .venv/bin/python tools/compile_data.py"
    )
    assert payload["data"] == yaml.safe_load(raw.decode("utf-8"))


def test_a_stale_mirror_is_ignored_and_the_yaml_parsed(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "compiled").mkdir()
    (tmp_path / "words.yaml").write_text("# a comment\nwords: [alpha, beta]\n", encoding="utf-8")
    stale = {"source_sha256": "0" * 64, "data": {"words": ["stale"]}}
    (tmp_path / "compiled" / "words.yaml.json").write_text(json.dumps(stale), encoding="utf-8")
    monkeypatch.setattr(data, "_FOLDER", tmp_path)
    data.load.cache_clear()
    try:
        assert data.load("words.yaml") == {"words": ["alpha", "beta"]}
        raw = (tmp_path / "words.yaml").read_bytes()
        current = {"source_sha256": hashlib.sha256(raw).hexdigest(), "data": {"words": ["fast"]}}
        (tmp_path / "compiled" / "words.yaml.json").write_text(json.dumps(current))
        data.load.cache_clear()
        assert data.load("words.yaml") == {"words": ["fast"]}
    finally:
        data.load.cache_clear()
