"""Speech cues and the phrase that names who spoke, read from the words around a quotation.

News and analysis prose attributes a quotation in a handful of shapes: a cue verb with its
subject before the quotation ("Pashinyan accused Russia of “...”", "one Russian official once
termed, “...”"), an inverted cue after it ("“...,” said Hans Schellnhuber"), a subject and cue
after it ("“...,” Mr. Obama said", "“...?” he asks"), and "according to X". The subject is read
backwards from the cue over a small grammar of speaker phrases: a pronoun, a description whose
head is a role noun ("a senior administration official", "Russian officials"), or a run of
capitalised words (a name, possibly with titles). Word lists live in data/speech_verbs.yaml and
data/quote_words.yaml. Every search is bounded to the clause around one quotation, so the cost
stays linear in the article.
"""

from __future__ import annotations

import re

from briefing.analysis.quotes.cues import CueWord, find_cues
from briefing.analysis.quotes.lexicon import Cue, Lexicon, Phrase, lexicon

_TOKEN = re.compile(r"[A-Za-z0-9][\w’'.\-]*|[^\w\s]")
_CONNECTORS = frozenset({"of", "de", "van", "von", "al", "bin", "la", "du", "del", "da", "le"})
_WINDOW = 260


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _is_capital(word: str) -> bool:
    return word[:1].isupper() or (len(word) == 2 and word[1] == "." and word[0].isupper())


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def subject_before(text: str, end: int, floor: int = 0) -> Phrase | None:
    """The speaker phrase that ends just before offset `end` (a cue verb), or None."""
    words = lexicon()
    tokens = _tokens(text, max(floor, end - _WINDOW), end)
    index = len(tokens) - 1
    while index >= 0 and (
        _bare(tokens[index][2]) in words.between
        or (tokens[index][2].islower() and tokens[index][2].endswith("ly"))
    ):
        index -= 1
    if index < 0:
        return None
    index = _skip_parenthesis(tokens, index)
    if index >= 0 and tokens[index][2] == ",":
        return _before_apposition(text, tokens, index)
    phrase = _phrase_ending(tokens, index)
    if phrase is None or phrase.kind == "name" and tokens[index][2].lower() in words.not_names:
        return _before_attached_phrase(tokens, index) or phrase
    if phrase.kind in {"name", "description"}:
        return _attached_to(tokens, phrase) or _before_relative(tokens, phrase) or phrase
    return phrase


def _before_relative(tokens: list[tuple[int, int, str]], phrase: Phrase) -> Phrase | None:
    """ "Two analysts who spoke to [Reuters] said": a phrase inside a relative clause is not
    the subject; the phrase the relative follows is."""
    words = lexicon()
    at = next((i for i, token in enumerate(tokens) if token[0] == phrase.start), -1)
    for back in range(at - 1, max(0, at - 8), -1):
        word = tokens[back][2]
        if not word[:1].isalnum():
            return None
        if word.lower() in words.relatives and word.lower() != "that":
            # "that" may be a complementiser ("officials said that Smith said"): only wh-words
            before = _phrase_ending(tokens, back - 1)
            if before is not None and before.kind in {"name", "description"}:
                return before
            return None
        if word.lower() in words.relatives or _is_capital(word):
            return None
    return None


def _attached_to(tokens: list[tuple[int, int, str]], phrase: Phrase) -> Phrase | None:
    """ "An official in [the ministry] said", "a junior trader at [Vitol] told": a phrase that is
    the object of a preposition after a description belongs to it; the description with its
    prepositional phrase is the speaker."""
    at = next((i for i, token in enumerate(tokens) if token[0] == phrase.start), -1)
    if at < 2 or tokens[at - 1][2].lower() not in _ATTACHING:
        return None
    head = _phrase_ending(tokens, at - 2)
    if head is None or head.kind != "description" or not tokens[at - 2][2].islower():
        # "Secretary of State John Kerry": a capitalised title, part of the name
        return None
    return Phrase(head.start, phrase.end, "description", head.head)


_ATTACHING = frozenset({"into", "of", "on", "by", "from", "for", "in", "at", "with", "about"})


def _before_attached_phrase(tokens: list[tuple[int, int, str]], index: int) -> Phrase | None:
    """ "An October 2025 United Nations investigation into this drone terror found": the head
    before a short prepositional phrase is the subject."""
    for back in range(index - 1, max(-1, index - 7), -1):
        word = tokens[back][2]
        if word in {",", ".", ";", ":", "“", "”", '"'}:
            return None
        if word.lower() in _ATTACHING:
            phrase = _phrase_ending(tokens, back - 1)
            if phrase is None or phrase.kind != "description":
                return None
            last = tokens[index][2]
            if _is_capital(last) or last.lower() in lexicon().roles:
                # the prepositional phrase ends in a noun: it belongs to the speaker
                return Phrase(phrase.start, tokens[index][1], "description", phrase.head)
            return phrase
    return None


