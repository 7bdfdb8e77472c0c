"""The library at scale: 10,000 real articles indexed, searched and relaunched (issue 17).

Run: `.venv/bin/python bench/library.py [--articles 10000] [--keep DIR]`. Builds a library from
the real texts in ../shared/corpus (PolNeAR's news texts, the policy-dev articles and the
extraction set's page texts), repeated with variations (body paragraphs rotated, a copy number
added, so every file has its own hash) up to the count asked, in a temporary folder with its own
cache folder (BRIEFING_CACHE_DIR), and prints:

- first indexing: articles a second with every core (`refresh`, the library's own path: pool,
  hashing, writes) against the analysis alone in one process (on a sample);
- search: median and 95th percentile per query, the index's search as the TUI runs it (rank all,
  best 200, no snippets), as the CLI runs it (best 20 with snippets), and a bare FTS5 query
  (`MATCH ... ORDER BY rank LIMIT 20`) over the same texts in a plain table, same run;
- relaunch: `briefing --library DIR` in tmux (120x40) until the list is complete and the index
  checked (the status line shows "N articles" with no "checking" or "indexing"), against a bare
  Textual app that shows an N-row DataTable; and the peak RSS (VmHWM) of each.

Issue 17's budgets: search within 2x of bare FTS5, relaunch within 1.5x of the bare app,
indexing that scales with cores. `--keep DIR` keeps (or reuses) the library and its index.
Needs ../shared/corpus; tmux for the relaunch figures.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = (
    ("polnear-dev/text", "*.txt"),
    ("policy-dev", "*.txt"),
    ("policy-dev", "*.md"),
    ("extraction/pagetext", "*.txt"),
)
QUERIES = (
    "russia",
    "clinton campaign",
    '"white house"',
    "sanction*",
    "trump -clinton",
    "nuclear iran",
    "china trade",
    "elect",
    "zzzz-no-hit",
    "Putin",
)
SESSION = "briefing-library-bench"
BARE_APP = """
import sys
from textual.app import App
from textual.widgets import DataTable, Static

class Bare(App):
    CSS = "DataTable { height: 1fr; }"

    def compose(self):
        yield DataTable()
        yield Static(id="status")

    def on_mount(self):
        rows = int(sys.argv[1])
        table = self.query_one(DataTable)
        table.add_columns("Title", "Source", "Author", "Date", "Min")
        for number in range(rows):
            table.add_row(f"Article {number}", "Source", "Author", "2024-01-01", "5")
        self.query_one("#status", Static).update(f"{rows} articles")

