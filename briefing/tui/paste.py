"""A paste in the library: offer to add the pasted text, or the page at a pasted address.

Terminals send a paste as one bracketed-paste event (ctrl+shift+v, cmd+v, or ctrl+v where the
terminal maps it to paste), which Textual delivers as `events.Paste`; the library screen hands
the text here when no input line has the focus. Where ctrl+v reaches the application as a
key instead, the clipboard is read with the system's clipboard program (`read_clipboard`).

A lone web address is fetched as a page; other text is read as `briefing -` reads standard
input (text, Markdown or HTML by content). Either way the user is asked first, the work runs
in a thread (a fetch can take seconds), and the result is one notification: the file saved,
or the one-line reason it was not. Saving is `briefing add`'s (cli_add.py, ingest/save.py):
never over an existing file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from textual.screen import Screen

from briefing.counted import counted
from briefing.printable import one_line

PREVIEW = 48
"""Characters of pasted text quoted in the question."""
CLIPBOARD_COMMANDS = (
    ("wl-paste", "--no-newline"),
    ("xclip", "-selection", "clipboard", "-o"),
    ("xsel", "--clipboard", "--output"),
    ("pbpaste",),
    ("powershell.exe", "-NoProfile", "-Command", "Get-Clipboard"),
)
"""Programs that print the system clipboard (Wayland, X11 twice, macOS, Windows and WSL), tried
in this order for ctrl+v: a terminal application cannot read the clipboard itself."""
CLIPBOARD_TIMEOUT = 3.0
"""Seconds a clipboard program may take (xclip waits for the owner of the selection)."""
CLIPBOARD_BYTES = 20_000_000
"""Most bytes of clipboard read, the limit for article files."""


def read_clipboard() -> str | None:
    """The system clipboard's text via the first program of `CLIPBOARD_COMMANDS` found that
    answers, or None when none is installed or none gives any text."""
    for command in CLIPBOARD_COMMANDS:
        program = shutil.which(command[0])
        if program is None:
            continue
        try:
            done = subprocess.run(
                [program, *command[1:]],
                capture_output=True,
                stdin=subprocess.DEVNULL,
                timeout=CLIPBOARD_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0 and done.stdout.strip():
            data = done.stdout[:CLIPBOARD_BYTES]
            encoding = "utf-8" if sys.platform != "win32" else "utf-8-sig"
            return data.decode(encoding, errors="replace")
    return None


def offer_paste(
    screen: Screen[object], text: str, directory: Path, added: Callable[[Path], None]
) -> bool:
    """Ask whether to add `text` to `directory`; `added(path)` runs after a save. Returns
    whether there was anything to offer (blank text is ignored)."""
    from briefing.ingest.web import is_url
    from briefing.library import bundled_dir
    from briefing.tui.screens.confirm import ConfirmScreen

    words = text.split()
    if not words:
        return False
    if directory.resolve() == bundled_dir().resolve():
        screen.notify(
            "Pasted articles are saved to your own library folder: start briefing with "
            "--library DIR (or set BRIEFING_LIBRARY, or make ./articles).",
            severity="warning",
            markup=False,
        )
        return True
    if len(words) == 1 and is_url(words[0]):
        question = f"Add the page at {one_line(words[0])} to the library?"
    else:
        start = one_line(" ".join(words))
        start = start if len(start) <= PREVIEW else start[: PREVIEW - 1].rstrip() + "…"
        count = counted(len(words), "word")
        question = f"Add the pasted text ({count}: “{start}”) to the library as an article?"

    def answered(yes: bool | None) -> None:
        if yes:
            _add(screen, text, directory, added)

    screen.app.push_screen(ConfirmScreen(question), answered)
    return True


def _add(screen: Screen[object], text: str, directory: Path, added: Callable[[Path], None]) -> None:
    """Read (or fetch) and save in a thread; one notification says how it went."""
    from briefing.errors import BriefingError

    app = screen.app

    def job() -> None:
        from briefing.cli_add import parse_text, save

        try:
            found = parse_text(text)
            path = save(found, directory)
        except BriefingError as error:
            app.call_from_thread(
                screen.notify, one_line(error), severity="error", markup=False, timeout=10
            )
            return
        title = one_line(found.article.meta.title)
        app.call_from_thread(screen.notify, f"Saved {path.name}: {title}", markup=False)
        app.call_from_thread(added, path)

    screen.run_worker(job, thread=True, exit_on_error=False, name="add pasted article")
