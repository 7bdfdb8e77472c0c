"""Two `briefing` processes writing notes at once lose nothing (WAL, one short write at a time)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from briefing.store import add_note, annotations, get_position, open_store, set_position
from briefing.store.db import Store

NOTES_EACH = 40
KEY = "0" * 32


def _write_notes(path: str, name: str, start: Any) -> None:
    start.wait(10)  # both begin together
    store = Store(Path(path))
    for number in range(NOTES_EACH):
        add_note(store, KEY, number % 4, 0, 5, "words", f"{name} {number}")
        set_position(store, KEY, 0, number % 4)
    store.close()


def test_two_processes_writing_notes_at_once_keep_both(tmp_path: Path) -> None:
    path = str(tmp_path / "shared" / "store.sqlite3")
    Store(Path(path)).close()  # created once, as the first `briefing` would
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [
        context.Process(target=_write_notes, args=(path, name, start)) for name in ("one", "two")
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(60)
    assert [worker.exitcode for worker in workers] == [0, 0]
    with open_store(Path(path)) as store:
        notes = {annotation.note for annotation in annotations(store, KEY)}
        assert len(notes) == 2 * NOTES_EACH
        assert {f"one {n}" for n in range(NOTES_EACH)} <= notes
        assert {f"two {n}" for n in range(NOTES_EACH)} <= notes
        assert get_position(store, KEY) is not None
        check = store.connection.execute("PRAGMA integrity_check").fetchone()[0]
        assert check == "ok"
