"""Page furniture around and inside an article's body, for text, Markdown and HTML alike.

Each reader turns its input into `Block`s (paragraphs, and the headings the source marked) and
`sort_blocks` says what each one is. Only general cues are used, never a site's name:

- phrasing: photo captions and credits ("▲ ...", "Image: ...", "... (Photo by X/Getty Images)",
  a chart title ending "Source: ..."), disclaimers ("The views expressed ..."), subscription,
  membership and consent notices, share bars (a line of "Mail Facebook Twitter"), event boxes
  ("Online Event Fri, January 30, 2026 ..."), tag lists (a long run of capitalised topic words
  with no sentence in it), and the phrases of `boilerplate.json`; cue lists are in
  `data/furniture.json`;
- position: an author bio ("X is a senior fellow at ...") is one only in the last part of the
  article or after a rule, and the first bio, disclaimer or subscription notice there ends the
  article when little prose follows it: what follows (more bios, an institute blurb, teasers)
  is furniture too; so is a reading list a short line announces ("recommended readings");
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
from functools import cache

from briefing.data import load
from briefing.ingest.boilerplate import is_furniture, is_sentence

BODY = "body"
HEADING = "heading"
STANDFIRST = "standfirst"
NOTE = "note"
"""Kinds `sort_blocks` gives besides the furniture kinds (caption, bio, notice, pull quote, ...)."""

SUMMARY_WORDS = 55
SUMMARY_MIN = 12
"""Longest and shortest lead read as a standfirst by its shape alone (RUSI's and CSIS's run
15-50 words; a shorter first line is a headline)."""

SUMMARY_RATIO = 1.5
"""...over a first paragraph at least this many times as long."""

PULL_QUOTE_WORDS = 60
"""A pull quote is a sentence or two: longer repeats are the article quoting itself."""

BIO_REACH = 25
"""Words after the verb in which a bio names the role ("holds the Maurice R. Greenberg Chair")."""

BIO_WORDS = 150
"""Longest author bio read as one: a longer paragraph is prose whatever its opening."""

TAIL_SHARE = 0.5
"""A bio or notice ends the article only once this share of its prose words is behind it."""

TAIL_WORDS = 120
"""...and only when little prose follows it (at most 120 words of sentences): an institute's
blurb after a bio, not the rest of a news story after a quoted spokesman or a newsletter box."""

_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z0-9]")
_CITATION = re.compile(
    r"^(?:\[\d{1,3}\]|\^?\d{1,3}[.)]?\s|\^|\(\d{1,3}\)|[a-z]\.\s)|\b(?:1[6-9]|20)\d\d\b"
)
"""A note's marker ("[1]", "1.", "^") or a year, as reference entries have."""
_NOTE_MARKER = re.compile(r"^(?:\[\d{1,3}\]|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S")
"""A note's own marker at the start of a line: "[1] Reuters, ...", "^2 Ibid.", "³ See ..."."""
_SPEAKER = re.compile(r"^[A-Z][^\W\d_]*(?:[-'’. ]+[A-Z][^\W\d_]*){0,3}\.?\s*:\s*\S")
"""A speaker's turn in an interview, "Paul Haenle: In your view ..." (a name, no figures: "Q1:"
numbers a question, it names nobody)."""
_LEANS_BACK = re.compile(
    r"^(?:\w+\s+){0,2}(?:these|this|those|such|they|it|its|their|both|that)\b", re.I
)
_SELF_REFERENCE = re.compile(
    r"^(?:this|the|in this)\s+(?:brief|paper|report|article|commentary|essay|analysis|piece|post|"
    r"explainer|briefing|policy brief|issue brief|note)\s+(?:\w+\s+){0,2}?(?:outlines|examines|"
    r"argues|explores|assesses|analy[sz]es|describes|considers|looks at|sets out|discusses|"
    r"reviews|summari[sz]es|provides|offers|presents)\b",
    re.I,
)
"""A lead that speaks of the piece itself ("This brief outlines ...") is its summary."""
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|according to|reported|reportedly|announced|announces|stated|"
    r"claimed|confirmed|revealed|posted|updated)\b",
    re.I,
)
"""Words that mark a news lede's report, which a standfirst does not make."""
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Oo]ur|[Mm]y)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TAG_JOINER = {"&", "and", "of", "/", "-", "–", "the"}


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph (or, with `heading` > 0, one heading) as a reader found it, with the markup
    hints the format gives: a paragraph set wholly in italics or bold (`emphasised`), wholly in
    bold (`strong`), marked up as a pull quote, following a horizontal rule, or (page text)
    standing right under the header's byline or date line (`after_header`)."""

    text: str
    heading: int = 0
    emphasised: bool = False
    quote_markup: bool = False
    after_rule: bool = False
    strong: bool = False
    after_header: bool = False


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


