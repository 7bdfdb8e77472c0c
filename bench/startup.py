"""Time to first screen in a real terminal: `briefing ARTICLE` against a bare Textual app.

Run: `.venv/bin/python bench/startup.py [--runs N]`. Each program is started in a detached
tmux session (120x40) and the pane is polled until the article's first words appear. The issue's
budget: the reader within 1.2x of the bare app. Needs tmux.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "armenia-looks-west.txt"
MARKER = "What might be described"


COMPLETE = ("mentions", "? Help")
"""On the complete first screen (issue 15): the side panel filled (an actor's mention count)
and the footer; and no "Analysing…" left in the header or the section list."""


def complete(pane: str) -> bool:
    """Whether the reader's first screen is complete (see COMPLETE)."""
    return all(marker in pane for marker in COMPLETE) and "Analysing" not in pane


def first_screen_seconds(
    command: str, marker: str = MARKER, timeout: float = 15.0, *, whole: bool = False
) -> float:
    session = "briefing-startup-bench"
    subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", command], check=True
    )
    try:
        while time.perf_counter() - start < timeout:
            pane = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if complete(pane) if whole else marker in pane:  # (a saved place may scroll)
                return time.perf_counter() - start
            time.sleep(0.005)
        raise TimeoutError(f"{command!r} never showed {marker!r}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def compile_bytecode() -> None:
    """Byte-compile the package, as installing it does.

    The yardstick imports Textual from site-packages, byte-compiled when it was installed;
    `briefing` is an editable install, and where PYTHONDONTWRITEBYTECODE is set (as in some
    sandboxes) every run would compile its modules from source (~20 ms) and so measure the
    environment, not the reader. Stale files are recompiled, others kept.
    """
    import compileall

    compileall.compile_dir(ROOT / "briefing", quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--no-compile",
        action="store_true",
        help="leave briefing's bytecode as it is (then it depends on PYTHONDONTWRITEBYTECODE)",
    )
    options = parser.parse_args()
    if not options.no_compile:
        compile_bytecode()
    python = sys.executable
    briefing = str(Path(python).with_name("briefing"))
    commands = {
        "bare Textual app": f"{python} {ROOT / 'bench' / 'bare_app.py'} {SEED}",
        "briefing ARTICLE": f"{briefing} {SEED}",
    }
    for command in commands.values():
        first_screen_seconds(command)  # warm the file cache
    samples: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(options.runs):  # interleaved, so drift in the machine's load hits both alike
        for label, command in commands.items():
            samples[label].append(first_screen_seconds(command))
    for label, times in samples.items():
        print(
            f"{label}: median {statistics.median(times) * 1000:.0f} ms, "
            f"best {min(times) * 1000:.0f} ms over {options.runs} runs"
        )
    bare, ours = samples["bare Textual app"], samples["briefing ARTICLE"]
    print(
        f"ratio: {statistics.median(ours) / statistics.median(bare):.2f} of medians, "
        f"{min(ours) / min(bare):.2f} of bests (budget 1.2)"
    )
    wholes = []
    for index in range(options.runs):  # the complete screen: panels, sections and footer
        wholes.append(first_screen_seconds(commands["briefing ARTICLE"], whole=True))
        if index % 2:
            bare.append(first_screen_seconds(commands["bare Textual app"]))
    print(
        f"briefing ARTICLE, complete screen: median {statistics.median(wholes) * 1000:.0f} ms, "
        f"best {min(wholes) * 1000:.0f} ms; ratio to the bare app "
        f"{statistics.median(wholes) / statistics.median(bare):.2f} of medians, "
        f"{min(wholes) / min(bare):.2f} of bests (budget 1.5, issue 15)"
    )
    library_of_500(briefing, options.runs)


def library_of_500(briefing: str, runs: int) -> None:
    """A library of 500 articles must show its list in under a second (issue 3)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for number in range(500):
            shutil.copy(SEED, Path(folder) / f"article-{number:03}.txt")
        command = f"{briefing} --library {folder}"
        marker = "article-000"
        first_screen_seconds(command, marker)
        samples = [first_screen_seconds(command, marker) for _ in range(runs)]
        median = statistics.median(samples) * 1000
        print(f"library of 500 articles: list on screen in {median:.0f} ms (budget 1000 ms)")


if __name__ == "__main__":
    main()
