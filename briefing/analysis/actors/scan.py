"""The actors scanner: one pass over each paragraph's words (linear in the text).

Before reading, the names the text defines ("Full Name (ACR)", quoted nicknames) become forms
of the article's own lexicon (defined.py). Then, for each paragraph:

1. Gazetteer and defined forms are matched longest first (matching.py): "Collective Security
   Treaty Organization", "Moscow", "the Kremlin", "Azeri", "Russian" all land on their actor. A
   match glued to an unknown capitalised word ("Rome Statute", "Washington Post", "New Mexico")
   is part of another name and is dropped; so is a one-word organisation after a capitalised
   adjective (the "Congress" of "African National Congress").
2. The remaining capitalised words form runs. A run followed by an acronym in parentheses binds
   the two. A run with an organisation head word is an organisation (a country written before
   it is part of its name: "Sudanese Armed Forces"), and so is a named operation ("Operation
   Aspides"); one ending in a geographic word, or written before a facility noun ("the Shahid
   Beheshti terminal"), is a place (places.py); one headed by a document's word ("Taiwan
   Relations Act", "Convention on the Law of the Sea") is no actor, nor is the acronym defined
   after it; a run with a title, a verb of saying, a given name or a family name written first
   ("Hun Sen") is a person (names.py).
3. Words still unexplained, and what only the whole text tells, are settled after the last
   paragraph (resolve.py; companies named once: companies.py).

Mentions follow one convention: the span covers the name itself, without a leading article or a
possessive ("Kremlin" in "the Kremlin's", "Baku" in "Baku's"), and without the title (the title
is the actor's `role`). A demonym that qualifies a noun ("Russian officials") and a name fused
to an adjective ("Russia-backed") are adjectival uses, kept apart from mentions; "Minsk-style"
names nothing. Names and aliases are settled by naming.py.
"""

from __future__ import annotations

import re
from operator import attrgetter

from briefing.analysis.actors.defined import define
from briefing.analysis.actors.lexicon import FormKey, Lexicon, tokenize
from briefing.analysis.actors.names import (
    Token,
    has_document_head,
    has_org_head,
    is_acronym,
    is_capitalised,
    is_headline,
    is_titlecase,
    joins,
    person_cue,
    role_before,
    split_connectors,
    split_names,
    strip_titles,
    surname,
    syllable,
    trim,
    words,
)
from briefing.analysis.actors.places import before_facility
from briefing.analysis.actors.matching import drop_glued, match_forms
from briefing.analysis.actors.naming import actor_aliases, without_echoes, written_name
from briefing.analysis.actors.resolve import resolve
from briefing.analysis.actors.state import Found, ParagraphState, Pending
from briefing.model import Actor, ActorKind, Mention, Span

_READING_ORDER = attrgetter("span.paragraph", "span.start", "span.end")
"""A mention's place as a plain tuple: the order `Span`'s own comparison gives, compared in C
(the generated `Span.__lt__` is a Python call per comparison, hundreds per article)."""

_OPEN_PAREN = re.compile(r"\s?\(\s?")

