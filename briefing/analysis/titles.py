"""Section titles that name a section's topic: its most distinctive actor and phrase.

A title built from a section's first words says nothing ("What might be described as"), so a
title is assembled from what sets the section apart from the rest of the article:

- phrases: runs of one to three content words between function words and punctuation
  ("humanitarian aid", "military support"), scored by how often the section uses their words
  and how much of the article's use of them falls in this section (a tf-idf over sections);
- a lead: the actor (or, without actors, the capitalised name) the section names most,
  relative to the article, e.g. "France" or "Russia and Armenia".

They combine as "Lead: phrase" in at most six words; a closing section that looks ahead is an
"Outlook". Titles are unique within the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.analysis.segment import Word, closes, stem
from briefing.model import Actor, Article

MAX_WORDS = 6
OUTLOOK = "Outlook"

_MAX_PHRASE = 3
_VERBAL_ENDINGS = ("ed", "ize", "ise")
_PHRASE_BONUS = (1.0, 1.6, 1.8)
"""Longer phrases name a topic better than single words ("foreign policy" over "policy")."""


@dataclass(slots=True)
class _Stats:
    """Per-section counts of phrase keys (tuples of stems) and their written forms."""

    counts: Counter[tuple[str, ...]] = field(default_factory=Counter)
    names: Counter[tuple[str, ...]] = field(default_factory=Counter)
    forms: dict[tuple[str, ...], str] = field(default_factory=dict)


def name_sections(
    article: Article,
    spans: Sequence[tuple[int, int]],
    actors: Sequence[Actor],
    given: Sequence[str],
    tokens: Sequence[Sequence[Word | None]],
) -> list[str]:
    """One title per (first, end) span: the given one when not empty, else a computed one.

    `tokens` is `segment.tokenize` of the paragraphs, shared with the segmenter.
    """
    stats = [_section_stats(tokens[first:end]) for first, end in spans]
    totals: Counter[tuple[str, ...]] = Counter()
    for section in stats:
        totals.update(section.counts)
    actor_counts = _actor_counts(actors, spans)
    used = {title.casefold() for title in given if title}
    titles = []
    last = len(spans) - 1
    for index, ((first, end), title) in enumerate(zip(spans, given, strict=True)):
        if not title:
            closing = index == last > 0 and closes(article.paragraphs[end - 1].text)
            opening = article.paragraphs[first].text
            title = _compose(stats[index], totals, actor_counts[index], closing, opening, used)
            used.add(title.casefold())
        titles.append(title)
    return titles


def _section_stats(tokens: Sequence[Sequence[Word | None]]) -> _Stats:
    stats = _Stats()
    for paragraph in tokens:
        run: list[Word] = []
        for word in paragraph:
            if word is None:
                if run:
                    _count_run(stats, run)
                    run = []
            else:
                run.append(word)
        if run:
            _count_run(stats, run)
    return stats


def _count_run(stats: _Stats, run: list[Word]) -> None:
    """Count every 1-3 word phrase inside a run of content words that could name a topic."""
    counts, names, forms = stats.counts, stats.names, stats.forms
    length = len(run)
    for start in range(length):
        first = run[start]
        for stop in range(start + 1, min(start + _MAX_PHRASE, length) + 1):
            last = run[stop - 1]
            if stop - start == 1:
                key: tuple[str, ...] = (first[1],)
            else:
                key = tuple(word[1] for word in run[start:stop])
            counts[key] += 1
            if first[2] and last[2] and all(word[2] for word in run[start:stop]):
                names[key] += 1
            if key not in forms:
                forms[key] = " ".join(word[0] for word in run[start:stop])


def _nominal(form: str) -> bool:
    """Whether a phrase can name a topic: not ending in a verb or adverb form, and no trailing
    name after common words ("blamed Russian"). A rough stand-in for a noun-phrase chunker."""
    words = form.split()
    tail = words[-1]
    if tail.endswith(_VERBAL_ENDINGS) or any(word.endswith("ly") for word in words):
        return False
    if len(words) > 1 and tail[0].isupper() and not words[0][0].isupper():
        return False
    return not (len(words) > 1 and words[0].endswith(_VERBAL_ENDINGS))


def _actor_counts(actors: Sequence[Actor], spans: Sequence[tuple[int, int]]) -> list[Counter[str]]:
    """Mentions of each actor per section (by canonical name)."""
    counts: list[Counter[str]] = [Counter() for _ in spans]
    for actor in actors:
        for mention in actor.mentions:
            for index, (first, end) in enumerate(spans):
                if first <= mention.span.paragraph < end:
                    counts[index][actor.name] += 1
                    break
    return counts


def _distinct(count: int, total: int) -> float:
    """Frequent in the section and rare elsewhere: count times the section's share."""
    return count * count / total if total else 0.0


