"""Quote or term, read from the sentence around the marks: the context half of that decision.

find.py attributes each quoted stretch; this module reads what the words around it say about
it (a person named nearby, the cue's object, a that-clause the cue opens, a self-label such as
"calls itself a “…”", a list that continues a kept quotation) and hands those facts to
kinds.is_term, which decides. Sentence starts are kept per paragraph so every look-up is a
bisection, not a scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing.analysis.quotes.cues import find_cues
from briefing.analysis.quotes.kinds import (
    CONTINUED,
    CUE_ALONE,
    CUE_BEFORE,
    UNATTRIBUTED,
    is_term,
    term_words,
)
from briefing.analysis.quotes.lexicon import Cue, lexicon
from briefing.analysis.quotes.marks import Marked
from briefing.analysis.quotes.resolve import ActorIndex, Speaker
from briefing.model import Article, Sentence


@dataclass(frozen=True, slots=True)
class Found:
    """A quoted stretch with what the words around it say about it."""

    stretch: Marked
    cue: Cue | None
    speaker: Speaker | None
    how: str = UNATTRIBUTED
    """How the words around the stretch attribute it: one of the constants of kinds.py."""


_LISTED = re.compile(r"[\s,]*(?:(?:and|or|as well as)\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)


def listed_after(article: Article, found: Found, kept: list[Found]) -> bool:
    """A stretch that continues a kept quotation as the next item of its list, with nothing
    but a comma, a conjunction or an article between the marks ('called her “Miss Piggy” and
    “Miss Housekeeping”', 'a “nasty guy,” an “anchor baby”'): the same speaker's words, so a
    quotation even when it would read as a title or label alone."""
    if found.how != CONTINUED or not kept:
        return False
    stretch, before = found.stretch, kept[-1].stretch
    if before.paragraph != stretch.paragraph or before.close_at < 0 or stretch.open_at < 0:
        return False
    gap = article.paragraphs[stretch.paragraph].text[before.close_at + 1 : stretch.open_at]
    return _LISTED.fullmatch(gap) is not None


def reads_as_term(
    article: Article, found: Found, starts: dict[int, list[int]], index: ActorIndex
) -> bool:
    """Whether a quoted stretch is a term, title or label rather than someone's words: gathers
    the facts of its sentence (clause bounds, a person near the marks, the cue's object, a
    that-clause, a self-label) and lets kinds.is_term decide."""
    stretch = found.stretch
    text = article.paragraphs[stretch.paragraph].text
    begin = sentence_start(starts, stretch.paragraph, max(stretch.open_at, stretch.start))
    following = [start for start in starts.get(stretch.paragraph, []) if start > stretch.end]
    end = following[0] if following else len(text)
    opening = max(stretch.open_at, begin)
    closing = max(stretch.close_at, stretch.end)
    begin = max(begin, text.rfind(":", begin, opening) + 1, text.rfind(";", begin, opening) + 1)
    stops = [at for at in (text.find(":", closing, end), text.find(";", closing, end)) if at >= 0]
    end = min([end, *stops])
    weak = found.how in {UNATTRIBUTED, CUE_ALONE}
    nearby = weak and (
        index.has_person(stretch.paragraph, begin, opening, text)
        or index.has_person(stretch.paragraph, closing, end, text)
    )
    titled = lexicon().titled_name
    if weak and not nearby:
        nearby = any(
            text[named.end() : named.end() + 2] not in {"’s", "'s"}
            and not named.group().endswith(("’s", "'s"))
            for named in (titled.search(text, begin, opening), titled.search(text, closing, end))
            if named is not None
        )
    named = (
        found.how in {CUE_BEFORE, CONTINUED}
        and _cue_of_its_own(text, found.cue, opening)
        and _speaker_named(text, found)
    )
    close = weak and index.has_person(stretch.paragraph, max(begin, opening - 30), opening, text)
    return is_term(
        text,
        stretch.start,
        stretch.end,
        stretch.open_at,
        stretch.close_at,
        found.how,
        found.cue.words if found.cue else None,
        nearby,
        close,
        _has_object(text, found.cue, stretch.open_at),
        found.cue.start if found.cue else -1,
        named,
        named and _in_reported_clause(text, begin, opening),
        _self_label(text, found.cue, stretch.open_at),
    )


_REFER_AS = re.compile(r"\s*to\b[^,;:“”\"]{1,60}?\bas\b[^,;:]{0,20}$")


def _self_label(text: str, cue: Cue | None, open_at: int) -> bool:
    """A naming cue that gives the quoted words as a label whoever says it: a reflexive object
    ("Beijing calls itself a “near-Arctic state”") or "refer to X as" ("refers to the island as
    a “breakaway province”"). ("speak of the “…”" is a naming cue in data/quote_words.yaml, so
    the naming rules of kinds.py apply to it.)"""
    if cue is None or open_at < 0 or not cue.end <= open_at <= cue.end + 80:
        return False
    lists = term_words()
    first = cue.words.split()[0]
    if first not in lists.naming_cues:
        return False
    between = text[cue.end : open_at]
    following = between.split()
    if following and following[0].lower().strip(",") in lists.reflexives:
        return True
    return first in lists.refer_as_cues and _REFER_AS.match(between) is not None


_THAT_CLAUSE = re.compile(r"(?:\s+[\w’'.-]+){0,6}?\s+that\s[^:;]*$")


def _in_reported_clause(text: str, begin: int, opening: int) -> bool:
    """A cue between the clause's start and the opening mark opens a that-clause that runs on
    to the mark ("told CBS on Monday that the campaign expects … his supposed “lies”")."""
    determiners = term_words().determiners
    for cue in find_cues(text, begin, opening):
        clause = _THAT_CLAUSE.match(text, cue.end, opening)
        if clause is None:
            continue
        between = text[cue.end : clause.end()].split(" that ", 1)[0].split()
        # a lower-case determiner makes "that" relative ("her support of the raid that killed")
        if not any(word in determiners for word in between):
            return True
    return False


_AUTHOR = frozenset({"we", "i", "us"})


def _cue_of_its_own(text: str, cue: Cue | None, opening: int) -> bool:
    """The cue stands before the stretch in its own paragraph (not one inherited from the
    quotation before)."""
    return (
        cue is not None
        and 0 <= cue.end <= opening
        and text[cue.start : cue.end].lower().startswith(cue.words.split()[0])
    )


def _speaker_named(text: str, found: Found) -> bool:
    """The stretch has a speaker, and its cue's subject is not the author's own "we" or "I"."""
    if found.speaker is None or found.cue is None:
        return False
    phrase = found.cue.speaker
    return phrase is None or text[phrase.start : phrase.end].strip().lower() not in _AUTHOR


def _has_object(text: str, cue: Cue | None, open_at: int) -> bool:
    """A word that is not an article between a cue before a quotation and the quotation
    ("called [Clinton] a “…”", "called [the senator] a “…”"): the cue's object; or "as" right
    after the cue ("criticized as a “…”"), which makes the quotation what it is called."""
    if cue is None or open_at < 0 or not cue.end <= open_at <= cue.end + 80:
        return False
    between = text[cue.end : open_at]
    if any(mark in between for mark in ",;:()—–"):
        return False
    following = [word.lower() for word in between.split()]
    if following[:1] == ["as"] and len(following) <= 2:
        # "criticized as a “use it or lose it” approach": what the cue calls its object
        return True
    if not following or following[0] in _NOT_OBJECTS:
        return False
    if any(word in _PREPOSITIONS for word in following):
        # "taking calls from listeners to his “…”", "called a charlatan by physicians for
        # promoting “…”": a prepositional phrase, so the quotation is not the cue's complement
        return False
    determiners = term_words().determiners
    if following[0] not in determiners:
        return True
    # "called the senator a “…”", "called the 1996 pageant winner “…”": a noun phrase, not
    # the article of the quotation ("calls the “Sudanese model”", "the recent “progress”").
    return (len(following) >= 3 and following[-1] in determiners) or (
        len(following) >= 4 and following[-1] not in determiners
    )


_PREPOSITIONS = frozenset(
    {"from", "to", "by", "for", "of", "in", "on", "at", "with", "about", "into", "over", "during"}
)
_NOT_OBJECTS = frozenset({"as", "that", "of", "for", "to", "on", "about", "into", "with", "by"})


def sentence_starts(sentences: tuple[Sentence, ...]) -> dict[int, list[int]]:
    """Paragraph index to the character offsets its sentences start at, in order."""
    starts: dict[int, list[int]] = {}
    for sentence in sentences:
        starts.setdefault(sentence.span.paragraph, []).append(sentence.span.start)
    return starts


def sentence_start(starts: dict[int, list[int]], paragraph: int, offset: int) -> int:
    """Where the sentence holding `offset` starts (0 for a paragraph without sentences)."""
    found = starts.get(paragraph) or [0]
    return found[max(0, bisect_right(found, offset) - 1)]


def sentence_end(starts: dict[int, list[int]], paragraph: int, offset: int, text: str) -> int:
    """Where the next sentence after `offset` starts, else the paragraph's end."""
    following = [start for start in starts.get(paragraph, []) if start > offset]
    return following[0] if following else len(text)
