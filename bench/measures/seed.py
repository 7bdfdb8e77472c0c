"""The seed article's checks from issue 2, as pass/fail lines for bench/quality.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "articles" / "armenia-looks-west.txt"

MERGES = {
    "Armenia": ["Yerevan"],
    "Russia": ["Moscow", "Kremlin"],
    "Azerbaijan": ["Baku"],
    "Nikol Pashinyan": ["Pashinyan"],
    "Vladimir Putin": ["Putin"],
    "CSTO": ["Collective Security Treaty Organization"],
    "European Union": ["EU"],
    "France": [],
    "United States": ["Washington"],
    "Georgia": ["Tbilisi"],
    "Ukraine": ["Kyiv"],
    "International Criminal Court": ["ICC"],
}
SPEAKERS = {
    "absolute indifference": "Pashinyan",
    "strategic mistake": "Pashinyan",
    "diversify": "Pashinyan",
    "countries having bilateral security obligations": "Pashinyan",
    "have not seen the advantages": "Pashinyan",
    "extremely hostile": "Kremlin|Russia",
    "Nazi regime": "Russian official",
    "military adventures": "Russian official",
    "Ukraine number 3": "Russian official",
}


def checks() -> list[tuple[str, bool, str]]:
    """(what, passed, detail) for each of the seed's requirements."""
    from briefing.analysis.pipeline import analyze
    from briefing.ingest import load_article

    article = load_article(SEED)
    briefing = analyze(article)
    meta = article.meta
    results: list[tuple[str, bool, str]] = []
    results.append(
        (
            "metadata",
            meta.title == "As Relations with Russia Falter, Armenia Tries Looking West"
            and meta.author == "Nicholas Castillo"
            and meta.published == date(2023, 10, 31)
            and meta.source == "Caspian Policy Center",
            f"{meta.title!r}, {meta.author}, {meta.published}, {meta.source}",
        )
    )
    paragraphs = article.paragraphs
    results.append(
        (
            "body",
            len(paragraphs) == 12
            and paragraphs[0].text.startswith("What might be described")
            and paragraphs[-1].text.endswith("even as anger mounts against Moscow."),
            f"{len(paragraphs)} paragraphs",
        )
    )
    by_name = {actor.name: actor for actor in briefing.actors}
    missing = []
    for name, forms in MERGES.items():
        actor = by_name.get(name)
        surfaces = {mention.surface for mention in actor.mentions} if actor else set()
        seen = " ".join(surfaces | set(actor.aliases if actor else ()))
        if actor is None or any(form not in seen for form in forms):
            missing.append(name)
    results.append(("actors merged", not missing, f"missing or unmerged: {missing}"))
    top = [actor.name for actor in briefing.actors[:15]]
    results.append(("top 15 actors", True, ", ".join(top)))
    wrong = []
    quotes = [quote for quote in briefing.quotes]
    for fragment, speaker in SPEAKERS.items():
        found = [quote for quote in quotes if fragment in quote.text]
        if not found or not any(
            option in (found[0].speaker or "") for option in speaker.split("|")
        ):
            wrong.append(fragment)
    terms = [quote.text for quote in quotes if "Coalition of the Willing" in quote.text]
    results.append(
        (
            "quotes",
            not wrong and not terms and len(quotes) == 9,
            f"{len(quotes)} quotes; wrong speaker or missing: {wrong}; terms kept: {terms}",
        )
    )
    titles = [section.title for section in briefing.sections]
    results.append(
        (
            "sections",
            4 <= len(titles) <= 8,
            " | ".join(f"{s.first}-{s.end - 1} {s.title}" for s in briefing.sections),
        )
    )
    bottom = briefing.so_what.bottom_line.text
    results.append(
        (
            "bottom line",
            "unlikely" in bottom and "multi-vector" in bottom,
            bottom,
        )
    )
    bands_right = all(
        judgment.estimative.band
        == {"unlikely": "20-45%", "likely": "55-80%"}.get(
            judgment.estimative.term, judgment.estimative.band
        )
        for judgment in briefing.so_what.key_judgments
        if judgment.estimative
    )
    results.append(
        (
            "judgment bands",
            bands_right and bool(briefing.so_what.key_judgments),
            "; ".join(
                f"{j.estimative.label if j.estimative else '-'}"
                for j in briefing.so_what.key_judgments
            ),
        )
    )
    return results
