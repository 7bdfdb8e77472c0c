"""Writes that are safe (issue 14, classes 5 and 6).

Only regular files are replaced; a killed export leaves no visible temporary file (or the next
export removes it); a file that appears while a summary is written is never overwritten without
`--force`; `-o folder/` writes into the folder and `-o ''` is refused.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import briefing.export.write as write
from briefing.cli import main
from briefing.errors import ExportError
from briefing.export import resolve_target, write_summary
from tests.unit.export_fixtures import small_briefing


def _files(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_force_never_replaces_a_fifo_or_a_socket(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock.md"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(sock_path))
        for target in (fifo, sock_path):
            with pytest.raises(ExportError, match="not a regular file"):
                write_summary(small_briefing(), "md", target, force=True)
    finally:
        server.close()
    assert fifo.is_fifo() and sock_path.is_socket()
    assert _files(tmp_path) == ["pipe.md", "sock.md"]


def test_a_device_is_refused_before_anything_is_written() -> None:
    with pytest.raises(ExportError, match="not a regular file"):
        write.check_target(Path(os.devnull), force=True)


@pytest.mark.parametrize("unnamed", [True, False], ids=["o_tmpfile", "named-temporary"])
def test_a_file_that_appears_while_writing_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unnamed: bool
) -> None:
    """The target appears after the last check and before the name is given: the hard link
    fails on the existing name instead of a rename replacing it."""
    target = tmp_path / "summary.md"
    real_fill = write._fill
    if not unnamed:
        monkeypatch.setattr(write, "_unnamed_file", lambda folder: None)

    def fill_then_race(fd: int, content: bytes, mode: int) -> None:
        real_fill(fd, content, mode)
        target.write_text("someone else's", encoding="utf-8")

    monkeypatch.setattr(write, "_fill", fill_then_race)
    with pytest.raises(ExportError, match="already exists"):
        write_summary(small_briefing(), "md", target)
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert _files(tmp_path) == ["summary.md"]


def test_without_hard_links_the_target_is_created_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "summary.md"
    write_summary(small_briefing(), "md", target)
    assert target.read_text(encoding="utf-8").startswith("# ")
    with pytest.raises(ExportError, match="already exists"):
        write_summary(small_briefing(), "md", target)
    assert _files(tmp_path) == ["summary.md"]


def test_stale_temporary_files_of_dead_exports_are_removed(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".summary.md.{dead_pid}.0123456789abcdef.tmp"
    live = tmp_path / f".summary.md.{os.getpid()}.0123456789abcdef.tmp"
    other = tmp_path / ".summary.md.notours.tmp"
    for path in (stale, live, other):
        path.write_bytes(b"x" * 1000)
    write_summary(small_briefing(), "md", tmp_path / "summary.md")
    assert not stale.exists()
    assert live.exists() and other.exists()


_KILLED_EXPORT = textwrap.dedent(
    """
    import os, sys, time
    import briefing.export.write as write
    from tests.unit.export_fixtures import small_briefing
    from briefing.export import write_summary
    if sys.argv[2] == "named":
        write._unnamed_file = lambda folder: None
    def stuck(fd):
        print("writing", flush=True)
        time.sleep(60)
    os.fsync = stuck
    write_summary(small_briefing(), "md", __import__("pathlib").Path(sys.argv[1]))
    """
)


@pytest.mark.parametrize("how", ["unnamed", "named"])
def test_a_killed_export_leaves_nothing_visible(tmp_path: Path, how: str) -> None:
    """SIGKILL mid-write: with O_TMPFILE nothing is ever visible; with a named temporary file
    the next export in the folder removes it."""
    target = tmp_path / "summary.md"
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_EXPORT, str(target), how],
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    left = _files(tmp_path)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    time.sleep(0.05)
    if how == "unnamed" and write._unnamed_file(tmp_path) is not None:
        assert left == [] and _files(tmp_path) == []
    write_summary(small_briefing(), "md", tmp_path / "next.md")
    assert _files(tmp_path) == ["next.md"]


def test_a_folder_with_a_slash_gets_the_default_name_inside(tmp_path: Path) -> None:
    briefing = small_briefing()
    folder = tmp_path / "out"
    folder.mkdir()
    inside = resolve_target(briefing, "md", f"{folder}/")
    assert inside.parent == folder and inside.name.endswith("-summary.md")
    assert resolve_target(briefing, "md", str(folder)) == inside  # an existing folder too
    with pytest.raises(ExportError, match="no such folder"):
        resolve_target(briefing, "md", f"{tmp_path}/missing/")
    with pytest.raises(ExportError, match="empty"):
        resolve_target(briefing, "md", "  ")


def test_cli_output_folder_and_empty_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import briefing.analysis.pipeline as pipeline

    monkeypatch.setattr(pipeline, "analyze", lambda article: small_briefing())
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "piece.txt"
    article.write_text("Title\n\nSome text about Armenia.\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    assert main(["export", str(article), "-o", "out/"]) == 0
    written = _files(tmp_path / "out")
    assert len(written) == 1 and written[0].endswith("-summary.md")
    assert main(["export", str(article), "-o", "nowhere/"]) == 1
    assert main(["export", str(article), "-o", ""]) == 1
    err = capsys.readouterr().err
    assert "nowhere/: no such folder" in err and "-o needs a file name" in err
    assert sorted(_files(tmp_path)) == ["out", "piece.txt"]
