"""Page furniture around and inside an article's body, for text, Markdown and HTML alike.

Each reader turns its input into `Block`s (paragraphs, and the headings the source marked) and
`sort_blocks` says what each one is. Only general cues are used, never a site's name:

- phrasing: photo captions and credits ("▲ ...", "Image: ...", "... (Photo by X/Getty Images)",
  a chart title ending "Source: ..."), disclaimers ("The views expressed ..."), subscription,
  membership and consent notices, share bars (a line of "Mail Facebook Twitter"), event boxes
  ("Online Event Fri, January 30, 2026 ..."), tag lists (a long run of capitalised topic words
  with no sentence in it), and the phrases of `boilerplate.json`; cue lists are in
  `data/furniture.json`;
- position: an author bio ("X is a senior fellow at ...") is one only in the second half of
  the article, and the first bio, disclaimer or subscription notice there ends the article when
  little prose follows it (a notice: and neither two sentence paragraphs nor a section heading
  over one follow it, so a newsletter box inside the body's last part drops alone) or (a bio) it stands under the
  document's last rule: what follows
  (more bios, an institute blurb, teasers) is furniture too; so is a reading list a short line
  announces ("recommended readings");
- link-list shape: in a page capture, two title lines over a one-sentence blurb are a teaser
  card for another piece;
- repetition: a pull quote repeats words of a longer body paragraph word for word (or is marked
  up as one: Markdown ``___`...`___``); a paragraph that repeats a whole earlier one is kept
  (an interview repeats its questions), never dropped silently;
- the top: a standfirst (dek, summary) is not body but is kept as the article's `standfirst`.
  It is a lead paragraph set wholly in italics and followed by body prose that does not lean on
  it ("While these chips ..." continues it, so it is the first paragraph), a lead that speaks of
  the piece ("This brief outlines ..."), in page text a lead of one or two short sentences over
  a much longer paragraph, or the editor's introduction before a Q&A's first "Name:" turn;
- endnotes: a "Notes" / "References" heading in the second half of the article opens the notes,
  which run while lines look like citations ("[1] ...", a year, a short title fragment), and
  without a heading the run of "[1] ..." lines that closes the article is its notes; they are
  kept as the article's `notes`, out of the body and so out of the analysis.

Linear in the number of blocks, save the pull-quote check, which looks up each short paragraph by
its first three words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.ingest.boilerplate import is_furniture, is_sentence
from briefing.ingest.furniture.cues import (
    BODY,
    HEADING,
    NOTE,
    STANDFIRST,
    Block,
    cue_kind,
    cue_table,
    is_bio,
    is_caption,
    is_notice,
    is_share_bar,
    is_tag_list,
    one_sentence,
    opens_reading_list,
    same_words,
    words_of,
)
from briefing.ingest.furniture.standfirst import mark_standfirst

__all__ = [
    "BODY",
    "HEADING",
    "NOTE",
    "STANDFIRST",
    "Block",
    "Sorting",
    "cue_kind",
    "is_bio",
    "is_caption",
    "is_notice",
    "is_share_bar",
    "is_tag_list",
    "same_words",
    "sort_blocks",
]

PULL_QUOTE_WORDS = 60
"""A pull quote is a sentence or two: longer repeats are the article quoting itself."""

TAIL_SHARE = 0.5
"""A bio or notice ends the article only once this share of its prose words is behind it."""

TAIL_WORDS = 120
"""...and only when little prose follows it (at most 120 words of sentences): an institute's
blurb after a bio, not the rest of a news story after a quoted spokesman or a newsletter box."""

_CITATION = re.compile(
    r"^(?:\[\d{1,3}\]|\^?\d{1,3}[.)]?\s|\^|\(\d{1,3}\)|[a-z]\.\s)|\b(?:1[6-9]|20)\d\d\b"
)
"""A note's marker ("[1]", "1.", "^") or a year, as reference entries have."""
_NOTE_MARKER = re.compile(r"^(?:\[\d{1,3}\]|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S")
"""A note's own marker at the start of a line: "[1] Reuters, ...", "^2 Ibid.", "³ See ..."."""


@dataclass(frozen=True, slots=True)
class Sorting:
    """Per block, its kind (`BODY`, `HEADING`, `STANDFIRST`, `NOTE` or a furniture kind such as
    "caption" or "bio"), with the standfirst and the notes gathered."""

    kinds: tuple[str, ...]
    standfirst: str | None = None
    notes: tuple[str, ...] = ()

    def body(self, blocks: Sequence[Block]) -> list[tuple[int, Block]]:
        """The blocks kept as body or heading, with their positions."""
        return [
            (index, block)
            for index, block in enumerate(blocks)
            if self.kinds[index] in (BODY, HEADING)
        ]


