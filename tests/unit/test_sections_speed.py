"""The sections stage's faster forms give what the plain forms they replaced gave.

Each test keeps the plain form here, as it stood before the change, and checks the fast one
against it on random text built from the characters the reasoning is about (letters of several
scripts, capitals, apostrophes, hyphens, stops, digits, odd white space), so a change that
breaks the equivalence fails here before it changes an analysis.
"""

from __future__ import annotations

import importlib
import itertools
import math
import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.sections import terms, titles, word_classes
from briefing.analysis.sections.title_chunks import candidates
from briefing.ingest import load_article

segment = importlib.import_module("briefing.analysis.sections.segment")
"""The module (the package's `segment` is its function)."""

_ALPHABET = "aAbZzéÉß_'’-–—.,;:!?()\"“”‘ \n\t\xa0\u2028\x1c0123456789sS²$£%ıİſ\u212a\u0301"
_WORDS = ["Armenia", "armenia", "the", "Russia's", "U.S.", "West.", "(Moscow", "don't", "e-mail"]

_texts = st.lists(
    st.one_of(st.text(alphabet=_ALPHABET, max_size=12), st.sampled_from(_WORDS)), max_size=30
).map(" ".join)
_paragraphs = st.lists(_texts, min_size=1, max_size=4)


def _plain_tokenize(texts: list[str]) -> list[list[terms.Word | None]]:
    """`terms.tokenize` as it was: the pattern over each whole paragraph, then a pass for
    the names, then each distinct word classified against them."""
    raw: list[list[str]] = []
    propers: set[str] = set()
    for text in texts:
        words = terms._TOKEN.findall(text)
        initial = True
        for token in words:
            if token[0].isalpha():
                if not initial and token[0].isupper():
                    propers.add(token.lower())
                initial = False
            else:
                initial = initial or token in ".!?"
        raw.append(words)
    out: list[list[terms.Word | None]] = []
    for words in raw:
        row: list[terms.Word | None] = []
        for token in words:
            known = terms._word_stem(token)
            if known is None:
                row.append(None)
                continue
            lowered, stemmed = known
            proper = token[0].isupper() and lowered in propers
            row.append((token if proper else lowered, stemmed, proper))
        out.append(row)
    return out


@settings(max_examples=3000, deadline=None)
@given(_paragraphs)
def test_tokenize_by_chunks_matches_the_whole_text_pattern(texts: list[str]) -> None:
    assert terms.tokenize(texts) == _plain_tokenize(texts)


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_words_by_chunks_match_the_whole_text_pattern(text: str) -> None:
    assert word_classes.words_of(text) == word_classes.TOKEN.findall(text)


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_stems_by_chunks_match_the_whole_text_pattern(text: str) -> None:
    plain = frozenset(filter(None, map(word_classes.content_stem, titles._WORD.findall(text))))
    assert titles._content_stems(text) == plain


def _sample_sentences() -> list[str]:
    """Sentences of the bundled article, the material section titles are made from."""
    article = load_article(Path(__file__).parents[2] / "articles" / "armenia-looks-west.txt")
    return [part for p in article.paragraphs for part in titles._first_sentences(p.text)]


_SENTENCES = _sample_sentences()


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SENTENCES), st.randoms(use_true_random=False), st.integers(5, 6))
def test_the_bound_is_above_every_candidates_score(
    sentence: str, rng: random.Random, room: int
) -> None:
    words = word_classes.words_of(sentence)
    stems = {word_classes.content_stem(word) for word in words} - {""}
    weights = {stem: rng.random() for stem in stems if rng.random() < 0.8}
    top = ("Armenia", frozenset(rng.sample(sorted(stems), min(2, len(stems)))))
    bound = titles._bound(words, weights, room)
    for found, kinds in candidates(word_classes.classify(words, set()), room):
        assert titles._score(found, kinds, weights, top, 1.0) <= bound


def _plain_title(  # type: ignore[no-untyped-def]
    texts, weights, propers, top, closing, used, taken
) -> str:
    """`titles._title` as it was: every central sentence tagged and every candidate scored."""
    sentences = titles._sentences(texts, propers)
    opening = " ".join(texts[0].split()[: titles.MAX_WORDS]).casefold() if texts else ""
    ranked = titles._rank_sentences(sentences, weights)
    room = titles.MAX_WORDS - 1 if closing else titles.MAX_WORDS
    scored = []
    usable = (pair for pair in ranked if not titles._aside(pair[1].text, titles._not_titles()))
    central = list(itertools.islice(usable, titles._TOP_SENTENCES))
    asked = next((s for s in sentences if s.question), None)
    if asked is not None and all(sentence is not asked for _, sentence in central):
        central.insert(0, (1.0, asked))
    for centrality, sentence in central:
        total = math.fsum(map(weights.get, sentence.stems, titles._ZERO)) or 1.0
        tokens = word_classes.classify(word_classes.words_of(sentence.text), propers)
        for words, kinds in candidates(tokens, room):
            score = titles._score(words, kinds, weights, top, total) * centrality * centrality
            if score > 0:
                scored.append((score, words))
    scored.sort(key=lambda item: -item[0])
    choices = (titles._choice(words, closing) for _, words in scored)
    fallbacks = [titles.OUTLOOK] if closing else []
    if top is not None:
        fallbacks.append(top[0])
    first = None
    for choice in itertools.chain(choices, fallbacks):
        first = first or choice
        if titles._free(choice, used, opening):
            return choice
    return titles._numbered(first or "Section", used, taken)


