"""How long the one-page PDF export of the seed takes (issue 4 budget: <= 300 ms after imports).

Prints the first export in the process (it starts the Typst compiler and loads its fonts) and
the median of later ones, for the seed and for a long, quote-heavy briefing that has to be cut
down to fit. The analysis is done once beforehand: this measures the export alone.

    .venv/bin/python bench/export_speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analysis.pipeline import analyze  # noqa: E402
from briefing.export import render  # noqa: E402
from briefing.ingest import load_article  # noqa: E402

SEED = ROOT / "articles" / "armenia-looks-west.txt"
RUNS = 15


def _time(briefing: object, fmt: str) -> tuple[float, float, tuple[str, ...]]:
    """First-call and median later-call milliseconds, and what was left out."""
    start = time.perf_counter()
    _, left_out = render(briefing, fmt, exported=date(2024, 1, 15))  # type: ignore[arg-type]
    first = (time.perf_counter() - start) * 1000
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        render(briefing, fmt, exported=date(2024, 1, 15))  # type: ignore[arg-type]
        runs.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(runs), left_out


def main() -> None:
    import typst  # noqa: F401  (imports are not part of the budget)

    seed = analyze(load_article(SEED))
    first, median, left_out = _time(seed, "pdf")
    print(f"seed pdf: first {first:.1f} ms, median of {RUNS} {median:.1f} ms (budget 300 ms)")
    print(f"seed pdf: left out: {', '.join(left_out) or 'nothing'}")
    for fmt in ("md", "txt", "html"):
        _, median, _ = _time(seed, fmt)
        print(f"seed {fmt}: median {median:.2f} ms")
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    from export_fixtures import heavy_briefing

    _, median, left_out = _time(heavy_briefing(), "pdf")
    print(f"quote-heavy pdf: median {median:.1f} ms; left out: {', '.join(left_out)}")


if __name__ == "__main__":
    main()