Bare().run()
"""


def texts() -> list[tuple[str, str]]:
    """(file name, text) of every real article found in the corpus."""
    found: list[tuple[str, str]] = []
    for folder, pattern in SOURCES:
        for path in sorted((CORPUS / folder).glob(pattern)):
            if path.name.lower() != "readme.md":
                found.append((path.name, path.read_text(encoding="utf-8", errors="replace")))
    return found


def build(folder: Path, count: int) -> None:
    """`count` article files in `folder`: the corpus, then copies with rotated bodies."""
    sources = texts()
    for number in range(count):
        name, text = sources[number % len(sources)]
        copy = number // len(sources)
        if copy:
            head, _, body = text.partition("\n\n")
            paragraphs = body.split("\n\n")
            shift = copy % max(1, len(paragraphs))
            body = "\n\n".join(paragraphs[shift:] + paragraphs[:shift])
            text = f"{head}\n\n{body}\n\nCopy {copy} of this article for the benchmark.\n"
        stem, dot, suffix = name.rpartition(".")
        (folder / f"{stem}-{copy:03}{dot}{suffix}").write_text(text, encoding="utf-8")


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(action, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def indexing(folder: Path, sample: int) -> None:
    """First indexing of `sample` files with every core, against the analysis alone."""
    from briefing.library.index import LibraryIndex
    from briefing.library.jobs import analyze_path
    from briefing.library.refresh import refresh

    subset = folder.parent / "rate"
    subset.mkdir(exist_ok=True)
    paths = sorted(folder.iterdir())
    paths = paths[:: max(1, len(paths) // sample)][:sample]
    for path in paths:
        if not (subset / path.name).exists():
            shutil.copy(path, subset / path.name)
    index = LibraryIndex(subset)
    index.remove(name for name in index.states())  # a first indexing each run
    summary = refresh(index)
    index.close()
    done = summary.analysed + summary.failed
    cores = os.cpu_count()
    print(
        f"first indexing, {cores} cores (refresh: pool, hashing, writes): {done} articles in "
        f"{summary.seconds:.1f} s, {done / summary.seconds:.1f} articles/s"
    )
    start = time.perf_counter()
    for path in paths:
        with contextlib.suppress(Exception):  # a failure counts, as in the index
            analyze_path(path)
    seconds = time.perf_counter() - start
    print(
        f"analysis alone, one process: {len(paths)} articles in {seconds:.1f} s, "
        f"{len(paths) / seconds:.1f} articles/s (load average {os.getloadavg()[0]:.1f})"
    )


def fill(folder: Path) -> None:
    """Index the whole library: each corpus text analysed once (copy 000), its copies stored
    as the same analysis with their own name, size, time, hash and text (what a search reads).

    The copies differ from their original only by rotated paragraphs and one line, so this is
    the index a full run would make, without hours of analysis on a shared machine."""
    from dataclasses import replace

    from briefing.library.index import LibraryIndex
    from briefing.library.jobs import content_hash
    from briefing.library.refresh import analyse_all, refresh

    index = LibraryIndex(folder)
    known = index.states()
    names = sorted(path.name for path in folder.iterdir())
    originals = [name for name in names if "-000." in name]
    base = {}
    todo = [name for name in originals if name not in known]
    for record in analyse_all(str(folder), todo):
        base[record.name] = record
    index.write(base.values())
    batch = []
    for name in names:
        if name in known or name in base:
            continue
        stem, _, suffix = name.rpartition(".")
        source = base.get(f"{stem[:-4]}-000.{suffix}")
        if source is None:
            continue
        path = folder / name
        status = path.stat()
        text = path.read_text(encoding="utf-8")
        fields = (*source.fields[:4], text.partition("\n\n")[2])
        batch.append(
            replace(
                source,
                name=name,
                size=status.st_size,
                mtime_ns=status.st_mtime_ns,
                hash=content_hash(path),
                fields=fields,
            )
        )
        if len(batch) >= 500:
            index.write(batch)
            batch = []
    index.write(batch)
    summary = refresh(index)
    print(
        f"index filled: {summary.unchanged} unchanged, {summary.analysed} analysed by a refresh"
        f" ({summary.seconds * 1000:.0f} ms to check {summary.total} files)"
    )
    index.close()


def searching(folder: Path, runs: int) -> None:
    from briefing.library.index import LibraryIndex
    from briefing.library.query import parse, to_match

    index = LibraryIndex(folder)
    bare = sqlite3.connect(":memory:")
    bare.execute("CREATE VIRTUAL TABLE bare USING fts5(title, text)")
    bare.executemany(
        "INSERT INTO bare(rowid, title, text) VALUES (?, ?, ?)",
        index.connection.execute(
            "SELECT s.rowid, s.title, s.text FROM search s JOIN articles a ON a.id = s.rowid"
            " WHERE a.library = ?",
            (index.library,),
        ),
    )
    articles = bare.execute("SELECT count(*) FROM bare").fetchone()[0]
    figures: dict[str, list[float]] = {"tui": [], "same": [], "cli": [], "bare": []}
    for query in QUERIES:
        expression = to_match(parse(query)) or '""'
        figures["tui"] += timed(
            lambda q=query: index.search(q, limit=200, snippets=False, as_you_type=True), runs
        )
        figures["same"] += timed(lambda q=query: index.search(q, limit=20, snippets=False), runs)
        figures["cli"] += timed(lambda q=query: index.search(q, limit=20), runs)
        figures["bare"] += timed(
            lambda e=expression: bare.execute(
                "SELECT rowid FROM bare WHERE bare MATCH ? ORDER BY rank LIMIT 20", (e,)
            ).fetchall(),
            runs,
        )
    print(f"search over {articles} articles, {len(QUERIES)} queries x {runs} runs:")
    labels = {
        "bare": "bare FTS5 (MATCH, ORDER BY rank, best 20)",
        "same": "index search (weighted bm25, smart case, rows; best 20)",
        "cli": "briefing search (best 20 with snippets)",
        "tui": "library as you type (best 200, prefix)",
    }
    bare_median = statistics.median(figures["bare"])
    bare_p95 = percentile(figures["bare"], 0.95)
    for key, label in labels.items():
        median, p95 = statistics.median(figures[key]), percentile(figures[key], 0.95)
        print(
            f"  {label}: median {median:.1f} ms, p95 {p95:.1f} ms "
            f"({median / bare_median:.2f}x / {p95 / bare_p95:.2f}x bare)"
        )
    files = [Path(f"{index.path}{suffix}") for suffix in ("", "-wal")]
    size = sum(file.stat().st_size for file in files if file.exists())
    print(f"index file: {size / 1e6:.0f} MB")


def pane_until(
    command: str, ready: Callable[[str], bool], timeout: float = 60.0
) -> tuple[float, int]:
    """Seconds until `ready(pane text)` holds, and the program's peak RSS (kB) by then."""
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", f"exec {command}"],
        check=True,
    )
    try:
        pid = subprocess.run(
            ["tmux", "display", "-p", "-t", SESSION, "#{pane_pid}"], capture_output=True, text=True
        ).stdout.strip()
        while time.perf_counter() - start < timeout:
            pane = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", SESSION], capture_output=True, text=True
            ).stdout
            if ready(pane):
                seconds = time.perf_counter() - start
                return seconds, peak_rss(pid)
            time.sleep(0.005)
        raise TimeoutError(f"{command!r} never got ready")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)


