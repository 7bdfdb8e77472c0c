"""What the user types in the library's search, as an SQLite FTS5 query.

Users type words, not FTS5 syntax, so the text is never passed through: every word becomes a
quoted FTS5 string (brackets, colons, `AND`, `NEAR` and stray quotes are only text), and three
things are read from it, as in web search engines:

- `"a phrase"`: the words in this order (an unclosed quote runs to the end);
- `word*`: any word that starts so (`sanct*` finds sanctions and sanctioned);
- `-word` or `-"a phrase"`: leave out the articles that hold it.

Words are all required (AND). While the user is still typing (`as_you_type`), the last word is a
prefix once it has two letters, so results follow each key. Smart case, as in the reader: a
term with a capital letter is matched exactly (case-sensitive) against the article, the others
in any case; `Term.exact` says which. Diacritics are ignored by the tokenizer
(`remove_diacritics 2`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_PREFIX = 2
"""Letters typed before the last word counts as a prefix: one letter would match nearly every
article (and FTS5 keeps prefix indexes for 2 and 3 letters, so those are fast)."""

_TERM = re.compile(r'(-?)"([^"]*)(?:"|$)|(-?)([^\s"]+)')
_WORD_CHARACTER = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Term:
    """One part of a query: the words, and whether it is a phrase, a prefix or excluded."""

    text: str
    prefix: bool = False
    exclude: bool = False

    @property
    def exact(self) -> bool:
        """Smart case: a capital letter makes the term case-sensitive."""
        return any(character.isupper() for character in self.text)

    def fts(self) -> str:
        """The term as an FTS5 string, quotes doubled, with `*` for a prefix."""
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + " *" if self.prefix else quoted


def parse(query: str, *, as_you_type: bool = False) -> list[Term]:
    """The terms of a query, in order; terms without a letter or digit are dropped.

    >>> [term.fts() for term in parse('russia "black sea" -grain sanct*')]
    ['"russia"', '"black sea"', '"grain"', '"sanct" *']
    """
    terms: list[Term] = []
    for match in _TERM.finditer(query):
        phrase_minus, phrase, word_minus, word = match.groups()
        if phrase is not None:
            text, exclude, prefix = phrase.strip(), bool(phrase_minus), False
        else:
            exclude = bool(word_minus)
            prefix = word.endswith("*")
            text = word.rstrip("*")
        if not _WORD_CHARACTER.search(text):
            continue
        terms.append(Term(" ".join(text.split()), prefix, exclude))
    if as_you_type and terms and query == query.rstrip() and not query.endswith('"'):
        last = terms[-1]
        if not last.exclude and " " not in last.text and len(last.text) >= MIN_PREFIX:
            terms[-1] = Term(last.text, True, False)
    return terms


def to_match(terms: list[Term]) -> str | None:
    """The FTS5 MATCH expression, or None when nothing is required (only exclusions)."""
    wanted = [term.fts() for term in terms if not term.exclude]
    if not wanted:
        return None
    expression = " AND ".join(wanted)
    unwanted = [term.fts() for term in terms if term.exclude]
    if unwanted:
        expression = f"({expression}) NOT ({' OR '.join(unwanted)})"
    return expression
