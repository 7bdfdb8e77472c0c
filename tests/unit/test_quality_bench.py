"""bench/quality.py stays runnable: one quick pass over two documents of each corpus set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quality_script_prints_one_line_per_set(corpus: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "quality.py"), "--limit", "2"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for label in ("quotes (polnear-dev):", "sections (choi-tune):", "boilerplate (extraction):"):
        assert any(line.startswith(label) for line in lines), result.stdout
    assert not any(line.startswith("seed") and ": FAIL" in line for line in lines), result.stdout
