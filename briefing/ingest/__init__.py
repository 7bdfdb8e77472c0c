"""Reading files into `Article`s (placeholder: plain UTF-8 text only until ingest lands)."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import IngestError
from briefing.model import Article, Metadata, Paragraph


def load_article(path: Path) -> Article:
    """Read any supported file into an article; every failure is an `IngestError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise IngestError(f"{path}: cannot read: {error.strerror}") from None
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    if not blocks:
        raise IngestError(f"{path}: the file is empty")
    paragraphs = tuple(Paragraph(index, block) for index, block in enumerate(blocks))
    return Article(Metadata(title=path.stem, path=path), paragraphs)
