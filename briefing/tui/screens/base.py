"""What every screen of the reader shares: worker failures become visible notifications."""

from __future__ import annotations

from typing import Any, TypeVar

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

    error = event.worker.error
    if isinstance(error, BriefingError):
        message = str(error)
    else:
        message = (
            f"{event.worker.name or 'background task'} failed: {type(error).__name__}: {error}"
        )
    screen.app.notify(message, title="Error", severity="error", markup=False, timeout=8)


class BriefingScreen(Screen[None]):
    """A full screen whose workers report their failures."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_worker_failure(self, event)


ResultType = TypeVar("ResultType")


class BriefingModal(ModalScreen[ResultType]):
    """A dialog whose workers report their failures."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_worker_failure(self, event)
