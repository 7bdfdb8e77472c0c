"""Word lists and small tests for names the gazetteer does not know.

An unknown capitalised name becomes an actor only on evidence: a title right before it
("EU President Charles Michael"), a verb of saying next to it, a common given name at its
start, an organisation head word ("Wall Street Journal"), or an acronym in parentheses after it.
A title alone ("Prime Minister"), a month, page furniture ("Image", "Related Articles") or a
word capitalised because it opens a sentence is never one. The lists live in
briefing/data/titles.yaml, names.yaml and actor_stopwords.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing import data

Token = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists, as sets for constant-time tests."""

    titles: frozenset[str]
    personal_titles: frozenset[str]
    """Titles that name a person before a single word ("President Macron", "Mr. Schultz")."""
    title_nouns: frozenset[str]
    modifiers: frozenset[str]
    role_connectors: frozenset[str]
    speech_verbs: frozenset[str]
    org_heads: frozenset[str]
    particles: frozenset[str]
    connectors: frozenset[str]
    given_names: frozenset[str]
    breakers: frozenset[str]
    """Lower-case words that never belong to a name: months, weekdays, page furniture."""
    common: frozenset[str]
    """Lower-case words that only open a name by accident (sentence starts, adjectives)."""
    adjectives: frozenset[str]
    """Adjectives that may qualify a title ("Republican nominee") but name nobody alone."""
    likeness: frozenset[str]
    """Hyphen suffixes that liken rather than name ("Minsk-style")."""
    compound_suffixes: frozenset[str]
    """Short hyphen suffixes that make an adjective, not a name part ("Trump-era")."""
    not_actors: frozenset[str]
    """Acronyms of things and measures ("GDP", "HIMARS"), never organisations."""
    operation_heads: frozenset[str]
    """Words that open the name of a military operation or mission ("Operation Aspides")."""
    document_heads: frozenset[str]
    """Words that end a document's or a law's name ("Act", "Treaty"): no actor."""
    place_heads: frozenset[str]
    """Geographic words that end a place's name ("Reef", "Shoal", "Strait")."""
    institutions: tuple[tuple[str, str], ...]
    """(words, institution) after a demonym, longest first: ("armed forces", "military")."""


@cache
def words() -> Words:
    """Load the word lists once per process."""
    titles = data.load("titles.yaml")
    stop = data.load("actor_stopwords.yaml")
    names = data.load("names.yaml")
    return Words(
        titles=frozenset(titles["titles"]) | frozenset(stop["extra_titles"]),
        personal_titles=frozenset(titles["personal_titles"]),
        title_nouns=frozenset(titles["title_nouns"]),
        modifiers=frozenset(titles["role_modifiers"]),
        role_connectors=frozenset(titles["role_connectors"]),
        speech_verbs=frozenset(titles["speech_verbs"]),
        org_heads=frozenset(titles["organisation_heads"]) | frozenset(stop["extra_org_heads"]),
        particles=frozenset(titles["name_particles"]),
        connectors=frozenset(titles["name_connectors"]),
        given_names=frozenset(names["given_names"])
        | frozenset(names["more_given_names"])
        | frozenset(names.get("world_given_names") or ()),
        breakers=frozenset(stop["calendar"]) | frozenset(stop["furniture"]),
        common=frozenset(stop["function_words"]) | frozenset(stop["adjectives"]),
        adjectives=frozenset(stop["adjectives"]),
        likeness=frozenset(stop["likeness"]),
        compound_suffixes=frozenset(stop["compound_suffixes"]),
        place_heads=frozenset(stop["place_heads"]),
        document_heads=frozenset(stop["document_heads"]),
        operation_heads=frozenset(stop.get("operation_heads") or ()),
        not_actors=frozenset(stop["not_actors"]) | frozenset(stop.get("not_actor_terms") or ()),
        institutions=tuple(
            sorted(
                ((form, group) for group, forms in stop["institutions"].items() for form in forms),
                key=lambda pair: -len(pair[0]),
            )
        ),
    )


def is_capitalised(word: str) -> bool:
    """Starts with a capital letter ("Armenia", "CSTO", "U.S.")."""
    return word[:1].isupper()


def is_titlecase(word: str) -> bool:
    """A capital then lower-case letters: a word that looks like part of a name, not an acronym."""
    return word[:1].isupper() and any(char.islower() for char in word[1:])


def is_acronym(word: str) -> bool:
    """Two to ten capitals, perhaps with digits ("CSTO", "G20", "EAEU")."""
    return (
        2 <= len(word) <= 10
        and word[:1].isupper()
        and word.replace("&", "").isalnum()
        and (word.upper() == word)
    )


def is_title(word: str) -> bool:
    """A capitalised word of a title ("President", "Gen")."""
    return word in words().titles


def joins(text: str, left: Token, right: Token) -> bool:
    """Whether two words are close enough to belong to one name: a space, a hyphen, or the
    stop after an initial ("George W. Bush")."""
    gap = text[left[1] : right[0]]
    if gap in (" ", "-", "\u00a0"):
        return True
    return gap == ". " and len(left[2]) == 1 and left[2].isupper()


