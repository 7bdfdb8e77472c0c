"""Reading and analysing an article in a second process while the reader's terminal UI loads.

Before its first frame, `briefing PATH` needs two things that do not depend on each other:
Textual (about 150 ms of imports) and the article (15 ms of ingest for page text; over 200 ms
for HTML, which loads trafilatura). Where the OS can fork, a child process reads the article
while this one imports Textual, on another core, and hands the `Article` back pickled through
a pipe (pickle is already loaded by Textual, so the handover costs this process ~1 ms).

The child then goes on to the analysis, which the complete first screen waits for (issue 15):
the analysis cache's copy if there is one (`briefing.analysis_cache`), else the pipeline's
(its imports, word lists and regular expressions cost ~300 ms the first time in a process,
more than the work itself). Running there, it overlaps with Textual's imports and the first
frame instead of following them, and it never competes with the UI thread for the GIL. The
`Briefing` comes back through the same pipe as a second message; the child writes the cache
after sending it, so the reader never waits for the write.

The article is always what `load_article` would give here: a `BriefingError` from the child is
raised again in this process, and if the child fails in any other way (a bug, a signal, no
fork on this platform), the article is simply read here, so a bug still shows its traceback.
The analysis is what `analyze` would give; its failure comes back as the exception (or, if
that cannot be pickled, a RuntimeError naming it). `cancel()` kills a child still analysing
(quitting on a 20 MB text must not leave a process busy for a minute and a half).

With `settings` (names of `briefing.store` settings: the reader's theme and panel layout), the
child also opens the notes store and reads them, and the store's warnings, handed over right
after the article (`settings`): the reader applies them before its first frame (the saved
theme from the first frame on, the saved layout before the panels are built) without importing
and opening the store itself on the way to its complete first screen (30-50 ms under load).
The article is sent before the settings are read, and the reader waits for them at most
`SETTINGS_WAIT` (a store held by another process must not hold the text back): without them
it reads them itself after its first frame, as the library does.

The child never writes to the terminal and leaves with `os._exit`, running no exit handlers.

Messages on the pipe: an 8-byte big-endian length, then that many bytes of pickle, of
("article", Article) or ("error", BriefingError); with `settings`, ("settings", {"values":
{name: value}, "warnings": [str]} or None when the store could not be read); then ("briefing",
Briefing) or ("analysis-error", Exception).
"""

from __future__ import annotations

import os
import pickle
import signal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import queue
    from threading import Thread

    from briefing.model import Article, Briefing

_LENGTH = 8
"""Bytes of a message's length prefix."""

SETTINGS_WAIT = 0.2
"""Seconds the reader waits for the settings once it has the article (the child reads them in
10-40 ms, long before the reader has imported Textual and asks)."""


