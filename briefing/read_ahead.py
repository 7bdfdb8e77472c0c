"""Reading an article in a second process while the reader's terminal UI loads.

Before its first frame, `briefing PATH` needs two things that do not depend on each other:
Textual (about 150 ms of imports) and the article (15 ms of ingest for page text; over 200 ms
for HTML, which loads trafilatura). Where the OS can fork, a child process reads the article
while this one imports Textual, on another core, and hands the `Article` back pickled through
a pipe (pickle is already loaded by Textual, so the handover costs this process ~1 ms).

The result is always what `load_article` would give here: a `BriefingError` from the child is
raised again in this process, and if the child fails in any other way (a bug, a signal, no
fork on this platform), the article is simply read here, so a bug still shows its traceback.
The child never writes to the terminal and leaves with `os._exit`, running no exit handlers.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Article


def read_ahead(path: Path) -> Callable[[], Article]:
    """Start reading `path`; the returned function gives the article (or raises its error).

    Call this before importing anything heavy: the child starts with what is loaded so far.
    Call the result once.
    """
    if not hasattr(os, "fork"):
        return lambda: _load_here(path)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        _read_in_child(path, write_end)  # never returns
    os.close(write_end)

    def result() -> Article:
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
        os.waitpid(pid, 0)
        try:
            outcome, value = pickle.loads(payload)
        except Exception:  # the child died without an answer: read the article here
            return _load_here(path)
        if outcome == "error":
            raise value
        return value  # type: ignore[no-any-return]

    return result


def _load_here(path: Path) -> Article:
    from briefing.ingest import load_article

    return load_article(path)


def _read_in_child(path: Path, write_end: int) -> None:
    status = 1
    try:
        from briefing.errors import BriefingError

        try:
            answer: tuple[str, object] = ("article", _load_here(path))
        except BriefingError as error:
            answer = ("error", error)
        payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        status = 0
    finally:
        os._exit(status)
