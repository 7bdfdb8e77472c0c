"""The word lists behind key judgments, compiled once (data/estimative.yaml, sowhat_cues.yaml).

`judgments` reads every sentence against these lists; they live here so that module holds the
rules and this one the vocabulary: hedges and the nouns that look like them ("the will of the
people"), verbs of saying, the phrases that only look like judgments (concessions, schedules,
embedded questions, prescriptions, past narrative), and the first words of all of them, so one
pass over a sentence's words finds where to look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from briefing import data
from briefing.analysis.phrases import PhraseTable, split
from briefing.model import Estimative

HEDGE_BAND = ""
"""The band of a hedge or forecast: none (shown as the term alone; `null` in JSON)."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of data/estimative.yaml and data/sowhat_cues.yaml, compiled."""

    hedges: PhraseTable
    hedge_terms: dict[str, Estimative]
    """Each hedge's term without a band, made once (a key judgment's term when no ICD 203
    term wins)."""
    noun_before: dict[str, frozenset[str]]
    noun_after: dict[str, frozenset[str]]
    reporting: PhraseTable
    vetoing: frozenset[str]
    """Reporting words that make the whole sentence someone else's, wherever they stand."""
    author_subjects: frozenset[str]
    not_judgments: PhraseTable
    embedded_questions: PhraseTable
    recommendations: PhraseTable
    modals_before: frozenset[str]
    clause_openers: frozenset[str]
    narrative_would: frozenset[str]
    past_markers: PhraseTable
    past_copulas: frozenset[str]
    explanation_nouns: frozenset[str]
    adjective_determiners: frozenset[str]
    adjective_terms: frozenset[str]
    scheduled: PhraseTable
    scheduled_always: PhraseTable
    """Verbs of scheduled occurrence that make "will + verb" a schedule anywhere ("convene")."""
    scheduled_dated: PhraseTable
    """Verbs that make "will + verb" a schedule only beside a calendar word ("meet", "hold")."""
    calendar: re.Pattern[str]
    """A month, a weekday, a year or "next week": the calendar word a dated schedule needs."""
    road_map: PhraseTable
    forecasts: frozenset[str]
    """Hedges that state what will happen; a fixed date beside them makes a schedule."""
    day_date: re.Pattern[str]
    calendar_names: tuple[str, ...]
    """The month and weekday names `day_date` needs one of (as written: it is case-sensitive),
    so a sentence without any skips the pattern, an alternation tried at every character."""
    term_words: frozenset[str]
    """Every word a hedge or an ICD 203 term can start with: sentences without one are skipped."""
    scan_words: frozenset[str]
    """Every word any phrase of the lists above can start with (one pass finds where to look)."""


@cache
def lexicon() -> Lexicon:
    terms = data.load("estimative.yaml")
    cues = data.load("sowhat_cues.yaml")
    calendar = data.load("timeline.yaml")
    months = "|".join(sorted(calendar["months"], key=len, reverse=True))
    weekdays = "|".join(calendar["weekdays"])
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    day_date = re.compile(
        rf"\b(?:{weekdays})\b|\b{day}\s+(?:{months})\b|\b(?:{months})\.?\s+{day}\b(?!\d)"
    )
    calendar_word = re.compile(
        rf"\b(?:{months}|{weekdays})\b|\b(?:19|20)\d\d\b"
        r"|\b(?:next|this|later this|early next|late next)\s+(?:week|month|year|spring|summer|"
        r"autumn|fall|winter)\b|\btomorrow\b"
    )
    verbs = cues["scheduled_verbs"]
    hedges = [str(phrase) for phrase in terms["hedges"]]
    return Lexicon(
        hedges=PhraseTable(hedges),
        hedge_terms={
            key: Estimative(key, HEDGE_BAND, 0, 100)
            for key in (" ".join(split(phrase)) for phrase in hedges)
        },
        noun_before={k: frozenset(map(str, v)) for k, v in terms["noun_before"].items()},
        noun_after={k: frozenset(map(str, v)) for k, v in terms["noun_after"].items()},
        reporting=PhraseTable(cues["reporting"]),
        vetoing=frozenset({"according to", "reportedly", "allegedly"}),
        author_subjects=frozenset(cues["author_subjects"]),
        not_judgments=PhraseTable(cues["not_judgments"]),
        embedded_questions=PhraseTable(cues["embedded_questions"]),
        recommendations=PhraseTable(cues["recommendations"]),
        modals_before=frozenset(cues["necessity_modals"]),
        clause_openers=frozenset(cues["clause_openers"]),
        narrative_would=frozenset(cues["narrative_would"]),
        past_markers=PhraseTable(cues["past_markers"]),
        past_copulas=frozenset(cues["past_copulas"]),
        explanation_nouns=frozenset(cues["explanation_nouns"]),
        adjective_determiners=frozenset(cues["adjective_determiners"]),
        adjective_terms=frozenset(cues["adjective_terms"]),
        scheduled=PhraseTable(cues["scheduled"]),
        scheduled_always=PhraseTable(verbs["always"]),
        scheduled_dated=PhraseTable(verbs["dated"]),
        calendar=calendar_word,
        road_map=PhraseTable(cues["road_map"]),
        forecasts=frozenset(
            " ".join(split(phrase))
            for phrase in hedges
            if phrase.split()[0] in ("will", "won't", "is", "are", "set", "expected")
        ),
        day_date=day_date,
        calendar_names=(*calendar["months"], *calendar["weekdays"]),
        term_words=frozenset(),
        scan_words=frozenset(),
    )


@cache
def compiled() -> Lexicon:
    """The lexicon with its first-word sets filled in."""
    table = lexicon()
    bands = data.load("estimative.yaml")["bands"]
    terms = PhraseTable([str(phrase) for band in bands for phrase in band["phrases"]])
    term_words = table.hedges.first_words | terms.first_words
    scan_words = term_words.union(
        table.reporting.first_words,
        table.not_judgments.first_words,
        table.embedded_questions.first_words,
        table.recommendations.first_words,
        table.past_markers.first_words,
        table.scheduled.first_words,
        table.road_map.first_words,
    )
    return replace(table, term_words=term_words, scan_words=scan_words)
