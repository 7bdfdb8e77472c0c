"""Direct-quote recall, precision and speaker accuracy on polnear-dev, as the corpus README defines.

Each text/NAME.txt becomes an Article (paragraphs split on blank lines, each paragraph's file
offset remembered) and goes through the real stages: split_sentences, find_actors, find_quotes.
Extracted quote spans are mapped back to file offsets so they compare with the brat annotations
of the first annotator file in sorted order.

- A gold direct quote is a Content span containing a quotation mark (“ or ").
- Recall: share of gold direct quotes that one extracted quote overlaps on at least half of the
  gold span's characters inside quotation marks.
- Precision: share of extracted quotes overlapping some gold Content span (any attribution).
- Speaker accuracy: over recalled gold direct quotes whose Source span names someone (has a
  capitalised word other than a leading The/A), the share whose extracted speaker shares a
  content word with the Source. A bare pronoun ("He said") names nobody, so it is left out of
  "names someone"; `speaker_accuracy_literal` counts capitalised pronouns too, resolved to the
  nearest earlier Source that names someone (the person the pronoun stands for).
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.actors import find_actors
from briefing.analysis.quotes import find_quotes
from briefing.analysis.sentences import split_sentences
from briefing.model import Article, Metadata, Paragraph, Quote

_BLANK = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"])
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "was",
        "be",
        "mr",
        "mrs",
        "ms",
        "dr",
        "his",
        "her",
        "their",
        "its",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "our",
        "who",
        "that",
        "this",
    ]
)

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class _Gold:
    """One annotated Content span with the Source span of its attribution, if any."""

    content: Fragments
    source: str | None


def load_text(path: Path) -> tuple[Article, tuple[int, ...]]:
    """An Article of the file's blank-line blocks, and the file offset of each block."""
    text = path.read_text(encoding="utf-8")
    paragraphs: list[Paragraph] = []
    offsets: list[int] = []
    start = 0
    for match in [*_BLANK.finditer(text), None]:
        end = match.start() if match else len(text)
        block = text[start:end]
        stripped = block.strip()
        if stripped:
            offsets.append(start + block.index(stripped[0]))
            paragraphs.append(Paragraph(len(paragraphs), stripped))
        if match:
            start = match.end()
    meta = Metadata(title=paragraphs[0].text if paragraphs else path.stem, path=path)
    return Article(meta=meta, paragraphs=tuple(paragraphs)), tuple(offsets)


def _fragments(field: str) -> Fragments:
    parts = []
    for piece in field.split(";"):
        start, end = piece.split()
        parts.append((int(start), int(end)))
    return tuple(parts)


