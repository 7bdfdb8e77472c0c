"""Fetching pages (briefing/ingest/web.py) from a local server: never the internet."""

from __future__ import annotations

import errno
import socket

import pytest

from briefing import __version__
from briefing.errors import BriefingError
from briefing.ingest.web import FetchError, fetch, fetch_article, is_url
from tests.unit.web_server import ARTICLE, HTML, Route, redirect, serve

PAGE = Route(ARTICLE.encode("utf-8"))


def test_a_good_page_is_read_as_an_article_with_its_address() -> None:
    with serve({"/page.html": PAGE}) as server:
        article = fetch_article(server.url("/page.html"))
        agent = server.requests[0][1]
    assert article.meta.title == "Water Wars on the Mekong: Dams, Drought and Diplomacy"
    assert article.meta.author == "Jane Roe"
    assert article.meta.published is not None and article.meta.published.isoformat() == "2024-03-05"
    assert article.meta.source == "Example Institute"
    assert article.meta.url == server.url("/page.html")
    assert article.meta.path is None
    assert [h.title for h in article.headings] == ["What the data show", "What comes next"]
    assert article.paragraphs[0].text.startswith("China has built eleven dams")
    assert agent.startswith(f"briefing/{__version__}")


def test_a_redirect_is_followed_and_the_final_address_kept() -> None:
    with serve({"/old": redirect("/page.html"), "/page.html": PAGE}) as server:
        page = fetch(server.url("/old"))
        article = fetch_article(server.url("/old"))
    assert page.final_url == server.url("/page.html")
    assert "Mekong" in page.html
    assert article.meta.url == server.url("/page.html")


def test_the_page_states_its_own_address_first() -> None:
    canonical = ARTICLE.replace(
        "<head>", '<head><link rel="canonical" href="https://example.org/mekong">'
    )
    with serve({"/page.html": Route(canonical.encode())}) as server:
        article = fetch_article(server.url("/page.html"))
    assert article.meta.url == "https://example.org/mekong"


@pytest.mark.parametrize(
    ("status", "reason"), [(404, "404 Not Found"), (500, "500 Internal Server Error")]
)
def test_an_http_error_names_the_status(status: int, reason: str) -> None:
    route = Route(b"<html><body>gone</body></html>", status)
    with serve({"/x": route}) as server, pytest.raises(FetchError) as caught:
        fetch(server.url("/x"))
    message = str(caught.value)
    assert message == f"{server.url('/x')}: the server answered {reason}"
    assert "\n" not in message


def test_a_slow_server_runs_out_of_time() -> None:
    with serve({"/slow": Route(ARTICLE.encode(), delay=1.5)}) as server:
        with pytest.raises(FetchError, match=r"no answer within 0\.3 s"):
            fetch(server.url("/slow"), timeout=0.3)


def test_a_page_that_trickles_in_is_stopped_at_the_deadline() -> None:
    with serve({"/drip": Route(b"<html>" + b"x" * 200, trickle=0.02)}) as server:
        with pytest.raises(FetchError, match=r"(did not arrive|no answer) within 0\.5 s"):
            fetch(server.url("/drip"), timeout=0.5)


def test_an_answer_that_is_not_html_is_refused() -> None:
    route = Route(b'{"a": 1}', headers={"Content-Type": "application/json"})
    with serve({"/data": route}) as server, pytest.raises(FetchError) as caught:
        fetch(server.url("/data"))
    assert str(caught.value) == (
        f"{server.url('/data')}: not a web page (the server sent application/json, not HTML)"
    )


def test_html_without_a_content_type_is_read_by_its_start() -> None:
    with serve({
        "/bare": Route(ARTICLE.encode(), headers={}),
        "/blob": Route(b"\x89PNG not html", headers={}),
    }) as server:  # fmt: skip
        assert "Mekong" in fetch(server.url("/bare")).html
        with pytest.raises(FetchError, match="not a web page"):
            fetch(server.url("/blob"))


def test_an_oversized_answer_is_stopped_past_the_limit() -> None:
    body = b"<html><body>" + b"<p>words words words</p>" * 2000 + b"</body></html>"
    undeclared = Route(body, headers={"Content-Type": HTML})  # no Content-Length: streamed
    declared = Route(body, headers={"Content-Type": HTML, "Content-Length": str(len(body))})
    with serve({"/big": undeclared, "/declared": declared}) as server:
        with pytest.raises(FetchError, match=r"the page is too large \(over 10,000 bytes\)"):
            fetch(server.url("/big"), max_bytes=10_000)
        declared_message = r"too large \(48,026 bytes; the limit is 10,000 bytes\)"
        with pytest.raises(FetchError, match=declared_message):
            fetch(server.url("/declared"), max_bytes=10_000)
        assert fetch(server.url("/big"), max_bytes=len(body)).html.startswith("<html>")


