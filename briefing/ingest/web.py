"""Fetching a web page: one bounded HTTP GET, its HTML decoded to text, every failure one line.

`briefing URL` and `briefing add URL` read pages the way a browser would, with limits a reader
needs and a browser does not: the standard library's urllib (no new dependency; trafilatura's
own downloader hides the status, the content type and the reason a fetch failed, which the
messages below need), and

- a timeout (`TIMEOUT`, seconds) on connecting and on each read, and the same figure as a
  deadline for the whole answer, so a server that trickles a byte a second still ends;
- a size limit (`MAX_BYTES`): the body is read in chunks and the fetch stops as soon as it is
  past the limit (a Content-Length over it is refused before a byte of the body is read);
- a redirect limit (`MAX_REDIRECTS`) and loop detection (urllib's: the same address twice);
- only HTML: the answer's Content-Type must be text/html or application/xhtml+xml (a missing
  one is accepted when the body starts like HTML);
- a User-Agent naming `briefing` and its version, so site owners can tell who is reading.

Every failure is a `FetchError` (an `IngestError`, so the CLI prints it on one line) that names
the address and says what went wrong in the user's terms: no network, the host not found,
refused, no answer in time, an HTTP status with its reason, not a web page, too large, a
redirect loop or chain, a page with no article text (`MIN_WORDS`). Only http and https
addresses are fetched.
"""

from __future__ import annotations

import errno
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPException
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from briefing import __version__
from briefing.errors import IngestError
from briefing.ingest.decode import MAX_BYTES as FILE_MAX_BYTES, decode, megabytes
from briefing.model import Article

__all__ = [
    "MAX_BYTES",
    "MAX_REDIRECTS",
    "MIN_WORDS",
    "TIMEOUT",
    "FetchError",
    "Page",
    "fetch",
    "fetch_article",
    "is_url",
]

TIMEOUT = 20.0
"""Seconds allowed for connecting, for each read, and for the whole answer."""
MAX_BYTES = FILE_MAX_BYTES
"""Largest answer read (20 MB, the limit for article files): ten times the longest article page."""
MAX_REDIRECTS = 10
"""Redirects followed before giving up (browsers allow about 20; real articles need 1-3)."""
MIN_WORDS = 30
"""Fewer words than this in the extracted body is not an article but what sites answer in its
place with a 200: a cookie-consent wall, a login or paywall prompt, a "page not found"."""
USER_AGENT = f"briefing/{__version__} (terminal reader of policy analysis)"
"""Sent with every request: the program and its version."""
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
"""Content types read as web pages."""

_CHUNK = 65_536
_URL = re.compile(r"^https?://[^\s/?#]+", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<!--)", re.I)


class FetchError(IngestError):
    """A page could not be fetched; the message names the address and the reason."""


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: the address asked for, the final one (after redirects), and its HTML."""

    url: str
    final_url: str
    html: str


def is_url(text: str) -> bool:
    """Whether a command-line argument is a web address (http or https) rather than a path."""
    return bool(_URL.match(text.strip()))


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Page:
    """GET `url` and return its HTML as text; every failure is a `FetchError` (module doc)."""
    url = url.strip()
    if not is_url(url):
        raise FetchError(f"{url}: not a web address (http:// or https://)")
    redirects = _Redirects(url, max_redirects)
    opener = urllib.request.build_opener(redirects)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    started = time.monotonic()
    try:
        with opener.open(request, timeout=timeout) as answer:
            final_url = answer.geturl()
            headers = answer.headers
            _check_type(url, headers, None)
            _check_length(url, headers, max_bytes)
            data = _read(url, answer, max_bytes, started + timeout, timeout)
            data = _unpacked(url, headers, data, max_bytes)
            _check_type(url, headers, data)
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        error.close()
        raise FetchError(_http_message(url, error, redirects)) from None
    except urllib.error.URLError as error:
        raise FetchError(_network_message(url, error.reason, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise FetchError(f"{url}: no answer within {_seconds(timeout)}") from None
    except (OSError, HTTPException, ValueError) as error:
        raise FetchError(_network_message(url, error, timeout)) from None
    charset = headers.get_content_charset()
    return Page(url, final_url, _text(url, data, charset))


def fetch_article(url: str, **limits: Any) -> Article:
    """Fetch `url` and read it as an HTML page (`parse_html`) with its address passed in.

    The article's `meta.url` is the page's own address (canonical link) or the fetched one;
    `meta.path` is None, as the page has no file yet. `limits` go to `fetch`.
    """
    import dataclasses

    from briefing.ingest.html import parse_html

    page = fetch(url, **limits)
    try:
        article = parse_html(page.html, None, url=page.final_url)
    except IngestError as error:
        message = str(error).removeprefix("None: ")
        raise FetchError(f"{url}: {message}") from None
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        raise FetchError(f"{url}: cannot read the page: {error}") from None
    if article.word_count < MIN_WORDS:
        raise FetchError(
            f"{url}: no article text on this page (only {article.word_count} words: "
            "a consent, login or error page?)"
        )
    meta = article.meta
    if not meta.url:
        meta = dataclasses.replace(meta, url=page.final_url)
    if meta.title == "Untitled":
        meta = dataclasses.replace(meta, title=_title_from_url(page.final_url))
    return dataclasses.replace(article, meta=meta)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """urllib's redirect handler with our limit, remembering the chain to tell a loop (an
    address met twice) from a chain that is merely too long; urllib says the same of both."""

    max_repeats = 1

    def __init__(self, url: str, limit: int) -> None:
        super().__init__()
        self.max_redirections = limit
        self.chain = [url]

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> Any:  # fmt: skip
        self.chain.append(newurl)
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):  # urllib follows ftp://
            raise urllib.error.HTTPError(newurl, code, "not a web address", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    @property
    def looped(self) -> bool:
        return self.chain[-1] in self.chain[:-1]


def _check_length(url: str, headers: Message, max_bytes: int) -> None:
    length = headers.get("Content-Length", "")
    if length.strip().isdigit() and int(length) > max_bytes:
        raise FetchError(f"{url}: the page is too large ({_over(int(length), max_bytes)})")


def _check_type(url: str, headers: Message, data: bytes | None) -> None:
    """Refuse an answer that is not HTML; without a Content-Type, judge by the body's start."""
    declared = headers.get("Content-Type")
    kind = headers.get_content_type() if declared else ""
    if kind in HTML_TYPES:
        return
    if not declared:
        if data is None or _HTML_START.match(data[:1000]):
            return
        raise FetchError(f"{url}: not a web page (no content type, and the answer is not HTML)")
    raise FetchError(f"{url}: not a web page (the server sent {kind}, not HTML)")


