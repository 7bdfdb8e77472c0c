"""The actors scanner: one pass over each paragraph's words (linear in the text).

How it reads a paragraph:

1. Gazetteer forms are matched longest first (lexicon.py): "Collective Security Treaty
   Organization", "Moscow", "the Kremlin", "Azeri", "Russian" all land on their actor. A match
   glued to an unknown capitalised word ("Rome Statute", "Washington Post", "New Mexico") is
   part of another name and is dropped.
2. The remaining capitalised words form runs. A run followed by an acronym in parentheses binds
   the two ("the Foo Bar Council (FBC)"; the seed's misnamed "Commonwealth Security Treaty
   Organization (CSTO)" becomes a form of the CSTO). A run with an organisation head word is an
   organisation; a run with a title, a verb of saying or a given name is a person (names.py).
3. Words still unexplained are resolved once the whole text is read: a bound acronym, the surname
   of a person named in full anywhere in the text, or a well-known surname ("Pashinyan").

Mentions follow one convention: the span covers the name itself, without a leading article or a
possessive ("Kremlin" in "the Kremlin's", "Baku" in "Baku's"), and without the title (the title
is the actor's `role`). Demonyms are mentions of their country ("Russian officials" names Russia
with the surface "Russian"). Actors come out most mentioned first, ties by first appearance;
aliases are the other forms the text used, in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.analysis.actors.acronyms import definitions
from briefing.analysis.actors.homonyms import homonyms
from briefing.analysis.actors.lexicon import Entity, FormKey, Lexicon, form_key, tokenize
from briefing.analysis.actors.names import (
    Token,
    has_org_head,
    is_acronym,
    is_capitalised,
    is_headline,
    is_title,
    is_titlecase,
    joins,
    namelike,
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
from briefing.model import Actor, ActorKind, Mention, Span

_OPEN_PAREN = re.compile(r"\s?\(\s?")
_ADMINISTRATION = " administration"
_TIGHT = frozenset({" ", "-", "\u00a0", "", "–", "'", "’", " “", "” ", ' "', '" '})
"""What may stand between the words of one form: a space, a hyphen, a possessive's
apostrophe, or the quotation marks around a nickname ("Mohamed Hamdan “Hemedti” Dagalo")."""
_NICKNAME = re.compile(
    r"((?:[A-Z][\w'’-]+ ){1,3})[“\"]([A-Z][\w-]+)[”\"] [A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"
)
_GLUE = frozenset({"of", "for", "and", "the", "on", "in", "s"})


@dataclass(slots=True)
class _Found:
    """An actor being assembled."""

    name: str
    kind: ActorKind
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    adjectival: list[Mention] = field(default_factory=list)
    titled: list[str] = field(default_factory=list)
    """A person's name with the personal title the text wrote before it ("Lord Leggatt")."""


@dataclass(slots=True)
class _Pending:
    """A capitalised word left unexplained by its paragraph, resolved after the whole text."""

    paragraph: int
    index: int
    titled: bool


@dataclass(slots=True)
class _Paragraph:
    """One paragraph's words and which gazetteer match covers each."""

    index: int
    text: str
    tokens: list[Token]
    owner: list[int]
    matches: list[tuple[int, int, str]]
    match_start: dict[int, int]
    initial: set[int] = field(default_factory=set)
    """Character offsets where the paragraph's sentences start."""