def sort_blocks(
    blocks: Sequence[Block],
    *,
    outside: Sequence[bool] | None = None,
) -> Sorting:
    """What each block is; see the module docstring.

    `outside[i]` marks blocks a reader already found to lie outside the article (the page's
    menus and footer, found by `boilerplate.main_region`); they are "outside" here too. Without
    it the blocks are written Markdown, not a page: see `cue_kind`.
    A lead `after_header` may be a standfirst by its shape alone (`_lead_summary`): page text,
    where no markup says so.
    """
    count = len(blocks)
    kinds: list[str] = [
        "outside" if outside and outside[index] else (HEADING if block.heading else BODY)
        for index, block in enumerate(blocks)
    ]
    notes = _mark_notes(blocks, kinds)
    page = outside is not None
    for index, block in enumerate(blocks):
        if kinds[index] == BODY and (kind := cue_kind(block, page)):
            kinds[index] = kind
    _mark_tail(blocks, kinds)
    if page:
        _mark_teaser_cards(blocks, kinds)
    _mark_repeats(blocks, kinds)
    standfirst = mark_standfirst(blocks, kinds)
    # A heading with no body under it (before the next heading of its level or above, or the
    # end) headed furniture: the notes, a bio box, teasers. A part's heading over a chapter's
    # heading keeps the chapter's body.
    body_below = [False] * 8
    for index in range(count - 1, -1, -1):
        if kinds[index] == BODY:
            body_below = [True] * 8
        elif kinds[index] == HEADING:
            level = min(max(blocks[index].heading, 1), 7)
            if not body_below[level]:
                kinds[index] = "outside"
            body_below[level:] = [False] * (8 - level)
    return Sorting(tuple(kinds), standfirst, tuple(notes))


def _prose_words(blocks: Sequence[Block], kinds: list[str]) -> list[int]:
    """Running total of body words before each block."""
    totals, total = [], 0
    for block, kind in zip(blocks, kinds, strict=True):
        totals.append(total)
        if kind == BODY:
            total += len(block.text.split())
    totals.append(total)
    return totals


def _mark_notes(blocks: Sequence[Block], kinds: list[str]) -> list[str]:
    """Find the notes heading in the article's second half and mark the citation run after it."""
    cues = cue_table()
    running = _prose_words(blocks, kinds)
    total = running[-1]
    for index, block in enumerate(blocks):
        if kinds[index] not in (BODY, HEADING, "outside") or running[index] < TAIL_SHARE * total:
            continue
        if len(block.text.split()) > 4 or not cues.notes_heading.match(block.text.strip("#*_ ")):
            continue
        notes: list[str] = []
        position = index + 1
        while position < len(blocks):
            candidate = blocks[position]
            text = candidate.text
            if candidate.heading or is_bio(text) or cue_kind(candidate):
                break
            if not _CITATION.search(text) and (is_sentence(text) and len(text.split()) > 12):
                break
            if not _CITATION.search(text) and not notes:
                break
            notes.append(text)
            position += 1
        if not notes:
            continue
        kinds[index] = "notes heading"
        for inside in range(index + 1, position):
            kinds[inside] = NOTE
        return notes
    return _mark_marked_notes(blocks, kinds)


def _mark_marked_notes(blocks: Sequence[Block], kinds: list[str]) -> list[str]:
    """Without a heading: the run of "[1] ..." (or "^1", "¹") lines that closes the article."""
    body = [index for index, kind in enumerate(kinds) if kind == BODY]
    run: list[int] = []
    for index in reversed(body):
        if not _NOTE_MARKER.match(blocks[index].text):
            break
        run.insert(0, index)
    if not run or len(run) == len(body):
        return []
    for index in run:
        kinds[index] = NOTE
    return [blocks[index].text for index in run]


def _mark_tail(blocks: Sequence[Block], kinds: list[str]) -> None:
    """Bios, and what follows the first bio or notice in the article's last part."""
    running = _prose_words(blocks, kinds)
    total = running[-1]
    after = _sentence_words_after(blocks, kinds)
    ended = False
    for index, block in enumerate(blocks):
        kind = kinds[index]
        if kind in (NOTE, "notes heading", "outside"):
            continue
        if ended:
            kinds[index] = "tail"
            continue
        late = running[index] >= TAIL_SHARE * total
        closing = after[index + 1] <= TAIL_WORDS
        if kind in (BODY, HEADING) and late and opens_reading_list(block.text):
            kinds[index] = "teasers"
            ended = True
        elif kind in (BODY, HEADING) and late and not block.heading and is_bio(block.text):
            kinds[index] = "bio"
            ended = closing or block.after_rule  # bios under the closing rule, then the footer
        elif kind == "notice" and late and closing and not _prose_follows(blocks, kinds, index):
            ended = True


PROSE_AFTER_NOTICE = 2
"""Sentence paragraphs right after a notice that show the article goes on past it."""


