"""Names the text defines before they are matched: "Full Name (ACR)" (acronyms.py finds
them) and quoted nicknames inside a person's name ("Mohamed Hamdan “Hemedti” Dagalo").

Each becomes a form of the article's own lexicon (`Scan.local`), matched like the gazetteer's.
An acronym defined by a lower-case phrase ("advanced persistent threat (APT)") or by a document's
name ("Convention on the Law of the Sea (UNCLOS)") names a term or a text: it goes to
`Scan.terms` and never becomes an organisation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.actors.acronyms import definitions, term_definitions
from briefing.analysis.actors.lexicon import Entity, form_key, tokenize
from briefing.analysis.actors.names import has_document_head, words
from briefing.model import ActorKind

if TYPE_CHECKING:
    from briefing.analysis.actors.scan import Scan

_NICKNAME = re.compile(
    r"((?:[A-Z][\w'’-]+ ){1,3})[“\"]([A-Z][\w-]+)[”\"] [A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"
)
_QUOTED_WORD = re.compile(r"[“\"][A-Z][\w-]+[”\"] [A-Z]")
"""A quoted capitalised word before a capitalised one: the cheap test before `_NICKNAME`."""
_GLUE = frozenset({"of", "for", "and", "the", "on", "in", "s"})


def define(scan: Scan, paragraphs: list[tuple[int, str]]) -> None:
    """Learn every "Full Name (ACR)" and nickname of the text before matching.

    A defined name the gazetteer knows keeps its actor and teaches it the acronym. Before a
    known acronym, a name that shares half its words with the known expansion
    ("Commonwealth Security Treaty Organization (CSTO)"), or whose capitals do not spell the
    acronym at all (a loose gloss), is a form of that actor; one that spells it with other
    words ("International Cricket Council (ICC)") is another body. Any other name is a new
    organisation named as written, with the acronym as its form. The first definition of an
    acronym wins.
    """
    taught: set[str] = set()
    for index, text in paragraphs:
        if ("“" in text or '"' in text) and _QUOTED_WORD.search(text):
            _nicknames(scan, text)
        if "(" not in text:
            continue
        tokens = scan.tokenised[index] = tokenize(text)
        scan.terms.update(term_definitions(text, tokens))
        for definition in definitions(index, text, tokens):
            if definition.acronym in taught:
                continue
            taught.add(definition.acronym)
            if has_document_head(list(range(definition.first, definition.last + 1)), tokens):
                scan.terms.add(definition.acronym)  # "... Convention on the Law of the Sea (UNCLOS)"
                continue
            known = scan.lexicon.owner(definition.name)
            expanded = scan.lexicon.owner(definition.acronym)
            if known is not None:
                _teach(scan, definition.acronym, known)
            elif expanded is not None and (
                not definition.spelled or _expands(scan, definition.name, expanded)
            ):
                _teach(scan, definition.name, expanded)
                scan.glosses.add(form_key(definition.name))
            else:
                name = definition.name
                entity = Entity(name, ActorKind.ORGANISATION, (definition.acronym,))
                scan.entities.setdefault(name, entity)
                _teach(scan, name, name)
                _teach(scan, definition.acronym, name)
    for candidates in scan.local.values():
        candidates.sort(key=lambda candidate: -len(candidate[0]))


def _nicknames(scan: Scan, text: str) -> None:
    """ "Mohamed Hamdan “Hemedti” Dagalo": a given name, a quoted capitalised word, then a
    surname make one person, named as written; the nickname alone names them after."""
    for match in _NICKNAME.finditer(text):
        if match.group(1).split()[0] not in words().given_names:
            continue
        name = match.group()
        scan.entities.setdefault(name, Entity(name, ActorKind.PERSON, (match.group(2),)))
        _teach(scan, name, name)
        _teach(scan, match.group(2), name)


def _teach(scan: Scan, form: str, name: str) -> None:
    """Make `form` a form of `name` for this article."""
    key = form_key(form)
    if key is not None:
        scan.local.setdefault(key[0], []).append((key[1], name))


def _expands(scan: Scan, written: str, name: str) -> bool:
    """Whether a written expansion shares at least half its words with a known form."""
    content = {w.lower() for _, _, w in tokenize(written)} - _GLUE
    if not content:
        return False
    for form, adjectival in scan.lexicon.forms_of(name):
        if adjectival:
            continue
        shared = content & {w.lower() for _, _, w in tokenize(form)}
        if len(shared) * 2 >= len(content):
            return True
    return False