def _skip_parenthesis(tokens: list[tuple[int, int, str]], index: int) -> int:
    """Step back over a short parenthesis after a name ("Gov. Pat McCrory (R-N.C.)")."""
    if index < 0 or tokens[index][2] != ")":
        return index
    for back in range(index - 1, max(-1, index - 8), -1):
        if tokens[back][2] == "(":
            return back - 1
    return index


def _before_apposition(text: str, tokens: list[tuple[int, int, str]], comma: int) -> Phrase | None:
    """ "Michael Oppenheimer, a professor at Princeton, said": the name before the apposition."""
    for index in range(comma - 1, max(-1, comma - 16), -1):
        word = tokens[index][2]
        if word in {".", ";", ":", "“", "”", '"'}:
            return None
        if word == ",":
            phrase = _phrase_ending(tokens, _skip_parenthesis(tokens, index - 1))
            if phrase is not None and phrase.kind == "name":
                return phrase
            inner = _phrase_ending(tokens, _skip_parenthesis(tokens, comma - 1))
            if (
                phrase is not None
                and inner is not None
                and inner.kind == "name"
                and inner.start == tokens[index + 1][0]
            ):
                return inner
            return None
    return None


def _phrase_ending(tokens: list[tuple[int, int, str]], index: int) -> Phrase | None:
    """A pronoun, description or name whose last token is `tokens[index]`."""
    if index < 0:
        return None
    words = lexicon()
    start, end, word = tokens[index]
    lower = word.lower()
    if lower in words.pronouns:
        return Phrase(start, end, "pronoun", start)
    role = lower in words.roles
    if role or _is_agent_noun(word, words):
        first = _description_start(tokens, index, words, loose=False)
        loose = _description_start(tokens, index, words, loose=True)
        if _determined(tokens, loose, words):
            first = loose
        elif not role:
            return None
        return Phrase(tokens[first][0], end, "description", start)
    if _is_capital(word) and lower not in words.not_names and not _possessive(word):
        first = index
        while first > 0:
            previous = tokens[first - 1][2]
            if _possessive(previous) or previous.lower() in words.not_names:
                break
            if _is_capital(previous):
                first -= 1
                continue
            if (
                previous in _CONNECTORS
                and first > 1
                and _is_capital(tokens[first - 2][2])
                and not _possessive(tokens[first - 2][2])
            ):
                first -= 1
                continue
            break
        return Phrase(tokens[first][0], end, "name", start)
    return None


def _is_agent_noun(word: str, words: Lexicon) -> bool:
    """A lower-case agent noun ("underwriter", "economist"): a description's head even when the
    role list does not know it; callers require a determiner before it."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) >= 6
        and word.endswith(words.agent_suffixes)
        and word not in words.function_words
        and word not in words.forms
    )


def _content_word(word: str, words: Lexicon) -> bool:
    """A lower-case word that may modify a description's head ("shipping" in "the Norwegian
    shipping analyst"): not a function word, a cue verb or an adverb."""
    return (
        word.isalpha()
        and word.islower()
        and word not in words.function_words
        and word not in words.forms
        and word not in words.determiners
        and not word.endswith("ly")
    )


def _is_determiner(tokens: list[tuple[int, int, str]], at: int, words: Lexicon) -> bool:
    """A determiner at `tokens[at]`; "that" only after punctuation, a preposition or nothing
    ("according to that official"), never as a relative ("a move that lawyers described")."""
    low = tokens[at][2].lower()
    if low not in words.determiners:
        return False
    if low not in words.relatives:
        return True
    if at == 0:
        return True
    previous = tokens[at - 1][2]
    return not previous[:1].isalnum() or previous.lower() in _ATTACHING


def _description_start(
    tokens: list[tuple[int, int, str]], index: int, words: Lexicon, loose: bool
) -> int:
    """The first token of a description whose head is `tokens[index]`, read backwards over
    capitalised words and modifiers up to a determiner; with `loose`, also over up to three
    other lower-case content words ("the Norwegian shipping analyst")."""
    first = index
    spare = 3 if loose else 0
    while first > 0:
        previous = tokens[first - 1][2]
        low = previous.lower()
        if low in words.determiners:
            if _is_determiner(tokens, first - 1, words):
                first -= 1
            break
        if (_is_capital(previous) and low not in words.not_names) or low in words.modifiers:
            first -= 1
            continue
        if spare and _content_word(previous, words):
            spare -= 1
            first -= 1
            continue
        break
    return first


def _determined(tokens: list[tuple[int, int, str]], first: int, words: Lexicon) -> bool:
    return tokens[first][2].lower() in words.determiners


_PREPOSITION_BEFORE = re.compile(r"\b(?:to|of|by|from|for|with|at|in|on)\s*$", re.IGNORECASE)


