"""Quotes: every direct quotation with its speaker and cue, in reading order.

Three passes, each linear in the article:

1. Quotation marks give the quoted stretches of each paragraph (marks.py); a paragraph that
   ends inside a quotation hands it on to the next.
2. Every cue verb outside quotation marks gives a candidate speaker at its place (its subject:
   "Trump says", "a Russian official recently warned"), and the actors stage adds each mention of
   a person. Pronoun subjects resolve against the candidates before them, so "he said" can follow
   a chain of earlier attributions.
3. Each stretch takes its speaker from an attribution right after it ("“...,” he said"), else from
   the last cue of its clause before it ("Pashinyan accused Russia of “...”", "Trump’s claim
   that “...”"); a stretch with none inherits from an earlier quotation of the same sentence,
   from the paragraph it continues, or from a paragraph that announced it with a colon, and
   failing those takes the nearest speaker or person named in its sentence or the one before.
   A sentence closed by ", according to X" is X's account, and a stretch that continues a kept
   quotation as the next item of its list ("“Miss Piggy” and “Miss Housekeeping”") is one too.
   How it was attributed then decides, in kinds.py, whether it is a quotation at all: names,
   titles, scare quotes and terms ("gray zone" tactics) are nobody's words and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing.analysis.quotes.kinds import (
    ANNOUNCED,
    ATTRIBUTED_AFTER,
    CONTINUED,
    CUE_ALONE,
    CUE_BEFORE,
    UNATTRIBUTED,
    is_term,
    term_words,
)
from briefing.analysis.quotes.marks import Marked, ends_open, quoted_stretches
from briefing.analysis.quotes.resolve import ActorIndex, Candidates, Speaker, speaker_of
from briefing.analysis.quotes.cues import documents, find_cues, possessive_cue
from briefing.analysis.quotes.lexicon import Cue, Phrase, lexicon
from briefing.analysis.quotes.speakers import (
    according_to_closing,
    byline_after,
    cue_after,
    cue_before,
    phrase_after,
    sentence_subject,
    subject_before,
)
from briefing.model import Actor, Article, Quote, Sentence, Span



@dataclass(frozen=True, slots=True)
class _Found:
    """A quoted stretch with what the words around it say about it."""

    stretch: Marked
    cue: Cue | None
    speaker: Speaker | None
    how: str = UNATTRIBUTED
    """How the words around the stretch attribute it: one of the constants of kinds.py."""


def find_quotes(
    article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...]
) -> tuple[Quote, ...]:
    """Every direct quotation with its speaker, in reading order."""
    stretches: dict[int, list[Marked]] = {}
    continued = False
    for paragraph in article.paragraphs:
        found = quoted_stretches(paragraph.index, paragraph.text, continued)
        stretches[paragraph.index] = found
        continued = ends_open(found)
    index = ActorIndex(actors, tuple(paragraph.text for paragraph in article.paragraphs))
    candidates = _candidates(article, stretches, index)
    starts = _sentence_starts(sentences)
    results: list[_Found] = []
    previous = ""
    for paragraph in article.paragraphs:
        text = paragraph.text
        marked = stretches[paragraph.index]
        for position, stretch in enumerate(marked):
            attributed = _attribute(
                text, stretch, marked, position, starts, index, candidates, previous
            )
            found = _inherit(attributed, results, article, starts)
            if found.speaker is None:
                found = _nearby(found, starts, candidates)
            results.append(found)
        previous = text
    kept: list[_Found] = []
    for item in results:
        if _listed_after(article, item, kept) or not _is_term(article, item, starts, index):
            kept.append(item)
    return tuple(
        Quote(
            text=article.paragraphs[item.stretch.paragraph].text[
                item.stretch.start : item.stretch.end
            ],
            speaker=item.speaker.name if item.speaker else None,
            cue=item.cue.words if item.cue else None,
            span=Span(item.stretch.paragraph, item.stretch.start, item.stretch.end),
            speaker_is_actor=bool(item.speaker and item.speaker.is_actor),
        )
        for item in kept
    )


_LISTED = re.compile(r"[\s,]*(?:(?:and|or|as well as)\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)


def _listed_after(article: Article, found: _Found, kept: list[_Found]) -> bool:
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


def _is_term(
    article: Article, found: _Found, starts: dict[int, list[int]], index: ActorIndex
) -> bool:
    stretch = found.stretch
    text = article.paragraphs[stretch.paragraph].text
    begin = _sentence_start(starts, stretch.paragraph, max(stretch.open_at, stretch.start))
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


def _speaker_named(text: str, found: _Found) -> bool:
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


def _sentence_starts(sentences: tuple[Sentence, ...]) -> dict[int, list[int]]:
    starts: dict[int, list[int]] = {}
    for sentence in sentences:
        starts.setdefault(sentence.span.paragraph, []).append(sentence.span.start)
    return starts


def _sentence_start(starts: dict[int, list[int]], paragraph: int, offset: int) -> int:
    found = starts.get(paragraph) or [0]
    return found[max(0, bisect_right(found, offset) - 1)]


def _sentence_end(starts: dict[int, list[int]], paragraph: int, offset: int, text: str) -> int:
    following = [start for start in starts.get(paragraph, []) if start > offset]
    return following[0] if following else len(text)


def _inside(marked: list[Marked], offset: int) -> bool:
    return any(stretch.start <= offset < stretch.end for stretch in marked)


def _candidates(
    article: Article, stretches: dict[int, list[Marked]], index: ActorIndex
) -> Candidates:
    """Cue subjects outside quotation marks and person mentions, in reading order."""
    places: list[tuple[int, int, Phrase | Actor]] = [
        (paragraph, offset, actor)
        for paragraph, offset, actor in index.person_mentions()
        if not _inside(stretches.get(paragraph, []), offset)
    ]
    titled = lexicon().titled_name
    for paragraph in article.paragraphs:
        text = paragraph.text
        marked = stretches[paragraph.index]
        for named in titled.finditer(text):
            if not _inside(marked, named.start()):
                name = Phrase(named.start(), named.end(1), "name", named.start(1))
                places.append((paragraph.index, named.start(), name))
        for document in documents(text):
            if not _inside(marked, document.start):
                places.append((paragraph.index, document.start, document))
        for match in find_cues(text):
            if _inside(marked, match.start):
                continue
            phrase: Phrase | None = subject_before(text, match.start)
            if phrase is None:
                phrase = phrase_after(text, match.end, len(text))
                if phrase is not None and phrase.kind == "pronoun":
                    phrase = None
            if phrase is not None:
                places.append((paragraph.index, phrase.start, phrase))
    places.sort(key=lambda item: (item[0], item[1]))
    candidates = Candidates()
    for paragraph_index, offset, what in places:
        text = article.paragraphs[paragraph_index].text
        if isinstance(what, Actor):
            speaker = speaker_of(
                text, paragraph_index, Phrase(offset, offset, "name", offset), index
            )
            if speaker is not None:
                candidates.add(paragraph_index, offset, speaker)
        elif what.kind == "pronoun":
            resolved = candidates.resolve(paragraph_index, offset, text[what.start : what.end])
            if resolved is not None:
                candidates.add(paragraph_index, offset, resolved)
        else:
            named = speaker_of(text, paragraph_index, what, index)
            if named is not None:
                candidates.add(paragraph_index, offset, named)
    return candidates


def _attribute(
    text: str,
    stretch: Marked,
    marked: list[Marked],
    position: int,
    starts: dict[int, list[int]],
    index: ActorIndex,
    candidates: Candidates,
    previous: str,
) -> _Found:
    """The cue and speaker the words right around one stretch give it.

    `previous` is the text of the paragraph before, which may announce the quotation ("The New
    York Times reports:").
    """
    cue = None
    phrase = None
    sentence = _sentence_start(starts, stretch.paragraph, max(stretch.open_at, stretch.start))
    if stretch.close_at >= 0:
        stop = marked[position + 1].open_at if position + 1 < len(marked) else len(text)
        if stop < 0:
            stop = len(text)
        quoted = text[stretch.start : stretch.end].rstrip()
        cue = cue_after(
            text,
            stretch.close_at + 1,
            stop,
            quoted.endswith(".") or not quoted.endswith((",", "?", "!")),
        )
        if cue is None:
            phrase = byline_after(text, stretch.close_at + 1, stop)
    after = cue is not None or phrase is not None
    if cue is None and phrase is None and stretch.open_at >= 0:
        floor = sentence
        if position > 0 and marked[position - 1].close_at >= floor:
            floor = marked[position - 1].close_at + 1
        cue = cue_before(text, floor, stretch.open_at)
        earlier = cue
        while cue is not None and cue.speaker is None and earlier is not None:
            earlier = cue_before(text, floor, earlier.start)
            if earlier is not None and earlier.speaker is not None:
                cue = Cue(cue.start, cue.end, cue.words, earlier.speaker)
        if cue is not None and cue.speaker is None and floor == sentence:
            cue = Cue(cue.start, cue.end, cue.words, sentence_subject(text, sentence, cue.start))
        if cue is None:
            cue = possessive_cue(text, floor, stretch.open_at)
        if cue is None:
            end = _sentence_end(starts, stretch.paragraph, stretch.end, text)
            cue = according_to_closing(text, max(stretch.close_at + 1, stretch.end), end)
    if (
        cue is None
        and phrase is None
        and previous.endswith(":")
        and not text[: max(0, stretch.open_at)].strip()
    ):
        announced = cue_before(previous, max(0, len(previous) - 300), len(previous))
        if announced is not None and announced.speaker is not None:
            speaker = _speaker(
                previous, stretch.paragraph - 1, announced.speaker, index, candidates
            )
            return _Found(stretch, announced, speaker, ANNOUNCED)
    if after:
        how = ATTRIBUTED_AFTER
    elif cue is not None:
        how = CUE_BEFORE if cue.speaker is not None else CUE_ALONE
    else:
        how = UNATTRIBUTED
    if cue is not None:
        phrase = cue.speaker
    if (
        phrase is None
        and stretch.open_at > sentence
        and _first_in_sentence(marked, position, sentence)
    ):
        phrase = sentence_subject(text, sentence, stretch.open_at)
    speaker = _speaker(text, stretch.paragraph, phrase, index, candidates) if phrase else None
    return _Found(stretch, cue, speaker, how)


def _speaker(
    text: str, paragraph: int, phrase: Phrase, index: ActorIndex, candidates: Candidates
) -> Speaker | None:
    if phrase.kind == "pronoun":
        return candidates.resolve(paragraph, phrase.start, text[phrase.start : phrase.end])
    return speaker_of(text, paragraph, phrase, index)


def _nearby(found: _Found, starts: dict[int, list[int]], candidates: Candidates) -> _Found:
    """A quotation nobody is named for takes the nearest speaker or person named before it in
    its sentence or the sentence before ("Álvarez’s contention was that ... It is, indeed, “an
    American continental doctrine”"), the way a reader carries the source along."""
    stretch = found.stretch
    at = stretch.open_at if stretch.open_at >= 0 else stretch.start
    if stretch.open_at < 0:
        return found
    sentence_starts = starts.get(stretch.paragraph) or [0]
    position = max(0, bisect_right(sentence_starts, at) - 1)
    floor = sentence_starts[max(0, position - 1)]
    speaker = candidates.nearest(stretch.paragraph, floor, at)
    if speaker is None:
        return found
    return _Found(stretch, found.cue, speaker, found.how)


def _first_in_sentence(marked: list[Marked], position: int, sentence: int) -> bool:
    return position == 0 or marked[position - 1].close_at < sentence


_STRONG = frozenset({ATTRIBUTED_AFTER, ANNOUNCED, CONTINUED, CUE_BEFORE})


def _weaker(found: _Found, previous: _Found) -> str:
    """How a stretch that inherits a speaker in its paragraph is attributed: its own way, or as
    a continuation when only the quotation before it in the sentence was attributed."""
    if found.how not in {UNATTRIBUTED, CUE_ALONE}:
        return found.how
    return CONTINUED if previous.how in _STRONG else found.how


def _inherit(
    found: _Found, earlier: list[_Found], article: Article, starts: dict[int, list[int]]
) -> _Found:
    """A stretch with no speaker of its own takes one from the quotation it continues."""
    if found.speaker is not None or not earlier:
        return found
    stretch = found.stretch
    previous = earlier[-1]
    text = article.paragraphs[stretch.paragraph].text
    before = previous.stretch
    if before.paragraph == stretch.paragraph:
        same_sentence = _sentence_start(
            starts, stretch.paragraph, stretch.start
        ) <= before.start or not text[before.end : max(stretch.open_at, before.end)].strip(
            ' ,.;:—–-”"'
        )
        if (same_sentence or found.cue is None) and previous.speaker is not None:
            how = _weaker(found, previous) if same_sentence else found.how
            return _Found(stretch, found.cue or previous.cue, previous.speaker, how)
        return found
    if before.paragraph == stretch.paragraph - 1 and previous.speaker is not None:
        opens_paragraph = stretch.open_at >= 0 and not text[: stretch.open_at].strip()
        if opens_paragraph and found.cue is None:
            return _Found(stretch, previous.cue, previous.speaker, CONTINUED)
        if stretch.open_at < 0:
            return _Found(stretch, previous.cue, previous.speaker, CONTINUED)
    return found
