"""Raw text, as copied from a web page or typed: body paragraphs plus what the header says.

The page's lines go through the boilerplate classifier (`boilerplate.py`), which picks the
stretch that is the article. A front matter block at the very top (`front_matter.py`) gives
its fields first. The lines above the article (the header) and its first few lines are read for
the rest with `metadata/`: the document title line ("Headline | Site"), the site line ("CPC -
Caspian Policy Center"), the headline (often repeated, once in lower case; a short label above
it joins it), the byline ("By A and B", "A and B | 2022.07.18", "By" then one name a line, a
bare name next to the date line) and the date line; only a line that is a date and little else
is read as one, never the running text. Bios, copyright, disclaimer and credit lines anywhere
on the page complete the authors and the source. Inside the article, bylines, date lines, the
headline and known furniture (captions, bios, pull quotes, notices: `body.py` and
`furniture.py`) is dropped, the
standfirst and endnotes are kept aside; every other paragraph is kept exactly as written, less
surrounding whitespace (non-breaking spaces included).

Paragraphs are lines, or the joined lines of a hard-wrapped paragraph (`paragraphs.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from briefing.ingest.body import text_body
from briefing.ingest.paragraphs import paragraphs_of
from briefing.ingest.boilerplate import Line, article_lines
from briefing.ingest.front_matter import (
    FrontFields,
    FrontMatter,
    read_fields,
    split_front_matter,
)
from briefing.ingest.metadata import (
    bare_names,
    bio_affiliation,
    byline,
    choose_title,
    complete_authors,
    join_names,
    labelled_byline,
    labelled_date,
    republished_by,
    site_of_url,
    source_in_lines,
    split_names,
    split_site_suffix,
    wire_credit,
)
from briefing.ingest.metadata import date_line as _date_line
from briefing.model import Article, Metadata, Paragraph, SourceFormat

_SEPARATORS = re.compile(r"\s+[-|–—·:]\s+")
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LABEL_ONLY = re.compile(
    r"^(?:by|authors?|written by|contributors?|words by|author\(s\))\s*:?$", re.I
)
_HEADER_REACH = 40
"""How many lines above the article are read for metadata."""
_LEAD = 4
"""How many lines opening the article may still be its byline or date line."""


@dataclass(frozen=True, slots=True)
class _Header:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None
    source: str | None = None
    et_al: bool = False


def blocks_of(text: str) -> list[str]:
    """The page's blocks: one paragraph each, lines split or joined by `paragraphs.py`."""
    return paragraphs_of(text)


def parse_text(text: str, path: Path | None = None) -> Article:
    """Strip the page furniture from `text` and read its header; see the module docstring."""
    front = split_front_matter(text, path, strict=True)
    blocks = blocks_of(front.body)
    lines, first, end = article_lines(blocks)
    header = read_header(
        lines[max(0, first - _HEADER_REACH) : first], lines[:1], lines[first : first + _LEAD]
    )
    found = text_body(lines, first, end, header.title, _is_meta_line)
    body = list(found.paragraphs)
    if not body:
        body = [line.text for line in lines]
    if header.title is None and len(body) > 2 and _leading_headline(body[0]):
        # The headline set as the body's first line, full stop and all ("Poll: Voters Abandon
        # Party."), as text saved from news feeds often is.
        header = replace(header, title=_without_stop(body.pop(0)))
    meta = _metadata(header, blocks, body, front, path)
    return Article(
        meta,
        tuple(Paragraph(index, text) for index, text in enumerate(body)),
        found.headings,
        standfirst=found.standfirst,
        notes=found.notes,
    )


def _metadata(
    header: _Header, blocks: list[str], body: list[str], front: FrontMatter, path: Path | None
) -> Metadata:
    """The header's fields, under what a front matter states, completed from the page's bios
    and footer (copyright, disclaimer) lines."""
    fields = read_fields(front.fields, path)
    stem = path.stem.replace("-", " ").replace("_", " ") if path else "Untitled"
    if fields.authors:
        authors = complete_authors(fields.authors, fields.et_al, blocks)
    elif header.authors:
        authors = complete_authors(header.authors, header.et_al, blocks)
    else:  # a byline set under the article, a bio at its foot, a wire story's agency
        found = labelled_byline(blocks)
        authors = complete_authors(found.names if found else (), False, blocks)
        if not authors and (wire := wire_credit(body)):
            authors = wire.names
    return Metadata(
        title=fields.title or header.title or stem,
        author=join_names(authors),
        published=fields.published or header.published or labelled_date(blocks),
        source=fields.source
        or republished_by(blocks)
        or header.source
        or source_in_lines(blocks)
        or site_of_url(fields.url)
        or bio_affiliation(blocks),
        url=fields.url,
        path=path,
        format=SourceFormat.TEXT,
        authors=authors,
        warnings=((front.warning,) if front.warning else ()) + fields.warnings,
    )