def surname(name: str) -> str:
    """The word a person is named by on their own, their family name.

    The last word, skipping "Jr." and numerals ("Joe Biden" -> "Biden"); but the first where
    the family name comes first: a two-part name whose given name is hyphenated in lower case
    ("Tsai Ing-wen", "Ko Wen-je"), or a name of two or three words that opens with a family
    name of a culture that writes it first (Chinese, Korean, Vietnamese, Khmer: names.yaml,
    `family_name_first`) and not with a given name ("Hun Sen" -> "Hun", "Xi Jinping" -> "Xi",
    "Kim Jong Un" -> "Kim"; "Kim Darroch" keeps "Darroch" when "Kim" opens only two words).
    """
    parts = [part.rstrip(".") for part in name.split()]
    while len(parts) > 1 and parts[-1] in ("Jr", "Sr", "II", "III", "IV"):
        parts.pop()
    if len(parts) == 2 and re.search(r"\w-[a-z]+$", parts[1]):
        return parts[0]
    if 2 <= len(parts) <= 3 and parts[0] in family_first():
        if len(parts) == 3 or parts[0] not in words().given_names:
            return parts[0]
    return parts[-1] if parts else name


@cache
def family_first() -> frozenset[str]:
    """Family names of cultures that write the family name before the given name."""
    return frozenset(data.load("names.yaml").get("family_name_first") or ())


@cache
def family_first_cues() -> frozenset[str]:
    """Family names written first that mark a capitalised pair as a person ("Hun Sen"): all
    but those that are also common words or too short (names.yaml)."""
    names = data.load("names.yaml")
    return family_first() - frozenset(names.get("family_name_first_ambiguous") or ())


def syllable(text: str, tokens: list[Token], position: int) -> bool:
    """A lower-case part of a hyphenated given name ("je" of "Wen-je", "ih" of "Yu-ih"): at
    most three letters fused by a hyphen to a capitalised word, and not a suffix that makes an
    adjective ("Trump-era", "US-led")."""
    word = tokens[position][2]
    return (
        position > 0
        and len(word) <= 3
        and word.isalpha()
        and word.islower()
        and text[tokens[position - 1][1] : tokens[position][0]] == "-"
        and is_titlecase(tokens[position - 1][2])
        and word not in words().compound_suffixes
        and word not in words().likeness
    )


def role_before(
    text: str, tokens: list[Token], first: int, match_start: dict[int, int]
) -> str | None:
    """The title written right before the name at token `first`, as the text words it.

    Walks back over title words, then modifiers ("former"), connectors ("of the"), names of
    countries or organisations and capitalised words ("EU President", "former Speaker of the
    House of Representatives", "Wall Street Journal editor"); `match_start` maps the last token
    of each gazetteer match to its first. The word next to the name must be a title word or a
    known name, and the role must hold a title word; otherwise there is no role.
    """
    lists = words()
    k = first - 1
    start: int | None = None
    has_title = False
    while k >= 0 and joins(text, tokens[k], tokens[k + 1]) and first - k <= 12:
        word = tokens[k][2]
        lower = word.lower()
        if k in match_start:
            k = match_start[k]
            start = k
        elif word.rstrip(".") in lists.titles or lower in lists.title_nouns:
            has_title = True
            start = k
        elif lower in lists.role_connectors and start is not None:
            pass
        elif has_title and (lower in lists.modifiers or _qualifier(word, lists)):
            start = k
        else:
            break
        k -= 1
    if not has_title or start is None:
        return None
    return text[tokens[start][0] : tokens[first - 1][1]]


def _qualifier(word: str, lists: Words) -> bool:
    """A capitalised word that may qualify a title: "Republican", "Stein", "Journal"."""
    lower = word.lower()
    if not is_titlecase(word) or lower in lists.breakers:
        return False
    return lower in lists.adjectives or lower not in lists.common


def namelike(word: str) -> bool:
    """A capitalised word that could continue someone's name ("Statute" after "Rome")."""
    lists = words()
    lower = word.lower()
    return (
        is_titlecase(word)
        and not is_title(word)
        and lower not in lists.common
        and lower not in lists.breakers
        and lower not in lists.speech_verbs
    )


def trim(
    run: list[int], tokens: list[Token], initial: set[int] | None = None, text: str = ""
) -> list[int]:
    """Drop connectors at the ends and common words at the start ("However", "The").

    With `initial` (the character offsets where sentences start), a capitalised adjective that
    does not open a sentence stays: it is part of the name ("the National Institute of
    Standards and Technology", "the Foreign Office"), not a sentence's first word.
    """
    lists = words()
    start, end = 0, len(run)
    while start < end:
        word = tokens[run[start]][2]
        lower = word.lower()
        if word in lists.connectors:
            start += 1
            continue
        if lower not in lists.common:
            break
        if (
            initial is not None
            and lower in lists.adjectives
            and tokens[run[start]][0] not in initial
            and start + 1 < end
        ):
            break
        start += 1
    while end > start and not is_capitalised(tokens[run[end - 1]][2]):
        if text and end - 1 > start and syllable(text, tokens, run[end - 1]):
            break  # "Wen-je": a syllable the run took in
        end -= 1
    return run[start:end]


