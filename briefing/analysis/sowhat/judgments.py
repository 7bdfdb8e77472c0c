"""Key judgments: every sentence in which the author makes a forward-looking or probabilistic claim.

A key judgment, in analytic writing (ICD 203; the CIA's tradecraft primer), is the author's own
estimate: a forecast ("will", "is set to"), a conditional prediction ("would"), a hedge ("may",
"could", "might"), an evidential hedge ("seems", "appears") or an ICD 203 term ("likely",
"almost certainly"). Each judgment carries the term that makes it one: with its band when the
term is on the ICD 203 scale, without one (band "") for hedges and forecasts.

What only looks like a judgment is ruled out, each by a word list in data/sowhat_cues.yaml:
others' words (quoted, or after a verb of saying whose subject is not the author), questions
(embedded ones too: "the question of what role Iran would assign", "whether X will be enough"),
scheduled facts ("will proceed to a runoff on Sunday 14 December"; "will" + a verb of scheduled
occurrence: "will convene", "will hold elections in March"), past narrative ("would later
become"), past facts ("was expected to"), explanations of the past ("the most likely
explanation is"), adjectives ("an unlikely source"), rhetorical concessions ("may seem"),
prescriptions ("the US should make clear how costly it would be": an implication, not an
estimate) and sentences about the text itself ("This article will ...").

Judgments are listed in reading order. A long article keeps the strongest `limit_for` of them
(banded terms first, then judgment and summing-up cues, centrality and lateness), still in
reading order. Sentences with neither a hedge nor an ICD 203 term are set aside with one set
test, and the rest are read in one pass over their words, so the cost grows linearly.
"""

from __future__ import annotations

from typing import NamedTuple

from briefing.analysis.phrases import PhraseTable, Words, words
from briefing.analysis.sowhat import estimative
from briefing.analysis.sowhat.lexicon import Lexicon as _Lexicon
from briefing.analysis.sowhat.lexicon import compiled as _compiled
from briefing.analysis.sowhat.lexicon import lexicon as _lexicon
from briefing.analysis.sowhat.reading import NOTE, Reading, similar
from briefing.model import Estimative, Judgment

MIN_JUDGMENTS = 12
"""However short the article, up to this many judgments are listed ..."""
JUDGMENTS_PER_SENTENCE = 0.5
"""... and a longer one lists up to one for every two of its sentences, ranked ..."""
WHETHER_REACH = 10
"""How many words back a "whether" still governs a hedge ("whether X will be enough")."""
PRESCRIPTION_REACH = 12
"""How many words after "should" a hedge still belongs to the prescription's clause."""
SCHEDULE_REACH = 60
"""How many characters after a verb of scheduled occurrence its calendar date may stand."""
MAX_JUDGMENTS = 60
"""Never more than this many: the so-what view is a summary, not a concordance."""


class _Cue(NamedTuple):
    """One candidate term in a sentence: where its words are, and what it reads as (a tuple:
    made for every hedge of every sentence, where a frozen dataclass cost twice as much)."""

    first: int
    end: int
    estimative: Estimative
    banded: bool


def _quoted_share(reading: Reading) -> float:
    """How much of the sentence is inside quotation marks (0 to 1)."""
    text, own = reading.sentence.text, reading.own
    if not text or text == own:
        return 0.0
    return sum(1 for a, b in zip(text, own, strict=False) if a != b) / len(text)


def _ranges(
    table: PhraseTable, tokens: Words, positions: list[int] | None = None
) -> list[tuple[int, int]]:
    return [(first, end) for first, end, _ in table.scan(tokens, positions)]


def _is_noun(lexicon: _Lexicon, tokens: Words, cue: _Cue, key: str) -> bool:
    """ "the will of the people", "political will": the word is a noun, not the modal."""
    texts = tokens.texts
    before = texts[cue.first - 1] if cue.first > 0 else ""
    after = texts[cue.end] if cue.end < len(texts) else "."
    return before in lexicon.noun_before.get(key, ()) or after in lexicon.noun_after.get(key, ())


def is_noun_will(tokens: Words, index: int) -> bool:
    """Whether the "will" at word `index` is the noun ("the will of the people")."""
    lexicon = _lexicon()
    texts = tokens.texts
    before = texts[index - 1] if index > 0 else ""
    after = texts[index + 1] if index + 1 < len(texts) else "."
    return before in lexicon.noun_before["will"] or after in lexicon.noun_after["will"]


