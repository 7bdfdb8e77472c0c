"""Issue 15, point 13: the export dialog follows a typed extension, remembers the last format,
proposes a folder outside a source checkout; `briefing export` refuses a mismatch."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, RadioButton

from briefing.model import Briefing
from briefing.tui.app import BriefingApp
from briefing.tui.export_folder import export_folder, is_source_checkout
from tests.tui.reading import SIZE


def test_a_source_checkout_is_not_the_export_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = tmp_path / "notes"
    plain.mkdir()
    assert export_folder(plain) == plain
    checkout = tmp_path / "project"
    (checkout / ".git").mkdir(parents=True)
    (checkout / "src").mkdir()
    assert is_source_checkout(checkout) and is_source_checkout(checkout / "src")
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(documents))
    assert export_folder(checkout / "src") == documents


async def test_dialog_follows_the_extension_and_remembers_the_format(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    written: list[tuple[str, Path]] = []

    class Result:
        def __init__(self, path: Path) -> None:
            self.path, self.omitted = path, ()

    def write_summary(
        b: Briefing, fmt: str, target: Path, *, force: bool = False, paper: str = "a4"
    ) -> Result:
        written.append((fmt, target))
        target.write_text("summary")
        return Result(target)

    def default_target(b: Briefing, fmt: str, directory: Path) -> Path:
        return tmp_path / f"summary.{fmt}"

    monkeypatch.setattr(
        "briefing.tui.screens.export.export_api", lambda: (write_summary, default_target)
    )
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        field = app.screen.query_one("#export-path", Input)
        field.value = str(tmp_path / "mine.txt")
        await pilot.pause()
        assert app.screen.query_one("#fmt-txt", RadioButton).value
        field.focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert written == [("txt", tmp_path / "mine.txt")]
        messages = [str(n.message) for n in app._notifications]
        assert any(str(tmp_path / "mine.txt") in message for message in messages)
        await pilot.press("e")  # the next export starts on the format used last
        await pilot.pause()
        assert app.screen.query_one("#export-path", Input).value == str(tmp_path / "summary.txt")


def test_cli_refuses_a_format_that_contradicts_the_name(tmp_path: Path) -> None:
    from briefing.errors import BriefingError
    from briefing.export import export_command

    article = tmp_path / "a.txt"
    article.write_text("Title\n\nSome text.\n", encoding="utf-8")
    with pytest.raises(BriefingError, match=r"ends in \.txt but --format is pdf"):
        export_command(article, fmt="pdf", output=str(tmp_path / "x.txt"), force=False,
                       paper="a4")
    assert not (tmp_path / "x.txt").exists()
