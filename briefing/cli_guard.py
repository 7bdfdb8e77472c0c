"""The command line's last line of defence: every failure is one line and a non-zero status.

`BriefingError`s are handled where they are raised (cli.main prints their message). What is
left is what no message was written for: the standard output failing (`> /dev/full` gives
ENOSPC, a closed pipe EPIPE) and bugs. Python would print a traceback for both, and for stdout
a second one at exit, when it flushes the buffer again; so stdout is flushed here, inside the
guard, and pointed at /dev/null after a failure. A bug prints its exception type and message on
one line (control characters as pictures); `BRIEFING_DEBUG=1` re-raises it for the traceback.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable

from briefing.printable import printable

INTERNAL_ERROR = 2
"""Exit status for a bug, apart from 1 for a failure the user can act on."""

_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT})
"""An OSError with one of these while writing stdout means the output could not be written."""


def guarded(run: Callable[[], int]) -> int:
    """Run the command and flush stdout; return its status, or 1, 2 or 0 (closed pipe)."""
    try:
        status = run()
        sys.stdout.flush()
        return status
    except BrokenPipeError:  # `briefing list | head`: the reader has all it wanted
        _detach_stdout()
        return 0
    except OSError as error:
        if error.errno not in _OUTPUT_ERRNOS:
            return _internal(error)
        _detach_stdout()
        _say(f"cannot write the output: {error.strerror or error}")
        return 1
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as error:  # noqa: BLE001 - the promise is one line, whatever failed
        return _internal(error)


def _internal(error: Exception) -> int:
    if os.environ.get("BRIEFING_DEBUG"):
        raise error
    message = str(error).strip().splitlines()
    detail = f": {message[0]}" if message else ""
    _say(f"internal error ({type(error).__name__}{detail}); this is a bug, please report it")
    return INTERNAL_ERROR


def _say(message: str) -> None:
    try:
        print(f"briefing: {printable(message)}", file=sys.stderr, flush=True)
    except OSError:
        pass


def _detach_stdout() -> None:
    """Point stdout at /dev/null, so Python's flush at exit has nothing left to fail on."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced (tests) or closed
        pass