@settings(max_examples=400, deadline=None)
@given(st.randoms(use_true_random=False), st.booleans())
def test_a_title_skipping_bounded_sentences_is_the_title_of_all(
    rng: random.Random, closing: bool
) -> None:
    texts = [" ".join(rng.sample(_SENTENCES, rng.randint(1, 4))) for _ in range(rng.randint(1, 4))]
    stems = sorted(set().union(*(titles._content_stems(text) for text in texts)))
    # few distinct weights make ties; a title taken by another section makes the next one win
    weights = {stem: rng.choice((0.5, 1.0, 2.0, rng.random())) for stem in stems}
    propers = {"armenia", "russia", "moscow", "yerevan", "pashinyan"}
    top = rng.choice((None, ("Armenia", frozenset({"armenia"}))))
    plain = _plain_title(texts, weights, propers, top, closing, set(), Counter())
    used = {plain.casefold()} if rng.random() < 0.5 else set()
    fast = titles._title(texts, weights, propers, top, closing, used, Counter())
    assert fast == _plain_title(texts, weights, propers, top, closing, used, Counter())


def _plain_opening_cue(text: str) -> str | None:
    """`segment.opening_cue` as it was: each cue tested against the head as a string."""
    match = segment._LEADING_WORDS.match(text.lstrip("\"'“‘("))
    if match is None:
        return None
    head = " ".join(match.group().lower().split()[:4])
    continuation, turn, _ = segment._cues()
    for name, cues in (("turn", turn), ("continuation", continuation)):
        if any(head == cue or head.startswith(cue + " ") for cue in cues):
            return name
    return None


_CUE_WORDS = sorted({word for cues in segment._cues() for cue in cues for word in cue.split()})


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_CUE_WORDS), _texts), min_size=1, max_size=6))
def test_opening_cues_by_word_prefixes_match_the_string_tests(parts: list[str]) -> None:
    text = " ".join(parts)
    assert segment.opening_cue(text) == _plain_opening_cue(text)


_terms = st.dictionaries(st.sampled_from("abcdefghij"), st.integers(1, 6), max_size=6)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_terms, st.integers(1, 400), st.sampled_from((0.0, 1.0))), max_size=30))
def test_segmenting_with_short_tables_matches_the_full_tables(
    drawn: list[tuple[dict[str, int], int, float]],
) -> None:
    """The code-length tables cut to what a section can reach give the full tables' starts
    (a table too short would raise, and every entry read is the same expression)."""
    units = [segment.Unit(Counter(terms), words, cue) for terms, words, cue in drawn]
    search = segment._search

    def both(*args):  # type: ignore[no-untyped-def]
        units, bags, sizes, table, lengths, *rest = args
        tokens, prior = sum(sizes), lengths.prior
        full = [
            math.lgamma(f + segment._ALPHA) - math.lgamma(segment._ALPHA) for f in range(tokens + 2)
        ]
        plain = [math.lgamma(n + prior) - math.lgamma(prior) for n in range(tokens + 2)]
        fast = search(units, bags, sizes, table, lengths, *rest)
        assert fast == search(units, bags, sizes, full, plain, *rest)
        return fast

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segment, "_search", both)
        segment.segment(units)


def _plain_score(words, kinds, weights, top, peak) -> float:  # type: ignore[no-untyped-def]
    """`titles._score` as it was: its stems, head and others built in full per candidate."""
    wc = word_classes
    if kinds[-1] not in wc.HEADS and not (kinds[-1] in (wc.VERB, wc.ADV) and wc.VERB in kinds[1:]):
        return 0.0
    if words[0].kind in (wc.PREP, wc.CONJ, wc.AUX, wc.VERB):
        return 0.0
    stems = {token.stem for token in words if token.stem}
    if not stems:
        return 0.0
    covered = math.fsum(map(weights.get, stems, titles._ZERO)) / peak
    length = len(words)
    score = covered * titles._shape(length) / (1.0 + 0.12 * length)
    cut = next((i for i, t in enumerate(words) if t.kind == wc.PREP and i > 0), len(words))
    head = words[cut - 1].lower
    others = [token for index, token in enumerate(words) if index != cut - 1]
    if head in titles._roles() or (
        head in titles._vague()
        and not any(t.kind in (wc.NOUN, wc.NAME) or t.proper for t in others)
    ):
        score *= titles._VAGUE
    if words[0].kind == wc.NUM or words[0].lower in titles._numbers():
        score *= titles._COUNTED
    actor = top is not None and bool(stems & top[1])
    if all(t.proper or t.kind in (wc.NAME, wc.POSS, wc.NUM, wc.PREP) for t in words):
        actor = top is not None and stems <= top[1]
        score *= titles._NAME_ONLY if actor else titles._OTHER_NAME_ONLY
    if actor:
        score *= titles._ACTOR_BONUS
    return score


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SENTENCES), st.randoms(use_true_random=False))
def test_scores_match_the_plain_scoring(sentence: str, rng: random.Random) -> None:
    words = word_classes.words_of(sentence)
    stems = sorted({word_classes.content_stem(word) for word in words} - {""})
    weights = {stem: rng.random() for stem in stems if rng.random() < 0.8}
    top = rng.choice((None, ("Armenia", frozenset(rng.sample(stems, min(2, len(stems)))))))
    propers = {"armenia", "russia", "moscow", "yerevan"}
    for found, kinds in candidates(word_classes.classify(words, propers), 6):
        expected = _plain_score(found, kinds, weights, top, 2.0)
        assert titles._score(found, kinds, weights, top, 2.0) == expected
