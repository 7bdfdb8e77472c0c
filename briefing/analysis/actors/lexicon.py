"""The actor gazetteer: every known way to name a country, place, organisation or person.

Countries come from the generated countries.json (names, capitals, demonyms, long forms), with
the curated corrections of aliases.yaml on top; organisations, places, groups and well-known
people come from their YAML lists. Matching is token based: every form is split into words the
same way the text is, and the forms are indexed by their first word, so scanning a paragraph is
one dictionary lookup per word plus a short comparison when a first word is known. That keeps
the cost linear in the text and independent of the gazetteer's size (no loop over countries).

A form matches when its first word matches exactly (so "US" is not "us") and the following
words match ignoring case ("European parliament" is the European Parliament). Forms never
include a leading article: the span of "the Kremlin" is "Kremlin".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from briefing import data
from briefing.model import ActorKind

# An initialism with stops ("U.S.", "U.K."), or a word with inner apostrophes ("d'Ivoire"); a
# possessive "'s" stays outside the word. Written as `(?:[A-Z]\.){2,}|\w+(?:['’](?!s\b)\w+)*`
# would match the same, but a pattern that opens on one character class lets `re` skip the
# characters no token starts at in C: the first character is taken once, then a look-behind
# tells an initialism's capital from a word's first letter (the same matches on the corpora and
# on 200,000 random strings; the seed's paragraphs tokenised in 0.44 of the time). The word's
# letters and its apostrophe parts are possessive (`*+`): a match never gives them back, so `re`
# keeps no backtracking state per word (the same matches: nothing follows them in the pattern;
# 16% fewer instructions for `re` on the seed).
_TOKEN = re.compile(r"\w(?:(?<=[A-Z])\.(?:[A-Z]\.)+|\w*+(?:['’](?!s\b)\w+)*+)")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Words of `text` as (start, end, word), curly apostrophes made straight in `word`.

    The pattern treats both apostrophes alike, so it reads the text with its curly ones made
    straight (same length, same offsets) and no word needs its own `replace`."""
    if "’" in text:
        text = text.replace("’", "'")
    return [(match.start(), match.end(), match[0]) for match in _TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class Entity:
    """Something the gazetteer knows: its canonical name, kind and usual short names.

    `short` (an acronym, a surname) is listed among an actor's aliases even when the text never
    uses it, so that searching the library for "USAID" or "Putin" finds the full name.
    """

    name: str
    kind: ActorKind
    short: tuple[str, ...] = ()


FormKey = tuple[str, tuple[str, ...]]
"""A form as matched: its first word exactly, the following words in lower case."""


@lru_cache(maxsize=8192)
def form_key(form: str) -> FormKey | None:
    """The key of a written form ("the Kremlin" -> ("Kremlin", ())), None when it has no word."""
    words = [word for _, _, word in tokenize(form.removeprefix("the "))]
    if not words:
        return None
    return (words[0], tuple(word.lower() for word in words[1:]))


@dataclass(slots=True)
class Lexicon:
    """Known forms indexed by first word; `standalone` holds one-word person names (surnames).

    `adjectival` holds the forms that qualify a noun rather than name the actor (singular
    demonyms: "Russian", "Azeri", "European"); `metonyms` the forms that name it through a place
    (capitals and seats: "Moscow", "White House"), which never become the actor's name.
    """

    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    standalone: dict[str, str] = field(default_factory=dict)
    adjectival: set[FormKey] = field(default_factory=set)
    adjectival_first: frozenset[str] = frozenset()
    """First words of adjectival forms (set by `freeze`), to skip most matches at once."""
    metonyms: set[FormKey] = field(default_factory=set)
    _forms: dict[FormKey, str] = field(default_factory=dict)

    def add(
        self,
        name: str,
        kind: ActorKind,
        forms: Iterable[str],
        short: tuple[str, ...] = (),
        *,
        adjectival: Iterable[str] = (),
        metonyms: Iterable[str] = (),
    ) -> None:
        """Register an entity and its forms; a later registration of a form wins."""
        self.entities[name] = Entity(name, kind, short)
        for form in (name, *forms):
            key = form_key(form)
            if key:
                self._forms[key] = name
        for group, target in ((adjectival, self.adjectival), (metonyms, self.metonyms)):
            for form in group:
                key = form_key(form)
                if key:
                    self._forms[key] = name
                    target.add(key)

    def owner(self, form: str) -> str | None:
        """The entity a written form names, if the lexicon knows the form."""
        key = form_key(form)
        return self._forms.get(key) if key else None

    def forms_of(self, name: str) -> list[tuple[str, bool]]:
        """Every registered form of `name` as (written form, adjectival)."""
        return [
            (" ".join((first, *rest)), (first, rest) in self.adjectival)
            for (first, rest), owner in self._forms.items()
            if owner == name
        ]

    def discard(self, forms: Iterable[str]) -> None:
        """Forget forms that are too ambiguous to name anything on their own."""
        for form in forms:
            key = form_key(form)
            if key:
                self._forms.pop(key, None)

    def freeze(self) -> Lexicon:
        """Build the first-word index, longest forms first so the longest match wins."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for (first, rest), name in self._forms.items():
            index.setdefault(first, []).append((rest, name))
        for candidates in index.values():
            candidates.sort(key=lambda candidate: -len(candidate[0]))
        self.index = index
        self.adjectival_first = frozenset(first for first, _ in self.adjectival)
        return self


def _plural(demonym: str) -> str | None:
    """ "Armenians" from "Armenian"; none for "French", "Swiss", "Chinese"."""
    if demonym.endswith(("s", "sh", "ch", "ese", "x")) or " " in demonym:
        return None
    return demonym + "s"


def _country_forms(record: dict[str, Any]) -> list[str]:
    """Names and plural demonyms ("Armenians" name the people, a noun)."""
    forms = [*record["alt_names"]]
    for demonym in record["demonyms"]:
        plural = _plural(demonym)
        if plural:
            forms.append(plural)
    return forms


@cache
def gazetteer() -> Lexicon:
    """The packaged gazetteer, built once per process (a few milliseconds)."""
    lexicon = Lexicon()
    curated = data.load("aliases.yaml")
    renames: dict[str, str] = curated.get("rename") or {}
    dropped = set(curated.get("drop_countries") or ())
    for record in data.load("countries.json"):
        if record["name"] in dropped:
            continue
        name = renames.get(record["name"], record["name"])
        lexicon.add(
            name,
            ActorKind.COUNTRY,
            [record["name"], *_country_forms(record)],
            adjectival=record["demonyms"],
            metonyms=record["capitals"],
        )
    adjectives = set(curated.get("adjectival") or ())
    seats = set(curated.get("metonyms") or ())
    for extra in curated.get("extra_countries") or ():
        forms = extra.get("aliases")
        _add_curated(lexicon, extra["name"], ActorKind.COUNTRY, forms, adjectives, seats)
    for name, forms in (curated.get("countries") or {}).items():
        _add_curated(lexicon, name, ActorKind.COUNTRY, forms, adjectives, seats)
    lexicon.discard(curated.get("ignore") or ())
    for place in curated.get("places") or ():
        forms = place.get("aliases")
        _add_curated(lexicon, place["name"], ActorKind.PLACE, forms, adjectives, seats)
    for group in curated.get("groups") or ():
        forms = group.get("aliases")
        _add_curated(lexicon, group["name"], ActorKind.GROUP, forms, adjectives, seats)
    for org in data.load("organisations.yaml"):
        kind = ActorKind.GROUP if org.get("kind") == "group" else ActorKind.ORGANISATION
        forms = [org["short"]] if org.get("short") else []
        lexicon.add(org["name"], kind, [*forms, *(org.get("aliases") or ())], tuple(forms))
    _add_people(lexicon, data.load("people.yaml"))
    return lexicon.freeze()


def _add_curated(
    lexicon: Lexicon,
    name: str,
    kind: ActorKind,
    forms: Iterable[str] | None,
    adjectives: set[str],
    seats: set[str],
) -> None:
    """Add a curated entry, its forms sorted by aliases.yaml's `adjectival` and `metonyms`.

    A curated entry adds forms to an entity the table already holds, so the entity's short
    names (`short`) are kept.
    """
    forms = list(forms or ())
    known = lexicon.entities.get(name)
    lexicon.add(
        name,
        kind,
        [form for form in forms if form not in adjectives and form not in seats],
        known.short if known else (),
        adjectival=[form for form in forms if form in adjectives],
        metonyms=[form for form in forms if form in seats],
    )


def _add_people(lexicon: Lexicon, people: list[dict[str, Any]]) -> None:
    """Full names go in the index; one-word aliases only resolve words left unexplained.

    A surname is kept apart so that "Mike Johnson" in a text is not read as "Johnson" of the
    list; and a surname two listed people share names neither of them on its own.
    """
    counts: dict[str, int] = {}
    for person in people:
        for alias in person.get("aliases") or ():
            if _one_word(alias):
                counts[alias] = counts.get(alias, 0) + 1
    for person in people:
        aliases = person.get("aliases") or ()
        lexicon.add(
            person["name"],
            ActorKind.PERSON,
            [a for a in aliases if not _one_word(a)],
            tuple(a for a in aliases if _one_word(a)),
        )
        for alias in aliases:
            if _one_word(alias) and counts[alias] == 1:
                lexicon.standalone[alias] = person["name"]


def _one_word(form: str) -> bool:
    return len(tokenize(form)) == 1
