"""Where an export goes when no folder is named: the current folder, unless that is a source
checkout (a summary written there lands among the code, and in the repository's status).

Then the user's documents folder, else downloads, else home, found with platformdirs (the
XDG user dirs on Linux, ~/Documents on macOS, the known folders on Windows). One rule for the
export dialog, which shows the full path it proposes, and for `briefing export PATH` without
-o, which says where it wrote; both name the file written. Core: no Textual here.
"""

from __future__ import annotations

from pathlib import Path

CHECKOUT_MARKERS = (".git", ".hg", ".svn", "pyproject.toml", "setup.py")
"""Files or folders whose presence makes a folder a source checkout."""


def is_source_checkout(folder: Path) -> bool:
    """Whether `folder` is a project's source tree: it holds a marker, or lies inside a
    version-controlled tree."""
    if any((folder / marker).exists() for marker in CHECKOUT_MARKERS):
        return True
    return any((parent / ".git").exists() for parent in folder.parents)


def export_folder(cwd: Path | None = None) -> Path:
    """The folder to propose for an export (see the module docstring)."""
    here = cwd or Path.cwd()
    if not is_source_checkout(here):
        return here
    try:
        from platformdirs import user_documents_dir, user_downloads_dir

        candidates = [Path(user_documents_dir()), Path(user_downloads_dir())]
    except Exception:  # noqa: BLE001 - platformdirs missing or no such folder known
        candidates = []
    for candidate in (*candidates, Path.home()):
        if candidate.is_dir() and not is_source_checkout(candidate):
            return candidate
    return here
