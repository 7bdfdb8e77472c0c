"""The articles folder: where it is and which files in it are articles.

`briefing` must work on a fresh install from any folder, so the sample articles ship inside the
package; a folder named `articles` in the working directory, `BRIEFING_LIBRARY` or `--library`
take precedence in that order of increasing strength.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".yaml", ".yml"})
ENVIRONMENT_VARIABLE = "BRIEFING_LIBRARY"


def bundled_dir() -> Path:
    """The sample articles: packaged at briefing/articles, or the checkout's top-level articles/."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "articles"
    return packaged if packaged.is_dir() else package.parent / "articles"


def resolve_dir(explicit: str | os.PathLike[str] | None = None, cwd: Path | None = None) -> Path:
    """The folder to open: --library, then $BRIEFING_LIBRARY, ./articles, the bundled one."""
    if explicit:
        return Path(explicit).expanduser()
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return Path(from_environment).expanduser()
    local = (cwd or Path.cwd()) / "articles"
    if local.is_dir():
        return local
    return bundled_dir()


@dataclass(frozen=True, slots=True)
class Listing:
    """The article files of a folder, and the entries passed over with the reason why."""

    articles: tuple[Path, ...]
    skipped: tuple[tuple[Path, str], ...]


def list_articles(directory: Path) -> Listing:
    """Article files directly in `directory`, sorted by name; others are reported, not hidden."""
    articles: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    try:
        # scandir: the file type comes with the name, so ten thousand files cost no stat
        # calls (only links are followed); Path.iterdir + is_dir + is_file took two each.
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        return Listing((), ((directory, f"cannot open the folder: {error.strerror}"),))
    for entry in entries:
        name = entry.name
        if name.startswith(".") or os.path.splitext(name)[1].lower() not in ARTICLE_SUFFIXES:
            continue
        path = directory / name
        try:
            if entry.is_dir():
                skipped.append((path, "a folder, not an article"))
                continue
            if not entry.is_file():
                skipped.append((path, "not a regular file (broken link or device)"))
                continue
        except OSError as error:
            skipped.append((path, f"cannot be read: {error.strerror or error}"))
            continue
        articles.append(path)
    return Listing(tuple(articles), tuple(skipped))
