"""Peak memory and time for the largest inputs, as ratios to the input size (issue 14).

Run: `.venv/bin/python bench/memory.py [--sizes 1,5,19.9] [--html 1,10] [--reader 3,19.9]`.
Each input is read and analysed in a fresh process (`briefing analyze FILE`, output to
/dev/null), so the peak resident set size (getrusage's ru_maxrss of the child) is that one
input's. The inputs are written to a temporary folder: a text of the seed's paragraphs repeated
with their numbers changed (so no paragraph is a word-for-word repeat), and an HTML page of the
same paragraphs with unclosed <div><p><span> tags, the shape that once took 14 GB.

Prints, per input: size in MB (decimal), seconds, peak RSS in MB, and the ratios seconds per
MB and peak RSS / input size. A benchmark, not a test.

The bound (2 shared cores, load average 8; an idle machine takes about a quarter of the time):

    input             MB  seconds  peak MB  s/MB  RSS/size
    text-1mb.txt     1.0     17.3      107  17.5     108.1   (the interpreter and data: ~100 MB)
    text-5mb.txt     4.9     52.2      107  10.6      21.6   analysis of the first 1,000,000 chars
    text-19.9mb.txt 19.6    116.4      335   5.9      17.0
    page-1mb.html    1.0     29.7      147  30.5     151.4
    page-10mb.html   9.7     37.9      159   3.9      16.4   markup read up to 1,000,000 chars

`--reader 3,19.9` also opens texts of those sizes in the reader (tmux, 120x40, its own cache
and data folders): seconds to the first text, the reader process's peak RSS, and the seconds
`q` takes to end it, pressed `--settle` seconds after the text shows (while the analysis and
the mounting of the paragraphs are under way).

Peak memory stays under 110 MB + 12 x the input (so under 350 MB for the 20 MB limit; the
HTML page of unclosed tags used over 14 GB before); time is
linear in the text read (ingest, about 5 s a MB here) plus at most the analysis of 1,000,000
characters (`briefing.analysis.bounds`) and trafilatura on 1,000,000 characters of markup
(`briefing.ingest.html_limits`).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "armenia-looks-west.txt"


def paragraphs() -> list[str]:
    """The seed's body paragraphs (long ones only: the header lines are not prose)."""
    text = SEED.read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n\n") if len(block.strip()) > 200]


def varied(size: int) -> list[str]:
    """Paragraphs adding up to about `size` characters, each made unique by its numbers."""
    base = paragraphs()
    out: list[str] = []
    total, round_ = 0, 0
    while total < size:
        for paragraph in base:
            unique = re.sub(r"\d+", lambda m: str(int(m.group()) + round_), paragraph)
            unique = f"{unique} (Note {round_}.)"
            out.append(unique)
            total += len(unique) + 2
            if total >= size:
                break
        round_ += 1
    return out


def write_text(folder: Path, megabytes: float) -> Path:
    path = folder / f"text-{megabytes:g}mb.txt"
    body = "\n\n".join(varied(int(megabytes * 1_000_000 * 0.98) - 200))  # bytes > characters
    path.write_text(f"A Very Long Article\n\nBy A. Writer\n\n{body}\n", encoding="utf-8")
    return path


def write_html(folder: Path, megabytes: float) -> Path:
    path = folder / f"page-{megabytes:g}mb.html"
    head = "<!doctype html><html><head><title>A Very Long Page</title></head><body><article>"
    units = [f"<div><p><span>{text}" for text in varied(int(megabytes * 1_000_000 * 0.95))]
    path.write_text(head + "\n".join(units) + "</article></body></html>\n", encoding="utf-8")
    return path


