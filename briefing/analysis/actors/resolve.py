"""The actors scanner's second pass: what only the whole text tells.

Once every paragraph is read, words left unexplained are resolved (a bound acronym, the surname
of a person named in full anywhere, a well-known surname, an unknown acronym used twice, a
relative who shares a known surname), and names are settled that need the whole text: a
leader's "administration", a demonym before an institution ("the Syrian government"), a
country name meant in another sense (homonyms.py), a surname that a demonym only looked like.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.actors.companies import company_cue, same_consonants
from briefing.analysis.actors.homonyms import homonyms
from briefing.analysis.actors.lexicon import Entity
from briefing.analysis.actors.names import (
    Token,
    is_acronym,
    is_title,
    is_titlecase,
    surname,
    words,
)
from briefing.analysis.actors.state import Found
from briefing.model import ActorKind, Mention, Span

if TYPE_CHECKING:
    from briefing.analysis.actors.scan import Scan

_ADMINISTRATION = " administration"


def resolve(scan: Scan) -> None:
    """Words left unexplained: bound acronyms, surnames of people named in full, titles."""
    surnames: dict[str, str | None] = {}
    for actor in scan.found.values():
        if actor.kind == ActorKind.PERSON and " " in actor.name:
            key = surname(actor.name)
            surnames[key] = actor.name if key not in surnames else None
    used, first_names = _relatives(scan, surnames) if scan.discover else (set(), {})
    for actor in scan.found.values():
        if actor.kind == ActorKind.PERSON and " " in actor.name:
            key = surname(actor.name)
            surnames[key] = actor.name if surnames.get(key, actor.name) == actor.name else None
    acronyms = _unknown_acronyms(scan) if scan.discover else set()
    for number, pending in enumerate(scan.pending):
        if number in used:
            continue
        para = scan.paragraphs[pending.paragraph]
        word = para.tokens[pending.index][2]
        name = scan.acronyms.get(word)
        last = pending.index
        if name is None and word in acronyms:
            name = word
            scan.entities.setdefault(word, Entity(word, ActorKind.ORGANISATION))
        if name is None and scan.discover and is_acronym(word) and word not in scan.terms:
            name, last = _organisation(scan, para.text, para.tokens, pending.index, number)
            used.update(range(number + 1, number + 1 + last - pending.index))
        if name is None and is_titlecase(word):
            name = surnames.get(word) or scan.lexicon.standalone.get(word)
            if name is None and scan.discover:
                name, last = _organisation(scan, para.text, para.tokens, pending.index, number)
                used.update(range(number + 1, number + 1 + last - pending.index))
            if name is None and pending.titled:
                name = first_names.get(word)  # "Prime Minister Thaksin"
            if name is None and pending.titled and scan.discover:
                # "Secretary General", "General Motors": a title word names nobody.
                common = word.lower() in words().common or is_title(word)
                name = None if common else word
        if name is None:
            continue
        kind = scan.found[name].kind if name in scan.found else None
        if kind is None:
            entity = scan.entities.get(name)
            kind = entity.kind if entity else ActorKind.PERSON
        scan.mention(name, kind, para, pending.index, last)
    _surnames_over_demonyms(scan, {k: v for k, v in surnames.items() if v})
    _administrations(scan)
    _settle_homonyms(scan)
    if scan.discover:
        _institutions(scan)


def _organisation(
    scan: Scan, text: str, tokens: list[Token], position: int, number: int
) -> tuple[str | None, int]:
    """(name, last token) of a known organisation spelled with other vowels ("Hizbullah"), or
    of a company the text says the word is ("Fingrid, the Finnish grid operator", "the Russian
    firm Uranium One": the capitalised words left unexplained after it belong to its name);
    companies.py. (None, position) when neither."""
    word = tokens[position][2]
    known = same_consonants(word)
    if known is not None:
        return known, position
    if word in words().given_names:
        return None, position
    last, pending = position, scan.pending
    while (
        number + 1 + last - position < len(pending)
        and pending[number + 1 + last - position].index == last + 1
        and pending[number + 1 + last - position].paragraph == pending[number].paragraph
        and text[tokens[last][1] : tokens[last + 1][0]] == " "
    ):
        last += 1
    if not (company_cue(text, tokens, position) or company_cue(text, tokens, last)):
        return None, position
    name = text[tokens[position][0] : tokens[last][1]]
    scan.entities.setdefault(name, Entity(name, ActorKind.ORGANISATION))
    return name, last


def _institutions(scan: Scan) -> None:
    """ "the Syrian government", "the Russian army": a demonym before an institution word
    (actor_stopwords.yaml, `institutions`) names that institution, an actor apart from its
    country, named as the text first writes it; "Russian military" and "Russian army" are one.
    The demonym's use moves from the country to the institution."""
    institutions = words().institutions
    made: dict[tuple[str, str], Found] = {}
    for actor in list(scan.found.values()):
        if actor.kind != ActorKind.COUNTRY:
            continue
        kept = []
        for use in actor.adjectival:
            span = use.span
            text = scan.paragraphs[span.paragraph].text
            following = text[span.end : span.end + 20]
            match = next(
                (
                    (form, institution)
                    for form, institution in institutions
                    if following.startswith(" " + form)
                    and not following[len(form) + 1 : len(form) + 2].isalnum()
                ),
                None,
            )
            if match is None:
                kept.append(use)
                continue
            form, institution = match
            end = span.end + 1 + len(form)
            written = text[span.start : end]
            body = made.get((actor.name, institution))
            if body is None:
                body = made[(actor.name, institution)] = scan.found.setdefault(
                    written, Found(written, ActorKind.ORGANISATION)
                )
            body.mentions.append(Mention(Span(span.paragraph, span.start, end), written))
        actor.adjectival = kept


def _unknown_acronyms(scan: Scan) -> set[str]:
    """Unexplained acronyms of three letters or more that the text uses at least twice:
    organisations the writer expects the reader to know ("USMCA", "UNCTAD"), unless they
    name a thing or a measure (actor_stopwords.yaml, `not_actors`) or are a word the text also
    writes in lower case (a shouted "FULL TRANSCRIPT"). One use is enough when the acronym
    stands alone in brackets after a figure or a claim: the source cited for it ("rose by 16
    percent (UNCTAD)")."""
    counts: dict[str, int] = {}
    lists = words()
    for pending in scan.pending:
        para = scan.paragraphs[pending.paragraph]
        start, end, word = para.tokens[pending.index]
        if len(word) >= 3 and word.isupper() and word.isalpha() and is_acronym(word):
            cited = para.text[start - 1 : start] == "(" and para.text[end : end + 1] == ")"
            counts[word] = counts.get(word, 0) + (2 if cited else 1)
    candidates = {
        word
        for word, count in counts.items()
        if count >= 2
        and word not in lists.not_actors
        and word not in scan.acronyms
        and word not in scan.terms
    }
    if candidates:
        lower = {word.lower() for word in candidates}
        written = {
            token[2]
            for para in scan.paragraphs.values()
            for token in para.tokens
            if token[2] in lower
        }
        candidates = {word for word in candidates if word.lower() not in written}
    return candidates


def _relatives(scan: Scan, surnames: dict[str, str | None]) -> tuple[set[int], dict[str, str]]:
    """Two unexplained capitalised words whose second is the surname of a person named in
    full are a relative of theirs ("Thaksin Shinawatra" beside "Paetongtarn Shinawatra"),
    a person of their own. Returns the numbers of the pending words used, and the new
    people by first word, so that "Prime Minister Thaksin" is Thaksin Shinawatra.
    """
    used: set[int] = set()
    first_names: dict[str, str] = {}
    pending = scan.pending
    lists = words()
    for number in range(len(pending) - 1):
        left, right = pending[number], pending[number + 1]
        if left.paragraph != right.paragraph or right.index != left.index + 1:
            continue
        para = scan.paragraphs[left.paragraph]
        first, last = para.tokens[left.index], para.tokens[right.index]
        again = scan.found.get(para.text[first[0] : last[1]])
        if again is not None and again.kind == ActorKind.PERSON:
            # A person the text named in full before, named in full again without a cue.
            scan.mention(again.name, ActorKind.PERSON, para, left.index, right.index)
            used.update((number, number + 1))
            continue
        kin = surnames.get(last[2])
        if (
            kin is None
            or para.text[first[1] : last[0]] != " "
            or not is_titlecase(first[2])
            or first[2].lower() in lists.common
            or is_title(first[2])
            or kin.split()[0] == first[2]
        ):
            continue
        name = para.text[first[0] : last[1]]
        scan.mention(name, ActorKind.PERSON, para, left.index, right.index)
        used.update((number, number + 1))
        first_names[first[2]] = name
    return used, first_names


def _administrations(scan: Scan) -> None:
    """ "the Trump administration": a person's name before "administration" names the
    government they lead, an organisation of its own ("Trump administration", as written)
    rather than a mention of the person."""
    for actor in list(scan.found.values()):
        if actor.kind != ActorKind.PERSON:
            continue
        kept = []
        for mention in actor.mentions:
            span = mention.span
            text = scan.paragraphs[span.paragraph].text
            following = text[span.end : span.end + len(_ADMINISTRATION)]
            if following.lower() != _ADMINISTRATION:
                kept.append(mention)
                continue
            end = span.end + len(_ADMINISTRATION)
            written = text[span.start : end]
            name = next((n for n in scan.found if n.lower() == written.lower()), written)
            body = scan.found.setdefault(name, Found(name, ActorKind.ORGANISATION))
            body.mentions.append(Mention(Span(span.paragraph, span.start, end), written))
        actor.mentions = kept


def _settle_homonyms(scan: Scan) -> None:
    """A country whose name the text means in another sense becomes that (homonyms.py).

    The cues are read in the paragraphs that name the country, its context."""
    for homonym in homonyms():
        actor = scan.found.get(homonym.country)
        if actor is None or actor.kind != ActorKind.COUNTRY:
            continue
        where = {mention.span.paragraph for mention in (*actor.mentions, *actor.adjectival)}
        text = "\n".join(scan.paragraphs[index].text for index in sorted(where))
        uses = sum(
            1
            for mention in (*actor.mentions, *actor.adjectival)
            if mention.surface != homonym.form
        )
        if homonym.other_wins(text, uses):
            actor.kind = homonym.other_kind


def _surnames_over_demonyms(scan: Scan, surnames: dict[str, str]) -> None:
    """ "Cuban said" after "Mark Cuban": a one-word match that is a person's surname, not
    followed by a lower-case word it would qualify, is that person (whether it was read as a
    mention or as an adjectival use of the country)."""
    lists = words()
    for actor in list(scan.found.values()):
        if actor.kind == ActorKind.PERSON:
            continue
        for uses in (actor.mentions, actor.adjectival):
            kept = []
            for mention in uses:
                person = surnames.get(mention.surface)
                if person is None:
                    kept.append(mention)
                    continue
                para = scan.paragraphs[mention.span.paragraph]
                following = para.text[mention.span.end : mention.span.end + 30].split()
                qualifies = bool(following) and following[0][:1].islower()
                if not qualifies or following[0] in lists.speech_verbs:
                    scan.found[person].mentions.append(mention)
                else:
                    kept.append(mention)
            uses[:] = kept