def page_metadata(text: str) -> FrontFields:
    """The metadata a whole page's text holds (a crawl capture's content), as front matter
    fields: no title when the page names none."""
    meta = parse_text(text).meta
    return FrontFields(
        title=None if meta.title == "Untitled" else meta.title,
        authors=meta.authors,
        published=meta.published,
        source=meta.source,
    )


def read_header(header: list[Line], top: list[Line], lead: list[Line] | None = None) -> _Header:
    """Title, authors, date and source from the lines above the article and the first line;
    the byline and date line may also open the article (`lead`, its first lines)."""
    texts = [line.text for line in header]
    lead = lead or []
    names, et_al = _header_authors(texts + [line.text for line in lead])
    published = next((day for text in reversed(texts) if (day := date_line(text))), None)
    if published is None:
        published = next((day for line in lead if (day := date_line(line.text))), None)
    site_title, source = _site_line(top[0].text) if top else (None, None)
    title = _headline(header) or site_title
    if top:
        title, source = _document_title(top[0].text, title, texts, source)
    if title and header and header[0] is (top[0] if top else None):
        title = _with_label(title, texts)
    if title:
        title, site = split_site_suffix(title)
        source = source or site
    if source is None and title and top and top[0].text != title:
        source = _source_after_title(top[0].text, title)
    return _Header(title, names, published, source, et_al)


def _document_title(
    first: str, headline: str | None, texts: list[str], source: str | None
) -> tuple[str | None, str | None]:
    """(title, source) weighing the page's first line when it reads "Headline | Site".

    A whole-page copy starts with the document's title as the browser shows it. Its headline
    wins when the page sets it again as a line, or when the nearest title-like line above the
    article shares few of its words (that line is then a menu item, a share button or a
    teaser); the page's own headline wins when the two agree.
    """
    head, site = split_site_suffix(first)
    if not site:
        return headline, source
    source = source or site
    if headline is None or head in texts:
        return head, source
    mine, theirs = _words_of(headline), _words_of(head)
    if theirs and len(mine & theirs) >= 0.5 * min(len(mine), len(theirs)):
        return headline, source
    return head, source


def _words_of(text: str) -> set[str]:
    return {word.casefold() for word in _HEADLINE_WORD.findall(text) if len(word) > 2}


def _header_authors(texts: list[str]) -> tuple[tuple[str, ...], bool]:
    """The header's byline, by the strength of its cue: a byline line ("By A and B", "A and B |
    2022.07.18"); a label line ("By", "Authors") followed by one name a line, as pages laid
    out in blocks copy; else a bare name line ("Tom Krisher, AP Auto Writer") next to the
    date line."""
    for text in texts:
        found = byline(text)
        if found:
            return found.names, found.et_al
    for index, text in enumerate(texts):
        if _LABEL_ONLY.match(text.strip()):
            names: list[str] = []
            for after in texts[index + 1 : index + 9]:
                one = split_names(after)
                if one is None or len(one.names) != 1 or after.strip() != one.names[0]:
                    break
                names.append(one.names[0])
            if names:
                return tuple(dict.fromkeys(names)), False
    for index, text in enumerate(texts):
        near = texts[max(0, index - 1) : index] + texts[index + 1 : index + 2]
        found = bare_names(text) if any(date_line(other) for other in near) else None
        if found:
            return found.names, found.et_al
    return (), False


def _with_label(title: str, texts: list[str]) -> str:
    """The headline completed by the short label set just above it ("Niger's Coup" over
    "Unleashing Uranium, ..."), as reposting sites lay out a label and a subtitle; a label
    whose words the headline already holds ("Azerbaijan's Pivot") adds nothing, nor does a
    series kicker ("Mekong Brief", `titles.is_kicker`) or a label over a headline that already
    has two halves ("Dams Before Fish: Why ...")."""
    if title not in texts:
        return title
    # Only in a bare header: the masthead, the label, the headline. Above a headline set under
    # menus, the line before it is a section kicker or a menu item ("Sign in"), not a label.
    if texts.index(title) != 2:
        return title
    label = texts[1]
    words = label.split()
    if not 2 <= len(words) <= 8 or label.endswith((".", ",", ";")) or not headline_case(
        label + " " + title
    ):
        return title
    if _is_meta_line(label) or texts.count(label) > 1 or not label[0].isupper():
        return title
    if re.search(r"\w[:?]\s", title):
        return title  # "Dams Before Fish: Why ...": the headline has its own two halves
    return choose_title(label, title) or title


