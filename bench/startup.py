"""Time to first screen in a real terminal: `briefing ARTICLE` against a bare Textual app.

Run: `.venv/bin/python bench/startup.py [--runs N]`. Each program is started in a detached
tmux session (120x40) and the pane is polled until the article's first words appear (first
text) and, for the reader, until its first screen is complete (the side panel filled, the
section list and the footer, nothing "Analysing…"; see `complete`).

Every run of the reader gets its own cache and data folders (BRIEFING_CACHE_DIR and
BRIEFING_DATA_DIR in a temporary folder, `briefing.folders`): nothing is written to the user's
folders, and a first open is really a first open (no analysis cache, no saved place). The
second open is timed with folders where the article was opened once already (its analysis
cached, its place in the store).

The budgets: the text within 1.2x of the bare app (issue 3), the complete first screen within
1.5x (issue 15). The bare app is `bench/bare_app.py`. Needs tmux. The machine is shared:
runs are interleaved so drift in its load hits every program alike; repeat and compare medians.

`--cpu` measures instead the process's CPU time (all its threads, not the read-ahead child's)
from its start to the frame that first shows the text and to the frame that first shows the
complete screen, each program run headless at 120x40 (`cpu_child`: Textual's compositor is
asked for each frame's text, which is checked as the pane is, its cost left out). CPU time
swings far less than wall time with the machine's load; it leaves out what the terminal does
with the output and the wait for the analysis in a first open (the child's time).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "armenia-looks-west.txt"
MARKER = "What might be described"
SESSION = "briefing-startup-bench"
TMUX = ["tmux", "-L", f"briefing-startup-bench-{os.getpid()}"]
"""A tmux server of this run's own (two runs at once must not share one), kept running by an
idle session (`tmux_server`): a server that exits with its last session and another that starts
meanwhile raced ("server exited unexpectedly"), and starting a server is no part of the
program's start-up."""

COMPLETE = ("mentions", "? Help")
"""On the complete first screen (issue 15): the side panel filled (an actor's mention count)
and the footer; and no "Analysing…" left in the header or the section list."""


def complete(pane: str) -> bool:
    """Whether the reader's first screen is complete (see COMPLETE)."""
    return all(marker in pane for marker in COMPLETE) and "Analysing" not in pane


def folders_env(folder: Path) -> dict[str, str]:
    """The reader's cache and data folders inside `folder` (see briefing.folders)."""
    return {
        "BRIEFING_CACHE_DIR": str(folder / "cache"),
        "BRIEFING_DATA_DIR": str(folder / "data"),
    }


def timed(
    command: str,
    marker: str = MARKER,
    timeout: float = 15.0,
    *,
    whole: bool = False,
    env: dict[str, str] | None = None,
    linger: float = 0.0,
) -> tuple[float, float | None]:
    """Seconds until `marker` is on screen and (with `whole`) until the screen is complete.

    `linger` keeps the program running that long after the last mark (so it can finish
    writing its caches) before the session is killed.
    """
    subprocess.run([*TMUX, "kill-session", "-t", SESSION], capture_output=True)
    options = [item for name, value in (env or {}).items() for item in ("-e", f"{name}={value}")]
    start = time.perf_counter()
    subprocess.run(
        [*TMUX, "new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", *options, command],
        check=True,
    )
    first: float | None = None
    try:
        while time.perf_counter() - start < timeout:
            pane = subprocess.run(
                [*TMUX, "capture-pane", "-p", "-t", SESSION], capture_output=True, text=True
            ).stdout
            now = time.perf_counter() - start
            if first is None and marker in pane:  # (a saved place may scroll)
                first = now
            if first is not None and (not whole or complete(pane)):
                if linger:
                    time.sleep(linger)
                return first, (now if whole else None)
            time.sleep(0.005)
        raise TimeoutError(f"{command!r} never showed {'its complete screen' if first else marker!r}")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", SESSION], capture_output=True)


class tmux_server:  # noqa: N801 - used as `with tmux_server():`
    """The bench's tmux server, up for the length of the `with` block (see TMUX)."""

    servers = 0

    def __enter__(self) -> None:
        tmux_server.servers += 1  # a socket of its own, not one a server may still be leaving
        TMUX[2] = f"briefing-startup-bench-{os.getpid()}-{tmux_server.servers}"
        subprocess.run([*TMUX, "new-session", "-d", "-s", "keeper", "sleep 3600"], check=True)

    def __exit__(self, *_: object) -> None:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)


