"""The reader's cache of analyses: an article opened again is shown complete at once.

`briefing ARTICLE` shows the text in its first frame and analyses it right after; the analysis
(its imports, its word lists and the work itself) is most of what the complete screen waits
for (issue 15: 2.9x a bare Textual app). An article read before is the same article again, so
its analysis is kept in the cache folder and loaded instead (a few milliseconds).

Key: a BLAKE2b digest of the pickled `Article` (text and metadata: any change misses), of
the package version, and of the name, size and modification time of every module and data file
the analysis reads, of model.py and of library/jobs.py (which holds `ANALYSIS_REVISION`): a
changed word list or stage, even in a development checkout, misses.
Value: the pickled `Briefing`, zlib-compressed, as the library's index stores them. A file
that cannot be read or unpickled counts as a miss; a write that fails is ignored (the cache
only saves time). Files live in `<cache>/analyses/` (`$BRIEFING_CACHE_DIR`, else the
platform's user cache folder); the oldest are removed past `LIMIT` files.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import zlib
from collections.abc import Callable
from pathlib import Path

from briefing.model import Article, Briefing

LIMIT = 200
"""Analyses kept; past this the least recently written are removed."""
_PACKAGE = Path(__file__).resolve().parent
_SOURCES = ("analysis", "data")
"""Folders of the package whose files make the analysis what it is."""
_FILES = ("model.py", "library/jobs.py")
"""Single files that do too."""


def cache_folder() -> Path:
    """`$BRIEFING_CACHE_DIR/analyses`, else the user cache folder's (as the index's)."""
    from briefing.folders import cache_dir

    return cache_dir() / "analyses"


def _code_fingerprint() -> bytes:
    """Name, size and mtime of every file the analysis is made from, as bytes."""
    parts: list[str] = []
    for name in _SOURCES:
        for root, folders, files in os.walk(_PACKAGE / name):
            folders[:] = sorted(folder for folder in folders if folder != "__pycache__")
            for file in sorted(files):
                if file.endswith((".py", ".yaml", ".json", ".txt")):
                    stat = os.stat(os.path.join(root, file))
                    parts.append(f"{root}/{file}:{stat.st_size}:{stat.st_mtime_ns}")
    for file in _FILES:  # the model's shape, and ANALYSIS_REVISION in library/jobs.py
        stat = os.stat(_PACKAGE / file)
        parts.append(f"{file}:{stat.st_size}:{stat.st_mtime_ns}")
    from briefing import __version__

    parts.append(__version__)
    return "\n".join(parts).encode()


def key(article: Article) -> str:
    """The cache key of `article` with the analysis as it is now (hex digest)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    digest.update(_code_fingerprint())
    return digest.hexdigest()


def load(article: Article) -> Briefing | None:
    """The cached analysis of `article`, or None."""
    try:
        path = cache_folder() / f"{key(article)}.bin"
        briefing = pickle.loads(zlib.decompress(path.read_bytes()))  # our own cache file
    except Exception:  # noqa: BLE001 - missing, unreadable or stale: analyse again
        return None
    return briefing if isinstance(briefing, Briefing) else None


def store(article: Article, briefing: Briefing) -> None:
    """Keep `briefing` for the next opening of `article` (failures are ignored)."""
    try:
        folder = cache_folder()
        folder.mkdir(parents=True, exist_ok=True)
        blob = zlib.compress(pickle.dumps(briefing, protocol=pickle.HIGHEST_PROTOCOL))
        path = folder / f"{key(article)}.bin"
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(blob)
        temporary.replace(path)
        files = sorted(folder.glob("*.bin"), key=lambda file: file.stat().st_mtime_ns)
        for old in files[:-LIMIT]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
        return


def analyze_cached(
    article: Article, analyze: Callable[[Article], Briefing] | None = None
) -> Briefing:
    """`analyze(article)`, from the cache when the same article was analysed the same way."""
    cached = load(article)
    if cached is not None:
        return cached
    if analyze is None:
        from briefing.analysis.pipeline import analyze
    briefing = analyze(article)
    store(article, briefing)
    return briefing