def _prose_follows(blocks: Sequence[Block], kinds: list[str], index: int) -> bool:
    """The article goes on after the notice at `index`: the next `PROSE_AFTER_NOTICE` body
    paragraphs (captions and pull quotes skipped) are sentences of ten words or more and none
    is a bio, or a section heading stands between it and one such paragraph (in page text, a
    subhead line after a first such paragraph). A newsletter box or a pointer set
    inside the body's last part is followed by the rest of the argument; a closing notice by a
    bio, teaser headlines, a footer, or an institute's blurb of one paragraph or under an
    "About ..." or "Related" heading."""
    found = 0
    headed = False
    for position in range(index + 1, len(blocks)):
        kind = kinds[position]
        if kind == HEADING:
            heading = blocks[position].text.strip("#*_ ")
            if is_furniture(heading) or heading.casefold().startswith("about "):
                return False
            headed = True
            continue
        if kind != BODY:
            if kind in ("caption", "pull quote"):
                continue  # set inside an article's text
            return False  # more furniture: the article has ended
        text = blocks[position].text
        if found and _subhead(text):
            headed = True  # page text's subhead, under prose that went on after the notice
            continue
        if len(text.split()) < 10 or not is_sentence(text) or is_bio(text):
            return False
        found += 1
        if found >= PROSE_AFTER_NOTICE or headed:
            return True
    return False


def _subhead(text: str) -> bool:
    """A short line that is no sentence and no furniture phrase: a subhead of page text."""
    return (
        len(text.split()) <= 12
        and not is_sentence(text)
        and text[-1:] not in ":,"
        and not is_furniture(text)
    )


def _mark_teaser_cards(blocks: Sequence[Block], kinds: list[str]) -> None:
    """In a page capture, title lines over a one-sentence blurb: a teaser card for another
    piece ("Article" / "Ukraine's New Theory of Victory" / "By ensuring that ...")."""
    limit = cue_table().blurb_words
    titles = 0
    for index, block in enumerate(blocks):
        if kinds[index] != BODY:
            titles = 0
            continue
        text = block.text
        if _title_line(text) and (titles or _label(text)):
            titles += 1
            continue
        reach = limit if titles == 2 else 2 * limit
        if titles >= 2 and len(text.split()) <= reach and one_sentence(text):
            for inside in range(index - titles, index + 1):
                kinds[inside] = "teaser"
        titles = 0


def _label(text: str) -> bool:
    """A content-type label: one or two capitalised words ("Article", "Podcast Episode")."""
    words = text.split()
    return len(words) <= 2 and all(word[:1].isupper() and word.isalpha() for word in words)


def _title_line(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 12 and text[:1].isupper() and not is_sentence(text)


def _sentence_words_after(blocks: Sequence[Block], kinds: list[str]) -> list[int]:
    """Per position, the words of the body paragraphs from there on that are sentences of ten
    words or more (teaser headlines are not sentences); one longer than `blocks`."""
    after = [0] * (len(blocks) + 1)
    for index in range(len(blocks) - 1, -1, -1):
        text = blocks[index].text
        words = len(text.split()) if kinds[index] == BODY else 0
        counted = words if words >= 10 and is_sentence(text) else 0
        after[index] = after[index + 1] + counted
    return after


def _mark_repeats(blocks: Sequence[Block], kinds: list[str]) -> None:
    """Pull quotes: short paragraphs whose words recur inside a longer body paragraph. A
    paragraph that repeats a whole earlier one is kept: an interview repeats its questions.

    Only the first three words of each short paragraph are indexed, so a long page costs one
    pass over its words plus a substring check per short paragraph and longer match.
    """
    words = [
        words_of(block.text) if kinds[index] in (BODY, "pull quote") else []
        for index, block in enumerate(blocks)
    ]
    joined = [" " + " ".join(tokens) + " " for tokens in words]
    short = [
        index
        for index, tokens in enumerate(words)
        if kinds[index] == BODY and 5 <= len(set(tokens)) <= len(tokens) <= PULL_QUOTE_WORDS
    ]
    openings = {tuple(words[index][:3]) for index in short}
    by_trigram: dict[tuple[str, ...], set[int]] = defaultdict(set)
    if openings:
        for index, tokens in enumerate(words):
            for gram in zip(tokens, tokens[1:], tokens[2:], strict=False):
                if gram in openings:
                    by_trigram[gram].add(index)
    first_seen: set[str] = set()
    candidates = set(short)
    for index, tokens in enumerate(words):
        if kinds[index] != BODY or not tokens:
            continue
        key = joined[index]
        if key in first_seen:
            continue  # said again word for word: real text (an interview's repeated question)
        first_seen.add(key)
        if index not in candidates:
            continue
        for other in by_trigram.get(tuple(tokens[:3]), ()):
            if len(words[other]) > len(tokens) and key in joined[other]:
                kinds[index] = "pull quote"
                break


