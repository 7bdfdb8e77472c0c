"""Section titles that name a section's topic, compressed from its most central sentences.

A title built from a section's first words says nothing ("What might be described as"), and one
glued from frequent words says little ("Armenia: bases"). An editor titles a section by finding
the sentence that carries its point and cutting it down to the words that matter, so this does:

1. Term weights: a stem weighs by how often the section uses it times the share of the article's
   uses that fall in the section (a tf-idf over sections: "bases" in the section about bases,
   not "Armenia", which every section names).
2. Sentences: each is scored by the weight of its distinct terms over the square root of its
   length, with a bonus for a section's first sentence and a paragraph's first sentence (topic
   sentences lead). Only the best few are compressed, which keeps the cost linear.
3. Compression: a light chunker (no tagging model is available offline; `title_words.yaml` lists
   function words, auxiliaries, frequent verbs and suffix cues) finds noun phrases, joins them
   through attaching prepositions ("drift away from Moscow") and, where the sentence has a
   subject and a predicate, keeps both ("relations had already been in decline" -> "relations
   in decline"; "Yerevan has begun to look westward").
4. Choice: the candidate that covers the most weight in few words, from a central sentence,
   with a bonus for naming the section's top actor; a fragment (ending in a function word,
   an adjective or a bare verb) is never a candidate.

Titles are in sentence case (names keep their capitals), at most six words, unique within the
article, and never the section's opening words; a closing section that looks ahead is an
"Outlook: ...".
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from briefing import data
from briefing.analysis.segment import Word, closes, stem, stopwords
from briefing.model import Actor, Article

MAX_WORDS = 6
OUTLOOK = "Outlook"

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?:-[A-Za-z]+)*|[A-Za-z0-9][A-Za-z0-9’'\-]*[A-Za-z0-9]|[A-Za-z0-9]|[^\sA-Za-z0-9]"
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[^a-z\s])")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
_WARD = ("ward", "wards")
_STEM_OF = itemgetter(1)
_TOP_SENTENCES = 2
_PER_PARAGRAPH = 3
"""Only a paragraph's first sentences are ranked: topic sentences lead, and it bounds the work."""
"""Sentences per section that are compressed into candidates: the most central ones."""
_FIRST_BONUS = 1.5
_LEAD_BONUS = 1.25
"""A section's first sentence, and any paragraph's first sentence, tend to state its topic."""
_LENGTH_DAMPING = 0.7
"""Centrality is weight per (distinct terms) ** this: long sentences cover more but say more."""
_ACTOR_BONUS = 1.25
_NAME_ONLY = 0.55
"""A bare name ("Armenia") says who, not what: kept only when nothing better exists."""

# Word classes of the chunker.
DET, PREP, CONJ, PRON, AUX, NEG, ADV, VERB, ADJ, NOUN, NAME, NUM, POSS, PUNCT = range(14)
_NOMINAL = frozenset((ADJ, NOUN, NAME, NUM, POSS))
_HEADS = frozenset((NOUN, NAME))
_CONTENT = frozenset((NOUN, NAME, ADJ, VERB, POSS, NUM))


@dataclass(frozen=True, slots=True)
class _Lexicon:
    classes: dict[str, int]
    dropped: frozenset[str]
    attaching: frozenset[str]
    copulas: frozenset[str]
    verbs: frozenset[str]
    adjectives: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    suffix_nouns: frozenset[str]
    ly_words: frozenset[str]
    partitives: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    table = data.load("title_words.yaml")
    classes: dict[str, int] = {}
    for name, kind in (
        ("adverbs", ADV),
        ("prepositions", PREP),
        ("conjunctions", CONJ),
        ("auxiliaries", AUX),
        ("pronouns", PRON),
        ("determiners", DET),
        ("negations", NEG),
    ):
        for word in table[name]:
            classes[str(word)] = kind
    verbs: set[str] = set(table["irregular"])
    for base in table["verbs"]:
        verbs.update(_inflections(str(base)))
    return _Lexicon(
        classes=classes,
        dropped=frozenset(table["dropped"]),
        attaching=frozenset(str(word) for word in table["attaching"]),
        copulas=frozenset(table["copulas"]),
        verbs=frozenset(verbs),
        adjectives=frozenset(table["adjectives"]),
        adjective_suffixes=tuple(table["adjective_suffixes"]),
        suffix_nouns=frozenset(table["suffix_nouns"]),
        ly_words=frozenset(table["ly_words"]),
        partitives=frozenset(table["partitives"]),
    )


