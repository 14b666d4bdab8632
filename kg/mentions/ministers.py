"""An English office title naming its portfolio is an official acting in office, a Regulator
(SCHEMA.md): the Minister of Rural Affairs and Fisheries, Union Minister for Ports and
Shipping, the Secretary for Housing and Transport.  The title words are
data/lexicon/english.tsv portfolio_title; the portfolio is a run of capitalised words
(and, of, the, &, commas between them) and ends before the holder's name, a Person another
family found, or before two to four capitalised words none of which state bodies' English names in the
knowledge base hold, up to a full stop (Minister of Science and Technology Nguyen Manh Hung: the holder,
a Person, ``ministers/holder``; a surname read for a person inside it stands for the holder).  The department or ministry of the same portfolio, where the item names it
(the Department of Rural Affairs and Fisheries), is the office's parent: a minister's office
is a unit of the department (kg.facts.ownership reads partOf).  Runs on the chosen mentions: a person found inside the title (Service Delivery
of the Minister of Public and Business Service Delivery) gives way; a title holding a body
(the Secretary of the Department of Home Affairs) is left to that body."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..alternation import alternatives
from ..model import Mention
from .base import Family, register, set_mentions
from .english import english_lexicon
from .english.shared import pairs
from .words import Words

_WORD = r"(?:[A-Z][\w&'’.-]*)"


@register
class Ministers(Family):
    def __init__(self, words: Words) -> None:
        lexicon = english_lexicon(words.kb)
        titles = alternatives(lexicon["portfolio_title"], spaced=True)
        of_portfolio = r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"  # the Minister for the Environment
        # the Department of X, the Ministry for X: the body of a portfolio, named by its kind and the portfolio
        self.portfolio_body = re.compile(rf"(?:{alternatives(lexicon['portfolio_body'])}){of_portfolio}(?P<portfolio>.+)")
        self.portfolio = re.compile(rf"(?:{titles}){of_portfolio}(?P<portfolio>.+)")
        # the Danish Minister of Culture: a nationality before the title makes a longer name of it (an altLabel)
        nationalities = alternatives(pairs(lexicon["nationality"]))
        self.nationality_before = re.compile(rf"(?<![\w.&'’-])(?:{nationalities})[ \t]+$")
        # the portfolio's words run on over a list's commas and "and the" (Information, Communications, and the
        # Digital Economy), not into the holder's title after a comma (…and Digital Economy, Dr. Jane Roe) nor
        # into another office (…Digital Economy, and the Principal Secretary)
        honorifics = alternatives({*lexicon["name_title"], *lexicon["surname_title"]})
        self.title = re.compile(
            rf"(?<![\w-])(?:{titles}){of_portfolio}"
            rf"{_WORD}(?:(?:,?[ \t]+(?:(?:and|&)[ \t]+the|and|of|the|&)[ \t]+|,[ \t]+(?!(?:{honorifics})(?![\w-]))|[ \t]+){_WORD})*")
        self.another_office = re.compile(rf",?[ \t]+(?:and|&)[ \t]+the[ \t]+(?:{_WORD}[ \t]+)?(?:{titles})(?![\w-])")

        # the words state bodies' English names are made of (Science, Technology, Posts, Culture): a portfolio's words
        self.body_words = frozenset(word for entry in words.kb.entries.values() if entry.type in ("Regulator", "Legislature")
                                    for name in entry.names if name.isascii() for word in re.findall(r"[A-Z][a-z]+", name))

    def __call__(self, doc: Doc) -> Doc:
        text, mentions = doc.user_data["text"], doc.user_data["mentions"]
        found = self.titles(text, mentions)
        if found:
            inside = {id(m): f for m in mentions for f in found
                      if f.start <= m.start and m.end <= f.end and m.type == "Person" and not m.kb_id}
            # Palak said, after Minister … Zunaid Ahmed Palak: a surname that stood for the person read inside is the holder's
            renamed = {m.text: f.text for m in mentions if (f := inside.get(id(m))) is not None and f.type == "Person"}
            kept = [replace(m, canonical=renamed[m.canonical]) if m.canonical in renamed else m
                    for m in mentions if id(m) not in inside]
            set_mentions(doc, sorted(kept + found, key=lambda m: m.start))
        return doc

    def titles(self, text: str, mentions: list[Mention]) -> list[Mention]:
        found = []
        for match in self.title.finditer(text):
            start, end = match.span()
            if (another := self.another_office.search(text, start, end)) is not None:
                end = another.start()  # …and the Digital Economy, and the Principal Secretary: another office
            holder, person = self.unknown_holder(text, start, end), []
            if holder is not None and not any(m.kb_id and m.start < holder[1] and holder[0] < m.end for m in mentions):
                # Minister of Science and Technology Nguyen Manh Hung: a holder no family knew in full, a person
                person = [self.mention(text[holder[0]:holder[1]], "Person", *holder, 0.6, "holder")]
                end = holder[0]
            # the holder's name ends the portfolio: Secretary for Housing and Transport Lee Wai; in an
            # apposition the holder stands before it (A, the Minister of Public Service Delivery, said)
            # (and a name after a comma is the holder's: the Secretary of Labour, Ann Roe)
            end = min([m.start for m in mentions if m.type == "Person" and start < m.start < end and
                       (text[:m.start].rstrip(" \t").endswith(",") or not re.search(r",[ \t]+the[ \t]+$", text[:start]))]
                      + [end])
            name = re.sub(r"(?:,?[ \t]+(?:and|of|the|&|for))*[ \t,]*$", "", text[start:end])
            end = start + len(name)
            if name.split()[-1] in ("of", "for", "the") or \
                    any(m.kb_id and m.start < end and start < m.end and not (start <= m.start and m.end <= end)
                        for m in mentions) or \
                    any(start <= m.start and m.end <= end and m.type not in ("Jurisdiction", "Person") for m in mentions) or \
                    any(m.type != "Jurisdiction" and m.start <= start < m.end for m in mentions):
                continue
            nationality = self.nationality_before.search(text, max(0, start - 30), start)
            whole = (text[nationality.start():end],) if nationality else ()
            found += [self.mention(name, "Regulator", start, end, 0.6, parent=self.department(name, mentions), aliases=whole), *person]
        return found

    def unknown_holder(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Where the holder's name stands in a title no known person ends (the other reader of a holder,
        kg.mentions.english.people's portfolio_holder, ends it where the name's end is known): after the portfolio's last
        joiner (and, &, a comma), at least one word of state bodies' names, then two to four capitalised
        words none of which is one, up to a sentence's full stop (…Science and Technology Nguyen Manh
        Hung.; …and Information Technology Zunaid Ahmed Palak); None where every word may be the portfolio's."""
        tail = re.split(r",|[ \t](?:and|&|of|for|the)[ \t]", text[start:end])[-1]
        offset = end - len(tail)
        words = []
        for word in re.finditer(r"\S+", tail):
            words.append(word)
            if word.group().endswith(".") and len(word.group()) > 2:
                break  # Talukder. Talukder said: the full stop ends the name
        cut = next((i for i, word in enumerate(words) if all(w.group().rstrip(".") not in self.body_words for w in words[i:])), None)
        if cut is None or cut == 0 or not 2 <= len(words) - cut <= 4:
            return None
        last = words[-1]
        return offset + words[cut].start(), offset + last.end() - (last.group().endswith(".") and len(last.group()) > 2)

    def department(self, office: str, mentions: list[Mention]) -> Mention | None:
        """The body named for the office's portfolio: the Department of Digital Industry for
        the Minister of Digital Industry (the Ministry for it, for the Minister for it)."""
        portfolio = self.portfolio.match(office)
        return next((m for m in mentions if m.type == "Regulator" and (body := self.portfolio_body.fullmatch(m.text))
                     and body.group("portfolio") == portfolio.group("portfolio")), None) if portfolio else None
