"""Hand-built briefings for the export tests, independent of the analysis stages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing.model import (
    Actor,
    ActorKind,
    Article,
    Briefing,
    Estimative,
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

EXPORTED = date(2024, 1, 15)
LIKELY = Estimative("likely", "55-80%", 55, 80)
UNLIKELY = Estimative("unlikely", "20-45%", 20, 45)


def _mentions(count: int) -> tuple[Mention, ...]:
    return tuple(Mention(Span(0, 0, 1), "x") for _ in range(count))


def small_briefing() -> Briefing:
    """A short, fully populated briefing with Armenian, Cyrillic and curly punctuation."""
    paragraphs = tuple(
        Paragraph(index, text)
        for index, text in enumerate(
            [
                "Yerevan (Երևան) says Moscow (Москва) has failed it.",
                "Pashinyan said Russia’s role was “a strategic mistake”.",
                "The outlook is mixed — a full split is unlikely.",
            ]
        )
    )
    actors = (
        Actor("Armenia", ActorKind.COUNTRY, ("Yerevan",), None, _mentions(9)),
        Actor("Russia", ActorKind.COUNTRY, ("Moscow", "Kremlin"), None, _mentions(12)),
        Actor("Nikol Pashinyan", ActorKind.PERSON, ("Pashinyan",), "Prime Minister", _mentions(7)),
        Actor("CSTO", ActorKind.ORGANISATION, (), None, _mentions(3)),
        Actor("European Union", ActorKind.ORGANISATION, ("EU",), None, _mentions(2)),
    )
    quotes = (
        Quote("a strategic mistake", "Nikol Pashinyan", "said", Span(1, 40, 59), True),
        Quote("extremely hostile", "Russia", "called", None, True),
        Quote("Հայաստան will choose its own partners", "Nikol Pashinyan", "said"),
        Quote("Россия остаётся партнёром", "Russian officials", "insisted"),
    )
    so_what = SoWhat(
        bottom_line=Point("A full split with Moscow is unlikely; a multi-vector policy is likely."),
        key_judgments=(
            Judgment("Armenia will keep its CSTO seat but stay away.", None),
            Judgment("A full break with Russia is unlikely in the near term.", UNLIKELY),
            Judgment("Yerevan will likely deepen ties with the EU and France.", LIKELY),
        ),
        implications=(Point("Russia’s leverage shrinks."),),
        watch=(Point("Armenia’s ratification of the Rome Statute — and Moscow’s answer."),),
    )
    article = Article(
        Metadata(
            title="As Relations with Russia Falter, Armenia Tries Looking West",
            author="Nicholas Castillo",
            published=date(2023, 10, 31),
            source="Caspian Policy Center",
            path=Path("armenia-looks-west.txt"),
        ),
        paragraphs,
    )
    sections = (
        Section("Relations in decline", 0, 1),
        Section("After Karabakh", 1, 2),
        Section("Limits of the turn west", 2, 3),
    )
    return Briefing(article, (), sections, actors, quotes, so_what, ())


def heavy_briefing() -> Briefing:
    """A long, quote-heavy briefing: far more than one page of material, with long items."""
    base = small_briefing()
    long = (
        "This is a long quotation that goes on and on about strategy, security guarantees, "
        "peacekeepers, corridors, sanctions, energy routes and the balance of power in the "
        "South Caucasus, repeated so that it fills several lines on any page it is printed on. "
    )
    quotes = tuple(
        Quote((long * 2).strip() + f" Number {n}.", f"Speaker {n % 7}", "said") for n in range(40)
    )
    actors = tuple(
        Actor(
            f"Actor number {n} with a long name",
            ActorKind.GROUP,
            (),
            "a role that is long enough to wrap over two lines in a narrow column",
            _mentions(50 - n),
        )
        for n in range(30)
    )
    judgments = tuple(
        Judgment((long * 2).strip() + f" Judgment {n}.", LIKELY if n % 2 else UNLIKELY)
        for n in range(20)
    )
    so_what = SoWhat(
        bottom_line=Point((long * 3).strip()),
        key_judgments=judgments,
        watch=tuple(Point((long * 2).strip() + f" Watch {n}.") for n in range(12)),
    )
    sections = tuple(
        Section(f"A rather long section title number {n}", n, n + 1) for n in range(12)
    )
    return Briefing(base.article, (), sections, actors, quotes, so_what, ())