def measure(path: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of `briefing analyze path` in a child process."""
    code = (
        "import resource, sys\nfrom briefing.cli import main\n"
        "status = main(['analyze', sys.argv[1]])\n"
        "print('peak-kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    peak = 0.0
    for line in result.stderr.splitlines():
        if line.startswith("peak-kb "):
            peak = int(line.split()[1]) / 1024  # Linux reports ru_maxrss in KiB
        elif "warning" in line or result.returncode:
            print(f"  {line}")
    return seconds, peak


FIRST_WORDS = "What might be described"
"""The first words of the generated texts' first paragraph: on screen means the text is."""
TMUX = ("tmux", "-L", "briefing-memory-bench")


def in_reader(path: Path, settle: float) -> tuple[float, float, float]:
    """(seconds to the first text, peak RSS in MB, seconds from `q` to the end) of the reader
    on `path`, in a detached tmux session (120x40) with its own cache and data folders.

    `q` is pressed `settle` seconds after the text shows: the analysis and the mounting of a
    long text's paragraphs are then under way, and quitting must not wait for them (issue 14).
    The peak RSS (VmHWM) is the reader process's own, read just before `q` (the read-ahead
    process that analyses is not counted: `briefing analyze` above measures that work).
    """
    with tempfile.TemporaryDirectory() as folder:
        env = [f"BRIEFING_CACHE_DIR={folder}/cache", f"BRIEFING_DATA_DIR={folder}/data"]
        briefing = Path(sys.executable).with_name("briefing")
        subprocess.run([*TMUX, "kill-server"], capture_output=True)
        started = time.perf_counter()
        subprocess.run(
            [*TMUX, "new-session", "-d", "-s", "reader", "-x", "120", "-y", "40",
             *(item for pair in env for item in ("-e", pair)), f"{briefing} {path}"],
            check=True,
        )
        try:
            while FIRST_WORDS not in _pane():
                if time.perf_counter() - started > 600:
                    raise TimeoutError(f"{path.name}: no text after 600 s")
                time.sleep(0.02)
            first = time.perf_counter() - started
            time.sleep(settle)
            pid = subprocess.run(
                [*TMUX, "list-panes", "-t", "reader", "-F", "#{pane_pid}"],
                capture_output=True, text=True, check=True,
            ).stdout.split()[0]
            status = Path(f"/proc/{pid}/status").read_text()
            peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
            pressed = time.perf_counter()
            subprocess.run([*TMUX, "send-keys", "-t", "reader", "q"], check=True)
            while subprocess.run([*TMUX, "has-session", "-t", "reader"],
                                 capture_output=True).returncode == 0:
                if time.perf_counter() - pressed > 600:
                    raise TimeoutError(f"{path.name}: still there 600 s after q")
                time.sleep(0.01)
            return first, peak, time.perf_counter() - pressed
        finally:
            subprocess.run([*TMUX, "kill-server"], capture_output=True)


def _pane() -> str:
    return subprocess.run(
        [*TMUX, "capture-pane", "-p", "-t", "reader"], capture_output=True, text=True
    ).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5,19.9", help="text sizes in MB, comma-separated")
    parser.add_argument("--html", default="1,10", help="HTML page sizes in MB, comma-separated")
    parser.add_argument(
        "--reader",
        metavar="SIZES",
        help="also open texts of these sizes in MB (say 3,19.9) in the reader, in tmux: time to "
        "the first text, the reader's peak RSS, and the time `q` takes to end it",
    )
    parser.add_argument("--settle", type=float, default=5.0, help="seconds before q (--reader)")
    options = parser.parse_args()
    if options.reader:
        reader_table(options.reader, options.settle)
        if not options.sizes and not options.html:
            return
    print(f"{'input':<22} {'MB':>6} {'seconds':>8} {'peak MB':>8} {'s/MB':>6} {'RSS/size':>9}")
    with tempfile.TemporaryDirectory() as folder:
        inputs = [write_text(Path(folder), float(size)) for size in _sizes(options.sizes)]
        inputs += [write_html(Path(folder), float(size)) for size in _sizes(options.html)]
        for path in inputs:
            size = path.stat().st_size / 1e6
            seconds, peak = measure(path)
            print(
                f"{path.name:<22} {size:6.1f} {seconds:8.1f} {peak:8.0f} "
                f"{seconds / size:6.2f} {peak / size:9.1f}"
            )


def _sizes(text: str) -> list[float]:
    return [float(size) for size in text.split(",") if size.strip()]


def reader_table(sizes: str, settle: float) -> None:
    """The reader on texts of `sizes` MB: first text, peak RSS, and quitting (see in_reader)."""
    print(f"{'in the reader':<22} {'MB':>6} {'text s':>7} {'peak MB':>8} {'RSS/size':>9} "
          f"{'q s':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for size in _sizes(sizes):
            path = write_text(Path(folder), size)
            megabytes = path.stat().st_size / 1e6
            first, peak, quit_seconds = in_reader(path, settle)
            print(f"{path.name:<22} {megabytes:6.1f} {first:7.1f} {peak:8.0f} "
                  f"{peak / megabytes:9.1f} {quit_seconds:6.2f}")


if __name__ == "__main__":
    main()