def load_gold(path: Path) -> list[_Gold]:
    """Content spans of a brat file, each with the text of its attribution's Source span."""
    spans: dict[str, tuple[str, Fragments]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, label_span, _text = line.split("\t", 2)
            label, _, where = label_span.partition(" ")
            spans[ident] = (label, _fragments(where))
        elif line.startswith("E"):
            fields = line.split("\t")[1].split()
            links.append(dict(field.split(":", 1) for field in fields))
    sources: dict[str, str] = {}
    for link in links:
        if "Content" in link and "Source" in link and link["Content"] not in sources:
            sources[link["Content"]] = link["Source"]
    text = path.parent.parent.joinpath("text", _text_name(path)).read_text(encoding="utf-8")
    gold = []
    for ident, (label, fragments) in spans.items():
        if label != "Content":
            continue
        source = sources.get(ident)
        source_text = None
        if source in spans:
            source_text = " ".join(text[a:b] for a, b in spans[source][1])
        gold.append(_Gold(fragments, source_text))
    return gold


def _text_name(ann: Path) -> str:
    return ann.stem.rsplit("_", 1)[0] + ".txt"


def inside_marks(text: str, fragments: Fragments) -> set[int]:
    """File offsets of a span's characters that lie inside quotation marks.

    “ opens and ” closes; a straight mark opens after a space or the span start and closes
    otherwise. A closing mark with no opening one in the span counts from the span's start, an
    opening one left open counts to its end (quotations spanning paragraphs).
    """
    positions = [i for a, b in fragments for i in range(a, b)]
    inside: set[int] = set()
    pending: list[int] = []
    is_open = False
    for index, position in enumerate(positions):
        char = text[position]
        if char == '"':
            before = text[position - 1] if position > 0 else " "
            char = "“" if (before.isspace() or before in "([—–-" or index == 0) else "”"
            if char == "“" and is_open:
                char = "”"
        if char == "“":
            is_open = True
            pending = []
        elif char == "”":
            inside.update(pending if is_open else positions[:index])
            is_open = False
            pending = []
        elif is_open:
            pending.append(position)
    if is_open:
        inside.update(pending)
    return inside


def names_someone(source: str | None, *, literal: bool = False) -> bool:
    """A Source span with a capitalised word other than a leading The/A (or a bare pronoun)."""
    if not source:
        return False
    words = _WORD.findall(source)
    if words and words[0] in {"The", "A"}:
        words = words[1:]
    return any(
        word[0].isupper() and (literal or word.lower().strip(".’'") not in _PRONOUNS)
        for word in words
    )


def content_words(text: str | None) -> set[str]:
    """Lower-cased words of a name or description, without function words and possessives."""
    if not text:
        return set()
    words = (re.sub(r"[’']s$", "", word.lower()).strip(".’'-") for word in _WORD.findall(text))
    return {word for word in words if word and word not in _STOP}


def _antecedent(gold: list[_Gold], item: _Gold) -> str | None:
    """The Source a bare "He"/"She" refers to: the nearest earlier Source that names someone.

    The literal reading counts a pronoun Source as naming someone; the person is the one the
    pronoun resolves to, which in news prose is the last named source before it.
    """
    start = item.content[0][0]
    earlier = [
        other
        for other in gold
        if other.content[0][0] < start and names_someone(other.source)
    ]
    if not earlier:
        return None
    return max(earlier, key=lambda other: other.content[0][0]).source


def _file_quotes(article: Article, offsets: tuple[int, ...]) -> list[tuple[range, Quote]]:
    sentences = split_sentences(article)
    actors = find_actors(article, sentences)
    placed = []
    for quote in find_quotes(article, sentences, actors):
        if quote.span is None:
            continue
        base = offsets[quote.span.paragraph]
        placed.append((range(base + quote.span.start, base + quote.span.end), quote))
    return placed


def _overlap(extracted: range, positions: set[int]) -> int:
    return sum(1 for position in extracted if position in positions)


def scores(corpus: Path, limit: int | None = None) -> dict[str, float]:
    """Recall, precision and speaker accuracy over the polnear-dev articles (first `limit`)."""
    folder = corpus / "polnear-dev"
    annotations: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        annotations.setdefault(_text_name(ann), ann)
    names = sorted(annotations)[:limit] if limit else sorted(annotations)
    found = gold_direct = extracted_total = extracted_hit = 0
    judged = right = judged_literal = right_literal = 0
    for name in names:
        text_path = folder / "text" / name
        text = text_path.read_text(encoding="utf-8")
        article, offsets = load_text(text_path)
        placed = _file_quotes(article, offsets)
        gold = load_gold(annotations[name])
        content_chars: set[int] = set()
        for item in gold:
            for a, b in item.content:
                content_chars.update(range(a, b))
        extracted_total += len(placed)
        extracted_hit += sum(1 for where, _ in placed if _overlap(where, content_chars))
        for item in gold:
            span_text = "".join(text[a:b] for a, b in item.content)
            if "“" not in span_text and '"' not in span_text:
                continue
            gold_direct += 1
            quoted = inside_marks(text, item.content)
            if not quoted:
                quoted = {i for a, b in item.content for i in range(a, b)}
            best: Quote | None = None
            best_overlap = 0
            for where, quote in placed:
                overlap = _overlap(where, quoted)
                if overlap > best_overlap:
                    best, best_overlap = quote, overlap
            if best is None or 2 * best_overlap < len(quoted):
                continue
            found += 1
            hit = bool(content_words(best.speaker) & content_words(item.source))
            if names_someone(item.source):
                judged += 1
                right += hit
            if names_someone(item.source, literal=True):
                judged_literal += 1
                referent = item.source if names_someone(item.source) else _antecedent(gold, item)
                right_literal += bool(content_words(best.speaker) & content_words(referent))
    return {
        "recall": found / gold_direct if gold_direct else 0.0,
        "precision": extracted_hit / extracted_total if extracted_total else 0.0,
        "speaker_accuracy": right / judged if judged else 0.0,
        "speaker_accuracy_literal": right_literal / judged_literal if judged_literal else 0.0,
        "gold_direct": float(gold_direct),
        "extracted": float(extracted_total),
    }


if __name__ == "__main__":
    where = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[3] / "shared/corpus"
    began = time.perf_counter()
    figures = scores(where)
    elapsed = time.perf_counter() - began
    print("  ".join(f"{key} {value:.3f}" for key, value in figures.items()), f"({elapsed:.2f} s)")
