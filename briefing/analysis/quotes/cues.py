"""Cue words in text, and the cues that are not verbs: possessive speech nouns and documents.

`find_cues` scans words once and looks each up in the lexicon's set of cue forms (no big
alternation), keeping the forms used as verbs ("States" in "the United States", "his claim" and
"the latest report" are nouns). `possessive_cue` reads "Trump’s claim that …" and `documents`
finds the named documents a text quotes from ("the Rio Treaty").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from briefing.analysis.quotes.lexicon import Cue, Phrase, lexicon


@dataclass(frozen=True, slots=True)
class CueWord:
    """A cue form found in text."""

    start: int
    end: int
    form: str


_WORD = re.compile(r"[A-Za-z]+(?=[^A-Za-z’']|[’'](?![a-z])|$)")


_Trie = dict[str, "_Trie"]
"""Words letter by letter: each key a next letter, "" where a word ends."""


@cache
def _openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The `_WORD` matches whose word opens a cue form, as two patterns of the opening words'
    trie ("s(?:a(?:id|ys)|...)") with `_WORD`'s own ending: `after` reads a word behind the
    character before it, which must not be a letter (group 1 is the word), and `at` a word
    right at a window's start. `after` opens on that non-letter, so `re` skips the letters of
    a paragraph in C (a pattern opening on a look-behind was entered at every character), and
    its first letters are plain literals in both cases, each ruled out on one comparison (with
    re.IGNORECASE every branch was entered): the seed's paragraphs in 3.1 instead of 5.9 M
    instructions. ASCII case folding, as `[A-Za-z]` then `lower`; each letter after the first
    is a class of its two cases."""
    trie: _Trie = {}
    for word in lexicon().openers:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def letter(char: str) -> str:
        return f"[{char}{char.upper()}]" if char.isascii() and char.isalpha() else re.escape(char)

    def alternation(node: _Trie) -> str:
        branches = [letter(char) + alternation(rest) for char, rest in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    first_letters = "|".join(
        re.escape(case) + alternation(rest)
        for char, rest in sorted(trie.items())
        for case in dict.fromkeys((char, char.upper()))
    )
    ending = r"(?=[^A-Za-z’']|[’'](?![A-Za-z])|$)"
    after = re.compile(rf"[^A-Za-z]((?:{first_letters})){ending}", re.ASCII)
    at = re.compile(rf"((?:{first_letters})){ending}", re.ASCII)
    return after, at


def _opener_matches(text: str, start: int, stop: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of what `_WORD.finditer(text, start, stop)` gives whose lower case
    opens a cue form.

    `_WORD` only ever matches whole runs of letters, except at `start` when it falls inside
    one (the window cuts a word): that first part is matched as `_WORD` does, the rest by
    `_openers`, which reads the character before each word (`start`'s own, before the window,
    with `at`).
    """
    after, at = _openers()
    start = max(0, start)  # as `re` reads a negative start
    if 0 < start < stop and _LETTER.match(text, start - 1) and _LETTER.match(text, start):
        first = _WORD.match(text, start, stop)
        if first is not None and first.group().lower() in lexicon().openers:
            yield first.start(), first.end(), first.group()
        run = _RUN.match(text, start, stop)
        start = run.end() if run is not None else start
    elif start < stop and (start == 0 or not _LETTER.match(text, start - 1)):
        word = at.match(text, start, stop)
        if word is not None:
            yield start, word.end(1), word.group(1)
    for match in after.finditer(text, start, stop):
        yield match.start(1), match.end(1), match.group(1)


_LETTER = re.compile(r"[A-Za-z]")
_RUN = re.compile(r"[A-Za-z]+")


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[CueWord]:
    """Cue forms between `start` and `end`: the opening words of cue forms found by one
    pattern (`_openers`), then each form's other words and its use as a verb checked.

    Within `whole_paragraphs`, a window of one of its paragraphs takes the paragraph's cue
    forms that lie inside it, unless a window's edge cuts a run of letters (or falls after an
    apostrophe): only there can a window's scan differ from the paragraph's (a word cut at
    `start` is matched as `_WORD` matches it; at `stop`, a word's end and "’s" look
    different). The quotes stage asks for about three windows per paragraph."""
    stop = len(text) if end is None else end
    whole = _WHOLE.get(text)
    if (
        whole is not None
        and not (0 < start < stop and _LETTER.match(text, start - 1) and _LETTER.match(text, start))
        and (stop >= len(text) or stop <= start or not _WORD_END.match(text, stop - 1))
    ):
        return [cue for cue in whole if start <= cue.start and cue.end <= stop]
    return _find_cues(text, start, stop)


_WHOLE: dict[str, list[CueWord]] = {}
"""Cue forms of the paragraphs the quotes stage is reading (`whole_paragraphs`), by text."""
_WORD_END = re.compile(r"[A-Za-z’']")


@contextmanager
def whole_paragraphs(texts: Iterable[str]) -> Iterator[None]:
    """Finds each paragraph's cue forms once, for `find_cues` to give a window of it from
    them until the block ends. Keyed by the text, so a paragraph another analysis is reading
    at the same time gets the same forms."""
    added = [text for text in dict.fromkeys(texts) if text not in _WHOLE]
    for text in added:
        _WHOLE[text] = _find_cues(text, 0, len(text))
    try:
        yield
    finally:
        for text in added:
            _WHOLE.pop(text, None)


def _find_cues(text: str, start: int, stop: int) -> list[CueWord]:
    """`find_cues` by scanning the window."""
    words = lexicon()
    found = []
    for match_start, match_end, word in _opener_matches(text, start, stop):
        lower = word.lower()
        rests = words.openers[lower]
        form_end = match_end
        form = lower
        for rest in rests:
            if text[form_end : form_end + len(rest)].lower() == rest and (
                form_end + len(rest) == len(text) or not text[form_end + len(rest)].isalpha()
            ):
                form, form_end = lower + rest, form_end + len(rest)
                break
        else:
            if lower not in words.forms:
                continue
        if form_end <= stop and _is_verb(text, match_start, form):
            found.append(CueWord(match_start, form_end, form))
    return found


_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|our|my|your|this|these|those|whose|any|no|every|each|"
    r"such|of)|\w[’']s|%|\d)\s+$",
    re.IGNORECASE,
)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;“”\"(—–-])\s*$")


_NAME_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|of|other)\s+(?:[A-Z][\w’'-]*\s+){1,3}$"
)
"""An article and a capitalised modifier before a cue form in -s make it a plural noun ("the
Turkic states", "the Kremlin's claims" is caught by the possessive); "the United States said" is
still a cue."""


_PLURAL_VERB_AFTER = re.compile(r"\s+(?:are|were|have|had)\b")
"""A plural verb right after a cue form in -s makes the form a plural noun ("rates were")."""


_ADJECTIVE_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|that|its|their|his|her)\s+[a-z-]+\s+$")
"""A bare cue form after an article and a word is a noun ("the latest report from")."""


def _is_verb(text: str, start: int, form: str) -> bool:
    """A cue form used as a verb: "States" in "the United States" and "his claim" are not."""
    if form.endswith("s") and _NAME_NOUN_BEFORE.search(text, max(0, start - 40), start):
        return False
    if form.endswith("s") and _PLURAL_VERB_AFTER.match(text, start + len(form)):
        return False  # "said that rates were", "the claims are": a plural noun subject
    before = text[max(0, start - 14) : start]
    if form in lexicon().lemmas and _ADJECTIVE_NOUN_BEFORE.search(text, max(0, start - 30), start):
        return False
    if text[start].isupper() and not _SENTENCE_BEFORE.search(before):
        return False
    possessive = _POSSESSIVE_BEFORE.search(before) is not None
    if form.endswith("ing") and possessive:
        return True
    if possessive and _verb_after_possessive(text, start, form):
        return True
    return not _NOUN_BEFORE.search(before)


_POSSESSIVE_BEFORE = re.compile(r"[’']s\s+$")
"""A possessive right before a cue form; compiled once (`_is_verb` runs for every cue form)."""


_OBJECT_AFTER = re.compile(r"\s*(?:[,:]|(?:that|us|me|him|her|them|reporters)\b)")


def _verb_after_possessive(text: str, start: int, form: str) -> bool:
    """ "A senior underwriter at Lloyd’s told us", "an analyst at Moody’s said": a past form
    that is never a noun or adjective ("told", "said", "wrote") after a possessive is the verb of
    a subject ending in a name; an "-ed" form only when an object or clause follows ("the
    company’s stated aim" is an adjective)."""
    if form in lexicon().lemmas or form.endswith(("s", "ing")):
        return False
    if not form.endswith("ed"):
        return True
    return bool(_OBJECT_AFTER.match(text, start + len(form)))


def possessive_cue(text: str, start: int, end: int) -> Cue | None:
    """ "Donald Trump’s claim that there have been “…”", "the White House’s assertions that":
    a speech noun after a possessive name is a cue, and the name its speaker (the last one
    between `start` and `end`)."""
    found = None
    for found in lexicon().speech_noun.finditer(text, max(start, end - 200), end):
        pass
    if found is None:
        return None
    name_start, name_end = found.start(1), found.end(1)
    head = text.rfind(" ", name_start, name_end) + 1 or name_start
    speaker = Phrase(name_start, name_end, "name", head)
    return Cue(found.start(2), found.end(2), found.group(2), speaker)


_DOCUMENT_NAME = re.compile(
    r"(?:\b[Tt]he\s+)?(?:(?:[A-Z][\w’'.-]*|\d{4})\s+(?:(?:of|on|for|and)\s+)?){1,5}$"
)


def documents(text: str) -> list[Phrase]:
    """Named documents in a paragraph ("the Rio Treaty", "the 2025 National Security Strategy"):
    the rare head nouns are found first, then the capitalised name before each is read back."""
    found = []
    for head in lexicon().document.finditer(text):
        name = _DOCUMENT_NAME.search(text, max(0, head.start() - 80), head.start())
        if name is not None and name.group().strip():
            found.append(Phrase(name.start(), head.end(), "document", head.start()))
    return found
