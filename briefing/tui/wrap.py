"""Line breaking that honours no-break spaces: "1 200 000 tonnes" and "21 July" move whole.

Textual wraps `Content` with Rich's `divide_line`, whose words are runs of `\\S` separated by
`\\s`; Python counts U+00A0 NO-BREAK SPACE, U+202F NARROW NO-BREAK SPACE and U+2007 FIGURE
SPACE as `\\s`, so a line could end inside "United Nations" written with a no-break space.
Unicode's line-breaking rules (UAX #14, class GL, "glue") forbid a break either side of them,
as does U+2060 WORD JOINER. `install` swaps Rich's word pattern for one that treats those
characters as part of the word; nothing else about wrapping changes.

Rich keeps the pattern as a module global (`rich._wrap.re_word`) read on every call, so the
swap is one assignment, done once when the reader's paragraph widget is imported. A test
(tests/tui/test_reader_layout.py) wraps a run of glued words, so an upgrade of Rich or Textual
that wraps another way fails there rather than silently.
"""

from __future__ import annotations

import re

GLUE = "\u00a0\u202f\u2007\u2060"
"""Characters no line may break at (UAX #14 class GL)."""

WORD = re.compile(rf"[^\S{GLUE}]*(?:[^\s]|[{GLUE}])+[^\S{GLUE}]*")
"""A word with the breakable spaces around it; glue characters belong to the word."""


def install() -> None:
    """Make Rich (and so Textual) break lines only at breakable spaces."""
    import rich._wrap

    rich._wrap.re_word = WORD
