"""Full-text search over the library's index: FTS5 ranked by bm25, with marked snippets.

`FullText` is the search half of `LibraryIndex` (kept apart so each file has one job): a user's
query becomes an FTS5 expression (`briefing.library.query`), ranked with the weights set on
the table (title > authors > actors > quotes > text), filtered by smart case, and returned as
`Hit`s. Snippets come from SQLite's `snippet()`, the hit fenced with control characters that
are taken out again and kept as offsets (`Hit.marks`), so nothing is ever parsed as markup; a
hit only in the actors column (a form of a name the body may not use) is shown as the body's
sentence naming that actor (`briefing.library.actor_snippet`), never the list of names.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from briefing.library.actor_snippet import actor_snippet, analysis_actors
from briefing.library.jobs import ANALYSIS_VERSION
from briefing.library.query import parse, to_match

MARK_START, MARK_END = "\x02", "\x03"
"""Characters that fence a hit inside a snippet as SQLite returns it (never in article text)."""
SNIPPET_TOKENS = 14
"""Words of context in a snippet."""
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked search result: the file, its row, bm25 score (lower is better) and a snippet.

    `marks` are (start, end) offsets of the matched words in `snippet`.
    """

    name: str
    title: str | None
    author: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str = ""
    marks: tuple[tuple[int, int], ...] = ()


class FullText:
    """Search methods over `connection`'s `search` table, for the library `library`."""

    connection: sqlite3.Connection
    library: int

    def search(
        self,
        query: str,
        *,
        limit: int | None = None,
        snippets: bool = True,
        as_you_type: bool = False,
    ) -> list[Hit]:
        """Files matching `query` (see `briefing.library.query`), best first.

        Snippets are made for the hits returned only; pass `snippets=False` to rank a long
        list fast and ask `snippet()` for the one on screen.
        """
        terms = parse(query, as_you_type=as_you_type)
        expression = to_match(terms)
        if expression is None:
            return []
        sql = (
            "SELECT a.id, a.name, a.title, a.author, a.source, a.published, search.rank"
            " FROM search JOIN articles a ON a.id = search.rowid"
            " WHERE search MATCH ? AND a.library = ?"
        )
        parameters: list[object] = [expression, self.library]
        for term in terms:
            if term.exact and not term.exclude:  # smart case: the very letters, somewhere
                sql += (
                    " AND instr(search.title || char(10) || search.authors || char(10) ||"
                    " search.actors || char(10) || search.quotes || char(10) || search.text, ?)"
                )
                parameters.append(term.text)
        sql += " ORDER BY search.rank"
        if limit is not None:
            sql += " LIMIT ?"
            parameters.append(limit)
        try:
            rows = self.connection.execute(sql, parameters).fetchall()
            found = self._snippets(expression, [row[0] for row in rows]) if snippets else {}
        except sqlite3.DatabaseError:
            return []  # a query FTS5 cannot take, or a damaged index (rebuilt on next refresh)
        hits = [Hit(*row[1:6], score=row[6]) for row in rows]
        if snippets:
            hits = [
                _with_snippet(hit, found.get(row[0], ""))
                for hit, row in zip(hits, rows, strict=True)
            ]
        return hits

    def snippet(self, query: str, name: str, *, as_you_type: bool = False) -> Hit | None:
        """The snippet of one file for `query`, as a `Hit` (None when it does not match)."""
        expression = to_match(parse(query, as_you_type=as_you_type))
        if expression is None:
            return None
        try:
            row = self.connection.execute(
                "SELECT id, name, title, author, source, published FROM articles"
                " WHERE library = ? AND name = ? AND version = ?",
                (self.library, name, ANALYSIS_VERSION),
            ).fetchone()
            found = self._snippets(expression, [row[0]]) if row else {}
        except sqlite3.DatabaseError:
            return None
        if row is None or row[0] not in found:
            return None
        return _with_snippet(Hit(*row[1:], score=0.0), found[row[0]])

    def _snippets(self, expression: str, ids: list[int]) -> dict[int, str]:
        """Snippets from the text where it holds a hit, else the quotes, else the body's words
        naming the matched actor, else the best field (the title or authors). Each column is
        asked only for the files the one before left without a hit: a snippet re-reads its
        field."""
        marks = (MARK_START, MARK_END, "…", SNIPPET_TOKENS)
        found: dict[int, str] = {}
        missing = list(ids)
        for column in (4, 3, 2, -1):
            if column == 2:  # an actor's name: the body's words naming the actor
                found.update(self._actor_snippets(expression, missing))
                missing = [row_id for row_id in missing if row_id not in found]
                continue
            for start in range(0, len(missing), 500):
                chunk = missing[start : start + 500]
                rows = self.connection.execute(
                    f"SELECT rowid, snippet(search, {column}, ?, ?, ?, ?) FROM search"
                    f" WHERE search MATCH ? AND rowid IN ({', '.join('?' * len(chunk))})",
                    (*marks, expression, *chunk),
                )
                for row_id, text in rows:
                    if MARK_START in text or column == -1:
                        found[row_id] = text
            missing = [row_id for row_id in missing if row_id not in found]
            if not missing:
                break
        return found


    def _actor_snippets(self, expression: str, ids: list[int]) -> dict[int, str]:
        """Snippets for files whose hit is in the actors column only: the body's sentence
        naming the actor whose name or alias matched, else the actor's name once
        (`briefing.library.actor_snippet`); never the column's list of names."""
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.connection.execute(
                f"SELECT search.rowid, snippet(search, 2, ?, ?, '', 64), search.text, a.analysis"
                " FROM search LEFT JOIN analyses a ON a.id = search.rowid"
                f" WHERE search MATCH ? AND search.rowid IN ({', '.join('?' * len(chunk))})",
                (MARK_START, MARK_END, expression, *chunk),
            )
            for row_id, names, text, blob in rows:
                if MARK_START not in names:
                    continue
                matched = [
                    piece.split(MARK_END, 1)[0] for piece in names.split(MARK_START)[1:]
                ]
                snippet = actor_snippet(
                    matched, analysis_actors(blob), text or "", (MARK_START, MARK_END, "…"),
                    SNIPPET_TOKENS,
                )  # fmt: skip
                if snippet is not None:
                    found[row_id] = snippet
        return found


def _with_snippet(hit: Hit, marked: str) -> Hit:
    """Take the hit fences out of a snippet, keeping where they were as `marks`."""
    text: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    for piece in marked.replace(MARK_END, MARK_START).split(MARK_START):
        piece = _SPACES.sub(" ", piece)  # paragraphs joined by blank lines: one line here
        if len(text) % 2:
            marks.append((length, length + len(piece)))
        text.append(piece)
        length += len(piece)
    return Hit(
        hit.name,
        hit.title,
        hit.author,
        hit.source,
        hit.published,
        hit.score,
        "".join(text),
        tuple(marks),
    )
