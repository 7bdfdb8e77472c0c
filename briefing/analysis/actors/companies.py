"""Companies and bodies named once, by one word the gazetteer does not know.

A single capitalised word is taken for an organisation when the text says what it is: in
apposition to a company noun ("Fingrid, the Finnish grid operator, said"), after one ("the
Danish shipping company Maersk", "miner Glencore"), in a list that one introduces ("oil giants,
including Rosneft and Lukoil", "tech firms such as Baidu, Alibaba and Tencent"), or before a
company's role ("Maersk's chief executive"). The nouns and roles are actor_stopwords.yaml's `company_nouns` and `company_roles`.

A one-word name written with other vowels than a known one ("Hizbullah" for Hezbollah) is that
organisation: transliterations of Arabic, Persian and Russian names differ in their vowels and
keep their consonants (`same_consonants`).
"""

from __future__ import annotations

import re
from functools import cache

from briefing import data
from briefing.analysis.actors.lexicon import gazetteer
from briefing.analysis.actors.names import Token
from briefing.model import ActorKind


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    stop = data.load("actor_stopwords.yaml")
    nouns = "|".join(re.escape(noun) for noun in sorted(stop["company_nouns"], key=len)[::-1])
    roles = "|".join(re.escape(role) for role in sorted(stop["company_roles"], key=len)[::-1])
    after = re.compile(rf",? (?:the|a|an) (?:[\w-]+ ){{0,3}}?(?:{nouns})\b(?!['’-])")
    before = re.compile(
        rf"\b(?:{nouns})s?,? (?:(?:including|such as|like|notably|namely) )?"
        r"(?:[A-Z][\w&.-]*(?:, and |, | and ))*$"
    )
    owned = re.compile(rf"['’]s (?:{roles})\b")
    return after, before, owned


def company_cue(text: str, tokens: list[Token], position: int) -> bool:
    """Whether the text says that the word at `position` is a company or a body."""
    after, before, owned = _patterns()
    start, end = tokens[position][0], tokens[position][1]
    following = text[end : end + 60]
    if after.match(following) or owned.match(following):
        return True
    return bool(before.search(text[max(0, start - 80) : start]))


def _consonants(word: str) -> str:
    return re.sub(r"[aeiouy]", "", word.lower())


@cache
def _skeletons() -> dict[str, str]:
    """Consonant skeletons of the gazetteer's one-word organisation and group forms of at least
    six letters (shorter names have too few consonants to tell apart), skeleton -> name."""
    lexicon = gazetteer()
    found: dict[str, str | None] = {}
    for first, candidates in lexicon.index.items():
        for rest, name in candidates:
            entity = lexicon.entities.get(name)
            if rest or entity is None or len(first) < 6 or not first.isalpha():
                continue
            if entity.kind not in (ActorKind.ORGANISATION, ActorKind.GROUP):
                continue
            key = _consonants(first)
            if len(key) >= 4:
                found[key] = name if found.get(key, name) == name else None
    return {key: name for key, name in found.items() if name}


def same_consonants(word: str) -> str | None:
    """The known organisation whose one-word name has the consonants of `word`, if any."""
    if len(word) < 6 or not word.isalpha():
        return None
    return _skeletons().get(_consonants(word))
