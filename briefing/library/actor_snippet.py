"""A search hit on an actor's name, shown as the article's own words.

The index's `actors` column holds every actor's name and aliases ("Volodymyr Zelenskyy
Volodymyr Zelensky Zelensky Zelenskyy"), so a query can find an article by a form of a name
the text never uses. A snippet of that column reads as a jumble of names, so for such a hit
the snippet is made here instead: the actor whose name or alias holds the matched word (from
the stored analysis: `analyses.analysis`, zlib-compressed JSON with `actors[].name` and
`aliases`), then the first sentence of the body naming that actor in any of its forms, cut to
about `words` words around the mention, the mention fenced as SQLite fences a hit. When the
body names the actor in none of those forms, the snippet is the actor's name, once.

Shapes: `actor_snippet(matched, actors, text, fences, words) -> str | None`, where `matched`
are the words SQLite fenced in the actors column and `actors` the analysis's actor dicts.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+|\n\s*\n")
"""Where a sentence ends: after . ! or ? (and a closing quote or bracket) and a space, or at a
paragraph break (the body's paragraphs are joined by a blank line)."""


def analysis_actors(blob: bytes | None) -> list[dict[str, Any]]:
    """The actors of a stored analysis blob; `[]` when it cannot be read."""
    if not blob:
        return []
    try:
        actors = json.loads(zlib.decompress(blob)).get("actors") or []
    except (zlib.error, ValueError, AttributeError):
        return []
    return [actor for actor in actors if isinstance(actor, dict) and actor.get("name")]


def _forms(actor: dict[str, Any]) -> list[str]:
    names = [actor["name"], *(actor.get("aliases") or ())]
    return [str(name) for name in names if str(name).strip()]


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"\w+", text)}


def _actor_of(matched: Iterable[str], actors: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The actor one of whose forms holds a matched word (the first, as the analysis lists)."""
    wanted = set().union(*(_words(word) for word in matched))
    if not wanted:
        return None
    for actor in actors:
        if any(wanted & _words(form) for form in _forms(actor)):
            return actor
    return None


def _mention(text: str, forms: Sequence[str]) -> tuple[int, int] | None:
    """The first whole-word use of any form in `text` (longest form first at one place)."""
    best: tuple[int, int] | None = None
    for form in sorted(forms, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, form.split())) + r"(?!\w)")
        match = pattern.search(text) or re.compile(pattern.pattern, re.IGNORECASE).search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), match.end())
    return best


def actor_snippet(
    matched: Iterable[str],
    actors: Sequence[dict[str, Any]],
    text: str,
    fences: tuple[str, str, str],
    words: int,
) -> str | None:
    """The body's sentence naming the matched actor, fenced; else the actor's name, fenced.

    `fences` is (start, end, ellipsis) as given to SQLite's `snippet()`; `words` the context
    wanted. None when no actor holds a matched word (the caller keeps SQLite's snippet).
    """
    actor = _actor_of(matched, actors)
    if actor is None:
        return None
    start_mark, end_mark, ellipsis = fences
    found = _mention(text, _forms(actor))
    if found is None:
        return f"{start_mark}{' '.join(str(actor['name']).split())}{end_mark}"
    start, end = found
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    before = list(re.finditer(r"\S+", text[begin:start]))
    after = list(re.finditer(r"\S+", text[end:stop]))
    keep_before = min(len(before), max(words // 3, words - len(after) - 1))
    keep_after = min(len(after), max(0, words - keep_before - 1))
    head = text[begin:start][before[-keep_before].start() :] if keep_before else ""
    tail = text[end:stop][: after[keep_after - 1].end()] if keep_after else ""
    words_shown = " ".join(f"{head}{start_mark}{text[start:end]}{end_mark}{tail}".split())
    cut_before = ellipsis if keep_before < len(before) else ""
    cut_after = ellipsis if keep_after < len(after) else ""
    return f"{cut_before}{words_shown}{cut_after}"
