"""Speed figures for the core: import cost, analysis of the seed, and growth with length.

Run: `.venv/bin/python bench/speed.py`. Prints medians; a benchmark, not a test (timed tests
flake on shared machines). Budgets (issue 2): seed analysis <= 30 ms after imports; a
100,000-word document <= 2 s; `briefing analyze` never imports Textual.

Each analysis is timed in turn with a yardstick (bench/yardstick.py: a fixed stdlib text
workload over the same text) and printed as a ratio to it too: on this shared machine the
milliseconds of the same code swing by up to 1.5x, the ratio far less, so the ratio is the
figure to compare before and after a change. The library search
figures time the SQLite FTS5 index the app uses (`briefing.library.index`), in a temporary
folder, never the user's cache.

The stages' times add up to less than the whole analysis (seed: about 2 ms less, CPU time)
though the analysis does nothing else (a sampling profile puts 99.8% of its time inside them):
each stage is timed alone in a loop, its code and tables warm in the CPU caches, while the
whole analysis runs them in turn, each after the others have used the caches.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "armenia-looks-west.txt"


def median_ms(  # type: ignore[no-untyped-def]
    action, runs: int = 15, clock=time.perf_counter
) -> float:
    """The median of `runs` timings of `action` on `clock`, in ms, after one warming run (data
    files, compiled patterns)."""
    action()
    samples = []
    for _ in range(runs):
        start = clock()
        action()
        samples.append((clock() - start) * 1000)
    return statistics.median(samples)


def median_cpu_ms(action, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    """The median process CPU time of `action`, in ms: on a shared machine (a VM whose
    neighbours take cores) wall-clock medians of the same code swing 1.5x between runs, while
    CPU time is what the code itself costs. Both are printed; budgets are read on either."""
    return median_ms(action, runs, clock=time.process_time)


def cpu_ms(action, runs: int = 15) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(min, median) process CPU time of `action` in ms, after one warming run. The minimum
    is the steadiest figure on a loaded machine (neighbours only ever add to it: CPU time
    still grows with cache misses and stolen cycles), the median what a user meets."""
    action()
    samples = []
    for _ in range(runs):
        start = time.process_time()
        action()
        samples.append((time.process_time() - start) * 1000)
    return min(samples), statistics.median(samples)


def side_by_side(  # type: ignore[no-untyped-def]
    action, text: str, runs: int
) -> tuple[float, float, float, float]:
    """(min, median) CPU ms of `action` and of the yardstick over `text`, timed in turn `runs`
    times after one warming run of each, so that both meet the same load."""
    from yardstick import yardstick

    action()
    yardstick(text)
    own, other = [], []
    for _ in range(runs):
        for samples, run in ((own, action), (other, lambda: yardstick(text))):
            start = time.process_time()
            run()
            samples.append((time.process_time() - start) * 1000)
    return min(own), statistics.median(own), min(other), statistics.median(other)


def body(article) -> str:  # type: ignore[no-untyped-def]
    """The article's paragraphs as one text, the yardstick's input."""
    return "\n\n".join(paragraph.text for paragraph in article.paragraphs)


def side_by_side_line(label: str, figures: tuple[float, float, float, float]) -> str:
    """A figure of `side_by_side` as one line: the action, the yardstick, their ratio."""
    own_min, own_median, other_min, other_median = figures
    return (
        f"{label}: CPU median {own_median:.1f} ms, min {own_min:.1f} ms; yardstick median "
        f"{other_median:.1f} ms, min {other_min:.1f} ms; ratio {own_median / other_median:.2f} "
        f"of medians, {own_min / other_min:.2f} of mins"
    )


