"""One base exception whose message is written for the user, not the developer.

The CLI prints it on one line and exits non-zero without a traceback; the TUI shows it in a
notification. Anything else that escapes is a bug.
"""

from __future__ import annotations


class BriefingError(Exception):
    """A failure the user can act on; `str(error)` is the whole message."""


class IngestError(BriefingError):
    """A file could not be read as an article: missing, empty, binary, too large, malformed."""


class ExportError(BriefingError):
    """A summary could not be written: the target exists, the path is bad, the engine failed."""
