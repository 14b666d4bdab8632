"""An office one person holds, named right before its holder (Illinois Governor JB Pritzker,
加利福尼亚州州长加文·纽森, President Donald Trump) -> what the holder issued, proposed or repealed
anywhere in the document, the office did too, and the other way round (the annotations give
both: SCHEMA.md, "an official acting in office"): OfficeHolders.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import Document, DocumentFamily, Shared, key


class OfficeHolders(DocumentFamily):
    """Colorado Governor Jared Polis … Polis signed Senate Bill 24-205: the Colorado Governor issued
    it too; 美国总统拜登 … 美国总统签署《备忘录》: 拜登 issued it too.  The office ends with a word of an
    office one person holds (data/lexicon/context.tsv sole_office: Governor, 州长, President, 总统) and
    its holder's name follows it with nothing but a space between; a former office (前州长) and a
    deputy's (Vice President, 副总统: context.tsv sole_office_deputy) hold nothing.  An office told
    with two holders in the document (President Biden … President Trump) hands its acts to neither;
    a holder told with two offices hands his to neither."""
    detail = "holder"
    ACTS = ("issued", "proposed", "repealed")

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words["sole_office"]
        # the Latin word anywhere in the office's name as a whole word (Secretary of State), the Chinese at its end (州长)
        self.sole_office = re.compile(rf"\b(?:{alternatives(w for w in words if w.isascii())})(?!\w)"
                                      rf"|(?:{alternatives(w for w in words if not w.isascii())})$")
        self.deputy = tuple(shared.words["sole_office_deputy"])  # Vice President, 副总统: not the office

    def sole(self, office: Mention) -> bool:
        found = self.sole_office.search(office.text)
        return found is not None and not office.text[:found.start()].rstrip().endswith(self.deputy)

    def facts(self, document: Document) -> list[Fact]:
        holders: dict[str, dict[str, Mention]] = {}  # an office's key -> its holders' keys
        offices: dict[str, dict[str, Mention]] = {}  # a holder's key -> his offices' keys
        for _, text, mentions in document.items:
            for office, holder in zip(mentions, mentions[1:]):
                if (office.type == "Regulator" and holder.type == "Person" and self.sole(office)
                        and not text[office.end:holder.start].strip() and holder.start - office.end <= 1
                        and not self.shared.grammar.former_office(text, office, mentions)):
                    holders.setdefault(key(office), {})[key(holder)] = holder
                    offices.setdefault(key(holder), {})[key(office)] = office
        if not holders:
            return []
        told = {(key(f.head), f.relation, key(f.tail)) for f in document.facts}
        out: list[Fact] = []
        for fact in document.facts:
            if fact.relation not in self.ACTS:
                continue
            for partners in (offices.get(key(fact.head), {}), holders.get(key(fact.head), {})):
                if len(partners) != 1:
                    continue  # no partner, or two: which one acted is not told
                (partner_key, partner), = partners.items()
                if (partner_key, fact.relation, key(fact.tail)) not in told:
                    told.add((partner_key, fact.relation, key(fact.tail)))
                    out.append(Fact(partner, fact.relation, fact.tail, fact.evidence, 0.6))
        return out