@dataclass(frozen=True, slots=True)
class _Cues:
    caption_start: re.Pattern[str]
    caption_end: re.Pattern[str]
    bio: re.Pattern[str]
    bio_role: re.Pattern[str]
    notice_start: re.Pattern[str]
    notice_anywhere: re.Pattern[str]
    share_words: frozenset[str]
    event: re.Pattern[str]
    notes_heading: re.Pattern[str]
    tail_opener: re.Pattern[str]
    blurb_words: int
    chart_title_words: int


@cache
def _cues() -> _Cues:
    data = load("furniture.json")

    def either(items: list[str]) -> str:
        return "|".join(f"(?:{item})" for item in items)

    bio = data["bio"]
    return _Cues(
        caption_start=re.compile(rf"^(?:{either(data['caption_prefixes']['patterns'])})", re.I),
        caption_end=re.compile(rf"(?:{either(data['caption_ends']['patterns'])})\s*$", re.I),
        bio=re.compile(rf"^(?:{bio['name']}){bio['verbs']}"),
        bio_role=re.compile(bio["roles"], re.I),
        notice_start=re.compile(rf"^(?:{either(data['notices']['starts'])})", re.I),
        notice_anywhere=re.compile(either(data["notices"]["anywhere"]), re.I),
        share_words=frozenset(data["share_words"]["words"]),
        event=re.compile(data["event"]["pattern"], re.I),
        notes_heading=re.compile(
            rf"^(?:{either(data['notes_headings']['patterns'])})\s*:?\s*$", re.I
        ),
        tail_opener=re.compile(rf"\b(?:{either(data['tail_openers']['patterns'])})\b", re.I),
        blurb_words=data["teaser_card"]["blurb_words"],
        chart_title_words=data["chart_title"]["words"],
    )


def words_of(text: str) -> list[str]:
    """Lower-case word tokens, as repetition is judged on (punctuation and markup ignored)."""
    return _WORD.findall(text.casefold())


def is_caption(text: str) -> bool:
    """A photo caption, a credit, or a chart or table title with its source."""
    cues = _cues()
    if cues.caption_start.match(text):
        return True
    return len(text.split()) <= 60 and bool(cues.caption_end.search(text))


def is_bio(text: str) -> bool:
    """Shaped like an author bio: a name, a verb, a role ("X is a senior fellow at Y")."""
    cues = _cues()
    if len(text.split()) > BIO_WORDS:
        return False
    match = cues.bio.match(text.lstrip("_*“\" "))
    if not match:
        return False
    opening = " ".join(text[match.end() :].split()[:BIO_REACH])
    return bool(cues.bio_role.search(opening))


def is_notice(text: str) -> bool:
    """A disclaimer, a subscription or membership appeal, or a consent banner."""
    cues = _cues()
    stripped = text.lstrip("_*“\" ")
    return bool(cues.notice_start.match(stripped)) or (
        len(text.split()) <= 80 and bool(cues.notice_anywhere.search(text))
    )


def is_share_bar(text: str) -> bool:
    """A line made only of share-button words ("Mail Facebook Twitter / X LinkedIn")."""
    if len(text) > 120:
        return False
    words = words_of(text)
    return len(words) >= 2 and all(word in _cues().share_words for word in words)


def is_tag_list(text: str) -> bool:
    """A list of topic tags: six or more words, no sentence, every word capitalised but not
    shouted, no commas, colons or figures (a title-cased heading has its small words, or
    punctuation; a product name has figures)."""
    tokens = text.split()
    if not 6 <= len(tokens) <= 40 or re.search(r"[,:;.?!\d]", text) or is_sentence(text):
        return False
    content = [token for token in tokens if token.lower() not in _TAG_JOINER]
    capitalised = sum(1 for token in content if token[:1].isupper() or token[:1].isdigit())
    shouted = sum(1 for token in content if token.isupper())
    return len(content) >= 5 and capitalised == len(content) and shouted * 2 < len(content)


def cue_kind(block: Block, page: bool = True) -> str | None:
    """The furniture kind a block's own words give, wherever it stands; None if none.

    `page` is False for written Markdown, where a one-word paragraph ("More.") is the author's,
    not a button: the phrases of `boilerplate.json` are then not read.
    """
    text = block.text
    if block.heading:
        return None
    if block.quote_markup:
        return "pull quote"
    if block.strong and text.endswith(":") and len(text.split()) <= _cues().chart_title_words:
        return "caption"
    if is_caption(text):
        return "caption"
    if is_share_bar(text):
        return "share bar"
    if _cues().event.match(text):
        return "event"
    if is_notice(text):
        return "notice"
    if is_tag_list(text):
        return "tags"
    if page and is_furniture(text):
        return "furniture"
    return None


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
    standfirst = _mark_standfirst(blocks, kinds)
    # A heading with no body under it before the next heading or the end is the furniture's own.
    for index in range(count - 1, -1, -1):
        if kinds[index] == HEADING and not _has_body_after(kinds, index):
            kinds[index] = "outside"
    return Sorting(tuple(kinds), standfirst, tuple(notes))


