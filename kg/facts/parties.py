"""A case card's line of parties, each with its role in brackets after its name:

    受理机构：北海市中级人民法院
    当事人：星辰出版社（原告）；云图科技、云图智能（被告）

-> 星辰出版社 sued 云图科技 and 云图智能 (the card names a court, or the roles are a
suit's: 原告, 被告, plaintiff, defendant); where the card names no court and the roles are
a complaint's or an agency's case (投诉人 / 被投诉方, 被申请人, complainant, respondent),
the complainants, else the agency named among the parties without a role
(当事人：FTC；Workado（被申请人）), accused the others.  A role stands last in the
brackets closing a party (苹果（Apple，被告）, Baron App（Cameo的运营方，原告）); the names
inside the brackets are glosses, no parties.  Words from data/lexicon/context.tsv:
party_label, plaintiff_role, defendant_role, complaint_role, court_field.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..alternation import alternatives
from ..model import Fact, Mention
from ..punctuation import NAME_DOTS
from ..sentences import card_line
from .base import AGENTS, Document, DocumentFamily, Shared, confidence, key, line_end
from .base import evidence as sentence_evidence

_BRACKETS = re.compile(r"[（(][^（）()]*[)）]")
_SEPARATOR = re.compile(r"[；;]")
PARTY_TYPES = AGENTS - {"Court", "Jurisdiction"}
_LATIN_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:,? [A-Z][\w.&'’-]*){0,3}")
_CHINESE_NAME = re.compile(rf"[\u4e00-\u9fff{NAME_DOTS}]{{2,8}}")  # 洛佩斯, 罗兰‧基斯特: any dot of a name


class PartyLines(DocumentFamily):
    detail = ""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.label = card_line(words["party_label"])  # （2）当事人：, 2. Parties:
        self.court_line = card_line(words["court_field"])
        roles = [*words["plaintiff_role"], *words["defendant_role"]]
        self.role = re.compile(rf"(?:^|[，,、\s])(?P<role>{alternatives(roles)})\s*$", re.IGNORECASE)
        self.plaintiff_roles = {w.lower() for w in words["plaintiff_role"]}
        self.complaint_roles = {w.lower() for w in words["complaint_role"]}

    def facts(self, document: Document) -> list[Fact]:
        out = []
        for item, text, mentions in document.items:
            for line in self.label.finditer(text):
                end = line_end(text, line.end())
                out += self.line_facts(item, text, line.start(), line.end(), end, mentions)
        return out

    def line_facts(self, item, text: str, start: int, value: int, end: int, mentions: list[Mention]) -> list[Fact]:
        """The facts of one party line (text[start:end], its parties from ``value`` on)."""
        parties: list[tuple[list[Mention], str | None]] = []  # each party's names and its role
        position = value
        for part in [*_SEPARATOR.split(text[value:end])]:
            part_end = position + len(part)
            glosses = [(position + m.start(), position + m.end()) for m in _BRACKETS.finditer(part)]
            role = None
            if glosses:
                first, last = glosses[-1]
                found = self.role.search(text[first + 1:last - 1])
                role = found.group("role").lower() if found else None
            opening = position + len(part) - len(part.lstrip())
            # a model's name opening the party is the company of that name (Baron App（原告）); one
            # describing it is none (Siri用户)
            names = [m if m.type in PARTY_TYPES else replace(m, type="Company") for m in mentions
                     if position <= m.start and m.end <= part_end and not any(a <= m.start < b for a, b in glosses)
                     and (m.type in PARTY_TYPES or m.type == "AIModel" and m.start == opening)]
            if role and glosses and not any(m.start == opening for m in names):
                names = self.unnamed(text, opening, glosses[0]) + names
            if names:
                parties.append((list({key(m): m for m in names}.values()), role))
            position = part_end + 1
        if not any(role for _, role in parties):
            return []
        heads = [m for names, role in parties if role in self.plaintiff_roles for m in names]
        tails = [m for names, role in parties if role and role not in self.plaintiff_roles for m in names]
        complaint = any(role in self.complaint_roles for _, role in parties)
        relation = "sued" if self.names_court(text, mentions) or not complaint else "accused"
        if relation == "accused" and not heads:  # 当事人：FTC；Workado（被申请人）: the agency's case
            heads = [m for names, role in parties if role is None for m in names if m.type == "Regulator"]
        evidence = sentence_evidence(item, text, start, end, item.date)
        return [Fact(head, relation, tail, evidence, confidence(head, tail, 0.75), self.rule)
                for head in heads for tail in tails if key(head) != key(tail)]

    @staticmethod
    def unnamed(text: str, start: int, gloss: tuple[int, int]) -> list[Mention]:
        """A party no name family found, standing before its first brackets: a name in
        Latin script (Workado（被申请人）: a company), or a Chinese one glossed in Latin
        (洛佩斯（Lopez）等用户（原告）: a person)."""
        before = text[start:gloss[0]].strip()
        inside = text[gloss[0] + 1:gloss[1] - 1]
        if _LATIN_NAME.fullmatch(before):
            kind = "Company"
        elif _CHINESE_NAME.fullmatch(before) and _LATIN_NAME.fullmatch(inside.strip()):
            kind = "Person"
        else:
            return []
        at = text.index(before, start)
        return [Mention(before, kind, at, at + len(before), mechanism="parties", confidence=0.6)]

    def names_court(self, text: str, mentions: list[Mention]) -> bool:
        """Whether the card's court line (受理机构：, 法院：, Court:) names a court."""
        return bool(card_courts(self.court_line, text, mentions))


def card_courts(court_line: re.Pattern, text: str, mentions: list[Mention]) -> list[Mention]:
    """The courts named on the court lines of a card (card_line of context.tsv court_field:
    受理机构：X, （1）法院：X, Court: X) in ``text``."""
    found = []
    for line in court_line.finditer(text):
        end = line_end(text, line.end())
        found += [m for m in mentions if line.end() <= m.start < end and m.type == "Court"]
    return found
