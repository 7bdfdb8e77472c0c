"""Where the export dialog proposes to write: the rule is the command line's too, so it lives
in the core (briefing/export/folder.py); the dialog imports it from here as before."""

from __future__ import annotations

from briefing.export.folder import CHECKOUT_MARKERS, export_folder, is_source_checkout

__all__ = ["CHECKOUT_MARKERS", "export_folder", "is_source_checkout"]
