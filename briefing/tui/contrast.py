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

The ratio is WCAG 2.x's: (L1 + 0.05) / (L2 + 0.05) with L the relative luminance of sRGB
(https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.color import Color

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
    text = cursor_text(background, foreground)
    if text is None or passes(text, background, ratio):
        return
    target = Color(0, 0, 0) if luminance(text) > luminance(background) else Color(255, 255, 255)
    for step in range(1, 21):
        candidate = background.blend(target, step / 20)
        text = cursor_text(candidate, foreground)
        if text is not None and passes(text, candidate, ratio):
            break
    else:
        return
    variables["block-cursor-background"] = candidate.hex
    blurred = variables.get("block-cursor-blurred-background")
    if blurred:
        try:
            alpha = Color.parse(blurred).a
        except Exception:  # noqa: BLE001
            return
        variables["block-cursor-blurred-background"] = candidate.with_alpha(alpha).hex


def accessible(variables: Mapping[str, str]) -> dict[str, str]:
    """A theme's CSS variables with every text colour made legible on its backgrounds."""
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
    legible_cursor(result)
    return result
