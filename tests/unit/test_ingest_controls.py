"""Issue 14, silent loss: a line holding control characters (an ESC sequence, a bidi override)
is never dropped as page furniture or header; it is kept where it stands, as written.

Before the fix a first line such as `ESC ]52;c;...BEL [bold]Hi[/bold] there` was read as a
header line that was neither title nor byline and vanished, in text, in Markdown page captures
and between the headline and the byline alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import load_article
from briefing.printable import has_controls

OSC = "\x1b]52;c;SGVsbG8=\x07[bold]Hi[/bold] there"
"""A clipboard write (OSC 52) then Rich markup; decode keeps ESC and drops BEL by design."""
KEPT = "\x1b]52;c;SGVsbG8=[bold]Hi[/bold] there"
PROSE = (
    "Negotiators from both capitals met in Vienna on Tuesday to discuss the grain corridor, "
    "officials said after the session ended.",
    "The talks are likely to resume next month, although neither side has agreed on an agenda "
    "for the next round.",
    "Observers in the region expect a slow process with several more rounds before any deal "
    "is signed by the ministers.",
)
HEADLINE = "Grain Talks Resume in Vienna After Long Pause"


def _load(tmp_path: Path, blocks: list[str], name: str = "a.txt") -> tuple[str, list[str]]:
    path = tmp_path / name
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    article = load_article(path)
    return article.meta.title, [paragraph.text for paragraph in article.paragraphs]


def test_an_escape_line_first_is_kept_as_written(tmp_path: Path) -> None:
    _, paragraphs = _load(tmp_path, [OSC, *PROSE])
    assert paragraphs == [KEPT, *PROSE]


@pytest.mark.parametrize(
    ("blocks", "before"),
    [
        (["Skip to content", "Menu", "Search", OSC, HEADLINE, *PROSE], 0),  # among the menus
        ([HEADLINE, OSC, "By Jane Doe", *PROSE], 0),  # between the headline and the byline
        ([HEADLINE, OSC, *PROSE], 0),  # between the headline and the text
        ([HEADLINE, *PROSE, "Related Articles", OSC, "Another Story Entirely"], 3),  # the tail
    ],
    ids=["menus", "above-byline", "under-headline", "tail"],
)
def test_an_escape_line_anywhere_around_the_article_is_kept(
    tmp_path: Path, blocks: list[str], before: int
) -> None:
    title, paragraphs = _load(tmp_path, blocks)
    assert title == HEADLINE
    assert KEPT in paragraphs and paragraphs.index(KEPT) == before
    assert [text for text in paragraphs if text != KEPT] == list(PROSE)


@pytest.mark.parametrize(
    "line", ["\x1b[31m", "\u202eevil\u202c", "\x1b[2J\x1b[H", "\x1b(0lqqk\x1b(B"]
)
def test_any_control_character_line_is_kept(tmp_path: Path, line: str) -> None:
    _, paragraphs = _load(tmp_path, [line, *PROSE])
    assert paragraphs[0] == line and paragraphs[1:] == list(PROSE)


def test_a_title_line_with_escapes_is_the_title_and_not_repeated(tmp_path: Path) -> None:
    styled = f"\x1b[1m{HEADLINE}\x1b[0m"
    title, paragraphs = _load(tmp_path, [styled, *PROSE])
    assert title == styled and paragraphs == list(PROSE)


def test_ordinary_menu_lines_are_still_dropped(tmp_path: Path) -> None:
    """The rescue is for control characters only: furniture without them goes as before."""
    _, paragraphs = _load(tmp_path, ["Skip to content", "Menu", HEADLINE, *PROSE])
    assert paragraphs == list(PROSE)


def test_a_markdown_page_capture_keeps_the_line_too(tmp_path: Path) -> None:
    menus = ["[Home](/)", "[World](/world)", "[Politics](/politics)", "[Sign in](/login)"]
    _, paragraphs = _load(tmp_path, [*menus, OSC, f"# {HEADLINE}", *PROSE], "a.md")
    assert KEPT in paragraphs


def test_has_controls_is_what_printable_changes() -> None:
    assert has_controls("\x1b[0m") and has_controls("\u202e") and has_controls("\x85")
    assert not has_controls("tab\tand newline\n") and not has_controls("RLM \u200f stays")
