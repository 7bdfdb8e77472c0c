"""The author's headings: lines of the body that are headings, and short forms of long ones.

Text copied from a web page keeps its subheads as lines of their own ("Testing the Corollary",
"Why Was the Election Held?"): short, without a sentence's closing stop, between two complete
paragraphs. Ingest turns the headings it can see into `Heading`s; a subhead that reached the
body as a paragraph is found here from the same cues, so it still opens a section (its line stays
the section's first paragraph: the analysis never drops the author's words). So is a run-in
head, a short Title Case phrase with a full stop opening a paragraph ("The Energy War
Continues. Russia's ..."), bold in the source and flattened on the way.

A heading longer than a section list can show ("Dispute Settlement Performance that Guarantees
U.S. Exporters a Level-playing Field") gets a short form for the list, cut where the heading's
own structure allows: its numbering dropped, its first question, the substance after a label's
colon ("Scenario 3: ..."), or its opening noun phrase. The full heading stays the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing import data
from briefing.analysis.sections.title_chunks import candidates
from briefing.analysis.sections.word_classes import TOKEN, classify

MAX_WORDS = 6
"""A title in the section list is at most this many words (issue 13)."""
_HEADING_WORDS = 12
"""A subhead line is at most this many words; a question subhead at most `_QUESTION_WORDS`
(a longer question on a line of its own is a rhetorical paragraph)."""
_QUESTION_WORDS = 8
_BODY_WORDS = 12
"""The paragraph after a subhead is a real one: at least this many words."""

_NUMBERING = re.compile(
    r"^\s*(?:(?:[0-9]{1,2}|[IVXivx]{1,4}|[A-Za-z])[.)]|Q[0-9]{1,2}[.:]|[0-9]{1,2}:)\s+"
)
"""A heading's numbering: "3. ", "II. ", "b) ", "Q2: "."""
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")
_BAD_END = re.compile(r"[.,;:!…—–-][\"'”’)\]]*$")
_BULLET = re.compile(r"^\s*(?:[-*•▲►■□●◆>|#]|!\[|\[)")
_QUESTION = re.compile(r"^(.+?\?)(?:\s|$)")
_RUN_IN = re.compile(
    r"^((?:[^\s.!?]+\s){0,7}[^\s.!?]+\.(?:\s(?:[^\s.!?]+\s){0,5}[^\s.!?]+\.)?)"
    r"\s+(?=[\"“‘'(]?[A-Z0-9])"
)
"""A paragraph's opening words up to a full stop (one or two short run-in "sentences":
"The Ground War. Ukrainian Counterattacks."), before a capital."""
_RUN_IN_WORDS = 8
"""A run-in head is at most this many words."""


@cache
def _joiners() -> frozenset[str]:
    """Words a heading's opening noun phrase stops before (prepositions, relatives...)."""
    return frozenset(data.load("title_words.yaml")["heading_breaks"])


def heading_lines(texts: Sequence[str]) -> dict[int, str]:
    """Paragraph index -> heading text, for every paragraph that reads as a subhead line.

    A subhead: at most `_HEADING_WORDS` words opening with a capital (after any numbering),
    not a list item, caption or link, ending without a stop (a question mark is allowed for a
    short question), after a paragraph that ends a sentence (else it is a broken line) and
    before a full paragraph that opens a sentence.
    """
    found: dict[int, str] = {}
    last = len(texts) - 1
    for index, text in enumerate(texts):
        if index == last or not _looks_like_heading(text):
            continue
        following = texts[index + 1].strip()
        if len(following.split()) < _BODY_WORDS or not _opens_sentence(following):
            continue
        if index > 0 and not _ENDS_SENTENCE.search(texts[index - 1].strip()):
            continue
        found[index] = text.strip()
    return found


def run_in_heads(texts: Sequence[str]) -> dict[int, str]:
    """Paragraph index -> heading, for paragraphs that open with a run-in head: a short first
    "sentence" in Title Case ("The Energy War Continues. Russia's systematic campaign...",
    bold in the source, its markup lost on the way), followed by the paragraph's own text."""
    found: dict[int, str] = {}
    for index, text in enumerate(texts):
        match = _RUN_IN.match(text)
        if match is None or len(text[match.end() :].split()) < _BODY_WORDS:
            continue
        head = match.group(1)
        words = head.replace(".", " ").split()
        if not 2 <= len(words) <= _RUN_IN_WORDS or _abbreviated(head):
            continue
        small = _small_words()
        if all(word[0].isupper() or word[0].isdigit() or word in small for word in words) and (
            words[0][0].isupper()
        ):
            found[index] = head.rstrip(".")
    return found


