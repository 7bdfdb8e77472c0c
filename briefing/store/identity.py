"""An article's identity in the store: a hash of its normalised body text, not its path.

So a moved or renamed file keeps its notes, and two copies of one article share them. Only the
body paragraphs count (not the title, byline or file format), normalised so that what a reader
would call the same text gives the same key: Unicode NFC, every run of white space one space,
paragraphs joined by a blank line. Editing a word changes the key; `briefing.store.places.register`
then finds the article by its last path and carries its notes over (re-anchored).

Shape: 32 lowercase hex digits (BLAKE2b, 128 bits: a checksum, not a signature).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """One paragraph as the key sees it: NFC, white space runs collapsed, ends trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def key_of_paragraphs(paragraphs: Iterable[str]) -> str:
    """The content key of a body given as paragraph texts (empty paragraphs ignored)."""
    body = "\n\n".join(filter(None, (normalise(text) for text in paragraphs)))
    return hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest()


def article_key(article: object) -> str:
    """The content key of a `briefing.model.Article` (or anything with `.paragraphs` of `.text`)."""
    paragraphs = article.paragraphs  # type: ignore[attr-defined]
    return key_of_paragraphs(paragraph.text for paragraph in paragraphs)
