"""Furniture cues a block's own words give: captions and credits, bios, notices, share bars,
event boxes, tag lists, chart titles (`furniture.json`), and the `Block` every reader builds.

Used by the sorter (`furniture/__init__.py`) and the standfirst rules (`standfirst.py`); cue
lists are data, matched case-insensitively, except the bio's name, which needs capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.data import load
from briefing.ingest.boilerplate import is_furniture, is_sentence

BODY = "body"
HEADING = "heading"
STANDFIRST = "standfirst"
NOTE = "note"
"""Kinds `sort_blocks` gives besides the furniture kinds (caption, bio, notice, pull quote, ...)."""

BIO_REACH = 25
"""Words after the verb in which a bio names the role ("holds the Maurice R. Greenberg Chair")."""

BIO_WORDS = 150
"""Longest author bio read as one: a longer paragraph is prose whatever its opening."""

_WORD = re.compile(r"\w+")
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z0-9]")
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
class _Cues:
    caption_start: re.Pattern[str]
    caption_end: re.Pattern[str]
    bio: re.Pattern[str]
    bio_role: re.Pattern[str]
    notice_start: re.Pattern[str]
    notice_anywhere: re.Pattern[str]
    promo_start: re.Pattern[str]
    promo_short_words: int
    reader_address: re.Pattern[str]
    cross_reference: re.Pattern[str]
    share_words: frozenset[str]
    event: re.Pattern[str]
    notes_heading: re.Pattern[str]
    tail_opener: re.Pattern[str]
    blurb_words: int
    chart_title_words: int


@cache
def cue_table() -> _Cues:
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
        promo_start=re.compile(rf"^(?:{either(data['notices']['promo_starts'])})", re.I),
        promo_short_words=data["notices"]["promo_short_words"],
        reader_address=re.compile(data["notices"]["reader_address"], re.I),
        cross_reference=re.compile(either(data["notices"]["cross_references"]), re.I),
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
    cues = cue_table()
    if cues.caption_start.match(text):
        return True
    return len(text.split()) <= 60 and bool(cues.caption_end.search(text))


def is_bio(text: str) -> bool:
    """Shaped like an author bio: a name, a verb, a role ("X is a senior fellow at Y")."""
    cues = cue_table()
    if len(text.split()) > BIO_WORDS:
        return False
    match = cues.bio.match(text.lstrip("_*“\" "))
    if not match:
        return False
    opening = " ".join(text[match.end() :].split()[:BIO_REACH])
    return bool(cues.bio_role.search(opening))


CROSS_REFERENCE_WORDS = 40
"""Longest pointer to another page ("The X collection provides more analysis on Y, including
Z."): one sentence; a longer paragraph that says so is prose about a source."""


def is_notice(text: str) -> bool:
    """A disclaimer, a subscription or membership appeal, a consent banner, or a pointer to
    another page.

    A promotional opener ("Sign up for", "Subscribe to") counts only in a line that addresses
    the reader ("our newsletter", "your inbox") or in a short line that is not a sentence
    ("Sign up for Morning Brief"): "Sign up for a fishing licence is now compulsory ..." is a body
    sentence. A cross-reference counts only as one sentence with no figure and no colon: a body
    sentence that goes on to give the information ("... has more information on sediment: its
    gauges recorded a fall of 74 per cent") is not a pointer.
    """
    cues = cue_table()
    stripped = text.lstrip("_*“\" ")
    words = len(text.split())
    if cues.notice_start.match(stripped):
        return True
    if words <= 80 and cues.notice_anywhere.search(text):
        return True
    if cues.promo_start.match(stripped) and (
        cues.reader_address.search(text)
        or (words <= cues.promo_short_words and not is_sentence(text))
    ):
        return True
    return (
        words <= CROSS_REFERENCE_WORDS
        and bool(cues.cross_reference.search(stripped))
        and one_sentence(text)
        and not re.search(r"[\d:]", text)
    )


def is_share_bar(text: str) -> bool:
    """A line made only of share-button words ("Mail Facebook Twitter / X LinkedIn")."""
    if len(text) > 120:
        return False
    words = words_of(text)
    return len(words) >= 2 and all(word in cue_table().share_words for word in words)


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
    if block.strong and text.endswith(":") and len(text.split()) <= cue_table().chart_title_words:
        return "caption"
    if is_caption(text):
        return "caption"
    if is_share_bar(text):
        return "share bar"
    if cue_table().event.match(text):
        return "event"
    if is_notice(text):
        return "notice"
    if is_tag_list(text):
        return "tags"
    if page and is_furniture(text):
        return "furniture"
    return None


def opens_reading_list(text: str) -> bool:
    """A short line that announces a reading list ("It's time to explore this week's recommended
    readings.", "Further reading")."""
    return len(text.split()) <= 15 and bool(cue_table().tail_opener.search(text))


def one_sentence(text: str) -> bool:
    return SENTENCE_BREAK.search(text.strip()) is None


def same_words(text: str, other: str) -> bool:
    """Most of the words of the shorter text are in the longer one."""
    mine, theirs = set(words_of(text)), set(words_of(other))
    if not mine or not theirs:
        return False
    shared = len(mine & theirs)
    return shared >= 0.8 * min(len(mine), len(theirs))