def _read(url: str, answer: IO[bytes], max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The body in chunks, stopping past `max_bytes` or past the deadline."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = answer.read1(_CHUNK) if hasattr(answer, "read1") else answer.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: the page is too large (over {_size(max_bytes)})")
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the page did not arrive within {_seconds(timeout)}")
    return b"".join(chunks)


def _unpacked(url: str, headers: Message, data: bytes, max_bytes: int) -> bytes:
    """The body without its Content-Encoding (gzip or deflate, sent although identity was
    asked for), never past `max_bytes` unpacked: a small bomb cannot fill the memory."""
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("identity", ""):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"{url}: the page came in an encoding briefing cannot read ({encoding})")
    try:
        unpacker = zlib.decompressobj(wbits=47 if "gzip" in encoding else 15)
        unpacked = unpacker.decompress(data, max_bytes + 1)
    except zlib.error:
        if encoding != "deflate":
            raise FetchError(f"{url}: the page's {encoding} data is corrupt") from None
        unpacked = zlib.decompressobj(wbits=-15).decompress(data, max_bytes + 1)  # raw deflate
    if len(unpacked) > max_bytes:
        raise FetchError(f"{url}: the page is too large once unpacked (over {_size(max_bytes)})")
    return unpacked


def _text(url: str, data: bytes, charset: str | None) -> str:
    """Decode with the declared charset (header, else `<meta charset>`), else as files are."""
    if not data.strip():
        raise FetchError(f"{url}: the page is empty")
    if charset is None:
        found = _META_CHARSET.search(data[:4096])
        charset = found.group(1).decode("ascii") if found else None
    if charset:
        try:
            text = data.decode(charset, errors="replace")
            return decode(Path(url), text.encode("utf-8"))
        except LookupError:  # an unknown charset name
            pass
    return decode(Path(url), data)


def _http_message(url: str, error: urllib.error.HTTPError, redirects: _Redirects) -> str:
    if 300 <= error.code < 400:
        if "infinite loop" in str(error.msg):
            if redirects.looped:
                return f"{url}: a redirect loop (back to {redirects.chain[-1]})"
            return f"{url}: more than {redirects.max_redirections} redirects"
        target = redirects.chain[-1] if len(redirects.chain) > 1 else "nowhere"
        return f"{url}: a redirect ({error.code}) to {target}, which is not a web address"
    reason = error.reason or ""
    return f"{url}: the server answered {error.code} {reason}".rstrip()


def _network_message(url: str, reason: object, timeout: float) -> str:
    """What a low-level failure means for the user."""
    host = urlsplit(url).hostname or url
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{url}: no answer within {_seconds(timeout)}"
    if isinstance(reason, socket.gaierror):
        if reason.errno in (socket.EAI_AGAIN, getattr(socket, "EAI_NODATA", -5)):
            return f"{url}: cannot look up {host} (no network, or no name server answers)"
        return f"{url}: cannot find the host {host} (a wrong address, or no network)"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"{url}: the site's certificate cannot be trusted ({reason.verify_message})"
    if isinstance(reason, ssl.SSLError):
        return f"{url}: the secure connection failed ({reason.reason or reason})"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: {host} refused the connection"
    if isinstance(reason, OSError) and reason.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return f"{url}: no network ({reason.strerror})"
    if isinstance(reason, (ConnectionResetError, HTTPException)):
        return f"{url}: the connection was cut before the page arrived"
    if isinstance(reason, OSError) and reason.strerror:
        return f"{url}: cannot fetch the page: {reason.strerror}"
    return f"{url}: cannot fetch the page: {reason}"


def _title_from_url(url: str) -> str:
    """A title for a page that gives none: the last part of its path, else its host."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    last = re.sub(r"\.[a-z0-9]{1,5}$", "", last, flags=re.I)
    words = re.sub(r"[-_+]+", " ", last).strip()
    return words or parts.hostname or url


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _size(value: int) -> str:
    return megabytes(value) if value >= 1_000_000 else f"{value:,} bytes"


def _over(size: int, limit: int) -> str:
    return f"{_size(size)}; the limit is {_size(limit)}"
