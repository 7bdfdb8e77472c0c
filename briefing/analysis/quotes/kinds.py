"""Quote or term: whether words in quotation marks are someone's words.

Analysts put many things in quotation marks that nobody said: names and titles ("the “Bay of
Piglets”", "a report titled “Before Vegas”"), terms of art ("“gray zone” tactics"), scare quotes
("the recent “indirect” election") and borrowed labels ("a “time-bomb”"). A quotation proper is
shown by attribution: a cue with its speaker after it ("“…,” she said"), a speaker and cue before
it ("Pashinyan accused Russia of “…”"), a colon after a speaker, or a quotation it continues. The
rules, in order (style guides such as the AP Stylebook and Chicago 13.60-13.64 describe the same
uses of the marks):

1. A short Title Case stretch is a name or title when nothing attributes it, after a possessive
   ("MSNBC’s “Morning Joe”"), or after a naming cue ("what it calls “The Trump Corollary”") but
   not when the cue has an object ("called the pageant winner “Miss Piggy”": the speaker's
   words). Two sentences in marks ("“The Donald. Big Daddy.”") are never a title.
2. A stretch after a year in brackets ("Hamilton, J (2009), “Understanding crude oil prices”") is
   the title of a work in a reference list.
3. Attributed after its closing mark, announced by a colon, or continuing a quotation from the
   paragraph before: a quotation. So is a sentence in marks (a capital, and the punctuation of
   a sentence or of a quotation cut off before its attribution, inside the marks: “We need
   change,” the businessman said).
4. A short stretch that a noun follows inside the same noun phrase ("a “secondary” target") is
   a modifier in marks: a term. Not after a cue verb or an auxiliary ("lawmakers called “fraud”
   lead", "he would “never” diagnose"), where the next word is a verb, nor with punctuation
   inside the closing mark ("were “well-paid,” making").
5. With no cue and speaker before it, a word or two right after an article or possessive ("a
   nationwide “walk-in”", "the Iraq War’s “coalition”") is a label: a term; so is one after a
   naming cue with nothing between ("what Hamdok calls the “Sudanese model”") or one word after
   any cue ("he declares a “victory”"). A cue with an object between ("Clinton called Trump a
   “con artist”") makes it the speaker's words: a quotation.
6. With a cue before it, and a speaker or a cue verb that neither names nor is a participle
   ("63 percent said Clinton was “justified”"): a quotation. In the that-clause of a cue whose
   speaker is found, even a modifier in marks is a partial quotation ("arguing that he will
   bring a “common-sense” approach"), and so is what a speaker calls something with "a" ("what
   he called a “brazen breach”"; not the author's "what we call a “…”"). With neither, or a
   naming cue with no one to say it (passive "dubbed", "referred to as"), only a longer
   stretch (four words or more, or clause punctuation inside) is a quotation, or a short one
   in a clause that names a person (not in the possessive) when it is no modifier or follows
   the name closely ("Lord Leggatt saw an “arbitrary” procedure").
7. (Checked right after rule 3's attributions.) A self-label is a term whoever gives it: a
   naming cue with a reflexive object ("Beijing calls itself a “near-Arctic state”") or
   "refers to X as" ("a “breakaway province”"), up to four words with no clause (no
   punctuation, subject pronoun or auxiliary inside). "speak of" is a naming cue, so "like to
   speak of the “Pacific family”" is a label by rule 5, while "spoke of a “new era of
   partnership”" characterises, as "what he called a “…”" does.

Word lists are in data/quote_words.yaml (`term_naming_cues`, `term_determiners`,
`term_function_words`, `term_auxiliaries`, `term_label_words`, `term_reflexives`,
`term_refer_as_cues`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing import data
from briefing.analysis.quotes.lexicon import lexicon

_WORDS = re.compile(r"\w[\w’'-]*")
_TITLE_SMALL = frozenset(
    {"of", "the", "and", "for", "in", "on", "a", "an", "to", "at", "de", "&", "v", "vs", "or"}
)
_TITLE_MAX_WORDS = 12
_POSSESSIVE_BEFORE = re.compile(r"\w(?:[’']s|s[’'])\s*$")
_REFERENCE_BEFORE = re.compile(r"\(\d{4}[a-z]?\)[,.:]?\s*$")
_NEXT_WORD = re.compile(r"[\s\u00a0]*([A-Za-z][A-Za-z-]*)")
_INNER_PUNCTUATION = re.compile(r"[,;:?!.…](?=\s*\S)|[?!]")
_SHORT = 3
_INDEFINITE = frozenset({"a", "an"})
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.?!]\s+[A-Z]")
_CALL_FOR = re.compile(r"call(?:s|ed|ing)?\s+for\s+\S*\s*$", re.IGNORECASE)
_ING_LEAD = re.compile(r"(?:,|\b(?:when|while|after|before|by|upon|in))\s*$", re.IGNORECASE)

ATTRIBUTED_AFTER = "after"
"""How a stretch was attributed: by a cue or byline after its closing mark."""
ANNOUNCED = "announced"
"""By a paragraph ending in a colon."""
CONTINUED = "continued"
"""By the quotation it continues (across paragraphs, or later in the same sentence)."""
CUE_BEFORE = "cue"
"""By a cue before it with a speaker."""
CUE_ALONE = "cue-alone"
"""By a cue before it with no speaker (passive voice, a noun cue)."""
UNATTRIBUTED = "none"
"""By nothing but, at most, the subject of its sentence."""


@dataclass(frozen=True, slots=True)
class TermWords:
    """The word lists the rules read."""

    naming_cues: frozenset[str]
    determiners: frozenset[str]
    function_words: frozenset[str]
    auxiliaries: frozenset[str]
    label_words: frozenset[str]
    reflexives: frozenset[str]
    refer_as_cues: frozenset[str]


@cache
def term_words() -> TermWords:
    """Load data/quote_words.yaml's term lists once per process."""
    words = data.load("quote_words.yaml")
    return TermWords(
        naming_cues=frozenset(words["term_naming_cues"]),
        determiners=frozenset(words["term_determiners"]),
        function_words=frozenset(words["term_function_words"]),
        auxiliaries=frozenset(words["term_auxiliaries"]),
        label_words=frozenset(words["term_label_words"]),
        reflexives=frozenset(words["term_reflexives"]),
        refer_as_cues=frozenset(words["term_refer_as_cues"]),
    )