class Scan:
    """Reads paragraphs in order and collects actors; see the module docstring."""

    def __init__(self, lexicon: Lexicon, *, discover: bool = True) -> None:
        self.lexicon = lexicon
        self.discover = discover
        self.entities = dict(lexicon.entities)
        self.local: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        """The article's own forms (acronym definitions), indexed like the lexicon."""
        self.tokenised: dict[int, list[Token]] = {}
        """Paragraphs tokenised by `define`, kept for `paragraph` (each is tokenised once)."""
        self.terms: set[str] = set()
        """Acronyms the text defines as a term or a document ("advanced persistent threat
        (APT)", "Convention on the Law of the Sea (UNCLOS)"): never organisations."""
        self.glosses: set[FormKey | None] = set()
        """Forms a writer glossed a known acronym with; never an actor's name."""
        self.found: dict[str, Found] = {}
        self.acronyms: dict[str, str] = {}
        self.org_forms: dict[str, str] = {}
        self.pending: list[Pending] = []
        self.paragraphs: dict[int, ParagraphState] = {}

    # -- recording ---------------------------------------------------------------------------

    def mention(
        self,
        name: str,
        kind: ActorKind,
        para: ParagraphState,
        first: int,
        last: int,
        *,
        adjectival: bool = False,
    ) -> None:
        """Record that tokens first..last of a paragraph name `name` (or qualify a noun)."""
        start, end = para.tokens[first][0], para.tokens[last][1]
        actor = self.found.get(name)
        if actor is None:
            actor = self.found[name] = Found(name, kind)
        span = Span(para.index, start, end)
        uses = actor.adjectival if adjectival else actor.mentions
        uses.append(Mention(span, para.text[start:end]))
        if kind == ActorKind.PERSON:
            if actor.role is None:
                actor.role = role_before(para.text, para.tokens, first, para.match_start)
            if first > 0 and _titled(para, first):
                actor.titled.append(para.text[_title_start(para, first) : end])

    # -- pass zero: names the article defines ----------------------------------------------

    def define(self, paragraphs: list[tuple[int, str]]) -> None:
        """Learn the names the text defines before matching (defined.py)."""
        define(self, paragraphs)

    def resolve(self) -> None:
        """Settle what only the whole text tells (resolve.py)."""
        resolve(self)

    # -- pass one: a paragraph ---------------------------------------------------------------

    def paragraph(self, index: int, text: str, initial: set[int]) -> None:
        tokens = self.tokenised.pop(index, None) or tokenize(text)
        para = ParagraphState(index, text, tokens, [-1] * len(tokens), [], {}, initial)
        self.paragraphs[index] = para
        match_forms(self, para)
        drop_glued(self, para, initial)
        for number, (first, last, _name) in enumerate(para.matches):
            if first >= 0:
                para.match_start[last] = first
                for position in range(first, last + 1):
                    para.owner[position] = number
        for first, last, name in para.matches:
            if first < 0:
                continue
            use = self._use(para, first, last)
            if use is None:
                continue
            self.mention(
                name, self.entities[name].kind, para, first, last, adjectival=use
            )
            self._bind_after(para, last, name)
        headline = is_headline(tokens)
        for run in self._runs(para):
            self._run(para, run, headline)

    def _use(self, para: ParagraphState, first: int, last: int) -> bool | None:
        """Whether a gazetteer match is adjectival (True), a mention (False) or neither (None).

        A singular demonym qualifies a noun ("Russian officials"), unless "the" makes it the
        people ("the French," "the Dutch are", "the French said"). A name fused by a hyphen to a
        lower-case word forms an adjective ("Russia-backed", "US-led"); "Minsk-style" and
        "Kremlin-like" only liken something to it and name nothing (actor_stopwords.yaml,
        `likeness`).
        """
        tokens, text = para.tokens, para.text
        after = last + 1
        if after < len(tokens) and text[tokens[last][1] : tokens[after][0]] == "-":
            word = tokens[after][2]
            if word[:1].islower():
                return None if word in words().likeness else True
        if tokens[first][2] not in self.lexicon.adjectival_first:
            return False
        key = (tokens[first][2], tuple(token[2].lower() for token in tokens[first + 1 : last + 1]))
        if key not in self.lexicon.adjectival:
            return False
        if first == 0 or tokens[first - 1][2].lower() != "the":
            return True
        if after >= len(tokens) or text[tokens[last][1] : tokens[after][0]] != " ":
            return False  # "the French," "the Dutch."
        following = tokens[after][2]
        lists = words()
        # "the French said", "the Dutch are": a verb or a function word follows the people.
        lower = following.lower()
        function_word = lower in lists.common and lower not in lists.adjectives
        return not (following in lists.speech_verbs or function_word)

    def _runs(self, para: ParagraphState) -> list[list[int]]:
        """Unmatched capitalised words that stand together, joined by "of", "bin" and the like."""
        lists = words()
        tokens, owner, text = para.tokens, para.owner, para.text
        runs: list[list[int]] = []
        current: list[int] = []
        for position, (_, _, word) in enumerate(tokens):
            if not current and not word[0].isupper():
                continue  # no run open and none can start: most words
            free = owner[position] < 0
            if free and word[0].isupper() and word.lower() not in lists.breakers:
                if current and not joins(text, tokens[current[-1]], tokens[position]):
                    runs.append(current)
                    current = []
                current.append(position)
            elif (
                current
                and free
                and (word in lists.connectors or word in lists.particles)
                and joins(text, tokens[current[-1]], tokens[position])
            ):
                current.append(position)
            elif (
                current
                and free
                and current[-1] == position - 1
                and syllable(text, tokens, position)
            ):
                current.append(position)  # "Ko Wen-je"
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        return [trimmed for run in runs if (trimmed := trim(run, tokens, para.initial, text))]

    def _run(self, para: ParagraphState, run: list[int], headline: bool) -> None:
        """Decide what a run of capitalised words is; leave single words for pass two."""
        tokens, text = para.tokens, para.text
        if self._bind_run(para, run):
            return
        if not self.discover or headline:
            self._defer(para, run)
            return
        for part in split_names(run, tokens, self.lexicon.standalone, para.initial, text):
            if has_document_head(part, tokens):
                continue  # "Taiwan Relations Act", "Convention on ...": a text, not an actor
            if has_org_head(part, tokens):
                self._organisation(para, part)
                continue
            operation = next(
                (n for n, p in enumerate(part[:-1]) if tokens[p][2] in words().operation_heads),
                None,
            )
            if operation is not None:
                self._organisation(para, part[operation:])  # "Operation Aspides", a mission
                continue
            for piece in split_connectors(part, tokens):
                _titles, name = strip_titles(piece, tokens)
                if len(name) < 2 or len(name) > 5 or any(is_acronym(tokens[p][2]) for p in name):
                    self._defer(para, name)
                elif tokens[name[-1]][2] in words().place_heads or before_facility(
                    text, tokens, name[-1]
                ):
                    # "Second Thomas Shoal", "Mischief Reef": a place, whatever name it holds.
                    surface = text[tokens[name[0]][0] : tokens[name[-1]][1]]
                    self.mention(surface, ActorKind.PLACE, para, name[0], name[-1])
                elif person_cue(text, tokens, name, para.match_start):
                    surface = text[tokens[name[0]][0] : tokens[name[-1]][1]]
                    self.mention(surface, ActorKind.PERSON, para, name[0], name[-1])
                else:
                    self._defer(para, name)

    def _defer(self, para: ParagraphState, run: list[int]) -> None:
        for position in run:
            if is_capitalised(para.tokens[position][2]):
                self.pending.append(Pending(para.index, position, _titled(para, position)))

    def _organisation(self, para: ParagraphState, run: list[int]) -> None:
        """An organisation found by its head word ("... Council", "Ministry of ...").

        A country or place written right before it is part of its name ("Sudanese Armed
        Forces", "UK Supreme Court", "African National Congress"): the mention covers both, and
        the country loses that use, so a party or an army is not swallowed by its country.
        """
        tokens, text = para.tokens, para.text
        first = run[0]
        before = first - 1
        if before in para.match_start and text[tokens[before][1] : tokens[first][0]] == " ":
            owner = para.matches[para.owner[before]][2]
            if self.entities[owner].kind in (ActorKind.COUNTRY, ActorKind.PLACE):
                first = para.match_start[before]
                self._unmention(owner, Span(para.index, tokens[first][0], tokens[before][1]))
        surface = text[tokens[first][0] : tokens[run[-1]][1]]
        short = text[tokens[run[0]][0] : tokens[run[-1]][1]]
        name = self.org_forms.get(surface) or self.org_forms.get(short)
        if name is None:
            name = self.org_forms[surface] = self.org_forms[short] = surface
        self.mention(name, ActorKind.ORGANISATION, para, first, run[-1])

    def _unmention(self, name: str, span: Span) -> None:
        """Forget a use of `name` at `span` (it turned out to be part of another name)."""
        actor = self.found.get(name)
        if actor is not None:
            actor.mentions = [m for m in actor.mentions if m.span != span]
            actor.adjectival = [m for m in actor.adjectival if m.span != span]

    # -- acronyms ----------------------------------------------------------------------------

    def _acronym_after(self, para: ParagraphState, last: int) -> int | None:
        """Index of an acronym written in parentheses right after token `last`, if any."""
        tokens, text = para.tokens, para.text
        following = last + 1
        if "(" not in text[tokens[last][1] : tokens[last][1] + 2]:
            return None
        if following >= len(tokens) or not is_acronym(tokens[following][2]):
            return None
        if not _OPEN_PAREN.fullmatch(text[tokens[last][1] : tokens[following][0]]):
            return None
        if not text[tokens[following][1] :].lstrip().startswith(")"):
            return None
        return following

    def _bind_after(self, para: ParagraphState, last: int, name: str) -> None:
        """A known name followed by "(ACR)" teaches the text's acronym for it."""
        acronym = self._acronym_after(para, last)
        if acronym is not None and para.owner[acronym] < 0:
            self.acronyms.setdefault(para.tokens[acronym][2], name)

    def _bind_run(self, para: ParagraphState, run: list[int]) -> bool:
        """An unknown name followed by "(ACR)": a form of the acronym's actor, or a new one."""
        acronym = self._acronym_after(para, run[-1])
        if acronym is None:
            return False
        if has_document_head(run, para.tokens):
            self.terms.add(para.tokens[acronym][2])  # "Convention on ... (COMPASS)"
            return False
        tokens = para.tokens
        letter = tokens[acronym][2][0].lower()
        starts = [
            p for p in run if is_titlecase(tokens[p][2]) and tokens[p][2][0].lower() == letter
        ]
        if not starts:
            return False
        run = run[run.index(starts[0]) :]
        owner = para.owner[acronym]
        if owner >= 0:
            name = para.matches[owner][2]
            kind = self.entities[name].kind
        else:
            surface = para.text[tokens[run[0]][0] : tokens[run[-1]][1]]
            name = self.acronyms.setdefault(tokens[acronym][2], surface)
            kind = self.found[name].kind if name in self.found else ActorKind.ORGANISATION
        self.mention(name, kind, para, run[0], run[-1])
        return True

    # -- pass two ----------------------------------------------------------------------------

    def actors(self) -> list[Actor]:
        """Assembled actors in reading order of their first mention."""
        result = []
        family: dict[str, int] = {}
        for found in self.found.values():
            if found.kind == ActorKind.PERSON and found.mentions and " " in found.name:
                key = surname(found.name)
                family[key] = family.get(key, 0) + 1
        shared = {key for key, count in family.items() if count > 1}
        for found in self.found.values():
            mentions = without_echoes(self, sorted(found.mentions, key=_READING_ORDER))
            adjectival = tuple(sorted(found.adjectival, key=_READING_ORDER))
            name = written_name(self, found, mentions)
            # Reading order. sorted() is stable, so on the two sorted runs it gives what
            # heapq.merge gave (mentions first on a tie) at C speed; most actors have no
            # adjectival use, and then the mentions are already the uses.
            uses = (
                tuple(sorted((*mentions, *adjectival), key=_READING_ORDER))
                if adjectival
                else mentions
            )
            aliases = actor_aliases(self, found.name, name, found.kind, uses, shared)
            aliases = tuple(dict.fromkeys((*aliases, *found.titled)))
            result.append(Actor(name, found.kind, aliases, found.role, mentions, adjectival))
        return result

def _title_start(para: ParagraphState, first: int) -> int:
    """Where the title words right before a name begin ("Prime Minister" of "Prime Minister
    Pashinyan"), walking back over title words only."""
    tokens, lists = para.tokens, words()
    start = first - 1
    while start > 0 and joins(para.text, tokens[start - 1], tokens[start]):
        word = tokens[start - 1][2].rstrip(".")
        if word not in lists.titles and word not in lists.personal_titles:
            break
        start -= 1
    return tokens[start][0]


def _titled(para: ParagraphState, position: int) -> bool:
    """Whether a personal title stands right before a word ("President Macron", "Mr. King")."""
    if position == 0:
        return False
    lists = words()
    before = para.tokens[position - 1]
    gap = para.text[before[1] : para.tokens[position][0]]
    if gap not in (" ", ". ") or before[2] not in lists.personal_titles:
        return False
    # "Larry King Now": a title word that ends someone's name titles nobody.
    return position < 2 or para.tokens[position - 2][2] not in lists.given_names
