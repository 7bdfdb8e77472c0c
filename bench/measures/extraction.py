"""Boilerplate stripping measured on real pages (../shared/corpus/extraction).

The measure is the article-extraction-benchmark's (scrapinghub, MIT) `evaluate.py`, re-implemented:
both texts are tokenised as `\\w+` runs, cut into word 4-gram shingles counted with multiplicity,
and each page's true/false positives and false negatives are normalised by their sum so long pages
weigh no more than short ones. Precision and recall are macro-averaged over pages (pages with no
predicted shingles are left out of precision, pages with no gold shingles out of recall) and F1 is
computed from the two averages, exactly as the benchmark does.

Two sets are scored: `pagetext/ID.txt` (the whole page as copied from a browser) through the
raw-text ingest, and `html/ID.html.gz` through the HTML ingest. The extracted body is every
paragraph joined by newlines. A page the ingest refuses counts as an empty extraction.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

from briefing.errors import IngestError
from briefing.ingest import load_article

_TOKEN = re.compile(r"\w+")
Shingles = Counter[tuple[str, ...]]


def shingles(text: str, n: int = 4) -> Shingles:
    """Word n-gram shingles with counts; a text shorter than n gives one short shingle."""
    tokens = _TOKEN.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(gram for gram in grams if gram)


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles for one page, normalised to sum to 1."""
    gold, got = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in gold.keys() | got.keys():
        g, p = gold.get(key, 0), got.get(key, 0)
        tp += min(g, p)
        fp += max(0, p - g)
        fn += max(0, g - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summarise(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Macro precision and recall, and F1 from those two averages (the benchmark's order)."""
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def extracted_body(path: Path) -> str:
    """All paragraphs of the ingested article, joined; empty when the ingest refuses the file."""
    try:
        article = load_article(path)
    except IngestError:
        return ""
    return "\n".join(paragraph.text for paragraph in article.paragraphs)


def page_scores(
    corpus: Path, kind: str, limit: int | None = None
) -> dict[str, tuple[float, float, float]]:
    """Per-page (tp, fp, fn) for `kind` "pagetext" or "html", in sorted page order."""
    root = corpus / "extraction"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    suffix = ".txt" if kind == "pagetext" else ".html.gz"
    return {
        page: page_counts(
            truth[page]["articleBody"], extracted_body(root / kind / f"{page}{suffix}")
        )
        for page in ids
    }


def scores(corpus: Path, limit: int | None = None) -> dict[str, float]:
    """Shingle F1, precision and recall for whole-page text and for HTML."""
    result: dict[str, float] = {}
    for kind in ("pagetext", "html"):
        for name, value in summarise(list(page_scores(corpus, kind, limit).values())).items():
            result[f"{kind}_{name}"] = value
    return result


if __name__ == "__main__":
    corpus_dir = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[3] / "shared" / "corpus"
    )
    figures = scores(corpus_dir)
    for kind in ("pagetext", "html"):
        print(
            f"extraction {kind:<8} F1 {figures[f'{kind}_f1']:.3f}  "
            f"precision {figures[f'{kind}_precision']:.3f}  recall {figures[f'{kind}_recall']:.3f}"
        )
