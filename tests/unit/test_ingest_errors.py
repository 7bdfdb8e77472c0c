"""Bad input: every failure is one IngestError line naming the file; encodings decode right."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.errors import IngestError
from briefing.ingest import decode, load_article

BODY = (
    "The ministers met in Geneva on Monday and agreed to resume the talks next month, "
    "officials from both delegations said afterwards.\n"
)


def _error(path: Path) -> str:
    with pytest.raises(IngestError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_missing(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "absent.txt")


def test_directory(tmp_path: Path) -> None:
    assert "folder" in _error(tmp_path)


def test_empty_and_blank(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\n\t\n")
    assert "empty" in _error(tmp_path / "empty.txt")
    assert "empty" in _error(tmp_path / "blank.md")


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary" in _error(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 21 MB actually written
        handle.seek(decode.MAX_BYTES + 1)
        handle.write(b"x")
    assert "too large" in _error(path)


def test_size_limit_is_the_module_constant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    monkeypatch.setattr(decode, "MAX_BYTES", 10)
    assert "too large" in _error(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(BODY, encoding="utf-8")
    path.chmod(0)
    try:
        assert "cannot read" in _error(path)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (("“Quoted” café – " + BODY).encode("utf-8-sig"), "utf-8 bom"),
        (("“Quoted” café – " + BODY).encode("utf-16"), "utf-16 bom"),
        (("“Quoted” café – " + BODY).encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16be"),
        (("“Quoted” café – " + BODY).encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, label: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    (paragraph,) = load_article(path).paragraphs
    assert paragraph.text.startswith("“Quoted” café – The ministers"), label


def test_crlf_control_characters_and_escape(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(
        b"Line with a bell\x07 and an escape \x1b[31m here. " + BODY.encode() + b"\r\n"
    )
    (paragraph,) = load_article(path).paragraphs
    assert "\x07" not in paragraph.text and "\r" not in paragraph.text
    assert "\x1b[31m" in paragraph.text  # kept as written; the reader shows it visibly


def _yaml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "briefing.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    path = _yaml(
        tmp_path,
        "title: T\nsections:\n  - title: A\n    paragraphs:\n      - one\n"
        "      - two: [unclosed\nactors: []\n",
    )
    message = _error(path)
    assert f"{path}, line 7:" in message


def test_python_tag_is_refused_clearly(tmp_path: Path) -> None:
    path = _yaml(tmp_path, "title: !!python/object/apply:os.system ['echo hi']\nsections: []\n")
    message = _error(path)
    assert "line 1" in message and "Python object tags" in message


def test_yaml_that_is_not_a_briefing(tmp_path: Path) -> None:
    assert "not a briefing" in _error(_yaml(tmp_path, "- one\n- two\n"))
    assert "not a briefing" in _error(_yaml(tmp_path, "just a sentence\n"))


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("title: T\nsections: {a: 1}\n", "`sections`"),
        ("title: [a, b]\nsections:\n  - paragraphs: [x]\n", "`title`"),
        ("title: T\nsections:\n  - paragraphs: [x]\nactors: {a: 1}\n", "`actors`"),
        (
            "title: T\nsections:\n  - paragraphs: [x]\nactors:\n  - {name: X, kind: robot}\n",
            "`actors[0].kind`",
        ),
        (
            "title: T\nsections:\n  - paragraphs: [x]\nquotes:\n  - {speaker: X}\n",
            "`quotes[0].text`",
        ),
        ("title: T\nsections:\n  - paragraphs: [x]\nso_what: [a]\n", "`so_what`"),
        (
            "title: T\nsections:\n  - paragraphs: [x]\nso_what:\n  implications: {a: 1}\n",
            "`so_what.implications`",
        ),
        ("title: T\nsections:\n  - paragraphs: [x]\npublished: someday\n", "`published`"),
        (
            "title: T\nsections:\n  - paragraphs: [x]\ntimeline:\n  - {text: x}\n",
            "`timeline[0].date`",
        ),
        ("title: T\nsections: []\n", "`sections`"),
        ("title: T\n", "`sections:`"),
    ],
)
def test_wrong_types_name_the_field(tmp_path: Path, text: str, field: str) -> None:
    assert field in _error(_yaml(tmp_path, text))


def test_markdown_front_matter_errors_name_the_line(tmp_path: Path) -> None:
    """Bad front matter is a side issue: the article opens, with a warning naming the line."""
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\nauthor: [unclosed\n---\n\nBody.\n", encoding="utf-8")
    article = load_article(path)
    assert [paragraph.text for paragraph in article.paragraphs] == ["Body."]
    assert article.meta.title == "T"
    (warning,) = article.meta.warnings
    assert str(path) in warning and "line 3" in warning


def test_html_with_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    assert "no article text" in _error(path)


def test_broken_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.html.gz"
    path.write_bytes(b"\x1f\x8bnot really gzip")
    assert "gzip" in _error(path)
