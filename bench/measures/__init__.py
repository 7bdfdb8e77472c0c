"""Quality measures over ../shared/corpus, one module per set, exactly as its README defines them.

Each module exposes `scores(corpus: Path, limit: int | None = None) -> dict[str, float]`;
bench/quality.py prints them one line per set. `limit` keeps the smoke test quick.
"""
