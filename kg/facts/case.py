"""Who sued whom, read from a case named after its parties: 纽约时报诉微软和OpenAI案,
Getty Images v. Stability AI (known names only, CaseParties), and 星岚科技诉卓汇科技著作权
侵权纠纷一案 where its document names both sides elsewhere (CasePartiesNamedElsewhere).
"""
from __future__ import annotations

import re

from ..cases import case_sides
from ..model import Fact, Mention
from .base import PARTIES, SIGNATURES, Document, DocumentFamily, Sentence, SentenceFamily, key
from .base import evidence as sentence_evidence


class CaseParties(SentenceFamily):
    """A case named after its parties gives who sued whom where the knowledge base knows
    one side at least (Getty Images v. Stability AI); the other side may be a name its
    item finds (MillerKing 诉 DoNotPay, the firm MillerKing named in the card), or a surname
    of a person its item names in full (Schuster 诉 Scale AI: 原告Anna Schuster…).  Sides
    neither known nor found tell no one (甲诉DoNotPay案)."""
    _named: list[Mention] | None = None  # (the list of names by_text indexed last, its length and the index)
    _count, _by_text = 0, {}

    def facts(self, sentence: Sentence) -> list[Fact]:
        return [fact for mention in sentence.mentions if mention.type == "Case"
                for fact in self.parties(mention, sentence)]

    def parties(self, case: Mention, sentence: Sentence) -> list[Fact]:
        named = case_sides(case.text)
        if named is None:
            return []
        sides, known = [], False
        for side in named:
            names = []
            for name in side:
                entry = self.kb.lookup(name)
                known |= entry is not None and entry.type in SIGNATURES["sued"][0]
                found = None if entry is not None else self.found(name, case, sentence.named, self.by_text(sentence.named))
                if (party := at_case(name, case, entry, found)) is not None:
                    names.append(party)
            sides.append(names)
        if not known:
            return []  # two sides the knowledge base does not know: CasePartiesNamedElsewhere's
        return [Fact(plaintiff, "sued", defendant, sentence.evidence, 0.8)
                for plaintiff in sides[0] for defendant in sides[1] if key(plaintiff) != key(defendant)]

    def by_text(self, named: list[Mention]) -> dict[str, list[Mention]]:
        """An item's names by their text (stripped), in order: made once per item (its sentences
        share its list of names), not a scan of them all at each case's side."""
        if self._named is not named or self._count != len(named):
            self._named, self._count, self._by_text = named, len(named), {}
            for mention in named:
                self._by_text.setdefault(mention.text.strip(), []).append(mention)
        return self._by_text

    @staticmethod
    def found(name: str, case: Mention, named: list[Mention], by_text: dict[str, list[Mention]]) -> Mention | None:
        """The party the item names by the case's side: the same name (the first of ``by_text``'s,
        named's names by their text), or for a surname a person whose name ends with it (McKinney:
        Steve McKinney)."""
        def outside(m: Mention) -> bool:
            return m.type in PARTIES and not (case.start <= m.start < case.end)
        same = next((m for m in by_text.get(name, ()) if outside(m)), None)
        if same is not None or not _SURNAME.fullmatch(name):
            return same
        return named_by_surname(name, [m for m in named if outside(m)])


class CasePartiesNamedElsewhere(DocumentFamily):
    """A case named after parties the knowledge base does not know (星岚科技诉卓汇科技著作权
    侵权纠纷一案), or not all of them (Hale 诉 Scale AI), each side named as a party elsewhere in its
    document (星岚科技向法院提起诉讼…; a surname: the one person named in full by it, Mira Hale):
    the plaintiffs sued the defendants in the sentence naming the case, so that what that
    sentence tells (一审判决, 和解) is told of their suit.  A case whose sides the knowledge base
    all knows is CaseParties'."""
    detail = "elsewhere"

    def facts(self, document: Document) -> list[Fact]:
        parties: dict[str, Mention] = {}
        for _, _, mentions in document.items:
            for mention in mentions:
                if mention.type in PARTIES:
                    parties.setdefault(mention.text.strip(), mention)
        surnames = by_surname(parties.values())  # (indexed once: not every party read again at each case)
        out = []
        for item, text, mentions in document.items:
            cases = [m for m in mentions if m.type == "Case"]
            if not cases:
                continue
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                for case in (m for m in inside if m.type == "Case"):
                    named = case_sides(case.text)
                    if named is None or all(self.kb.lookup(name) is not None for side in named for name in side):
                        continue  # every side known: CaseParties'
                    sides = [[self.party(name, case, parties, surnames) for name in side] for side in named]
                    if not all(all(side) for side in sides):
                        continue  # a side its document does not name as a party: no telling who
                    plaintiffs, defendants = sides
                    evidence = sentence_evidence(item, text, start, end, date)
                    out += [Fact(p, "sued", d, evidence, 0.7) for p in plaintiffs for d in defendants if key(p) != key(d)]
        return out

    def party(self, name: str, case: Mention, parties: dict[str, Mention],
              surnames: dict[str, dict[str, Mention]]) -> Mention | None:
        """The side as a name at its place in the case: a known party, the same name found
        elsewhere, or for a surname the one person the document names in full by it (``surnames``:
        by_surname of the parties)."""
        entry = self.kb.lookup(name)
        found = None if entry is not None else parties.get(name) or surname_of_one(name, surnames)
        return at_case(name, case, entry, found)


def at_case(name: str, case: Mention, entry, found: Mention | None) -> Mention | None:
    """A side of a case as a party at its place in the case's name: the knowledge base's
    entry where it is a party's type, else the party its text names by that side."""
    offset = case.start + case.text.find(name)
    if entry is not None:
        return Mention(name, entry.type, offset, offset + len(name), kb_id=entry.id, mechanism="kb",
                       confidence=0.9) if entry.type in SIGNATURES["sued"][0] else None
    if found is None:
        return None
    return Mention(found.text, found.type, offset, offset + len(name), kb_id=found.kb_id, canonical=found.canonical,
                   mechanism=found.mechanism, confidence=found.confidence)


def named_by_surname(surname: str, mentions: list[Mention]) -> Mention | None:
    """The one person the names call in full by a surname a case's side gives (McKinney: Steve McKinney)."""
    if not _SURNAME.fullmatch(surname):
        return None
    people = {m.text: m for m in mentions if m.type == "Person" and m.text.endswith(" " + surname)}
    return next(iter(people.values())) if len(people) == 1 else None


def by_surname(mentions) -> dict[str, dict[str, Mention]]:
    """The persons of ``mentions`` by the last word of their name (after its last space), each
    text once (its last mention): what named_by_surname reads of them, indexed once."""
    people: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.type == "Person" and " " in m.text:
            people.setdefault(m.text.rsplit(" ", 1)[1], {})[m.text] = m
    return people


def surname_of_one(surname: str, people: dict[str, dict[str, Mention]]) -> Mention | None:
    """named_by_surname over the mentions ``people`` indexes (by_surname), in time that does not
    grow with them."""
    if not _SURNAME.fullmatch(surname):
        return None
    named = people.get(surname, {})
    return next(iter(named.values())) if len(named) == 1 else None


# Marrow, Cornish-Adebiyi, McKinney, O'Brien: one word, capitalised
_SURNAME = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