def _is_month(reading: Reading, tokens: Words, cue: _Cue, key: str) -> bool:
    """ "May" with its capital inside a sentence is the month (or Theresa May), not the modal."""
    if key != "may" or cue.first == 0:
        return False
    start, _ = tokens.span(cue.first, cue.end)
    return reading.own[start] == "M"


def _after_whether(texts: list[str], at: int) -> bool:
    """Whether word `at` stands inside a "whether" clause (no punctuation in between)."""
    for index in range(at - 1, max(-1, at - WHETHER_REACH), -1):
        word = texts[index]
        if word == "whether":
            return True
        if not word[0].isalnum():
            return False
    return False


def _prescriptions(lexicon: _Lexicon, reading: Reading) -> list[int]:
    """Where the author prescribes ("should", "needs to", "must"), as word indices.

    A prescription word after a modal is a forecast of necessity ("Tehran will need to
    consider"), and "should" opening a sentence is a conditional inversion ("Should talks
    fail, ..."); someone else's prescription ("the envoy said Kyiv should ...") and a question
    are not the author's.
    """
    tokens = reading.tokens
    texts = tokens.texts
    if lexicon.recommendations.first_words.isdisjoint(texts):
        return []
    if reading.sentence.text.rstrip("\"'”’) ").endswith("?"):
        return []
    found = [
        first
        for first, _, _ in lexicon.recommendations.scan(tokens)
        if not (first > 0 and texts[first - 1] in lexicon.modals_before)
        and not (first == 0 and texts[0] == "should")
    ]
    if not found:
        return []
    reports = _ranges(lexicon.reporting, tokens)
    return [at for at in found if not _reported_before(lexicon, tokens, reports, at)]


def recommends(reading: Reading) -> bool:
    """The author prescribes a course of action ("Allies should invest in ...")."""
    if reading.prescribes is None:
        reading.prescribes = bool(_prescriptions(_compiled(), reading))
    return reading.prescribes


def _prescribed(lexicon: _Lexicon, texts: list[str], prescriptions: list[int], at: int) -> bool:
    """Whether the hedge at word `at` stands inside a prescription's own clause.

    "The US should make clear how difficult it will be" prescribes; in "They should be
    embedded, otherwise the mistakes will be repeated" the forecast has a clause of its own, as
    after a relative pronoun ("a catalyst that could shape").
    """
    for start in prescriptions:
        if not start < at <= start + PRESCRIPTION_REACH:
            continue
        between = texts[start + 1 : at]
        if all(word[0].isalnum() and word not in lexicon.clause_openers for word in between):
            return True
    return False


def _schedules(lexicon: _Lexicon, reading: Reading, cue: _Cue, dated: bool = True) -> bool:
    """Whether a forecast term is followed by a verb of scheduled occurrence.

    "will convene" states a calendar fact; "will meet on Friday" does too, but "the ceasefire
    will hold" is a forecast, so the verbs of `scheduled_verbs.dated` count only when the
    sentence names a calendar date. One adverb may stand between ("will formally convene"); a
    term ending in "be" ("will be") is read with its verb ("be held").
    """
    tokens = reading.tokens
    texts = tokens.texts
    starts = [cue.end, cue.end + 1]
    if texts[cue.end - 1] == "be":
        starts.insert(0, cue.end - 1)
    for index in starts:
        if index >= len(texts):
            break
        if index == cue.end + 1 and not texts[cue.end].endswith("ly"):
            break  # only an adverb may stand between the term and its verb
        if lexicon.scheduled_always.at(tokens, index) is not None:
            return True
        if dated and lexicon.scheduled_dated.at(tokens, index) is not None:
            # The date must follow the verb in its clause ("will hold elections in March"),
            # not stand in another clause ("organised in 2023, ... expected to host their own").
            verb_at = tokens.span(index, index + 1)[0]
            window = reading.own[verb_at : verb_at + SCHEDULE_REACH]
            return lexicon.calendar.search(window) is not None
    return False


