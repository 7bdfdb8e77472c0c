"""Which characters a PDF could not draw: the check behind the PDF export's missing-glyph warning.

Typst draws a character no font has as an empty box (the .notdef glyph) and says nothing. What
it does write, for every font it embeds, is a ToUnicode CMap: glyph id to the characters it
stands for (several for a ligature or a shaped cluster). A .notdef box maps to no character. So
the characters a page *drew* are the union of the CMaps' targets, and the characters it needed
and did not draw are exactly the boxes.

Only non-ASCII letters, digits, punctuation and symbols are checked (the bundled fonts always
draw ASCII; spaces, combining marks and format characters have no box of their own), and case
is ignored, because the template prints some strings in capitals.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_SKIPPED = frozenset({"Mn", "Me", "Mc", "Cf", "Cc", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})
"""Categories without a visible glyph of their own (or that are not text)."""

SCRIPT_NAMES = {
    "CJK": "Chinese/Japanese (Han)",
    "HANGUL": "Korean (Hangul)",
    "HIRAGANA": "Japanese (kana)",
    "KATAKANA": "Japanese (kana)",
    "IDEOGRAPHIC": "CJK punctuation",
    "FULLWIDTH": "CJK punctuation",
}
"""The first word of a character's Unicode name, as the warning names its script."""


def drawn_characters(pdf: bytes) -> set[str]:
    """Every character some glyph in the PDF's ToUnicode CMaps stands for."""
    drawn: set[str] = set()
    for match in _STREAM.finditer(pdf):
        data = match.group(1)
        try:
            data = zlib.decompress(data)
        except zlib.error:
            pass
        if b"begincmap" not in data:
            continue
        for block in _BFCHAR.findall(data):
            codes = _HEX.findall(block)
            for target in codes[1::2]:
                drawn.update(_utf16(target))
        for block in _BFRANGE.findall(data):
            drawn.update(_ranges(block))
    return drawn


def _utf16(hex_code: bytes) -> str:
    try:
        return bytes.fromhex(hex_code.decode("ascii")).decode("utf-16-be", errors="ignore")
    except ValueError:
        return ""


def _ranges(block: bytes) -> Iterable[str]:
    """Targets of `<lo> <hi> <start>` and `<lo> <hi> [<a> <b> ...]` lines."""
    for line in block.splitlines():
        codes = _HEX.findall(line)
        if len(codes) < 3:
            continue
        low, high = int(codes[0], 16), int(codes[1], 16)
        if b"[" in line:
            for target in codes[2:]:
                yield _utf16(target)
            continue
        start = _utf16(codes[2])
        if len(start) == 1 and high - low < 0x10000:
            yield from (chr(ord(start) + offset) for offset in range(high - low + 1))


def needed_characters(strings: Iterable[str]) -> set[str]:
    """The characters of `strings` that must show as a glyph of their own (see the module)."""
    needed: set[str] = set()
    for text in strings:
        for char in set(text):
            if ord(char) >= 0x80 and unicodedata.category(char) not in _SKIPPED:
                needed.add(char)
    return needed


def missing_characters(pdf: bytes, strings: Iterable[str]) -> list[str]:
    """The characters of `strings` that `pdf` printed as empty boxes, in code-point order."""
    drawn = drawn_characters(pdf)
    return sorted(
        char
        for char in needed_characters(strings)
        if char not in drawn and char.upper() not in drawn and char.lower() not in drawn
    )


def script_of(char: str) -> str:
    """A short script name for a character ("Korean (Hangul)", "Thai"), from its Unicode name."""
    if not unicodedata.category(char).startswith("L"):
        return "symbols"
    first = unicodedata.name(char, "UNKNOWN").split()[0]
    return SCRIPT_NAMES.get(first, first.title())


def missing_warning(missing: list[str], limit: int = 8) -> str | None:
    """One line saying which characters print as empty boxes, and what to do about it."""
    if not missing:
        return None
    scripts = ", ".join(dict.fromkeys(script_of(char) for char in missing))
    shown = " ".join(missing[:limit]) + (" …" if len(missing) > limit else "")
    return (
        f"the PDF has no font for {len(missing)} character{'s' * (len(missing) != 1)} "
        f"({scripts}: {shown}); they print as empty boxes. Install a font that covers them "
        "(for example Noto Sans CJK for Chinese, Japanese and Korean), or export as HTML"
    )
