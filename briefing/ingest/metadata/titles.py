"""Headlines: site suffixes go to the source, and a label meets its description.

" | Site", " - Site", " — Site", " : Site" suffixes are split off; a trailing kicker sentence
("... No End in Sight. The Big Five 22 February edition.") goes too. Static sites often keep a
short label in `title` and the headline, or its second half, in `description` (`choose_title`).
"""

from __future__ import annotations

import re

from briefing.ingest.metadata.words import lexicon


_SUFFIX = re.compile(r"^(?P<title>.+?)\s+(?:[|–—:]|-{1,2}|::)\s+(?P<site>[^|–—:]+)$")
_KICKER = re.compile(r"^(?P<title>.*[a-z]{2}[a-z’'\)]?)\.\s+(?P<rest>[A-Z].*)$")


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """(headline, site) from "Headline | Site", "Headline - Site", "Headline — Site" or
    "Headline | Section | Site".

    The site part must be short (at most five words) and capitalised or a domain, and the
    headline part at least three words, so "Russia and Ukraine - the view from Kyiv" keeps its
    dash. A trailing kicker sentence ("Four Years of War. The Big Five 22 February edition.")
    goes too: a headline is one sentence.
    """
    title = " ".join(title.split())
    site = None
    bars = [part.strip() for part in title.split(" | ")]
    if len(bars) >= 3 and all(bars):
        # "Headline | Section | Site": the headline is the longest part, the site the last.
        head = max(bars[:-1], key=lambda part: len(part.split()))
        if len(head.split()) >= 2 and len(bars[-1].split()) <= 5:
            return head, bars[-1]
    match = _SUFFIX.match(title)
    if match:
        head, tail = match["title"].strip(), match["site"].strip()
        words = tail.split()
        capitalised = all(word[0].isupper() or not word[0].isalpha() for word in words[:1])
        is_domain = bool(re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", tail))
        if len(head.split()) >= 3 and len(words) <= 5 and (capitalised or is_domain):
            title, site = head, tail
    kicker = _KICKER.match(title)
    if (
        kicker
        and len(kicker["title"].split()) >= 3
        and not kicker["rest"].endswith("?")
        and _balanced(kicker["title"])
    ):
        title = kicker["title"]
    return title, site


def _balanced(text: str) -> bool:
    """No quotation left open: "on ‘Meth. We’re on it.’" must not be cut at its full stop."""
    return (
        text.count("‘") <= text.count("’")
        and text.count("“") == text.count("”")
        and text.count('"') % 2 == 0
    )


def _content_words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W_]+", text) if len(word) > 3}


def choose_title(label: str | None, subtitle: str | None) -> str | None:
    """The headline from a title field and a description (or subtitle) field.

    Static sites often keep a short label in `title` and the headline, or the second half of
    it, in `description`. The description is the headline when it holds the label's words;
    a short phrase that is not a sentence completes the label ("Sudan's Nadir?" and "Pressing
    Needs and New Realities"); a sentence (a standfirst) is left aside. A label that is a series
    or section kicker ("Mekong Brief", `is_kicker`) names the column, not the title's first
    half: the description alone is then the headline.
    """
    if not subtitle:
        return label
    subtitle = " ".join(subtitle.split())
    words = subtitle.split()
    sentence = (
        subtitle.endswith((".", "!"))
        or len(words) > 16
        or re.match(r"(?:\S+\s+){0,2}by\s", subtitle, re.I) is not None
    )
    if not label:
        return None if sentence else subtitle
    if sentence or not subtitle[0].isupper():
        return label
    if is_kicker(label):
        return subtitle
    if _content_words(label) <= _content_words(subtitle):
        return subtitle
    if _content_words(subtitle) <= _content_words(label):
        return label
    joiner = " " if label.endswith(("?", "!", ":")) else ": "
    return label + joiner + subtitle


def is_kicker(label: str) -> bool:
    """A series or section kicker ("Mekong Brief", "Expert Comment", "Europe Watch"): a short
    label whose last word is a genre or column noun (`kicker_heads` in metadata.json)."""
    words = re.findall(r"[^\W\d_][\w&'’-]*", label)
    return 1 <= len(words) <= 4 and words[-1].casefold() in lexicon()["kicker_heads"]
