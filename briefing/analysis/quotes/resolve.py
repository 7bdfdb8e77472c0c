"""From a speaker phrase to a speaker: an actor's name, a description, or a pronoun's referent.

A phrase whose head word lies inside an actor's mention is that actor ("the Kremlin" is Russia
when the actors stage merged it so); a description keeps its words ("Russian officials": the
demonym alone does not make the officials Russia). With no actor, a name is its own words with
titles dropped ("Prime Minister Pashinyan" -> "Pashinyan"). Pronouns go to the nearest earlier
candidate that fits: a person for he/she, a group, organisation, country or plural description
for they. Candidates are gathered once in reading order and searched by bisection, so resolving
is logarithmic per quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from briefing.analysis.quotes.cues import find_cues
from briefing.analysis.quotes.lexicon import Lexicon, Phrase, lexicon
from briefing.model import Actor, ActorKind


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a phrase names, and what a later pronoun may take from it."""

    name: str
    is_actor: bool
    gender: str = ""
    """"male", "female" or "" when unknown."""
    plural: bool = False
    person: bool = True
    document: bool = False
    """A named document ("the Rio Treaty"): a source of quotations, never what "they" refers to."""


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;:”\"’)] )([A-Z][\w’'-]*)")


def _cue_follows(text: str, end: int) -> bool:
    """ "Meeks said": a cue verb right after a word makes it a speaker's name."""
    cues = find_cues(text, end, min(len(text), end + 30))
    return bool(cues) and not text[end : cues[0].start].strip(" ,").count(" ")


class ActorIndex:
    """Actor mentions by paragraph, for "which actor covers this word"."""

    def __init__(self, actors: tuple[Actor, ...], texts: tuple[str, ...] = ()) -> None:
        self._texts = texts
        self._proper: frozenset[str] | None = None
        spots: dict[int, list[tuple[int, int, Actor]]] = {}
        self.by_word: dict[str, Actor] = {}
        for actor in actors:
            for mention in actor.mentions:
                spots.setdefault(mention.span.paragraph, []).append(
                    (mention.span.start, mention.span.end, actor)
                )
            for form in (actor.name, *actor.aliases):
                self.by_word.setdefault(form.lower(), actor)
                if actor.kind == ActorKind.PERSON:
                    self.by_word.setdefault(form.split()[-1].lower(), actor)
        self._spots = {key: sorted(value, key=lambda item: item[0]) for key, value in spots.items()}
        self._starts = {key: [item[0] for item in value] for key, value in self._spots.items()}

    @property
    def proper(self) -> frozenset[str]:
        """Capitalised words the article writes in mid-sentence: names, not sentence openers.

        Built on first use (most articles never ask)."""
        if self._proper is None:
            self._proper = frozenset(
                _POSSESSIVE_END.sub("", match.group(1))
                for text in self._texts
                for match in _MID_SENTENCE_CAPITAL.finditer(text)
            )
        return self._proper

    def covering(self, paragraph: int, offset: int) -> Actor | None:
        """The actor whose mention covers `offset` in a paragraph."""
        starts = self._starts.get(paragraph)
        if not starts:
            return None
        index = bisect_right(starts, offset) - 1
        if index >= 0:
            start, end, actor = self._spots[paragraph][index]
            if start <= offset < end:
                return actor
        return None

    def has_person(self, paragraph: int, start: int, end: int, text: str = "") -> bool:
        """Whether a person's mention starts between `start` and `end` of a paragraph.

        With the paragraph's `text`, a mention in the possessive ("Aliyev’s participation") does
        not count: the person is not the clause's subject."""
        starts = self._starts.get(paragraph)
        if not starts or end <= start:
            return False
        index = bisect_left(starts, start)
        spots = self._spots[paragraph]
        while index < len(spots) and spots[index][0] < end:
            if spots[index][2].kind == ActorKind.PERSON and (
                not text or text[spots[index][1] : spots[index][1] + 2] not in {"’s", "'s"}
            ):
                return True
            index += 1
        return False

    def nearest_of(self, paragraph: int, offset: int, kinds: frozenset[str]) -> Actor | None:
        """The actor of one of `kinds` mentioned last before `offset`, in this paragraph or the
        one before ("Labour ... In a statement, the party said": Labour)."""
        for where, before in ((paragraph, offset), (paragraph - 1, None)):
            spots = self._spots.get(where, [])
            for start, _end, actor in reversed(spots):
                if (before is None or start < before) and actor.kind in kinds:
                    return actor
        return None

    def person_mentions(self) -> list[tuple[int, int, Actor]]:
        """(paragraph, offset, actor) of every person mention, in reading order."""
        found = [
            (paragraph, start, actor)
            for paragraph, spots in self._spots.items()
            for start, _end, actor in spots
            if actor.kind == ActorKind.PERSON
        ]
        found.sort(key=lambda item: (item[0], item[1]))
        return found


