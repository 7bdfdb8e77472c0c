"""A local HTTP server for the web tests: 127.0.0.1, port 0, pages written by the tests.

Never the internet. `serve(routes)` runs http.server in a thread; each route is a path mapped
to a `Route` (status, headers, body, and an optional delay before the answer or between
chunks of the body, for the timeout tests).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Water Wars on the Mekong: Dams, Drought and Diplomacy | Example Institute</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-05">
<meta property="og:site_name" content="Example Institute">
</head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article>
<h1>Water Wars on the Mekong: Dams, Drought and Diplomacy</h1>
<p>China has built eleven dams on the upper Mekong since 1995, and the countries downstream
say the river has changed. Fishermen in Cambodia report catches falling by half; farmers in
Vietnam's delta see salt water creeping further inland each dry season.</p>
<p>Beijing rejects the charge. Its officials argue that the reservoirs release water in the dry
months and so *smooth* the river's flow, and they point to the drought of 2019 as the work of
weather, not engineering.</p>
<h2>What the data show</h2>
<p>Satellite measurements published in 2020 suggested that the reservoirs held back water
during the drought [1]. The Mekong River Commission called for data sharing, and China agreed
in 2020 to share year-round water levels with its neighbours.</p>
<p>1. The numbers are contested, and independent hydrologists say more years of data are
needed before anyone can tell the dams' effect from that of the weather &amp; rainfall.</p>
<h2>What comes next</h2>
<p>Laos plans more dams of its own, which makes the quarrel less simple than a contest between
China and everyone else. Thailand buys much of the power. It is likely that the disputes will
grow as the region's demand for electricity rises through the decade.</p>
</article>
<footer>Copyright Example Institute</footer>
</body></html>
"""
"""A small article page with a title, byline, date, site name and two headings."""

HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Route:
    """One answer: status, headers, body; `delay` seconds before it, `trickle` between bytes."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": HTML})
    delay: float = 0.0
    trickle: float = 0.0


@dataclass
class Server:
    """A running server: `url(path)` gives the address of a route; `requests` what was asked."""

    port: int
    requests: list[tuple[str, str]]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Server]:
    """Serve `routes` on 127.0.0.1 (a free port) until the block ends."""
    requests: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            requests.append((self.path, self.headers.get("User-Agent", "")))
            route = routes.get(self.path, Route(b"not found", 404, {"Content-Type": "text/plain"}))
            time.sleep(route.delay)
            try:
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if route.trickle:
                    for byte in route.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(route.trickle)
                else:
                    self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(server.server_address[1], requests)
    finally:
        server.shutdown()
        server.server_close()


def redirect(to: str, status: int = 302) -> Route:
    """A redirect to `to` (a path on the same server, or an address)."""
    return Route(b"", status, {"Location": to, "Content-Length": "0"})