def _inflections(base: str) -> set[str]:
    """A verb's regular forms, generously (a spare wrong form costs nothing)."""
    forms = {base}
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        forms.update((base[:-1] + "ies", base[:-1] + "ied", base + "ing"))
        return forms
    if base.endswith("e"):
        forms.update((base + "s", base + "d", base[:-1] + "ing"))
        return forms
    plural = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
    forms.update((plural, base + "ed", base + "ing"))
    last = base[-1]
    if last not in "aeiouwxy" and base[-2:-1] in ("a", "e", "i", "o", "u"):
        forms.update((base + last + "ed", base + last + "ing"))
    return forms


class _Token(NamedTuple):
    """One classified word (a named tuple: thousands are made per article)."""

    text: str
    lower: str
    kind: int
    stem: str
    """The stem when the token is a content word, else ""."""
    proper: bool


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    stems: frozenset[str]
    """Stems of the content words: enough to rank a sentence before it is tagged."""
    first_in_section: bool
    first_in_paragraph: bool


def name_sections(
    article: Article,
    spans: Sequence[tuple[int, int]],
    actors: Sequence[Actor],
    given: Sequence[str],
    tokens: Sequence[Sequence[Word | None]],
) -> list[str]:
    """One title per (first, end) span: the given one when not empty, else a computed one.

    `tokens` is `segment.tokenize` of the paragraphs, shared with the segmenter: its stems give
    the term weights and its name flags tell which words the article capitalises mid-sentence.
    """
    counts: list[Counter[str]] = []
    totals: Counter[str] = Counter()
    propers: set[str] = set()
    for first, end in spans:
        section: Counter[str] = Counter()
        for paragraph in tokens[first:end]:
            words = [word for word in paragraph if word is not None]
            section.update(map(_STEM_OF, words))
            propers.update(word[0].lower() for word in words if word[2])
        counts.append(section)
        totals.update(section)
    tops = _top_actors(actors, spans)
    used = {title.casefold() for title in given if title}
    taken: Counter[str] = Counter()
    titles = []
    last = len(spans) - 1
    for index, ((first, end), title) in enumerate(zip(spans, given, strict=True)):
        if not title:
            weights = {
                term: n / totals[term] * (1.0 + math.log(n)) for term, n in counts[index].items()
            }
            closing = index == last > 0 and closes(article.paragraphs[end - 1].text)
            texts = [paragraph.text for paragraph in article.paragraphs[first:end]]
            title = _title(texts, weights, propers, tops[index], closing, used, taken)
            used.add(title.casefold())
        titles.append(title)
    return titles


def _top_actors(actors: Sequence[Actor], spans: Sequence[tuple[int, int]]) -> list[_Actor]:
    """Per section, the actor it names most relative to the article, with its stems."""
    owner: dict[int, int] = {}
    for index, (first, end) in enumerate(spans):
        for paragraph in range(first, end):
            owner[paragraph] = index
    per: list[Counter[int]] = [Counter() for _ in spans]
    overall: Counter[int] = Counter()
    for number, actor in enumerate(actors):
        for mention in actor.mentions:
            section = owner.get(mention.span.paragraph)
            if section is not None:
                per[section][number] += 1
                overall[number] += 1
    tops: list[_Actor] = []
    for section in per:
        if not section:
            tops.append(None)
            continue
        number = max(section, key=lambda n: (section[n] * section[n] / overall[n], section[n]))
        actor = actors[number]
        surfaces = {actor.name, *actor.aliases, *(m.surface for m in actor.mentions)}
        stems = frozenset(
            stem(w) for text in surfaces for w in _TOKEN.findall(text) if w[0].isalnum()
        )
        tops.append((actor.name, stems))
    return tops


_Actor = tuple[str, frozenset[str]] | None


def _title(
    texts: Sequence[str],
    weights: dict[str, float],
    propers: set[str],
    top: _Actor,
    closing: bool,
    used: set[str],
    taken: Counter[str],
) -> str:
    sentences = _sentences(texts, propers)
    opening = " ".join(texts[0].split()[:MAX_WORDS]).casefold() if texts else ""
    ranked = _rank_sentences(sentences, weights)
    room = MAX_WORDS - 1 if closing else MAX_WORDS
    scored: list[tuple[float, list[_Token]]] = []
    for centrality, sentence in ranked[:_TOP_SENTENCES]:
        total = sum(weights.get(s, 0.0) for s in sentence.stems) or 1.0
        for words, kinds in _candidates(_classify(_TOKEN.findall(sentence.text), propers), room):
            score = _score(words, kinds, weights, top, total) * centrality * centrality
            if score > 0:
                scored.append((score, words))
    scored.sort(key=lambda item: -item[0])
    choices = (
        f"{OUTLOOK}: {_case(words, capital=False)}" if closing else _case(words)
        for _, words in scored
    )
    fallbacks = [OUTLOOK] if closing else []
    if top is not None:
        fallbacks.append(top[0])
    first = None
    for choice in itertools.chain(choices, fallbacks):
        first = first or choice
        folded = choice.casefold()
        if folded not in used and not opening.startswith(folded):
            return choice
    return _numbered(first or "Section", used, taken)