def _has_body_after(kinds: list[str], index: int) -> bool:
    for kind in kinds[index + 1 :]:
        if kind == HEADING:
            return False
        if kind == BODY:
            return True
    return False


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
    cues = _cues()
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
        late = running[index] >= TAIL_SHARE * total or block.after_rule
        closing = after[index + 1] <= TAIL_WORDS
        if kind in (BODY, HEADING) and late and _opens_reading_list(block.text):
            kinds[index] = "teasers"
            ended = True
        elif kind in (BODY, HEADING) and late and not block.heading and is_bio(block.text):
            kinds[index] = "bio"
            ended = closing or block.after_rule
        elif kind == "notice" and late and closing:
            ended = True


def _opens_reading_list(text: str) -> bool:
    """A short line that announces a reading list ("It's time to explore this week's recommended
    readings.", "Further reading")."""
    return len(text.split()) <= 15 and bool(_cues().tail_opener.search(text))


def _mark_teaser_cards(blocks: Sequence[Block], kinds: list[str]) -> None:
    """In a page capture, title lines over a one-sentence blurb: a teaser card for another
    piece ("Article" / "Ukraine's New Theory of Victory" / "By ensuring that ...")."""
    limit = _cues().blurb_words
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
        if titles >= 2 and len(text.split()) <= reach and _one_sentence(text):
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


def _one_sentence(text: str) -> bool:
    return _SENTENCE_BREAK.search(text.strip()) is None


def _mark_standfirst(
    blocks: Sequence[Block], kinds: list[str]
) -> str | None:
    """Mark the standfirst at the top of the body, if there is one, and return its text."""
    body = [index for index, kind in enumerate(kinds) if kind in (BODY, HEADING)]
    if not body or kinds[body[0]] != BODY:
        return None
    first = body[0]
    block = blocks[first]
    if block.text[:1] in "“\"‘'":
        return None  # an epigraph, a quotation that opens the piece, is the author's choice
    following = body[1] if len(body) > 1 else None
    leads: list[int] = []
    if _SELF_REFERENCE.match(block.text) and len(block.text.split()) <= SUMMARY_WORDS * 2:
        leads = [first]
    elif block.after_header and following is not None and _lead_summary(block, blocks[following]):
        leads = [first]
    elif block.emphasised and following is not None and kinds[following] == BODY:
        if not _LEANS_BACK.match(blocks[following].text):
            leads = [first]
    else:
        leads = _qa_introduction(blocks, kinds, body)
    if not leads:
        return None
    for index in leads:
        kinds[index] = STANDFIRST
    return " ".join(blocks[index].text for index in leads)


def _lead_summary(block: Block, following: Block) -> bool:
    """A lead of one or two sentences, `SUMMARY_MIN` to `SUMMARY_WORDS` words, over a first
    paragraph `SUMMARY_RATIO` times as long or a heading: the shape of a standfirst set above
    the body. A news lede is as short, but reports: it has figures, dates or a source ("said",
    "according to"), which a standfirst's judgment leaves to the body."""
    text = block.text
    words = len(text.split())
    if not SUMMARY_MIN <= words <= SUMMARY_WORDS or text[:1] in "“\"‘'":
        return False
    if len(_SENTENCE_BREAK.findall(text)) > 1:
        return False
    if _FIRST_PERSON.search(text):
        return False  # "we laid out", "I've been asked": the author speaking, the body begun
    if _REPORTING.search(text) or any(char.isdigit() for char in _YEAR.sub("", text)):
        # A figure other than a year ("12 substations", "$4.3bn", "May 3") is a lede's report.
        return False
    return following.heading > 0 or len(following.text.split()) >= SUMMARY_RATIO * words


def _qa_introduction(blocks: Sequence[Block], kinds: list[str], body: list[int]) -> list[int]:
    """The editor's introduction to an interview: the paragraphs (at most two) before the first
    of three or more turns that open with a speaker's name and a colon."""
    turns = [index for index in body if kinds[index] == BODY and _SPEAKER.match(blocks[index].text)]
    speakers = {blocks[index].text.split(":", 1)[0] for index in turns}
    if len(turns) < 3 or len(speakers) < 2:
        return []
    before = [index for index in body if index < turns[0]]
    if not 1 <= len(before) <= 2 or any(kinds[index] != BODY for index in before):
        return []
    if not all(_prose(blocks[index].text) for index in before):
        return []
    return before


def _prose(text: str) -> bool:
    return len(text.split()) >= 10 and is_sentence(text)


def same_words(text: str, other: str) -> bool:
    """Most of the words of the shorter text are in the longer one."""
    mine, theirs = set(words_of(text)), set(words_of(other))
    if not mine or not theirs:
        return False
    shared = len(mine & theirs)
    return shared >= 0.8 * min(len(mine), len(theirs))
