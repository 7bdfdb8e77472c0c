"""The help prose: markdown-it's parse, drawn as one Content with theme styles."""

from __future__ import annotations

from briefing.tui.prose import CODE, HEADING, markdown_content


def styles_of(content: object, text: str) -> set[str]:
    plain = content.plain  # type: ignore[attr-defined]
    start = plain.index(text)
    return {
        str(span.style)
        for span in content.spans  # type: ignore[attr-defined]
        if span.start <= start and span.end >= start + len(text)
    }


def test_blocks_are_set_off_and_soft_breaks_joined() -> None:
    content = markdown_content("## Reading\n\nOne line\nand the next.\n\n- first\n- second\n")
    assert content.plain == "Reading\n\nOne line and the next.\n\n• first\n\n• second"
    assert HEADING in styles_of(content, "Reading")


def test_inline_code_loses_its_backticks_and_takes_the_accent() -> None:
    content = markdown_content("Press `/` to search and `n` for the next hit.")
    assert content.plain == "Press / to search and n for the next hit."
    assert CODE in styles_of(content, "/")


def test_emphasis_and_strong_nest() -> None:
    content = markdown_content("**Actors**: *who* the piece is about")
    assert content.plain == "Actors: who the piece is about"
    assert "bold" in styles_of(content, "Actors")
    assert "italic" in styles_of(content, "who")


def test_markup_in_the_prose_is_text() -> None:
    content = markdown_content("Brackets [bold]stay[/bold] as written.")
    assert content.plain == "Brackets [bold]stay[/bold] as written."


def test_the_packaged_help_renders_every_heading() -> None:
    from briefing.tui.screens.help import help_prose

    source = help_prose()
    content = markdown_content(source)
    for line in source.splitlines():
        if line.startswith("## "):
            assert line[3:] in content.plain
    assert "`" not in content.plain