def _numbered(base: str, used: set[str], taken: Counter[str]) -> str:
    """ "Base (2)", "Base (3)"...: the counter keeps a long run of repeats linear."""
    number = max(taken[base], 1)
    while True:
        number += 1
        title = f"{base} ({number})"
        if title.casefold() not in used:
            taken[base] = number
            return title


def _sentences(texts: Sequence[str], propers: set[str]) -> list[_Sentence]:
    """Each paragraph's sentences as classified tokens (a light split: end marks before a
    capital or a quotation mark; an abbreviation that ends a title rarely matters here)."""
    out: list[_Sentence] = []
    for number, text in enumerate(texts):
        first = True
        for part in _SENTENCE_END.split(text, _PER_PARAGRAPH)[:_PER_PARAGRAPH]:
            stems = frozenset(filter(None, map(_content_stem, _WORD.findall(part))))
            if part.strip():
                out.append(_Sentence(part, stems, number == 0 and first, first))
                first = False
    return out


@cache
def _content_stem(word: str) -> str:
    """The stem of a content word, "" for a function word or punctuation."""
    low = word.lower().replace("’", "'")
    stop = stopwords()
    if low in stop or low.split("'")[0] in stop or len(low) < 2:
        return ""
    return stem(low)


def _classify(words: Sequence[str], propers: set[str]) -> tuple[_Token, ...]:
    """Coarse word classes: the lexicon for closed classes, then suffixes and context."""
    lex = _lexicon()
    lowered = [word.lower().replace("’", "'") for word in words]
    kinds: list[int] = []
    for index, (word, low) in enumerate(zip(words, lowered, strict=True)):
        kinds.append(_kind(word, low, index, lowered, kinds, lex, propers))
    return tuple(
        _Token(
            word,
            low,
            kind,
            _content_stem(word) if kind in _CONTENT else "",
            _is_name(word, low, propers),
        )
        for word, low, kind in zip(words, lowered, kinds, strict=True)
    )


def _is_name(word: str, low: str, propers: set[str]) -> bool:
    if not word[0].isupper():
        return False
    return low.split("'")[0] in propers or (len(word) > 1 and word.isupper())


@cache
def _static(word: str) -> tuple[int, int]:
    """What a word's form alone says: a settled class (or -1 when context decides) and, for
    context to use, 1 for a verb-like form, 2 for an adjective-like one, 0 otherwise."""
    lex = _lexicon()
    if not word[0].isalnum():
        return PUNCT, 0
    if word[0].isdigit():
        return NUM, 0
    low = word.lower().replace("’", "'")
    if low.endswith("'s") and len(low) > 2:
        return POSS, 0
    if low in lex.adjectives:
        return -1, 2
    if low.endswith("ly") and low not in lex.ly_words and low not in lex.classes:
        return ADV, 0
    if low in lex.verbs or (
        low.endswith(_VERB_SUFFIXES) and len(low) > 4 and low not in lex.suffix_nouns
    ):
        return -1, 1
    return -1, 2 if _adjectival(low, lex) else 0


_VERB_SUFFIXES = ("ed", "ing", "ize", "ise", "izes", "ises", "ify", "ifies")


