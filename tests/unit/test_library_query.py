"""What the user types in the library search, as FTS5 syntax that can never be malformed."""

from __future__ import annotations

from briefing.library.query import Term, parse, to_match


def test_words_phrases_prefixes_and_exclusions() -> None:
    terms = parse('russia "black sea" -grain sanct* -"peace deal"')
    assert terms == [
        Term("russia"),
        Term("black sea"),
        Term("grain", exclude=True),
        Term("sanct", prefix=True),
        Term("peace deal", exclude=True),
    ]
    assert to_match(terms) == (
        '("russia" AND "black sea" AND "sanct" *) NOT ("grain" OR "peace deal")'
    )


def test_fts_syntax_typed_by_a_user_is_only_text() -> None:
    terms = parse('NEAR(a b) AND title:iran "unclosed')
    match = to_match(terms)
    assert match == '"NEAR(a" AND "b)" AND "AND" AND "title:iran" AND "unclosed"'
    assert to_match(parse('say ""quoted"" words')) is not None


def test_terms_without_letters_are_dropped() -> None:
    assert parse("— - * ... ''") == []
    assert to_match(parse("-")) is None


def test_only_exclusions_require_nothing() -> None:
    assert to_match(parse("-russia -iran")) is None


def test_as_you_type_the_last_word_is_a_prefix() -> None:
    assert parse("moscow sanc", as_you_type=True)[-1] == Term("sanc", prefix=True)
    assert parse("moscow sanc ", as_you_type=True)[-1] == Term("sanc"), "a space ends the word"
    assert parse('"black sea"', as_you_type=True)[-1] == Term("black sea")
    assert parse("-sanc", as_you_type=True)[-1] == Term("sanc", exclude=True)
    assert parse("moscow s", as_you_type=True)[-1] == Term("s"), "one letter is not a prefix"


def test_smart_case() -> None:
    assert Term("Kremlin").exact
    assert not Term("kremlin").exact


def test_quotes_inside_a_term_are_doubled() -> None:
    assert Term('a"b').fts() == '"a""b"'