def is_term(
    text: str,
    start: int,
    end: int,
    open_at: int,
    close_at: int,
    how: str,
    cue: str | None,
    person_nearby: bool,
    person_close: bool = False,
    complement: bool = False,
    cue_at: int = -1,
    speaker_named: bool = False,
    reported: bool = False,
    self_label: bool = False,
) -> bool:
    """Whether `text[start:end]`, in marks at `open_at`/`close_at`, is a term and not a quote.

    `how` is one of the constants above; `cue` the cue's words ("called", "described ... as");
    `person_nearby` whether the clause, outside the marks, names a person (not in a
    possessive); `person_close` whether a person is named right before the opening mark ("Lord
    Leggatt saw an “arbitrary” procedure"); `complement` whether the cue before has an object
    before the quotation ("called Clinton a “champion”", "blasted him as a “disgrace”"): then
    the quotation is what the speaker called the object, their words, not a label; `cue_at`
    where the cue before the stretch starts ("calling for “…”" demands, it does not name; "by
    announcing that … “…”" has the sentence's subject as its speaker); `speaker_named` whether
    the cue's speaker was found and is not the author's "we" or "I" ("what we call a “…”" coins
    a term); `reported` whether the stretch sits in the that-clause of a cue with a named
    speaker ("arguing that he will bring a “common-sense” approach"): indirect speech, whose
    words in marks are the speaker's own (a partial quotation), even as a modifier;
    `self_label` whether a naming cue gives the words as a label ("calls itself a “…”",
    "refers to X as a “…”"): a term unless the words are a clause with a verb.
    """
    inside = text[start:end]
    words = _WORDS.findall(inside)
    if not words:
        return True
    lists = term_words()
    before = text[max(0, open_at - 40) : max(0, open_at)]
    naming = bool(cue) and (cue in lists.naming_cues or cue.split()[0] in lists.naming_cues)
    cue_as = bool(cue) and cue.endswith(" as") if cue else False
    inline = how == CONTINUED and open_at >= 0
    possessive = bool(_POSSESSIVE_BEFORE.search(before))
    if _is_title(words, inside) and (
        how in {UNATTRIBUTED, CUE_ALONE}
        or inline
        or (naming and len(words) > 1 and not complement)
        or possessive
    ):
        return True
    if _REFERENCE_BEFORE.search(before):
        return True
    participle = bool(cue) and " " not in cue and cue.endswith("ing") if cue else False
    if cue_at >= 0:
        demands = bool(_CALL_FOR.match(text, cue_at, max(cue_at, open_at)))
        led = participle and bool(_ING_LEAD.search(text, max(0, cue_at - 8), cue_at))
        if demands or led:
            naming = participle = False
    if how == CUE_ALONE and cue and not naming and not participle:
        how = CUE_BEFORE
    if how in {ATTRIBUTED_AFTER, ANNOUNCED} or (how == CONTINUED and not inline):
        return False
    if self_label and len(words) <= _LABEL_MAX and not _is_clause(inside, words, lists):
        return True
    closed = inside.rstrip().endswith((",", ".", ";", ":", "?", "!"))
    if len(words) >= 3 and inside[:1].isupper() and closed:
        return False
    clause = bool(_INNER_PUNCTUATION.search(inside.rstrip(" ,.")))
    previous_word = _last_word(before)
    if previous_word in lists.label_words:
        reported = False  # "argued that the so-called “Danish model” works": a label
    opens_phrase = possessive or _opens_noun_phrase(before, lists)
    modifier = not complement and not reported and (
        (
            opens_phrase
            and len(words) <= 8
            and not ("," in inside.strip(" ,.") and how == CUE_BEFORE)
            and _modifies_a_noun(text, close_at, lists, len(words))
        )
        or (
            len(words) <= 6
            and not clause
            and not closed
            and previous_word not in lists.auxiliaries
            and previous_word not in lexicon().forms
            and _modifies_a_noun(text, close_at, lists, len(words))
        )
    )
    if (
        how == UNATTRIBUTED
        and len(words) <= _SHORT
        and (person_close or (person_nearby and not modifier))
    ):
        return False
    if modifier:
        return True
    if opens_phrase and not closed and not clause and not complement and not reported:
        characterised = speaker_named and previous_word in _INDEFINITE
        if len(words) <= _SHORT and (
            how != CUE_BEFORE or (naming and not cue_as and not characterised)
        ):
            return True
        if len(words) == 1 and not naming and previous_word in lists.determiners:
            return True
        if how == UNATTRIBUTED and len(words) <= 4:
            return True
    if how in {CUE_BEFORE, CONTINUED}:
        return False
    return len(words) <= _SHORT and not clause and not person_nearby