def _reported_before(
    lexicon: _Lexicon, tokens: Words, reports: list[tuple[int, int]], at: int
) -> bool:
    """A verb of saying before the term whose subject is not the author ("I think" is)."""
    for first, end in reports:
        if end > at:
            break
        subject = tokens.texts[max(0, first - 2) : first]
        if not lexicon.author_subjects.intersection(subject):
            return True
    return False


def reporting_before(reading: Reading, at: int) -> bool:
    """Whether a verb of saying by someone other than the author comes before word `at`."""
    lexicon = _compiled()
    return _reported_before(lexicon, reading.tokens, _ranges(lexicon.reporting, reading.tokens), at)


def _date_token(lexicon: _Lexicon, own: str) -> int:
    """The word index where a day's date ("on Friday", "14 December") stands, -1 for none.

    The pattern is tried only when a month or weekday name is there (it needs one, written
    as it is: it is case-sensitive, and an alternation tried at every character)."""
    if not any(name in own for name in lexicon.calendar_names):
        return -1
    dated = lexicon.day_date.search(own)
    return len(words(own[: dated.start()])) if dated is not None else -1


def _cues(reading: Reading) -> list[_Cue]:
    """The valid judgment terms of a sentence, in reading order (empty when it is no judgment)."""
    lexicon = _compiled()
    tokens = reading.tokens
    texts = tokens.texts
    if lexicon.term_words.isdisjoint(texts):
        return []  # no hedge and no ICD 203 term: the common case, decided in one set test
    hedges = list(lexicon.hedges.scan(tokens))
    if not hedges and not reading.terms:
        return []  # no candidate term at all: nothing below could make one (half the sentences)
    text = reading.sentence.text.rstrip("\"'”’)]*_ ")
    if text.endswith(("?", ":")) or _quoted_share(reading) > 0.5 or NOTE.match(text):
        return []  # a question, a lead-in to a list, or a reference-list entry
    at = [k for k, word in enumerate(texts) if word in lexicon.scan_words]
    if lexicon.road_map.found(tokens, at):
        return []
    if lexicon.embedded_questions.found(tokens, at):
        return []  # "the question of what role Iran would assign": a question, not a judgment
    reports = _ranges(lexicon.reporting, tokens, at)
    if any(" ".join(texts[first:end]) in lexicon.vetoing for first, end in reports):
        return []
    # A verb of saying inside a leading clause ("While an official warned of X, a split is
    # unlikely") is conceded: it does not make the main clause someone else's.
    clause = estimative.leading_clause(reading.sentence.text)
    if clause:
        opening = len(words(reading.own[:clause]))
        reports = [(first, end) for first, end in reports if first >= opening]
    excluded = _ranges(lexicon.not_judgments, tokens, at)
    # Read only when a hedge asks (a banded term needs none of them): past narrative, a
    # schedule, the word a day's date stands at, and the author's prescriptions.
    narrative: bool | None = None
    scheduled: bool | None = None
    date_token: int | None = None
    prescriptions: list[int] | None = None
    found: list[_Cue] = []
    for match in reading.terms:
        found.append(_Cue(match.first_token, match.end_token, match.estimative, True))
    for first, end, key in hedges:
        found.append(_Cue(first, end, lexicon.hedge_terms[key], False))
    valid: list[_Cue] = []
    short: bool | None = None  # worked out when a hedge asks
    hyphenated = "-" in reading.own or "‐" in reading.own
    for cue in sorted(found, key=lambda cue: (cue.first, not cue.banded)):
        key = " ".join(texts[cue.first : cue.end])
        following = texts[cue.end] if cue.end < len(texts) else ""
        if following in lexicon.explanation_nouns:
            return []  # "the most likely explanation is": an account of the past
        if any(first <= cue.first < end for first, end in excluded):
            continue
        if _reported_before(lexicon, tokens, reports, cue.first):
            continue
        if cue.banded:
            before = texts[cue.first - 1] if cue.first > 0 else ""
            adjective = texts[cue.end - 1] in lexicon.adjective_terms
            if before in lexicon.adjective_determiners and adjective and following.isalpha():
                continue  # "an unlikely source"
        else:
            if _is_noun(lexicon, tokens, cue, key) or _is_month(reading, tokens, cue, key):
                continue
            if key in ("would", "could"):
                if narrative is None:
                    narrative = lexicon.past_markers.found(tokens, at)
                if narrative or following in lexicon.narrative_would:
                    return []  # "would later become": the sentence tells a past story
            previous = texts[cue.first - 1] if cue.first > 0 else ""
            if previous in ("not", "never") and cue.first > 1:
                previous = texts[cue.first - 2]
            if previous in lexicon.past_copulas:
                continue  # "was expected to", "was not feasible": a past fact
            if key in lexicon.forecasts:
                if scheduled is None:
                    scheduled = lexicon.scheduled.found(tokens, at)
                if date_token is None:
                    date_token = _date_token(lexicon, reading.own)
                if scheduled or date_token > cue.first >= 0 or _schedules(lexicon, reading, cue):
                    continue  # "will proceed to a runoff on Sunday 14 December": a schedule
            if key == "would" and _schedules(lexicon, reading, cue, dated=False):
                continue  # "the vote would take place in May": a schedule told in the past
            if _after_whether(texts, cue.first):
                continue  # "whether the deterrent will be effective": an indirect question
            if prescriptions is None:
                prescriptions = _prescriptions(lexicon, reading)
                if reading.prescribes is None:
                    reading.prescribes = bool(prescriptions)  # `recommends` asks it again
            if _prescribed(lexicon, texts, prescriptions, cue.first):
                continue  # "the US should also be making clear ... will be": a prescription
        if not cue.banded:
            if short is None:
                short = sum(1 for word in texts if word[0].isalnum()) < 6
            if short:
                continue  # "They will chair this track.": too short to carry a judgment
        if hyphenated:  # a term's offsets re-read the sentence: only where a hyphen may follow
            end = tokens.span(cue.first, cue.end)[1]
            if reading.own[end : end + 1] in ("-", "‐"):
                continue  # "a would-be proliferator": part of a compound word
        valid.append(cue)
    return valid


