"""Speech cues and the phrase that names who spoke, read from the words around a quotation.

News and analysis prose attributes a quotation in a handful of shapes: a cue verb with its
subject before the quotation ("Pashinyan accused Russia of “...”", "one Russian official once
termed, “...”"), an inverted cue after it ("“...,” said Hans Schellnhuber"), a subject and cue
after it ("“...,” Mr. Obama said", "“...?” he asks"), and "according to X". The subject is read
backwards from the cue over a small grammar of speaker phrases: a pronoun, a description whose
head is a role noun ("a senior administration official", "Russian officials"), or a run of
capitalised words (a name, possibly with titles): see phrases.py. Word lists live in
data/speech_verbs.yaml and data/quote_words.yaml. Every search is bounded to the clause around one quotation, so the cost
stays linear in the article.
"""

from __future__ import annotations

import re

from briefing.analysis.quotes.cues import CueWord, find_cues
from briefing.analysis.quotes.lexicon import Cue, Phrase, lexicon
from briefing.analysis.quotes.phrases import WINDOW, phrase_after, subject_before

__all__ = [
    "according_to_closing",
    "byline_after",
    "cue_after",
    "cue_before",
    "phrase_after",
    "sentence_subject",
    "subject_before",
]

_ING_LEAD = re.compile(r"(?:,|\b(?:when|while|after|before|by|upon|in))\s*$", re.IGNORECASE)
"""A participle cue after these ("…, saying", "when announcing") has the sentence's subject."""


def cue_before(text: str, start: int, end: int) -> Cue | None:
    """The last cue between `start` and `end` (a quotation's opening), with its speaker phrase."""
    words = lexicon()
    cues = find_cues(text, max(start, end - WINDOW * 2), end)
    if not cues:
        return None
    last = cues[-1]
    form = last.form
    if form in words.phrase_cues:
        return Cue(last.start, last.end, form, phrase_after(text, last.end, end))
    speaker = subject_before(text, last.start, start)
    if form.endswith("ing") and _ING_LEAD.search(text[max(start, last.start - 8) : last.start]):
        speaker = None
    if speaker is None:
        after = phrase_after(text, last.end, end)
        if after is not None and after.kind != "description" and _ends_before(text, after, end):
            speaker = after
    label = form
    if form in words.as_forms and re.search(r"\bas\s*[,:]?\s*$", text[last.end : end]):
        label = f"{form} ... as"
    elif form in words.of_forms and re.match(r"\s+of\b", text[last.end : end]):
        label = f"{form} of"
    return Cue(last.start, last.end, label, speaker)


_SUBJECT_LEAD = re.compile(r"[\s“”\"‘’'(—–-]*")


def sentence_subject(text: str, start: int, end: int) -> Phrase | None:
    """The phrase a sentence opens with (its subject), or the one after an opening clause."""
    lead = _SUBJECT_LEAD.match(text, start, end)
    begin = lead.end() if lead else start
    if begin < end and text[begin - 1 : begin] in {"“", '"'}:
        return None
    phrase = phrase_after(text, begin, end)
    if phrase is None:
        comma = text.find(",", begin, min(end, begin + 90))
        if comma >= 0:
            phrase = phrase_after(text, comma + 1 + (text[comma + 1 : comma + 2] == " "), end)
    if phrase is not None and re.match(r"\s*[.;:]", text[phrase.end : end]):
        return None
    return phrase


_BYLINE = re.compile(r"[\s,]*[―—–]\s*")


def byline_after(text: str, start: int, stop: int) -> Phrase | None:
    """ "“...” ― Sonya Herridge": a name after a dash that ends the paragraph."""
    dash = _BYLINE.match(text, start, stop)
    if dash is None:
        return None
    phrase = phrase_after(text, dash.end(), stop)
    if phrase is None or phrase.kind == "pronoun" or text[phrase.end : stop].strip(" .\u00a0\n"):
        return None
    return phrase


def _ends_before(text: str, phrase: Phrase, end: int) -> bool:
    """An inverted cue ("said Trump: “...”") has nothing but punctuation after its speaker."""
    return not text[phrase.end : end].strip(" ,:—–-")


_AFTER = re.compile(r"\s*[,.?!;:—–-]*\s*")


_PASSIVE_BY = re.compile(
    r"[\s\u00a0]*(?:(?:was|were|is|are|(?:has|have|had) been)\s+([a-z]+)\s+)?by\s+(?=[A-Za-z])"
    r"|[\s\u00a0]*[(,]?\s*as\s+([a-z]+)\s+by\s+(?=(?:the\s+)?[A-Z])"
)
"""A passive agent right after a quotation ("pledges deemed “gravely inadequate” by Médecins Sans
Frontières", "“…” was written by Springsteen", "“…” (as argued by the Foreign Office in the High
Court)"): a capitalised name after "by" said it; a verb between must be a cue's participle (not
"was followed by", "as shown by")."""


