"""How long the reader takes to answer a key: issue 3 asks that keys respond within a frame.

Run: `.venv/bin/python bench/keys.py [--runs N]`. Needs tmux. The seed, analysed, is opened in
a real terminal (a detached tmux session, 120x40) by this same script in `--inside` mode. There
each key is posted to the app as the terminal driver would post it, and the time is taken from
posting the key to the app handing the terminal its next frame: handling, layout and rendering
included: the "wait", what a user waits for. Textual paces frames at 60 Hz (16.7 ms), so up
to a frame of the wait is Textual idling until its next tick; the "work" is the process's CPU
time over the same interval, what the key costs. The same scrolls are timed first in
bench/bare_app.py (a bare Textual app showing the text): what Textual itself needs, the
yardstick for the reader's figures.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "armenia-looks-west.txt"
FRAME_MS = 1000 / 60
SETTLE = 0.08
"""Seconds between keys, so each key starts from an idle app."""

KEYS: list[tuple[str, str, str | None]] = [
    ("j (scroll down)", "j", "j"),
    ("k (scroll up)", "k", "k"),
    ("space (page down)", "space", " "),
    ("b (page up)", "b", "b"),
    ("G (bottom)", "G", "G"),
    ("g (top)", "g", "g"),
    ("] (next section)", "right_square_bracket", "]"),
    ("[ (previous section)", "left_square_bracket", "["),
    ("5 (section 5)", "5", "5"),
    ("1 (section 1)", "1", "1"),
    ("tab (next panel)", "tab", "\t"),
    ("shift+tab (previous panel)", "shift+tab", None),
    ("/ (open the search line)", "slash", "/"),
    ("r (a letter in the query)", "r", "r"),
    ("u (another letter)", "u", "u"),
    ("enter (go to the first hit)", "enter", "\r"),
    ("n (next hit)", "n", "n"),
    ("N (previous hit)", "N", "N"),
    ("escape (clear the search)", "escape", "\x1b"),
    ("s (open the so-what view)", "s", "s"),
    ("escape (close it)", "escape", "\x1b"),
    ("? (open help)", "question_mark", "?"),
    ("escape (close help)", "escape", "\x1b"),
]


BARE_KEYS: list[tuple[str, str, str | None]] = [
    ("down (scroll down)", "down", None),
    ("up (scroll up)", "up", None),
    ("pagedown (page down)", "pagedown", None),
    ("pageup (page up)", "pageup", None),
    ("end (bottom)", "end", None),
    ("home (top)", "home", None),
]
"""The yardstick: the same scrolls in bench/bare_app.py, a bare Textual app with the text."""


def timed(base: type[Any], keys: list[tuple[str, str, str | None]], runs: int, output: Path) -> Any:
    """`base` (an App class) that presses `keys` `runs` times once ready, writes the timings
    to `output` and exits."""
    from textual import events
    from textual.screen import Screen

    class Timed(base):  # type: ignore[misc, valid-type]
        frame: tuple[float, float] = (0.0, 0.0)
        """When the last frame was handed to the terminal: wall clock, process CPU time."""
        waiting: asyncio.Event | None = None

        def _display(self, screen: Screen[Any], renderable: Any) -> None:
            super()._display(screen, renderable)
            if renderable is not None:
                self.frame = (time.perf_counter(), time.process_time())
                if self.waiting is not None:
                    self.waiting.set()

        async def on_ready(self) -> None:
            self.run_worker(self.press_all(), exclusive=True)

        async def press_all(self) -> None:
            await asyncio.sleep(0.5)
            samples: dict[str, dict[str, list[float]]] = {
                label: {"wall": [], "cpu": []} for label, _, _ in keys
            }
            for _ in range(runs):
                for label, key, character in keys:
                    self.waiting = asyncio.Event()
                    wall, cpu = time.perf_counter(), time.process_time()
                    self._driver.send_message(events.Key(key, character))
                    try:
                        await asyncio.wait_for(self.waiting.wait(), 1)
                    except TimeoutError:
                        continue  # no frame followed
                    finally:
                        self.waiting = None
                    samples[label]["wall"].append((self.frame[0] - wall) * 1000)
                    samples[label]["cpu"].append((self.frame[1] - cpu) * 1000)
                    await asyncio.sleep(SETTLE)
            output.write_text(json.dumps(samples))
            self.exit()

    return Timed


def inside(runs: int, output: Path, bare: bool) -> None:
    """Run the reader (or the bare app) in this terminal and time its keys."""
    sys.path.insert(0, str(ROOT))
    if bare:
        sys.path.insert(0, str(ROOT / "bench"))
        from bare_app import BareApp

        app = timed(BareApp, BARE_KEYS, runs, output)(SEED.read_text(encoding="utf-8"))
        app.call_after_refresh(lambda: app.query_one("VerticalScroll").focus())
        app.run()
        return
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article
    from briefing.tui import app as app_module
    from briefing.tui.app import BriefingApp

    reader = timed(BriefingApp, KEYS, runs, output)
    reader.CSS_PATH = str(Path(app_module.__file__).with_name(str(BriefingApp.CSS_PATH)))
    app = reader(briefing=analyze(load_article(SEED)))
    gc.freeze()  # as `briefing.tui.app.run` does before the app starts
    app.run()


def in_terminal(runs: int, bare: bool) -> dict[str, dict[str, list[float]]]:
    """Start this script `--inside` a detached 120x40 tmux session; its timings."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "keys.json"
        session = "briefing-keys-bench"
        script = Path(__file__).resolve()
        command = f"{sys.executable} {script} --runs {runs} --inside {output}"
        if bare:
            command += " --bare"
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", command],
            check=True,
        )
        deadline = time.monotonic() + 60 + runs * len(KEYS) * (SETTLE + 0.2)
        while not output.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
        if not output.exists():
            raise SystemExit("the app never finished its keys")
        samples: dict[str, dict[str, list[float]]] = json.loads(output.read_text())
        return samples


def report(title: str, samples: dict[str, dict[str, list[float]]]) -> None:
    """Per key: medians of the wait (wall clock) and of the work (CPU), and the worst wait."""
    print(f"{title:40} {'wait':>8} {'work':>8} {'worst':>8}  (ms, median of each)")
    for label, times in samples.items():
        if times["wall"]:
            wall, cpu = statistics.median(times["wall"]), statistics.median(times["cpu"])
            print(f"  {label:38} {wall:8.1f} {cpu:8.1f} {max(times['wall']):8.1f}")
        else:
            print(f"  {label:38} no frame followed the key")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--inside", metavar="FILE", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.inside:
        inside(options.runs, Path(options.inside), options.bare)
        return
    report("bare Textual app (the yardstick):", in_terminal(options.runs, bare=True))
    reader = in_terminal(options.runs, bare=False)
    report("briefing reader:", reader)
    waits = [statistics.median(times["wall"]) for times in reader.values() if times["wall"]]
    work = [statistics.median(times["cpu"]) for times in reader.values() if times["cpu"]]
    print(
        f"reader's slowest median: wait {max(waits):.1f} ms, work {max(work):.1f} ms "
        f"(a frame is {FRAME_MS:.1f} ms)"
    )


if __name__ == "__main__":
    main()
