"""Control characters never reach a terminal raw, and offsets survive the mapping."""

from __future__ import annotations

from briefing.printable import printable


def test_escape_codes_become_pictures_one_for_one() -> None:
    text = "\x1b[31mred\x1b[0m \x1b]52;c;SGVsbG8=\x07 tab\tnew\nline \x9b"
    shown = printable(text)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "␛[31mred" in shown
    assert "\t" in shown and "\n" in shown
    assert len(shown) == len(text)


def test_anything_printable_is_untouched() -> None:
    text = "Армения · Հայաստան · “quoted” — [bold]not markup[/]"
    assert printable(text) == text