def _kind(
    word: str,
    low: str,
    index: int,
    lowered: Sequence[str],
    before: Sequence[int],
    lex: _Lexicon,
    propers: set[str],
) -> int:
    settled, form = _static(word)
    if settled in (PUNCT, NUM, POSS):
        return settled
    previous = before[-1] if before else PUNCT
    kind = lex.classes.get(low)
    if kind is not None and not (word[0].isupper() and index > 0):
        if kind == ADV and previous in (DET, ADJ, POSS) and low in lex.adjectives:
            return ADJ
        return kind
    if word[0].isupper() and (index > 0 or low.split("'")[0] in propers or word.isupper()):
        if form == 2 and not low.endswith("s"):
            return ADJ  # demonyms and "Western": modifiers, never a title's last word
        return NAME
    if settled >= 0:
        return settled
    if form != 1:
        return ADJ if form == 2 else NOUN
    following = lowered[index + 1] if index + 1 < len(lowered) else "."
    if (
        previous in (DET, ADJ, POSS, NUM)
        or following == "of"
        or (previous == PREP and lowered[index - 1] != "to")
    ):
        return NOUN if not low.endswith("ed") else ADJ
    if low.endswith(("ed", "ing")) and _starts_noun(following, lex):
        if previous in (PUNCT, CONJ, PREP, DET):
            return ADJ  # "limited assistance", "peacekeeping troops"
        if low.endswith("ing") and previous in (NOUN, NAME):
            return NOUN  # "military training exercises"
    if previous == NOUN and low.endswith("s") and not low.endswith("ss"):
        return VERB if _starts_complement(following, lex) else NOUN
    if "-" in low and low.endswith("ed"):
        return ADJ  # "Russian-backed", "long-awaited"
    return VERB


def _adjectival(low: str, lex: _Lexicon) -> bool:
    if low in lex.suffix_nouns or low.endswith(("ment", "ments")):
        return False
    return low in lex.adjectives or low.endswith(lex.adjective_suffixes)


def _starts_noun(word: str, lex: _Lexicon) -> bool:
    return (
        word[:1].isalpha()
        and word not in lex.classes
        and not word.endswith("ly")
        and (word not in lex.verbs or word.endswith("s"))
    )


def _starts_complement(word: str, lex: _Lexicon) -> bool:
    kind = lex.classes.get(word)
    return kind in (DET, PREP, PRON) or word[:1].isupper()


def _rank_sentences(
    sentences: Sequence[_Sentence], weights: dict[str, float]
) -> list[tuple[float, _Sentence]]:
    """Sentences by centrality (0-1): distinct-term weight per root of length, lead bonuses."""
    raw = []
    for sentence in sentences:
        stems = sentence.stems
        if not stems:
            continue
        score = sum(weights.get(s, 0.0) for s in stems) / len(stems) ** _LENGTH_DAMPING
        if sentence.first_in_section:
            score *= _FIRST_BONUS
        elif sentence.first_in_paragraph:
            score *= _LEAD_BONUS
        raw.append((score, sentence))
    if not raw:
        return []
    best = max(score for score, _ in raw) or 1.0
    raw.sort(key=lambda item: -item[0])
    return [(score / best, sentence) for score, sentence in raw]


def _candidates(tokens: Sequence[_Token], room: int) -> list[tuple[list[_Token], list[int]]]:
    """Noun phrases, attached phrases and short clauses of one sentence, each at most `room`
    words, that end in a noun (or, for a clause, in its verb or a direction)."""
    lex = _lexicon()
    phrases = _noun_phrases(tokens)
    out: list[tuple[list[_Token], list[int]]] = []
    by_start = {start: end for start, end in phrases}
    for start, end in phrases:
        if end - start == 1 and tokens[start].lower in lex.partitives:
            continue  # "kind (of)": the phrase after "of" stands alone
        words = [t for t in tokens[start:end] if t.lower not in lex.dropped]
        if 0 < len(words) <= room:
            out.append((words, [t.kind for t in words]))
        clause = _clause(tokens, end, words, by_start, lex, room)
        if clause is not None:
            out.append((clause, [t.kind for t in clause]))
        # attach "of"/"from"/"with"... phrases, up to two, within the limit
        cursor = end
        joined = list(words)
        for _ in range(2):
            link = _link(tokens, cursor, lex)
            if link is None:
                break
            linkers, target = link
            tail = by_start.get(target)
            if tail is None:
                break
            extra = [t for t in tokens[target:tail] if t.lower not in lex.dropped]
            joined = joined + linkers + extra
            if len(joined) > room:
                break
            out.append((joined, [t.kind for t in joined]))
            cursor = tail
            clause = _clause(tokens, cursor, joined, by_start, lex, room)
            if clause is not None:
                out.append((clause, [t.kind for t in clause]))
    return out


