"""The export dialog: choose a format and a path, write the one-page summary in a worker.

The export package is built separately; until `write_summary` exists the `e` key says so
instead of opening a dialog that cannot work.

The format written last is the next dialog's first choice, in this run (`app.last_export_format`)
and the next ones (the `export_format` setting, tui/saved_settings.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static
from textual.worker import Worker, WorkerState

from briefing.model import Briefing
from briefing.printable import printable
from briefing.tui.screens.base import BriefingModal
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.text import plain
from briefing.tui.widgets.key_footer import KeyFooter

FORMATS = {"md": "Markdown", "txt": "Plain text", "html": "HTML", "pdf": "One-page PDF"}


def implied_format(path: str) -> str | None:
    """The format a typed path's extension names (".txt": "txt"), or None for none or an
    unknown one (the chosen format then stands)."""
    from briefing.errors import BriefingError
    from briefing.export import format_for

    if not Path(path.strip()).suffix:
        return None
    try:
        return format_for(path.strip())
    except BriefingError:
        return None


def export_api() -> tuple[Any, Any] | None:
    """`(write_summary, default_target)`, or None while the export package lacks them."""
    try:
        from briefing.export import default_target, write_summary
    except (ImportError, AttributeError):
        return None
    return write_summary, default_target


def open_export(screen: Screen[Any], briefing: Briefing, fmt: str | None = "pdf") -> None:
    """Open the dialog, or say that export is not available yet."""
    api = export_api()
    if api is None:
        screen.notify("Export is not available yet.", severity="warning", markup=False)
        return
    if fmt is None:  # the `e` key: the format used last (kept between runs)
        fmt = getattr(screen.app, "last_export_format", "pdf")
    screen.app.push_screen(ExportScreen(briefing, fmt if fmt in FORMATS else "pdf"))


class ExportScreen(BriefingModal[None]):
    """Format, path, and a button; an existing file is only overwritten after asking."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
        # A dialog takes no keys from the app: its help key is its own (in the path field
        # `?` is a character).
        Binding("question_mark", "app.help", "Help", id="export.help"),
    ]

    def __init__(self, briefing: Briefing, fmt: str) -> None:
        super().__init__()
        self.briefing = briefing
        self.fmt = fmt
        api = export_api()
        assert api is not None
        self._write_summary, self._default_target = api
        self._path_edited = False
        self.busy = False
        """Whether a write or an overwrite question is under way: a second Enter typed in the
        same burst would start another write (or ask twice) and dismiss the dialog twice."""

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(plain("Export a one-page summary").stylize("bold"))
            with RadioSet(id="export-format"):
                for fmt, label in FORMATS.items():
                    yield RadioButton(f"{label} (.{fmt})", value=fmt == self.fmt, id=f"fmt-{fmt}")
            yield Input(str(self._target_for(self.fmt)), id="export-path")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")
        yield KeyFooter()  # this dialog's keys, not the reader's showing through

    def on_mount(self) -> None:
        """The format list's cursor starts on the chosen format: Textual's starts on the first
        button whichever is pressed, and its bold cursor on "Markdown" read as the choice
        while the ● was on PDF. (`_selected` is the cursor: RadioSet has no public setter.)"""
        formats = self.query_one(RadioSet)
        if formats.pressed_index >= 0:
            formats._selected = formats.pressed_index

    def _target_for(self, fmt: str) -> Path:
        from briefing.tui.export_folder import export_folder

        return Path(self._default_target(self.briefing, fmt, export_folder()))

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = (event.pressed.id or "fmt-pdf").removeprefix("fmt-")
        if not self._path_edited:
            field = self.query_one("#export-path", Input)
            field.value = str(self._target_for(self.fmt))
            self._path_edited = False

    @on(Input.Changed, "#export-path")
    def _path_changed(self, event: Input.Changed) -> None:
        self._path_edited = event.value != str(self._target_for(self.fmt))
        implied = implied_format(event.value)
        if implied is not None and implied != self.fmt:  # "x.txt" typed: plain text
            self.fmt = implied
            self.query_one(f"#fmt-{implied}", RadioButton).value = True

    def help_for_action(self, action: str, what: str) -> str | None:
        """The format list's Enter and space, for the `?` help (screens/help.py)."""
        return "Choose this format" if action == "toggle_button" else what

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#export")
    def _export_pressed(self) -> None:
        self._export(self.query_one("#export-path", Input).value)

    @on(Input.Submitted, "#export-path")
    def _export_submitted(self, event: Input.Submitted) -> None:
        # The path as it was when Enter was pressed: keys typed after it in the same burst
        # may already have changed the field.
        self._export(event.value)

    def _export(self, value: str) -> None:
        if self.busy or self.dismissed:
            return
        value = value.strip()
        if not value:
            self.notify("Give a file to write.", severity="warning", markup=False)
            return
        from briefing.errors import BriefingError
        from briefing.export import resolve_target

        try:
            target = resolve_target(self.briefing, self.fmt, value)  # "folder/" writes inside
        except BriefingError as error:
            self.notify(printable(error), severity="error", markup=False)
            return
        try:
            exists = target.exists() or target.is_symlink()
        except (OSError, ValueError) as error:  # a name too long, a NUL, a loop of links
            reason = getattr(error, "strerror", None) or str(error)
            self.notify(printable(f"{target}: {reason}"), severity="error", markup=False)
            return
        self.busy = True
        if exists:

            def answered(yes: bool | None) -> None:
                if yes and not self.dismissed:
                    self.write(target, force=True)
                else:
                    self.busy = False

            self.app.push_screen(ConfirmScreen(f"{target} exists. Overwrite it?"), answered)
        else:
            self.write(target, force=False)

    @work(thread=True, exclusive=True, exit_on_error=False, name="export")
    def write(self, target: Path, *, force: bool) -> None:
        """Write the summary off the UI thread (PDF typesetting takes a moment)."""
        result = self._write_summary(self.briefing, self.fmt, target, force=force)
        from briefing.tui.saved_settings import save_export_format

        save_export_format(self.fmt)  # (in this thread: the store is opened and written)
        self.app.call_from_thread(self._written, result)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed write is reported, and the dialog takes Enter again."""
        super().on_worker_state_changed(event)
        if event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            self.busy = False

    def _written(self, result: Any) -> None:
        self.busy = False
        omitted = tuple(getattr(result, "omitted", ()) or ())
        written = Path(getattr(result, "path", "") or "").absolute()  # say where, in full
        message = f"Wrote {printable(written)}"
        if omitted:
            message += "\nLeft out to fit one page: " + ", ".join(map(str, omitted))
        for warning in tuple(getattr(result, "warnings", ()) or ()):
            message += "\nWarning: " + printable(warning)
        self.app.notify(message, title="Export", markup=False, timeout=8)
        self.app.last_export_format = self.fmt  # type: ignore[attr-defined]
        self.dismiss(None)
