"""Quotation marks: where each quoted stretch of a paragraph starts and ends.

Every convention in use in English and European news prose is read (the Chicago Manual of Style
and the Duden/Imprimerie nationale house rules describe them):

- “…” and "…" (American), ‘…’ and '…' (British), ``…'' (typewriter);
- „…“ and „…” (German, Polish, Czech), ‚…‘ (German single);
- «…» and « … » (French, with spaces), »…« (German guillemets), ‹…› and ›…‹;
- 「…」 and 『…』 (CJK corner brackets).

Marks nest: a stack holds the open ones, and only outermost stretches are returned (a quotation
inside a quotation belongs to the outer speaker). Curly marks say which way they face, except
that “ also closes a „; straight ones (" and ') are read from their neighbours: after a space or
an opening bracket a mark opens, after a word or punctuation it closes. An apostrophe between
letters (it’s, Labour’s) neither opens nor closes, and a possessive after a plural (students’
union) closes a single quotation only when nothing better closes it before the paragraph ends.
A mark glued to "=" (markup such as author="...") opens nothing, so scraped embeds do not turn
into quotes. Guillemets face the way the paragraph's first one shows: « first is French, » first
is German. A quotation left open at the end of a paragraph runs to its end: that is how a
quotation spanning paragraphs is written (the next paragraph opens again, and its text carries
on the same speaker). One pass over the marks, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"''|``|[“”„‟\"‘’‚'«»‹›「」『』]")
_OPENERS_BEFORE = frozenset("([{—–-/:")
_SINGLE = frozenset("‘’'‚")
_CLOSERS: dict[str, frozenset[str]] = {
    "“": frozenset('”"'),
    "„": frozenset("“”"),
    "‟": frozenset("”"),
    '"': frozenset('"”'),
    "``": frozenset({"''", '"'}),
    "‘": frozenset("’'"),
    "‚": frozenset("‘’"),
    "'": frozenset("'’"),
    "«": frozenset("»"),
    "»": frozenset("«"),
    "‹": frozenset("›"),
    "›": frozenset("‹"),
    "「": frozenset("」"),
    "『": frozenset("』"),
}
_ALWAYS_OPEN = frozenset({"“", "„", "‟", "``", "‚", "「", "『"})
_ONLY_CLOSE = frozenset({"''", "”", "’", "»", "›", "」", "』"})
_SWAPPED = {"«": "»", "»": "«", "‹": "›", "›": "‹"}


@dataclass(frozen=True, slots=True)
class Marked:
    """One quoted stretch of a paragraph: `start:end` are the words inside the marks."""

    paragraph: int
    start: int
    end: int
    open_at: int
    """Offset of the opening mark (-1 when the paragraph picks up an open quotation)."""
    close_at: int
    """Offset of the closing mark, or -1 when the quotation runs on to the next paragraph."""


@dataclass(slots=True)
class _Open:
    mark: str
    at: int
    length: int
    fallback: int = -1
    """A possessive apostrophe that may close this single quotation if nothing else does."""


def _guillemets_reversed(text: str) -> bool:
    """Whether the paragraph writes guillemets German style (»…«, ›…‹)."""
    for char in text:
        if char in "«‹":
            return False
        if char in "»›":
            return True
    return False


def _before(text: str, position: int) -> str:
    return text[position - 1] if position > 0 else " "


def _after(text: str, position: int) -> str:
    return text[position] if position < len(text) else " "


def _is_apostrophe(text: str, start: int, end: int) -> bool:
    """it’s, Labour’s, rock ’n’ roll: a single mark between letters or digits."""
    return _before(text, start).isalnum() and _after(text, end).isalnum()


def _possessive(text: str, start: int, end: int) -> bool:
    """students’ union, the Saudis’ oil: a mark after s that a lower-case word follows."""
    if _before(text, start) not in "sS":
        return False
    rest = text[end : end + 2]
    return len(rest) == 2 and rest[0] == " " and (rest[1].islower() or rest[1].isdigit())


def _can_open(text: str, mark: str, start: int, end: int) -> bool:
    if mark in _ALWAYS_OPEN:
        return not _after(text, end).isspace() or mark in {"“", "„", "「", "『"}
    before, after = _before(text, start), _after(text, end)
    if before == "=":
        return False
    if mark in {'"', "'", "‘"}:
        if mark != "‘" and before.isalnum():
            return False
        if mark == "‘" and (before.isalnum() or after.isdigit()):
            return False
        if mark == "'" and not (after.isalpha() or after in "“\"‘"):
            return False
        return before.isspace() or before in _OPENERS_BEFORE or before in "“\"‘„«»‹›" or (
            mark == '"' and not before.isalnum()
        )
    return mark in "«‹"


def _can_close(text: str, mark: str, start: int, end: int, top: _Open) -> bool:
    if mark == "“" and top.mark == "“":
        return not _before(text, start).isspace() and not _after(text, end).isalnum()
    if mark not in _CLOSERS[top.mark]:
        return False
    if mark in _SINGLE and top.mark in _SINGLE:
        if _is_apostrophe(text, start, end):
            return False
        if _before(text, start).isspace() and not _after(text, end).isspace():
            return False
        if _possessive(text, start, end):
            top.fallback = start
            return False
    return True


def _closes_deeper(stack: list[_Open], mark: str) -> int:
    """The depth of an outer quotation a double closing mark ends, past an unclosed inner one."""
    if len(stack) < 2 or mark in _SINGLE or mark == '"' or stack[-1].mark not in _SINGLE:
        return -1
    for depth in range(len(stack) - 2, -1, -1):
        if mark in _CLOSERS[stack[depth].mark]:
            return depth
    return -1


def quoted_stretches(index: int, text: str, continued: bool) -> list[Marked]:
    """The outermost quoted stretches of one paragraph, in order.

    `continued` says the previous paragraph ended inside a quotation: then a closing mark with no
    opening one before it closes a stretch that starts at the paragraph's beginning.
    """
    swap = _SWAPPED if ("»" in text or "›" in text) and _guillemets_reversed(text) else {}
    found: list[Marked] = []
    stack: list[_Open] = []
    for match in _MARK.finditer(text):
        mark, start, end = match.group(), match.start(), match.end()
        mark = swap.get(mark, mark)
        if stack and _can_close(text, mark, start, end, stack[-1]):
            top = stack.pop()
            if not stack:
                found.append(_trimmed(index, text, top.at + top.length, start, top.at, start))
            continue
        depth = _closes_deeper(stack, mark)
        if depth >= 0:
            del stack[depth + 1 :]
            top = stack.pop()
            if not stack:
                found.append(_trimmed(index, text, top.at + top.length, start, top.at, start))
            continue
        if not stack and mark in _ONLY_CLOSE:
            if continued and not found and not _is_apostrophe(text, start, end):
                found.append(_trimmed(index, text, 0, start, -1, start))
            continue
        if stack and mark == stack[-1].mark and mark in {'"', "'"}:
            continue
        if _can_open(text, mark, start, end):
            stack.append(_Open(mark, start, end - start))
    if stack:
        bottom = stack[0]
        if bottom.fallback >= 0 and len(stack) == 1:
            end = bottom.fallback
            found.append(_trimmed(index, text, bottom.at + bottom.length, end, bottom.at, end))
        elif bottom.mark not in _SINGLE or not found:
            found.append(_trimmed(index, text, bottom.at + bottom.length, len(text), bottom.at, -1))
    return [stretch for stretch in found if stretch.end > stretch.start]


def _trimmed(index: int, text: str, start: int, end: int, open_at: int, close_at: int) -> Marked:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(index, start, end, open_at, close_at)


def ends_open(stretches: list[Marked]) -> bool:
    """Whether a paragraph's last quotation runs on past its end."""
    return bool(stretches) and stretches[-1].close_at < 0