def _noun_phrases(tokens: Sequence[_Token]) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of modifiers ending in a noun or name."""
    spans = []
    index = 0
    count = len(tokens)
    while index < count:
        if tokens[index].kind not in _NOMINAL:
            index += 1
            continue
        start = index
        while index < count and tokens[index].kind in _NOMINAL:
            index += 1
        end = index
        while end > start and tokens[end - 1].kind not in _HEADS:
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _link(tokens: Sequence[_Token], cursor: int, lex: _Lexicon) -> tuple[list[_Token], int] | None:
    """The attaching preposition (with "away"/"apart" before it) after a phrase, and where
    the next phrase starts (after dropped determiners)."""
    linkers = []
    index = cursor
    if index < len(tokens) and tokens[index].lower in ("away", "apart"):
        linkers.append(tokens[index])
        index += 1
    if index >= len(tokens) or tokens[index].lower not in lex.attaching:
        return None
    linkers.append(tokens[index])
    index += 1
    while index < len(tokens) and tokens[index].lower in lex.dropped:
        index += 1
    if (
        index + 1 < len(tokens)
        and tokens[index].lower in lex.partitives
        and tokens[index + 1].lower == "of"
    ):
        index += 2  # "protection of some kind of polity" -> "protection of polity"
        while index < len(tokens) and tokens[index].lower in lex.dropped:
            index += 1
    return linkers, index


def _clause(
    tokens: Sequence[_Token],
    end: int,
    subject: list[_Token],
    by_start: dict[int, int],
    lex: _Lexicon,
    room: int,
) -> list[_Token] | None:
    """Subject + predicate when a verb group follows the phrase: "X has begun to look
    westward", or with a copula and a prepositional phrase, "X in decline"."""
    if not subject:
        return None
    index = end
    group: list[_Token] = []
    has_verb = False
    copula = False
    count = len(tokens)
    while index < count:
        token = tokens[index]
        if token.kind in (AUX, NEG):
            group.append(token)
            copula = token.lower in lex.copulas
        elif token.kind == VERB:
            group.append(token)
            has_verb = True
            copula = token.lower in lex.copulas
        elif token.kind == ADV and token.lower not in ("away", "apart"):
            pass  # adverbs drop out of a headline ("had already been")
        elif (
            token.lower == "to"
            and has_verb
            and index + 1 < count
            and tokens[index + 1].kind == VERB
        ):
            group.append(token)
        else:
            break
        index += 1
    if not group:
        return None
    negated = any(token.kind == NEG for token in group)
    if (copula and not has_verb) or (copula and group[-1].lower in lex.copulas):
        # "relations had been in decline" -> "relations in decline"
        if negated or index >= count or tokens[index].lower not in lex.attaching:
            return None
        link = _link(tokens, index, lex)
        if link is None or link[1] not in by_start:
            return None
        linkers, target = link
        tail = [t for t in tokens[target : by_start[target]] if t.lower not in lex.dropped]
        words = subject + linkers + tail
        return words if len(words) <= room else None
    if not has_verb or (len(group) == 1 and group[0].lower.endswith("ing")):
        return None  # a participle alone is not a predicate ("Michael taking")
    words = subject + group
    while index < count and tokens[index].lower in lex.dropped:
        index += 1
    if index in by_start:
        obj = [t for t in tokens[index : by_start[index]] if t.lower not in lex.dropped]
        space = room - len(words)
        if space <= 0:
            return None
        words = words + obj[-space:]  # the head and its nearest modifiers
    elif index < count and tokens[index].kind == ADV and tokens[index].lower.endswith(_WARD):
        words = [*words, tokens[index]]
    elif group[-1].kind != VERB or (index < count and tokens[index].kind != PUNCT):
        return None  # only an intransitive verb may end a title ("the polity collapsed")
    if len(words) > room:
        return None
    return words


def _score(
    words: Sequence[_Token],
    kinds: Sequence[int],
    weights: dict[str, float],
    top: _Actor,
    peak: float,
) -> float:
    """Weight covered per word, favouring two to five words; zero for a fragment."""
    if kinds[-1] not in _HEADS and not (kinds[-1] in (VERB, ADV) and VERB in kinds[1:]):
        return 0.0
    if words[0].kind in (PREP, CONJ, AUX, VERB):
        return 0.0
    stems = {token.stem for token in words if token.stem}
    if not stems:
        return 0.0
    covered = sum(weights.get(s, 0.0) for s in stems) / peak
    length = len(words)
    shape = 0.6 if length == 1 else 1.0 if length <= 4 else 0.92 if length == 5 else 0.85
    score = covered * shape / (1.0 + 0.12 * length)
    if all(token.proper or token.kind in (NAME, POSS, NUM) for token in words):
        score *= _NAME_ONLY
    if top is not None and stems & top[1]:
        score *= _ACTOR_BONUS
    return score


def _case(words: Sequence[_Token], capital: bool = True) -> str:
    """Sentence case: the first word capitalised, names as the article writes them."""
    out = [token.text if token.proper else token.text.lower() for token in words]
    if capital and out:
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)
