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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.analysis.segment import Word, closes, stem
from briefing.model import Actor, Article

MAX_WORDS = 6
OUTLOOK = "Outlook"

_VERBAL_ENDINGS = ("ed", "ize", "ise")
_WORDS = re.compile(r"[a-z][a-z’'\-]*")
_ONCE = 0.2
_PAIR_BONUS = 1.6
"""A pair of words names a topic better than one ("foreign policy" over "policy")."""


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
    actor_totals: Counter[str] = sum(actor_counts, Counter())
    actor_stems = {
        actor.name: _stems_of((actor.name, *actor.aliases, *(m.surface for m in actor.mentions)))
        for actor in actors
    }
    used = {title.casefold() for title in given if title}
    titles = []
    last = len(spans) - 1
    for index, ((first, end), title) in enumerate(zip(spans, given, strict=True)):
        if not title:
            closing = index == last > 0 and closes(article.paragraphs[end - 1].text)
            opening = article.paragraphs[first].text
            title = _compose(
                stats[index],
                totals,
                actor_counts[index],
                actor_totals,
                actor_stems,
                closing,
                opening,
                used,
            )
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
    """Count the words and adjacent word pairs of a run of content words."""
    counts, names, forms = stats.counts, stats.names, stats.forms
    previous: Word | None = None
    for word in run:
        key: tuple[str, ...] = (word[1],)
        counts[key] = counts.get(key, 0) + 1
        if word[2]:
            names[key] = names.get(key, 0) + 1
        if key not in forms:
            forms[key] = word[0]
        if previous is not None:
            key = (previous[1], word[1])
            counts[key] = counts.get(key, 0) + 1
            if word[2] and previous[2]:
                names[key] = names.get(key, 0) + 1
            if key not in forms:
                forms[key] = f"{previous[0]} {word[0]}"
        previous = word


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
    actor_totals: Counter[str],
    actor_stems: dict[str, frozenset[str]],
    closing: bool,
    opening: str,
    used: set[str],
) -> str:
    leads = _leads(stats, totals, actors, actor_totals)
    lead_stems = {stem(word.lower()) for lead in leads[:1] for word in lead.split()}
    for name in actors:
        if leads and name in leads[0]:
            lead_stems |= actor_stems.get(name, frozenset())
    topics = _topics(stats, totals, lead_stems)
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


def _leads(
    stats: _Stats,
    totals: Counter[tuple[str, ...]],
    actors: Counter[str],
    actor_totals: Counter[str],
) -> list[str]:
    """Who the section is about: actors first, else capitalised names, most distinctive first."""
    if actors:
        score = {name: _distinct(count, actor_totals[name]) for name, count in actors.items()}
        ranked = sorted((name for name in actors if actors[name] >= 2), key=lambda n: -score[n])
        leads = ranked[:1]
        if len(ranked) > 1 and score[ranked[1]] >= 0.7 * score[ranked[0]]:
            leads.insert(0, f"{ranked[0]} and {ranked[1]}")
        if leads:
            return leads
    scored = sorted(
        (
            (-_distinct(count, totals[key]) * (1.0 if len(key) == 1 else _PAIR_BONUS), key)
            for key, count in stats.names.items()
            if count >= 2
        ),
    )
    return [_form(stats, key).removesuffix("’s").removesuffix("'s") for _, key in scored[:2]]


def _topics(stats: _Stats, totals: Counter[tuple[str, ...]], lead_stems: set[str]) -> list[str]:
    """Distinctive phrases of common words, best first, that do not repeat the lead."""
    unigram = {
        key[0]: _distinct(count, totals[key])
        for key, count in stats.counts.items()
        if len(key) == 1
    }
    names = stats.names
    scored = []
    for key, count in stats.counts.items():
        if key in names:
            continue
        if len(key) == 1:
            # a word used once is a last resort (a short section may have nothing better)
            score = unigram[key[0]] * (1.0 if count > 1 else _ONCE)
        else:
            score = (unigram[key[0]] + unigram[key[1]]) * 0.5 * _PAIR_BONUS * count
        scored.append((-score, key))
    scored.sort()
    topics: list[str] = []
    seen: set[str] = set()
    for _, key in scored:
        if any(part in seen for part in key) and len(key) == 1:
            continue
        if any(part in lead_stems for part in key):
            continue
        if not _nominal(stats.forms[key]):
            continue
        topics.append(_form(stats, key))
        seen.update(key)
        if len(topics) >= 8:
            break
    return topics


def _stems_of(texts: Sequence[str]) -> frozenset[str]:
    """Stems of every word in an actor's names, so a title does not name it twice."""
    return frozenset(stem(word) for text in set(texts) for word in _WORDS.findall(text.lower()))


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