def _from_actor(actor: Actor) -> Speaker:
    person = actor.kind == ActorKind.PERSON
    lex = lexicon()
    gender = _gender_of(actor.role or "", lex) or (_gender_of(actor.name, lex) if person else "")
    return Speaker(actor.name, True, gender, not person, person)


def _gender_of(words: str, lex: Lexicon) -> str:
    """Gender from a title ("Mrs.", "spokeswoman"), else from a given name ("Maria Keller")."""
    lowered = words.lower().split()
    for word in lowered:
        if word in lex.male_titles:
            return "male"
        if word in lex.female_titles:
            return "female"
    for word in lowered:
        if word in lex.female_names:
            return "female"
        if word in lex.male_names:
            return "male"
    return ""


def name_of(text: str, lex: Lexicon) -> str:
    """A name without its titles and leading article ("Prime Minister Pashinyan" -> "Pashinyan")."""
    words = _NICKNAME.sub(" ", text).split()
    while len(words) > 1 and words[0].lower() in lex.titles:
        words = words[1:]
    if words:
        words[-1] = _POSSESSIVE_END.sub("", words[-1])
    return " ".join(words)


_NICKNAME = re.compile(r"\s*[“\"‘'][^”\"’']{1,30}[”\"’']\s*")
_POSSESSIVE_END = re.compile(r"[’'](?:s\b)?$")


def speaker_of(
    text: str, paragraph: int, phrase: Phrase, actors: ActorIndex
) -> Speaker | None:
    """The speaker a name or description phrase names.

    None for a lone capitalised word that is neither an actor nor written capitalised anywhere
    in mid-sentence: a sentence opener ("Importantly", "Recent", "Given"), not a name.
    """
    lex = lexicon()
    words = text[phrase.start : phrase.end]
    actor = actors.covering(paragraph, phrase.head)
    if phrase.kind == "name":
        if actor is None:
            name = name_of(words, lex)
            actor = actors.by_word.get(name.lower()) or actors.by_word.get(name.split()[-1].lower())
        if actor is not None:
            speaker = _from_actor(actor)
            gender = _gender_of(words, lex)
            return Speaker(
                speaker.name, True, gender or speaker.gender, speaker.plural, speaker.person
            )
        name = name_of(words, lex)
        if (
            " " not in name
            and not _cue_follows(text, phrase.end)
            and actors.proper
            and name not in actors.proper
        ):
            return None
        return Speaker(name, False, _gender_of(words, lex))
    if phrase.kind == "document":
        return Speaker(words, False, "", False, False, True)
    head = text[phrase.head : phrase.end].lower().split(" ", 1)[0]
    if actor is not None and phrase.head == phrase.start:
        return _from_actor(actor)
    kinds = lex.institutions.get(head)
    if kinds and words.lower().split()[0] == "the" and words.count(" ") == 1:
        named = actors.nearest_of(paragraph, phrase.start, kinds)
        if named is not None:
            return _from_actor(named)
    plural = head.endswith("s") and not head.endswith(("ss", "us"))
    return Speaker(words, False, _gender_of(words, lex), plural)


class Candidates:
    """Earlier speakers and person mentions in reading order, for pronoun resolution."""

    def __init__(self) -> None:
        self._keys: list[tuple[int, int]] = []
        self._speakers: list[Speaker] = []

    def add(self, paragraph: int, offset: int, speaker: Speaker) -> None:
        """Append a candidate; callers add them in reading order."""
        self._keys.append((paragraph, offset))
        self._speakers.append(speaker)

    def nearest(self, paragraph: int, floor: int, offset: int) -> Speaker | None:
        """The last candidate between `floor` and `offset` of one paragraph, or None."""
        index = bisect_left(self._keys, (paragraph, offset)) - 1
        if index >= 0 and self._keys[index] >= (paragraph, floor):
            return self._speakers[index]
        return None

    def resolve(self, paragraph: int, offset: int, pronoun: str) -> Speaker | None:
        """The nearest earlier candidate that fits `pronoun` (he, she, they, we, i)."""
        want = lexicon().pronouns.get(pronoun.lower(), "")
        index = bisect_left(self._keys, (paragraph, offset)) - 1
        floor = max(-1, index - 40)
        while index > floor:
            speaker = self._speakers[index]
            if _fits(speaker, want):
                return speaker
            index -= 1
        return None


def _fits(speaker: Speaker, want: str) -> bool:
    if want == "plural":
        return not speaker.document and (speaker.plural or not speaker.person)
    if speaker.plural or not speaker.person:
        return False
    if want in {"male", "female"}:
        return speaker.gender in {"", want}
    return True
