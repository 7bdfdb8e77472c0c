"""Literal, smart-case matching that sees text as a reader does: spaces are spaces, and
characters that do not show are not there.

Articles from the web write "8 per cent" with no-break spaces (U+00A0, U+202F), break long
words with soft hyphens (U+00AD) and hide zero-width characters (U+200B..U+200D, U+2060,
U+FEFF) inside names. A reader who types "8 per cent" or "Avdiivka" means those words, so
here any space typed matches any one space character, and the invisible format characters
are skipped on both sides. Offsets returned are always in the original text, so a hit spans
exactly the characters shown, invisible ones included.

The rule is Unicode's: a "space" is any character for which `str.isspace()` holds; the
ignored characters are those of general category Cf that render as nothing in running text
(the soft hyphen is Cf too). Plain text (ASCII with only ordinary spaces) takes a fast path
of `str.find` calls, as before.
"""

from __future__ import annotations

IGNORED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
"""Soft hyphen, zero-width space, zero-width non-joiner and joiner, word joiner, and the
byte-order mark used as a zero-width no-break space: never matched, never in the way."""


def is_case_sensitive(query: str) -> bool:
    """Smart case: the query is matched exactly only when it holds a capital letter."""
    return any(character.isupper() for character in query)


def fold(text: str) -> str:
    """Lower case with the same length as `text`, so offsets found in it hold in the original.

    A few characters lower to two ("İ" to "i̇"); those are kept as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(
        character.lower() if len(character.lower()) == 1 else character for character in text
    )


def normalise(text: str) -> tuple[str, list[int]]:
    """`text` with every space character made " " and the ignored characters dropped, and for
    each character kept its offset in `text` (shape: (normalised, offsets), equal lengths)."""
    kept: list[str] = []
    offsets: list[int] = []
    for index, character in enumerate(text):
        if character in IGNORED:
            continue
        kept.append(" " if character.isspace() else character)
        offsets.append(index)
    return "".join(kept), offsets


def _plain(text: str) -> bool:
    """Whether `text` needs no normalising: ASCII, where the only space that matters is " "."""
    return text.isascii() and "\t" not in text and "\n" not in text


def find_spans(text: str, query: str, *, folded: str | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets in `text` of every non-overlapping occurrence of `query`, smart
    case, spaces and invisible characters as the module docstring says. An empty query (or
    one made only of ignored characters) finds nothing.

    `folded` may pass `fold(text)` made once, used on the fast path for plain text.
    """
    if not query:
        return []
    exact = is_case_sensitive(query)
    needle, _ = normalise(query)
    if not needle:
        return []
    if not exact:
        needle = fold(needle)
    if _plain(text):
        haystack = text if exact else (folded if folded is not None else fold(text))
        found: list[tuple[int, int]] = []
        start = haystack.find(needle)
        while start >= 0:
            found.append((start, start + len(needle)))
            start = haystack.find(needle, start + len(needle))
        return found
    haystack, offsets = normalise(text)
    if not exact:
        haystack = fold(haystack)
    spans: list[tuple[int, int]] = []
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        spans.append((offsets[start], offsets[end - 1] + 1))
        start = haystack.find(needle, end)
    return spans


def find_all(text: str, query: str, *, folded: str | None = None) -> list[int]:
    """Start offsets of every occurrence of `query` in `text` (see `find_spans`)."""
    return [start for start, _ in find_spans(text, query, folded=folded)]


def reader_query(query: str) -> str:
    """What the reader's literal search should look for when an article is opened from a
    library search: the first term the user did not exclude ("black sea" from
    `"black sea" -grain`), without the search-engine syntax; empty when there is none."""
    from briefing.library.query import parse

    for term in parse(query):
        if not term.exclude:
            return term.text
    return ""


def searchable(text: str) -> str:
    """`text` as the library's full-text index should hold it: the ignored characters taken
    out (a soft hyphen would split "Izma-il" into two words for FTS5) and every space but a
    line break made " " (so an exact "8 per cent" is found in "8 per cent" with no-break
    spaces)."""
    if text.isascii():
        return text
    return "".join(
        " " if character.isspace() and character != "\n" else character
        for character in text
        if character not in IGNORED
    )