def phrase_after(text: str, start: int, stop: int) -> Phrase | None:
    """The speaker phrase starting at `start` ("said [Hans Schellnhuber], the director").

    A name after a lower-case description is the speaker ("the Norwegian shipping analyst
    [Lars Eide]", "former secretary of state [John Kerry]"): the description is an apposition,
    and a demonym in it never stands for the speaker. None when the phrase opens with a
    complementiser or relative ("that officials ...")."""
    words = lexicon()
    tokens = _tokens(text, start, min(stop, start + _WINDOW))
    if not tokens:
        return None
    first = 0
    opening = tokens[0][2].lower()
    if opening in words.determiners:
        if opening in words.relatives and not _PREPOSITION_BEFORE.search(
            text, max(0, start - 8), start
        ):
            return None
        first = 1
    last = None
    name_from = None
    skip_to = -1
    for index in range(first, len(tokens)):
        if index <= skip_to:
            continue
        word = tokens[index][2]
        lower = word.lower()
        if word == "(" and last is not None:
            closing = next(
                (
                    at
                    for at in range(index + 1, min(len(tokens), index + 8))
                    if tokens[at][2] == ")"
                ),
                -1,
            )
            if closing < 0:
                break
            skip_to = closing
            continue
        if index == first and lower in words.pronouns:
            return Phrase(tokens[index][0], tokens[index][1], "pronoun", tokens[index][0])
        bare = lower.rstrip(".")
        if bare in words.roles or (first == 1 and _is_agent_noun(word.rstrip("."), words)):
            last = index
            if bare != lower:
                break  # "by several lawyers." ends its sentence
            continue
        if _is_capital(word) and (index > first or lower not in words.not_names):
            before = tokens[index - 1][2] if index > first else ""
            if before.isalpha() and before.islower() and before not in _CONNECTORS:
                name_from = index
            last = index
            if _ends_sentence(word, lower, words):
                break
            continue
        if lower in words.modifiers or (word in _CONNECTORS and last is not None):
            continue
        ahead = _modifiers_before_head(tokens, index, words, first == 1)
        if ahead > index:
            skip_to = ahead - 1
            continue
        break
    if last is None:
        return None
    head_word = tokens[last][2].lower().rstrip(".")
    kind = (
        "description"
        if head_word in words.roles
        or (first == 1 and _is_agent_noun(tokens[last][2].rstrip("."), words))
        else "name"
    )
    if kind == "name" and name_from is not None:
        begin = tokens[name_from][0]
    elif kind == "name" and tokens[0][2].lower() in words.determiners and first == 1:
        begin = tokens[1][0]
    else:
        begin = tokens[0][0]
    end = tokens[last][1]
    if _ends_sentence(tokens[last][2], tokens[last][2].lower(), words) or (
        kind == "description" and tokens[last][2].endswith(".")
    ):
        end -= 1
    return Phrase(begin, end, kind, tokens[last][0])


def _modifiers_before_head(
    tokens: list[tuple[int, int, str]], index: int, words: Lexicon, determined: bool
) -> int:
    """Where up to three lower-case content words from `tokens[index]` end, when a head noun
    follows them ("shipping" in "the Norwegian shipping analyst"), or after a determiner a
    name in apposition ("the Norwegian shipping giant Equinor"); else `index` (no modifiers)."""
    ahead = index
    while (
        ahead < min(len(tokens), index + 3)
        and _content_word(tokens[ahead][2], words)
        and tokens[ahead][2] not in words.roles
        and not (determined and _is_agent_noun(tokens[ahead][2], words))
        and (determined or not tokens[ahead][2].endswith("ed"))
    ):
        ahead += 1
    if ahead == index or ahead >= len(tokens):
        return index
    following = tokens[ahead][2]
    if following in words.roles or (determined and _is_agent_noun(following, words)):
        return ahead
    if determined and _is_capital(following) and following.lower() not in words.not_names:
        return ahead
    return index


def _ends_sentence(word: str, lower: str, words: Lexicon) -> bool:
    """ "Baerbock." ends its sentence; "Mr.", "Gov." and initials ("J.") do not, so a speaker's
    span never runs on into the next sentence ("Annalena Baerbock. She")."""
    return (
        word.endswith(".")
        and len(word) > 3
        and lower not in words.titles
        and "." not in word[:-1]
    )


_ING_LEAD = re.compile(r"(?:,|\b(?:when|while|after|before|by|upon|in))\s*$", re.IGNORECASE)
"""A participle cue after these ("…, saying", "when announcing") has the sentence's subject."""


def cue_before(text: str, start: int, end: int) -> Cue | None:
    """The last cue between `start` and `end` (a quotation's opening), with its speaker phrase."""
    words = lexicon()
    cues = find_cues(text, max(start, end - _WINDOW * 2), end)
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
    gap = _GAP.match(text, speaker.end, stop)
    at = gap.end() if gap else speaker.end
    cue = _cue_at(text, at, stop)
    if cue is None:
        # "“…?” a narrator in the Clinton ad asks": the description runs on to the cue
        speaker = _description_before_cue(text, begin, stop)
        if speaker is None:
            return None
        gap = _GAP.match(text, speaker.end, stop)
        at = gap.end() if gap else speaker.end
        cue = _cue_at(text, at, stop)
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


def _cue_at(text: str, start: int, stop: int) -> CueWord | None:
    """A cue form starting exactly at `start`."""
    found = find_cues(text, start, min(stop, start + 40))
    return found[0] if found and found[0].start == start else None
