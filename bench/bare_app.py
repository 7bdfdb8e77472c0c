"""A bare Textual app that shows the seed article's text: the startup yardstick for the reader."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class BareApp(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text(self.text))


if __name__ == "__main__":
    BareApp(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
