"""The analysis of one file as a pure function: what the index stores, what a process pool maps.

Every function here takes plain values (paths as strings) and returns picklable values, so it
runs the same in this process, in a `ProcessPoolExecutor` worker or on a Dask worker: the
library's index maps `index_file` over the files that changed, `briefing analyze` and the Dask
recipe in the README map `analyze_to_json` over a corpus.

A file that cannot be read or analysed is a `Record` with `error` set, never an exception, so
one bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefing import __version__

ANALYSIS_REVISION = 2  # 2: searchable fields (no soft hyphens, any space a space)
"""Bump when the analysis changes what it finds without a new package version: the index keys
each article by `ANALYSIS_VERSION`, so every library re-analyses itself on the next open."""

ANALYSIS_VERSION = f"{__version__}+{ANALYSIS_REVISION}"
"""The version of the analysis an index row was made by ("0.1.0+1")."""

HASH_BYTES = 16
"""Digest size of the content hash (BLAKE2b, 128 bits: a checksum, not a signature)."""


def content_hash(path: str | os.PathLike[str]) -> str:
    """The BLAKE2b hex digest of a file's bytes, read in 1 MiB blocks; raises OSError."""
    digest = hashlib.blake2b(digest_size=HASH_BYTES)
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Record:
    """One article file as the index stores it.

    `name` is the path relative to the library folder (never absolute). The metadata fields are
    what the library lists; `analysis` is the JSON contract and `reader` the pickled `Briefing`
    (its `meta.path` made relative), both zlib-compressed; `fields` are the texts of the
    full-text index: title, authors, actor names with aliases, quotes and the body, in that
    order. A failed file has `error` set and empty analysis, reader and fields.
    """

    name: str
    size: int
    mtime_ns: int
    hash: str
    version: str
    title: str | None = None
    author: str | None = None
    source: str | None = None
    published: str | None = None
    minutes: int | None = None
    words: int | None = None
    error: str | None = None
    analysis: bytes = b""
    reader: bytes = b""
    fields: tuple[str, str, str, str, str] = ("", "", "", "", "")
    transient: bool = False
    """A failure of this installation, not of the file (an import or memory error): listed,
    never stored, so the next refresh tries again."""


def analyze_path(path: str | os.PathLike[str]) -> Any:
    """Read and analyse one file: a `Briefing`; raises `BriefingError` for a bad file."""
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article

    return analyze(load_article(Path(path)))


def analyze_to_json(path: str | os.PathLike[str]) -> str:
    """One JSON Lines line for a file: the JSON contract plus `path`, or `path` and `error`.

    The function a Dask bag (or any map) applies to a corpus: no exception escapes for a bad
    file, so one unreadable article leaves a line saying why instead of failing the job.
    """
    from briefing.serialize import to_dict

    try:
        data = {"path": str(path), **to_dict(analyze_path(path))}
    except Exception as error:  # a batch outlives any one file; the line says what failed
        data = {"path": str(path), "error": describe_error(error, path)}
    return json.dumps(data, ensure_ascii=False)


def describe_error(error: BaseException, path: str | os.PathLike[str]) -> str:
    """A one-line reason without the path (the listing shows it beside the file name): "line 2:
    ..." for a message that named the file and a line ("PATH, line 2: ...")."""
    from briefing.errors import BriefingError

    message = str(error).removeprefix(f"{path}: ").removeprefix(f"{path}, ")
    if isinstance(error, BriefingError):
        return message
    return f"analysis failed ({type(error).__name__}: {message})"


def index_file(root: str, name: str, version: str = ANALYSIS_VERSION) -> Record:
    """Read, hash and analyse `root/name` into a `Record`; never raises for a bad file."""
    path = os.path.join(root, name)
    try:
        status = os.stat(path)
        digest = content_hash(path)
    except OSError as error:
        return Record(name, 0, 0, "", version, error=f"cannot be read: {error.strerror or error}")
    base = Record(name, status.st_size, status.st_mtime_ns, digest, version)
    try:
        briefing = analyze_path(path)
    except (ImportError, MemoryError) as error:
        return replace(base, error=describe_error(error, path), transient=True)
    except Exception as error:  # recorded and retried only when the file changes
        return replace(base, error=describe_error(error, path))
    return _analysed(base, briefing)


def _analysed(base: Record, briefing: Any) -> Record:
    from briefing.library.matching import searchable
    from briefing.serialize import to_dict

    article = briefing.article
    meta = article.meta
    relative = replace(article, meta=replace(meta, path=Path(base.name)))
    stored = replace(briefing, article=relative)
    names: list[str] = []
    for actor in briefing.actors:
        names.append(actor.name)
        names.extend(actor.aliases)
    return replace(
        base,
        title=meta.title or None,
        author=meta.author,
        source=meta.source,
        published=meta.published.isoformat() if meta.published else None,
        minutes=article.reading_minutes,
        words=article.word_count,
        analysis=zlib.compress(json.dumps(to_dict(briefing), ensure_ascii=False).encode()),
        reader=zlib.compress(pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL)),
        fields=(  # no soft hyphens or zero-width characters (library/matching.py)
            searchable(meta.title or ""),
            searchable(meta.author or ""),
            searchable("\n".join(names)),
            searchable("\n".join(quote.text for quote in briefing.quotes)),
            searchable("\n\n".join(paragraph.text for paragraph in article.paragraphs)),
        ),
    )


def load_reader(blob: bytes, path: Path) -> Any:
    """The stored `Briefing`, its `meta.path` pointing at `path` again; raises on a bad blob."""
    briefing = pickle.loads(zlib.decompress(blob))  # our own cache file, keyed by version
    article = briefing.article
    return replace(briefing, article=replace(article, meta=replace(article.meta, path=path)))
