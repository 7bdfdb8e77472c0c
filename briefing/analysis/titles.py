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

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.analysis.segment import closes, stem, stopwords
from briefing.model import Actor, Article

MAX_WORDS = 6
OUTLOOK = "Outlook"

_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-]*[A-Za-z]|[A-Za-z]|[.!?;:,()\"“”—–]|\s+")
_SENTENCE_END = frozenset(".!?")
_MAX_PHRASE = 3
_PHRASE_BONUS = (1.0, 1.6, 1.8)
"""Longer phrases name a topic better than single words ("foreign policy" over "policy")."""


@dataclass(slots=True)
class _Stats:
    """Per-section counts of phrase keys (tuples of stems) and their written forms."""

    counts: Counter[tuple[str, ...]] = field(default_factory=Counter)
    names: Counter[tuple[str, ...]] = field(default_factory=Counter)
    forms: dict[tuple[str, ...], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


def name_sections(
    article: Article,
    spans: Sequence[tuple[int, int]],
    actors: Sequence[Actor],
    given: Sequence[str],
) -> list[str]:
    """One title per (first, end) span: the given one when not empty, else a computed one."""
    propers = _proper_words(article)
    stats = [_section_stats(article, first, end, propers) for first, end in spans]
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


def _words(text: str) -> list[tuple[str, bool]]:
    """Words and punctuation of a text, each word with whether it opens a sentence."""
    out = []
    sentence_start = True
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.isspace():
            continue
        out.append((token, sentence_start))
        if token[0].isalpha():
            sentence_start = False
        elif token in _SENTENCE_END or token in '"“':
            sentence_start = sentence_start or token in _SENTENCE_END
    return out


def _proper_words(article: Article) -> frozenset[str]:
    """Words the article capitalises inside a sentence somewhere: names, kept capitalised."""
    return frozenset(
        token.lower()
        for paragraph in article.paragraphs
        for token, initial in _words(paragraph.text)
        if token[0].isupper() and not initial
    )


def _section_stats(article: Article, first: int, end: int, propers: frozenset[str]) -> _Stats:
    stats = _Stats()
    stop = stopwords()
    for paragraph in article.paragraphs[first:end]:
        run: list[tuple[str, str, bool]] = []
        for token, _ in _words(paragraph.text):
            lowered = token.lower()
            if not token[0].isalpha() or len(token) < 3 or _base(lowered) in stop:
                _count_run(stats, run)
                run = []
            else:
                proper = lowered in propers
                run.append((token if proper else lowered, stem(lowered), proper))
        _count_run(stats, run)
    return stats


def _base(word: str) -> str:
    """A word without its clitic ("Russia's" -> "russia", "don't" -> "don")."""
    return word.replace("’", "'").split("'")[0]


def _count_run(stats: _Stats, run: list[tuple[str, str, bool]]) -> None:
    """Count every 1-3 word phrase inside a run of content words."""
    for start in range(len(run)):
        for size in range(1, min(_MAX_PHRASE, len(run) - start) + 1):
            words = run[start : start + size]
            key = tuple(stemmed for _, stemmed, _ in words)
            stats.counts[key] += 1
            if all(proper for _, _, proper in words):
                stats.names[key] += 1
            stats.forms[key][" ".join(token for token, _, _ in words)] += 1


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
    """The phrase as the section most often writes it."""
    return stats.forms[key].most_common(1)[0][0]


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