class ReadAhead:
    """An article being read (and analysed) ahead; call it for the article.

    Without fork (or once the child has failed) it reads here, and `analysis` is None: the
    reader then analyses in its own thread as before.
    """

    def __init__(
        self, path: Path, pid: int | None = None, pipe: int | None = None, *, settings: bool = False
    ) -> None:
        self.path = path
        self._pid = pid
        self._pipe = pipe
        self._analysing = pid is not None
        """Whether the child may still send an analysis (it was asked, and has not answered)."""
        self._settings_coming = settings and pid is not None
        self.settings: dict[str, Any] | None = None
        """The settings the child read (`{"values": {name: value}, "warnings": [str]}`), once
        the article is in; None when none were asked, or the child could not read them (then
        the reader reads them itself, as without a child)."""

    def __call__(self) -> Article:
        """The article (blocks until the child has read it); raises its `BriefingError`."""
        if self._pid is None or self._pipe is None:
            return _load_here(self.path)
        try:
            outcome, value = pickle.loads(_receive(self._pipe))
        except Exception:  # the child died without an answer: read the article here
            self.cancel()
            return _load_here(self.path)
        if outcome == "error":
            self.cancel()
            raise value
        if self._settings_coming:
            import select

            readable, _, _ = select.select([self._pipe], [], [], SETTINGS_WAIT)
            if readable:  # (else they are skipped when the analysis is read)
                self._settings_coming = False
                try:
                    kind, saved = pickle.loads(_receive(self._pipe))
                except Exception:  # the child died: no settings (nor an analysis)
                    kind, saved = "", None
                if kind == "settings" and isinstance(saved, dict):
                    self.settings = saved
        return value  # type: ignore[no-any-return]

    @property
    def analysing(self) -> bool:
        """Whether an analysis is coming from the child (call after the article)."""
        return self._analysing

    def ready(self) -> bool:
        """Whether the analysis has (started to) arrive, so `analysis()` will not wait long."""
        if not self._analysing or self._pipe is None or self._settings_coming:
            return False  # (with settings still in the pipe, what is readable may be them)
        import select

        readable, _, _ = select.select([self._pipe], [], [], 0)
        return bool(readable)

    def analysis(self) -> Briefing:
        """The child's analysis (blocks until it arrives); raises the analysis's failure.

        RuntimeError if the child is gone without one (killed, or `cancel` was called).
        """
        if not self._analysing or self._pipe is None:
            raise RuntimeError("no analysis is coming")
        try:
            payload = _receive(self._pipe)
            if self._settings_coming:  # settings that came too late: not wanted now
                self._settings_coming = False
                payload = _receive(self._pipe)
        except EOFError:
            raise RuntimeError("the analysis process ended without an answer") from None
        finally:
            self._analysing = False
            self._close()
            self._reap()
        outcome, value = pickle.loads(payload)
        if outcome == "analysis-error":
            raise value
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop a child still working (its analysis is no longer wanted); reap it."""
        if self._pid is not None and self._analysing:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except OSError:
                pass
        self._analysing = False
        self._reap()  # (a child past its analysis is left to finish writing the cache)
        self._close()

    def _reap(self) -> None:
        """Collect the child once it has written the cache (a thread waits for it: a child
        nobody waits for stays a zombie as long as the reader runs)."""
        pid, self._pid = self._pid, None
        if pid is not None:
            import threading

            threading.Thread(target=_wait, args=(pid,), daemon=True).start()

    def _close(self) -> None:
        pipe, self._pipe = self._pipe, None
        if pipe is not None:
            try:
                os.close(pipe)
            except OSError:
                pass


def read_ahead(
    path: Path, *, analyse: bool = False, settings: tuple[str, ...] = ()
) -> ReadAhead:
    """Start reading `path` (and, with `analyse`, analysing it; with `settings`, reading those
    settings from the notes store) in a child process.

    Call this before importing anything heavy: the child starts with what is loaded so far.
    Call the result once for the article (then `settings` holds the settings read); then
    `analysis()` if `analysing`.
    """
    if not hasattr(os, "fork"):
        return ReadAhead(path)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        _read_in_child(path, write_end, analyse, settings)  # never returns
    os.close(write_end)
    ahead = ReadAhead(path, pid, read_end, settings=bool(settings))
    ahead._analysing = analyse
    return ahead


def _wait(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _load_here(path: Path) -> Article:
    from briefing.ingest import load_article

    return load_article(path)


def _receive(pipe: int) -> bytes:
    """One message from the pipe; EOFError if the pipe closes first."""
    header = _read_exactly(pipe, _LENGTH)
    return _read_exactly(pipe, int.from_bytes(header, "big"))


def _read_exactly(pipe: int, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = os.read(pipe, min(size, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _send(pipe: int, message: tuple[str, object]) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    data = memoryview(len(payload).to_bytes(_LENGTH, "big") + payload)
    while data:
        data = data[os.write(pipe, data) :]


def _send_all_quietly(
    pipe: int, first: tuple[str, object], later: queue.SimpleQueue[tuple[str, object]] | None
) -> None:
    """`_send` `first`, then (with `later`) the message put there next, for a thread: a reader
    gone (a closed pipe) is no error to print."""
    try:
        _send(pipe, first)
        if later is not None:
            _send(pipe, later.get())
    except OSError:
        pass


def _read_settings(names: tuple[str, ...]) -> dict[str, Any] | None:
    """The named settings and the store's warnings (a damaged file moved aside: this is the
    first to open the store), or None when the store cannot be read."""
    import sqlite3

    from briefing.store import get_setting, open_store

    try:
        with open_store() as store:
            return {
                "values": {name: get_setting(store, name) for name in names},
                "warnings": [str(warning) for warning in store.warnings],
            }
    except (sqlite3.Error, OSError):
        return None


def _read_in_child(
    path: Path, write_end: int, analyse: bool = False, settings: tuple[str, ...] = ()
) -> None:
    status = 1
    try:
        from briefing.errors import BriefingError

        try:
            article = _load_here(path)
        except BriefingError as error:
            _send(write_end, ("error", error))
            status = 0
            return
        if not analyse:
            _send(write_end, ("article", article))
            if settings:
                _send(write_end, ("settings", _read_settings(settings)))
            status = 0
            return
        # Sent from a thread: an article bigger than the pipe's buffer (64 KB) waits there
        # until the reader has imported Textual and reads it, and the analysis must not. The
        # settings follow it, as soon as they are read here.
        import queue
        import threading

        later: queue.SimpleQueue[tuple[str, object]] = queue.SimpleQueue()
        sending = threading.Thread(
            target=_send_all_quietly,
            args=(write_end, ("article", article), later if settings else None),
        )
        sending.start()
        if settings:
            later.put(("settings", _read_settings(settings)))
        _analyse_in_child(article, write_end, sending)
        status = 0
    finally:
        os._exit(status)


def _analyse_in_child(article: Article, write_end: int, sending: Thread) -> None:
    """Send the article's analysis (cached or made here) once `sending` has sent the article,
    then keep a new analysis in the cache."""
    from briefing import analysis_cache

    briefing = analysis_cache.load(article)
    made = briefing is None
    try:
        if briefing is None:
            _yield_to_the_reader()
            from briefing.analysis.pipeline import analyze

            briefing = analyze(article)
        answer: tuple[str, object] = ("briefing", briefing)
    except Exception as error:  # noqa: BLE001 - shown by the reader, as its own thread's
        answer = ("analysis-error", _picklable(error))
    sending.join()
    _send(write_end, answer)
    os.close(write_end)  # the reader has all it needs; the cache is written after
    if made and briefing is not None:
        analysis_cache.store(article, briefing)


ANALYSIS_NICENESS = 5
"""How much lower the analysing process's priority is than the reader's. On a machine with a
core to spare it changes nothing; on a busy one, the reader's drawing and keys go first (a
long text's analysis takes a core for tens of seconds, and `q` and the first frame waited)."""


def _yield_to_the_reader() -> None:
    """Lower this process's priority, and collect cyclic garbage again (the command line turns
    the collector off while the reader starts, and a fork keeps that: a long text's analysis
    without it kept every cycle it made)."""
    import gc

    gc.enable()
    try:
        os.nice(ANALYSIS_NICENESS)
    except (AttributeError, OSError):  # no nice here: the same priority
        pass


def _picklable(error: Exception) -> Exception:
    """`error` if it survives pickling, else a RuntimeError saying what it was."""
    try:
        pickle.loads(pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
