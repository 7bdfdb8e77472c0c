"""No line of the so-what view loses its end (a tester's report, issue 15): the list counted
each item's lines at the width it had before its scrollbar appeared, then drew the item
rewrapped two cells narrower, one line longer, and the line cut off was never shown
("... Eurasian Economic" without "Union.").

Every item's text, as drawn line by line over the whole list, must be the item's whole text,
at several terminal sizes, before and after the key judgments are expanded (more lines, a
scrollbar where there was none).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from briefing.model import Briefing, Estimative, Judgment, Span
from briefing.tui.app import BriefingApp
from briefing.tui.screens.so_what import SoWhatScreen

WORDS = "the accord holds while trade across the border grows and both sides keep talking".split()


def sentence(length: int) -> str:
    """Words of the article's kind, cut to `length` characters and ended with a full stop."""
    words: list[str] = []
    while len(" ".join(words)) < length:
        words.append(WORDS[len(words) % len(WORDS)])
    text = " ".join(words)[: length - 1].rstrip()
    return text[0].upper() + text[1:] + "."


def long_briefing(briefing: Briefing) -> Briefing:
    """Key judgments of every length from 50 to 229 characters: whatever the list's width,
    some fit on their lines with a cell or two to spare and need one more line two cells
    narrower, where the scrollbar goes."""
    may = Estimative("may", "", 0, 100)
    judgments = tuple(
        Judgment(sentence(length), may, Span(5, 0, 10)) for length in range(50, 230)
    )
    so_what = dataclasses.replace(briefing.so_what, key_judgments=judgments)
    return dataclasses.replace(briefing, so_what=so_what)


async def drawn_text(listing: OptionList, pilot: Pilot[Any]) -> dict[int, str]:
    """Each option's text as the list draws it, page by page over the whole list."""
    lines: dict[int, list[str]] = defaultdict(list)
    height = listing.scrollable_content_region.height
    total = listing.virtual_size.height
    for top in range(0, max(total, 1), height):
        listing.scroll_to(y=top, animate=False, immediate=True)
        await pilot.pause()
        for y in range(height):
            if listing.scroll_offset.y + y < top or listing.scroll_offset.y + y >= total:
                continue  # the last page scrolled back: its top lines were read already
            strip = listing.render_line(y)
            assert strip.cell_length <= listing.scrollable_content_region.width
            index = next(
                (s.style.meta.get("option") for s in strip if s.style and s.style.meta), None
            )
            if index is not None:
                text = "".join(segment.text for segment in strip)
                if text.strip("─ "):  # the rule under a group is not text
                    lines[index].append(text)
    return {index: " ".join(" ".join(parts).split()) for index, parts in lines.items()}


def assert_whole(listing: OptionList, drawn: dict[int, str], size: tuple[int, int]) -> None:
    for index in range(listing.option_count):
        prompt = " ".join(str(listing.get_option_at_index(index).prompt).split())
        assert drawn.get(index) == prompt, (size, index, prompt, drawn.get(index))


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40), (200, 60), (97, 33)])
async def test_no_so_what_item_loses_a_line_at_any_width(
    briefing: Briefing, size: tuple[int, int]
) -> None:
    app = BriefingApp(briefing=long_briefing(briefing))
    async with app.run_test(size=size) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SoWhatScreen)
        listing = screen.query_one(OptionList)
        assert_whole(listing, await drawn_text(listing, pilot), size)
        assert screen.more is not None
        listing.highlighted = screen.more
        await pilot.press("enter")
        await pilot.pause()
        assert screen.expanded
        assert_whole(listing, await drawn_text(listing, pilot), size)
