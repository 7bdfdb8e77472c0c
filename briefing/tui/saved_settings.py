"""The theme and the reader's panel layout, kept in the notes store between runs.

Settings (`briefing.store.get_setting`/`set_setting`): `theme` is the name of a Textual theme
(chosen with ctrl+p, "Change theme"); `panel_layout` is `{"focus": bool, "by_width": {class:
{panel: bool}}}`, the reader's `PanelChoices` (`c`, `p`, `f`): for each class of terminal width
("narrow" below 95 columns, "medium" 95-119, "wide" 120 and more; `reader_layout.WIDTH_CLASSES`)
the panels ("side", "sections") the user showed (true) or hid (false) where that differs from
the class's default; a panel not named there follows the width. The first format, one global
`{"side": bool | null, "sections": bool | null, "focus": bool}`, is read for its focus mode
only: its panel choices were made at a width it did not record, so they are not applied at
another (they made a panel shown at 120 columns squeeze the text at 80).

Start-up pays nothing for them. `briefing ARTICLE` has them read by the process that reads the
article ahead (`briefing.read_ahead`, while this one imports Textual): the app applies them as
it is made (`apply_early`), so the first frame has the saved theme and the panels are built in
the saved layout, and the store is neither imported nor opened on the way to the complete
first screen. Otherwise (the library, or no read-ahead) the store is opened only after the
first frame (`restore_later`, called when the app mounts), then the theme and layout are
applied, which restyles the screen once when they differ from the defaults. A theme or panel choice is saved when it is made (the
theme picker sets the theme once, on Enter: no previews to skip). A store that cannot be
opened only means nothing is kept; a damaged one is moved aside by the store, with a warning
shown here (the first to open it after the start).

`export_format` is the format of the last export written ("md", "txt", "html" or "pdf"), which
the export dialog starts on (`app.last_export_format`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

THEME = "theme"
LAYOUT = "panel_layout"
EXPORT_FORMAT = "export_format"
NAMES = (THEME, LAYOUT, EXPORT_FORMAT)
"""The settings restored at start-up, in the order `_read` gives them."""


def _read(app: App[Any]) -> tuple[Any, Any, Any] | None:
    """The saved theme, layout and export format, or None when the store cannot be read. The
    store's own warnings (a damaged file moved aside) are shown: this is the first to open it."""
    import sqlite3

    from briefing.store import get_setting, open_store

    try:
        with open_store() as store:
            for warning in store.warnings:
                app.notify(warning, title="Notes", severity="warning", markup=False)
            return (
                get_setting(store, THEME),
                get_setting(store, LAYOUT),
                get_setting(store, EXPORT_FORMAT),
            )
    except (sqlite3.Error, OSError):
        return None


def save(name: str, value: Any) -> bool:
    """Write one setting; False when the store cannot be written."""
    import sqlite3

    from briefing.store import open_store, set_setting

    try:
        with open_store() as store:
            set_setting(store, name, value)
    except (sqlite3.Error, OSError):
        return False
    return True


def save_export_format(fmt: str) -> None:
    """Keep the format just exported to for the next run's export dialog."""
    save(EXPORT_FORMAT, fmt)


def layout_value(app: App[Any]) -> dict[str, Any]:
    """The session's panel choices as the `panel_layout` setting (panels a tab key brought
    in for this run are not among them)."""
    from briefing.tui.screens.reader_layout import choices

    chosen = choices(app)
    by_width = {name: dict(kept) for name, kept in chosen.overrides.items() if kept}
    return {"focus": chosen.focus, "by_width": by_width}


def save_layout(app: App[Any]) -> None:
    """Keep the panel choices just made for the next run."""
    save(LAYOUT, layout_value(app))


def apply_layout(app: App[Any], value: Any) -> bool:
    """Take a saved `panel_layout` as the session's choices; False when it is not one."""
    from briefing.tui.screens.reader_layout import choices

    from briefing.tui.screens.reader_layout import PANELS, WIDTH_CLASSES

    if not isinstance(value, dict):
        return False
    chosen = choices(app)
    by_width = value.get("by_width")
    if isinstance(by_width, dict):
        for name, _ in WIDTH_CLASSES:
            kept = by_width.get(name)
            if not isinstance(kept, dict) or chosen.overrides.get(name):
                continue  # nothing saved, or a choice made already this run
            panels = {panel: kept[panel] for panel in PANELS if kept.get(panel) in (True, False)}
            if panels:
                chosen.overrides[name] = panels
    chosen.focus = value.get("focus") is True
    return True


def _apply(app: App[Any], saved: tuple[Any, Any, Any]) -> bool:
    """Take the saved theme, layout and export format (see `_read`); whether the layout was
    one."""
    theme, layout, export_format = saved
    if isinstance(export_format, str) and not hasattr(app, "last_export_format"):
        app.last_export_format = export_format  # type: ignore[attr-defined]  # (dialog checks it)
    if isinstance(theme, str) and theme != app.theme and theme in app.available_themes:
        app.theme = theme
    return apply_layout(app, layout)


def _keep_theme(app: App[Any]) -> None:
    """Save the theme whenever it changes from now on."""
    app.watch(app, "theme", lambda name: save(THEME, name), init=False)


def restore(app: App[Any]) -> None:
    """Apply the saved theme, layout and export format, then save the theme whenever it
    changes."""
    saved = _read(app)
    if saved is None:
        return
    if _apply(app, saved):
        from briefing.tui.screens.reader_layout import ReaderLayoutMixin

        screen = app.screen
        if isinstance(screen, ReaderLayoutMixin):
            screen.apply_layout()
    _keep_theme(app)


def apply_early(app: App[Any], read: dict[str, Any]) -> None:
    """Apply settings read ahead (`briefing.read_ahead`: `{"values": {name: value}, "warnings":
    [str]}`) as the app is made, before its first screen: the theme, the layout the panels are
    built in, the export format."""
    values = read.get("values") or {}
    theme = values.get(THEME)
    if isinstance(theme, str) and theme != app.theme and theme in app.available_themes:
        _theme_before_start(app, theme)
    _apply(app, tuple(values.get(name) for name in NAMES))  # type: ignore[arg-type]


def _theme_before_start(app: App[Any], name: str) -> None:
    """Make `name` the theme of an app not yet started, as if it were Textual's default: what
    setting `app.theme` does (the theme's classes, the ANSI colours' filter, the stylesheet's
    variables) without the restyle it queues, which would redo the whole stylesheet once the app
    starts (18 ms before the first frame) for a screen that was never styled otherwise."""
    from textual.app import App as TextualApp

    app.set_reactive(TextualApp.theme, name)
    theme = app.current_theme
    app.set_class(theme.dark, "-dark-mode", update=False)
    app.set_class(not theme.dark, "-light-mode", update=False)
    app.set_class(True, f"-theme-{theme.name}", update=False)
    app._refresh_truecolor_filter(app.ansi_theme)  # noqa: SLF001 (what the theme's watcher does)
    app.stylesheet.set_variables(app.get_css_variables())


def follow_early(app: App[Any], read: dict[str, Any]) -> None:
    """Once the app runs, after `apply_early`: show the store's warnings, keep the theme."""
    for warning in read.get("warnings") or ():
        app.notify(str(warning), title="Notes", severity="warning", markup=False)
    _keep_theme(app)


def restore_later(app: App[Any]) -> None:
    """Restore the settings once the first frame is on screen (start-up pays nothing)."""
    app.call_after_refresh(restore, app)
