"""The core never imports Textual: scripts and `briefing analyze` must stay fast and headless."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "briefing.cli",
    "briefing.model",
    "briefing.serialize",
    "briefing.ingest",
    "briefing.analysis.pipeline",
    "briefing.export",
    "briefing.library",
    "briefing.read_ahead",
]


def test_importing_the_core_leaves_textual_out() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in CORE_MODULES)
        + "print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