def cpu_child(program: list[str]) -> None:
    """Run `program` (argv of a Python script or `-m briefing ...`) in this process, headless
    at 120x40, and print "text=MS complete=MS" (CPU time since start; see `--cpu`)."""
    import runpy

    from textual.app import App
    from textual.screen import Screen

    left_out = [0.0]  # CPU spent reading the frames, not the program's
    found: dict[str, float] = {}
    bare = program[0] != "-m"
    original_refresh = Screen._compositor_refresh

    def refresh(screen: Screen[object]) -> None:
        original_refresh(screen)
        now = time.process_time() - left_out[0]
        before = time.process_time()
        pane = "\n".join(strip.text for strip in screen._compositor.render_strips())
        left_out[0] += time.process_time() - before
        if "text" not in found and MARKER in pane:
            found["text"] = now
        if "text" in found and (bare or complete(pane)):
            found["complete"] = now
            print(" ".join(f"{name}={value * 1000:.1f}" for name, value in found.items()))
            sys.stdout.flush()
            os._exit(0)

    original_run = App.run

    def run(app: App[object], *args: object, **kwargs: object) -> object:
        return original_run(app, headless=True, size=(120, 40))  # type: ignore[arg-type]

    Screen._compositor_refresh = refresh  # type: ignore[method-assign]
    App.run = run  # type: ignore[method-assign]
    if bare:
        sys.argv = program
        runpy.run_path(program[0], run_name="__main__")
    else:
        sys.argv = program[1:]
        runpy.run_module(program[1], run_name="__main__", alter_sys=True)


