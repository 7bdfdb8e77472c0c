"""Actors named whole and apart: acronym definitions, names that share a word, written names."""

from __future__ import annotations

from briefing.analysis.actors import find_actors
from briefing.analysis.sentences import split_sentences
from briefing.model import Actor, ActorKind, Article, Metadata, Paragraph


def _actors(*paragraphs: str, title: str = "test") -> tuple[Actor, ...]:
    article = Article(
        Metadata(title), tuple(Paragraph(i, text) for i, text in enumerate(paragraphs))
    )
    return find_actors(article, split_sentences(article))


def _by_name(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return {actor.name: actor for actor in actors}


def test_a_party_defined_by_its_acronym_is_not_the_us_congress() -> None:
    actors = _by_name(
        _actors(
            "Zuma's rivals in the Freedom Alliance Congress (FAC) lost ground. The FAC will "
            "govern with others, while the US Congress watched."
        )
    )
    party = actors["Freedom Alliance Congress"]
    assert party.kind == ActorKind.ORGANISATION
    assert [m.surface for m in party.mentions] == ["Freedom Alliance Congress", "FAC"]
    congress = actors["US Congress"]
    assert [m.surface for m in congress.mentions] == ["US Congress"]


def test_a_known_one_word_body_after_a_capitalised_adjective_is_another_body() -> None:
    actors = _by_name(_actors("Delegates of the Pan-Andean National Congress met in Lima."))
    assert "US Congress" not in actors


def test_a_country_before_a_defined_name_stays_in_the_name() -> None:
    actors = _by_name(
        _actors(
            "Kurds in the Ruritanian Democratic Forces (RDF) hold the east. Later the RDF "
            "withdrew from Ruritania.",
            "The Freedonia People's Front (FPF) won. FPF leaders celebrated in Freedonia.",
        )
    )
    assert actors["Ruritanian Democratic Forces"].mention_count == 2
    assert actors["Freedonia People's Front"].mention_count == 2


def test_known_countries_are_not_swallowed_or_split() -> None:
    actors = _by_name(
        _actors(
            "The People's Republic of China objects. The Republic of China is Taiwan's formal "
            "name. China's navy sailed."
        )
    )
    china = actors["China"]
    assert "People's Republic of China" in {m.surface for m in china.mentions}
    taiwan = actors["Taiwan"]
    assert {m.surface for m in taiwan.mentions} == {"Republic of China", "Taiwan"}


def test_definitions_in_every_shape() -> None:
    actors = _by_name(
        _actors(
            "The fight pits Jabhat Tahrir al-Sahil's (JTS's) men against the rest. JTS lost.",
            "The second scenario involves the KRP (Kurdish Renewal Party) reviving. KRP "
            "leaders met.",
            "The Coordinating Committee for Multilateral Export Controls (CoCom) was set up. "
            "CoCom closed in 1994.",
            "Fighters of Jama'at Nasr al-Din wal-Ansar (JNDA) attacked. JNDA fled.",
        )
    )
    assert actors["Jabhat Tahrir al-Sahil"].mention_count == 2
    assert actors["Kurdish Renewal Party"].mention_count == 2  # "KRP" twice; the gloss echoes
    assert actors["Coordinating Committee for Multilateral Export Controls"].mention_count == 2
    assert actors["Jama'at Nasr al-Din wal-Ansar"].mention_count == 2


def test_an_acronym_spelled_by_other_words_is_another_body() -> None:
    actors = _by_name(
        _actors("The International Cricket Council (ICC) met. The ICC fined a team.")
    )
    assert actors["International Cricket Council"].mention_count == 2
    assert "International Criminal Court" not in actors


def test_organisation_names_keep_their_first_word() -> None:
    actors = _by_name(
        _actors(
            "Rules came from the National Institute of Standards and Technology last year. "
            "The Foreign Office disagreed, and the Federal Maritime Board stayed silent."
        )
    )
    assert "National Institute of Standards and Technology" in actors
    every_form = {form for actor in actors.values() for form in (actor.name, *actor.aliases)}
    assert "Foreign Office" in every_form
    assert "Federal Maritime Board" in actors


def test_a_given_name_after_a_country_starts_a_person() -> None:
    actors = _by_name(
        _actors("On Monday the US envoy for Syria Tom Merrow met rebels. Merrow left.")
    )
    assert actors["Tom Merrow"].mention_count == 2


def test_a_state_is_named_as_the_text_writes_it() -> None:
    actors = _by_name(_actors("The US and the UK agreed. US troops and UK ships sailed."))
    assert actors["US"].kind == ActorKind.COUNTRY
    assert "United States" in actors["US"].aliases
    assert "UK" in actors


def test_a_person_and_an_organisation_keep_their_canonical_names() -> None:
    actors = _by_name(_actors("Pashinyan spoke in Brussels. The EU listened."))
    assert "Nikol Pashinyan" in actors
    assert "European Union" in actors


def test_georgia_the_us_state_is_not_the_country() -> None:
    """Case 08 (georgia-state), with its own words: Atlanta, a governor, "the state"."""
    actors = _actors(
        "A solar panel maker will build a plant in Georgia, its second in the state. "
        "Governor Ann Lowry said in Atlanta that Georgia was open for business.",
        "Lawmakers in Georgia's legislature and officials in Washington praised the deal; "
        "county leaders were cautious.",
    )
    georgia = _by_name(actors)["Georgia"]
    assert georgia.kind == ActorKind.PLACE
    countries = [actor for actor in actors if actor.kind == ActorKind.COUNTRY]
    assert all(actor.name != "Georgia" for actor in countries)


def test_georgia_the_country_stays_a_country() -> None:
    actors = _by_name(
        _actors(
            "Georgia's ruling party won again. Protesters filled Tbilisi while the Georgian "
            "Dream government looked to Moscow, and the governor of a county in Kakheti resigned."
        )
    )
    assert actors["Georgia"].kind == ActorKind.COUNTRY
    assert "Georgian Dream" in actors


def test_hyphenated_given_names_stay_whole() -> None:
    actors = _by_name(
        _actors(
            "Taipei mayor Kuo Ming-je ran against the field. Kuo said he would win, while a "
            "Senator Mary Lo-era rule stayed."
        )
    )
    kuo = actors["Kuo Ming-je"]
    assert kuo.kind == ActorKind.PERSON
    assert [m.surface for m in kuo.mentions] == ["Kuo Ming-je", "Kuo"]
    assert "Kuo Ming" not in actors
    assert "Mary Lo-era" not in actors


def test_a_leaders_administration_is_an_organisation() -> None:
    actors = _by_name(
        _actors(
            "The Biden administration and the second Trump administration differ. Trump said "
            "so; the Trump Administration later agreed, and Biden did not."
        )
    )
    # One actor under either capitalisation.
    [trump_administration] = [a for n, a in actors.items() if n.lower() == "trump administration"]
    assert trump_administration.kind == ActorKind.ORGANISATION
    assert trump_administration.mention_count == 2
    assert actors["Biden administration"].mention_count == 1
    assert [m.surface for m in actors["Donald Trump"].mentions] == ["Trump"]
    assert [m.surface for m in actors["Joe Biden"].mentions] == ["Biden"]


def test_a_person_named_with_a_title_keeps_the_titled_form_as_an_alias() -> None:
    actors = _by_name(
        _actors("The dissent, from Lord Hallam, was sharp. Prime Minister Pashinyan spoke.")
    )
    assert "Lord Hallam" in actors["Hallam"].aliases
    assert "Prime Minister Pashinyan" in actors["Nikol Pashinyan"].aliases


def test_a_quoted_nickname_inside_a_name_is_one_person() -> None:
    actors = _by_name(
        _actors(
            "Fighting pits the army against Ahmed Salim “Tiger” Karrar’s militia. Tiger’s "
            "firms profit, and Tiger said so."
        )
    )
    person = actors["Ahmed Salim “Tiger” Karrar"]
    assert person.kind == ActorKind.PERSON
    surfaces = [m.surface for m in person.mentions]
    assert surfaces == ["Ahmed Salim “Tiger” Karrar", "Tiger", "Tiger"]
    assert "Tiger" in person.aliases


def test_title_words_name_nobody() -> None:
    actors = _by_name(
        _actors(
            "What the then President Elect Trump said was clear. Later, Secretary General "
            "Antonio Guterres agreed."
        )
    )
    assert "Elect Trump" not in actors
    assert "General" not in actors
    assert "Trump" in actors["Donald Trump"].aliases


def test_regions_and_cities_are_places() -> None:
    actors = _by_name(_actors("Fighting spread from Darfur to Kordofan and reached Aleppo."))
    assert {actors[name].kind for name in ("Darfur", "Kordofan", "Aleppo")} == {ActorKind.PLACE}


def test_a_relative_sharing_a_surname_is_a_person_of_their_own() -> None:
    actors = _by_name(
        _actors(
            "Prime Minister Sompong Rattanakul leads. In the 1990s, Chaiyut Rattanakul rose "
            "to power. The daughter of former Prime Minister Chaiyut phoned a rival."
        )
    )
    chaiyut = actors["Chaiyut Rattanakul"]
    assert [m.surface for m in chaiyut.mentions] == ["Chaiyut Rattanakul", "Chaiyut"]
    assert [m.surface for m in actors["Sompong Rattanakul"].mentions] == [
        "Sompong Rattanakul"
    ]


def test_a_demonym_before_an_institution_names_the_institution() -> None:
    actors = _by_name(
        _actors(
            "The Syrian government and the Syrian regime differ. Russian army units and the "
            "Russian military left. Russian officials and Russian media spoke for Russia."
        )
    )
    government = actors["Syrian government"]
    assert government.kind == ActorKind.ORGANISATION
    assert [m.surface for m in government.mentions] == ["Syrian government", "Syrian regime"]
    assert [m.surface for m in actors["Russian army"].mentions] == [
        "Russian army",
        "Russian military",
    ]
    assert [m.surface for m in actors["Russia"].adjectival] == ["Russian", "Russian"]


def test_an_actor_only_used_as_an_adjective_is_not_listed() -> None:
    # "Eurasian integration" names no Eurasia: a listed actor has at least one mention.
    names = [
        actor.name
        for actor in _actors(
            "Soviet tanks, Soviet doctrine and Soviet habits shaped it. Estonia objected, "
            "and a Finnish minister too.",
            title="Soviet legacies",
        )
    ]
    assert names == ["Estonia"]


def test_a_reef_or_a_corridor_is_a_place_not_a_person() -> None:
    actors = _by_name(
        _actors(
            "Ships blocked boats near Thomas Shoal and Mischief Reef. The Middle Corridor "
            "links Central Asia and Europe."
        )
    )
    for name in ("Thomas Shoal", "Mischief Reef", "Middle Corridor"):
        assert actors[name].kind == ActorKind.PLACE


def test_an_unknown_acronym_used_twice_is_an_organisation() -> None:
    actors = _by_name(
        _actors(
            "The KRTZ review starts. KRTZ rules matter, and GDP grew. HIMARS and HIMARS "
            "arrived. The NDX said no. READ FULL TEXT. FULL STORY: the full story."
        )
    )
    assert "FULL" not in actors
    assert actors["KRTZ"].kind == ActorKind.ORGANISATION
    assert actors["KRTZ"].mention_count == 2
    assert not {"GDP", "HIMARS", "NDX"} & set(actors)


def test_laws_and_treaties_are_not_actors() -> None:
    actors = _by_name(
        _actors(
            "The Taiwan Relations Act binds Washington. The Franco-Siamese Treaty of 1907 and "
            "the Integrated Review matter; the Kiel Institute agreed."
        )
    )
    assert not {"Taiwan Relations Act", "Franco-Siamese Treaty", "Integrated Review"} & set(actors)
    assert "Kiel Institute" in actors


def test_a_short_abbreviation_inside_a_place_name() -> None:
    actors = _by_name(_actors("Talks in St. Petersburg ended in the South. Africa watched."))
    city = actors["St. Petersburg"]  # named as written
    assert city.kind == ActorKind.PLACE
    assert [m.surface for m in city.mentions] == ["St. Petersburg"]
    assert "South Africa" not in actors


def test_company_names_end_in_their_trade() -> None:
    actors = _by_name(
        _actors(
            "Some of the hackers who worked at Integrity Tech were later hired by a firm "
            "called Chengdu Silence Information Technology, according to the report."
        )
    )
    assert actors["Integrity Tech"].kind == ActorKind.ORGANISATION
    assert "Chengdu Silence Information Technology" in actors


def test_curated_actors_get_adjectival_uses_apart() -> None:
    from briefing.analysis.actors import attach_mentions

    article = Article(
        Metadata("t"), (Paragraph(0, "Russian officials met in Moscow. Russia said no."),)
    )
    [russia] = attach_mentions(article, (Actor("Russia", ActorKind.COUNTRY),))
    assert [m.surface for m in russia.mentions] == ["Moscow", "Russia"]
    assert [m.surface for m in russia.adjectival] == ["Russian"]
    assert russia.name == "Russia"


def test_a_titled_form_never_becomes_a_persons_name() -> None:
    actors = _by_name(_actors("Iran's Ayatollah Ali Khamenei spoke, and Khamenei left."))
    assert "Ali Khamenei" in actors
    assert "Ayatollah Ali Khamenei" in actors["Ali Khamenei"].aliases


def test_a_surname_that_looks_like_a_demonym_is_the_person() -> None:
    actors = _by_name(
        _actors(
            "The investor Mark Cuban spoke on Monday. Cuban said the Cuban economy was weak "
            "and that Cuban exports from Cuba fell."
        )
    )
    assert [m.surface for m in actors["Mark Cuban"].mentions] == ["Mark Cuban", "Cuban"]
    assert [m.surface for m in actors["Cuba"].adjectival] == ["Cuban", "Cuban"]
