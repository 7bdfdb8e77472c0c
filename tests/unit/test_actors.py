"""The actors stage: gazetteer merges, discovered names, acronyms, roles, offsets, speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.actors import attach_mentions, find_actors
from briefing.analysis.sentences import split_sentences
from briefing.model import Actor, ActorKind, Article, Metadata, Paragraph

JUNK = {
    "Image",
    "Author",
    "Western",
    "Related Articles",
    "Prime Minister",
    "President",
    "October",
    "September",
    "January",
    "March",
    "Two",
    "However",
    "Since",
    "During",
    "Despite",
    "Perhaps",
    "Dependent",
    "Such",
}


def _article(*paragraphs: str) -> Article:
    return Article(Metadata("test"), tuple(Paragraph(i, text) for i, text in enumerate(paragraphs)))


def _actors(article: Article) -> tuple[Actor, ...]:
    return find_actors(article, split_sentences(article))


def _by_name(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return {actor.name: actor for actor in actors}


@pytest.fixture(scope="module")
def seed() -> Article:
    """The seed's 12 body paragraphs, cut from the file itself (independent of ingest)."""
    path = Path(__file__).resolve().parents[2] / "articles" / "armenia-looks-west.txt"
    blocks = [block.strip() for block in path.read_text(encoding="utf-8").split("\n\n")]
    blocks = [block for block in blocks if block]
    first = next(i for i, block in enumerate(blocks) if block.startswith("What might"))
    last = next(i for i, block in enumerate(blocks) if block.startswith("While a Russian official"))
    return _article(*blocks[first : last + 1])


@pytest.fixture(scope="module")
def seed_actors(seed: Article) -> tuple[Actor, ...]:
    return _actors(seed)


@pytest.mark.parametrize(
    ("name", "kind", "forms"),
    [
        ("Armenia", ActorKind.COUNTRY, {"Yerevan", "Armenian"}),
        ("Russia", ActorKind.COUNTRY, {"Moscow", "Kremlin", "Russian"}),
        ("Azerbaijan", ActorKind.COUNTRY, {"Baku", "Azeri", "Azerbaijani"}),
        ("Nikol Pashinyan", ActorKind.PERSON, {"Pashinyan"}),
        ("Vladimir Putin", ActorKind.PERSON, set()),
        (
            "CSTO",
            ActorKind.ORGANISATION,
            {
                "Collective Security Treaty Organization",
                "Commonwealth Security Treaty Organization",
            },
        ),
        ("European Union", ActorKind.ORGANISATION, {"EU"}),
        ("France", ActorKind.COUNTRY, set()),
        ("United States", ActorKind.COUNTRY, {"Washington", "U.S.", "American"}),
        ("Georgia", ActorKind.COUNTRY, {"Tbilisi"}),
        ("Ukraine", ActorKind.COUNTRY, {"Kyiv"}),
        ("International Criminal Court", ActorKind.ORGANISATION, {"ICC"}),
    ],
)
def test_seed_merges_forms(
    seed_actors: tuple[Actor, ...], name: str, kind: ActorKind, forms: set[str]
) -> None:
    actor = _by_name(seed_actors)[name]
    assert actor.kind == kind
    assert forms <= set(actor.aliases)


def test_seed_counts_and_order(seed_actors: tuple[Actor, ...]) -> None:
    names = [actor.name for actor in seed_actors]
    assert names[:2] == ["Armenia", "Russia"]
    # France, the subject of three sentences, is not outranked by Europe's adjectives.
    assert names.index("France") < names.index("Europe")
    actors = _by_name(seed_actors)
    # "Russian" qualifies a noun: an adjectival use, apart from Russia's mentions.
    russia = actors["Russia"]
    assert "Russian" not in {mention.surface for mention in russia.mentions}
    assert {mention.surface for mention in russia.adjectival} >= {"Russian"}
    assert len(russia.adjectival) >= 10
    # Every "Pashinyan" and "Prime Minister Pashinyan" is his: 7 in the body.
    assert actors["Nikol Pashinyan"].mention_count == 7
    # The CSTO under both names and the bare acronym.
    assert actors["CSTO"].mention_count >= 7
    # No actor is listed twice under another of its forms.
    every_form = [form for actor in seed_actors for form in (actor.name, *actor.aliases)]
    assert len(every_form) == len(set(every_form))


