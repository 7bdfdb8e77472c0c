"""The actors' word lists and gazetteer files are well formed (a comma in a flow mapping or a
bare 'no' silently changes what they say)."""

from __future__ import annotations

from briefing import data


def test_every_organisation_entry_has_only_known_keys_and_a_text_name() -> None:
    for entry in data.load("organisations.yaml"):
        assert set(entry) <= {"name", "short", "aliases", "kind"}, entry
        assert isinstance(entry["name"], str) and entry["name"], entry
        assert all(isinstance(alias, str) for alias in entry.get("aliases") or ()), entry


def test_no_form_names_two_organisations() -> None:
    seen: dict[str, str] = {}
    for entry in data.load("organisations.yaml"):
        for form in (entry["name"], entry.get("short"), *(entry.get("aliases") or ())):
            if form:
                assert seen.setdefault(form, entry["name"]) == entry["name"], form


def test_curated_places_and_groups_are_well_formed() -> None:
    curated = data.load("aliases.yaml")
    for key in ("places", "groups", "extra_countries"):
        for entry in curated[key]:
            assert set(entry) <= {"name", "aliases"}, entry
            assert all(isinstance(alias, str) for alias in entry.get("aliases") or ()), entry
    for entry in curated["homonyms"]:
        assert {"form", "country", "other_cues", "country_cues"} <= set(entry)


def test_actor_word_lists_are_words() -> None:
    stop = data.load("actor_stopwords.yaml")
    for key, value in stop.items():
        if isinstance(value, dict):
            value = [form for forms in value.values() for form in forms]
        items = value
        assert all(isinstance(item, str) for item in items), key
    names = data.load("names.yaml")
    assert all(isinstance(name, str) for name in names["more_given_names"])