def peak_rss(pid: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def relaunch(folder: Path, count: int, runs: int) -> None:
    if shutil.which("tmux") is None:
        print("relaunch: tmux is absent, skipped")
        return
    python = sys.executable
    briefing = str(Path(python).with_name("briefing"))
    cache = os.environ["BRIEFING_CACHE_DIR"]
    bare_file = folder.parent / "bare_table.py"
    bare_file.write_text(BARE_APP, encoding="utf-8")
    marker = f"{count} articles"

    def ours_ready(pane: str) -> bool:
        return marker in pane and "checking" not in pane and "indexing" not in pane

    commands = {
        "bare Textual app, DataTable": (f"{python} {bare_file} {count}", lambda p: marker in p),
        "briefing --library": (f"env BRIEFING_CACHE_DIR={cache} {briefing} --library {folder}",
                               ours_ready),
    }  # fmt: skip
    for command, ready in commands.values():
        pane_until(command, ready)  # warm the file cache
    samples: dict[str, list[tuple[float, int]]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, (command, ready) in commands.items():
            samples[label].append(pane_until(command, ready))
    medians = {}
    for label, figures in samples.items():
        medians[label] = statistics.median(seconds for seconds, _ in figures)
        rss = max(kb for _, kb in figures) / 1024
        print(
            f"relaunch to a complete list of {count}, {label}: median "
            f"{medians[label] * 1000:.0f} ms over {runs} runs, peak RSS {rss:.0f} MB"
        )
    bare, ours = medians.values()
    print(f"relaunch ratio: {ours / bare:.2f} (budget 1.5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the library here")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", type=int, default=200, help="files for the one-process rate")
    options = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: nothing to measure")
        return
    sys.path.insert(0, str(ROOT))
    work = options.keep or Path(tempfile.mkdtemp(prefix="briefing-library-bench-"))
    folder = work / "articles"
    os.environ["BRIEFING_CACHE_DIR"] = str(work / "cache")
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True)
            build(folder, options.articles)
        count = len(list(folder.iterdir()))
        print(f"library: {count} articles in {folder}")
        indexing(folder, options.sample)
        fill(folder)
        searching(folder, options.runs)
        relaunch(folder, count, options.runs)
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
