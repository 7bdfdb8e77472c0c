"""A hand-built briefing for widget tests: fixed content, independent of the analysis stages.

Offsets are found with `str.find` on the paragraph text so the spans are right by construction.
"""

from __future__ import annotations

from datetime import date

from briefing.model import (
    Actor,
    ActorKind,
    Article,
    Briefing,
    Estimative,
    Event,
    Judgment,
    Mention,
    Metadata,
    Paragraph,
    Point,
    Quote,
    Section,
    SoWhat,
    Span,
)

MARKUP_TEXT = "Literal: [bold]not bold[/bold] [1] [sic] [/x] and \x1b[31mred\x1b[0m stays plain."

PARAGRAPHS = (
    "Ruritania and Freedonia signed a border accord in January 2021 after years of talks. "
    "President Anna Vale called it “a new beginning” for the region.",
    "Officials in Freedonia were less sure. Minister Otto Brand warned that the accord was "
    "“fragile at best” and that Ruritania could walk away.",
    "The Northern Alliance watched closely. Its secretary said the bloc would “stand ready” "
    "to mediate if talks in Ruritania stalled again.",
    MARKUP_TEXT,
    "By March 2022 trade across the border had doubled. Vale visited Freedonia twice, and "
    "Brand softened his tone in public remarks.",
    "It is likely that the accord holds through the next election. A return to open conflict "
    "is unlikely while both economies depend on the crossing.",
    "Watch the Ruritania election and any change at the Northern Alliance secretariat; a new "
    "government could reopen the question of the river islands.",
    "Freedonia has long been wary of its larger neighbour, and memories of the 1998 crisis "
    "still shape its politics. Ruritania has courted Freedonia with investment in roads.",
    "For now the border is quiet. Markets on both sides are busy, and the crossing at the "
    "river islands is open day and night for the first time in a generation.",
)


def _spans(paragraph: int, word: str) -> list[Span]:
    text = PARAGRAPHS[paragraph]
    spans, start = [], text.find(word)
    while start >= 0:
        spans.append(Span(paragraph, start, start + len(word)))
        start = text.find(word, start + len(word))
    return spans


def _mentions(*words: str) -> tuple[Mention, ...]:
    found = [
        Mention(span, word)
        for word in words
        for index in range(len(PARAGRAPHS))
        for span in _spans(index, word)
    ]
    return tuple(sorted(found, key=lambda mention: mention.span))


def _quote(paragraph: int, words: str, speaker: str, cue: str) -> Quote:
    (span,) = _spans(paragraph, words)
    return Quote(words, speaker, cue, span, speaker_is_actor=True)


def _sentence_span(paragraph: int, starts: str) -> Span:
    text = PARAGRAPHS[paragraph]
    start = text.find(starts)
    end = text.find(". ", start)
    return Span(paragraph, start, end + 1 if end >= 0 else len(text))


def hand_briefing() -> Briefing:
    """Three sections, four actors, three quotes, a so-what and a timeline."""
    article = Article(
        Metadata(
            title="Ruritania and Freedonia: A Fragile Accord",
            author="Jane Analyst",
            published=date(2023, 5, 1),
            source="Test Institute",
        ),
        tuple(Paragraph(index, text) for index, text in enumerate(PARAGRAPHS)),
    )
    actors = (
        Actor("Ruritania", ActorKind.COUNTRY, mentions=_mentions("Ruritania")),
        Actor("Freedonia", ActorKind.COUNTRY, mentions=_mentions("Freedonia")),
        Actor(
            "Anna Vale",
            ActorKind.PERSON,
            aliases=("Vale",),
            role="President",
            mentions=_mentions("Anna Vale", "Vale visited"),
        ),
        Actor(
            "Northern Alliance",
            ActorKind.ORGANISATION,
            aliases=("the bloc",),
            mentions=_mentions("Northern Alliance"),
        ),
    )
    quotes = (
        _quote(0, "a new beginning", "Anna Vale", "called"),
        _quote(1, "fragile at best", "Otto Brand", "warned"),
        _quote(2, "stand ready", "Northern Alliance", "said"),
    )
    likely = Estimative("likely", "55-80%", 55, 80)
    unlikely = Estimative("unlikely", "20-45%", 20, 45)
    so_what = SoWhat(
        bottom_line=Point(
            "The accord is likely to hold; open conflict is unlikely.", _sentence_span(5, "It is")
        ),
        key_judgments=(
            Judgment("The accord is likely to hold.", likely, _sentence_span(5, "It is")),
            Judgment("A return to conflict is unlikely.", unlikely, _sentence_span(5, "A return")),
        ),
        implications=(Point("Trade ties now bind both sides.", _sentence_span(4, "By March")),),
        watch=(Point("The Ruritania election.", _sentence_span(6, "Watch")),),
    )
    timeline = (
        Event(
            date(2022, 3, 1),
            "month",
            "By March 2022",
            "By March 2022 trade ... doubled.",
            _sentence_span(4, "By March"),
        ),
        Event(
            date(2021, 1, 1),
            "month",
            "in January 2021",
            "Ruritania and Freedonia signed ...",
            _sentence_span(0, "Ruritania"),
        ),
    )
    return Briefing(
        article=article,
        sentences=(),
        sections=(
            Section("The accord is signed", 0, 3),
            Section("Literal text", 3, 4),
            Section("Trade and the outlook", 4, 9),
        ),
        actors=actors,
        quotes=quotes,
        so_what=so_what,
        timeline=timeline,
    )
