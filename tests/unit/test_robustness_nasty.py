"""The fixed corpus of nasty files (tests/data/nasty), kept as regressions, and what the app must
never do to a user's files: rewrite them, or stop listing a library because of one bad entry.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest

from briefing.analysis.pipeline import analyze
from briefing.cli import main
from briefing.errors import BriefingError
from briefing.ingest import load_article
from tests.unit.robustness_strategies import check_briefing, check_exports, check_serialized

NASTY = Path(__file__).resolve().parent.parent / "data" / "nasty"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_nasty", NASTY / "make_nasty.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE = _generator()
NAMES = sorted(MAKE.EXPECTED)
PDF_TOO = {"markup.txt", "escapes.txt", "rtl.txt", "cjk.md", "controls.txt"}


def _fingerprint(path: Path) -> tuple[bytes, int, int]:
    info = path.stat()
    return path.read_bytes(), info.st_mtime_ns, stat.S_IMODE(info.st_mode)


def test_the_corpus_is_what_the_script_writes(tmp_path: Path) -> None:
    """Committed bytes and the generator agree, so every odd byte is reviewable in code."""
    assert set(MAKE.FILES) == set(MAKE.EXPECTED)
    MAKE.write_all(tmp_path)
    committed = {path.name for path in NASTY.iterdir() if path.name != "make_nasty.py"}
    committed.discard("__pycache__")
    assert committed == set(MAKE.FILES)
    for name in MAKE.FILES:
        assert (NASTY / name).read_bytes() == (tmp_path / name).read_bytes(), name


@pytest.mark.parametrize("name", NAMES)
def test_each_nasty_file_opens_or_is_refused_as_expected(name: str) -> None:
    path = NASTY / name
    before = _fingerprint(path)
    expected = MAKE.EXPECTED[name]
    try:
        article = load_article(path)
    except BriefingError as error:
        message = str(error)
        assert expected != "ok", f"{name} was refused: {message}"
        assert expected in message and str(path) in message and "\n" not in message
    else:
        assert expected == "ok", f"{name} should be refused ({expected}) but opened"
        briefing = analyze(article)
        check_briefing(briefing)
        check_serialized(briefing)
        check_exports(briefing, ("md", "txt", "html", "pdf") if name in PDF_TOO else ("md",))
    assert _fingerprint(path) == before, f"{name} was modified"


@pytest.mark.parametrize("name", NAMES)
def test_the_cli_never_prints_a_traceback(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = NASTY / name
    before = _fingerprint(path)
    status = main(["analyze", str(path), "--json"])
    out, err = capsys.readouterr()
    if MAKE.EXPECTED[name] == "ok":
        # A side issue (bad front matter) is a one-line warning, never a refusal.
        warnings = err.splitlines()
        assert status == 0 and out.startswith("{")
        assert all(line.startswith("briefing: warning: ") for line in warnings)
    else:
        assert status == 1 and err.startswith("briefing: ") and err.count("\n") == 1
    target = tmp_path / "summary.txt"
    status = main(["export", str(path), "-o", str(target)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert status == (0 if MAKE.EXPECTED[name] == "ok" else 1)
    assert _fingerprint(path) == before


def test_the_app_never_rewrites_a_users_article_or_briefing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    """Analyse, print and export a text article and a curated YAML briefing: both unchanged."""
    article = tmp_path / "seed.txt"
    shutil.copy2(seed_path, article)
    curated = tmp_path / "curated.yaml"
    shutil.copy2(seed_path.parent / "example-briefing.yaml", curated)
    os.chmod(curated, 0o640)
    monkeypatch.chdir(tmp_path)
    for path in (article, curated):
        before = _fingerprint(path)
        assert main(["analyze", str(path), "--yaml"]) == 0
        assert main(["analyze", str(path), "--json"]) == 0
        assert main(["export", str(path)]) == 0
        assert main(["export", str(path), "--force", "--format", "html"]) == 0
        assert main(["export", str(path), "-o", str(path)]) == 1
        assert main(["list", "--library", str(tmp_path)]) == 0
        assert _fingerprint(path) == before, f"{path.name} was rewritten"
    written = {path.name for path in tmp_path.iterdir() if path.is_file()}
    assert written == {
        "seed.txt",
        "curated.yaml",
        "seed-summary.md",
        "seed-summary.html",
        "curated-summary.md",
        "curated-summary.html",
    }


def test_an_export_over_the_article_itself_needs_force(tmp_path: Path) -> None:
    """`-o` naming the article is refused without --force: the article stays as it was."""
    article = tmp_path / "note.md"
    article.write_text("# Note\n\nRussia warned Armenia.\n", encoding="utf-8")
    before = _fingerprint(article)
    assert main(["export", str(article), "-o", str(article)]) == 1
    assert _fingerprint(article) == before


def _hostile_library(tmp_path: Path) -> Path:
    library = tmp_path / "library"
    library.mkdir()
    MAKE.write_all(library)
    (library / "folder.md").mkdir()
    (library / "folder.md" / "inside.txt").write_text("Hidden away.", encoding="utf-8")
    os.symlink(library / "loop-b.txt", library / "loop-a.txt")
    os.symlink(library / "loop-a.txt", library / "loop-b.txt")
    os.symlink(library / "nowhere.txt", library / "dangling.txt")
    os.symlink(library, library / "self.md")
    os.mkfifo(library / "pipe.txt")
    unreadable = library / "unreadable.txt"
    unreadable.write_text("Secret.", encoding="utf-8")
    unreadable.chmod(0)
    return library


def test_a_hostile_library_still_lists_every_readable_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = _hostile_library(tmp_path)
    assert main(["list", "--library", str(library)]) == 0
    out, err = capsys.readouterr()
    listed = {line.split("\t")[0]: line for line in out.splitlines()}
    openable = {name for name, expected in MAKE.EXPECTED.items() if expected == "ok"}
    openable.discard("article.txt.gz")  # .gz is not an article suffix in the library
    for name in openable:
        assert name in listed and "cannot be read" not in listed[name], name
    for name in ("binary.txt", "python-tag.yaml", "duplicate-keys.yaml"):
        assert "cannot be read" in listed[name]
    for name in ("folder.md", "loop-a.txt", "loop-b.txt", "dangling.txt", "self.md", "pipe.txt"):
        assert f"skipped {library / name}" in err, name
    if os.geteuid() != 0:  # root reads any file
        assert "unreadable.txt" in listed and "cannot be read" in listed["unreadable.txt"]
    assert "\x1b" not in out and "\x1b" not in err, "escape codes reached the terminal"
    assert "Traceback" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_file_is_a_clear_refusal(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Secret.", encoding="utf-8")
    path.chmod(0)
    try:
        if os.geteuid() == 0:
            pytest.skip("root can read a file with no permissions")
        with pytest.raises(BriefingError, match="cannot read"):
            load_article(path)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_pipes_and_devices_are_refused_without_blocking(tmp_path: Path, kind: str) -> None:
    """A named pipe would block the reader for ever; /dev/zero would fill the memory."""
    if kind == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
        if not path.exists():
            pytest.skip("no /dev/zero here")
    with pytest.raises(BriefingError, match="not a regular file"):
        load_article(path)
    assert main(["analyze", str(path)]) == 1


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.ingest.decode as decode

    path = tmp_path / "growing.txt"
    path.write_text("Russia warned Armenia. " * 10, encoding="utf-8")
    monkeypatch.setattr(decode, "MAX_BYTES", 100)  # the stat said 230 bytes would be fine...
    real_stat = Path.stat

    def small_stat(self: Path, **kwargs: object) -> os.stat_result:
        result = real_stat(self, **kwargs)  # type: ignore[arg-type]
        if self == path:
            return os.stat_result((result.st_mode, *result[1:6], 10, *result[7:]))
        return result

    monkeypatch.setattr(Path, "stat", small_stat)
    with pytest.raises(BriefingError, match="too large"):
        load_article(path)


def test_an_unreadable_file_in_the_library_is_reported_and_the_rest_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Permissions cannot stop root, so the refusal is simulated where the file is opened."""
    library = tmp_path / "library"
    library.mkdir()
    (library / "a-secret.txt").write_text("Secret words.", encoding="utf-8")
    (library / "b-open.txt").write_text("Open words.\n\nRussia warned.", encoding="utf-8")
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "a-secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)
    assert main(["list", "--library", str(library)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("a-secret.txt\t(cannot be read:")
    assert "Permission denied" in lines[0]
    assert lines[1].startswith("b-open.txt\t") and "cannot be read" not in lines[1]
