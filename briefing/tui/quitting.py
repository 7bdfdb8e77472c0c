"""Quitting at once, however long the article (issue 14: `q` took 20-30 s on a 3 MB text).

Textual's exit takes every widget down one by one: each has a message pump to stop and an
unmount to dispatch, and the focused column's blur restyled every paragraph in it. A long
article has thousands of paragraph widgets, so after `q` the terminal stayed frozen for
seconds to minutes. Nothing in that teardown matters to a process that is ending, so in a real
terminal `leave_at_once` does only what does matter, in this order:

1. each screen's leaving work, front to back: what its `on_unmount` does (the reader keeps the
   reading place in the notes store, the library closes its index);
2. the analysis still under way elsewhere is stopped (the read-ahead process,
   `briefing.read_ahead`; the library's indexing pool, whose workers and fork server would
   otherwise outlive the process, idle, since no interpreter exit shuts the pool down; the
   reader's own analysis thread is a daemon and dies with the process);
3. the terminal is given back as Textual gives it back (application mode off, the writer
   thread flushed and stopped), and the standard streams are flushed;
4. the process ends with status 0, running no exit handlers (none of ours needs one: the store
   and the index were closed in 1, and SQLite commits each write as it is made).

Without a terminal (Pilot tests, `run_test`) the app exits the usual way.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App


def leave_at_once(app: App[Any]) -> None:
    """Do each screen's leaving work, stop what is under way, and end (see the module)."""
    leave_screens(app)
    ahead = getattr(app, "analysis", None)
    if ahead is not None:
        ahead.cancel()
    stop_child_processes()
    end_process(app)


def stop_child_processes() -> None:
    """Terminate the library's indexing workers and the fork server they came from.

    Only when `multiprocessing` was used at all (it is imported by the library's refresh, never
    on the reader's start-up path). A worker in the middle of a file loses that file's
    analysis, which the next refresh redoes; nothing is written by a worker.
    """
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None:
        return
    for child in multiprocessing.active_children():
        child.terminate()
    forkserver = sys.modules.get("multiprocessing.forkserver")
    server = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    if server:
        try:
            os.kill(server, signal.SIGTERM)
        except OSError:
            pass


def leave_screens(app: App[Any]) -> None:
    """Run every screen's `on_unmount` (front to back), as Textual's exit would."""
    for screen in reversed(app.screen_stack):
        leave = getattr(screen, "on_unmount", None)
        if callable(leave):
            leave()


def end_process(app: App[Any]) -> None:
    """Give the terminal back and end the process now (exit status 0)."""
    driver = app._driver  # noqa: SLF001 - Textual keeps its driver private; no public way
    if driver is not None:
        driver.stop_application_mode()
        driver.close()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(0)