class Scan:
    """Reads paragraphs in order and collects actors; see the module docstring."""

    def __init__(self, lexicon: Lexicon, *, discover: bool = True) -> None:
        self.lexicon = lexicon
        self.discover = discover
        self.entities = dict(lexicon.entities)
        self.local: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        """The article's own forms (acronym definitions), indexed like the lexicon."""
        self._tokens: dict[int, list[Token]] = {}
        """Paragraphs tokenised by `define`, kept for `paragraph`."""
        self.glosses: set[FormKey | None] = set()
        """Forms a writer glossed a known acronym with; never an actor's name."""
        self.found: dict[str, _Found] = {}
        self.acronyms: dict[str, str] = {}
        self.org_forms: dict[str, str] = {}
        self.pending: list[_Pending] = []
        self.paragraphs: dict[int, _Paragraph] = {}

    # -- recording ---------------------------------------------------------------------------

    def mention(
        self,
        name: str,
        kind: ActorKind,
        para: _Paragraph,
        first: int,
        last: int,
        *,
        adjectival: bool = False,
    ) -> None:
        """Record that tokens first..last of a paragraph name `name` (or qualify a noun)."""
        start, end = para.tokens[first][0], para.tokens[last][1]
        actor = self.found.get(name)
        if actor is None:
            actor = self.found[name] = _Found(name, kind)
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
        """Learn every "Full Name (ACR)" and nickname of the text before matching.

        A defined name the gazetteer knows keeps its actor and teaches it the acronym. Before a
        known acronym, a name that shares half its words with the known expansion
        ("Commonwealth Security Treaty Organization (CSTO)"), or whose capitals do not spell the
        acronym at all (a loose gloss), is a form of that actor; one that spells it with other
        words ("International Cricket Council (ICC)") is another body. Any other name is a new
        organisation named as written, with the acronym as its form. The first definition of an
        acronym wins.
        """
        taught: set[str] = set()
        for index, text in paragraphs:
            if "“" in text or '"' in text:
                self._nicknames(text)
            if "(" not in text:
                continue
            tokens = self._tokens[index] = tokenize(text)
            for definition in definitions(index, text, tokens):
                if definition.acronym in taught:
                    continue
                taught.add(definition.acronym)
                known = self.lexicon.owner(definition.name)
                expanded = self.lexicon.owner(definition.acronym)
                if known is not None:
                    self._teach(definition.acronym, known)
                elif expanded is not None and (
                    not definition.spelled or self._expands(definition.name, expanded)
                ):
                    self._teach(definition.name, expanded)
                    self.glosses.add(form_key(definition.name))
                else:
                    name = definition.name
                    self.entities.setdefault(name, Entity(name, ActorKind.ORGANISATION))
                    self._teach(name, name)
                    self._teach(definition.acronym, name)
        for candidates in self.local.values():
            candidates.sort(key=lambda candidate: -len(candidate[0]))

    def _nicknames(self, text: str) -> None:
        """ "Mohamed Hamdan “Hemedti” Dagalo": a given name, a quoted capitalised word, then a
        surname make one person, named as written; the nickname alone names them after."""
        for match in _NICKNAME.finditer(text):
            if match.group(1).split()[0] not in words().given_names:
                continue
            name = match.group()
            self.entities.setdefault(name, Entity(name, ActorKind.PERSON, (match.group(2),)))
            self._teach(name, name)
            self._teach(match.group(2), name)

    def _teach(self, form: str, name: str) -> None:
        key = form_key(form)
        if key is not None:
            self.local.setdefault(key[0], []).append((key[1], name))

    def _expands(self, written: str, name: str) -> bool:
        """Whether a written expansion shares at least half its words with a known form."""
        content = {w.lower() for _, _, w in tokenize(written)} - _GLUE
        if not content:
            return False
        for form, adjectival in self.lexicon.forms_of(name):
            if adjectival:
                continue
            shared = content & {w.lower() for _, _, w in tokenize(form)}
            if len(shared) * 2 >= len(content):
                return True
        return False

    # -- pass one: a paragraph ---------------------------------------------------------------

    def paragraph(self, index: int, text: str, initial: set[int]) -> None:
        tokens = self._tokens.pop(index, None) or tokenize(text)
        para = _Paragraph(index, text, tokens, [-1] * len(tokens), [], {}, initial)
        self.paragraphs[index] = para
        self._match(para)
        self._drop_glued(para, initial)
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

    def _use(self, para: _Paragraph, first: int, last: int) -> bool | None:
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

    def _match(self, para: _Paragraph) -> None:
        """Longest gazetteer forms, left to right."""
        tokens, index, text = para.tokens, self.lexicon.index, para.text
        local = self.local
        position, count = 0, len(tokens)
        while position < count:
            candidates = index.get(tokens[position][2])
            if local and tokens[position][2] in local:
                candidates = sorted(
                    [*local[tokens[position][2]], *(candidates or ())],
                    key=lambda candidate: -len(candidate[0]),
                )
            matched = False
            if candidates:
                for rest, name in candidates:
                    last = position + len(rest)
                    if last >= count:
                        continue
                    if all(
                        tokens[position + 1 + k][2].lower() == word
                        and _tight(text, tokens[position + k], tokens[position + 1 + k])
                        for k, word in enumerate(rest)
                    ):
                        para.matches.append((position, last, name))
                        position = last + 1
                        matched = True
                        break
            if not matched:
                position += 1

    def _drop_glued(self, para: _Paragraph, initial: set[int]) -> None:
        """Drop a match that is only part of a longer unknown name ("Rome Statute").

        A known person's full name stays: "Barack Obama Election Day" still names Obama; and a
        given name after a match starts the next name ("Special Envoy for Syria Tom Barrack").
        An organisation's one-word form after a capitalised adjective is another body's name:
        the "Congress" of the "African National Congress" is not the US Congress.
        """
        tokens, text = para.tokens, para.text
        lists = words()
        taken = {p for first, last, _ in para.matches for p in range(first, last + 1)}
        for number, (first, last, name) in enumerate(para.matches):
            kind = self.entities[name].kind
            if kind == ActorKind.PERSON:
                continue
            after, before = last + 1, first - 1
            glued_after = (
                after < len(tokens)
                and after not in taken
                and text[tokens[last][1] : tokens[after][0]] == " "
                and namelike(tokens[after][2])
                and tokens[after][2] not in lists.given_names
            )
            previous = tokens[before][2] if before >= 0 else ""
            glued_before = (
                before >= 0
                and before not in taken
                and tokens[before][0] not in initial
                and text[tokens[before][1] : tokens[first][0]] == " "
                and (
                    namelike(previous)
                    or (
                        kind in (ActorKind.ORGANISATION, ActorKind.GROUP)
                        and first == last
                        and is_titlecase(previous)
                        and previous.lower() in lists.adjectives
                    )
                )
            )
            if glued_after or glued_before:
                para.matches[number] = (-1, -1, name)

    def _runs(self, para: _Paragraph) -> list[list[int]]:
        """Unmatched capitalised words that stand together, joined by "of", "bin" and the like."""
        lists = words()
        tokens, owner, text = para.tokens, para.owner, para.text
        runs: list[list[int]] = []
        current: list[int] = []
        for position, (_, _, word) in enumerate(tokens):
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
            elif current and free and current[-1] == position - 1 and syllable(text, tokens, position):
                current.append(position)  # "Ko Wen-je"
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        return [trimmed for run in runs if (trimmed := trim(run, tokens, para.initial, text))]

    def _run(self, para: _Paragraph, run: list[int], headline: bool) -> None:
        """Decide what a run of capitalised words is; leave single words for pass two."""
        tokens, text = para.tokens, para.text
        if self._bind_run(para, run):
            return
        if not self.discover or headline:
            self._defer(para, run)
            return
        for part in split_names(run, tokens, self.lexicon.standalone, para.initial, text):
            if len(part) >= 2 and tokens[part[-1]][2] in words().document_heads:
                continue  # "Taiwan Relations Act": a law, not an actor
            if has_org_head(part, tokens):
                self._organisation(para, part)
                continue
            for piece in split_connectors(part, tokens):
                _titles, name = strip_titles(piece, tokens)
                if len(name) < 2 or len(name) > 5 or any(is_acronym(tokens[p][2]) for p in name):
                    self._defer(para, name)
                elif tokens[name[-1]][2] in words().place_heads:
                    # "Second Thomas Shoal", "Mischief Reef": a place, whatever name it holds.
                    surface = text[tokens[name[0]][0] : tokens[name[-1]][1]]
                    self.mention(surface, ActorKind.PLACE, para, name[0], name[-1])
                elif person_cue(text, tokens, name, para.match_start):
                    surface = text[tokens[name[0]][0] : tokens[name[-1]][1]]
                    self.mention(surface, ActorKind.PERSON, para, name[0], name[-1])
                else:
                    self._defer(para, name)

    def _defer(self, para: _Paragraph, run: list[int]) -> None:
        for position in run:
            if is_capitalised(para.tokens[position][2]):
                self.pending.append(_Pending(para.index, position, _titled(para, position)))

    def _organisation(self, para: _Paragraph, run: list[int]) -> None:
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

    def _acronym_after(self, para: _Paragraph, last: int) -> int | None:
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

    def _bind_after(self, para: _Paragraph, last: int, name: str) -> None:
        """A known name followed by "(ACR)" teaches the text's acronym for it."""
        acronym = self._acronym_after(para, last)
        if acronym is not None and para.owner[acronym] < 0:
            self.acronyms.setdefault(para.tokens[acronym][2], name)

    def _bind_run(self, para: _Paragraph, run: list[int]) -> bool:
        """An unknown name followed by "(ACR)": a form of the acronym's actor, or a new one."""
        acronym = self._acronym_after(para, run[-1])
        if acronym is None:
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

    def resolve(self) -> None:
        """Words left unexplained: bound acronyms, surnames of people named in full, titles."""
        surnames: dict[str, str | None] = {}
        for actor in self.found.values():
            if actor.kind == ActorKind.PERSON and " " in actor.name:
                key = surname(actor.name)
                surnames[key] = actor.name if key not in surnames else None
        used, first_names = self._relatives(surnames) if self.discover else (set(), {})
        for actor in self.found.values():
            if actor.kind == ActorKind.PERSON and " " in actor.name:
                key = surname(actor.name)
                surnames[key] = actor.name if surnames.get(key, actor.name) == actor.name else None
        acronyms = self._unknown_acronyms() if self.discover else set()
        for number, pending in enumerate(self.pending):
            if number in used:
                continue
            para = self.paragraphs[pending.paragraph]
            word = para.tokens[pending.index][2]
            name = self.acronyms.get(word)
            if name is None and word in acronyms:
                name = word
                self.entities.setdefault(word, Entity(word, ActorKind.ORGANISATION))
            if name is None and is_titlecase(word):
                name = surnames.get(word) or self.lexicon.standalone.get(word)
                if name is None and pending.titled:
                    name = first_names.get(word)  # "Prime Minister Thaksin"
                if name is None and pending.titled and self.discover:
                    # "Secretary General", "General Motors": a title word names nobody.
                    common = word.lower() in words().common or is_title(word)
                    name = None if common else word
            if name is None:
                continue
            kind = self.found[name].kind if name in self.found else None
            if kind is None:
                entity = self.entities.get(name)
                kind = entity.kind if entity else ActorKind.PERSON
            self.mention(name, kind, para, pending.index, pending.index)
        self._surnames_over_demonyms({k: v for k, v in surnames.items() if v})
        self._administrations()
        self._settle_homonyms()
        if self.discover:
            self._institutions()

    def _institutions(self) -> None:
        """ "the Syrian government", "the Russian army": a demonym before an institution word
        (actor_stopwords.yaml, `institutions`) names that institution, an actor apart from its
        country, named as the text first writes it; "Russian military" and "Russian army" are one.
        The demonym's use moves from the country to the institution."""
        institutions = words().institutions
        made: dict[tuple[str, str], _Found] = {}
        for actor in list(self.found.values()):
            if actor.kind != ActorKind.COUNTRY:
                continue
            kept = []
            for use in actor.adjectival:
                span = use.span
                text = self.paragraphs[span.paragraph].text
                following = text[span.end : span.end + 20]
                group = next(
                    (
                        (form, group)
                        for form, group in institutions
                        if following.startswith(" " + form)
                        and not following[len(form) + 1 : len(form) + 2].isalnum()
                    ),
                    None,
                )
                if group is None:
                    kept.append(use)
                    continue
                end = span.end + 1 + len(group[0])
                written = text[span.start : end]
                body = made.get((actor.name, group[1]))
                if body is None:
                    body = made[(actor.name, group[1])] = self.found.setdefault(
                        written, _Found(written, ActorKind.ORGANISATION)
                    )
                body.mentions.append(Mention(Span(span.paragraph, span.start, end), written))
            actor.adjectival = kept

    def _unknown_acronyms(self) -> set[str]:
        """Unexplained acronyms of three letters or more that the text uses at least twice:
        organisations the writer expects the reader to know ("USMCA", "UNCTAD"), unless they
        name a thing or a measure (actor_stopwords.yaml, `not_actors`)."""
        counts: dict[str, int] = {}
        lists = words()
        for pending in self.pending:
            word = self.paragraphs[pending.paragraph].tokens[pending.index][2]
            if len(word) >= 3 and word.isupper() and word.isalpha() and is_acronym(word):
                counts[word] = counts.get(word, 0) + 1
        return {
            word
            for word, count in counts.items()
            if count >= 2 and word not in lists.not_actors and word not in self.acronyms
        }

    def _relatives(self, surnames: dict[str, str | None]) -> tuple[set[int], dict[str, str]]:
        """Two unexplained capitalised words whose second is the surname of a person named in
        full are a relative of theirs ("Thaksin Shinawatra" beside "Paetongtarn Shinawatra"),
        a person of their own. Returns the numbers of the pending words used, and the new
        people by first word, so that "Prime Minister Thaksin" is Thaksin Shinawatra.
        """
        used: set[int] = set()
        first_names: dict[str, str] = {}
        pending = self.pending
        lists = words()
        for number in range(len(pending) - 1):
            left, right = pending[number], pending[number + 1]
            if left.paragraph != right.paragraph or right.index != left.index + 1:
                continue
            para = self.paragraphs[left.paragraph]
            first, last = para.tokens[left.index], para.tokens[right.index]
            kin = surnames.get(last[2])
            if (
                kin is None
                or para.text[first[1] : last[0]] != " "
                or not is_titlecase(first[2])
                or first[2].lower() in lists.common
                or is_title(first[2])
                or kin.split()[0] == first[2]
            ):
                continue
            name = para.text[first[0] : last[1]]
            self.mention(name, ActorKind.PERSON, para, left.index, right.index)
            used.update((number, number + 1))
            first_names[first[2]] = name
        return used, first_names

    def _administrations(self) -> None:
        """ "the Trump administration": a person's name before "administration" names the
        government they lead, an organisation of its own ("Trump administration", as written)
        rather than a mention of the person."""
        for actor in list(self.found.values()):
            if actor.kind != ActorKind.PERSON:
                continue
            kept = []
            for mention in actor.mentions:
                span = mention.span
                text = self.paragraphs[span.paragraph].text
                following = text[span.end : span.end + len(_ADMINISTRATION)]
                if following.lower() != _ADMINISTRATION:
                    kept.append(mention)
                    continue
                end = span.end + len(_ADMINISTRATION)
                written = text[span.start : end]
                name = next((n for n in self.found if n.lower() == written.lower()), written)
                body = self.found.setdefault(name, _Found(name, ActorKind.ORGANISATION))
                body.mentions.append(Mention(Span(span.paragraph, span.start, end), written))
            actor.mentions = kept

    def _settle_homonyms(self) -> None:
        """A country whose name the text means in another sense becomes that (homonyms.py).

        The cues are read in the paragraphs that name the country, its context."""
        for homonym in homonyms():
            actor = self.found.get(homonym.country)
            if actor is None or actor.kind != ActorKind.COUNTRY:
                continue
            where = {mention.span.paragraph for mention in (*actor.mentions, *actor.adjectival)}
            text = "\n".join(self.paragraphs[index].text for index in sorted(where))
            uses = sum(
                1
                for mention in (*actor.mentions, *actor.adjectival)
                if mention.surface != homonym.form
            )
            if homonym.other_wins(text, uses):
                actor.kind = homonym.other_kind

    def _surnames_over_demonyms(self, surnames: dict[str, str]) -> None:
        """ "Cuban said" after "Mark Cuban": a one-word match that is a person's surname, not
        followed by a lower-case word it would qualify, is that person."""
        lists = words()
        for actor in list(self.found.values()):
            if actor.kind == ActorKind.PERSON:
                continue
            kept = []
            for mention in actor.mentions:
                person = surnames.get(mention.surface)
                if person is None:
                    kept.append(mention)
                    continue
                para = self.paragraphs[mention.span.paragraph]
                following = para.text[mention.span.end : mention.span.end + 30].split()
                qualifies = bool(following) and following[0][:1].islower()
                if not qualifies or following[0] in lists.speech_verbs:
                    self.found[person].mentions.append(mention)
                else:
                    kept.append(mention)
            actor.mentions = kept

    def actors(self) -> list[Actor]:
        """Assembled actors in reading order of their first mention."""
        result = []
        for found in self.found.values():
            mentions = self._without_echoes(sorted(found.mentions, key=lambda m: m.span))
            adjectival = tuple(sorted(found.adjectival, key=lambda m: m.span))
            name = self._written_name(found, mentions)
            aliases = self._aliases(found.name, name, found.kind, (*mentions, *adjectival))
            aliases = tuple(dict.fromkeys((*aliases, *found.titled)))
            result.append(Actor(name, found.kind, aliases, found.role, mentions, adjectival))
        return result

    def _written_name(self, found: _Found, mentions: tuple[Mention, ...]) -> str:
        """The name as the text writes it, when it never writes the canonical one.

        A state the text calls only "the US" is listed as "US", an office it calls "the Foreign
        Office" as that, a president it calls "Volodymyr Zelenskyy" with that spelling: the most
        used such form wins (ties: the longer one). Capitals and seats ("Washington", "the
        Kremlin"), demonyms and plural peoples ("Armenians") never become the name. A surname
        or an acronym alone does not replace a person's or an organisation's canonical name
        ("Nikol Pashinyan" of a text that says "Pashinyan", the "European Union" of one that
        says "EU"): it names them less clearly than the name a reader would look up.
        """
        if not self.discover or found.name not in self.lexicon.entities:
            return found.name  # a curated actor keeps the name its user wrote
        counts: dict[str, int] = {}
        canonical = found.name.removeprefix("the ").lower()
        for mention in mentions:
            surface = mention.surface
            if surface.lower() == canonical:
                return found.name
            key = form_key(surface)
            if key is None or key in self.lexicon.metonyms or key in self.lexicon.adjectival:
                continue
            if key in self.glosses:
                continue
            acronym = is_acronym(surface.replace(".", ""))
            if surface.endswith("s") and not acronym and found.kind == ActorKind.COUNTRY:
                continue  # "Armenians": the people, not the state
            if found.kind == ActorKind.PERSON and " " not in surface:
                continue
            if found.kind in (ActorKind.ORGANISATION, ActorKind.GROUP) and acronym:
                continue
            counts[surface] = counts.get(surface, 0) + 1
        if not counts:
            return found.name
        return max(counts, key=lambda surface: (counts[surface], len(surface)))

    def _aliases(
        self, canonical: str, name: str, kind: ActorKind, mentions: tuple[Mention, ...]
    ) -> tuple[str, ...]:
        """The canonical name when the text used another, the forms the text used, then the
        usual short names (acronym, surname) it did not."""
        known = self.entities.get(canonical)
        short = list(known.short) if known else []
        if kind == ActorKind.PERSON and " " in canonical:
            short.append(surname(canonical))
        forms = dict.fromkeys(
            [canonical, *(mention.surface for mention in sorted(mentions, key=lambda m: m.span)), *short]
        )
        forms.pop(name, None)
        return tuple(forms)

    def _without_echoes(self, mentions: list[Mention]) -> tuple[Mention, ...]:
        """Drop the acronym that only glosses the name before it: "Foo Bar Council (FBC)" is
        one mention, not two."""
        kept: list[Mention] = []
        for mention in mentions:
            previous = kept[-1] if kept else None
            if previous is not None and previous.span.paragraph == mention.span.paragraph:
                text = self.paragraphs[mention.span.paragraph].text
                between = _unpossessive(text[previous.span.end : mention.span.start])
                after = _unpossessive(text[mention.span.end : mention.span.end + 4]).lstrip()
                if _OPEN_PAREN.fullmatch(between) and after[:1] == ")":
                    continue  # "Hay'at Tahrir al-Sham's (HTS's)" is one mention too
            kept.append(mention)
        return tuple(kept)


def _unpossessive(text: str) -> str:
    """The text without a leading possessive "'s"."""
    return text[2:] if text[:2] in ("'s", "’s") else text


def _tight(text: str, left: Token, right: Token) -> bool:
    """Words of one multi-word form: only what `_TIGHT` allows between them."""
    return text[left[1] : right[0]] in _TIGHT


def _title_start(para: _Paragraph, first: int) -> int:
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


def _titled(para: _Paragraph, position: int) -> bool:
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