def import_ms(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    samples = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True)) * 1000
        for _ in range(5)
    ]
    return statistics.median(samples)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from briefing.analysis import pipeline
    from briefing.analysis.sentences import split_sentences
    from briefing.ingest import load_article
    from briefing.model import Paragraph

    print(
        f"import briefing.analysis.pipeline + ingest: "
        f"{import_ms('briefing.analysis.pipeline, briefing.ingest'):.0f} ms"
    )
    article = load_article(SEED)
    print(f"ingest seed: {median_ms(lambda: load_article(SEED)):.1f} ms")
    figures = side_by_side(lambda: pipeline.analyze(article), body(article), runs=40)
    print(
        f"analyze seed: {median_ms(lambda: pipeline.analyze(article)):.1f} ms wall "
        f"({article.word_count} words)\n  " + side_by_side_line("analyze seed", figures)
    )
    sentences = split_sentences(article)
    stages = {
        "sentences": lambda: split_sentences(article),
        "actors": lambda: pipeline.find_actors(article, sentences),
    }
    actors = pipeline.find_actors(article, sentences)
    sections = pipeline.find_sections(article, sentences, actors)
    stages["quotes"] = lambda: pipeline.find_quotes(article, sentences, actors)
    stages["sections"] = lambda: pipeline.find_sections(article, sentences, actors)
    stages["so what"] = lambda: pipeline.find_so_what(article, sentences, sections, actors)
    stages["timeline"] = lambda: pipeline.find_events(article, sentences)
    print(
        "  stages (CPU median): "
        + ", ".join(f"{name} {median_cpu_ms(run, runs=25):.1f} ms" for name, run in stages.items())
    )

    search_figures()

    for target_words in (10_000, 50_000, 100_000):
        copies = -(-target_words // article.word_count)
        paragraphs = tuple(
            Paragraph(index, paragraph.text)
            for index, paragraph in enumerate(
                paragraph for _ in range(copies) for paragraph in article.paragraphs
            )
        )
        long_article = replace(article, paragraphs=paragraphs)
        elapsed = median_ms(lambda a=long_article: pipeline.analyze(a), runs=3)
        figures = side_by_side(
            lambda a=long_article: pipeline.analyze(a), body(long_article), runs=3
        )
        print(
            f"analyze {long_article.word_count:,} words: {elapsed:.0f} ms wall\n  "
            + side_by_side_line(f"analyze {long_article.word_count:,} words", figures)
        )


def search_figures() -> None:
    """Library search as the app runs it: the SQLite FTS5 index (briefing/library/index.py).

    The seed is analysed and indexed once the way a library refresh does it
    (`jobs.index_file`), and its record is stored under 500 names in a fresh database in a
    temporary folder (one write transaction, as `LibraryIndex.write` makes it). Each query is
    timed as the library screen asks it while the user types (ranked, at most `SEARCH_LIMIT`
    hits, no snippets) and as `briefing search` asks it (the best 20, with snippets).
    """
    import tempfile

    from briefing.library.index import LibraryIndex
    from briefing.library.jobs import index_file

    search_limit = 200  # briefing/tui/screens/library.py SEARCH_LIMIT (the TUI is not imported)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "articles"
        root.mkdir()
        (root / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        record = index_file(str(root), "seed.txt")
        if record.error is not None:
            raise SystemExit(f"indexing the seed failed: {record.error}")
        records = [replace(record, name=f"copy-{number}.txt") for number in range(500)]

        samples = []
        for run in range(3):
            index = LibraryIndex(root, Path(folder) / f"index-{run}.sqlite3")
            start = time.perf_counter()
            index.write(records)
            samples.append((time.perf_counter() - start) * 1000)
            index.close()
        print(f"index 500 articles (FTS5): {statistics.median(samples):.0f} ms")

        index = LibraryIndex(root, Path(folder) / "index-0.sqlite3")
        try:
            for query in ("kremlin", "Pashinyan", "multi-vector foreign policy", "zzz-no-hit"):
                typing = median_ms(
                    lambda q=query: index.search(
                        q, limit=search_limit, snippets=False, as_you_type=True
                    )
                )
                command = median_ms(lambda q=query: index.search(q, limit=20))
                hits = len(index.search(query, limit=search_limit, snippets=False))
                print(
                    f"search 500 articles for {query!r}: {typing:.1f} ms as you type, "
                    f"{command:.1f} ms with snippets ({hits} hits, at most {search_limit})"
                )
        finally:
            index.close()


if __name__ == "__main__":
    main()
