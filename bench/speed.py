"""Speed figures for the core: import cost, analysis of the seed, and growth with length.

Run: `.venv/bin/python bench/speed.py`. Prints medians; a benchmark, not a test (timed tests
flake on shared machines). Budgets (issue 2): seed analysis <= 30 ms after imports; a
100,000-word document <= 2 s; `briefing analyze` never imports Textual.
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


def median_ms(action, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    action()  # warm caches: data files, compiled patterns
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def import_ms(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    samples = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True)) * 1000
        for _ in range(5)
    ]
    return statistics.median(samples)


def main() -> None:
    sys.path.insert(0, str(ROOT))
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
    print(
        f"analyze seed: {median_ms(lambda: pipeline.analyze(article)):.1f} ms "
        f"({article.word_count} words)"
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
        "  stages: " + ", ".join(f"{name} {median_ms(run):.1f} ms" for name, run in stages.items())
    )

    search_figures(article, pipeline.analyze(article))

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
        print(f"analyze {long_article.word_count:,} words: {elapsed:.0f} ms")


def search_figures(article, briefing) -> None:  # type: ignore[no-untyped-def]
    """Library search over 500 analysed copies of the seed: indexing and one query."""
    from briefing.library.search import SearchIndex

    index = SearchIndex()

    def build() -> None:
        for number in range(500):
            index.add_briefing(f"copy-{number}", briefing)

    print(f"index 500 articles: {median_ms(build, runs=3):.0f} ms")
    for query in ("kremlin", "Pashinyan", "multi-vector foreign policy", "zzz-no-hit"):
        elapsed = median_ms(lambda q=query: index.search(q))
        print(f"search 500 articles for {query!r}: {elapsed:.1f} ms")


if __name__ == "__main__":
    main()