def judge(reading: Reading) -> Estimative | None:
    """The term that makes a sentence a key judgment, or None when it is not one.

    A term on the ICD 203 scale wins over a hedge in the same sentence ("would probably differ"
    is "probably", 55-80%); among several, the main claim's (see `estimative.find`).
    """
    if reading.verdict is not None:
        return reading.verdict[0]
    cues = _cues(reading)
    term: Estimative | None = None
    if cues:
        banded = [cue for cue in cues if cue.banded]
        main = reading.estimative
        if banded and main is not None and any(cue.estimative == main for cue in banded):
            term = main
        else:
            term = (banded or cues)[0].estimative
    reading.verdict = (term,)
    return term


def _rank(reading: Reading, term: Estimative, paragraphs: int) -> float:
    """How much a judgment matters when a long article has too many to list."""
    lateness = reading.sentence.span.paragraph / max(paragraphs - 1, 1)
    return (
        (1.0 if term.band else 0.0)
        + min(reading.scores["judgment"], 1.0)
        + 0.3 * min(reading.scores["conclusion"], 1.0)
        + 0.8 * reading.centrality
        + 0.3 * lateness
    )


def limit_for(sentences: int) -> int:
    """How many judgments an article of `sentences` sentences may list."""
    return min(MAX_JUDGMENTS, max(MIN_JUDGMENTS, int(sentences * JUDGMENTS_PER_SENTENCE)))


def find_judgments(
    readings: list[Reading], taken: set[int], paragraphs: int
) -> tuple[Judgment, ...]:
    """The author's judgments in reading order, skipping sentences already used (`taken`)."""
    judged = [
        (reading, term)
        for reading in readings
        if reading.order not in taken and (term := judge(reading)) is not None
    ]
    limit = limit_for(len(readings))
    if len(judged) > limit:
        ranked = sorted(
            judged, key=lambda pair: (-_rank(pair[0], pair[1], paragraphs), pair[0].order)
        )
        kept: list[tuple[Reading, Estimative]] = []
        for pair in ranked:
            if len(kept) == limit:
                break
            if not any(similar(pair[0], other) for other, _ in kept):
                kept.append(pair)
        judged = sorted(kept, key=lambda pair: pair[0].order)
    return tuple(
        Judgment(reading.sentence.text, term, reading.sentence.span) for reading, term in judged
    )