def byline_name(text: str) -> str | None:
    """The names in a byline ("Author: Nicholas Castillo", "By Jane Doe | Reuters", "By A and
    B"), joined as the `author` field writes them; else None."""
    found = byline(text)
    return join_names(found.names) if found else None


def date_line(text: str) -> date | None:
    """The date of a line that is a date and little else ("Oct 31, 2023", "Updated: 19.11.2019");
    read by `metadata.date_line`, dotted numeric dates day first."""
    return _date_line(text)


def _is_meta_line(text: str) -> bool:
    """A byline or a date line: metadata, not body."""
    if len(text) > 400:  # a paragraph: neither
        return False
    return byline(text) is not None or date_line(text) is not None


def _headline(header: list[Line]) -> str | None:
    """The headline: the title-like line nearest the article, preferring one the page repeats."""
    candidates = [line.text for line in header if _title_like(line)]
    if not candidates:
        return None
    keys = [text.casefold() for text in candidates]
    repeated = [text for text, key in zip(candidates, keys, strict=True) if keys.count(key) > 1]
    pool = repeated or candidates
    best = pool[-1]
    # Of a repeated pair ("as relations..." / "As Relations..."), keep the one with capitals.
    same = [text for text in pool if text.casefold() == best.casefold()]
    return _without_stop(max(same, key=lambda text: sum(char.isupper() for char in text)))


def _leading_headline(text: str) -> bool:
    """A first line that reads as a headline: headline case, or one short sentence (no lead
    paragraph is a dozen words)."""
    words = len(text.split())
    one_sentence = not re.search(r"[.!?][\"'’”]?\s+[A-Z]", text)
    return headline_case(text) or (3 <= words <= 16 and one_sentence)


def _without_stop(title: str) -> str:
    """ "Voters Abandon Party." loses its full stop; "Talks With the U.S." keeps it."""
    return title[:-1] if title.endswith(".") and title[-2:-1].islower() else title


def headline_case(text: str) -> bool:
    """Words capitalised as headlines are ("Wealthy Voters Abandon Republican Party"): most of
    the words of four letters or more start with a capital, in a line of 3 to 25 words."""
    words: list[str] = _HEADLINE_WORD.findall(text)
    long = [word for word in words if len(word) >= 4]
    if not 3 <= len(words) <= 25 or not long:
        return False
    return sum(word[0].isupper() for word in long) >= 0.6 * len(long)


def _title_like(line: Line) -> bool:
    """A line that could be a headline: a few words, no full stop, not furniture or metadata."""
    words = len(line.text.split())
    return (
        3 <= words <= 25
        and not line.furniture
        and (not line.text.endswith(".") or headline_case(line.text))
        and not _is_meta_line(line.text)
        and not _SEPARATORS.search(line.text[:1])
        and any(char.isupper() for char in line.text)
    )


def _site_line(text: str) -> tuple[str | None, str | None]:
    """(title, source) from a first line such as "CPC - Caspian Policy Center" or "Title | Site"."""
    parts = [part.strip() for part in _SEPARATORS.split(text) if part.strip()]
    if len(parts) != 2:
        return None, None
    left, right = parts
    if _initials_of(left, right):
        return None, right
    if _initials_of(right, left):
        return None, left
    return None, None


def _source_after_title(text: str, title: str) -> str | None:
    """The site in a "Headline - Site" first line, when the headline is the article's title."""
    if not text.casefold().startswith(title.casefold()):
        return None
    rest = _SEPARATORS.sub(" ", text[len(title) :], count=1).strip(" -|–—:")
    return rest if rest and len(rest.split()) <= 6 else None


def _initials_of(short: str, long: str) -> bool:
    """True when `short` is an acronym of `long` ("CPC" of "Caspian Policy Center")."""
    if not short.isupper() or " " in short or len(short) < 2:
        return False
    initials = "".join(word[0] for word in long.split() if word[:1].isupper())
    return short == initials