def test_seed_roles(seed_actors: tuple[Actor, ...]) -> None:
    actors = _by_name(seed_actors)
    assert actors["Nikol Pashinyan"].role == "Prime Minister"
    assert actors["Vladimir Putin"].role == "President"
    assert actors["Charles Michael"].role == "EU President"
    assert actors["Charles Michael"].kind == ActorKind.PERSON
    assert actors["Nancy Pelosi"].kind == ActorKind.PERSON
    assert actors["Samantha Power"].kind == ActorKind.PERSON
    assert "Speaker" in (actors["Nancy Pelosi"].role or "")


def test_seed_has_no_junk_in_top_15(seed_actors: tuple[Actor, ...]) -> None:
    top = seed_actors[:15]
    assert len(top) == 15
    for actor in top:
        assert actor.name not in JUNK
        assert not set(actor.aliases) & JUNK
    assert not {actor.name for actor in seed_actors} & JUNK


def test_mention_offsets_cover_their_surface(seed: Article, seed_actors: tuple[Actor, ...]) -> None:
    for actor in seed_actors:
        for mention in actor.mentions:
            assert seed.text_of(mention.span) == mention.surface
            assert not mention.surface.lower().startswith("the ")
    kremlin = [m for m in _by_name(seed_actors)["Russia"].mentions if m.surface == "Kremlin"]
    assert len(kremlin) == 2


def test_seed_through_ingest_keeps_the_body_actors(seed_path: Path) -> None:
    from briefing.ingest import load_article

    article = load_article(seed_path)
    actors = _by_name(_actors(article))
    armenia = actors["Armenia"]
    assert armenia.mention_count + len(armenia.adjectival) >= 60
    assert "Kremlin" in actors["Russia"].aliases


def test_demonyms_are_adjectival_uses_of_their_country() -> None:
    article = _article(
        "Russian officials condemned Azerbaijani attacks. Azeri forces advanced while "
        "Armenians fled to Yerevan. The French said nothing; Russian media did. Russia and Azerbaijan waited."
    )
    actors = _by_name(_actors(article))
    assert [m.surface for m in actors["Russia"].mentions] == ["Russia"]
    assert [m.surface for m in actors["Russia"].adjectival] == ["Russian", "Russian"]
    assert [m.surface for m in actors["Azerbaijan"].adjectival] == ["Azerbaijani", "Azeri"]
    assert [m.surface for m in actors["Azerbaijan"].mentions] == ["Azerbaijan"]
    # A plural demonym names the people, and "the French" on its own is a noun.
    assert [m.surface for m in actors["Armenia"].mentions] == ["Armenians", "Yerevan"]
    assert [m.surface for m in actors["France"].mentions] == ["French"]


def test_hyphenated_uses_are_adjectival_and_likenesses_name_nothing() -> None:
    article = _article(
        "Belarus hosted talks. A Minsk-style ceasefire was proposed by Russia-backed "
        "separatists and rejected by Moscow."
    )
    actors = _by_name(_actors(article))
    assert [m.surface for m in actors["Belarus"].mentions] == ["Belarus"]
    assert actors["Belarus"].adjectival == ()
    assert [m.surface for m in actors["Russia"].mentions] == ["Moscow"]
    assert [m.surface for m in actors["Russia"].adjectival] == ["Russia"]


def test_adjectives_do_not_outrank_what_the_article_is_about() -> None:
    article = _article(
        "France sent envoys. Russian officials, Russian media and Russian diplomats objected, "
        "and Russian troops stayed.",
        "France then asked Moscow to talk.",
    )
    names = [actor.name for actor in _actors(article)]
    assert names[0] == "France"


