"""Speaker phrases: the words that name who spoke, read backwards from a cue or forwards from it.

A small grammar of speaker phrases, over tokens of the clause around one quotation:

- a pronoun ("he", "they");
- a description: a determiner, modifiers (capitalised words, listed modifiers, up to three other
  lower-case content words) and a head noun, either a role noun of data/quote_words.yaml
  (`roles`) or, after a determiner, an agent noun ("-er", "-or", "-ist", "-ian": "a senior
  underwriter"); a prepositional phrase after it belongs to it ("An official in the ministry",
  "A senior underwriter at Lloyd’s"); a demonym among its modifiers never stands for it ("the
  Norwegian shipping analyst");
- a name: a run of capitalised words with connectors ("Secretary of State John Kerry"); after a
  lower-case description it is the speaker itself ("the Norwegian shipping analyst Lars Eide",
  "IMF chief economist Maury Obstfeld").

A phrase never starts with a complementiser or relative ("a move that lawyers described": the
lawyers), and a name inside a relative clause is not the subject ("Two analysts who spoke to
Reuters said"). `subject_before` reads the phrase ending at a cue; `phrase_after` the one
starting at an offset.
"""

from __future__ import annotations

import re
from typing import cast

from briefing.analysis.quotes.lexicon import Lexicon, Phrase, lexicon

_TOKEN = re.compile(r"[A-Za-z0-9][\w’'.\-]*|[^\w\s]")
_CONNECTORS = frozenset({"of", "de", "van", "von", "al", "bin", "la", "du", "del", "da", "le"})
WINDOW = 260
"""How far (characters) a speaker phrase is looked for around a cue."""


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(text, start, end)]


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _is_capital(word: str) -> bool:
    return word[:1].isupper() or (len(word) == 2 and word[1] == "." and word[0].isupper())


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def subject_before(text: str, end: int, floor: int = 0) -> Phrase | None:
    """The speaker phrase that ends just before offset `end` (a cue verb), or None.

    The phrase is read from the tokens of the last `_SHORT_BEFORE` characters (from a space)
    behind two `_Edge` tokens, and from the whole window's only when the reading touches an
    edge (`_Beyond`). Tokens never hold a space, so the short tokens are the whole window's
    last ones; at least two whole-window tokens lie before them, so a short index and its
    whole-window one agree on every test against 0, 1 and 2; a reading that never looked at an
    edge never saw the difference. Most phrases are a few words back."""
    low = max(floor, end - WINDOW)
    if end - low > _SHORT_BEFORE:
        cut = text.find(" ", end - _SHORT_BEFORE, end)
        ahead = _TOKEN.search(text, low, cut) if cut > low else None
        if ahead is not None and _TOKEN.search(text, ahead.end(), cut) is not None:
            try:
                return _subject_before(text, [*_EDGES, *_tokens(text, cut, end)])
            except _Beyond:
                pass
    return _subject_before(text, _tokens(text, low, end))


_SHORT_BEFORE = 100
"""Characters before a cue tokenised first: the seed's phrases all end within them (27 of
its 36 readings have a longer window; none touched an edge)."""


class _Beyond(Exception):
    """A reading went past the short window's tokens."""


class _Edge:
    """A stand-in for the tokens before a short window: its start (-1) matches no phrase's
    start in a scan for one; anything else read from it raises `_Beyond`."""

    __slots__ = ()

    def __getitem__(self, item: int) -> int:
        if item == 0:
            return -1
        raise _Beyond


_EDGES = cast("tuple[tuple[int, int, str], ...]", (_Edge(), _Edge()))
"""Read where tokens are read: typed as tokens."""


def _subject_before(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    """`subject_before` on the given tokens (the last one just before the cue)."""
    words = lexicon()
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
        if word.lower() in words.relatives or (
            _is_capital(word) and word.lower() not in words.not_names
        ):
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
    complementiser or relative ("that officials ...").

    The phrase is read from the first `_SHORT_AFTER` characters' tokens when it ends well
    before them (`_REACH`), else from the whole window's: tokens never hold a space, so those
    up to a space are the first tokens of the whole window, and a reading that stops more than
    `_REACH` tokens before their end never saw the difference. Most phrases are a few words,
    and tokenising the whole window for them cost the seed's analysis 1.7% of its instructions."""
    end = min(stop, start + WINDOW)
    if end - start > _SHORT_AFTER:
        cut = text.rfind(" ", start, start + _SHORT_AFTER)
        if cut > start:
            tokens = _tokens(text, start, cut)
            phrase, reached = _phrase_after(text, start, tokens)
            if reached + _REACH < len(tokens):
                return phrase
    return _phrase_after(text, start, _tokens(text, start, end))[0]


_SHORT_AFTER = 100
_REACH = 8
"""How far past the token it stops at `_phrase_after` may look: a bracket closed within seven
tokens, modifiers up to three ahead."""


def _phrase_after(
    text: str, start: int, tokens: list[tuple[int, int, str]]
) -> tuple[Phrase | None, int]:
    """`phrase_after` on the given tokens, with the index of the token its reading stopped
    at (`len(tokens)` when it read them all)."""
    words = lexicon()
    if not tokens:
        return None, 0
    first = 0
    opening = tokens[0][2].lower()
    if opening in words.determiners:
        if opening in words.relatives and not _PREPOSITION_BEFORE.search(
            text, max(0, start - 8), start
        ):
            return None, 0
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
            return Phrase(tokens[index][0], tokens[index][1], "pronoun", tokens[index][0]), index
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
    else:
        index = len(tokens)  # read to the end
    reached = index
    if last is None:
        return None, reached
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
    return Phrase(begin, end, kind, tokens[last][0]), reached


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
