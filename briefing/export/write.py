"""Safe writes: a summary never clobbers a file by accident and never leaves half a file behind.

How a summary reaches its target:

1. The content is written to a file with no name, created in the target's own folder with
   Linux's `O_TMPFILE`, and flushed to disk. A crash or a kill at any point before step 2
   leaves nothing anyone can see: the kernel frees a file that has no name.
2. The file is given the target's name. Without `force`, by a hard link (`link(2)` through
   /proc/self/fd), which fails if the name exists: a file that appeared since the check is
   never overwritten (there is no window between a check and a rename). With `force`, it is
   linked under a hidden temporary name and renamed over the target (`rename(2)` is atomic).

Where `O_TMPFILE` is missing (other systems, some file systems), the temporary file is named
`.<target>.<pid>.<random>.tmp`; a kill can leave one behind, so each export first deletes those
whose process is gone. Where hard links are missing too (FAT, some network shares), the target
is created with `O_EXCL`, which also refuses an existing name.

Only regular files are replaced: a folder, a device node (`-o /dev/null --force` as root would
break the system), a FIFO or a socket is refused even with `force`. Without `force`, an existing
target, including a symlink (even a dangling one), is refused and left untouched. With `force`,
a symlink is replaced by the new file rather than written through, so the file it points at is
not changed behind the user's back.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from pathlib import Path

from briefing.errors import ExportError

_NO_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.EXDEV})
"""`link(2)` errors that mean the file system does not do hard links (or not this one)."""


def check_target(target: Path, *, force: bool) -> None:
    """Raise `ExportError` when writing `target` must not or cannot happen; write nothing."""
    try:
        _check_target(target, force=force)
    except (OSError, ValueError) as error:  # a name too long, a NUL in it, a loop of links
        raise ExportError(f"{target}: cannot write here: {_reason(error)}") from None


def _check_target(target: Path, *, force: bool) -> None:
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; give a file name")
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not force:
        raise ExportError(f"{target}: already exists; use --force to overwrite it")
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise ExportError(
            f"{target}: not a regular file (a device, pipe or socket); will not replace it"
        )
    parent = target.parent
    if not parent.is_dir():
        raise ExportError(f"{parent}: no such folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"{parent}: cannot write in this folder")


def write_atomic(target: Path, content: bytes, *, force: bool) -> Path:
    """Write `content` to `target` all at once, or not at all; return the path written."""
    check_target(target, force=force)
    clean_stale_temporaries(target.parent)
    mode = _mode_for(target)
    try:
        if not _write_unnamed(target, content, mode, force=force):
            _write_named(target, content, mode, force=force)
    except (OSError, ValueError) as error:
        if isinstance(error, FileExistsError) and not force:
            # Someone created the target while we were writing: still never overwrite it.
            raise ExportError(f"{target}: already exists; use --force to overwrite it") from None
        raise ExportError(f"{target}: cannot write: {_reason(error)}") from None
    return target


def _write_unnamed(target: Path, content: bytes, mode: int, *, force: bool) -> bool:
    """Steps 1 and 2 with an unnamed file; False when this system or folder cannot."""
    fd = _unnamed_file(target.parent)
    if fd is None:
        return False
    try:
        _fill(fd, content, mode)
        try:
            _name_unnamed(fd, target, force=force)
        except OSError as error:
            if error.errno in _NO_LINKS or error.errno == errno.ENOENT:
                return False  # no links here, or /proc hidden: the named way instead
            raise
    finally:
        os.close(fd)
    return True


def _unnamed_file(folder: Path) -> int | None:
    """A file descriptor for a new file with no name in `folder`, or None without O_TMPFILE."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or os.link not in os.supports_dir_fd or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as error:
        if error.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None  # this file system (or kernel) has no unnamed files
        raise


def _fill(fd: int, content: bytes, mode: int) -> None:
    """Write all of `content` to `fd`, set its permissions and flush it to the disk."""
    write_all(fd, content)
    os.fchmod(fd, mode)
    os.fsync(fd)


def write_all(fd: int, content: bytes) -> None:
    """`os.write` until every byte is written (a write may take only part)."""
    view = memoryview(content)
    while view:
        view = view[os.write(fd, view) :]


def _name_unnamed(fd: int, target: Path, *, force: bool) -> None:
    """Give the unnamed file behind `fd` the target's name (see the module docstring)."""
    hidden = _temporary_name(target)
    _link_fd(fd, target if not force else hidden)  # FileExistsError if the name is taken
    if not force:
        return
    try:
        _replace_regular(hidden, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(hidden)


def _link_fd(fd: int, name: Path) -> None:
    """Hard-link the open file `fd` as `name`: `linkat(2)` with AT_SYMLINK_FOLLOW on its
    /proc/self/fd entry (Python passes that flag only when a directory fd is given)."""
    folder = os.open(name.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(f"/proc/self/fd/{fd}", name.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _write_named(target: Path, content: bytes, mode: int, *, force: bool) -> None:
    """The fallback: a named temporary file beside the target, then a link or a rename."""
    hidden = _temporary_name(target)
    fd = os.open(hidden, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        try:
            _fill(fd, content, mode)
        finally:
            os.close(fd)
        if force:
            _replace_regular(hidden, target)
            return
        try:
            os.link(hidden, target)
        except OSError as error:
            if error.errno not in _NO_LINKS:
                raise
            _write_exclusive(target, content, mode)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(hidden)


def _write_exclusive(target: Path, content: bytes, mode: int) -> None:
    """Create `target` with O_EXCL and write it (no hard links here); remove it on failure."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
    try:
        try:
            _fill(fd, content, mode)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(target)
        raise


def _replace_regular(source: Path, target: Path) -> None:
    """Rename `source` over `target`, unless the target has meanwhile become a device, FIFO,
    socket or folder (only regular files and symlinks are replaced)."""
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise ExportError(
            f"{target}: not a regular file (a device, pipe or socket); will not replace it"
        )
    os.replace(source, target)


_TEMPORARY = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{16}\.tmp$")
"""`.<name>.<pid>.<random>.tmp`: what `_temporary_name` makes, and all `clean` removes."""


def _temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(8)}.tmp")


def clean_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files of exports whose process is gone (killed mid-write); return
    them. Files of a running export, and anything not named as ours, are left alone."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _TEMPORARY.match(name)
        if match is None or _alive(int(match.group(1))):
            continue
        path = folder / name
        with contextlib.suppress(OSError):
            if stat.S_ISREG(path.lstat().st_mode):
                path.unlink()
                removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    """Whether a process with this id exists (one we may not signal counts as alive)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def _reason(error: BaseException) -> str:
    if isinstance(error, ExportError):
        return str(error)
    return getattr(error, "strerror", None) or str(error)


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, else the usual rw-r--r--.

    (The temporary file is created private; reading the umask would mean changing it, which is
    not safe while the TUI writes from a worker thread.)
    """
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