def _abbreviated(head: str) -> bool:
    """Whether a full stop in the head ends an initial or an abbreviation ("Sen. John L.
    McClellan", "Mrs. Reese"), not a run-in head."""
    stops = [word.rstrip(".") for word in head.split() if word.endswith(".")]
    known = _abbreviations()
    return any(len(word) < 3 or word.lower() in known for word in stops)


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations ("Sen", "Mrs", "Inc") from `abbreviations.yaml`, lower case."""
    table = data.load("abbreviations.yaml")
    return frozenset(str(word).lower() for name in ("titles", "other") for word in table[name])


@cache
def _small_words() -> frozenset[str]:
    """Words Title Case leaves in lower case (articles, short prepositions, conjunctions)."""
    return frozenset(str(word) for word in data.load("title_words.yaml")["title_case_small"])


def _looks_like_heading(text: str) -> bool:
    text = text.strip()
    words = text.split()
    if not words or len(words) > _HEADING_WORDS or _BULLET.match(text):
        return False
    if text.endswith("?"):
        if len(words) > _QUESTION_WORDS:
            return False
    elif _BAD_END.search(text):
        return False
    if "http" in text or "@" in text:
        return False
    head = _NUMBERING.sub("", text).lstrip("\"'“‘")
    return bool(head) and head[0].isupper()


def _opens_sentence(text: str) -> bool:
    head = text.lstrip("\"'“‘(*_")
    return bool(head) and (head[0].isupper() or head[0].isdigit())


def short_title(title: str) -> str:
    """The heading as the section list shows it: itself when short, else a cut of it.

    Tried in order: the heading without its numbering; its first question ("What was
    Beijing's initial reaction?"); the part after a label's colon, then the part before it;
    the opening words up to the first preposition or relative pronoun that follows a noun
    ("Dispute Settlement Performance"); a heading with no such place and at most seven words
    stays whole; at worst its first six words, less any function words at the end.
    """
    text = " ".join(title.split())
    if len(text.split()) <= MAX_WORDS:
        return text
    bare = _NUMBERING.sub("", text).strip()
    options = [bare]
    question = _QUESTION.match(bare)
    if question:
        options.append(question.group(1))
    if ":" in bare:
        label, _, rest = bare.partition(":")
        options.extend((rest.strip(), label.strip()))
    for option in options:
        if 2 <= len(option.split()) <= MAX_WORDS:
            return option
    if bare.endswith("?"):
        phrase = _question_phrase(bare)
        if phrase:
            return phrase
    return _opening_phrase(bare)


def _question_phrase(text: str) -> str:
    """A long question's longest noun phrase ("What are the chief security risks going
    forward?" -> "Chief security risks"), in the author's capitals."""
    words = TOKEN.findall(text)
    found = candidates(classify(words, {w.lower() for w in words if w[:1].isupper()}), MAX_WORDS)
    if not found:
        return ""
    best = max(found, key=lambda item: len(item[0]))[0]
    phrase = " ".join(token.text for token in best)
    return phrase[:1].upper() + phrase[1:]


def _opening_phrase(text: str) -> str:
    """The heading cut before its first modifier that starts with a preposition, relative
    pronoun or participle; a heading with no such place and at most `MAX_WORDS` + 1 words
    stays whole ("Between a Rock and a Hard Place" is never cut to "... a Hard")."""
    words = text.split()
    joiners = _joiners()
    cut = 0
    for index, word in enumerate(words):
        low = word.lower().strip(",;:")
        participle = (
            index >= 3 and low.endswith("ing") and words[index - 1].lower() not in _trailing()
        )
        if index >= 2 and (low in joiners or participle):
            cut = index
            break
        if word.endswith((",", ";", ":")) and index >= 1:
            cut = index + 1
            break
    if not cut or cut > MAX_WORDS:
        if len(words) <= MAX_WORDS + 1:
            return text
        cut = MAX_WORDS
    chosen = [word.strip(",;:") for word in words[:cut]]
    while len(chosen) > 1 and chosen[-1].lower() in joiners | _trailing():
        chosen.pop()
    return " ".join(chosen)


@cache
def _trailing() -> frozenset[str]:
    """Words a title never ends on: the closed classes of `title_words.yaml` (articles,
    prepositions, conjunctions, pronouns, auxiliaries, negations)."""
    table = data.load("title_words.yaml")
    names = ("determiners", "prepositions", "conjunctions", "pronouns", "auxiliaries", "negations")
    return frozenset(str(word) for name in names for word in table[name])
