"""Text colours that meet WCAG AA (4.5:1) on every background the reader draws, in any theme.

Textual's built-in light theme writes `$text-success` (quoted words) at about 3.9:1 and
`$text-accent` (section titles) at 3.3:1 against its own background. Rather than ship themes of
our own, the app passes each theme's CSS variables through `accessible`: a text colour too faint
against the darkest-or-lightest of `$background`, `$surface` and `$panel` is moved towards black
(light themes) or white (dark ones) in small steps until it is legible, keeping its hue. Colours
already legible are left exactly as the theme has them.

A colour must pass twice: as it is (a truecolor terminal) and as a 256-colour terminal shows it
(tmux's default), where Rich replaces each colour by its nearest palette colour
(`rich.color.Color.downgrade(ColorSystem.EIGHT_BIT)`); the light theme's section titles, 4.9:1
as written, came out as colour 94 on 251 there, 3.35:1.

The block cursor (the highlighted row of a focused list) is made legible the same way: Textual
writes its text as "auto 87%" over `$block-cursor-background`, 3.8:1 in the dark theme; the
background is darkened (or lightened) in small steps until that text passes.

The same holds wherever else text is drawn (tests/tui/test_contrast_everywhere.py measures every
drawn cell of every screen, in both built-in themes):

- `$text-muted` and `$text-disabled` are "auto N%" (the ground's contrasting colour at N%
  opacity): the library's placeholder, written in `$text-disabled` (auto 38%), read 2.6:1 on the
  light theme. The percentage is raised until the result passes on every ground.
- Toasts are drawn on `$panel-lighten-1`, where their titles' colours (`TOAST_TITLES`) read
  2.3-3.8:1 in the dark theme in 256 colours ("Error", "Copied"): that ground is moved away
  from them (darker in a dark theme) until they pass, leaving the text colours as they are
  (moving those made the dark theme's quotes, `$text-success`, nearly white).
- The footer's keys and descriptions are made legible on `$footer-background` (the light
  theme's keys, `$footer-key-foreground`, were 2.9:1), and a disabled key is greyed (`dimmed`)
  rather than faded: Textual dims it halfway to the ground, 2.1:1 in the light theme, and in
  256 colours no shade of the key's own blue between it and the ground reaches 4.5:1.
- A button's text ("auto 87%" over its variant's colour: `$primary` for Export and Save) is made
  legible by moving that colour, as the block cursor's is (the dark theme's Export: 3.8:1).
- The cursor's row of a list is drawn in the cursor's own text colour (`colourless`, used by the
  lists, briefing/tui/widgets/option_list.py): a colour chosen for the list's ground, an accent
  "§1" or a note's colour, read 1.3-3.8:1 on the cursor.

The ratio is WCAG 2.x's: (L1 + 0.05) / (L2 + 0.05) with L the relative luminance of sRGB
(https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from textual.color import Color

if TYPE_CHECKING:
    from rich.color import Color as RichColor
    from rich.style import Style as RichStyle
    from textual.content import Content
    from textual.style import Style

AA = 4.5
"""WCAG AA for body text."""

TEXT_VARIABLES = (
    "text-primary",
    "text-secondary",
    "text-accent",
    "text-success",
    "text-warning",
    "text-error",
)
"""Theme variables used as text colours (styles in text.py and briefing.tcss)."""

BACKGROUNDS = ("background", "surface", "panel")
"""Where text is drawn: the article, the side lists, the header and footer."""

TOAST_GROUND = "panel-lighten-1"
TOAST_TITLES = ("text-success", "text-warning", "text-error")
"""A toast's ground, and the colours of its title by severity (Textual's Toast)."""

AUTO_TEXT_VARIABLES = ("text-muted", "text-disabled")
"""Text colours written "auto N%": the ground's contrasting colour at N% opacity."""

FOOTER_TEXT = ("footer-key-foreground", "footer-description-foreground", "footer-foreground")
"""The footer's text colours, drawn on `$footer-background`."""

DIM_FACTOR = 0.5
"""How far Textual's dim moves a colour towards its ground (textual.filter.DimFilter)."""

BUTTON_GROUNDS = ("primary", "success", "warning", "error")
"""The colours of the button variants, under `$button-color-foreground`."""


