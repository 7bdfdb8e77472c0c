"""One-page summary export (placeholder until the export issue lands)."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import ExportError


def export_command(
    path: Path, *, fmt: str | None, output: str | None, force: bool, paper: str
) -> int:
    """`briefing export`: write a one-page summary of an article."""
    raise ExportError("export is not built yet")
