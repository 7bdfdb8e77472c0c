"""Analysis quality on real articles: one line per corpus set, then the seed's checks.

Run: `.venv/bin/python bench/quality.py [--limit N]`. The measures are exactly those defined in
../shared/corpus/README.md; a benchmark, not part of the test run (a smoke test keeps it working).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

SETS = {
    "quotes (polnear-dev)": "bench.measures.quotes",
    "sections (choi-tune)": "bench.measures.sections",
    "boilerplate (extraction)": "bench.measures.extraction",
    "metadata (extraction)": "bench.measures.metadata",
}


def format_scores(scores: dict[str, float]) -> str:
    def shown(value: float) -> str:
        return f"{value:.0f}" if float(value).is_integer() and value > 1 else f"{value:.3f}"

    return "  ".join(f"{name}={shown(value)}" for name, value in scores.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="documents per set (quick run)")
    parser.add_argument(
        "--only", choices=["quotes", "sections", "boilerplate", "metadata", "seed"]
    )
    options = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import importlib

    if options.only in (None, "seed"):
        from bench.measures.seed import checks

        for what, passed, detail in checks():
            print(f"seed {what}: {'ok' if passed else 'FAIL'}  {detail}")
    if options.only == "seed":
        return 0
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: corpus measures skipped")
        return 0
    for label, module_name in SETS.items():
        if options.only and not label.startswith(options.only):
            continue
        start = time.perf_counter()
        module = importlib.import_module(module_name)
        scores = module.scores(CORPUS, limit=options.limit)
        elapsed = time.perf_counter() - start
        print(f"{label}: {format_scores(scores)}  ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