def test_a_redirect_loop_is_named() -> None:
    routes = {"/a": redirect("/b"), "/b": redirect("/a")}
    with serve(routes) as server, pytest.raises(FetchError) as caught:
        fetch(server.url("/a"))
    message = str(caught.value)
    assert message.startswith(f"{server.url('/a')}: a redirect loop (back to http://127.0.0.1:")


def test_a_redirect_off_the_web_is_not_followed() -> None:
    with serve({"/ftp": redirect("ftp://127.0.0.1/file.html")}) as server:
        with pytest.raises(FetchError) as caught:
            fetch(server.url("/ftp"))
    assert str(caught.value) == (
        f"{server.url('/ftp')}: a redirect (302) to ftp://127.0.0.1/file.html, "
        "which is not a web address"
    )


def test_too_many_redirects_are_not_a_loop() -> None:
    routes = {f"/{n}": redirect(f"/{n + 1}") for n in range(10)}
    with serve(routes) as server, pytest.raises(FetchError) as caught:
        fetch(server.url("/0"), max_redirects=3)
    assert str(caught.value) == f"{server.url('/0')}: more than 3 redirects"


def test_a_page_with_no_article_text() -> None:
    empty = Route(b"<!doctype html><html><head><title>Nothing</title></head><body></body></html>")
    with serve({"/empty": empty}) as server, pytest.raises(FetchError) as caught:
        fetch_article(server.url("/empty"))
    assert str(caught.value).startswith(f"{server.url('/empty')}: ")
    assert "no article text" in str(caught.value) or "empty" in str(caught.value)


def test_a_consent_wall_is_not_an_article() -> None:
    wall = b"<!doctype html><html><body><main><p>Sorry, the page you were looking for has moved"
    wall += b" or no longer exists. Try the search box above or go back to the home page.</p>"
    wall += b"</main></body></html>"
    with serve({"/wall": Route(wall)}) as server, pytest.raises(FetchError) as caught:
        fetch_article(server.url("/wall"))
    assert str(caught.value) == (
        f"{server.url('/wall')}: no article text on this page (only 25 words: "
        "a consent, login or error page?)"
    )


def test_the_declared_charset_is_used() -> None:
    page = ARTICLE.replace('<meta charset="utf-8">', "")
    page = page.replace("Laos plans", "Laos’s café plans")
    headers = {"Content-Type": "text/html; charset=windows-1252"}
    route = Route(page.encode("cp1252"), headers=headers)
    with serve({"/old": route}) as server:
        assert "Laos’s café plans" in fetch(server.url("/old")).html


def test_connection_refused_and_unknown_hosts_are_one_line() -> None:
    with serve({}) as server:
        closed = server.url("/")
    with pytest.raises(FetchError, match="refused the connection"):
        fetch(closed, timeout=2)
    with pytest.raises(BriefingError, match=r"no-such-host\.invalid"):
        fetch("http://no-such-host.invalid/page", timeout=2)


def test_only_web_addresses_are_fetched() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://example.org")
    assert not is_url("file:///etc/passwd") and not is_url("article.html") and not is_url("-")
    with pytest.raises(FetchError, match="not a web address"):
        fetch("file:///etc/passwd")


def test_a_gzipped_answer_is_unpacked_within_the_limit() -> None:
    import gzip

    packed = gzip.compress(ARTICLE.encode())
    bomb = gzip.compress(b"<html>" + b" " * 200_000)
    headers = {"Content-Type": HTML, "Content-Encoding": "gzip"}
    routes = {"/z": Route(packed, headers=headers), "/bomb": Route(bomb, headers=headers)}
    with serve(routes) as server:
        assert "Mekong" in fetch(server.url("/z")).html
        with pytest.raises(FetchError, match=r"too large once unpacked \(over 100,000 bytes\)"):
            fetch(server.url("/bomb"), max_bytes=100_000)


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "no network (Network is"),
        (socket.gaierror(socket.EAI_AGAIN, "Temporary failure"), "cannot look up example.org"),
        (
            socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
            "cannot find the host example.org (a wrong address, or no network)",
        ),
        (TimeoutError("timed out"), "no answer within 20 s"),
        (ConnectionResetError(104, "reset"), "the connection was cut before the page arrived"),
    ],
)
def test_network_failures_are_said_in_the_users_terms(reason: object, said: str) -> None:
    from briefing.ingest.web import _network_message

    message = _network_message("https://example.org/a", reason, 20.0)
    assert message.startswith(f"https://example.org/a: {said}")
