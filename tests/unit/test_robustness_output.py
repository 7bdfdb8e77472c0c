"""Nothing raw reaches a terminal or a page, and every failure is one line (issue 14, 1, 4, 8).

Inputs are written here: escape codes (screen clear, window title, OSC 52 clipboard write), C1
controls, a right-to-left override, tabs and newlines in file names and titles, a corrupt gzip
stream, and sizes just over the limit.
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.errors import IngestError
from briefing.export import render
from briefing.export.page import build_page
from briefing.export.pdf import page_data
from briefing.ingest import decode
from briefing.printable import one_line, printable
from tests.unit.export_fixtures import EXPORTED, small_briefing

HOSTILE = "Clear\x1b[2J title\x1b]0;pwned\x07 clip\x1b]52;c;SGVsbG8=\x07 \x9b31m \u202eexe.txt"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def hostile_briefing():  # type: ignore[no-untyped-def]
    base = small_briefing()
    meta = dataclasses.replace(base.article.meta, title=HOSTILE, source="Src\x1b[31m")
    article = dataclasses.replace(base.article, meta=meta)
    so_what = dataclasses.replace(
        base.so_what, bottom_line=dataclasses.replace(base.so_what.bottom_line, text=HOSTILE)
    )
    return dataclasses.replace(base, article=article, so_what=so_what)


def test_bidi_overrides_and_isolates_become_visible_but_marks_stay() -> None:
    text = "a\u202eb\u202dc\u2066d\u2069e \u200f\u200e\u061c"
    shown = printable(text)
    assert len(shown) == len(text)
    assert not set("\u202e\u202d\u2066\u2069") & set(shown)
    assert shown.endswith("\u200f\u200e\u061c")


def test_one_line_shows_tabs_and_line_breaks() -> None:
    shown = one_line("a\tb\nc\u2028d\x85e\x1b")
    assert shown == "a\u2409b\u2424c\u2424d\u2424e\u241b"
    assert printable("a\tb\nc") == "a\tb\nc"  # prose keeps its layout


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_text_exports_write_no_control_character(fmt: str) -> None:
    content, _ = render(hostile_briefing(), fmt, exported=EXPORTED)
    text = content.decode("utf-8")
    for raw in RAW:
        assert raw not in text, (fmt, raw)
    assert "\u241b[2J" in text or "\u241b" in text


def test_the_pdf_data_and_its_title_metadata_hold_no_control_character() -> None:
    data = page_data(build_page(hostile_briefing(), EXPORTED), "a4", 10.0)
    assert not any(raw in str(data) for raw in RAW)
    assert data["title"].startswith("Clear\u241b[2J")
    pdf, _ = render(hostile_briefing(), "pdf", exported=EXPORTED)
    titles = [
        bytes.fromhex(match.decode()).decode("utf-16")
        for match in re.findall(rb"/Title<([0-9A-F]+)>", pdf)
    ]
    xmp = re.findall(rb"<dc:title>(.*?)</dc:title>", pdf, re.S)
    assert titles and xmp
    for title in (*titles, *(value.decode("utf-8") for value in xmp)):
        assert "Clear\u241b[2J" in title
        assert not any(raw in title for raw in RAW)


def test_list_prints_one_line_per_article_whatever_the_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "tab\tand\nnewline.md").write_text(
        "---\ntitle: \"Tab\\there and\\nthere \\e[2J\"\n---\n\nSome text about Armenia.\n",
        encoding="utf-8",
    )
    (tmp_path / "plain.txt").write_text("Plain\n\nSome text about Russia and Armenia.\n")
    assert main(["list", "--library", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 2, out
    assert "\x1b" not in out
    assert any(line.startswith("tab\u2409and\u2424newline.md\t") for line in lines)


def test_a_corrupt_gzip_stream_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gzip's magic bytes, then a deflate block of an invalid type (zlib.error, not OSError)."""
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x07\x00")
    with pytest.raises(IngestError, match="not a valid gzip file"):
        decode.read_text(path)
    assert main(["analyze", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "bad.txt" in err


def test_a_bug_in_one_article_is_one_line_and_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.analysis.pipeline as pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("year 0 is out of range\nsecond line")

    monkeypatch.setattr(pipeline, "analyze", broken)
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nSome text about Armenia and Russia.\n", encoding="utf-8")
    for command in (["analyze", str(path)], ["export", str(path), "-o", "-", "-f", "md"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert "ValueError" in err and "year 0 is out of range" in err
        assert "Traceback" not in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_standard_output_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nSome text about Armenia.\n", encoding="utf-8")
    commands = (["list", "--library", str(tmp_path)], ["export", str(tmp_path / "a.txt"), "-o", "-"])
    for command in commands:
        with open("/dev/full", "wb") as full:
            result = subprocess.run(
                [sys.executable, "-m", "briefing", *command],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=60,
            )
        assert result.returncode == 1, result.stderr
        assert result.stderr.splitlines() == [
            "briefing: cannot write the output: No space left on device"
        ]


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (21_000_000, "21 MB; the limit is 20 MB"),
        (20_000_001, "20,000,001 bytes; the limit is 20 MB"),
        (25_500_000, "25.5 MB; the limit is 20 MB"),
    ],
)
def test_sizes_over_the_limit_never_print_as_the_limit(
    tmp_path: Path, size: int, shown: str
) -> None:
    assert decode.MAX_BYTES == 20_000_000  # decimal megabytes, as the README says
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse
        handle.seek(size - 1)
        handle.write(b"x")
    with pytest.raises(IngestError) as error:
        decode.read_bytes(path)
    assert shown in str(error.value)


def test_a_bug_reading_one_article_is_one_row_of_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.ingest as ingest

    real = ingest.load_article

    def flaky(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "bad.txt":
            raise ValueError("year 0 is out of range")
        return real(path)

    monkeypatch.setattr(ingest, "load_article", flaky)
    for name in ("bad.txt", "good.txt"):
        (tmp_path / name).write_text("Title\n\nSome text about Armenia.\n", encoding="utf-8")
    assert main(["list", "--library", str(tmp_path)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2
    assert any(row.startswith("bad.txt\t(cannot be read: a bug: ValueError") for row in rows)
    assert any(row.startswith("good.txt\t") and "cannot be read" not in row for row in rows)
