"""Write the nasty-file corpus: small files that once crashed a reader, or could (issue 6).

Each file is generated here so its bytes (odd encodings, binary, escape codes) are reproducible
and reviewable; the files are committed beside this script, and a test checks that running it
again gives the same bytes. `EXPECTED` says what `load_article` must do with each: "ok" (the file
is an article: analyse and export it) or a fragment of the one-line refusal.

Run from the repository root: `python tests/data/nasty/make_nasty.py`.
"""

from __future__ import annotations

import codecs
import gzip
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

PROSE = (
    "Russia warned Armenia on October 13 that it is likely to act. Prime Minister Nikol "
    "Pashinyan said the CSTO was \u201ca strategic mistake.\u201d"
)

MARKUP = (
    "[bold]not bold[/bold] and [1] and [sic] and [/x] and [@click=app.quit]q[/]"
    " and [link=x]y[/].\n\n"
    "[b] [/] [red on blue] [$accent] {0} %s \\[ [[ ]] <b>tag</b> &amp; *star* _under_ `tick`\n\n"
    + PROSE
    + "\n"
)
ESCAPES = (
    "Title with \x1b]0;retitled\x07 an OSC\n\n"
    "Russia said \x1b[31mred\x1b[0m and \x1b[2J cleared and \x1b[?1049h switched screens. "
    "An OSC 8 \x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\ and OSC 52 "
    "\x1b]52;c;ZXZpbA==\x07 clipboard.\n\n" + PROSE + "\n"
)
CONTROLS = (
    "Bell\x07 backspace\x08 form\x0cfeed vertical\x0btab DEL\x7f C1\x85next\x9b31m.\r\n\r\n"
    "Line\u2028separator and paragraph\u2029separator, zero\u200bwidth, BOM\ufeff inside.\r\n\r\n"
    + PROSE
    + "\r\n"
)
RTL = (
    "\u202eReversed title\u202c\n\n"
    "\u0642\u0627\u0644 \u0631\u0626\u064a\u0633 \u0627\u0644\u0648\u0632\u0631\u0627\u0621 "
    "\u00ab\u0644\u0646 \u0646\u062a\u0631\u0627\u062c\u0639\u00bb \u2014 Russia "
    "\u05d4\u05de\u05de\u05e9\u05dc\u05d4 \u05d0\u05de\u05e8\u05d4 \u2066isolate\u2069 "
    "\u202dforce\u202c.\n\n" + PROSE + "\n"
)
CJK = (
    "# \u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5916\u4ea4\u90e8\n\n"
    + (
        "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u8868"
        "\u793a\uff0c\u4fc4\u7f57\u65af\u8bf4\u8fd9\u5f88\u53ef\u80fd\u53d1\u751f\u3002"
    )
    * 40
    + "\n\n\U0001f600\U0001f1e6\U0001f1f2 e\u0301\u0301\u0301 Z\u0336\u0337a\u0338lgo\n"
)
ARMENIAN_CYRILLIC = (
    "\u0540\u0561\u0575\u0561\u057d\u057f\u0561\u0576 and \u0420\u043e\u0441\u0441\u0438\u044f "
    "\u2014 \u201cquoted\u201d \u2018single\u2019 \u00abguillemets\u00bb.\n\n" + PROSE + "\n"
)


def _yaml_deep(depth: int) -> str:
    return "title: Deep\nsections: " + "[" * depth + "]" * depth + "\n"


LITERAL = (
    '---\ntitle: "Literal [b]markup[/b] stays text"\nauthor: "[i]Nobody[/i]"\n'
    'date: 2024-01-02\nsource: "\\x1b[31mSource"\n---\n\n'
    "Russia said [bold]not bold[/bold] and cited note [1] with a [sic] error, then [/x] "
    "closed nothing.\n\n"
    "A link [@click=app.quit]q[/] must not quit, and \x1b[31mred\x1b[0m must not turn red; "
    "[link=https://example.com]no link[/link] either.\n"
)
"""The article of the reader snapshot (tests/tui/test_markup_literal.py)."""

