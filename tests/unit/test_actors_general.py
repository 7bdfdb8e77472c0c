"""Actors found by general rules rather than by the gazetteer (issue 13): places that hold
another name, documents, facilities, family names, terms, companies named once, spellings.
Every input is invented for the test."""

from __future__ import annotations

from briefing import data
from briefing.analysis.actors import find_actors
from briefing.analysis.actors.names import surname
from briefing.analysis.sentences import split_sentences
from briefing.model import Actor, ActorKind, Article, Metadata, Paragraph


def _actors(*paragraphs: str, title: str = "test") -> dict[str, Actor]:
    article = Article(
        Metadata(title), tuple(Paragraph(i, text) for i, text in enumerate(paragraphs))
    )
    return {actor.name: actor for actor in find_actors(article, split_sentences(article))}


def test_a_head_of_name_place_is_one_place() -> None:
    actors = _actors(
        "Tankers avoid the Gulf of Aden and wait in the Sea of Japan. Japan protested, and "
        "patrols crossed the Strait of Kerch twice."
    )
    for place in ("Gulf of Aden", "Sea of Japan", "Strait of Kerch"):
        assert actors[place].kind == ActorKind.PLACE
    assert "Gulf" not in actors and "Aden" not in actors
    assert [m.surface for m in actors["Japan"].mentions] == ["Japan"]


def test_a_convention_or_a_treaty_is_a_document_not_an_organisation() -> None:
    actors = _actors(
        "Under the Convention on Maritime Passage (COMPASS), Norland has few powers. The "
        "COMPASS rules and the Treaty of Vellmar bind it; COMPASS is old."
    )
    assert "COMPASS" not in actors
    assert not any("Convention" in name or "Treaty" in name for name in actors)


def test_a_name_before_a_facility_noun_is_a_place_not_a_person() -> None:
    actors = _actors("India runs the Omar Farahani terminal at Jask, and ships call there.")
    assert actors["Omar Farahani"].kind == ActorKind.PLACE


def test_a_family_name_two_people_share_is_an_alias_of_neither() -> None:
    actors = _actors(
        "Prime Minister Somchai Wongsakul met Niran Wongsakul, his sister, in Bangkok. "
        "Somchai Wongsakul said little; Niran Wongsakul spoke."
    )
    for person in ("Somchai Wongsakul", "Niran Wongsakul"):
        assert actors[person].kind == ActorKind.PERSON
        assert "Wongsakul" not in actors[person].aliases


def test_a_family_name_written_first_is_the_short_name() -> None:
    assert surname("Hun Sen") == "Hun"
    assert surname("Sok Rithy") == "Sok"
    assert surname("Tran Van Binh") == "Tran"
    assert surname("Kim Darroch") == "Darroch"  # "Kim" opens two words as a given name
    actors = _actors("Senate President Sok Rithy spoke. Sok Rithy then left for Phnom Penh.")
    assert "Sok" in actors["Sok Rithy"].aliases
    assert "Rithy" not in actors["Sok Rithy"].aliases


def test_an_acronym_defined_by_a_lower_case_phrase_is_a_term() -> None:
    actors = _actors(
        "Banks test distributed ledger technology (DLT). DLT pilots grew, and DLT is cheap.",
        "The ZKSR group, an advanced persistent threat (APT) actor, works with APT tools. "
        "ZKSR denied it; ZKSR is new.",
    )
    assert "DLT" not in actors and "APT" not in actors
    assert actors["ZKSR"].kind == ActorKind.ORGANISATION


def test_a_company_named_once_is_found_by_what_the_text_says_it_is() -> None:
    actors = _actors(
        "Nordvolt, the Swedish battery maker, said repairs would take months. The shipping "
        "company Kestrelline rerouted, and Tarvos's chief executive resigned."
    )
    for company in ("Nordvolt", "Kestrelline", "Tarvos"):
        assert actors[company].kind == ActorKind.ORGANISATION
    assert "Swedish" not in actors


def test_a_given_name_in_apposition_stays_no_company() -> None:
    actors = _actors("Michael, the company's founder, spoke.")
    assert "Michael" not in actors


