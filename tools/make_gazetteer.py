"""Generate briefing/data/countries.json from the `countryinfo` package (MIT), once.

countryinfo is a build-time source, not a runtime dependency: the analysis reads the small JSON
table this script writes. Run it again only to refresh the table:

    .venv/bin/python tools/make_gazetteer.py

The cleaning here is mechanical (no article-specific choices): keep English-looking alternative
names, split multi-valued demonyms, drop a surface form shared by several entries except for the
most populous one (so "French" is France, not Martinique, and "Indian" is India), and sort.
Curated corrections (renames, extra aliases, ambiguous capitals to ignore) live in
briefing/data/aliases.yaml, which the analysis applies on top of this table. The analysis reads
the table's demonyms as adjectival uses ("Russian officials") and its capitals as metonyms
("Moscow" names Russia but never becomes its name): keep the two fields apart.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "countries.json"

# Words that mark an alternative spelling as an English long form ("Republic of Armenia").
_ENGLISH_LONG_FORM = re.compile(
    r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Confederation|"
    r"Emirates|Islands|Britain|Duchy|Sultanate)\b"
)
_LATIN = re.compile(r"^[A-Za-z .'’-]+$")


def _strings(value: Any) -> list[str]:
    """A field that may be missing, a string or a list, as a list of clean strings."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]


def _alt_names(name: str, spellings: list[str]) -> list[str]:
    """English alternative names: long forms, or short variants sharing the name's stem."""
    stem = name.removeprefix("The ")[:4].lower()
    keep = []
    for alt in spellings:
        if len(alt) <= 3 or not _LATIN.match(alt) or "," in alt or alt == name:
            continue
        if _ENGLISH_LONG_FORM.search(alt) or alt.removeprefix("The ")[:4].lower() == stem:
            keep.append(alt)
    return keep


def _demonyms(value: Any, name: str) -> list[str]:
    found: list[str] = []
    for item in _strings(value):
        for part in re.split(r"[,/]", item):
            part = part.strip()
            if part and part != name and " and " not in part:
                found.append(part)
    return found


def build() -> list[dict[str, Any]]:
    """One record per country or territory, with surface forms unique across the table."""
    from countryinfo import all_countries  # build-time only

    records: list[dict[str, Any]] = []
    for country in all_countries():
        info = country.info()
        name = info.get("name")
        if not isinstance(name, str) or "," in name or "(" in name:
            continue
        iso = info.get("ISO") or {}
        capitals = [c for c in _strings(info.get("capital")) if "/" not in c and c != name]
        records.append(
            {
                "name": name,
                "iso2": iso.get("alpha2"),
                "iso3": iso.get("alpha3"),
                "capitals": capitals,
                "demonyms": _demonyms(info.get("demonym"), name),
                "alt_names": _alt_names(name, _strings(info.get("altSpellings"))),
                "population": int(info.get("population") or 0),
                "region": info.get("region") or None,
            }
        )
    return _unique_surfaces(_merge_same_code(records))


def _merge_same_code(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """countryinfo lists a few states twice (Burma and Myanmar): fold them into the larger."""
    by_code: dict[str, dict[str, Any]] = {}
    merged: list[dict[str, Any]] = []
    for record in sorted(records, key=lambda r: -r["population"]):
        code = record["iso3"]
        first = by_code.get(code) if code else None
        if first is None:
            if code:
                by_code[code] = record
            merged.append(record)
            continue
        for field in ("capitals", "demonyms", "alt_names"):
            first[field] = list(dict.fromkeys([*first[field], *record[field]]))
        first["alt_names"].append(record["name"])
    return merged


def _unique_surfaces(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each surface form to the most populous entry that has it; drop duplicates."""
    owner: dict[str, tuple[int, str]] = {}
    for record in records:
        forms = [record["name"], *record["capitals"], *record["demonyms"], *record["alt_names"]]
        for form in forms:
            best = owner.get(form)
            if best is None or record["population"] > best[0]:
                owner[form] = (record["population"], record["name"])
    names_seen: set[str] = set()
    cleaned = []
    for record in sorted(records, key=lambda r: (-r["population"], r["name"])):
        if owner[record["name"]][1] != record["name"] or record["name"] in names_seen:
            continue
        names_seen.add(record["name"])
        for field in ("capitals", "demonyms", "alt_names"):
            kept = [f for f in dict.fromkeys(record[field]) if owner[f][1] == record["name"]]
            record[field] = kept
        cleaned.append(record)
    return sorted(cleaned, key=lambda r: r["name"])


def main() -> None:
    records = build()
    lines = ",\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    OUT.write_text("[\n" + lines + "\n]\n", encoding="utf-8")
    print(f"wrote {len(records)} countries to {OUT}")


if __name__ == "__main__":
    main()
