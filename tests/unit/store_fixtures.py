"""Articles written by the store's tests (own text, never corpus text)."""

from __future__ import annotations

from pathlib import Path

TITLE = "Grain Corridor Reopens After Months of Talks"
PARAGRAPHS = (
    "Ships left Odesa for Istanbul on Monday carrying grain for the first time since the summer,"
    " officials said.",
    "The agreement, brokered by Turkey and the United Nations, allows inspections at sea rather"
    " than in port.",
    "Analysts warned that the deal remains fragile and could collapse if shelling of the ports"
    " resumes.",
    "Insurers said premiums would fall only once three convoys had passed without incident.",
)


def write_article(path: Path, paragraphs: tuple[str, ...] = PARAGRAPHS, title: str = TITLE) -> Path:
    """A plain-text article: title, blank line, paragraphs separated by blank lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path
