"""Saving pages and standard input to the library: `briefing add`, `briefing -` (ingest/save.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.ingest import load_article
from briefing.ingest.markdown import parse_markdown
from briefing.ingest.save import create_exclusive, escape, slug, to_markdown
from briefing.ingest.web import fetch_article
from tests.unit.web_server import ARTICLE, Route, redirect, serve

PAGE = Route(ARTICLE.encode("utf-8"))
TITLE = "Water Wars on the Mekong: Dams, Drought and Diplomacy"
NAME = "water-wars-on-the-mekong-dams-drought-and-diplomacy"


def test_slug_keeps_safe_characters_and_cuts_between_words() -> None:
    assert slug("Armenia's Western Turn?") == "armenia-s-western-turn"
    assert slug("Côte d’Ivoire: élections") == "cote-d-ivoire-elections"
    assert slug("Россия и Армения") == "россия-и-армения"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("???") == "article" and slug("CON") == "con-article"
    long = slug("word " * 40)
    assert len(long) <= 60 and long.endswith("word") and "--" not in long
    assert slug("x" * 100) == "x" * 60


def test_create_exclusive_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("mine")
    first = create_exclusive(tmp_path, "a", ".md", b"one")
    second = create_exclusive(tmp_path, "a", ".md", b"two")
    assert (first.name, second.name) == ("a-2.md", "a-3.md")
    assert (tmp_path / "a.md").read_text() == "mine"
    assert second.read_bytes() == b"two"


def test_markdown_escapes_read_back_as_the_same_words() -> None:
    for text in ("1. Not a list", "# not a heading", "- not an item", "a *b* [c](d) <e> &amp; `f`",
                 "> not a quote", "+ plus", "back\\slash", "2) two"):  # fmt: skip
        written = escape(text)
        assert parse_markdown(f"# T\n\nFirst paragraph here.\n\n{written}\n").paragraphs[
            -1
        ].text == text, written


def test_a_saved_page_reads_back_the_same(tmp_path: Path) -> None:
    with serve({"/page.html": PAGE}) as server:
        article = fetch_article(server.url("/page.html"))
    text = to_markdown(article, date(2026, 11, 30))
    assert text.startswith("---\ntitle: ")
    assert "\nsaved: 2026-11-30\n" in text and f"\nurl: {server.url('/page.html')}\n" in text
    path = tmp_path / "saved.md"
    path.write_text(text)
    again = load_article(path)
    assert [p.text for p in again.paragraphs] == [p.text for p in article.paragraphs]
    assert again.headings == article.headings
    meta, before = again.meta, article.meta
    assert (meta.title, meta.authors, meta.published, meta.source, meta.url) == (
        before.title, before.authors, before.published, before.source, before.url
    )  # fmt: skip


def test_add_saves_pages_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib"
    with serve({"/page.html": PAGE, "/moved": redirect("/page.html")}) as server:
        status = main(["add", server.url("/page.html"), server.url("/moved"), server.url("/gone"),
                       "--library", str(library)])  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 1  # one of three failed, and said so
    names = sorted(path.name for path in library.iterdir())
    assert names == [f"{NAME}-2.md", f"{NAME}.md"]
    assert out.splitlines() == [
        f"saved {library / (NAME + '.md')}: {TITLE}",
        f"saved {library / (NAME + '-2.md')}: {TITLE}",
    ]
    assert err == f"briefing: {server.url('/gone')}: the server answered 404 Not Found\n"
    assert main(["list", "--library", str(library)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[1] == f"{NAME}.md\t{TITLE}\tExample Institute\t2024-03-05"


def test_add_refuses_the_bundled_samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)  # no ./articles here: the library would be the bundled one
    assert main(["add", "http://127.0.0.1:9/x"]) == 1
    assert "no library folder to save into" in capsys.readouterr().err
    assert main(["add", "article.html", "--library", str(tmp_path)]) == 1
    assert "article.html: not a web address" in capsys.readouterr().err


def _briefing(arguments: list[str], stdin: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The command in a new session (no controlling terminal), stdin from a pipe."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *arguments],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        start_new_session=True,
        timeout=60,
        check=False,
    )


TEXT = (
    "Armenia Tries Looking West\n\n"
    "Armenia has long relied on Russia for its security, but that reliance has faltered. "
    "Yerevan now courts Washington and Paris, while Moscow warns of consequences.\n\n"
    "It is unlikely that Armenia will leave the Russian-led alliance soon.\n"
)


def test_add_reads_standard_input_and_keeps_it_as_given(tmp_path: Path) -> None:
    done = _briefing(["add", "-", "--library", str(tmp_path)], TEXT.encode(), tmp_path)
    assert done.returncode == 0, done.stderr
    saved = tmp_path / "armenia-tries-looking-west.txt"
    assert done.stdout.decode() == f"saved {saved}: Armenia Tries Looking West\n"
    assert saved.read_text() == TEXT
    html = _briefing(["add", "-", "--library", str(tmp_path)], ARTICLE.encode(), tmp_path)
    assert html.returncode == 0, html.stderr
    assert (tmp_path / f"{NAME}.html").read_text() == ARTICLE  # told apart by content


def test_stdin_errors_are_one_line(tmp_path: Path) -> None:
    empty = _briefing(["add", "-", "--library", str(tmp_path)], b"", tmp_path)
    assert (empty.returncode, empty.stderr.decode()) == (
        1, "briefing: standard input: nothing came in\n"
    )  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_briefing_dash_reads_stdin_before_it_needs_a_terminal(tmp_path: Path) -> None:
    # Without a controlling terminal the reader cannot take keys: one line, after the article
    # was read (an unreadable one would have said so first).
    done = _briefing(["-"], TEXT.encode(), tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "briefing: no terminal to read keys from (the article came on stdin)\n"
    )
    empty = _briefing(["-"], b"  \n", tmp_path)
    assert empty.stderr.decode() == "briefing: standard input: nothing came in\n"


def test_the_page_is_read_ahead_in_a_child_and_its_errors_come_back() -> None:
    from briefing.cli_add import _ahead
    from briefing.errors import IngestError

    def fail() -> None:
        raise IngestError("http://x/: the server answered 404 Not Found")

    with pytest.raises(IngestError, match="404 Not Found"):
        _ahead(fail)()  # type: ignore[arg-type]
    assert _ahead(lambda: parse_markdown("# Title\n\nSome words here.\n"))().meta.title == "Title"


def test_fetching_and_saving_leave_textual_out() -> None:
    code = (
        "import sys\nimport briefing.cli_add, briefing.ingest.web, briefing.ingest.save\n"
        "print('textual' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_copied_markup_is_read_as_html() -> None:
    from briefing.cli_add import parse_text

    fragment = ARTICLE.split("<article>")[1].split("</article>")[0]
    found = parse_text(f"<article>{fragment}</article>")
    assert found.kind == "html"
    assert found.article.paragraphs[0].text.startswith("China has built eleven dams")
    prose = "A <b>bold</b> claim in plain prose, with more words after it."
    assert parse_text(prose).kind == "text"
