"""The theme variables `accessible` computes (tui/contrast.py), for both built-in themes: every
text colour, "auto N%" colour, footer colour, toast title and button label is legible on what
it is drawn on, and a disabled footer key is dimmer than an enabled one yet still legible."""

from __future__ import annotations

import pytest
from rich.style import Style as RichStyle
from textual.color import Color
from textual.content import Content, Span
from textual.theme import BUILTIN_THEMES

from briefing.tui.contrast import (
    AA,
    BACKGROUNDS,
    BUTTON_GROUNDS,
    FOOTER_TEXT,
    TEXT_VARIABLES,
    TOAST_GROUND,
    TOAST_TITLES,
    accessible,
    colourless,
    contrast,
    cursor_text,
    dimmed_style,
    passes,
)

THEMES = ("textual-dark", "textual-light")


def variables(name: str) -> dict[str, str]:
    theme = BUILTIN_THEMES[name]
    generated = theme.to_color_system().generate()
    generated.update(theme.variables)
    return accessible(generated)


@pytest.mark.parametrize("name", THEMES)
def test_text_colours_pass_on_every_ground(name: str) -> None:
    values = variables(name)
    grounds = [Color.parse(values[ground]) for ground in BACKGROUNDS]
    for text in TEXT_VARIABLES:
        for ground in grounds:
            assert passes(Color.parse(values[text]), ground), (text, ground.hex)
    for text in ("text-muted", "text-disabled"):  # "auto N%"
        for ground in grounds:
            shown = cursor_text(ground, values[text])
            assert shown is not None and passes(shown, ground), (text, values[text], ground.hex)
    toast = Color.parse(values[TOAST_GROUND])
    for title in (*TOAST_TITLES, "foreground"):
        assert passes(Color.parse(values[title]), toast), (title, toast.hex)
    for ground_name in BUTTON_GROUNDS:
        ground = Color.parse(values[ground_name])
        label = cursor_text(ground, values["button-color-foreground"])
        assert label is not None and passes(label, ground), (ground_name, ground.hex)


@pytest.mark.parametrize("name", THEMES)
def test_footer_keys_pass_and_disabled_ones_are_greyed_yet_legible(name: str) -> None:
    values = variables(name)
    ground = Color.parse(values["footer-background"])
    for text in FOOTER_TEXT:
        color = Color.parse(values[text])
        assert passes(color, ground), (text, color.hex)
        style = RichStyle(color=color.rich_color, bold=True)
        faded = dimmed_style(style, ground.rich_color)
        assert faded.color is not None and not faded.bold
        shown = Color.from_rich_color(faded.color)
        assert passes(shown, ground, AA), (text, shown.hex)
        assert shown.r == shown.g == shown.b, "grey: disabled"
        assert contrast(shown, ground) < contrast(color, ground) or color.r != color.g, (
            "dimmer than an enabled key, or grey beside its colour"
        )


def test_the_light_theme_footer_and_quotes_keep_their_hue() -> None:
    values = variables("textual-light")
    key = Color.parse(values["footer-key-foreground"])
    assert key.b > key.r, "still blue, only darker"
    dark = variables("textual-dark")
    assert dark["text-success"] == "#8AD4A1", "the dark theme's quotes are left as they were"


def test_colourless_keeps_the_text_style_and_drops_colours() -> None:
    content = Content(
        "§1 quote note",
        [
            Span(0, 2, "bold $text-accent"),
            Span(3, 8, "italic $text-success on $panel"),
            Span(9, 13, "$text-secondary"),
        ],
    )
    plain = colourless(content)
    assert plain.plain == content.plain
    assert [(span.start, span.end, span.style) for span in plain.spans] == [
        (0, 2, "bold"),
        (3, 8, "italic"),
    ]
