"""A plain-Python search index over the library: titles, article text, actor names and quotes.

The reader's `/` search and the library's search share one rule, smart case: a query in lower
case matches any case, a query with a capital letter matches exactly. Matching is literal (no
regular expressions), because users type words, not patterns, and article text is full of
brackets and dots.

The index keeps a case-folded copy of every field so each search is a handful of `str.find`
scans, linear in the size of the library; 500 articles search in a few milliseconds. It knows
nothing of Textual: the TUI asks it questions and draws the answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# Smart case and folding live in matching.py; re-exported here for the reader's search.
from briefing.library.matching import fold as fold
from briefing.library.matching import is_case_sensitive as is_case_sensitive
from briefing.model import Article, Briefing, Span

FIELD_WEIGHTS = {"title": 100, "actor": 20, "quote": 10, "text": 1}
"""How much one hit in each field counts when ranking articles: a title hit beats any text hits."""

SNIPPET_RADIUS = 40
"""Characters of context kept on each side of the first text hit in a result's snippet."""


def find_all(text: str, query: str, *, folded: str | None = None) -> list[int]:
    """Start offsets of every non-overlapping occurrence of `query` in `text`, smart case.

    `folded` may pass `fold(text)` made once, so repeated searches of the same text do not
    fold it again.
    """
    from briefing.library.matching import find_all as find_starts

    return find_starts(text, query, folded=folded)  # any space matches any space (matching.py)


@dataclass(frozen=True, slots=True)
class FieldHit:
    """How often a query occurs in one field of a document ("title", "text", "actor", "quote")."""

    field: str
    count: int


@dataclass(frozen=True, slots=True)
class Result:
    """One article that matches, its score for ranking, which fields matched and a snippet."""

    key: str
    score: int
    hits: tuple[FieldHit, ...]
    snippet: str

    @property
    def count(self) -> int:
        """All occurrences in every field."""
        return sum(hit.count for hit in self.hits)


@dataclass(slots=True)
class _Document:
    key: str
    fields: dict[str, list[str]] = field(default_factory=dict)
    folded: dict[str, list[str]] = field(default_factory=dict)


class SearchIndex:
    """Documents keyed by a string (the article's path); add or replace them, then search.

    Documents can be added from any thread one at a time while another reads: each `add`
    replaces one dictionary entry, which is atomic in CPython.
    """

    def __init__(self) -> None:
        self._documents: dict[str, _Document] = {}

    def __len__(self) -> int:
        return len(self._documents)

    def __contains__(self, key: object) -> bool:
        return key in self._documents

    def add(
        self,
        key: str,
        *,
        title: str,
        paragraphs: Iterable[str] = (),
        actors: Iterable[str] = (),
        quotes: Iterable[str] = (),
    ) -> None:
        """Index (or re-index) one document; actors may list every alias of every actor."""
        document = _Document(key)
        for name, values in (
            ("title", [title]),
            ("text", list(paragraphs)),
            ("actor", list(actors)),
            ("quote", list(quotes)),
        ):
            document.fields[name] = values
            document.folded[name] = [fold(value) for value in values]
        self._documents[key] = document

    def add_article(self, key: str, article: Article) -> None:
        """Index an article's title and text (before its analysis is ready)."""
        self.add(
            key,
            title=article.meta.title,
            paragraphs=(paragraph.text for paragraph in article.paragraphs),
        )

    def add_briefing(self, key: str, briefing: Briefing) -> None:
        """Index an analysed article: title, text, actor names with aliases, and quotes."""
        names: list[str] = []
        for actor in briefing.actors:
            names.append(actor.name)
            names.extend(actor.aliases)
        self.add(
            key,
            title=briefing.article.meta.title,
            paragraphs=(paragraph.text for paragraph in briefing.article.paragraphs),
            actors=names,
            quotes=(quote.text for quote in briefing.quotes),
        )

    def search(self, query: str) -> list[Result]:
        """Matching documents, best first (ties keep the order they were added in)."""
        query = query.strip()
        if not query:
            return []
        results = [result for result in self._score_all(query) if result.score > 0]
        results.sort(key=lambda result: -result.score)
        return results

    def _score_all(self, query: str) -> Iterator[Result]:
        for document in list(self._documents.values()):
            hits: list[FieldHit] = []
            score = 0
            snippet = ""
            for name, values in document.fields.items():
                count = 0
                for value, folded in zip(values, document.folded[name], strict=True):
                    offsets = find_all(value, query, folded=folded)
                    if offsets and not snippet and name in ("text", "quote"):
                        snippet = make_snippet(value, offsets[0], len(query))
                    count += len(offsets)
                if count:
                    hits.append(FieldHit(name, count))
                    score += FIELD_WEIGHTS[name] * count
            yield Result(document.key, score, tuple(hits), snippet)


def make_snippet(text: str, start: int, length: int, radius: int = SNIPPET_RADIUS) -> str:
    """The words around a hit on one line, with an ellipsis where text was cut."""
    left = max(0, start - radius)
    right = min(len(text), start + length + radius)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", start + length, right)
        right = space if space >= 0 else right
    middle = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + middle + ("…" if right < len(text) else "")


def find_in_briefing(briefing: Briefing, query: str) -> list[Span]:
    """The reader's search: hits of `query` in the text, in reading order, smart case.

    An actor's full name also finds its other forms ("Russia" finds "Moscow" and "the
    Kremlin"); an alias finds only itself, since a reader who types "Kremlin" wants that word,
    not every mention of Russia.
    """
    from briefing.library.matching import find_spans

    query = query.strip()
    if not query:
        return []
    found: set[Span] = set()
    for paragraph in briefing.article.paragraphs:
        for start, end in find_spans(paragraph.text, query):
            found.add(Span(paragraph.index, start, end))
    exact = is_case_sensitive(query)
    for actor in briefing.actors:
        if (query == actor.name) if exact else (query.lower() == actor.name.lower()):
            found.update(mention.span for mention in actor.mentions)
    return outermost(found)


def outermost(spans: set[Span]) -> list[Span]:
    """Spans in reading order, leaving out any that lies inside another (a text hit "Vale"
    inside the mention "Anna Vale" is one place, not two)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.paragraph, s.start, -s.end)):
        last = kept[-1] if kept else None
        if last and last.paragraph == span.paragraph and span.end <= last.end:
            continue
        kept.append(span)
    return kept
