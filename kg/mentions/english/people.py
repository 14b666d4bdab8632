"""English persons and offices: a person named beside a role, a title or an honorific, and an
office named by its nation or portfolio before its holder."""
from __future__ import annotations

import re

from ...alternation import alternatives
from ...kb import KnowledgeBase
from ...lookahead import cued
from ...model import Mention
from ..words import LATIN_LETTERS, LATIN_LOWER, LATIN_UPPER
from .shared import _CJK, _NAME, Rule, generation_pattern, opening_roles, with_openings


# what stands before a name an apposition follows when the name is the end of another: a capitalised
# word (Law Project of Tech Justice Law Project), "of" or "the" (of Northbridge Legal, one of…)
_NAME_GOES_ON = re.compile(r"(?:(?<![\w'’-])(?:of|the|The)|[A-Z][\w&'’.-]*)[ \t]+$")


class Persons(Rule):
    name = "person"
    people = True

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.body_finals = frozenset(words["body_final"])  # its partner Global Ventures Fund: a body, no person
        roles = sorted(words["person_role"], key=len, reverse=True)
        # Jane Roe, Jane M. Roe, Ursula von der Leyen (english.tsv name_particle)
        # (on one line: By reporter Jane Roe / Posted… is no name running on; Al-Haroun, De La Torre)
        word = rf"[{LATIN_UPPER}][{LATIN_LOWER}'’]+(?:-[{LATIN_LETTERS}][{LATIN_LOWER}'’]+)*"  # Cármen Lúcia, Pejčinović
        # (Rohani bte Yusof, Kumar s/o Raju: a patronymic's small word too, english.tsv patronymic)
        particles = tuple(dict.fromkeys(words["name_particle"] + words["patronymic"]))
        particle = alternatives(particles + tuple(p.title() for p in particles))
        person = rf"{word}(?:[ \t]+[A-Z]\.)?(?:(?:[ \t]+(?:{particle})){{0,2}}[ \t]+{word}){{1,2}}"
        # J.D. Hollingsworth, R.J. Castellano: initials as the given name (not U.S. Steel, E.U. Commissioner)
        initialled = rf"(?!U\.[SK]\.|E\.U\.|U\.N\.)(?:[A-Z]\.){{2,3}}[ \t]+{word}(?:[ \t]+{word})?"
        # Judge Jane Roe; Getty's chief executive, Craig Peters
        # (after a role, one or two initials may stand for the given name: Acting Judge DJ Smit, Judge A Roe;
        # the role's abbreviation in brackets may come between: Prime Minister (PM) Jane Roe)
        self.titled = cued(rf"(?<![\w.])(?:{alternatives(roles)}),?(?:[ \t]+\([A-Z]{{2,5}}\))?\s+"
                           rf"(?P<name>{person}|{initialled}|[A-Z]{{1,2}}[ \t]+{word})(?![\w])")
        # Composer Jane Roe said: a role written in lower case, capitalised where it opens a sentence or a line
        self.opening_titled = cued(rf"(?:(?<=[.!?][ \t])|(?<=[.!?][ \t][“\"])|(?<![^\n]))(?:{alternatives(opening_roles(words))})[ \t]+(?P<name>{person})(?![\w])")
        # Union Minister for Electronics and IT Ashwini Vaishnaw: the holder after the portfolio's words
        self.portfolio_holder = cued(
            rf"(?<![\w.])(?:{alternatives(words['portfolio_office'])})[ \t]+(?:for|of)[ \t]+(?:(?:[A-Z][\w'’-]*,?|and|&)[ \t]+){{0,7}}?"
            rf"[A-Z][\w'’-]*[ \t]+(?P<name>[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+)(?=[ \t]+[a-z]|[ \t]*[,;:])")
        plural_roles = alternatives(with_openings(words["plural_role"]))
        # writers Grady Hendrix and Jennifer Roberson; advocates Jane Roe, John Doe, and Ann Poe: each listed name
        self.titled_pair = cued(rf"(?<![\w.])(?:{plural_roles})\s+(?P<first>{person}(?:,[ \t]+{person}){{0,4}}),?\s+and\s+(?P<second>{person})(?![\w])")
        lower_roles = alternatives(dict.fromkeys([*(r for r in roles if r[:1].islower()), *words["apposed_role"]]))
        # Jane Roe, the president who heads…; JB Lee, its chief executive (two initials as the given name);
        # not Acme Legal, on behalf of the authors: a phrase of a preposition or a verb is no description (apposition_stop)
        self.apposed = cued(rf"(?<![\w.&'’-])(?P<name>{person}|{initialled}|[A-Z]{{2}}[ \t]+[A-Z][a-z'’-]+),\s+(?:(?:the|a|an|another|former)\s+)?(?:{_NAME}(?:['’]s?)?\s+)?"
                                  rf"(?:(?!(?:{alternatives(words['apposition_stop'])})\s)[a-z][\w'’-]*\s+){{0,4}}?(?:{lower_roles})\b")
        # a claimant, Jane Roe, … / his solicitor, John Doe, …: a person described before the name between commas
        self.described_person = cued(
            rf"(?<![\w'’-])(?:[Tt]he|an?|An?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w.&-]*['’]s)[ \t]+(?:[\w-]+(?:['’]s)?[ \t]+){{0,3}}?"
            rf"(?:{alternatives(words['described_person'])}),[ \t]+(?P<name>{person})(?=[ \t]*[,;.)])")
        # Jane Roe's voice and likeness: what only a person has, after the name's possessive (english.tsv personal_attribute)
        self.personal_possessive = cued(rf"(?<![\w.&'’-])(?P<name>{person})['’]s[ \t]+(?:own[ \t]+)?"
                                            rf"(?:{alternatives(words['personal_attribute'])})(?![\w-])")
        # 17-year-old Jane Roe, her 14-year-old son John Roe: an age told before the name is a person's
        self.aged = cued(rf"(?<![\w.-])\d{{1,3}}-year-old[ \t]+(?:[a-z]+[ \t]+)?(?P<name>{person})(?![\w&])")
        # Jane Roe, a 14-year-old student; John Roe III, an 80-year-old…: an age in apposition after the name
        generation = generation_pattern(words["name_suffix"])
        self.aged_after = cued(rf"(?<![\w.&'’-])(?P<name>{person})(?=(?:{generation})?,[ \t]+an?[ \t]+\d{{1,3}}-year-old(?![\w-]))")
        # Jane Roe of the Harbor Justice Project, one of the attorneys for…: one of a group only persons form
        # (english.tsv partitive_role), after the name and the body it is of
        self.one_of = cued(rf"(?<![\w.&'’-])(?P<name>{person})(?=(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&'’-]*[ \t]+){{0,5}}[A-Z][\w&'’-]*)?"
                               rf",[ \t]+one[ \t]+of[ \t]+(?:the|his|her|their|its)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
                               rf"(?:{alternatives(words['partitive_role'])})(?![\w-]))")
        # Mr Justice Roe, Lord Roe, Dame Jane Roe: a British title that the name is written with
        self.honorific = cued(rf"(?<![\w.&'’-])(?P<name>(?P<title>{alternatives(words['honorific'])})(?:[ \t]+{word}){{1,2}})(?![\w&'’-])")
        # Shri Jane Roe Doe, Smt. Jane Roe: a courtesy title before a full name of up to three words, no part of it
        self.courtesy = cued(rf"(?<![\w.&'’-])(?P<title>{alternatives(words['courtesy_title'])})[ \t]+"
                                 rf"(?P<name>{word}(?:[ \t]+{word}){{0,2}})(?![\w&'’-])")
        # Gov. Abbott addressed…, Mr Al-Haroun, who…, Judge Conway said: a capitalised role and a
        # family name alone, no capitalised word after it (Justice Department is no person)
        plural = frozenset(words["plural_role"])  # (Ms Roe, Mrs Roe; not Writers Roe)
        capitalised = alternatives(r for r in roles if r[:1].isupper() and r not in plural)
        self.titled_surname = cued(rf"(?<![\w.])(?:{capitalised})[ \t]+(?P<name>{word})(?![\w'’-]|[ \t]+[A-Z0-9&]|\.[\w])")
        self.shared_family = cued(r"(?<![\w.])(?P<first>[A-Z][a-z]+)\s+and\s+(?P<second>[A-Z][a-z]+)\s+"
                                        r"(?P<family>[A-Z][a-z'’-]+)(?![\w])")
        word = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"  # DeKalb, McHenry, DuPage: a capital inside a place's word
        self.generation = re.compile(rf"{generation_pattern(words['name_suffix'])}(?![\w-]|['’](?!s\b))")  # Roe, Jr.; Roe III's
        # engineer, employee, company: a noun after an aged name is whom the age describes (english.tsv)
        self.aged_nouns = frozenset(word for kind in ("described_person", "kind_noun", "apposed_role")
                                    for word in words[kind] if " " not in word)
        self.office_words = frozenset(word for title in words["office_title"] for word in title.split())  # Lord Chancellor
        self.surname_titles = frozenset(words["surname_title"])  # Ms. Roe: a name of Roe too

    # -- persons -----------------------------------------------------------------------
    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        found = []
        for pattern in (self.titled, self.opening_titled, self.apposed, self.described_person, self.personal_possessive,
                        self.aged, self.aged_after, self.one_of):
            for match in pattern.finditer(text):
                name, start = match.group("name"), match.start("name")
                owner = int(name.endswith(("s'", "s’")))  # Gov. Jared Polis’ signature: the possessive's mark is no part
                name = name[:len(name) - owner]
                if pattern in (self.aged_after, self.one_of) and _NAME_GOES_ON.search(text, max(0, start - 40), start):
                    continue  # the Tech Justice Law Project, one of…: the end of a longer name, or a body's after "of"
                if re.search(r"['’]s\b", name) or self.title_cased(text, match.start("name")):
                    continue  # the Justice Department's Civil Rights Division, Judge Rules Against X: no person
                while len(name.split()) > 2 and name.split()[0].lower() in self.shared.role_words:
                    start += len(name.split()[0]) + 1  # Governor General Mary Simon: General is the title's
                    name = text[start:match.end("name") - owner]
                if pattern is self.titled and name.split()[0].lower() in self.shared.role_words:
                    continue  # Detective Superintendent Tim McKinney read from Detective: a title's word opens no name
                if self.kb.lookup(name) is not None and self.kb.lookup(name).type != "Person":
                    continue
                initial = pattern is self.titled and len(name.split()[0]) == 1  # Judge A Roe: A is her initial, no article
                if any(word in self.name_stops for word in name.split()[initial:]) or name.split()[-1] in self.body_finals:
                    continue  # In March, after artists complained…: a month, a sentence's first word, no person
                if pattern is self.aged and (noun := re.match(r"[ \t]+([a-z-]+)", text[match.end("name"):])) \
                        and noun.group(1) in self.aged_nouns:
                    continue  # a 45-year-old Quillmark Robotics engineer: the age is the engineer's
                if any(self.kb.lookup(word) is not None and self.kb.lookup(word).type != "Person" and not self.place_surname(name, i)
                       and not self.place_given(name, i) for i, word in enumerate(name.split())):
                    continue  # Judge Microsoft Corp…: no person
                generation = self.generation.match(text, match.end("name"))  # the novelist Andre Roe III: III is his name's
                end = generation.end() if generation else match.end("name") - owner
                found.append(self.mention(text[start:end], "Person", start, end, 0.75, "aged" if pattern is self.aged else "person"))
        found += self.honorifics(text)
        found += self.titled_surnames(text, candidates + found)
        lower_words = frozenset(re.findall(r"(?<![\w'’-])[a-z]+", text))
        # One of two readers of a minister's holder, by which end is known: here the name's (two words, then a
        # lower-case word or a comma), the portfolio any words; kg.mentions.ministers.unknown_holder the portfolio's
        # (the words of state bodies' names), the name up to a full stop. Ministers runs on the chosen mentions and
        # ends a portfolio at the Person found here, so this one runs first, with the persons.
        for match in self.portfolio_holder.finditer(text):  # Minister for Electronics and IT Ashwini Vaishnaw
            name = match.group("name")
            if any(word.lower() in lower_words or word in self.name_stops for word in name.split()) or \
                    self.kb.lookup(name) is not None or self.title_cased(text, match.start()):
                continue  # Minister of Artificial Intelligence and Digital Innovation, then a full stop: no person
            found.append(self.mention(name, "Person", match.start("name"), match.end("name"), 0.7, "person"))
        for match in self.titled_pair.finditer(text):  # writers Grady Hendrix and Jennifer Roberson: each
            listed = [(part.group(), match.start("first") + part.start()) for part in re.finditer(r"[^,]+", match.group("first"))]
            for name, start in [*listed, (match.group("second"), match.start("second"))]:
                name, start = name.lstrip(), start + len(name) - len(name.lstrip())
                if self.kb.lookup(name) is None and not re.search(r"['’]s\b", name):
                    found.append(self.mention(name, "Person", start, start + len(name), 0.7, "person"))
        for match in self.shared_family.finditer(text):
            first, second, family = match.group("first", "second", "family")
            if not {first, second} <= self.shared.given_names or self.kb.lookup(family) is not None:
                continue  # Bpifrance and General Catalyst: no persons
            # Matthew and Maria Roe: Matthew Roe, the full name his label too (the given name alone names no one)
            found.append(self.mention(first, "Person", match.start("first"), match.end("first"), 0.6, "person",
                                 canonical=f"{first} {family}", aliases=(f"{first} {family}",)))
            found.append(self.mention(f"{second} {family}", "Person", match.start("second"), match.end("family"), 0.6, "person"))
        return found

    def titled_surnames(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Gov. Abbott addressed the moratorium, his client, Mr Al-Haroun, Judge Conway said: a
        person named by a capitalised role and the family name alone, the person named in full
        elsewhere where a found person ends with it (its canonical name).  Not a word the item
        writes in lower case too (Chief Justice, Secretary General: a role's word), a known
        non-person, a given name, a month, a body's last word; nor in a title-case line."""
        found = []
        persons = [m for m in candidates if m.type == "Person"]
        for match in self.titled_surname.finditer(text):
            name, start = match.group("name"), match.start("name")
            name = re.sub(r"['’]s?$", "", name)  # Judge Furman's ruling: the possessive's mark is no part
            end = start + len(name)
            entry = self.kb.lookup(name)
            if name in self.name_stops or name in self.body_finals or name in self.shared.given_names \
                    or name.lower() in self.shared.role_words or entry is not None and entry.type != "Person" \
                    or any(m.start < end and start < m.end for m in candidates) or self.title_cased(text, match.start()) \
                    or re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", text):
                continue
            full = next((m for m in persons if m.text.endswith(f" {name}")), None)
            found.append(self.mention(name, "Person", start, end, 0.6, "person",
                                      **({"canonical": full.canonical or full.text} if full is not None else
                                         {"aliases": self.titled_alias(text, match.start(), end)})))
        return found

    def titled_alias(self, text: str, start: int, end: int) -> tuple[str, ...]:
        """Ms. Roe, Judge Roe: the title and the family name after it, a name of the person
        too where the title is one a person is called by (english.tsv surname_title; not Gov.,
        Senator: offices), the name a text that gives no full name knows them by (where it
        does, Jane Roe stays the person's name and label)."""
        titled = " ".join(text[start:end].split())
        return (titled,) if titled.rsplit(" ", 1)[0] in self.surname_titles else ()

    def place_surname(self, name: str, index: int) -> bool:
        """Whether the word at ``index`` of a name a role describes is a family name that is also a
        known place's (Dazhon Darien, the school's athletic director): the last word of two or
        three, after words that are neither known names nor open a place's (New Haven, North
        Austin, Fort Worth are places)."""
        words = name.split()
        entry = self.kb.lookup(words[index])
        return index == len(words) - 1 > 0 and len(words) <= 3 and entry is not None and entry.type == "Jurisdiction" and \
            words[0] not in self.shared.place_openers and self.kb.lookup(" ".join(words[:-1])) is None and \
            not any(self.kb.lookup(word) is not None for word in words[:-1])

    def place_given(self, name: str, index: int) -> bool:
        """Whether the word at ``index`` of a name a role describes is a given name that is also a
        known place's (Judge Victoria Kolakowski; Media contact: Jordan Feltwell, Public Information
        Officer): the first of two or three, the words after it no known name nor a place's kind
        (Judge Orange County is no person)."""
        words = name.split()
        entry = self.kb.lookup(words[index])
        return index == 0 and 2 <= len(words) <= 3 and entry is not None and entry.type == "Jurisdiction" and \
            words[0] not in self.shared.place_openers and self.kb.lookup(name) is None and \
            not any(self.kb.lookup(word) is not None or word in self.shared.place_kinds for word in words[1:])

    def honorifics(self, text: str) -> list[Mention]:
        """Mr Justice Ritchie-Hale, Lord Roe, Dame Jane Roe: a person named with a British title,
        the title part of the name (but a judge's given name and surname after "Justice" are
        the name alone: Mrs Justice Jane Roe is Jane Roe), in a title-case line too (Justices: Lord Roe, Lady Doe); not an
        office (Lord Chancellor, Lord Chief Justice)."""
        found = []
        for match in (*self.honorific.finditer(text), *self.courtesy.finditer(text)):
            named = text[match.end("title"):match.end()].split()
            if any(word in self.name_stops or word.lower() in self.shared.role_words or word in self.shared.office_modifiers or
                   word in self.office_words or self.kb.lookup(word) is not None
                   and self.kb.lookup(word).type not in ("Person", "Jurisdiction") for word in named) or \
                    _CJK.search(text[max(0, match.start() - 2):match.end() + 2]):
                continue
            start = match.start()
            if match.group("title").endswith("Justice") and len(named) == 2 or match.start("name") > match.start("title"):
                start = match.end() - len(" ".join(named))  # Mrs Justice Jane Roe, Shri Jane Roe: the name without its title
            found.append(self.mention(text[start:match.end()], "Person", start, match.end(), 0.75, "honorific"))
        return found


class HeldOffices(Rule):
    name = "office"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # Chinese President Xi Jinping, Industry and Science Minister Ed Husic: an office named by its
        # country's adjective or its portfolio, before the person holding it
        office = alternatives(words["office_title"])
        holder = r"(?=[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)"
        self.nation_office = cued(rf"(?<![\w.&'’-])(?P<nation>{alternatives(self.shared.nationalities)})[ \t]+(?:{office}){holder}")
        self.portfolio_office = cued(
            rf"(?<![\w.&'’-])(?P<portfolio>[A-Z][a-z]+(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)[A-Z][a-z]+){{0,3}})[ \t]+"
            rf"(?:{alternatives(words['portfolio_office'])}){holder}")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Chinese President Xi Jinping, Industry and Science Minister Ed Husic: an office
        named by a nationality or a portfolio before its holder's name (a Regulator; the
        person is a name of its own)."""
        found = []
        for match in self.nation_office.finditer(text):
            found.append(self.mention(match.group(), "Regulator", match.start(), match.end(), 0.8, "office"))
        for match in self.portfolio_office.finditer(text):
            words = re.findall(r"[A-Z][a-z]+", match.group("portfolio"))
            # Danish Culture Minister Jakob Roe: the nationality opens no portfolio; it names the office whole too
            nation = words[0] if len(words) > 1 and words[0] in self.shared.nationalities else None
            words = words[1:] if nation else words
            if any(word in self.name_stops or word in self.kb.sentence_words.get("sentence_start", ()) or
                   word in self.shared.nationalities or word in self.shared.office_modifiers or self.kb.lookup(word) is not None
                   for word in words) or self.title_cased(text, match.start()):
                continue  # The Minister, U.S. Secretary, Prime Minister: no portfolio; a place's office is english/placed
            start = match.start() + (len(nation) + 1 if nation else 0)
            found.append(self.mention(text[start:match.end()], "Regulator", start, match.end(), 0.7, "office",
                                      aliases=(match.group(),) if nation else ()))
        return [m for m in found if not _CJK.search(text[max(0, m.start - 2):m.end + 2])]


CHAIR_BODY_LEAD = 12  # the longest words a known body's name sets before the initials its chair is named by (Dutch DPA)


class BodyChairs(Rule):
    name = "chair"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # FTC Chair Lina Khan, the Dutch DPA chairman Jan Roe: a state body's chair, the body by its initials
        holder = r"(?=[ \t]+[A-Z][\w'’.-]*[ \t]+[A-Z])"
        self.chair = cued(rf"(?<![\w.&'’-])(?P<body>[A-Z]{{2,6}})[ \t]+(?:{alternatives(words['body_chair'])}){holder}")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """FTC Chair Lina Khan, the Dutch DPA chairman Jan Roe: the chair of a state body
        written by its initials, before the holder's name, is an office of its own (a
        Regulator; no unit of the body, nor placed: the annotations give 1 of 6 such offices a
        parent, 2 a place), the body a Regulator the knowledge base or an earlier family
        knows; a known body's longer name ending in the initials (Dutch DPA) opens the
        office.  A company's chair (UMG Chairman Jane Roe) is no office."""
        regulators = {m.end: m for m in candidates if m.type == "Regulator"}
        found = []
        for match in self.chair.finditer(text):
            body = regulators.get(match.end("body"))
            if body is None or body.start < match.start("body") - CHAIR_BODY_LEAD or _CJK.search(text[max(0, body.start - 2):match.end() + 2]):
                continue  # UMG Chairman Jane Roe: a company's chair; unknown initials type nothing
            found.append(self.mention(text[body.start:match.end()], "Regulator", body.start, match.end(), 0.75, "chair",
                                      aliases=(text[match.start("body"):match.end()],) if body.start < match.start("body") else ()))
        return found
