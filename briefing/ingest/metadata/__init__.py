"""Metadata fields read the same way for every format: dates, bylines, titles and sources.

Every reader (text, Markdown and its front matter, HTML, YAML briefings) hands the raw value of a
field to one function here, so a date or a byline means the same thing whatever file it came in.
One package, imported as one module (`from briefing.ingest.metadata import parse_date`), one
file per field: dates.py, names.py (bylines and bios), titles.py, sources.py.

- **Dates** (`parse_date`): ISO ("2024-04-08", with or without a time), "8 April 2024",
  "April 8, 2024", "Tue, 8 Apr. 2024", year-first dotted "2025.12.03", and dotted numeric dates
  day first ("04.03.2024" is 4 March: the German, Polish, Russian... convention; US pages never
  write dots). A month without a day ("February 2024") is the first of the month with precision
  "month", a bare year (only where a field holds nothing else) the first of January with
  precision "year". Nothing depends on today: dateutil, the fallback for rarer forms, is run
  with two different default dates and a part that changes with them was never written.
- **Bylines** (`byline`, `split_names`): "By A and B", "Written by A, B and C", "A & B",
  "Authors: A; B", "A and B | 2022.07.18"; "et al." is kept as a flag so a reader can complete
  the list from the author bios (`complete_authors`). Names in capitals are set in title case.
- **Titles** (`split_site_suffix`, `choose_title`): " | Site", " - Site", " — Site" suffixes go
  to the source; a front matter `description` that is the real headline wins over a short label.
- **Sources** (`republished_by`, `source_of_line`, `site_of_url`): where the piece first ran
  ("This commentary was originally published by X"), a copyright line ("© 2024 X"), a disclaimer
  ("... do not reflect the views of X"), a producer credit ("Coproduced by X"), else the page
  URL's host. The URL itself is never a source.

Word lists live in briefing/data/metadata.json.
"""

from __future__ import annotations

from briefing.ingest.metadata.dates import (
    Dated,
    date_line,
    labelled_date,
    month_number,
    parse_date,
)
from briefing.ingest.metadata.names import (
    Byline,
    bare_names,
    bio_affiliation,
    bio_name,
    bio_names,
    byline,
    complete_authors,
    join_names,
    labelled_byline,
    split_names,
    wire_credit,
)
from briefing.ingest.metadata.sources import (
    copyright_holder,
    republished_by,
    site_of_url,
    source_in_lines,
    source_of_line,
)
from briefing.ingest.metadata.titles import choose_title, split_site_suffix

__all__ = [
    "Byline",
    "Dated",
    "bare_names",
    "bio_affiliation",
    "bio_name",
    "bio_names",
    "byline",
    "choose_title",
    "complete_authors",
    "copyright_holder",
    "date_line",
    "join_names",
    "labelled_byline",
    "labelled_date",
    "month_number",
    "parse_date",
    "republished_by",
    "site_of_url",
    "source_in_lines",
    "source_of_line",
    "split_names",
    "split_site_suffix",
    "wire_credit",
]