def split_names(
    run: list[int],
    tokens: list[Token],
    standalone: dict[str, str],
    initial: set[int] | None = None,
    text: str = "",
) -> list[list[int]]:
    """Cut a run where one name ends and the next begins.

    "House of Representatives Nancy Pelosi", "Washington Post Trump": a given name or a known
    surname right after an organisation word (or a plural such as "Representatives") starts a
    new name; a given name after another name word does not ("Lamar Alexander"). "and" after
    an organisation word separates two names ("the Post and the Times").
    """
    lists = words()
    parts: list[list[int]] = [[]]
    for number, position in enumerate(run):
        word = tokens[position][2]
        previous = tokens[run[number - 1]][2] if number else ""
        if word in ("and", "&") and previous in lists.org_heads:
            parts.append([])
            continue
        if word == "of" and len(parts[-1]) >= 2 and tokens[parts[-1][0]][2] in lists.given_names:
            parts.append([])  # "Brian Batko of the Pittsburgh Post-Gazette"
            continue
        boundary = previous in lists.org_heads or (
            previous.endswith("s") and len(previous) > 4 and previous not in lists.given_names
        )
        if number and boundary and (word in lists.given_names or word in standalone):
            parts.append([])
        parts[-1].append(position)
    return [trimmed for part in parts if (trimmed := trim(part, tokens, initial, text))]


def split_connectors(run: list[int], tokens: list[Token]) -> list[list[int]]:
    """Pieces of a run between connectors ("John McCain of Arizona", "King and Schultz")."""
    lists = words()
    parts: list[list[int]] = [[]]
    for position in run:
        if tokens[position][2] in lists.connectors:
            parts.append([])
        else:
            parts[-1].append(position)
    return [part for part in parts if part]


def has_org_head(run: list[int], tokens: list[Token]) -> bool:
    """An organisation word ending the name or followed by a connector ("Ministry of ...")."""
    lists = words()
    if len(run) < 2:
        return False
    for number, position in enumerate(run):
        if tokens[position][2] in lists.org_heads and (
            number == len(run) - 1 or tokens[run[number + 1]][2] in ("of", "for", "on", "in")
        ):
            return True
    return False


def has_document_head(run: list[int], tokens: list[Token]) -> bool:
    """A document's or a law's word as the name's head: its last word ("Taiwan Relations Act")
    or a word a complement follows ("Convention on the Law of the Sea", "Treaty of Lisbon")."""
    lists = words()
    if len(run) < 2:
        return False
    for number, position in enumerate(run):
        if tokens[position][2] in lists.document_heads and (
            number == len(run) - 1
            or tokens[run[number + 1]][2] in ("of", "for", "on", "in", "against", "between")
        ):
            return True
    return False


def strip_titles(run: list[int], tokens: list[Token]) -> tuple[list[int], list[int]]:
    """(title words, name words): the name follows the last title word that leaves a name.

    "Supreme Court Justice Antonin Scalia" gives "Antonin Scalia"; "Larry King" stays whole
    because "King" leaves no name after it, and so does "Larry King Now", which opens with a
    given name.
    """
    if tokens[run[0]][2] in words().given_names:
        return [], run
    for number in range(len(run) - 2, -1, -1):
        if is_title(tokens[run[number]][2].rstrip(".")):
            return run[: number + 1], run[number + 1 :]
    return [], run


def is_headline(tokens: list[Token]) -> bool:
    """A paragraph that capitalises most of its words (a headline): no names are guessed in it."""
    if len(tokens) > 40:
        return False
    alphabetic = [word for _, _, word in tokens if word[:1].isalpha()]
    if len(alphabetic) < 4:
        return False
    capitals = sum(1 for word in alphabetic if word[:1].isupper())
    return capitals >= 0.7 * len(alphabetic)


def person_cue(
    text: str, tokens: list[Token], name: list[int], match_start: dict[int, int]
) -> bool:
    """Evidence that a capitalised name is a person: a given name first (or a family name that
    its culture writes first), a verb of saying next to it, or a title before it."""
    lists = words()
    for position in name:
        word = tokens[position][2]
        if word not in lists.particles and (not is_titlecase(word) or word.lower() in lists.common):
            if not syllable(text, tokens, position):
                return False
    if tokens[name[0]][2] in lists.given_names:
        return True
    if len(name) <= 3 and tokens[name[0]][2] in family_first_cues():
        return True  # "Hun Sen", "Nguyen Phu Trong": the family name written first
    after, before = name[-1] + 1, name[0] - 1
    if after < len(tokens) and tokens[after][2] in lists.speech_verbs:
        return True
    if before < 0 or not joins(text, tokens[before], tokens[name[0]]):
        return False
    word = tokens[before][2]
    if word in lists.speech_verbs:
        return True
    # A personal title or a function right before the name ("Senator", "USAID head"), not a
    # weak title word ("High School Scoreboard").
    strong = word.rstrip(".") in lists.personal_titles or word.lower() in lists.title_nouns
    return strong and role_before(text, tokens, name[0], match_start) is not None
