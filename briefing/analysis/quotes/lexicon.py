"""The quotes stage's word lists, compiled once, and the two shapes every part passes around.

`Phrase` is a speaker phrase in a paragraph (offsets, kind, head word); `Cue` a cue found near a
quotation with its speaker phrase. `lexicon()` reads data/speech_verbs.yaml and
data/quote_words.yaml once per process and compiles the patterns built from them (titled
names, possessive speech nouns, named documents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing import data



@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase in a paragraph: offsets, its kind and the offset of its head word."""

    start: int
    end: int
    kind: str
    """"pronoun", "description", "name" or "document"."""
    head: int
    """Start of the head word (the role noun or the last word of a name)."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue verb found near a quotation, and the phrase naming its speaker (if any)."""

    start: int
    end: int
    words: str
    speaker: Phrase | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled cue patterns and the word sets of data/quote_words.yaml."""

    forms: frozenset[str]
    """Every cue form, lower case; several words for phrases ("according to")."""
    openers: dict[str, tuple[str, ...]]
    """First word of a cue -> the words that may follow it in a multi-word form."""
    as_forms: frozenset[str]
    of_forms: frozenset[str]
    """Cue forms that name with "of" ("speak of the “Pacific family”"): the cue reads "speak of"."""
    lemmas: frozenset[str]
    """Cue forms that are also the verb's bare form ("report", "claim"): these can be nouns."""
    phrase_cues: frozenset[str]
    pronouns: dict[str, str]
    titles: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    roles: frozenset[str]
    determiners: frozenset[str]
    modifiers: frozenset[str]
    between: frozenset[str]
    not_names: frozenset[str]
    agent_suffixes: tuple[str, ...]
    """Endings of agent nouns ("underwriter", "economist"): a head noun after a determiner with
    one of them names a speaker even when `roles` does not list it."""
    function_words: frozenset[str]
    """Words that never head or modify a description (data/quote_words.yaml
    `term_function_words`)."""
    relatives: frozenset[str]
    """Complementisers and relatives ("that", "which", "who"): never the start of a speaker."""
    institutions: dict[str, frozenset[str]]
    """Head nouns of institutional subjects and the actor kinds they stand for ("the party":
    organisation or group), for resolving "the party said" to the party named nearby."""
    titled_name: re.Pattern[str]
    """A person title followed by a capitalised name ("Senator Maria Lopez")."""
    speech_noun: re.Pattern[str]
    """A name in the possessive and a speech noun ("Trump’s claim that"): group 1 is the name."""
    document: re.Pattern[str]
    """The head nouns of named documents ("Treaty", "Charter"); see `documents`."""


@cache
def lexicon() -> Lexicon:
    """Load and compile the word lists once per process."""
    verbs = data.load("speech_verbs.yaml")
    words = data.load("quote_words.yaml")
    forms = {form for lemma_forms in verbs["verbs"].values() for form in lemma_forms}
    forms.update(verbs["phrases"])
    openers: dict[str, list[str]] = {}
    for form in forms:
        first, _, rest = form.partition(" ")
        openers.setdefault(first, [])
        if rest:
            openers[first].append(" " + rest)
    as_forms = {form for lemma in verbs["as_verbs"] for form in verbs["verbs"][lemma]}
    return Lexicon(
        forms=frozenset(forms),
        openers={
            first: tuple(sorted(rests, key=len, reverse=True)) for first, rests in openers.items()
        },
        as_forms=frozenset(as_forms),
        of_forms=frozenset(
            form for lemma in verbs.get("of_verbs", []) for form in verbs["verbs"][lemma]
        ),
        lemmas=frozenset(
            form for lemma, lemma_forms in verbs["verbs"].items() for form in lemma_forms
            if form == lemma
        ),
        phrase_cues=frozenset(verbs["phrases"]),
        pronouns=dict(words["pronouns"]),
        titles=frozenset(words["titles"]),
        male_titles=frozenset(words["male_titles"]),
        female_titles=frozenset(words["female_titles"]),
        male_names=frozenset(words["male_names"]),
        female_names=frozenset(words["female_names"]),
        roles=frozenset(words["roles"]),
        determiners=frozenset(words["determiners"]),
        modifiers=frozenset(words["modifiers"]),
        between=frozenset(words["between"]),
        not_names=frozenset(words["not_names"]),
        agent_suffixes=tuple(words["agent_suffixes"]),
        function_words=frozenset(words["term_function_words"]),
        relatives=frozenset(words["relatives"]),
        institutions={
            head: frozenset(kinds) for head, kinds in words["institutions"].items()
        },
        titled_name=_titled_name_pattern(words["person_titles"]),
        document=_document_pattern(words["document_heads"]),
        speech_noun=_speech_noun_pattern(words["speech_nouns"]),
    )


def _speech_noun_pattern(nouns: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(noun) for noun in sorted(nouns, key=len, reverse=True))
    return re.compile(
        rf"((?:[A-Z][\w.’'-]*\s+){{0,4}}[A-Z][\w.-]*)[’']s\s+(?:[a-z-]+\s+)?({alternation})\b"
    )



def _document_pattern(heads: list[str]) -> re.Pattern[str]:
    alternation = _word_start([re.escape(head) for head in sorted(heads, key=len, reverse=True)])
    return re.compile(rf"({alternation})\b")



def _titled_name_pattern(titles: list[str]) -> re.Pattern[str]:
    alternation = _word_start(
        [
            re.escape(title).replace(r"\ ", r"\s+")
            for title in sorted(titles, key=len, reverse=True)
        ]
    )
    return re.compile(
        rf"{alternation}(?<=\w|\.)\s+((?:[A-Z][\w’'-]*\.?\s+){{0,2}}[A-Z][\w’'-]*[a-z])"
    )


def _word_start(alternatives: list[str]) -> str:
    r"""`\b(?:a|b|...)` for alternatives (pattern source) that each open on a letter, in a form
    `re` runs faster with the same matches: each branch opens on its first letter, followed by
    `(?<!\w.)` (no word character before that letter: what `\b` asks before one). A pattern
    whose branches all open on a literal gets their first letters as a set `re` skips to in C;
    behind `\b` it tried every branch at every character. Whole paragraphs are scanned with
    these: document heads 0.23 and person titles 0.37 of the time on the policy-dev paragraphs
    (same matches there and on 100,000 random strings of titles, names and marks)."""
    for alternative in alternatives:
        if not alternative[:1].isalpha():
            raise ValueError(f"an alternative must open on a letter: {alternative!r}")
    return "(?:" + "|".join(rf"{a[0]}(?<!\w.){a[1:]}" for a in alternatives) + ")"
