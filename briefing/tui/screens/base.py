"""What every screen of the reader shares: worker failures become visible notifications, a
dialog is dismissed once, and long work can run in a daemon thread (`run_in_daemon`) that
quitting does not wait for.

Keys typed in one burst reach a dialog before its dismissal has taken it off the stack: Enter
then `s` on the so-what view, or a second Enter, would each dismiss it, and the second pop
took the reader with it (`ScreenStackError`), or popped the dialog pushed over it instead.
`BriefingModal.dismiss` therefore acts once, and only while the dialog is the screen in front.

Toasts never hide a dialog's buttons: a dialog opens without the toasts of the screen under it
(they were about that screen: `y` then `i` left "Copied ..." over the note editor's Save and
Cancel), and shows its own at the top, away from its buttons at the bottom.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState


def report_worker_failure(screen: Screen[Any], event: Worker.StateChanged) -> None:
    """The one place a failed worker is turned into something the user sees.

    A `BriefingError` carries a message written for the user; anything else is a bug, shown
    with its type so it can be reported.
    """
    if event.state != WorkerState.ERROR:
        return
    from briefing.errors import BriefingError
    from briefing.printable import printable

    error = event.worker.error
    if isinstance(error, BriefingError):
        message = str(error)
    else:
        message = (
            f"{event.worker.name or 'background task'} failed: {type(error).__name__}: {error}"
        )
    screen.app.notify(
        printable(message), title="Error", severity="error", markup=False, timeout=8
    )


Result = TypeVar("Result")


def run_in_daemon(
    screen: Screen[Any],
    work: Callable[[], Result],
    done: Callable[[Result], Any],
    failed: Callable[[BaseException], Any],
    name: str,
) -> threading.Thread:
    """Run `work` in a daemon thread; then `done(result)` or `failed(error)` on the UI thread.

    Why not a Textual thread worker: those run in asyncio's default executor, whose threads
    Python joins at exit, and a running analysis cannot be interrupted. Quitting during the
    analysis of a 20 MB text waited 105 s for it. A daemon thread is simply dropped when the
    app exits, so `q` quits at once. A result that arrives after the app (or the screen) has
    gone is discarded.
    """
    app = screen.app

    def deliver(callback: Callable[[Any], Any], value: Any) -> None:
        # Once the app has exited (or while it exits) this raises RuntimeError or
        # CancelledError: nobody is left to tell.
        if not app.is_running:
            return
        try:
            app.call_from_thread(callback, value)
        except Exception:  # noqa: BLE001, S110
            pass

    def run() -> None:
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - shown to the user by `failed`
            deliver(failed, error)
            return
        deliver(done, result)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def describe_failure(error: BaseException) -> str:
    """A failure as one line for the user: the message of a `BriefingError`, else the type
    and message of what is a bug, so it can be reported."""
    from briefing.errors import BriefingError
    from briefing.printable import one_line

    if isinstance(error, BriefingError):
        return one_line(error)
    return one_line(f"{type(error).__name__}: {error}")


class BriefingScreen(Screen[None]):
    """A full screen whose workers report their failures."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_worker_failure(self, event)


ResultType = TypeVar("ResultType")


class BriefingModal(ModalScreen[ResultType]):
    """A dialog whose workers report their failures and which is dismissed at most once;
    its toasts are its own, at the top."""

    DEFAULT_CSS = """
    BriefingModal > ToastRack {
        dock: top;
        align: right top;
        margin-bottom: 0;
    }
    """

    dismissed = False
    """Whether `dismiss` has run: handlers of keys and messages already queued check it."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_worker_failure(self, event)

    def _on_mount(self) -> None:
        """The toasts of the screen below go: they would cover this dialog's buttons (and,
        left drawn on that screen, show through its dimmed backdrop)."""
        from textual.css.query import NoMatches
        from textual.notifications import Notifications
        from textual.widgets._toast import ToastRack

        self.app.clear_notifications()
        for screen in self.app.screen_stack:
            if screen is not self:
                try:
                    screen.get_child_by_type(ToastRack).show(Notifications())
                except NoMatches:
                    pass

    def dismiss(self, result: ResultType | None = None) -> AwaitComplete:
        """Close the dialog with `result`, once, and only while it is the screen in front.

        A second call (a key or message queued behind the first), or one made while another
        dialog is on top, does nothing: it would pop a screen that is not this one.
        """
        if self.dismissed or not self.is_active:
            return AwaitComplete()
        self.dismissed = True
        return super().dismiss(result)
