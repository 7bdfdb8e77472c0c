"""Text on its way to a terminal or a page, with control characters shown as their pictures.

Titles, file names and article text come from the files themselves. Printed raw, an escape code
in one could restyle, retitle or clear the reader's terminal, or write to its clipboard (OSC 52).
Every way out (the CLI, the exports, the TUI) therefore maps C0 and C1 controls, tab and newline
aside, to the Unicode control pictures (ESC becomes ␛), one character for one, so offsets hold.
"""

from __future__ import annotations

CONTROL_PICTURES: dict[int, str] = {
    **{code: chr(0x2400 + code) for code in range(32) if code not in (9, 10)},
    0x7F: "\u2421",
    **{code: "\ufffd" for code in range(0x80, 0xA0)},
}
"""str.translate table: control character to its visible picture."""


def printable(text: object) -> str:
    """`text` (or its str()) with control characters shown as pictures (ESC as ␛)."""
    return str(text).translate(CONTROL_PICTURES)
