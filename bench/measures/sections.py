"""Choi's topic-boundary set: Pk of the automatic sections, as ../shared/corpus/README.md defines.

Each file holds one sentence per line with "==========" lines between segments. Every sentence
becomes its own paragraph, the article is sectioned with the automatic section count, and Pk
(Beeferman et al. 1999) is taken per document over sentences with k = half the mean gold segment
length, then averaged over documents (and per subfolder: 3-5, 6-8, 9-11 and 3-11 sentences).

Run: `python -m bench.measures.sections [CORPUS] [LIMIT]`.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from briefing.analysis.sections import find_sections
from briefing.analysis.sentences import split_sentences
from briefing.model import Article, Metadata, Paragraph

SEPARATOR = "=========="


def read_document(path: Path) -> tuple[list[str], list[int]]:
    """The sentences of a Choi file and the indices where gold segments after the first start."""
    sentences: list[str] = []
    starts: list[int] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.strip()
        if text == SEPARATOR:
            if sentences and (not starts or starts[-1] != len(sentences)):
                starts.append(len(sentences))
        elif text:
            sentences.append(text)
    if starts and starts[-1] == len(sentences):
        starts.pop()
    return sentences, starts


def predicted_starts(sentences: list[str]) -> list[int]:
    """Section starts (after the first) found by the engine, one sentence per paragraph."""
    article = Article(
        meta=Metadata(title="Choi document"),
        paragraphs=tuple(Paragraph(index, text) for index, text in enumerate(sentences)),
    )
    sections = find_sections(article, split_sentences(article), ())
    return [section.first for section in sections[1:]]


def pk(gold: list[int], found: list[int], count: int, k: int) -> float:
    """Share of sentence pairs k apart that the two segmentations disagree on (same or not)."""
    if count <= k:
        return 0.0
    gold_ids = _segment_ids(gold, count)
    found_ids = _segment_ids(found, count)
    errors = sum(
        (gold_ids[i] == gold_ids[i + k]) != (found_ids[i] == found_ids[i + k])
        for i in range(count - k)
    )
    return errors / (count - k)


def _segment_ids(starts: list[int], count: int) -> list[int]:
    ids = []
    segment = 0
    boundaries = set(starts)
    for index in range(count):
        if index in boundaries:
            segment += 1
        ids.append(segment)
    return ids


def scores(corpus: Path, limit: int | None = None) -> dict[str, float]:
    """Mean Pk over the documents (each subfolder's first `limit` files), overall and per folder."""
    root = corpus / "choi-tune" if (corpus / "choi-tune").is_dir() else corpus
    per_folder: dict[str, list[float]] = {}
    for folder in sorted(path for path in root.iterdir() if path.is_dir()):
        files = sorted(folder.glob("*.ref"), key=lambda path: (len(path.stem), path.stem))
        for path in files[:limit]:
            sentences, gold = read_document(path)
            if not sentences:
                continue
            k = max(1, round(len(sentences) / (len(gold) + 1) / 2))
            found = predicted_starts(sentences)
            per_folder.setdefault(folder.name, []).append(pk(gold, found, len(sentences), k))
    values = [value for folder in per_folder.values() for value in folder]
    result: dict[str, float] = {
        "pk": statistics.mean(values) if values else 0.0,
        "documents": float(len(values)),
    }
    for name, folder_values in per_folder.items():
        result[f"pk[{name}]"] = statistics.mean(folder_values)
    return result


def main(argv: list[str]) -> None:
    """Print the figures, one per line."""
    corpus = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[3] / "shared"
    corpus = corpus / "corpus" if (corpus / "corpus").is_dir() else corpus
    limit = int(argv[2]) if len(argv) > 2 else None
    started = time.perf_counter()
    figures = scores(corpus, limit)
    elapsed = time.perf_counter() - started
    for name, value in figures.items():
        print(f"{name}: {value:.4f}" if name != "documents" else f"{name}: {int(value)}")
    print(f"seconds: {elapsed:.2f}")


if __name__ == "__main__":
    main(sys.argv)
