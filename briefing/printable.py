"""Text on its way to a terminal or a page, with control characters shown as their pictures.

Titles, file names and article text come from the files themselves. Printed raw, an escape code
in one could restyle, retitle or clear the reader's terminal, or write to its clipboard (OSC 52),
and a right-to-left override (U+202E) could make a file name read backwards ("txt.exe" shown
as "exe.txt"). Every way out (the CLI, the exports, the TUI) therefore maps, one character for
one so offsets hold:

- C0 controls, tab and newline aside, and DEL to the Unicode control pictures (ESC becomes ␛);
- C1 controls (U+0080-U+009F), lone surrogates (undecodable bytes in a file name, which would
  also fail to print) and the bidirectional embedding, override and isolate controls
  (U+202A-U+202E, U+2066-U+2069; Unicode TR#9) to U+FFFD, the replacement character. The
  marks LRM, RLM and ALM stay: they only nudge neutral characters and right-to-left prose
  needs them.

`one_line` also shows tab and line breaks as pictures, for outputs that promise one line per
item (`briefing list`, error messages).
"""

from __future__ import annotations

import re

BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they reorder the text around them."""

CONTROL_PICTURES: dict[int, str] = {
    **{code: chr(0x2400 + code) for code in range(32) if code not in (9, 10)},
    0x7F: "\u2421",
    **{code: "\ufffd" for code in range(0x80, 0xA0)},
    **{code: "\ufffd" for code in BIDI_CONTROLS},
    **{code: "\ufffd" for code in range(0xD800, 0xE000)},
}
"""str.translate table: control character to its visible picture."""

LINE_PICTURES: dict[int, str] = CONTROL_PICTURES | {
    9: "\u2409",  # ␉
    10: "\u2424",  # ␤
    0x85: "\u2424",
    0x2028: "\u2424",
    0x2029: "\u2424",
}
"""`CONTROL_PICTURES` plus tab and every line break (NEL, LINE and PARAGRAPH SEPARATOR too)."""


_CONTROLS = re.compile("[" + "".join(re.escape(chr(code)) for code in CONTROL_PICTURES) + "]")


def has_controls(text: str) -> bool:
    """Whether `text` holds a character `printable` shows as a picture (ESC, a bidi override):
    such a line is the file's own odd content, never page furniture, so ingest never drops it
    as a menu or header line (it is kept and shown as written, pictures and all)."""
    return _CONTROLS.search(text) is not None


def printable(text: object) -> str:
    """`text` (or its str()) with control characters shown as pictures (ESC as ␛)."""
    return str(text).translate(CONTROL_PICTURES)


def one_line(text: object) -> str:
    """`printable(text)` that is sure to stay on one line: tabs and line breaks as pictures."""
    return str(text).translate(LINE_PICTURES)
