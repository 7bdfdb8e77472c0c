"""Bytes to text: the checks every format shares before it parses anything.

A file is refused, with a one-line message naming it, when it is missing, a directory, not a
regular file (a pipe or a device would block or never end), unreadable, larger than `MAX_BYTES`
(checked with `stat` before a byte is read, and again by a bounded read), empty or binary.
Text is decoded as UTF-8 (a BOM is dropped), UTF-16 when it starts with a BOM, and otherwise as
cp1252, the encoding Windows tools still write and the usual culprit when UTF-8 fails.

Control characters: NUL and the other C0/C1 controls except tab, newline and ESC are removed, as
they carry no meaning in prose and confuse every later stage. ESC is kept on purpose: text is
shown as written and the reader renders it visibly (never as markup or raw escape codes), so an
article that quotes an escape sequence loses nothing and cannot crash or restyle the terminal.
Newlines are normalised to "\\n".
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from pathlib import Path

from briefing.errors import IngestError

MAX_BYTES = 20_000_000
"""Files above this size (20 MB, decimal: 1 MB = 1,000,000 bytes, as the README says) are
refused: no article is that long, and reading one would stall."""

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x84\x86-\x9f]")
_NEWLINES = re.compile("\r\n?|\u2028|\u2029|\x85")


def read_bytes(path: Path) -> bytes:
    """The file's bytes after the existence, kind and size checks (gzip is unpacked)."""
    try:
        if not path.exists():
            raise IngestError(f"{path}: no such file")
        if path.is_dir():
            raise IngestError(f"{path}: is a folder, not an article file")
        if not path.is_file():
            # A pipe would block for ever and /dev/zero would fill the memory.
            raise IngestError(f"{path}: not a regular file (a device, pipe or socket)")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(f"{path}: too large ({over_limit(size, MAX_BYTES)})")
        with path.open("rb") as stream:  # bounded: the file may grow after the stat
            data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise IngestError(f"{path}: too large (the limit is {megabytes(MAX_BYTES)})")
    except OSError as error:
        raise IngestError(f"{path}: cannot read: {error.strerror or error}") from None
    if path.suffix.lower() == ".gz" or data[:2] == b"\x1f\x8b":
        data = _gunzip(path, data)
    return data


def _gunzip(path: Path, data: bytes) -> bytes:
    """Unpack a gzip file without letting a small bomb grow past the size limit."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            unpacked = stream.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:
        # zlib.error: a stream that starts like gzip but whose deflate data is corrupt.
        raise IngestError(f"{path}: not a valid gzip file ({error})") from None
    if len(unpacked) > MAX_BYTES:
        raise IngestError(f"{path}: too large once unpacked (the limit is {megabytes(MAX_BYTES)})")
    return unpacked


def megabytes(size: int) -> str:
    """A byte count in decimal megabytes (1 MB = 1,000,000 bytes), as the README states sizes:
    whole when exact ("20 MB"), else to one decimal ("20.5 MB")."""
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000} MB"
    return f"{size / 1e6:.1f} MB"


def over_limit(size: int, limit: int) -> str:
    """ "21.0 MB; the limit is 20 MB": a size over a limit never prints as the same number
    (20,000,001 bytes would round to 20.0 MB, so a size that rounds to the limit is given in
    bytes)."""
    shown = megabytes(size)
    if float(shown.split()[0]) <= limit / 1e6:
        shown = f"{size:,} bytes"
    return f"{shown}; the limit is {megabytes(limit)}"


def decode(path: Path, data: bytes) -> str:
    """Bytes to normalised text; empty and binary files are refused here."""
    if not data.strip():
        raise IngestError(f"{path}: the file is empty")
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(f"{path}: not valid UTF-16 text") from None
    else:
        if b"\x00" in data[:8192] or _mostly_binary(data[:8192]):
            raise IngestError(f"{path}: looks like a binary file, not text")
        if data.startswith(_UTF8_BOM):
            data = data[len(_UTF8_BOM) :]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = normalise(text)
    if not text.strip():
        raise IngestError(f"{path}: the file is empty")
    return text


def normalise(text: str) -> str:
    """Text as `decode` leaves a file's: every line break ("\\r\\n", a bare "\\r", U+2028,
    U+2029, NEL) a "\\n", and the control characters above removed. For text that comes in
    without a file: a terminal's bracketed paste sends line breaks as "\\r" (xterm, tmux)."""
    return _CONTROL.sub("", _NEWLINES.sub("\n", text))


def _mostly_binary(sample: bytes) -> bool:
    """True when over a tenth of the bytes are control codes that text never uses."""
    if not sample:
        return False
    odd = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return odd / len(sample) > 0.1


def read_text(path: Path) -> str:
    """Read and decode a file in one step; every failure is an `IngestError`."""
    return decode(path, read_bytes(path))
