"""Safe writes: a summary never clobbers a file by accident and never leaves half a file behind.

The content goes to a temporary file in the target's own folder (so the final rename stays on
one file system and is atomic), is flushed to disk, and only then replaces the target. Without
`force`, an existing target, including a symlink (even a dangling one), is refused and left
untouched. With `force`, a symlink is replaced by the new file rather than written through, so
the file it points at is not changed behind the user's back.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from briefing.errors import ExportError


def check_target(target: Path, *, force: bool) -> None:
    """Raise `ExportError` when writing `target` must not or cannot happen; write nothing."""
    try:
        _check_target(target, force=force)
    except (OSError, ValueError) as error:  # a name too long, a NUL in it, a loop of links
        reason = getattr(error, "strerror", None) or str(error)
        raise ExportError(f"{target}: cannot write here: {reason}") from None


def _check_target(target: Path, *, force: bool) -> None:
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; give a file name")
    if (target.exists() or target.is_symlink()) and not force:
        raise ExportError(f"{target}: already exists; use --force to overwrite it")
    parent = target.parent
    if not parent.is_dir():
        raise ExportError(f"{parent}: no such folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"{parent}: cannot write in this folder")


def write_atomic(target: Path, content: bytes, *, force: bool) -> Path:
    """Write `content` to `target` all at once, or not at all; return the path written."""
    check_target(target, force=force)
    handle = None
    try:
        with tempfile.NamedTemporaryFile(
            "wb", delete=False, dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        ) as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, _mode_for(target))
        if not force and (target.exists() or target.is_symlink()):
            # Someone created the target while we were writing: still never overwrite it.
            raise ExportError(f"{target}: already exists; use --force to overwrite it")
        os.replace(handle.name, target)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ExportError(f"{target}: cannot write: {reason}") from None
    finally:
        if handle is not None and os.path.exists(handle.name):
            with contextlib.suppress(OSError):
                os.unlink(handle.name)
    return target


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, else the usual rw-r--r--.

    (The temporary file is created private; reading the umask would mean changing it, which is
    not safe while the TUI writes from a worker thread.)
    """
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
