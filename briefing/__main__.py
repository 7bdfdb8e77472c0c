"""`python -m briefing` runs the same entry point as the `briefing` command."""

from __future__ import annotations

from briefing.cli import main

raise SystemExit(main())
