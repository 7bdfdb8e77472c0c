"""A search hit on an actor's alias shows the body's sentence naming the actor, not the index's
list of names and aliases."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from briefing.library.actor_snippet import actor_snippet
from briefing.library.index import LibraryIndex
from briefing.library.refresh import refresh

FENCES = ("[", "]", "…")
ACTORS = [
    {"name": "Russia", "aliases": ["Moscow", "Kremlin"]},
    {"name": "Volodymyr Zelenskyy", "aliases": ["Zelensky", "Zelenskyy", "Volodymyr Zelensky"]},
]
BODY = (
    "The talks went on for a week. In Kyiv, President Zelenskyy, who had asked for more air"
    " defence before the summit opened, met the envoys on Monday and thanked them.\n\nLater."
)


def test_the_sentence_naming_the_actor_in_another_form_is_shown() -> None:
    snippet = actor_snippet(["Zelensky"], ACTORS, BODY, FENCES, 14)
    assert snippet == (
        "In Kyiv, President [Zelenskyy], who had asked for more air defence before the…"
    )


def test_an_actor_the_body_never_names_is_shown_by_name_once() -> None:
    assert actor_snippet(["Zelensky"], ACTORS, "Nothing here.", FENCES, 14) == (
        "[Volodymyr Zelenskyy]"
    )
    assert actor_snippet(["Biden"], ACTORS, BODY, FENCES, 14) is None


def test_a_short_sentence_is_shown_whole_and_a_word_is_never_cut() -> None:
    assert actor_snippet(["moscow"], ACTORS, "Russia said no. Next.", FENCES, 14) == (
        "[Russia] said no."
    )
    assert actor_snippet(["Russia"], ACTORS, "Belarussian and Russian.", FENCES, 14) == (
        "[Russia]"
    )


def test_library_search_on_an_alias_shows_article_text(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "kyiv.txt").write_text(f"Talks in Kyiv\n\n{BODY}\n", encoding="utf-8")
    index = LibraryIndex(folder)
    refresh(index, jobs=1)
    connection = index.connection
    (row_id, blob), = connection.execute("SELECT id, analysis FROM analyses").fetchall()
    analysis = json.loads(zlib.decompress(blob))
    analysis["actors"] = ACTORS
    names = "\n".join(name for actor in ACTORS for name in (actor["name"], *actor["aliases"]))
    with connection:  # the index as the analysis would write it for these actors
        connection.execute(
            "UPDATE analyses SET analysis = ? WHERE id = ?",
            (zlib.compress(json.dumps(analysis).encode()), row_id),
        )
        title, authors, quotes, text = connection.execute(
            "SELECT title, authors, quotes, text FROM search WHERE rowid = ?", (row_id,)
        ).fetchone()
        connection.execute("DELETE FROM search WHERE rowid = ?", (row_id,))
        connection.execute(
            "INSERT INTO search(rowid, title, authors, actors, quotes, text)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (row_id, title, authors, names, quotes, text),
        )
    (hit,) = index.search("Zelensky")
    assert hit.snippet.startswith("In Kyiv, President Zelenskyy, who")
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "Zelenskyy"
    one = index.snippet("Zelensky", "kyiv.txt")
    assert one is not None and one.snippet == hit.snippet