def luminance(color: Color) -> float:
    """WCAG relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(first: Color, second: Color) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def in_256_colours(color: Color) -> Color:
    """The palette colour a 256-colour terminal shows for `color` (Rich's downgrade)."""
    from rich.color import Color as RichColor
    from rich.color import ColorSystem

    shown = RichColor.from_rgb(color.r, color.g, color.b).downgrade(ColorSystem.EIGHT_BIT)
    triplet = shown.get_truecolor()
    return Color(triplet.red, triplet.green, triplet.blue)


def passes(color: Color, ground: Color, ratio: float = AA) -> bool:
    """Whether `color` on `ground` reaches `ratio` in truecolor and in 256 colours."""
    return (
        contrast(color, ground) >= ratio
        and contrast(in_256_colours(color), in_256_colours(ground)) >= ratio
    )


def legible(color: Color, backgrounds: Iterable[Color], ratio: float = AA) -> Color:
    """`color`, or the nearest colour towards black or white (whichever the backgrounds
    contrast with) that reaches `ratio` against every one of them, in truecolor and in 256
    colours."""
    grounds = list(backgrounds)
    if all(passes(color, ground, ratio) for ground in grounds):
        return color
    dark_grounds = sum(luminance(ground) for ground in grounds) / len(grounds) < 0.18
    target = Color(255, 255, 255) if dark_grounds else Color(0, 0, 0)
    for step in range(1, 21):
        candidate = color.blend(target, step / 20)
        if all(passes(candidate, ground, ratio) for ground in grounds):
            return candidate
    return target


def cursor_text(background: Color, foreground: str) -> Color | None:
    """The opaque text colour of the block cursor: `foreground` ("auto 87%" or a colour)
    over `background`; None when it cannot be read."""
    try:
        if foreground.startswith("auto"):
            alpha = float(foreground.split()[1].rstrip("%")) / 100 if " " in foreground else 1.0
            return background + background.get_contrast_text(alpha)  # composited
        return background + Color.parse(foreground)
    except Exception:  # noqa: BLE001 - an unusual theme: leave its cursor alone
        return None


def legible_ground(background: Color, foreground: str, ratio: float = AA) -> Color | None:
    """`background` moved towards black or white, away from the text `foreground` ("auto
    87%" or a colour) drawn over it, in small steps until that text reaches `ratio`; None
    when it already does, or no step gets there."""
    text = cursor_text(background, foreground)
    if text is None or passes(text, background, ratio):
        return None
    target = Color(0, 0, 0) if luminance(text) > luminance(background) else Color(255, 255, 255)
    for step in range(1, 21):
        candidate = background.blend(target, step / 20)
        text = cursor_text(candidate, foreground)
        if text is not None and passes(text, candidate, ratio):
            return candidate
    return None


def legible_cursor(variables: dict[str, str], ratio: float = AA) -> None:
    """Make the block cursor's text legible by moving `$block-cursor-background` away from
    it (its text is worked out from the background, so the text colour is left as it is);
    the blurred cursor keeps its own transparency over the new colour."""
    try:
        background = Color.parse(variables["block-cursor-background"])
    except Exception:  # noqa: BLE001 - absent or unusual: leave it
        return
    foreground = variables.get("block-cursor-foreground", "auto 87%")
    if background.a < 1.0:
        return
    candidate = legible_ground(background, foreground, ratio)
    if candidate is None:
        return
    variables["block-cursor-background"] = candidate.hex
    blurred = variables.get("block-cursor-blurred-background")
    if blurred:
        try:
            alpha = Color.parse(blurred).a
        except Exception:  # noqa: BLE001
            return
        variables["block-cursor-blurred-background"] = candidate.with_alpha(alpha).hex


def legible_auto(value: str, grounds: Iterable[Color], ratio: float = AA) -> str:
    """An "auto N%" text colour with N raised (in steps of 5) until it reaches `ratio` on
    every ground; `value` itself when it does already, or is not of that form."""
    parts = value.split()
    if len(parts) != 2 or parts[0] != "auto" or not parts[1].endswith("%"):
        return value
    try:
        percent = float(parts[1].rstrip("%"))
    except ValueError:
        return value
    grounds = list(grounds)

    def reads(at: float) -> bool:
        return all(
            passes(ground + ground.get_contrast_text(at / 100), ground, ratio)
            for ground in grounds
        )

    if reads(percent):
        return value
    for raised in range(int(percent // 5 * 5) + 5, 101, 5):
        if reads(raised):
            return f"auto {raised}%"
    return "auto 100%"


@lru_cache(maxsize=64)
def dimmed(color: Color, ground: Color, ratio: float = AA) -> Color:
    """A disabled key's colour: `color` dimmed as Textual dims (`DIM_FACTOR` of the way to
    `ground`), in grey, then moved back (`legible`) only as far as it needs to reach `ratio`
    on `ground`, in truecolor and 256 colours. Grey, so that it reads as disabled beside a
    coloured key even where little room is left between the key's colour and the ground.
    (Cached: the footer asks for the same few colours each time it is drawn.)"""
    return legible(color.blend(ground, DIM_FACTOR).monochrome, [ground], ratio)


def dimmed_style(style: RichStyle, ground: RichColor | None) -> RichStyle:
    """A disabled key's style: its colour `dimmed` on `ground`, not bold; Rich's dim (which
    Textual turns into a colour halfway to the ground) when a colour is unknown."""
    from rich.style import Style as RichStyle

    color = style.color
    if color is None or ground is None or color.is_default or ground.is_default:
        return style + RichStyle(dim=True)
    faded = dimmed(Color.from_rich_color(color), Color.from_rich_color(ground))
    return style + RichStyle(color=faded.rich_color, bold=False)


TEXT_STYLE_WORDS = frozenset(
    {"bold", "b", "dim", "d", "italic", "i", "underline", "u", "underline2", "uu", "reverse",
     "r", "strike", "s", "blink", "not"}
)  # fmt: skip
"""Words of a Content style string that are not colours."""


def colourless(content: Content) -> Content:
    """`content` with its colours taken out of every span (bold, italic and the like kept):
    a list's cursor row, drawn in the cursor's own legible text colour."""
    from dataclasses import replace

    from textual.content import Content, Span

    def plain_style(style: Style | str) -> Style | str:
        if isinstance(style, str):
            words = []
            for word in style.split():
                if word == "on":
                    break  # a background and what follows it
                if word in TEXT_STYLE_WORDS:
                    words.append(word)
            return " ".join(words)
        return replace(style, foreground=None, background=None)

    spans = [Span(span.start, span.end, plain_style(span.style)) for span in content.spans]
    return Content(content.plain, [span for span in spans if span.style])


def accessible(variables: Mapping[str, str]) -> dict[str, str]:
    """A theme's CSS variables with every text colour made legible on its backgrounds.
    (Worked out once per theme: 1-4 ms, asked for at start-up and at every restyle.)"""
    return dict(_accessible(tuple(variables.items())))


@lru_cache(maxsize=8)
def _accessible(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(_made_accessible(dict(items)).items())


def _made_accessible(variables: Mapping[str, str]) -> dict[str, str]:
    """`accessible`, worked out."""
    result = dict(variables)
    try:
        grounds = [Color.parse(variables[name]) for name in BACKGROUNDS if name in variables]
    except Exception:  # noqa: BLE001 - an unusual theme: keep it as it is
        return result
    grounds = [ground for ground in grounds if ground.a == 1.0]
    if not grounds:
        return result
    for name in TEXT_VARIABLES:
        value = variables.get(name)
        if not value:
            continue
        try:
            color = Color.parse(value)
        except Exception:  # noqa: BLE001 - "auto 87%" and the like are left to Textual
            continue
        if color.a < 1.0:
            continue
        fixed = legible(color, grounds)
        if fixed != color:
            result[name] = fixed.hex
    legible_toasts(result)
    for name in AUTO_TEXT_VARIABLES:
        if name in result:
            result[name] = legible_auto(result[name], grounds)
    footer_ground = _opaque(result.get("footer-background"))
    for name in FOOTER_TEXT:
        color = _opaque(result.get(name))
        if color is not None and footer_ground is not None:
            fixed = legible(color, [footer_ground])
            if fixed != color:
                result[name] = fixed.hex
    button_text = result.get("button-color-foreground", "auto 87%")
    for name in BUTTON_GROUNDS:
        ground = _opaque(result.get(name))
        if ground is not None:
            moved = legible_ground(ground, button_text)
            if moved is not None:
                result[name] = moved.hex
    legible_cursor(result)
    return result


def legible_toasts(variables: dict[str, str], ratio: float = AA) -> None:
    """Move the toasts' ground (`TOAST_GROUND`) towards black or white, away from its titles'
    colours and `$foreground`, in small steps until all of them reach `ratio` on it."""
    ground = _opaque(variables.get(TOAST_GROUND))
    texts = [_opaque(variables.get(name)) for name in (*TOAST_TITLES, "foreground")]
    colors = [color for color in texts if color is not None]
    if ground is None or not colors or all(passes(c, ground, ratio) for c in colors):
        return
    lighter = sum(luminance(color) for color in colors) / len(colors) > luminance(ground)
    target = Color(0, 0, 0) if lighter else Color(255, 255, 255)
    for step in range(1, 21):
        candidate = ground.blend(target, step / 20)
        if all(passes(color, candidate, ratio) for color in colors):
            variables[TOAST_GROUND] = candidate.hex
            return


def _opaque(value: str | None) -> Color | None:
    """A variable's colour when it is one and opaque ("auto 87%", "transparent": None)."""
    if not value:
        return None
    try:
        color = Color.parse(value)
    except Exception:  # noqa: BLE001
        return None
    return color if color.a == 1.0 else None
