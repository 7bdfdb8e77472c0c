"""Progress is the share of paragraphs that were on screen, kept across sittings."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_article
from briefing.store import add_seen, get_position, open_store, register, set_position
from briefing.store.places import reading_state, stored_articles
from briefing.store.seen import count, dump, merge, parse
from tests.unit.store_fixtures import PARAGRAPHS, write_article


def test_ranges_merge_parse_and_count() -> None:
    assert merge([(0, 2)], [(3, 4), (8, 9), (7, 7)]) == [(0, 4), (7, 9)]
    assert parse(dump([(0, 4), (7, 9)])) == [(0, 4), (7, 9)]
    assert parse("bad,2-1,3,5-6") == [(3, 3), (5, 6)]
    assert count([(0, 4), (7, 99)], 10) == 8


def test_a_jump_near_the_end_is_not_most_of_the_article(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path), opened=True)
        set_position(store, key, 0, 3, PARAGRAPHS[3])  # the place: the last paragraph
        add_seen(store, key, [(3, 3)])  # only it was on screen
        (stored,) = stored_articles(store)
        assert stored.progress == 0.25
        add_seen(store, key, [(0, 2)])  # a later sitting reads the rest
        assert reading_state(store)[str(path.resolve())].progress == 1.0
        assert get_position(store, key).paragraph == 3  # seeing never moves the place


def test_a_text_shown_whole_is_read_without_a_place(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path), opened=True)
        add_seen(store, key, [(0, 3)])
        assert get_position(store, key).paragraph == 0
        assert stored_articles(store)[0].progress == 1.0


def test_a_place_saved_before_seen_was_kept_keeps_its_old_progress(tmp_path: Path) -> None:
    path = write_article(tmp_path / "a.txt")
    with open_store() as store:
        key = register(store, load_article(path), opened=True)
        set_position(store, key, 0, 2, PARAGRAPHS[2])
        (stored,) = stored_articles(store)
        assert stored.seen is None and abs(stored.progress - 2 / 3) < 1e-9
