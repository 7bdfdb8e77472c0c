"""How the reader shares the terminal's width: a comfortable measure for the text first.

Typographers set running text at about 45-90 characters a line, 60-75 for comfort (Bringhurst,
*The Elements of Typographic Style*, 2.1.2). The reader's text column is given that measure,
and the side panel (30-56 cells) and the section list (22-35) appear only when the terminal
has room for them beside it. Two rules hold at every width (the tests walk 20-300 columns):

- the text's width never shrinks as the terminal grows (when a panel appears, the text had
  been held at the width it keeps beside the panel), and
- a panel that appears on its own never leaves the text under `MIN_MEASURE`.

Spare columns go to the panels (up to their widest), then to equal margins round the text.
The user may hide or show either panel, or both at once (focus mode); a panel shown by
hand is shown whatever the width, since the user asked for it, but narrower (down to a floor)
before it leaves the text under `SHOWN_MEASURE`.

Widths are in terminal cells; every panel width includes its one-cell border.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_MEASURE = 60
"""The narrowest text column a panel may leave (characters)."""
MAX_MEASURE = 76
"""The widest text column: longer lines are hard to follow back to the next one."""
GUTTER = 2
"""Least padding each side of the text."""
SCROLLBAR = 1
"""The article's vertical scrollbar."""
CHROME = 2 * GUTTER + SCROLLBAR

SIDE = (30, 56)
"""Side panel (actors, quotes, timeline): narrowest and widest."""
SECTIONS = (22, 35)
"""Section list: narrowest and widest."""
TWO_PANEL_SLACK = 3
"""Extra text width required before the second panel appears, so that the first one's
width is not immediately given back."""
SHOWN_MEASURE = 56
"""The narrowest text column a panel shown by hand may leave, where the terminal allows: such
a panel gives up width (down to its `*_FLOOR`) before the text goes under this (a look at the
actors at 80 columns left the text 46 characters wide; issue 15, tester item 19)."""
SIDE_FLOOR = SIDE[0]
"""The side panel never gets narrower than its tab labels ("Actors Quotes Timeline Notes"):
at 20 cells its tabs and actor names were cut mid-word ("Nagorno-Karabak", a tester's report),
worse than a text column of 45 characters at 80 columns."""
SECTIONS_FLOOR = 16
"""The narrowest the section list gets when shown by hand, to leave the text `SHOWN_MEASURE`
(its titles wrap whole words)."""


@dataclass(frozen=True, slots=True)
class Layout:
    """Where everything goes at one terminal width (cells)."""

    sections: int
    """Section list width, 0 when hidden."""
    side: int
    """Side panel width, 0 when hidden."""
    text: int
    """Characters per line in the article."""
    left: int
    """Padding left of the text."""
    right: int
    """Columns right of the text, besides the scrollbar's: the screen keeps one between the
    text and its scrollbar and moves the rest before the text (beside the side panel) or past
    the scrollbar (the text alone), so that the scrollbar is at the column's edge."""


def reader_layout(
    width: int, *, side: bool | None = None, sections: bool | None = None
) -> Layout:
    """The layout at `width` cells. `side` and `sections`: None lets the width decide, True
    shows the panel whatever the width, False hides it."""
    forced = 0
    if side:
        forced += SIDE[0]
    if sections:
        forced += SECTIONS[0]
    candidates: list[tuple[str, int]] = []
    if side is None:
        candidates.append(("side", SIDE[0]))
    if sections is None:
        candidates.append(("sections", SECTIONS[0]))
    # Width at which the k-th candidate appears, and the text width it leaves there.
    thresholds: list[int] = []
    total = forced
    for index, (_, panel) in enumerate(candidates):
        total += panel
        thresholds.append(MIN_MEASURE + CHROME + total + TWO_PANEL_SLACK * index)
    shown = [name for (name, _), at in zip(candidates, thresholds, strict=True) if width >= at]
    count = len(shown)
    used = forced + sum(panel for name, panel in candidates if name in shown)
    room = max(1, width - used - CHROME)
    if count < len(candidates):
        # Held at what the text will have when the next panel appears (monotonic).
        next_at = thresholds[count]
        cap = next_at - CHROME - (used + candidates[count][1])
        text = min(room, cap, MAX_MEASURE)
    else:
        text = min(room, MAX_MEASURE)
    text = max(1, text)
    widths = {
        "side": SIDE[0] if side or "side" in shown else 0,
        "sections": SECTIONS[0] if sections or "sections" in shown else 0,
    }
    # Panels shown by hand where the width has no room for them: narrower, not the text.
    floors = (("side", side, SIDE_FLOOR), ("sections", sections, SECTIONS_FLOOR))
    for name, by_hand, floor in floors:
        if by_hand and text < SHOWN_MEASURE:
            given = max(0, min(SHOWN_MEASURE - text, widths[name] - floor))
            widths[name] -= given
            text += given
    spare = max(0, width - CHROME - text - sum(widths.values()))
    for name, (_, widest) in (("side", SIDE), ("sections", SECTIONS)):
        if widths[name]:
            extra = min(spare, widest - widths[name])
            widths[name] += extra
            spare -= extra
    gutter = GUTTER if width - text - sum(widths.values()) >= CHROME else 0
    left = gutter + spare // 2
    right = max(0, width - SCROLLBAR - sum(widths.values()) - text - left)
    return Layout(widths["sections"], widths["side"], text, left, right)
