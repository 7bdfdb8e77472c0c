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

from bisect import bisect_right

from briefing.analysis.quotes.context import (
    Found,
    listed_after,
    reads_as_term,
    sentence_end,
    sentence_start,
    sentence_starts,
)
from briefing.analysis.quotes.kinds import (
    ANNOUNCED,
    ATTRIBUTED_AFTER,
    CONTINUED,
    CUE_ALONE,
    CUE_BEFORE,
    UNATTRIBUTED,
)
from briefing.analysis.quotes.marks import Marked, ends_open, quoted_stretches
from briefing.analysis.quotes.resolve import ActorIndex, Candidates, Speaker, speaker_of
from briefing.analysis.quotes.cues import documents, find_cues, possessive_cue, whole_paragraphs
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


def find_quotes(
    article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...]
) -> tuple[Quote, ...]:
    """Every direct quotation with its speaker, in reading order."""
    with whole_paragraphs(paragraph.text for paragraph in article.paragraphs):
        return _find_quotes(article, sentences, actors)


def _find_quotes(
    article: Article, sentences: tuple[Sentence, ...], actors: tuple[Actor, ...]
) -> tuple[Quote, ...]:
    """`find_quotes`, with the paragraphs' cue forms found once."""
    stretches: dict[int, list[Marked]] = {}
    continued = False
    for paragraph in article.paragraphs:
        found = quoted_stretches(paragraph.index, paragraph.text, continued)
        stretches[paragraph.index] = found
        continued = ends_open(found)
    index = ActorIndex(actors, tuple(paragraph.text for paragraph in article.paragraphs))
    candidates = _candidates(article, stretches, index)
    starts = sentence_starts(sentences)
    results: list[Found] = []
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
    kept: list[Found] = []
    for item in results:
        if listed_after(article, item, kept) or not reads_as_term(article, item, starts, index):
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
) -> Found:
    """The cue and speaker the words right around one stretch give it.

    `previous` is the text of the paragraph before, which may announce the quotation ("The New
    York Times reports:").
    """
    cue = None
    phrase = None
    sentence = sentence_start(starts, stretch.paragraph, max(stretch.open_at, stretch.start))
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
            end = sentence_end(starts, stretch.paragraph, stretch.end, text)
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
            return Found(stretch, announced, speaker, ANNOUNCED)
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
    return Found(stretch, cue, speaker, how)


def _speaker(
    text: str, paragraph: int, phrase: Phrase, index: ActorIndex, candidates: Candidates
) -> Speaker | None:
    if phrase.kind == "pronoun":
        return candidates.resolve(paragraph, phrase.start, text[phrase.start : phrase.end])
    return speaker_of(text, paragraph, phrase, index)


def _nearby(found: Found, starts: dict[int, list[int]], candidates: Candidates) -> Found:
    """A quotation nobody is named for takes the nearest speaker or person named before it in
    its sentence or the sentence before ("Álvarez’s contention was that ... It is, indeed, “an
    American continental doctrine”"), the way a reader carries the source along."""
    stretch = found.stretch
    at = stretch.open_at if stretch.open_at >= 0 else stretch.start
    if stretch.open_at < 0:
        return found
    paragraph_starts = starts.get(stretch.paragraph) or [0]
    position = max(0, bisect_right(paragraph_starts, at) - 1)
    floor = paragraph_starts[max(0, position - 1)]
    speaker = candidates.nearest(stretch.paragraph, floor, at)
    if speaker is None:
        return found
    return Found(stretch, found.cue, speaker, found.how)


def _first_in_sentence(marked: list[Marked], position: int, sentence: int) -> bool:
    return position == 0 or marked[position - 1].close_at < sentence


_STRONG = frozenset({ATTRIBUTED_AFTER, ANNOUNCED, CONTINUED, CUE_BEFORE})


def _weaker(found: Found, previous: Found) -> str:
    """How a stretch that inherits a speaker in its paragraph is attributed: its own way, or as
    a continuation when only the quotation before it in the sentence was attributed."""
    if found.how not in {UNATTRIBUTED, CUE_ALONE}:
        return found.how
    return CONTINUED if previous.how in _STRONG else found.how


def _inherit(
    found: Found, earlier: list[Found], article: Article, starts: dict[int, list[int]]
) -> Found:
    """A stretch with no speaker of its own takes one from the quotation it continues."""
    if found.speaker is not None or not earlier:
        return found
    stretch = found.stretch
    previous = earlier[-1]
    text = article.paragraphs[stretch.paragraph].text
    before = previous.stretch
    if before.paragraph == stretch.paragraph:
        same_sentence = sentence_start(
            starts, stretch.paragraph, stretch.start
        ) <= before.start or not text[before.end : max(stretch.open_at, before.end)].strip(
            ' ,.;:—–-”"'
        )
        if (same_sentence or found.cue is None) and previous.speaker is not None:
            how = _weaker(found, previous) if same_sentence else found.how
            return Found(stretch, found.cue or previous.cue, previous.speaker, how)
        return found
    if before.paragraph == stretch.paragraph - 1 and previous.speaker is not None:
        opens_paragraph = stretch.open_at >= 0 and not text[: stretch.open_at].strip()
        if opens_paragraph and found.cue is None:
            return Found(stretch, previous.cue, previous.speaker, CONTINUED)
        if stretch.open_at < 0:
            return Found(stretch, previous.cue, previous.speaker, CONTINUED)
    return found