FILES: dict[str, bytes] = {
    "literal-markup.md": LITERAL.encode(),
    # Text that must open and render literally.
    "markup.txt": MARKUP.encode(),
    "escapes.txt": ESCAPES.encode(),
    "controls.txt": CONTROLS.encode(),
    "rtl.txt": RTL.encode(),
    "cjk.md": CJK.encode(),
    "one-char.txt": b"x",
    "one-quote-mark.txt": "\u201c".encode(),
    "no-breaks.txt": (PROSE + " ").encode() * 150,
    "unbalanced-quotes.txt": ("\u201c" * 500 + PROSE + "\u201d" * 3 + '"' * 7).encode(),
    "brackets.md": ("[" * 2000 + "]" * 2000 + "\n\n" + PROSE).encode(),
    # Encodings.
    "utf8-bom.md": codecs.BOM_UTF8 + ("# BOM\n\n" + ARMENIAN_CYRILLIC).encode(),
    "utf16-le.txt": codecs.BOM_UTF16_LE + ARMENIAN_CYRILLIC.encode("utf-16-le"),
    "utf16-be.txt": codecs.BOM_UTF16_BE + ARMENIAN_CYRILLIC.encode("utf-16-be"),
    "cp1252.txt": ("Caf\u00e9 \u201csmart\u201d \u2013 \u20ac5. " + PROSE).encode("cp1252"),
    "mixed-invalid-utf8.txt": PROSE.encode() + b" \xff\xfe\xed\xa0\x80 \xc3( \x80 " + b"end.",
    "utf16-odd-bytes.txt": codecs.BOM_UTF16_LE + b"R\x00u\x00s",
    "article.txt.gz": gzip.compress(PROSE.encode(), mtime=0),
    # Refused with a clear line.
    "empty.txt": b"",
    "blank.md": b" \n\t\n\r\n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "nul-in-text.txt": PROSE.encode() + b"\x00\x00" + PROSE.encode(),
    "broken.txt.gz": b"\x1f\x8b\x08\x00broken",
    "python-tag.yaml": b"title: !!python/object/apply:os.system ['echo pwned']\nsections: []\n",
    "python-name.yaml": b"title: T\nsections:\n  - paragraphs: [!!python/name:os.system ]\n",
    "duplicate-keys.yaml": (
        b"title: T\nsections:\n  - paragraphs: [Russia warned.]\nquotes: [a]\nquotes: [b]\n"
    ),
    "deep-nesting.yaml": _yaml_deep(5000).encode(),
    "wrong-types.yaml": b"title: [a, b]\nsections: {a: 1}\n",
    "not-a-mapping.yaml": b"- one\n- two\n",
    "malformed.yaml": b"title: 'unclosed\nsections:\n  - paragraphs: [x\n",
    "tab-indent.yaml": b"title: T\nsections:\n\t- paragraphs: [x]\n",
    "billion-laughs.yaml": (
        b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        b"title: Laughs\nsections: [{paragraphs: *d}]\n"
    ),
    "front-matter-python-tag.md": b"---\ntitle: !!python/object:os.system {}\n---\n\nBody.\n",
    "front-matter-duplicate.md": b"---\ntitle: A\ntitle: B\n---\n\nBody text.\n",
    "front-matter-unclosed.md": b"---\ntitle: [unclosed\n---\n\nBody.\n",
    # HTML.
    "script-only.html": b"<html><body><script>alert('[b]x[/]')</script></body></html>",
    "markup.html": (
        "<html><head><title>[b]Title[/b]</title></head><body><article><h1>[sic] heading</h1>"
        f"<p>{MARKUP}</p><p>{PROSE}</p></article></body></html>"
    ).encode(),
    "deep-divs.html": (
        b"<html><body>" + b"<div>" * 3000 + PROSE.encode() + b"</div>" * 3000 + b"</body></html>"
    ),
}

EXPECTED: dict[str, str] = {
    "literal-markup.md": "ok",
    "markup.txt": "ok",
    "escapes.txt": "ok",
    "controls.txt": "ok",
    "rtl.txt": "ok",
    "cjk.md": "ok",
    "one-char.txt": "ok",
    "one-quote-mark.txt": "ok",
    "no-breaks.txt": "ok",
    "unbalanced-quotes.txt": "ok",
    "brackets.md": "ok",
    "utf8-bom.md": "ok",
    "utf16-le.txt": "ok",
    "utf16-be.txt": "ok",
    "cp1252.txt": "ok",
    "mixed-invalid-utf8.txt": "ok",
    "utf16-odd-bytes.txt": "UTF-16",
    "article.txt.gz": "ok",
    "empty.txt": "empty",
    "blank.md": "empty",
    "binary.txt": "binary",
    "nul-in-text.txt": "binary",
    "broken.txt.gz": "gzip",
    "python-tag.yaml": "Python object tags",
    "python-name.yaml": "Python object tags",
    "duplicate-keys.yaml": "duplicate key 'quotes'",
    "deep-nesting.yaml": "nesting depth",
    "wrong-types.yaml": "`sections` must be a list",
    "not-a-mapping.yaml": "not a briefing",
    "malformed.yaml": "line",
    "tab-indent.yaml": "line 3",
    "billion-laughs.yaml": "must be text",
    # Bad front matter is a side issue (issue 10): the article opens, with a warning.
    "front-matter-python-tag.md": "ok",
    "front-matter-duplicate.md": "ok",
    "front-matter-unclosed.md": "ok",
    "script-only.html": "no article text",
    "markup.html": "ok",
    "deep-divs.html": "no article text",
}
"""What load_article must do with each file: "ok" or a fragment of its one-line refusal."""


def write_all(directory: Path) -> list[Path]:
    """Write every file of the corpus into `directory`; return their paths."""
    paths = []
    for name, content in FILES.items():
        path = directory / name
        path.write_bytes(content)
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for written in write_all(target):
        print(written)
