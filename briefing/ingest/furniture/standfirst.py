"""The standfirst (dek, summary) above the body: which lead paragraph is one, by general cues.

A standfirst is not body, but the analysis may read it (the bottom line), so it is kept as the
article's `standfirst`. The rules and their sources are in `mark_standfirst`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefing.data import load
from briefing.ingest.boilerplate import is_sentence
from briefing.ingest.furniture.cues import BODY, HEADING, SENTENCE_BREAK, STANDFIRST, Block

SUMMARY_WORDS = 55
SUMMARY_MIN = 12
"""Longest and shortest lead read as a standfirst by its shape alone (RUSI's and CSIS's run
15-50 words; a shorter first line is a headline)."""

SUMMARY_RATIO = 1.5
"""...over a first paragraph at least this many times as long."""

_SPEAKER = re.compile(r"^[A-Z][^\W\d_]*(?:[-'’. ]+[A-Z][^\W\d_]*){0,3}\.?\s*:\s*\S")
"""A speaker's turn in an interview, "Paul Haenle: In your view ..." (a name, no figures: "Q1:"
numbers a question, it names nobody)."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class _Words:
    leans_back: re.Pattern[str]
    self_reference: re.Pattern[str]
    reporting: re.Pattern[str]
    first_person: re.Pattern[str]


@cache
def _words() -> _Words:
    """The word lists of `furniture.json`'s "standfirst" entry, compiled once."""
    data = load("furniture.json")["standfirst"]

    def either(items: list[str]) -> str:
        return "|".join(items)

    return _Words(
        leans_back=re.compile(rf"^(?:\w+\s+){{0,2}}(?:{either(data['leaning'])})\b", re.I),
        self_reference=re.compile(
            rf"^(?:this|the|in this)\s+(?:{either(data['piece_nouns'])})\s+(?:\w+\s+){{0,2}}?"
            rf"(?:{either(data['summary_verbs'])})\b",
            re.I,
        ),
        reporting=re.compile(rf"\b(?:{either(data['reporting'])})\b", re.I),
        first_person=re.compile(rf"\b(?:{either(data['first_person'])})(?![\w'’])"),
    )


def mark_standfirst(blocks: Sequence[Block], kinds: list[str]) -> str | None:
    """Mark the standfirst at the top of the body, if there is one, and return its text.

    The first body paragraph is the standfirst when it speaks of the piece ("This brief
    outlines ..."), when it is a lead summary right under page text's byline (`_lead_summary`),
    or when Markdown sets it wholly in italics and the paragraph under it does not lean on it
    ("While these chips ..." continues it: then it is the first paragraph, as the corpus's
    CSIS commentary has it). Otherwise the introduction to an interview is (`_qa_introduction`).
    An opening quotation (an epigraph) is never a standfirst.
    """
    body = [index for index, kind in enumerate(kinds) if kind in (BODY, HEADING)]
    if not body or kinds[body[0]] != BODY:
        return None
    first = body[0]
    block = blocks[first]
    if block.text[:1] in "“\"‘'":
        return None  # an epigraph, a quotation that opens the piece, is the author's choice
    following = body[1] if len(body) > 1 else None
    leads: list[int] = []
    if _words().self_reference.match(block.text) and len(block.text.split()) <= SUMMARY_WORDS * 2:
        leads = [first]
    elif block.after_header and following is not None and _lead_summary(block, blocks[following]):
        leads = [first]
    elif block.emphasised and following is not None and kinds[following] == BODY:
        if not _words().leans_back.match(blocks[following].text):
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
    if len(SENTENCE_BREAK.findall(text)) > 1:
        return False
    if _words().first_person.search(text):
        return False  # "we laid out", "I've been asked": the author speaking, the body begun
    if _words().reporting.search(text) or any(char.isdigit() for char in _YEAR.sub("", text)):
        # A figure other than a year ("12 substations", "$4.3bn", "May 3") is a lede's report.
        return False
    return following.heading > 0 or len(following.text.split()) >= SUMMARY_RATIO * words


def _qa_introduction(blocks: Sequence[Block], kinds: list[str], body: list[int]) -> list[int]:
    """The editor's introduction to an interview: the paragraphs (at most two) before the first
    of three or more turns that open with a speaker's name and a colon."""
    turns = [
        index for index in body if kinds[index] == BODY and _SPEAKER.match(blocks[index].text)
    ]
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
    """A sentence of ten words or more."""
    return len(text.split()) >= 10 and is_sentence(text)