def cpu_timed(program: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """CPU seconds of `program` at its text and at its complete screen (`cpu_child`)."""
    output = subprocess.run(
        [sys.executable, __file__, "--cpu-child", *program],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    found = dict(item.split("=") for item in output.split())
    return float(found["text"]) / 1000, float(found["complete"]) / 1000


def cpu_main(options: argparse.Namespace) -> None:
    """`--cpu`: the same figures as CPU time, headless (see the module's docstring)."""
    bare_program = [str(ROOT / "bench" / "bare_app.py"), str(SEED)]
    trees = {"briefing ARTICLE": ROOT}
    if options.against:
        compile_bytecode(options.against / "briefing")
        trees[str(options.against)] = options.against
    bare: list[float] = []
    first: dict[str, list[tuple[float, float]]] = {label: [] for label in trees}
    second: dict[str, list[tuple[float, float]]] = {label: [] for label in trees}
    with tempfile.TemporaryDirectory(prefix="briefing-startup-cpu-") as scratch:
        for label, tree in trees.items():  # each reader's second open
            opened = folders_env(Path(scratch) / f"opened-{len(label)}-{hash(label)}")
            cpu_timed(["-m", "briefing", str(SEED)], {"PYTHONPATH": str(tree), **opened})
        for run in range(options.runs):
            bare.append(cpu_timed(bare_program)[0])
            for label, tree in trees.items():
                fresh = Path(scratch) / f"run-{run}"
                env = {"PYTHONPATH": str(tree), **folders_env(fresh)}
                first[label].append(cpu_timed(["-m", "briefing", str(SEED)], env))
                shutil.rmtree(fresh, ignore_errors=True)
                opened = folders_env(Path(scratch) / f"opened-{len(label)}-{hash(label)}")
                env = {"PYTHONPATH": str(tree), **opened}
                second[label].append(cpu_timed(["-m", "briefing", str(SEED)], env))
    print(f"bare Textual app, text, CPU: {ms(bare)} over {options.runs} runs")
    for label in trees:
        texts = [text for text, _ in first[label]]
        print(f"{label}, first open, text, CPU: {ms(texts)}; {ratio(texts, bare, '1.2')}")
        for name, runs in (("first", first[label]), ("second", second[label])):
            wholes = [whole for _, whole in runs]
            gap = statistics.median(whole - text for text, whole in runs) * 1000
            print(
                f"{label}, {name} open, complete screen, CPU: {ms(wholes)}; "
                f"{ratio(wholes, bare, '1.5')}; median {gap:.0f} ms after the text"
            )


def compile_bytecode(package: Path = ROOT / "briefing") -> None:
    """Byte-compile the package, as installing it does.

    The yardstick imports Textual from site-packages, byte-compiled when it was installed;
    `briefing` is an editable install, and where PYTHONDONTWRITEBYTECODE is set (as in some
    sandboxes) every run would compile its modules from source (~20 ms) and so measure the
    environment, not the reader. Stale files are recompiled, others kept.
    """
    import compileall

    compileall.compile_dir(package, quiet=1)


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms, best {min(values) * 1000:.0f} ms"


def ratio(ours: list[float], bare: list[float], budget: str) -> str:
    return (
        f"{statistics.median(ours) / statistics.median(bare):.2f}x of medians, "
        f"{min(ours) / min(bare):.2f}x of bests (budget {budget})"
    )


def main() -> None:
    if sys.argv[1:2] == ["--cpu-child"]:
        cpu_child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--no-compile",
        action="store_true",
        help="leave briefing's bytecode as it is (then it depends on PYTHONDONTWRITEBYTECODE)",
    )
    parser.add_argument("--no-library", action="store_true", help="skip the 500-article library")
    parser.add_argument(
        "--against",
        metavar="DIR",
        type=Path,
        help="also time the reader from the briefing package in DIR (another checkout, say "
        "`git archive HEAD briefing | tar -x -C DIR`), interleaved: an A/B on a loaded machine",
    )
    parser.add_argument(
        "--cpu", action="store_true", help="CPU time, headless, instead of wall time in tmux"
    )
    options = parser.parse_args()
    if not options.no_compile:
        compile_bytecode()
    if options.cpu:
        cpu_main(options)
        return
    python = sys.executable
    briefing = str(Path(python).with_name("briefing"))
    bare_command = f"{python} {ROOT / 'bench' / 'bare_app.py'} {SEED}"
    readers = {"briefing ARTICLE": f"{briefing} {SEED}"}
    if options.against:
        compile_bytecode(options.against / "briefing")
        readers = {  # both the same way, with the package chosen by PYTHONPATH
            "briefing ARTICLE": f"env PYTHONPATH={ROOT} {python} -m briefing {SEED}",
            f"{options.against}": f"env PYTHONPATH={options.against} {python} -m briefing {SEED}",
        }
    bare: list[float] = []
    text_first: dict[str, list[float]] = {label: [] for label in readers}
    whole_first: dict[str, list[float]] = {label: [] for label in readers}
    whole_second: dict[str, list[float]] = {label: [] for label in readers}
    with tmux_server(), tempfile.TemporaryDirectory(prefix="briefing-startup-") as scratch:
        timed(bare_command)  # warm the file cache
        for label, reader in readers.items():  # and make each reader's second open
            opened = Path(scratch) / f"opened-{len(label)}-{hash(label)}"
            timed(reader, whole=True, env=folders_env(opened), linger=1.0)
        for run in range(options.runs):  # interleaved, so drift in the load hits all alike
            bare.append(timed(bare_command)[0])
            for label, reader in readers.items():
                fresh = Path(scratch) / f"run-{run}"
                first, whole = timed(reader, whole=True, env=folders_env(fresh))
                shutil.rmtree(fresh, ignore_errors=True)
                text_first[label].append(first)
                whole_first[label].append(whole or 0.0)
                opened = Path(scratch) / f"opened-{len(label)}-{hash(label)}"
                second = timed(reader, whole=True, env=folders_env(opened))[1]
                whole_second[label].append(second or 0.0)
    print(f"bare Textual app, text: {ms(bare)} over {options.runs} runs")
    for label in readers:
        texts, wholes, seconds = text_first[label], whole_first[label], whole_second[label]
        print(f"{label}, first open, text: {ms(texts)}; {ratio(texts, bare, '1.2')}")
        print(
            f"{label}, first open, complete screen: {ms(wholes)}; "
            f"{ratio(wholes, bare, '1.5, issue 15')}"
        )
        print(
            f"{label}, second open, complete screen: {ms(seconds)}; "
            f"{ratio(seconds, bare, '1.5')}"
        )
    if not options.no_library:
        with tmux_server():  # (a new server: the first one's socket is gone with it)
            library_of_500(briefing, options.runs)


def library_of_500(briefing: str, runs: int) -> None:
    """A library of 500 articles must show its list in under a second (issue 3)."""
    with tempfile.TemporaryDirectory(prefix="briefing-library-") as folder:
        articles = Path(folder) / "articles"
        articles.mkdir()
        for number in range(500):
            shutil.copy(SEED, articles / f"article-{number:03}.txt")
        command = f"{briefing} --library {articles}"
        marker = "article-000"
        env = folders_env(Path(folder))
        timed(command, marker, env=env)
        samples = [timed(command, marker, env=env)[0] for _ in range(runs)]
        median = statistics.median(samples) * 1000
        print(f"library of 500 articles: list on screen in {median:.0f} ms (budget 1000 ms)")


if __name__ == "__main__":
    main()