_LABEL_MAX = 4
_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def _is_clause(inside: str, words: list[str], lists: TermWords) -> bool:
    """Words in marks that are a clause: punctuation inside, or a subject pronoun or an
    auxiliary among them ("“we are a Pacific family”")."""
    if _INNER_PUNCTUATION.search(inside.rstrip(" ,.")):
        return True
    verbs = lists.auxiliaries - {"to", "as", "not", "never"}
    return any(word.lower() in verbs or word.lower() in _SUBJECTS for word in words)


def _opens_noun_phrase(before: str, lists: TermWords) -> bool:
    """An article or determiner right before the mark, or one adjective after it ("the recent
    “progress”", "a digital “product passport”")."""
    found = [word.lower() for word in _WORDS.findall(before[-30:])]
    if found and found[-1] in lists.determiners:
        return True
    return (
        len(found) >= 2
        and found[-2] in lists.determiners
        and found[-1] not in lists.function_words
        and found[-1] not in lexicon().forms
        and before.rstrip()[-1:].isalpha()
    )


def _is_title(words: list[str], inside: str) -> bool:
    """Title Case words, none ending a sentence inside the marks ("The Donald. Big Daddy." is
    two sentences, not a title; "Mr. Smith" keeps its abbreviation)."""
    if _SENTENCE_BREAK.search(inside):
        return False
    return len(words) <= _TITLE_MAX_WORDS and all(
        word[0].isupper() or word[0].isdigit() or word.lower() in _TITLE_SMALL for word in words
    )


def _last_word(before: str) -> str:
    found = _WORDS.findall(before[-20:])
    return found[-1].lower() if found else ""


def _adverb_or_article_before(text: str, close_at: int) -> bool:
    """ "freshly “elected” President", "the “new” Sudan": a one-word label before a name."""
    opening = max(text.rfind(mark, 0, close_at) for mark in "“\"‘'«»„")
    found = _WORDS.findall(text[max(0, opening - 20) : max(0, opening)])
    if not found:
        return False
    word = found[-1].lower()
    return word.endswith("ly") or word in term_words().determiners


def _modifies_a_noun(text: str, close_at: int, lists: TermWords, size: int) -> bool:
    """A lower-case word that is not a function word right after the closing mark ("“gray
    zone” tactics"): the quoted words modify it."""
    if close_at < 0:
        return False
    mark_end = close_at + 1
    while mark_end < len(text) and text[mark_end] in "”’\"'»«›‹」":
        mark_end += 1
    following = _NEXT_WORD.match(text, mark_end)
    if following is None or following.start(1) == mark_end and mark_end < len(text):
        return False
    word = following.group(1)
    if not word[0].islower() and not (size == 1 and _adverb_or_article_before(text, close_at)):
        return False
    lower = word.lower()
    return (
        lower not in lists.function_words
        and not lower.endswith("ly")
        and lower not in lexicon().forms
    )
