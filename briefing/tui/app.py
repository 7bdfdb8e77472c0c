"""The reader app (placeholder until the reader issue lands)."""

from __future__ import annotations

from pathlib import Path


def run(path: Path | None = None, library: str | None = None) -> int:
    """Start the reader on one article or on the library; returns the exit status."""
    raise SystemExit("the reader is not built yet")