def cue_after(text: str, start: int, stop: int, ends_sentence: bool) -> Cue | None:
    """An attribution right after a quotation's closing mark at `start`.

    "“...,” said X" or "“...,” X said" / "“...?” he asks", or a passive agent ("deemed “...” by
    MSF"). After a quotation that closed a sentence (".”"), or a phrase in marks with no
    punctuation of its own ("“data gaps”, monitors predicted famine"), a following "X said ..."
    usually starts a new statement, so it only counts when the cue ends its clause ("Trump
    said.", "the minister said on Monday"): `ends_sentence` says which case applies.
    """
    lead = _AFTER.match(text, start, stop)
    begin = lead.end() if lead else start
    agent = _PASSIVE_BY.match(text, start, stop)
    if agent is not None:
        named = phrase_after(text, agent.end(), stop)
        glued = not text[start : agent.start()].strip()
        verb = agent.group(1) or agent.group(2)
        spoken = verb is None or verb in lexicon().forms
        if named is not None and named.kind != "pronoun" and glued and spoken:
            return Cue(agent.start(), agent.end(), "by", named)
    cue = _cue_at(text, begin, stop)
    if cue is not None:
        speaker = phrase_after(text, cue.end, stop)
        if speaker is not None:
            return Cue(cue.start, cue.end, cue.form, speaker)
        return None
    speaker = phrase_after(text, begin, stop)
    if speaker is None or (
        speaker.start != begin and not _DESCRIBED.fullmatch(text, begin, speaker.start)
    ):
        speaker = _description_before_cue(text, begin, stop)
        if speaker is None:
            return None
    cue = _cue_past_gap(text, speaker.end, stop)
    if cue is None:
        # "“…?” a narrator in the Clinton ad asks": the description runs on to the cue
        speaker = _description_before_cue(text, begin, stop)
        if speaker is None:
            return None
        cue = _cue_past_gap(text, speaker.end, stop)
        if cue is None:
            return None
    if ends_sentence and not _CLOSES.match(text, cue.end, stop):
        return None
    return Cue(cue.start, cue.end, cue.form, speaker)


_DESCRIBED = re.compile(r"(?:[\w’'.-]+\s+)*[a-z][\w-]*\s+")
"""The words of a description before the name it introduces ("Trump lawyer [Marc Kasowitz]")."""
_CLOSES = re.compile(r"\s*(?:[.,;:]|$|on\b|in\b|at\b|to\b|\w+day\b)")
_GAP = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s*,[^,“”\"]{1,90},)?\s*(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
)


_DETERMINER_WORDS = frozenset({"the", "a", "an", "one", "another", "his", "her", "their", "its"})
_PLAIN_WORD = re.compile(r"[\w’'.-]+")


def _description_before_cue(text: str, start: int, stop: int) -> Phrase | None:
    """ "“…,” the New York businessman said": a determiner, up to four words and a lower-case
    noun before a cue is a description, whatever the noun (the role list need not know it)."""
    words = list(_PLAIN_WORD.finditer(text, start, min(stop, start + 90)))[:6]
    if not words or words[0].start() != start or words[0].group().lower() not in _DETERMINER_WORDS:
        return None
    for previous, word in zip(words, words[1:]):
        if text[previous.end() : word.start()].strip():
            return None
        head = word.group()
        if head[0].islower() and head.lower() not in lexicon().forms:
            gap = _GAP.match(text, word.end(), stop)
            at = gap.end() if gap else word.end()
            if _cue_at(text, at, stop) is not None:
                return Phrase(start, word.end(), "description", word.start())
    return None


_ACCORDING_CLOSE = re.compile(r",\s*(according to)\s+([^,;:“”\"«»]{2,90}?)\s*[.!?]?\s*$")


def according_to_closing(text: str, start: int, end: int) -> Cue | None:
    """ "…, according to the event organizer." closing the sentence `text[start:end]`: the
    whole sentence is the source's account, so words in marks within it are the source's.
    None when the phrase after "according to" holds a comma, colon or quotation mark (a
    clause, not a source) or is a bare pronoun."""
    found = _ACCORDING_CLOSE.search(text, start, end)
    if found is None:
        return None
    named = phrase_after(text, found.start(2), found.end(2))
    if named is not None and named.kind == "pronoun":
        return None
    if named is None:
        # "the event organizer Alliance to Reclaim Our Schools", "show insiders": the whole
        # phrase is the source, a description whose head is its last word.
        last = list(_PLAIN_WORD.finditer(text, found.start(2), found.end(2)))
        if not last:
            return None
        named = Phrase(found.start(2), last[-1].end(), "description", last[-1].start())
    return Cue(found.start(1), found.end(1), "according to", named)


def _cue_past_gap(text: str, end: int, stop: int) -> CueWord | None:
    """The speech cue after a speaker phrase ending at `end`, past the gap (a comma, a space)."""
    gap = _GAP.match(text, end, stop)
    return _cue_at(text, gap.end() if gap else end, stop)


def _cue_at(text: str, start: int, stop: int) -> CueWord | None:
    """A cue form starting exactly at `start`."""
    found = find_cues(text, start, min(stop, start + 40))
    return found[0] if found and found[0].start == start else None
