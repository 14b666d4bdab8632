"""English persons named with no role word before them, each kind a small rule
(Mention.mechanism ``people/<rule>``); the given names they know are in
data/lexicon/given_names.txt, the words they read in data/lexicon/english.tsv.

- ``given``: a capitalised pair or triple opening with a known given name, or an initial
  before one (Abdi Nazemian, Brian Keene and Stewart O'Nan sued…; J. Paul Oetken; María
  Elvira Salazar; John Roe Jr.): in lists, as a verb's subject or object, after "by";
- ``byline``: the names after an English byline label (By Jane Roe, Courts Reporter;
  Reporting by Jane Roe in Rome; Editing by John Doe; Abstracted by: Jane Roe), before
  a reporter's or a signatory's role closing a line (May 2024 | Jane Roe, Senior Legal
  Reporter; Senator Jane Roe, Chair; — Jane Roe, Senior Counsel), after a role and its
  colon (Deputy Chair: Senator Jane Roe) and one a line under an Authors label alone (Jane
  Roe, Partner, Chicago), whatever their given names;
- ``surname``: a capitalised pair whose last word the item repeats alone (Zorvath
  Kellmann… Kellmann said) or as its family's (the Kellmanns): a person, though the first
  word is no known given name;
- ``listed``: a person-shaped pair listed with persons (Kai Bird, Orla Vance and Daniel
  Okrent), whatever its given name;
- ``quoted``: the person a quotation is told by ("…," said Jane Roe; "…," Jane Roe said;
  according to Jane Roe,), whatever the given name (english.tsv quote_verb);
- ``short``: that last word alone after the full name (Paul Lehrman… Lehrman and Sage
  filed): the person named in full before (its canonical name), though a known place is
  named so (Dazhon Darien… Darien said), unless a preposition puts the place (flew to Darien);
- ``who``: a person-shaped pair or triple before ", who" (Ikaika Moana, who ran the unit,
  left), whatever its given name: a relative clause about someone.

English sentences only: a name with Chinese beside it is left to kg.mentions.latin (no
person from pinyin or an English word inside a Chinese sentence).  Never a name in a
title-case headline (Judge Rules Against…), a name another family knows as something
else (Hong Kong, Charles Schwab), nor a pair that runs on into more capitalised words
(the Adam Smith Institute).

>>> finder = EnglishPersons(vocabulary())                                      # doctest: +SKIP
>>> [m.text for m in finder.find("Linnea Sage and Paul Lehrman sued Lovo.", None, [])]  # doctest: +SKIP
['Linnea Sage', 'Paul Lehrman']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Taken, Tokens, register, set_mentions
from .english import Headlines, english_lexicon, generation_pattern, given_names
from .words import CJK, LATIN_LOWER, LATIN_UPPER, Words

_UPPER = LATIN_UPPER
_LOWER = LATIN_LOWER
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
# Altman, O'Nan, McDonald, DeSantis, Ocasio-Cortez
_SURNAME = rf"(?:[OD]['’])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)?"
_INITIAL = rf"[{_UPPER}]\."
_EDGE_BEFORE = r"(?<![\w.&'’-])"
# (a possessive's apostrophe alone after a final s is an edge too: Robert Williams' lawsuit)
_EDGE_AFTER = r"(?![\w&-]|['’](?!s\b)(?<!s['’])|(?<=s)['’](?!\s)|\.\w)"
_CJK = re.compile(f"[{CJK}]")
_WORD_BEFORE = re.compile(r"(?P<word>[^\s.,;:!?()\[\]“”\"]+)[ \t]+$")  # the word right before, unless a stop or comma ends it
_CAPITAL_NEXT = re.compile(rf"[ \t]+(?:[{_UPPER}]|\d)")  # another capitalised word (or a number) after a name
_INDENTED_LINE = re.compile(r"[ \t]{2,}")  # a block's line going on under its label's value


@lru_cache(maxsize=4096)
def _household(surname: str) -> re.Pattern:
    """The Brennans, the Roes: a family named by its plural surname after "the"."""
    return re.compile(rf"\b[Tt]he[ \t]+{re.escape(surname)}e?s(?![\w&'’-])")


@lru_cache(maxsize=4096)
def _alone(surname: str) -> re.Pattern:
    """The surname as a word of its own (not Lehrmann's, Lehrman-Smith); its possessive is the name's."""
    return re.compile(rf"{_EDGE_BEFORE}{re.escape(surname)}(?![\w&-]|['’](?!s\b))")


_NOT_ALONE_BEFORE = re.compile(r"[\w.&'’-]")  # what _alone's look-behind refuses before the surname
_ALONE_AFTER = re.compile(r"(?![\w&-]|['’](?!s\b))")  # and its look-ahead after it


def _alone_starts(surname: str, text: str) -> Iterator[int]:
    """The starts of ``_alone(surname).finditer(text)``, found by ``str.find`` and the two edges
    tested apart: no pattern compiled per surname (a document of a thousand people compiled a
    thousand)."""
    if not surname:
        yield from (match.start() for match in _alone(surname).finditer(text))
        return
    position = text.find(surname)
    while position >= 0:
        end = position + len(surname)
        if (position == 0 or not _NOT_ALONE_BEFORE.match(text, position - 1)) and _ALONE_AFTER.match(text, end):
            yield position
            position = text.find(surname, end)
        else:
            position = text.find(surname, position + 1)


def name_of(person: Mention) -> str:
    return person.canonical or person.text


def person_shape(particles: tuple[str, ...], suffixes: tuple[str, ...] = ()) -> str:
    """A person's name: [initial] given [given or initial] [particles] surname [suffix] (Jane Roe,
    J. Paul Oetken, Ursula von der Leyen, Ashley St. Clair, John Roe Jr. or Roe, Jr.; english.tsv name_particle, name_suffix)."""
    suffix = rf"(?:{generation_pattern(suffixes)}(?![\w.]))?" if suffixes else ""
    return (rf"(?P<name>(?:{_INITIAL}[ \t]+)?(?P<given>{_WORD})(?:[ \t]+(?P<middle>{_WORD}|{_INITIAL}))?"
            rf"(?:[ \t]+(?:{alternatives(particles)})){{0,2}}[ \t]+(?P<surname>{_SURNAME}){suffix})")


_SLASH = re.compile(r"[ \t]*/[ \t]*")  # between an outlet and its photographer on a credit


@register
class EnglishPersons(Family):
    def __init__(self, words: Words) -> None:
        kb = self.kb = words.kb
        lexicon = english_lexicon(kb)
        self.given_names = given_names(kb)
        self.title_cased = Headlines(lexicon)
        shape = person_shape(lexicon["name_particle"], lexicon["name_suffix"])
        self.name_suffixes = frozenset(lexicon["name_suffix"])  # Jr., III: after the family name
        self.person = re.compile(rf"{_EDGE_BEFORE}(?=(?:{shape}){_EDGE_AFTER})")  # a lookahead: overlapping tries
        # words no person's name holds: months, titles (english.tsv name_stop), what ends a
        # body's or a company's name (the Adam Smith Institute, Grace Hopper Labs, Dell Technologies)
        self.not_names = frozenset(lexicon["name_stop"]) | frozenset(lexicon["post_nominal"]) | frozenset(lexicon["party_member"]) | frozenset(kb.legal_forms) | \
            {word.split("=")[0] for word in lexicon["body_head"]} | frozenset(lexicon["company_word"]) | frozenset(lexicon["town_end"]) | \
            {word.title() for word in lexicon["model_word"] + lexicon["kind_noun"] if " " not in word}
        self.sentence_starts = frozenset(kb.sentence_words.get("sentence_start", ()))
        self.place_prepositions = frozenset(lexicon["place_preposition"])
        self.post_nominal = re.compile(rf"[ \t]+(?:{alternatives(lexicon['post_nominal'])})(?![\w-])")  # Jane Roe KC: the name ends before
        self.role_words = frozenset(word.lower() for role in lexicon["person_role"] for word in role.split())
        # Governor Shapiro, Judge Stein, Attorney General Bonta: a capitalised title before a family name leaves it alone
        self.titles_before = frozenset(role.split()[-1] for role in lexicon["person_role"] if role[0].isupper())
        labels = [label for label in kb.bylines.get("person", ()) if label.isascii()]  # By, Reporting by, Editing by
        # By Jane Roe; Reporting by Jane Roe; Authors: Jane Roe, John Doe (a law firm's alert)
        # (— Additional reporting by Jane Roe: a dash may open a closing credit line)
        # (Produced by Jane Roe. Edited by John Doe.: a credit of more than one word, or a label and
        # a colon, may also follow a sentence on its line; a bare By there opens a date: By March, …)
        authors = alternatives(lexicon['author_label'])
        worded = alternatives(label for label in labels if " " in label)
        # (Abstracted by: Jane Roe: a colon may close the label)
        self.byline = re.compile(rf"(?:(?:^(?:[ \t]*[—–][ \t]*)?|(?<=[;|·•(]))[ \t]*(?:(?:{alternatives(labels)})(?:[ \t]*:)?[ \t]+|"
                                 rf"(?:{authors})[ \t]*:[ \t]*)"
                                 rf"|(?<=[.!?][ \t])(?:(?:{worded})[ \t]+|(?:{authors})[ \t]*:[ \t]*))", re.M)
        self.byline_name = re.compile(shape + _EDGE_AFTER)  # any given name: a byline says it is a person
        # Photo: Jane Roe/Harbor Press., (AP Photo/Jane Roe): a photo's credit, the photographer before
        # the outlet's slash or after the agency's (bylines.tsv photo)
        photo = alternatives(label for label in kb.bylines.get("photo", ()) if label.isascii())
        self.photo_credit = re.compile(rf"(?:(?<![\w-])(?:{photo})[ \t]*:[ \t]*|(?<=[A-Z]{{2}}[ \t])Photo[ \t]*/[ \t]*)"
                                       rf"(?=(?:{shape})(?:[ \t]*/|[ \t]*[.)]?[ \t]*$))", re.M)
        # July 2024 | Jane Roe, Senior Legal Reporter: a name and a reporter's role closing a head line
        roles = alternatives(kb.bylines.get("byline_role", ()))
        # (Jane Roe · Senior Editor, Compliance: a dot between them as a comma; a report's signature:
        # Senator Jane Roe, Chair; — Jane Roe, Senior Counsel: a dash or her title before the name)
        titled = rf"(?:[—–][ \t]*)?(?:(?:{alternatives([*(role for role in lexicon['person_role'] if role[0].isupper()), *lexicon['honorific']])})[ \t]+)?"
        self.signed = re.compile(rf"(?:^|(?<=[|｜·•]))[ \t]*{titled}{shape}(?:,|[ \t]+[·•|])[ \t]+(?:[A-Z][\w-]*[ \t]+){{0,3}}(?:{roles})"
                                 rf"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{0,2}})?[ \t]*$", re.M)  # …, Contributing Editor, Europe
        # Jane Roe (alone on its line) over her role (Political Correspondent; a letter's signature: Director of
        # Student Services, the office after of or for): a name stacked on her role
        office = r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|&|and)){0,4})?"
        self.stacked = re.compile(rf"^[ \t]*{titled}{shape}[ \t]*\n[ \t]*(?:[A-Z][\w-]*[ \t]+){{0,3}}(?:{roles}){office}[ \t]*$", re.M)
        # Deputy Chair: Senator Jane Roe, Editor: John Doe: a role, its colon and the name alone on the line
        self.role_line = re.compile(rf"^[ \t]*(?:[A-Z][\w-]*[ \t]+){{0,3}}(?:{roles})[ \t]*:[ \t]*{titled}{shape}[ \t]*$", re.M)
        # Authors (alone on its line), then one author a line: Jane Roe, Partner, Chicago
        self.author_block = re.compile(rf"^[ \t]*(?:{alternatives(lexicon['author_label'])})[ \t]*:?[ \t]*\n", re.M)
        self.author_line = re.compile(rf"[ \t]*{shape},[ \t]+[A-Z][^\n]*(?:\n|$)")
        # (a reporter's role between two names: By Jane Roe, Staff Writer, and John Doe, News Editor;
        # By Jane Roe with John Doe)
        self.byline_join = re.compile(rf"(?:,[ \t]+(?:[A-Z][\w-]*[ \t]+){{0,3}}(?:{roles})(?=,|[ \t]+and\b))?"
                                      rf"(?:,[ \t]+(?:(?:and|with)[ \t]+)?|[ \t]+(?:and|with)[ \t]+|[ \t]*&[ \t]*)")
        self.pair = re.compile(rf"{_EDGE_BEFORE}(?=(?P<name>(?P<given>{_WORD})[ \t]+(?P<surname>{_SURNAME})){_EDGE_AFTER})")
        self.outlet_words = frozenset(kb.bylines.get("outlet_word", ()))
        # (…, and Wen Roe, Docket Analyst: a role closing the line, no further name)
        self.byline_roles = frozenset(role for role in kb.bylines.get("byline_role", ()) if " " not in role)
        # "…," said Jane Roe; "…," Jane Roe said; according to Jane Roe, a lecturer
        verbs = alternatives(lexicon["quote_verb"])
        self.quoted_by = (re.compile(rf"[”\"][ \t]*(?:{verbs})[ \t]+{shape}{_EDGE_AFTER}"),
                          re.compile(rf"[”\"][ \t]*{shape}[ \t]+(?:{verbs})\b"),
                          re.compile(rf"\b[Aa]ccording[ \t]+to[ \t]+{shape}(?=,)"))
        member = rf"{_WORD}[ \t]+{_SURNAME}"
        # (the families of Ava Roe, 19; Ben Doe, 34; and Cy Poe, 52: an age after each name, semicolons between)
        aged = r"(?:,[ \t]+\d{1,3})?"
        self.person_list = re.compile(rf"{_EDGE_BEFORE}{member}(?:{aged}[,;][ \t]+{member})*{aged}[,;]?[ \t]+and[ \t]+{member}{_EDGE_AFTER}")
        self.relative_who = re.compile(rf"{_EDGE_BEFORE}{shape},[ \t]+who[ \t]")

    def find(self, text: str, tokens: Tokens | None, candidates: list[Mention]) -> list[Mention]:
        if not re.search(r"[A-Za-z]{3}", text):
            return []
        lower_words = frozenset(re.findall(rf"(?<![\w'’-])[{_LOWER}]+", text))
        found = self.bylines(text, candidates)
        found += self.given(text, candidates + found, lower_words)
        found += self.quoted(text, candidates + found)
        found += self.surnamed(text, candidates + found, lower_words)
        found += self.listed(text, candidates + found)
        found += self.who(text, candidates + found)
        return found + self.short_forms(text, candidates + found)

    # -- the rules ---------------------------------------------------------------------
    def given(self, text: str, candidates: list[Mention], lower_words: frozenset[str]) -> list[Mention]:
        """Abdi Nazemian, J. Paul Oetken, María Elvira Salazar: a known given name opens it."""
        found = []
        for match in self.person.finditer(text):
            given, middle = match.group("given"), match.group("middle")
            if given not in self.given_names or given.lower() in lower_words:
                continue  # Will, Grant: ordinary words where the item writes them in lower case
            if middle and not middle.endswith(".") and middle not in self.given_names:
                continue  # Paul Weiss Rifkind: a firm's partners run together, or a title
            if self.acceptable(text, match.start("name"), match.end("name"), candidates):
                found.append(self.mention(match.group("name"), "Person", match.start("name"), match.end("name"), 0.7, "given"))
        return found

    def indented_names(self, text: str, position: int) -> list[Mention]:
        """WITNESSES:  Jane Roe, Chief Executive, Acme / (indented) John Doe, Professor, a college:
        the names opening the indented lines that go on a label's block, each before a comma."""
        found = []
        line_end = text.find("\n", position)
        while line_end >= 0 and (line := _INDENTED_LINE.match(text, line_end + 1)) is not None and \
                (match := self.author_line.match(text, line.end())) is not None:
            if not (self.desk_or_outlet(match.group("name").split()) or self.known_otherwise(match.group("name"))):
                found.append(self.mention(match.group("name"), "Person", match.start("name"), match.end("name"), 0.7, "byline"))
            line_end = text.find("\n", match.start("name"))
        return found

    def bylines(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """By Jane Roe, Courts Reporter; Reporting by Jane Roe in Rome; Editing by John Doe;
        Photo: Jane Roe/Harbor Press: each person-shaped name the label heads (not an outlet,
        not a role: Courts Reporter)."""
        found = []
        for label in self.byline.finditer(text):
            position = label.end()
            while (match := self.byline_name.match(text, position)) is not None:
                words = match.group("name").split()
                if words[-1] in self.outlet_words and (slash := _SLASH.match(text, match.end())):
                    position = slash.end()  # Credit: Harbor Wire / Jane Roe: the outlet, then who took the picture
                    continue
                if self.desk_or_outlet(words) or self.known_otherwise(match.group("name")):
                    break  # By Harbor Wire Staff, Courts Reporter: no person
                found.append(self.mention(match.group("name"), "Person", match.start(), match.end(), 0.75, "byline"))
                joined = self.byline_join.match(text, match.end())
                if joined is None:
                    break
                position = joined.end()
            found += self.indented_names(text, label.end())
        for match in (*self.signed.finditer(text), *self.stacked.finditer(text), *self.role_line.finditer(text)):
            if self.byline.match(text, match.start("name")) or any(m.start == match.start("name") for m in found):
                continue  # By Jane Roe, Courts Reporter: the label's rule reads it
            if self.desk_or_outlet(match.group("name").split()):
                continue  # Policy Desk, Chair: no person signs so
            found.append(self.mention(match.group("name"), "Person", match.start("name"), match.end("name"), 0.75, "byline"))
        for label in self.photo_credit.finditer(text):
            match = self.byline_name.match(text, label.end())
            if match is not None and not self.desk_or_outlet(match.group("name").split()) \
                    and not any(m.start == match.start() for m in found):
                found.append(self.mention(match.group("name"), "Person", match.start(), match.end(), 0.7, "byline"))
        for block in self.author_block.finditer(text):
            position = block.end()
            while (match := self.author_line.match(text, position)) is not None:
                found.append(self.mention(match.group("name"), "Person", match.start("name"), match.end("name"), 0.75, "byline"))
                position = match.end()
        found = [m for m in found if not (any(word in self.not_names for word in m.text.split()) or
                                          self.known_otherwise(m.text))]
        # a known name inside a byline's name is no match where it is the family name only (Written by Corinne Vale)
        # or the given name only (By Georgia Lamb: no country)
        return [m for m in found if not any(c.start < m.end and m.start < c.end and c.type != "Person" and
                                            c.mechanism == "kb" and c.start < m.end - len(m.text.split()[-1])
                                            and not (c.start == m.start and c.end == m.start + len(m.text.split()[0]))
                                            for c in candidates)]

    def desk_or_outlet(self, words: list[str]) -> bool:
        """Whether a byline's or a signature's name is an outlet, a desk or a role (Harbor Wire
        Staff, Policy Desk, Courts Reporter) rather than a person's."""
        return words[-1] in self.outlet_words or words[-1] in self.byline_roles or \
            any(word.lower() in self.role_words or word in self.not_names for word in words)

    def quoted(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """"We will appeal," said Tamsin Abara; "It is early," Ravindra Kolhe said; according to
        Oriel Fenwick, a lecturer: the person who tells a quotation, whatever the given name."""
        found = []
        for match in (match for pattern in self.quoted_by for match in pattern.finditer(text)):
            start, end = match.span("name")
            if any(m.start == start for m in candidates + found) or not self.acceptable(text, start, end, candidates):
                continue
            found.append(self.mention(match.group("name"), "Person", start, end, 0.65, "quoted"))
        return found

    def surnamed(self, text: str, candidates: list[Mention], lower_words: frozenset[str]) -> list[Mention]:
        """Zorvath Kellmann… Kellmann said: a pair whose last word the item repeats alone is a
        person whatever its first word."""
        found, later = [], {}
        for match in self.pair.finditer(text):
            given, surname = match.group("given", "surname")
            if given in self.given_names or given in self.sentence_starts or given.lower() in lower_words or \
                    surname.lower() in lower_words or len(surname) < 3:
                continue
            if not self.named_again(text, surname, match.end("name"), later):
                continue  # the surname never comes again alone, nor as its family's
            if self.acceptable(text, match.start("name"), match.end("name"), candidates):
                found.append(self.mention(match.group("name"), "Person", match.start("name"), match.end("name"), 0.6, "surname"))
        return found

    def listed(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Kai Bird, Orla Vance and Daniel Okrent sued: a person-shaped name listed with
        persons is a person, though no known given name opens it."""
        persons = {(m.start, m.end) for m in candidates if m.type == "Person"}
        found = []
        for listing in self.person_list.finditer(text):
            members = [match.span("name") for match in self.pair.finditer(listing.group())]
            members = [(listing.start() + start, listing.start() + end) for start, end in members]
            if len(members) < 2 or not any(member in persons for member in members):
                continue
            for start, end in members:
                if (start, end) not in persons and self.acceptable(text, start, end, candidates):
                    found.append(self.mention(text[start:end], "Person", start, end, 0.6, "listed"))
        return found

    def who(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Ikaika Moana, who ran the unit, left: a person-shaped name that a relative clause
        opened by "who" is about is a person, whatever the given name (not the sentence's
        first word before it: Then Ikaika Moana, who…)."""
        found = []
        for match in self.relative_who.finditer(text):
            start, end = match.span("name")
            opener = match.group("name").split()[0]
            if opener in self.sentence_starts and len(match.group("name").split()) > 2:
                start += len(opener) + 1  # Then Adam Roe, who…: the sentence's first word is no given name
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if before and before.group("word")[0].isupper() and before.group("word") not in self.sentence_starts \
                    and before.group("word") not in self.titles_before:
                continue  # Crown Prince Mohammed bin Salman, who…: a title or a longer name runs on before it
            if any(m.start == start and m.type == "Person" for m in candidates) or \
                    not self.acceptable(text, start, end, candidates):
                continue
            found.append(self.mention(text[start:end], "Person", start, end, 0.65, "who"))
        return found

    def short_forms(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Paul Lehrman… Lehrman and Sage filed: a person's last word alone, after the full
        name, stands for the person (its canonical name)."""
        persons: dict[str, Mention] = {}
        for person in candidates:
            if (surname := self.surname(person)) is not None:
                persons.setdefault(surname, person)
        taken = Taken((m.start, m.end) for m in candidates)
        found = []
        for surname, person in persons.items():
            for start, place in self.written_alone(text, surname, person, person.end, taken):
                found.append(self.short(person, start, place))
                taken.add(start, start + len(surname))
        return found

    def carry(self, parts: list) -> None:
        """One document's items in order (with their spaCy Docs, names chosen): a person's family
        name alone in a later item stands for the person an earlier item named in full
        (Dazhon Darien, the school's former athletic director… and in a later section:
        prosecutors charged Darien), unless two persons named have it; where it is the item's
        own place (a known place's name, no preposition or region putting the place) or a
        guess of another family, the person replaces it."""
        known: dict[str, Mention | None] = {}  # family name -> the person, None where two persons share it
        for _, doc in parts:
            text, mentions = doc.user_data["text"], doc.user_data["mentions"]
            named_here = {surname for m in mentions if (surname := self.surname(m)) is not None}
            persons = {surname: person for surname, person in known.items() if person is not None and surname not in named_here}
            if persons and not _CJK.search(text[:200]):
                taken = Taken((m.start, m.end) for m in mentions if not self.replaceable(m))
                found = []
                for surname, person in persons.items():
                    for start, place in self.written_alone(text, surname, person, 0, taken):
                        found.append(self.short(person, start, place))
                        taken.add(start, start + len(surname))
                if found:
                    spans = {(m.start, m.end) for m in found}
                    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]
                    set_mentions(doc, sorted(kept + found, key=lambda m: m.start))
            for m in mentions:
                if (surname := self.surname(m)) is not None:
                    earlier = known.setdefault(surname, m)
                    if earlier is not None and name_of(earlier) != name_of(m):
                        known[surname] = None  # Jane Roe and John Roe: Roe alone is neither

    def surname(self, person: Mention) -> str | None:
        """The family name a Latin person's full name ends with (Paul Lehrman: Lehrman; John
        Roe Jr.: Roe), or None: no person, one word, Chinese, or a name no person has alone."""
        name = name_of(person)
        if person.type != "Person" or " " not in name or _CJK.search(name):
            return None
        surname = self.family_name(name)
        return surname if re.fullmatch(_SURNAME, surname) and surname not in self.not_names else None

    def written_alone(self, text: str, surname: str, person: Mention, after: int, taken: Taken):
        """(start, whether a known place has the name) where ``surname`` stands alone after
        ``after`` for ``person``: free of the ``taken`` spans, though a place's own span is
        taken by the person where the sentence speaks of a person (Darien said)."""
        entry = self.kb.lookup(surname)
        place = entry is not None and entry.type == "Jurisdiction" and person.kb_id is None
        if entry is not None and not place:
            return  # Meta's Yann LeCun… Meta: no surname of a person
        for start in self.alone(text, surname, after):
            end = start + len(surname)
            if _CJK.search(text[max(0, start - 2):end + 2]) or taken.overlaps(start, end, besides_itself=place):
                continue
            if place and not self.said_of_person(text, start, end):
                continue  # Dazhon Darien… flew out of Darien: the place where a preposition or a region names it
            yield start, place

    def family_name(self, name: str) -> str:
        """The last word of a full name before its suffix (John Roe Jr.: Roe)."""
        words = name.split()
        return words[-2].rstrip(",") if words[-1] in self.name_suffixes and len(words) > 2 else words[-1]

    def short(self, person: Mention, start: int, place: bool) -> Mention:
        surname = self.family_name(name_of(person))
        return self.mention(surname, "Person", start, start + len(surname), 0.99 if place else 0.6, "short",
                            kb_id=person.kb_id, canonical=name_of(person))

    @staticmethod
    def replaceable(mention: Mention) -> bool:
        """A chosen name a carried family name may take the place of: a known place (its own
        guard decides), a bare Latin guess, or the person's name already typed Person."""
        return mention.type in ("Jurisdiction", "Person") and " " not in mention.text or \
            mention.mechanism in ("latin", "english/party") and " " not in mention.text

    def said_of_person(self, text: str, start: int, end: int) -> bool:
        """Whether a person's family name that is also a place's (Dazhon Darien) stands for the
        person where written alone: no preposition or article before it, no region after it
        (in Darien, Darien, Connecticut are the place)."""
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return not (before and before.group("word").lower() in self.place_prepositions) and \
            not re.match(r",[ \t]+[A-Z]", text[end:])

    # -- guards ------------------------------------------------------------------------
    def alone(self, text: str, surname: str, after: int):
        """Where the surname stands alone after ``after``: no capitalised word beside it."""
        for found in _alone_starts(surname, text[after:] if after else text):
            start = after + found
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if before and before.group("word")[0].isupper() and before.group("word") not in self.sentence_starts \
                    and before.group("word") not in self.titles_before:
                continue  # Paul Lehrman: not the surname alone (a sentence's end or first word before it is)
            if _CAPITAL_NEXT.match(text, start + len(surname)):
                continue  # Keene Capital: another name
            yield start

    def named_again(self, text: str, surname: str, after: int, later: dict[str, tuple[list[int], list[int]]]) -> bool:
        """Whether ``surname`` stands alone after ``after`` or its household is named there
        (``alone``, ``household``): where it does so in the whole text is looked for once per
        surname and kept in ``later``, not once per pair that ends in it."""
        if text.startswith((surname, "The", "the"), after):  # a match at ``after`` itself reads no text before it
            return next(self.alone(text, surname, after), None) is not None or self.household(text, surname, after)
        if surname not in later:
            later[surname] = (list(self.alone(text, surname, 0)),
                              [match.start() for match in _household(surname).finditer(text)])
        alone, households = later[surname]
        return bisect_right(alone, after) < len(alone) or bisect_right(households, after) < len(households)

    @staticmethod
    def household(text: str, surname: str, after: int) -> bool:
        """Whether the item names the surname's family after ``after`` (Orla Brennan sued… the
        Brennans may go on): the plural surname after "the" is the person's household."""
        return _household(surname).search(text[after:] if after else text) is not None

    def acceptable(self, text: str, start: int, end: int, candidates: list[Mention]) -> bool:
        name = text[start:end]
        words = name.split()
        if any(word in self.not_names or word.lower() in self.role_words for word in words):
            return False  # Justice Department, Paul Hastings Labs, Monday Morning
        if _CAPITAL_NEXT.match(text, end) and not self.post_nominal.match(text, end) or re.search(r"\b[A-Z][\w.]*[ \t]+of[ \t]+$", text[max(0, start - 40):start]):
            return False  # the Adam Smith Institute, Grace Hopper Celebration 2024, University of Mary Washington
        if _CJK.search(text[max(0, start - 30):end + 30]) or self.title_cased(text, start):
            return False  # inside a Chinese sentence; a headline in title case
        last = self.kb.lookup(words[-1])
        if self.known_otherwise(name) or last is not None and last.type not in ("Person", "Jurisdiction"):
            return False  # Hong Kong, Charles Schwab; Jane Google: names of other things
        surname_start = end - len(words[-1])  # Michelle Maldonado: a place's name is a surname too
        return not any(c.start < end and start < c.end and c.type != "Person" and
                       not c.mechanism.startswith(("english/party", "english/repeated")) and
                       not (c.type == "Jurisdiction" and c.start == surname_start and c.end == end) for c in candidates)

    def known_otherwise(self, name: str) -> bool:
        entry = self.kb.lookup(name)
        return entry is not None and entry.type != "Person"