def test_spelling_variants_of_known_names_are_folded() -> None:
    actors = _actors(
        "Hezballah fired rockets. The Islamic Revolutionary Guards Corps sent advisers, and "
        "the Hay’at Tahrir al-Sham leadership watched."
    )
    # Named as the text writes it, with the usual name among its aliases.
    assert "Hezbollah" in actors["Hezballah"].aliases
    guards = actors["Islamic Revolutionary Guards Corps"]
    assert "Islamic Revolutionary Guard Corps" in guards.aliases
    assert "Hay'at Tahrir al-Sham" in actors["Hay’at Tahrir al-Sham"].aliases


def test_the_gazetteer_is_general_and_says_where_it_comes_from() -> None:
    people = data.load("people.yaml")
    assert len(people) >= 400
    assert len({person["country"] for person in people}) >= 100
    organisations = data.load("organisations.yaml")
    assert len(organisations) >= 350
    assert not any("’" in str(org) for org in organisations)  # folded in matching instead
    names = data.load("names.yaml")
    assert len(names["world_given_names"]) >= 500
    assert "Hun" in names["family_name_first"]


def test_companies_in_a_list_a_company_noun_introduces() -> None:
    actors = _actors(
        "Sanctions hit oil giants, including Petrovna and Kaspoil, and tech firms such as "
        "Zentai, Morvik and Quelle. Countries such as Chile objected."
    )
    for company in ("Petrovna", "Kaspoil", "Zentai", "Morvik", "Quelle"):
        assert actors[company].kind == ActorKind.ORGANISATION
    assert actors["Chile"].kind == ActorKind.COUNTRY


def test_a_family_name_written_first_marks_a_person() -> None:
    actors = _actors("Power passed to Sok Vannak in 1998, and Sok Vannak's allies followed.")
    assert actors["Sok Vannak"].kind == ActorKind.PERSON
    assert len(actors["Sok Vannak"].mentions) == 2
    # An ambiguous family name ("Park") makes no person of "Park Avenue".
    assert "Park Avenue" not in _actors("Offices on Park Avenue closed early.")


def test_a_person_named_in_full_again_without_a_cue_is_the_same_person() -> None:
    actors = _actors(
        "Prime Minister Dalarat Pimsiri met the envoy. The leak led to Dalarat Pimsiri's "
        "suspension, and Thanom Pimsiri, her father, left."
    )
    assert len(actors["Dalarat Pimsiri"].mentions) == 2


def test_a_company_s_legal_form_ends_its_name() -> None:
    actors = _actors(
        "Kallvik Oyj and Tarsen Holdings PLC signed, while Murano SpA and Belgo Minerals SA "
        "waited."
    )
    for company in ("Kallvik Oyj", "Tarsen Holdings PLC", "Murano SpA", "Belgo Minerals SA"):
        assert actors[company].kind == ActorKind.ORGANISATION


def test_an_acronym_cited_in_brackets_as_a_source_is_an_organisation() -> None:
    actors = _actors("Investment across the region rose by 16 percent (WEPRA) last year.")
    assert actors["WEPRA"].kind == ActorKind.ORGANISATION
    assert "GDP" not in _actors("Output fell by 2 percent (GDP) in the north.")


def test_a_company_named_by_several_words_or_an_acronym_is_kept_whole() -> None:
    actors = _actors(
        "The state miner signed contracts with the Chinese consortium KTBC and the Russian "
        "firm Tellur Nine. Critics objected."
    )
    assert actors["Tellur Nine"].kind == ActorKind.ORGANISATION
    assert "Tellur" not in actors
    assert actors["KTBC"].kind == ActorKind.ORGANISATION


def test_a_seat_of_government_names_its_country() -> None:
    actors = _actors("La Paz signed with Beijing, and Bolivia's senate objected.")
    assert [m.surface for m in actors["Bolivia"].mentions] == ["La Paz", "Bolivia"]


def test_a_named_operation_is_an_organisation() -> None:
    actors = _actors("Frigates of Operation Kestrel Shield escorted tankers past Yemen.")
    assert actors["Operation Kestrel Shield"].kind == ActorKind.ORGANISATION
