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
   function words, auxiliaries, frequent verbs and suffix cues, and unknown verbs are told by
   their context) finds noun phrases, joins them through attaching prepositions ("drift away
   from Moscow", "conflict between X and Y") and, where a copula links a subject to a
   prepositional predicate, keeps both ("relations had already been in decline" -> "relations
   in decline"). A subject with its verb is never a title: issue 13 asks for noun phrases, and
   without a parser a verb's object is too often cut ("Russia's economy has entered").
4. Choice: the candidate that covers the most weight in few words, from a central sentence,
   with a bonus for naming the section's top actor; a fragment is never a candidate: it must
   end on a noun or a name, not inside "between X and Y", a name ("Institute for the Study |
   of War") or an idiom ("in line | with"), not on a bare time ("in four months"), and not
   start with a frame noun ("backdrop of"). Sentences of a bio, disclaimer or promotion left in
   the body are skipped; in an interview, the question that opens a section is always read.

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
from functools import cache, lru_cache
from operator import attrgetter, itemgetter

from briefing import data
from briefing.analysis.sections.segment import SPEAKER, asks, closes
from briefing.analysis.sections.terms import Word, stem
from briefing.analysis.sections.title_chunks import candidates
from briefing.analysis.sections.word_classes import (
    ADV,
    AUX,
    CONJ,
    HEADS,
    NAME,
    NOUN,
    NUM,
    POSS,
    PREP,
    TOKEN,
    VERB,
    Token,
    classify,
    content_stem,
    words_of,
)
from briefing.model import Actor, Article

MAX_WORDS = 6
OUTLOOK = "Outlook"

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[^a-z\s])")
"""An end mark, closing quotes or brackets, spaces, then no lower-case letter: a paragraph's
sentences end after the mark (`_first_sentences`). Opening on the mark itself, not a
look-behind, lets `re` skip the text between marks in C."""
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_CHUNKS = 1 << 16
"""Distinct chunks of text remembered by `_chunk_stems` (an article has a few thousand)."""
_WRITTEN, _STEM_OF, _IS_NAME = itemgetter(0), itemgetter(1), itemgetter(2)
"""A content word's parts (`terms.Word`)."""
_PARAGRAPH_OF, _SURFACE_OF = attrgetter("span.paragraph"), attrgetter("surface")
_TOKEN_STEM = attrgetter("stem")
_ZERO = itertools.repeat(0.0)
"""The default of `weights.get` in `map(weights.get, stems, _ZERO)`: a stem's weight, 0.0 when
unweighted, summed without a generator (these sums run for every ranked sentence and title)."""
_MARGIN = 1.0 - 1e-9
"""A sentence is skipped only when its bound is below the best score by more than rounding."""
_TOP_SENTENCES = 3
"""Sentences per section that are compressed into candidates: the most central ones."""
_PER_PARAGRAPH = 3
"""Only a paragraph's first sentences are ranked: topic sentences lead, and it bounds the work."""
_FIRST_BONUS = 1.5
_LEAD_BONUS = 1.25
"""A section's first sentence, and any paragraph's first sentence, tend to state its topic."""
_LENGTH_DAMPING = 0.7
"""Centrality is weight per (distinct terms) ** this: long sentences cover more but say more."""
_VAGUE = 0.5
"""A title whose head is a vague noun ("change", "issue") with only adjectives before it, or a
role ("former central bank advisor", "minister of foreign affairs"), says little about the
topic."""
_COUNTED = 0.7
"""A title that opens with a number ("Seven Emirati-based companies") usually names a detail."""
_TOP_MENTIONS = 2
"""A section's top actor is named there at least twice: an affiliation cited once ("a fellow
at the Carnegie Russia Eurasia Center") is not what the section is about."""
_ACTOR_BONUS = 1.25
_NAME_ONLY = 0.55
_OTHER_NAME_ONLY = 0.35
"""A bare name ("Armenia") says who, not what: kept only when nothing better exists, and
less still when it is not the section's main actor (a source cited in passing, "Carnegie
Russia Eurasia Center")."""


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence of a section, as ranked for titling."""

    text: str
    stems: frozenset[str]
    """Stems of the content words: enough to rank a sentence before it is tagged."""
    first_in_section: bool
    first_in_paragraph: bool
    question: bool = False
    """An interviewer's question: in a Q&A it names the topic of the answers after it."""


def name_sections(
    article: Article,
    spans: Sequence[tuple[int, int]],
    actors: Sequence[Actor],
    given: Sequence[str],
    tokens: Sequence[Sequence[Word | None]],
) -> list[str]:
    """One title per (first, end) span: the given one when not empty, else a computed one.

    `tokens` is `terms.tokenize` of the paragraphs, shared with the segmenter: its stems give
    the term weights and its name flags tell which words the article capitalises mid-sentence.
    """
    counts: list[Counter[str]] = []
    totals: Counter[str] = Counter()
    propers: set[str] = set()
    for first, end in spans:
        # content words (None marks a break), their stems and names gathered in C
        words = list(filter(None, itertools.chain.from_iterable(tokens[first:end])))
        stems = list(map(_STEM_OF, words))
        counts.append(Counter(stems))
        totals.update(stems)  # counted in C (a Counter's update from a Counter loops in Python)
        propers.update(map(_name_key, map(_WRITTEN, filter(_IS_NAME, words))))
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
    per: list[dict[int, int]] = [{} for _ in spans]
    overall: dict[int, int] = {}
    # (section, actor) per mention, counted at once in C: a Counter per actor cost more
    mentions = [actor.mentions for actor in actors]
    numbers = itertools.chain.from_iterable(
        itertools.repeat(number, len(found)) for number, found in enumerate(mentions)
    )
    sections = map(owner.get, map(_PARAGRAPH_OF, itertools.chain.from_iterable(mentions)))
    for (section, number), many in Counter(zip(sections, numbers, strict=True)).items():
        if section is not None:
            per[section][number] = many
            overall[number] = overall.get(number, 0) + many
    tops: list[_Actor] = []
    known: dict[int, _Actor] = {}
    for named in per:
        named = {n: many for n, many in named.items() if many >= _TOP_MENTIONS}
        if not named:
            tops.append(None)
            continue
        number = max(named, key=lambda n: (named[n] * named[n] / overall[n], named[n]))
        if number not in known:
            actor = actors[number]
            surfaces = {actor.name, *actor.aliases, *map(_SURFACE_OF, actor.mentions)}
            stems = frozenset(itertools.chain.from_iterable(map(_surface_stems, surfaces)))
            known[number] = (actor.name, stems)
        tops.append(known[number])
    return tops


_Actor = tuple[str, frozenset[str]] | None


@lru_cache(maxsize=_CHUNKS)
def _surface_stems(text: str) -> tuple[str, ...]:
    """The stems of an actor's name or a mention's surface ("Armenia's government")."""
    return tuple(stem(w) for w in TOKEN.findall(text) if w[0].isalnum())


@lru_cache(maxsize=_CHUNKS)
def _name_key(written: str) -> str:
    """The word a name is known by among the article's names: "Trump’s" makes "trump" one."""
    return written.lower().replace("’", "'").split("'")[0]


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
    scored: list[tuple[float, list[Token]]] = []
    aside = _not_titles()
    usable = (pair for pair in ranked if not _aside(pair[1].text, aside))
    central = list(itertools.islice(usable, _TOP_SENTENCES))
    asked = next((s for s in sentences if s.question), None)
    if asked is not None and all(sentence is not asked for _, sentence in central):
        central.insert(0, (1.0, asked))  # an interview's section is titled by its question
    best = 0.0
    """The best score of a candidate that can be the title: the title scores at least this,
    so a sentence whose candidates all score less (`_bound`) is not tagged at all."""
    for centrality, sentence in central:
        total = math.fsum(map(weights.get, sentence.stems, _ZERO)) or 1.0
        text = words_of(sentence.text)
        if _bound(text, weights, room) / total * centrality * centrality < best * _MARGIN:
            continue
        for words, kinds in candidates(classify(text, propers), room):
            score = _score(words, kinds, weights, top, total) * centrality * centrality
            if score > 0:
                scored.append((score, words))
                if score > best and _free(_choice(words, closing), used, opening):
                    best = score
    scored.sort(key=lambda item: -item[0])
    choices = (_choice(words, closing) for _, words in scored)
    fallbacks = [OUTLOOK] if closing else []
    if top is not None:
        fallbacks.append(top[0])
    first = None
    for choice in itertools.chain(choices, fallbacks):
        first = first or choice
        if _free(choice, used, opening):
            return choice
    return _numbered(first or "Section", used, taken)


def _choice(words: Sequence[Token], closing: bool) -> str:
    """A candidate as a title: sentence case, an "Outlook: ..." when the section closes."""
    return f"{OUTLOOK}: {_case(words, capital=False)}" if closing else _case(words)


def _free(choice: str, used: set[str], opening: str) -> bool:
    """Whether a title is not taken and is not the section's opening words."""
    folded = choice.casefold()
    return folded not in used and not opening.startswith(folded)


def _bound(words: Sequence[str], weights: dict[str, float], room: int) -> float:
    """An upper bound on `_score` * peak for any candidate from these words (of `room` words
    at most): a candidate of n words covers at most the n heaviest stems, at the best length
    factor for n and with the actor bonus (every other factor only lowers a score)."""
    stems = set(map(content_stem, words))
    stems.discard("")
    heaviest = sorted(map(weights.get, stems, _ZERO), reverse=True)
    bound = covered = 0.0
    for length in range(1, room + 1):
        if length <= len(heaviest):
            covered += heaviest[length - 1]
        bound = max(bound, covered * _shape(length) / (1.0 + 0.12 * length))
    return bound * _ACTOR_BONUS


def _shape(length: int) -> float:
    """How a title's length in words weighs its covered weight: two to four words best."""
    return 0.6 if length == 1 else 1.0 if length <= 4 else 0.92 if length == 5 else 0.85


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
        label = SPEAKER.match(text)
        question = label is not None and asks(text)
        if label is not None:
            text = text[label.end() :]  # "Evan Medeiros: ..." names the speaker, not the topic
        for part in _first_sentences(text):
            stems = _content_stems(part)
            if part.strip():
                asked = question and number == 0 and part.rstrip().endswith("?")
                out.append(_Sentence(part, stems, number == 0 and first, first, asked))
                first = False
    return out


def _content_stems(text: str) -> frozenset[str]:
    """The stems of the content words among `_WORD`'s matches in the text, found chunk by
    chunk between white space: no match crosses white space, and chunks repeat ("the",
    "Moscow's", "West."), so each distinct one is matched once."""
    return frozenset(itertools.chain.from_iterable(map(_chunk_stems, text.split())))


@lru_cache(maxsize=_CHUNKS)
def _chunk_stems(chunk: str) -> tuple[str, ...]:
    return tuple(filter(None, map(content_stem, _WORD.findall(chunk))))


def _first_sentences(text: str) -> list[str]:
    """The first `_PER_PARAGRAPH` sentences of a paragraph (all when it has fewer), each with
    its end mark: what splitting at a look-behind for the mark gave, `maxsplit` the same."""
    parts = []
    begin = 0
    for end in _SENTENCE_END.finditer(text):
        parts.append(text[begin : end.start() + 1])
        if len(parts) == _PER_PARAGRAPH:
            return parts
        begin = end.end()
    parts.append(text[begin:])
    return parts


@cache
def _vague() -> frozenset[str]:
    """Vague head nouns (`title_words.yaml`: vague_heads)."""
    return frozenset(str(word) for word in data.load("title_words.yaml")["vague_heads"])


@cache
def _numbers() -> frozenset[str]:
    """Number words (`title_words.yaml`: numbers)."""
    return frozenset(str(word) for word in data.load("title_words.yaml")["numbers"])


@cache
def _roles() -> frozenset[str]:
    """Role nouns: a phrase headed by one names a person, not a topic (`role_heads`)."""
    return frozenset(str(word) for word in data.load("title_words.yaml")["role_heads"])


@cache
def _not_titles() -> tuple[str, ...]:
    """Cue phrases of sentences no title is taken from (`title_words.yaml`: not_titles): a
    bio, disclaimer or promotion left in the body names no topic. Only the few central
    sentences of a section are checked."""
    return tuple(str(phrase).lower() for phrase in data.load("title_words.yaml")["not_titles"])


def _aside(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether the text holds one of the phrases as whole words (a substring scan first)."""
    lowered = text.lower().replace("’", "'")
    for phrase in phrases:
        at = lowered.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            before = lowered[at - 1] if at else " "
            after = lowered[end] if end < len(lowered) else " "
            if not before.isalnum() and not after.isalnum():
                return True
            at = lowered.find(phrase, at + 1)
    return False


def _rank_sentences(
    sentences: Sequence[_Sentence], weights: dict[str, float]
) -> list[tuple[float, _Sentence]]:
    """Sentences by centrality (0-1): distinct-term weight per root of length, lead bonuses.

    Sums over a set of stems use `math.fsum`: a set's order follows the process's hash seed,
    and a plain sum rounds differently per order, which swapped near-tied titles between runs.
    """
    raw = []
    for sentence in sentences:
        stems = sentence.stems
        if not stems:
            continue
        score = math.fsum(map(weights.get, stems, _ZERO)) / len(stems) ** _LENGTH_DAMPING
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


def _score(
    words: Sequence[Token],
    kinds: Sequence[int],
    weights: dict[str, float],
    top: _Actor,
    peak: float,
) -> float:
    """Weight covered per word, favouring two to five words; zero for a fragment."""
    if kinds[-1] not in HEADS and not (kinds[-1] in (VERB, ADV) and VERB in kinds[1:]):
        return 0.0
    if words[0].kind in (PREP, CONJ, AUX, VERB):
        return 0.0
    stems = set(map(_TOKEN_STEM, words))
    stems.discard("")  # a function word's
    if not stems:
        return 0.0
    covered = math.fsum(map(weights.get, stems, _ZERO)) / peak
    length = len(words)
    score = covered * _shape(length) / (1.0 + 0.12 * length)
    cut = kinds.index(PREP, 1) if PREP in kinds[1:] else length  # the head ends before it
    head = words[cut - 1].lower
    others = (token for index, token in enumerate(words) if index != cut - 1)
    if head in _roles() or (
        head in _vague() and not any(t.kind in (NOUN, NAME) or t.proper for t in others)
    ):
        score *= _VAGUE  # "significant change", "Polish minister of foreign affairs"
    if words[0].kind == NUM or words[0].lower in _numbers():
        score *= _COUNTED  # "eleven drone strikes": a detail of the section, not its topic
    actor = top is not None and bool(stems & top[1])
    if all(token.proper or token.kind in (NAME, POSS, NUM, PREP) for token in words):
        actor = top is not None and stems <= top[1]  # "Carnegie Russia Center" is not Russia
        score *= _NAME_ONLY if actor else _OTHER_NAME_ONLY
    if actor:
        score *= _ACTOR_BONUS
    return score


def _case(words: Sequence[Token], capital: bool = True) -> str:
    """Sentence case: the first word capitalised, names as the article writes them."""
    out = [token.text if token.proper else token.text.lower() for token in words]
    if capital and out:
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)
