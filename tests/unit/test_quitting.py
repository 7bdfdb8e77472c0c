"""Quitting at once (briefing/tui/quitting.py) leaves no indexing process behind."""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest

from briefing.tui.quitting import stop_child_processes


def _sleep() -> None:
    time.sleep(60)


def _alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie does not; it is left for multiprocessing to reap, which
    starts a fresh fork server for later tests)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_a_child_process_is_terminated() -> None:
    child = multiprocessing.get_context("spawn").Process(target=_sleep, daemon=True)
    child.start()
    stop_child_processes()
    child.join(10)
    assert not child.is_alive()


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods() or not os.path.exists("/proc"),
    reason="no fork server (or no /proc) here",
)
def test_the_indexing_pool_and_its_fork_server_are_stopped() -> None:
    from multiprocessing import forkserver

    from briefing.library.refresh import make_pool

    pool = make_pool(2)
    assert pool.submit(os.getpid).result(timeout=60) != os.getpid()  # the workers are up
    server = forkserver._forkserver._forkserver_pid
    assert server and _alive(server)
    stop_child_processes()
    for _ in range(100):
        if not _alive(server):
            break
        time.sleep(0.05)
    assert not _alive(server)
    pool.shutdown(wait=False, cancel_futures=True)
    again = make_pool(1)  # a later refresh in the same process starts a fresh server
    assert again.submit(os.getpid).result(timeout=60) != os.getpid()
    again.shutdown()
