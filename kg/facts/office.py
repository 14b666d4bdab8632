"""An office and the body it heads, told apart by the portfolio both name: the Minister for
Digital Development and Information and the Ministry of Digital Development and Information,
the Union Minister for Electronics and IT and the Ministry of Electronics and Information
Technology, the Technology Secretary and the Department for Science, Innovation and
Technology -> the office partOf the body.  An office's word heads only its own kind of body
(data/lexicon/english.tsv office_body: Minister=Ministry, Secretary=Department): the
annotations make no Home Affairs Minister a part of the Department of Home Affairs, whose
Secretary is.  Each word of the office's portfolio is one of the body's, or the initials of
some of them in a row (IT: Information Technology); office_modifier words (Union, Deputy)
and of, for, and, the name no portfolio.

An office one person holds, named right before its holder (Illinois Governor JB Pritzker,
加利福尼亚州州长加文·纽森, President Donald Trump) -> what the holder issued, proposed or repealed
anywhere in the document, the office did too, and the other way round (the annotations give
both: SCHEMA.md, "an official acting in office"): OfficeHolders.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..mentions.english import english_lexicon, pairs
from ..model import Fact, Mention
from .base import Document, DocumentFamily, Shared, key

_CONNECTIVES = frozenset({"of", "for", "and", "the", "&"})


class OfficePortfolios(DocumentFamily):
    """The Minister for Rural Affairs … the Ministry of Rural Affairs: the minister partOf the ministry."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = english_lexicon(shared.kb)
        self.body_of = pairs(words["office_body"])  # Minister -> Ministry
        self.modifiers = frozenset(words["office_modifier"])
        offices = alternatives(self.body_of)
        # (Union) Minister for Digital Development and Information / Technology Secretary
        modifiers = alternatives(self.modifiers)
        self.office = re.compile(rf"^(?:(?:{modifiers})\s+)*(?:(?P<office>{offices})\s+(?:of|for)\s+(?P<after>.+)"
                                 rf"|(?P<before>.+?)\s+(?P<held>{offices}))$")
        self.body = re.compile(rf"^(?P<kind>{alternatives(self.body_of.values())})\s+(?:of|for)\s+(?P<portfolio>.+)$")

    def facts(self, document: Document) -> list[Fact]:
        regulators = [(item, text, mention) for item, text, mentions in document.items
                      for mention in mentions if mention.type == "Regulator"]
        offices = [(item, text, mention, match) for item, text, mention in regulators
                   if (match := self.office.match(mention.text))]
        if not offices:
            return []  # most documents name no minister: their bodies' portfolios are never read
        # the ministry may be named in another item than its minister (a release's summary, its background)
        bodies = [(mention, self.portfolios(mention)) for _, _, mention in regulators]
        out: list[Fact] = []
        told: set[tuple[str, str]] = set()
        for item, text, mention, match in offices:
            kind = self.body_of[match.group("office") or match.group("held")]
            portfolio = self.words(match.group("after") or match.group("before"))
            if not portfolio:
                continue  # the Deputy Minister, the Union Minister: no portfolio named
            for body, named in bodies:
                pair = (key(mention), key(body))
                if pair[0] == pair[1] or pair in told:
                    continue
                if any(found_kind == kind and self.covers(portfolio, words) for found_kind, words in named):
                    told.add(pair)
                    out.append(Fact(mention, "partOf", body, self.shared.evidence_at(item, text, mention), 0.7))
        return out

    def portfolios(self, mention: Mention) -> list[tuple[str, list[str]]]:
        """Each (kind, portfolio words) a body's names give: its text, its canonical name, the
        knowledge base's English name (MeitY: the Ministry of Electronics and Information Technology)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        names = {mention.text, mention.canonical or "", entry.en if entry else ""}
        found = (self.body.match(name) for name in names if name)
        return [(match.group("kind"), self.words(match.group("portfolio"))) for match in found if match]

    def words(self, portfolio: str) -> list[str]:
        """A portfolio's own words: Union … Electronics and IT -> [electronics, it]."""
        return [word.lower() for word in re.findall(r"[\w&]+", portfolio)
                if word.lower() not in _CONNECTIVES and word not in self.modifiers]

    @staticmethod
    def covers(office: list[str], body: list[str]) -> bool:
        """Whether each word of the office's portfolio is the body's, or the initials of
        consecutive words of it (it: information technology)."""
        initials = {"".join(word[0] for word in body[start:end])
                    for start in range(len(body)) for end in range(start + 2, len(body) + 1)}
        return all(word in body or word in initials for word in office)


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
