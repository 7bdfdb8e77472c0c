"""The persistent library index: incremental refresh, ranked full-text search, and a cache that
survives corruption, locks, concurrent writers and failing files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from briefing.library import index as index_module
from briefing.library import refresh as refresh_module
from briefing.library.index import LibraryIndex, default_path, safe_name
from briefing.library.jobs import Record, index_file
from briefing.library.refresh import analyse_all, refresh

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = {
    "harbour.txt": (
        "Grain Corridor Reopens at the Harbour",
        "Ukrainian officials said the grain corridor reopened on Monday. Ships left Odesa "
        "for Istanbul under a new inspection regime.\n\nTraders welcomed the sanctions relief "
        "that came with it, though insurers remained cautious.",
    ),
    "summit.txt": (
        "Leaders Meet in Geneva",
        "The summit in Geneva ended without a statement. Delegates described the talks on "
        "the grain corridor as frank.\n\nA café near the lake hosted the side meetings where "
        "officials from Ankara and Kyiv met.",
    ),
    "energy.txt": (
        "Pipeline Politics in the Caspian",
        "Baku and Ashgabat discussed a trans-Caspian pipeline. Analysts expect sanctioned "
        "buyers to look elsewhere.\n\nThe Kremlin said the project was unlikely to proceed.",
    ),
}


def write(folder: Path, name: str, title: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (title, body) in ARTICLES.items():
        write(folder, name, title, body)
    return folder


@pytest.fixture
def indexed(library: Path) -> LibraryIndex:
    index = LibraryIndex(library)
    refresh(index, jobs=1)
    return index


def test_the_index_lives_in_the_cache_folder(tmp_path: Path) -> None:
    assert default_path().is_relative_to(tmp_path), "tests point the cache at tmp_path"


def test_refresh_indexes_then_changes_nothing(library: Path) -> None:
    index = LibraryIndex(library)
    first = refresh(index, jobs=1)
    assert (first.analysed, first.unchanged, first.failed) == (3, 0, 0)
    titles = {entry.name: entry.title for entry in index.entries()}
    assert titles["summit.txt"] == "Leaders Meet in Geneva"
    second = refresh(index, jobs=1)
    assert (second.analysed, second.unchanged) == (0, 3)


def test_a_changed_file_is_analysed_again_and_a_touched_one_is_not(
    indexed: LibraryIndex, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed: list[str] = []

    def counting(root: str, name: str) -> Record:
        analysed.append(name)
        return index_file(root, name)

    monkeypatch.setattr(refresh_module, "index_file", counting)
    harbour, summit = library / "harbour.txt", library / "summit.txt"
    os.utime(harbour, ns=(0, harbour.stat().st_mtime_ns + 10_000_000_000))  # same bytes
    write(library, "summit.txt", "Leaders Part in Geneva", ARTICLES["summit.txt"][1])
    os.utime(summit, ns=(0, summit.stat().st_mtime_ns + 20_000_000_000))
    summary = refresh(indexed, jobs=1)
    assert analysed == ["summit.txt"], "the hash spares a file whose content did not change"
    assert summary.unchanged == 2
    titles = {entry.name: entry.title for entry in indexed.entries()}
    assert titles["summit.txt"] == "Leaders Part in Geneva"
    analysed.clear()
    refresh(indexed, jobs=1)
    assert analysed == [], "the new modification time was recorded"


def test_a_new_analysis_version_reindexes(indexed: LibraryIndex) -> None:
    indexed.connection.execute("UPDATE articles SET version = '0.0.1+1'")
    assert not any(entry.current for entry in indexed.entries())
    summary = refresh(indexed, jobs=1)
    assert summary.analysed == 3
    assert all(entry.current for entry in indexed.entries())


def test_deleted_files_leave_the_index(indexed: LibraryIndex, library: Path) -> None:
    (library / "energy.txt").unlink()
    summary = refresh(indexed, jobs=1)
    assert summary.removed == 1
    assert [entry.name for entry in indexed.entries()] == ["harbour.txt", "summit.txt"]
    assert indexed.search("pipeline") == []


def test_a_failing_file_is_listed_and_retried_only_when_it_changes(
    indexed: LibraryIndex, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (library / "empty.txt").write_bytes(b"")
    summary = refresh(indexed, jobs=1)
    assert summary.failed == 1
    errors = {entry.name: entry.error for entry in indexed.entries()}
    assert "empty" in (errors["empty.txt"] or "")
    analysed: list[str] = []
    monkeypatch.setattr(
        refresh_module,
        "index_file",
        lambda root, name: analysed.append(name) or index_file(root, name),
    )
    refresh(indexed, jobs=1)
    assert analysed == []
    write(library, "empty.txt", "Now a Title", "And a body about the Caspian.")
    refresh(indexed, jobs=1)
    assert analysed == ["empty.txt"]
    assert {entry.name: entry.error for entry in indexed.entries()}["empty.txt"] is None


def test_one_bad_file_never_stops_the_batch(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.library import jobs

    def explode(path: object) -> object:
        if str(path).endswith("summit.txt"):
            raise ValueError("a bug in one stage")
        return real(path)

    real = jobs.analyze_path
    monkeypatch.setattr(jobs, "analyze_path", explode)
    index = LibraryIndex(library)
    summary = refresh(index, jobs=1)
    assert (summary.analysed, summary.failed) == (2, 1)
    errors = {entry.name: entry.error for entry in index.entries()}
    assert "ValueError" in (errors["summit.txt"] or "")


def test_an_installation_failure_is_not_stored(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.library import jobs

    def broken(path: object) -> object:
        raise ImportError("cannot import name 'find_so_what'")

    monkeypatch.setattr(jobs, "analyze_path", broken)
    index = LibraryIndex(library)
    assert refresh(index, jobs=1).failed == 3
    assert index.entries() == [], "retried on the next refresh, once the install is fixed"


def test_search_ranks_title_above_text(indexed: LibraryIndex) -> None:
    hits = indexed.search("geneva")
    assert [hit.name for hit in hits] == ["summit.txt"]
    hits = indexed.search("grain")
    assert [hit.name for hit in hits] == ["harbour.txt", "summit.txt"], "title hit first"


def test_search_phrases_prefixes_exclusions_and_stems(indexed: LibraryIndex) -> None:
    def names(query: str, **options: bool) -> list[str]:
        return sorted(hit.name for hit in indexed.search(query, **options))

    assert names('"grain corridor"') == ["harbour.txt", "summit.txt"]
    assert names('"corridor grain"') == []
    assert names("grain -geneva") == ["harbour.txt"]
    assert names("pipe*") == ["energy.txt"]
    assert names("pipel", as_you_type=True) == ["energy.txt"]
    assert names("sanction") == ["energy.txt", "harbour.txt"], "porter: sanctions, sanctioned"
    assert names("cafe") == ["summit.txt"], "diacritics removed"


def test_search_smart_case(indexed: LibraryIndex) -> None:
    assert [hit.name for hit in indexed.search("kremlin")] == ["energy.txt"]
    assert [hit.name for hit in indexed.search("Kremlin")] == ["energy.txt"]
    assert indexed.search("KREMLIN") == [], "a capital makes the search exact"


def test_snippets_mark_the_hit(indexed: LibraryIndex) -> None:
    hit = indexed.search("istanbul")[0]
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "Istanbul"
    assert "\x02" not in hit.snippet and "\n" not in hit.snippet
    one = indexed.snippet("istan", "harbour.txt", as_you_type=True)
    assert one is not None and "Istanbul" in one.snippet
    assert indexed.snippet("istanbul", "summit.txt") is None


def test_the_reader_opens_from_the_stored_analysis(indexed: LibraryIndex, library: Path) -> None:
    briefing = indexed.reader("energy.txt")
    assert briefing is not None
    assert briefing.article.meta.title == "Pipeline Politics in the Caspian"
    assert briefing.article.meta.path == library / "energy.txt"
    analysis = indexed.analysis("energy.txt")
    assert analysis is not None and analysis["schema"] == 1
    assert analysis["title"] == "Pipeline Politics in the Caspian"


def test_no_path_outside_the_library_is_stored(indexed: LibraryIndex, library: Path) -> None:
    rows = indexed.connection.execute(
        "SELECT name, analysis, reader FROM articles JOIN analyses USING (id)"
    ).fetchall()
    assert len(rows) == len(ARTICLES)
    for name, analysis, reader in rows:
        assert safe_name(name) and not Path(name).is_absolute()
        assert str(library).encode() not in zlib.decompress(reader)
        assert str(library).encode() not in zlib.decompress(analysis)
    assert not safe_name("../secret.txt") and not safe_name("/etc/passwd")
    indexed.write([Record("../outside.txt", 1, 1, "x", "v"), Record("/abs.txt", 1, 1, "x", "v")])
    assert {entry.name for entry in indexed.entries()} == set(ARTICLES)


def test_a_corrupt_index_is_moved_aside_and_rebuilt(library: Path) -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    index = LibraryIndex(library)
    assert index.warnings and "rebuilt" in index.warnings[0]
    assert path.with_name(path.name + ".broken").exists()
    assert refresh(index, jobs=1).analysed == 3


def test_a_locked_index_is_rebuilt_not_fatal(indexed: LibraryIndex, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    blocker = sqlite3.connect(default_path(), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        index = LibraryIndex(other, timeout=0.1)
        assert any("rebuilt" in warning for warning in index.warnings)
        assert index.entries() == []
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_an_unwritable_cache_falls_back_to_memory(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv(index_module.CACHE_ENVIRONMENT_VARIABLE, str(blocked))
    index = LibraryIndex(library)
    assert any("memory" in warning for warning in index.warnings)
    assert refresh(index, jobs=1).analysed == 3


def test_the_process_pool_gives_what_one_process_gives(library: Path) -> None:
    for number in range(4):
        write(library, f"extra-{number}.txt", f"Extra {number}", "Text about Baku and Kyiv.")
    names = sorted(path.name for path in library.iterdir())
    pooled = list(analyse_all(str(library), names, jobs=2))
    serial = list(analyse_all(str(library), names, jobs=1))
    assert [record.name for record in pooled] == names
    assert [record.fields for record in pooled] == [record.fields for record in serial]


def test_two_processes_indexing_at_once_do_not_corrupt_it(library: Path) -> None:
    for number in range(12):
        write(library, f"more-{number:02}.txt", f"More {number}", "Officials in Ankara met.")
    code = (
        "import sys; from pathlib import Path;"
        "from briefing.library.index import LibraryIndex;"
        "from briefing.library.refresh import refresh;"
        "refresh(LibraryIndex(Path(sys.argv[1])), jobs=1)"
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.Popen([sys.executable, "-c", code, str(library)], env=environment)
        for _ in range(2)
    ]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    index = LibraryIndex(library)
    assert index.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = [entry.name for entry in index.entries()]
    assert len(names) == len(set(names)) == 15
    count = index.connection.execute("SELECT count(*) FROM search").fetchone()[0]
    assert count == 15, "one full-text row per article"
    assert refresh(index, jobs=1).analysed == 0


def test_a_stopped_refresh_keeps_what_it_did_and_the_next_one_finishes(library: Path) -> None:
    index = LibraryIndex(library)
    first = refresh(index, jobs=1, stop=lambda: True)
    assert first.analysed == 1, "stops after the file in hand, and stores it"
    assert len(index.entries()) == 1
    second = refresh(index, jobs=1)
    assert (second.analysed, second.unchanged) == (2, 1)


def test_an_index_of_another_layout_is_rebuilt(indexed: LibraryIndex, library: Path) -> None:
    indexed.connection.execute("PRAGMA user_version = 99")
    indexed.close()
    index = LibraryIndex(library)
    assert any("another version" in warning for warning in index.warnings)
    assert index.entries() == []
    assert refresh(index, jobs=1).analysed == 3