def _compose(
    stats: _Stats,
    totals: Counter[tuple[str, ...]],
    actors: Counter[str],
    closing: bool,
    opening: str,
    used: set[str],
) -> str:
    leads = _leads(stats, totals, actors)
    topics = _topics(stats, totals, leads[:1])
    opening_words = " ".join(opening.split()[:MAX_WORDS]).casefold()
    candidates = []
    for topic in topics[:6]:
        if closing:
            candidates.append(_fit(OUTLOOK, topic))
        for lead in leads[:2]:
            candidates.append(_fit(lead, topic))
        candidates.append(_capitalise(topic))
    candidates.extend(leads)
    if closing:
        candidates.append(OUTLOOK)
    for candidate in candidates:
        folded = candidate.casefold()
        if candidate and folded not in used and not opening_words.startswith(folded):
            return candidate
    base = candidates[0] if candidates else "Section"
    number = 2
    while f"{base} ({number})".casefold() in used:
        number += 1
    return f"{base} ({number})"


def _leads(stats: _Stats, totals: Counter[tuple[str, ...]], actors: Counter[str]) -> list[str]:
    """Who the section is about: actors first, else capitalised names, most distinctive first."""
    if actors:
        ranked = sorted(actors, key=lambda name: (-actors[name], name))
        leads = [ranked[0]]
        if len(ranked) > 1 and actors[ranked[1]] >= 0.7 * actors[ranked[0]]:
            leads.insert(0, f"{ranked[0]} and {ranked[1]}")
        return leads
    scored = sorted(
        (
            (-_distinct(count, totals[key]) * _PHRASE_BONUS[len(key) - 1], key)
            for key, count in stats.names.items()
            if count >= 2
        ),
    )
    return [_form(stats, key) for _, key in scored[:2]]


def _topics(stats: _Stats, totals: Counter[tuple[str, ...]], leads: Sequence[str]) -> list[str]:
    """Distinctive phrases of common words, best first, that do not repeat the lead."""
    lead_stems = {stem(word.lower()) for lead in leads for word in lead.split()}
    unigram = {
        key[0]: _distinct(count, totals[key])
        for key, count in stats.counts.items()
        if len(key) == 1
    }
    scored = []
    for key, count in stats.counts.items():
        if key in stats.names or any(part in lead_stems for part in key):
            continue
        if not _nominal(stats.forms[key]):
            continue
        weight = sum(unigram.get(part, 0.0) for part in key) / len(key)
        score = weight * _PHRASE_BONUS[len(key) - 1] * (count if len(key) > 1 else 1)
        scored.append((-score, key))
    scored.sort()
    topics: list[str] = []
    seen: set[str] = set()
    for _, key in scored:
        if any(part in seen for part in key) and len(key) == 1:
            continue
        topics.append(_form(stats, key))
        seen.update(key)
        if len(topics) >= 8:
            break
    return topics


def _form(stats: _Stats, key: tuple[str, ...]) -> str:
    """The phrase as the section first writes it (names capitalised, other words lowered)."""
    return stats.forms[key]


def _fit(lead: str, topic: str) -> str:
    """ "Lead: topic", trimmed to the word limit (the topic gives way first)."""
    lead_words = lead.split()
    room = MAX_WORDS - len(lead_words)
    topic_words = topic.split()
    if room <= 0 or not topic_words:
        return " ".join(lead_words[:MAX_WORDS])
    return f"{lead}: {' '.join(topic_words[:room])}"


def _capitalise(text: str) -> str:
    words = text.split()[:MAX_WORDS]
    return " ".join(words)[:1].upper() + " ".join(words)[1:] if words else ""