def test_acronym_in_parentheses_binds_a_new_name() -> None:
    article = _article(
        "The ministers met at the Foo Bar Council (FBC) in March. Later, the FBC issued a "
        "statement, and FBC members left."
    )
    actors = _by_name(_actors(article))
    council = actors["Foo Bar Council"]
    assert council.kind == ActorKind.ORGANISATION
    assert council.mention_count == 3
    assert council.aliases == ("FBC",)
    assert "FBC" not in actors


def test_acronym_binds_a_misnamed_known_organisation() -> None:
    article = _article("Armenia asked the Eurasian Customs Alliance (EAEU) for help.")
    actors = _by_name(_actors(article))
    assert "Eurasian Customs Alliance" in actors["Eurasian Economic Union"].aliases
    assert "Eurasian Customs Alliance" not in actors


def test_sentence_initial_words_are_not_actors() -> None:
    article = _article(
        "However, little changed. Apart from that, nothing. Dependent upon trade, they "
        "waited. Related Articles. Image source: shutterstock. In March, Western support grew."
    )
    assert _actors(article) == ()


def test_glued_names_are_not_countries() -> None:
    article = _article(
        "Armenia ratified the Rome Statute. The Washington Post and the Moscow Times reported it."
    )
    actors = _by_name(_actors(article))
    assert "Italy" not in actors
    assert "United States" not in actors
    assert "Russia" not in actors
    assert actors["Washington Post"].kind == ActorKind.ORGANISATION


def test_other_people_and_countries() -> None:
    article = _article(
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on "
        "Tuesday. Scholz said the talks with Paris went well.",
        "Meanwhile, Kremlin spokesman Dmitry Peskov said Moscow would respond. Peskov added "
        "that Beijing agreed. Senator Maria Gonzalez told reporters that Gonzalez opposed it.",
    )
    actors = _by_name(_actors(article))
    assert actors["Olaf Scholz"].mention_count == 2
    assert actors["Olaf Scholz"].role == "German Chancellor"
    assert actors["Emmanuel Macron"].role == "French President"
    assert actors["Germany"].mention_count == 1  # Berlin
    assert [m.surface for m in actors["Germany"].adjectival] == ["German"]
    assert actors["France"].mention_count == 1  # Paris
    assert actors["Dmitry Peskov"].role == "Kremlin spokesman"
    assert actors["Dmitry Peskov"].mention_count == 2
    assert actors["China"].aliases == ("Beijing",)
    assert actors["Maria Gonzalez"].kind == ActorKind.PERSON
    assert actors["Maria Gonzalez"].role == "Senator"
    assert actors["Maria Gonzalez"].mention_count == 2
    assert "Tuesday" not in actors


def test_surname_of_an_unknown_person_merges() -> None:
    article = _article(
        "The visit was led by USAID head Samantha Power. Power told officials the aid would "
        "continue."
    )
    actors = _by_name(_actors(article))
    assert actors["Samantha Power"].mention_count == 2
    assert actors["Samantha Power"].role == "USAID head"
    assert actors["United States Agency for International Development"].aliases == ("USAID",)


def test_attach_mentions_keeps_user_fields(seed: Article) -> None:
    curated = (
        Actor("Armenia's government", ActorKind.GROUP, aliases=("Yerevan",), role="my note"),
        Actor("Russia", ActorKind.COUNTRY),
        Actor("Nikol Pashinyan", ActorKind.PERSON, role="PM"),
        Actor("Nobody Here", ActorKind.PERSON, aliases=("Zzz",)),
    )
    attached = attach_mentions(seed, curated)
    assert [actor.name for actor in attached] == [actor.name for actor in curated]
    government, russia, pashinyan, nobody = attached
    assert government.kind == ActorKind.GROUP
    assert government.role == "my note"
    assert government.aliases == ("Yerevan",)
    assert government.mention_count == 9  # every "Yerevan"
    assert russia.aliases == ()
    assert {"Moscow", "Kremlin"} <= {mention.surface for mention in russia.mentions}
    assert pashinyan.role == "PM"
    assert pashinyan.mention_count == 7
    assert nobody.mentions == ()
    for actor in attached:
        for mention in actor.mentions:
            assert seed.text_of(mention.span) == mention.surface
